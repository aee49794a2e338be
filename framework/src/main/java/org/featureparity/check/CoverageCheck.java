package org.featureparity.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.featureparity.compare.ComparisonResult;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.evidence.MismatchCategory;

/** The {@code coverage} check: every entity (key) present in one store is present in the other. */
public final class CoverageCheck {

    private static final int KEYS_IN_MESSAGE = 5;

    private CoverageCheck() {
    }

    public static CheckOutcome run(GroupRun run) {
        ComparisonResult result = run.comparison();
        if (result.rowsOld() == 0 && result.rowsNew() == 0) {
            throw new NothingComparedException("both stores returned zero rows for group '" + run.contract().name()
                    + "': there is nothing to compare, so coverage cannot pass");
        }
        long seen = result.matched() + result.missingOld() + result.missingNew();
        double coverage = (double) result.matched() / seen;
        double threshold = run.contract().gate().coverage();
        long missing = result.missingOld() + result.missingNew();
        Counts counts = new Counts(result.matched(), result.matched(), 0, result.missingOld(), result.missingNew());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("threshold", Double.toString(threshold));
        parameters.put("rows old", Long.toString(result.rowsOld()));
        parameters.put("rows new", Long.toString(result.rowsNew()));
        Map<String, Long> categories = missing == 0 ? Map.of() : Map.of(MismatchCategory.MISSING_ENTITY.id(), missing);
        ShareGate gate = ShareGate.decide("coverage", result.matched(), seen, threshold, run.scope().sample(), parameters);
        CheckStatus status = gate.status();
        String message = String.format(java.util.Locale.ROOT,
                "%s: %d keys in both stores, %d only in old (missing in new), %d only in new (missing in old)%s%s%s",
                gate.text(), result.matched(), result.missingNew(),
                result.missingOld(), keys(" first missing in new: ", result.missingNewSample()),
                keys(" first missing in old: ", result.missingOldSample()),
                missing > 0 ? " [category:" + MismatchCategory.MISSING_ENTITY.id() + "]" : "");
        if (result.stoppedEarly().isPresent()) {
            status = CheckStatus.FAIL;
            message = result.stoppedEarly().get().describe() + "; so far " + message;
            parameters.put("stopped early", result.stoppedEarly().get().reason());
        }
        List<EvidenceAttachment> attachments = result.statements().entrySet().stream()
                .map(e -> EvidenceAttachment.sql(e.getKey() + " store scan", e.getValue())).toList();
        return new CheckOutcome(status, message, counts, OptionalDouble.of(coverage), OptionalDouble.of(threshold),
                categories, List.of(), parameters, attachments);
    }

    private static String keys(String label, List<Map<String, String>> sample) {
        if (sample.isEmpty()) {
            return "";
        }
        return ";" + label + sample.subList(0, Math.min(KEYS_IN_MESSAGE, sample.size()));
    }
}
