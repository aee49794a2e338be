package org.featureparity.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.generate.PropertySettings;
import org.featureparity.pipeline.CounterexampleHtml;
import org.featureparity.pipeline.CounterexampleJson;
import org.featureparity.pipeline.EquivalenceResult;
import org.featureparity.pipeline.PipelinePair;

/**
 * {@code [property:equivalence]}: the group's old and new pipelines compute the same features on every generated
 * history, compared with the contract's tolerances and null semantics. A disagreement fails with the shrunk
 * history as evidence; a pipeline that cannot run, or histories that cannot be generated, is an error.
 */
public final class EquivalenceCheck {

    /** The property's name, the UniqueId segment value of its node. */
    public static final String NAME = "equivalence";

    private EquivalenceCheck() {
    }

    /**
     * The property's outcome.
     *
     * @param categories the counterexample's disagreements per mismatch category (empty when it passed)
     * @param causes     for each disagreement, its feature, values and the evidence of its cause
     */
    public static CheckOutcome outcome(EquivalenceResult result, PipelinePair pipelines, PropertySettings settings,
                                       Map<String, Long> categories, List<String> causes) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("property", NAME);
        parameters.put("seed", Long.toString(result.seed()));
        parameters.put("tries", Integer.toString(result.tries()));
        parameters.put("tries allowed", Integer.toString(settings.tries()));
        parameters.put("invalid tries", Integer.toString(result.invalidTries()));
        parameters.put("events tried", Long.toString(result.eventsTried()));
        parameters.put("old pipeline", pipelines.oldPipeline().name());
        parameters.put("new pipeline", pipelines.newPipeline().name());
        parameters.put("edge cases", result.edgeCases().entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
        List<EvidenceAttachment> attachments = new ArrayList<>();
        attachments.add(CounterexampleJson.attachment(result));
        result.counterexample().ifPresent(example -> {
            parameters.put("shrink steps", Integer.toString(example.shrinkSteps()));
            parameters.put("shrink replays", Integer.toString(example.shrinkReplays()));
            parameters.put("events before shrinking", Integer.toString(example.originalEvents()));
            parameters.put("events in counterexample", Integer.toString(example.history().events().size()));
            attachments.add(CounterexampleHtml.attachment(result));
            if (!causes.isEmpty()) {
                attachments.add(EvidenceAttachment.text("causes of the disagreements", String.join("\n", causes) + "\n"));
            }
            attachments.add(EvidenceAttachment.sql("load the counterexample (old pipeline)", example.oldLoadScript()));
            attachments.add(EvidenceAttachment.sql("load the counterexample (new pipeline)", example.newLoadScript()));
        });
        CheckStatus status = switch (result.status()) {
            case PASSED -> CheckStatus.PASS;
            case FAILED -> CheckStatus.FAIL;
            case ERROR -> CheckStatus.ERROR;
        };
        String message = status == CheckStatus.PASS
                ? result.tries() + " generated histories (" + result.eventsTried() + " events) computed alike by "
                + pipelines.oldPipeline().name() + " and " + pipelines.newPipeline().name() + " (seed " + result.seed()
                + ", replay with parity.seed=" + result.seed() + ")"
                : result.summary() + markers(categories);
        if (!categories.isEmpty()) {
            parameters.put("categories by", "recomputation of the counterexample by the old pipeline");
        }
        return new CheckOutcome(status, message, Counts.NONE, OptionalDouble.empty(), OptionalDouble.empty(),
                categories, List.of(), parameters, attachments);
    }

    private static String markers(Map<String, Long> categories) {
        return categories.isEmpty() ? "" : " " + categories.keySet().stream().map(c -> "[category:" + c + "]")
                .collect(Collectors.joining(" "));
    }
}
