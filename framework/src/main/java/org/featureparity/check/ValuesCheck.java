package org.featureparity.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.featureparity.compare.CategoryCorrection;
import org.featureparity.compare.ComparisonResult;
import org.featureparity.compare.FeatureTally;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.store.StoreException;

/** The {@code values} check of one feature: the share of rows whose values agree within tolerance meets the gate. */
public final class ValuesCheck {

    private ValuesCheck() {
    }

    public static CheckOutcome run(GroupRun run, FeatureSpec feature) {
        for (Side side : Side.values()) {
            if (run.column(side, feature.columnIn(side)).isEmpty()) {
                throw new StoreException("cannot compare values of '" + feature.name() + "': column '"
                        + feature.columnIn(side) + "' not found in the " + side.role() + " store (see the schema check)");
            }
        }
        ComparisonResult result = run.comparison();
        FeatureTally tally = result.tally(feature.name()).orElseThrow(() ->
                new IllegalStateException("feature '" + feature.name() + "' was not part of the comparison"));
        if (tally.compared() == 0) {
            throw new NothingComparedException("no rows compared for '" + feature.name() + "': the old store returned "
                    + result.rowsOld() + " rows, the new store " + result.rowsNew() + ", with no key in common");
        }
        double threshold = feature.thresholdUnder(run.contract().gate());
        Map<String, String> parameters = new LinkedHashMap<>();
        ShareGate gate = ShareGate.decide("agreement", tally.agreed(), tally.compared(), threshold, run.scope().sample(), parameters);
        CheckStatus status = gate.status();
        Map<String, Long> byCategory = tally.categories();
        List<org.featureparity.evidence.Mismatch> top = tally.topMismatches();
        String categoriesBy = "values alone";
        if (tally.mismatched() > 0) {
            try {
                Optional<CategoryCorrection> correction = run.correction(feature.name());
                if (correction.isPresent()) {
                    byCategory = correction.get().categories();
                    top = correction.get().topMismatches();
                    categoriesBy = "recomputation: " + correction.get().recomputed() + " of "
                            + correction.get().examined() + " rows examined named by a reproduced cause, the other "
                            + (tally.mismatched() - correction.get().recomputed()) + " by their values";
                }
            } catch (RuntimeException e) {
                // the categories explain a verdict the agreement already decided: keep the values' categories
                categoriesBy = "values alone (recomputation failed: "
                        + org.featureparity.store.UrlRedaction.redact(String.valueOf(e.getMessage())) + ")";
            }
        }
        String categories = byCategory.keySet().stream().map(c -> "[category:" + c + "]")
                .collect(Collectors.joining(" "));
        String message = String.format(Locale.ROOT, "%s: %d of %d rows differ beyond %s%s",
                gate.text(), tally.mismatched(), tally.compared(),
                feature.tolerance().describe(), categories.isEmpty() ? "" : " " + categories);
        if (result.stoppedEarly().isPresent()) {
            // what was not read is unknown: a partial comparison never passes
            status = CheckStatus.FAIL;
            message = result.stoppedEarly().get().describe() + "; so far " + message;
            parameters.put("stopped early", result.stoppedEarly().get().reason());
        }
        parameters.put("feature", feature.name());
        parameters.put("tolerance", feature.tolerance().describe());
        parameters.put("threshold", Double.toString(threshold));
        parameters.put("strategy", result.strategy().name());
        parameters.put("strategy detail", result.strategy().detail());
        parameters.put("rows fetched old", Long.toString(result.strategy().rowsFetchedOld()));
        parameters.put("rows fetched new", Long.toString(result.strategy().rowsFetchedNew()));
        parameters.put("null semantics", (feature.nullSemantics().nullEqualsZero() ? "NULL = 0" : "NULL distinct")
                + ", " + (feature.nullSemantics().nanEqualsNan() ? "NaN = NaN" : "NaN distinct"));
        parameters.put("nulls old", Long.toString(tally.nullsOld()));
        parameters.put("nulls new", Long.toString(tally.nullsNew()));
        parameters.put("categories by", categoriesBy);
        Counts counts = new Counts(tally.compared(), tally.agreed(), tally.mismatched(), result.missingOld(), result.missingNew());
        List<EvidenceAttachment> attachments = result.statements().entrySet().stream()
                .map(e -> EvidenceAttachment.sql(e.getKey() + " store " + result.strategy().name(), e.getValue())).toList();
        return new CheckOutcome(status, message, counts, OptionalDouble.of(tally.agreement()), OptionalDouble.of(threshold),
                byCategory, top, parameters, attachments);
    }
}
