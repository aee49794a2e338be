package org.featureparity.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
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
        double agreement = tally.agreement();
        CheckStatus status = agreement >= threshold ? CheckStatus.PASS : CheckStatus.FAIL;
        String categories = tally.categories().keySet().stream().map(c -> "[category:" + c + "]")
                .collect(Collectors.joining(" "));
        String message = String.format(Locale.ROOT, "agreement %.6f %s threshold %s: %d of %d rows differ beyond %s%s",
                agreement, status == CheckStatus.PASS ? ">=" : "below", threshold, tally.mismatched(), tally.compared(),
                feature.tolerance().describe(), categories.isEmpty() ? "" : " " + categories);
        Map<String, String> parameters = new LinkedHashMap<>();
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
        Counts counts = new Counts(tally.compared(), tally.agreed(), tally.mismatched(), result.missingOld(), result.missingNew());
        List<EvidenceAttachment> attachments = result.statements().entrySet().stream()
                .map(e -> EvidenceAttachment.sql(e.getKey() + " store " + result.strategy().name(), e.getValue())).toList();
        return new CheckOutcome(status, message, counts, OptionalDouble.of(agreement), OptionalDouble.of(threshold),
                tally.categories(), tally.topMismatches(), parameters, attachments);
    }
}
