package org.featureparity.check;

import org.featureparity.compare.Deadline;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.pipeline.FeaturePipeline;
import org.featureparity.pipeline.PipelineOutput;
import org.featureparity.pipeline.PipelinePair;

/**
 * A group's pipelines as one check sees them: every computation first checks the check's deadline
 * ({@code parity.timeout.check}) and is limited to the time left, so a property that runs out of time, or a
 * statement that hangs, ends as an error instead of running on.
 */
final class DeadlinePipelines {

    private DeadlinePipelines() {
    }

    /** The pair, each computation checking the deadline first; closing the view leaves the pipelines open. */
    static PipelinePair within(PipelinePair pipelines, Deadline deadline) {
        return new PipelinePair(new Timed(pipelines.oldPipeline(), deadline), new Timed(pipelines.newPipeline(), deadline));
    }

    private record Timed(FeaturePipeline pipeline, Deadline deadline) implements FeaturePipeline {

        @Override
        public String name() {
            return pipeline.name();
        }

        @Override
        public PipelineOutput compute(EventHistory history) {
            deadline.check();
            return pipeline.compute(history, deadline.remaining());
        }

        @Override
        public String loadScript(EventHistory history) {
            return pipeline.loadScript(history);
        }

        @Override
        public void close() {
            // the run owns the pipelines and closes them when it ends
        }
    }
}
