package org.featureparity.pipeline;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.WindowSpec;
import org.featureparity.generate.Generator;
import org.featureparity.generate.PropertyOutcome;
import org.featureparity.generate.PropertyResult;
import org.featureparity.generate.PropertyRunner;
import org.featureparity.generate.PropertySettings;
import org.featureparity.generate.events.EdgeCaseTally;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.generate.events.EventHistoryGenerator;
import org.featureparity.generate.events.HistorySettings;

/**
 * "The old and the new pipeline compute the same features on every history": generated histories run through
 * both pipelines and are compared per feature with the contract's tolerances and null semantics; a disagreement is
 * shrunk to the smallest history that still shows it.
 */
public final class EquivalenceProperty {

    private static final int DISAGREEMENTS_IN_REASON = 5;

    private final String name;
    private final OutputComparison comparison;
    private final PipelinePair pipelines;
    private final Generator<EventHistory> histories;

    public EquivalenceProperty(String name, List<String> entityColumns, List<FeatureSpec> features,
                               PipelinePair pipelines, Generator<EventHistory> histories) {
        if (entityColumns.isEmpty() || features.isEmpty()) {
            throw new IllegalArgumentException("an equivalence property needs entity columns and features");
        }
        this.name = name;
        this.comparison = new OutputComparison(entityColumns, features);
        this.pipelines = pipelines;
        this.histories = histories;
    }

    /**
     * The property of a contract: its entity key and features, histories over its window and in its zone. The
     * contract must declare a window; its length replaces the settings' window, and the settings give the store's
     * resolution, sizes, further zones and edge-case weights.
     */
    public static EquivalenceProperty of(FeatureGroupContract contract, PipelinePair pipelines,
                                         HistorySettings settings) {
        return new EquivalenceProperty(contract.name(), contract.entity(), contract.features(), pipelines,
                histories(contract, settings));
    }

    /**
     * Edge-biased histories for a contract: over its window, in its own zone and the settings' other zones. The
     * contract must declare a window.
     */
    public static EventHistoryGenerator histories(FeatureGroupContract contract, HistorySettings settings) {
        WindowSpec window = contract.window().orElseThrow(() -> new IllegalArgumentException(
                "group " + contract.name() + " declares no window: there is nothing to generate histories over"));
        // the contract's own zone is always tried: it is the zone its timestamps are interpreted in
        List<ZoneId> zones = new ArrayList<>();
        if (!window.zone().normalized().equals(ZoneOffset.UTC)) {
            zones.add(window.zone());
        }
        settings.otherZones().stream().filter(zone -> !zones.contains(zone)).forEach(zones::add);
        return new EventHistoryGenerator(new HistorySettings(window.length(), settings.resolution(),
                settings.firstAsOf(), settings.maxEntities(), settings.maxEvents(), zones, settings.maxAbsValue(),
                settings.valueScale(), settings.weights()));
    }

    public EquivalenceResult run(PropertySettings settings) {
        EdgeCaseTally tally = new EdgeCaseTally();
        PropertyResult<EventHistory> result = new PropertyRunner<>(histories, this::check).run(settings, tally::add);
        if (result instanceof PropertyResult.Passed<EventHistory> passed) {
            return result(EquivalenceResult.Status.PASSED, passed, tally, Optional.empty(), Optional.empty());
        }
        if (result instanceof PropertyResult.Errored<EventHistory> errored) {
            return result(EquivalenceResult.Status.ERROR, errored, tally, Optional.empty(),
                    Optional.of(errored.message()));
        }
        PropertyResult.Falsified<EventHistory> falsified = (PropertyResult.Falsified<EventHistory>) result;
        try {
            return result(EquivalenceResult.Status.FAILED, falsified, tally,
                    Optional.of(counterexample(falsified)), Optional.empty());
        } catch (RuntimeException e) {
            // the shrunk history failed moments ago; if it cannot be run again, the run is not to be trusted
            return result(EquivalenceResult.Status.ERROR, falsified, tally, Optional.empty(),
                    Optional.of("the counterexample could not be run again: " + e.getMessage()));
        }
    }

    private PropertyOutcome check(EventHistory history) {
        List<Disagreement> disagreements = disagreements(run(history));
        if (disagreements.isEmpty()) {
            return PropertyOutcome.holds();
        }
        StringBuilder reason = new StringBuilder(disagreements.size() + " disagreement(s): ");
        disagreements.stream().limit(DISAGREEMENTS_IN_REASON).forEach(d -> reason.append(d).append("; "));
        return PropertyOutcome.fails(reason.toString());
    }

    private Counterexample counterexample(PropertyResult.Falsified<EventHistory> falsified) {
        EventHistory history = falsified.counterexample();
        Outputs outputs = run(history);
        return new Counterexample(history, disagreements(outputs), outputs.old(), outputs.fresh(),
                pipelines.oldPipeline().loadScript(history), pipelines.newPipeline().loadScript(history),
                falsified.original().events().size(), falsified.shrinkSteps(), falsified.shrinkReplays(),
                falsified.choices());
    }

    private Outputs run(EventHistory history) {
        return new Outputs(pipelines.oldPipeline().compute(history), pipelines.newPipeline().compute(history));
    }

    private List<Disagreement> disagreements(Outputs outputs) {
        return comparison.compare(outputs.old(), pipelines.oldPipeline().name(),
                outputs.fresh(), pipelines.newPipeline().name());
    }

    private EquivalenceResult result(EquivalenceResult.Status status, PropertyResult<EventHistory> result,
                                     EdgeCaseTally tally, Optional<Counterexample> counterexample,
                                     Optional<String> error) {
        return new EquivalenceResult(name, status, result.seed(), result.tries(), result.invalidTries(),
                tally.counts(), tally.events(), counterexample, error);
    }

    private record Outputs(PipelineOutput old, PipelineOutput fresh) {
    }
}
