package org.featureparity.pipeline;

import java.util.List;
import org.featureparity.generate.ChoiceSequence;
import org.featureparity.generate.events.EventHistory;

/**
 * The smallest history found on which the pipelines disagree, with what each computed for it and the SQL that
 * loads it by hand, so the disagreement can be reproduced without the framework.
 *
 * @param originalEvents how many events the first failing history had, before shrinking
 * @param shrinkSteps    how many times a simpler failing history replaced the current one
 * @param shrinkReplays  how many candidate histories were run while shrinking
 * @param choices        the choice sequence that generates this history
 */
public record Counterexample(
        EventHistory history,
        List<Disagreement> disagreements,
        PipelineOutput oldOutput,
        PipelineOutput newOutput,
        String oldLoadScript,
        String newLoadScript,
        int originalEvents,
        int shrinkSteps,
        int shrinkReplays,
        ChoiceSequence choices) {

    public Counterexample {
        disagreements = List.copyOf(disagreements);
    }
}
