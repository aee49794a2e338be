package org.featureparity.temporal;

import org.featureparity.check.CheckOutcome;
import org.featureparity.check.GroupRun;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.pipeline.PipelinePair;

/** The temporal checks of a group run, over the group's pipelines: what the engine's check nodes call. */
public final class TemporalChecks {

    private TemporalChecks() {
    }

    /** {@code [check:window-bounds]}: probes as of {@link WindowBoundsCheck#DEFAULT_AS_OF}, 1 µs resolution. */
    public static CheckOutcome windowBounds(GroupRun run) {
        return new WindowBoundsCheck(run.contract(), pipelines(run, "window-bounds"),
                WindowBoundsCheck.POSTGRES_RESOLUTION, WindowBoundsCheck.DEFAULT_AS_OF).run().outcome();
    }

    /** {@code [check:leakage]}: {@code samples} as-of times drawn from the run's seed. */
    public static CheckOutcome leakage(GroupRun run, long seed, int samples) {
        HistorySettings settings = HistorySettings.postgres(run.contract().window().orElseThrow(() ->
                new IllegalStateException("group " + run.contract().name() + " declares no window")).length());
        return new LeakageCheck(run.contract(), pipelines(run, "leakage"), settings).run(seed, samples).outcome();
    }

    // fail closed: a temporal check without pipelines could show nothing, so it cannot pass
    private static PipelinePair pipelines(GroupRun run, String check) {
        return run.pipelines().orElseThrow(() -> new IllegalStateException("the " + check + " check of group "
                + run.contract().name() + " needs the group's old and new pipelines, and none were opened for it"));
    }
}
