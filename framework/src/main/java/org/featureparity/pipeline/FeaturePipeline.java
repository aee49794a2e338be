package org.featureparity.pipeline;

import org.featureparity.generate.events.EventHistory;

/**
 * A feature computation under test: loads an event history into a store the framework owns and computes the
 * features as of the history's time. Each call is isolated from the previous one: no event of an earlier history
 * is visible to a later computation.
 */
public interface FeaturePipeline extends AutoCloseable {

    /** A short name for reports, e.g. {@code legacy-batch}. */
    String name();

    /**
     * Loads the history and computes the features as of {@link EventHistory#asOf()}: one row per entity, with its
     * key and feature columns.
     *
     * @throws PipelineException when the computation could not run (never a wrong value quietly)
     */
    PipelineOutput compute(EventHistory history);

    /**
     * As {@link #compute(EventHistory)}, its statements cancelled once {@code limit} has passed (a hung query ends
     * as a {@link PipelineException} instead of outliving its check). Pipelines that cannot cancel ignore it.
     */
    default PipelineOutput compute(EventHistory history, java.time.Duration limit) {
        return compute(history);
    }

    /** The statements that load the history by hand, to reproduce a counterexample outside the framework. */
    String loadScript(EventHistory history);

    @Override
    void close();
}
