package org.featureparity.temporal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.featureparity.check.CheckOutcome;
import org.featureparity.check.EquivalenceCheck;
import org.featureparity.check.GroupRun;
import org.featureparity.generate.PropertySettings;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.pipeline.EquivalenceProperty;
import org.featureparity.pipeline.EquivalenceResult;
import org.featureparity.pipeline.PipelineException;
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

    /**
     * {@code [property:equivalence]}: generated histories through both pipelines; a shrunk counterexample's
     * disagreements are named by recomputation ({@link CounterexampleCauses}).
     */
    public static CheckOutcome equivalence(GroupRun run, PropertySettings settings) {
        PipelinePair pipelines = run.pipelines().orElseThrow(() -> new PipelineException(
                "group " + run.contract().name() + " declares no pipelines"));
        HistorySettings histories = HistorySettings.postgres(run.contract().window()
                .map(w -> w.length()).orElse(Duration.ofHours(24)));
        EquivalenceResult result = EquivalenceProperty.of(run.contract(), pipelines, histories).run(settings);
        Map<String, Long> categories = Map.of();
        List<String> causes = new ArrayList<>();
        if (result.counterexample().isPresent()) {
            CounterexampleCauses.Causes found = CounterexampleCauses.of(run.contract(), pipelines,
                    result.counterexample().get(), WindowBoundsCheck.POSTGRES_RESOLUTION);
            categories = found.categories();
            for (int i = 0; i < found.mismatches().size(); i++) {
                MismatchedValue mismatch = found.mismatches().get(i);
                Explanation explanation = found.explanations().get(i);
                causes.add(mismatch.entity() + " " + mismatch.feature().name() + ": old " + mismatch.oldValue()
                        + ", new " + mismatch.newValue() + " -> " + explanation.category().id() + " ("
                        + explanation.evidence() + ")");
            }
        }
        // no timings among the parameters: the same seed must give the same verdict
        return EquivalenceCheck.outcome(result, pipelines, settings, categories, causes);
    }

    // fail closed: a temporal check without pipelines could show nothing, so it cannot pass
    private static PipelinePair pipelines(GroupRun run, String check) {
        return run.pipelines().orElseThrow(() -> new IllegalStateException("the " + check + " check of group "
                + run.contract().name() + " needs the group's old and new pipelines, and none were opened for it"));
    }
}
