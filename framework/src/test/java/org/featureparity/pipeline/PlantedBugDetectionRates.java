package org.featureparity.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.featureparity.generate.PropertySettings;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.generate.events.HistoryWeights;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.junit.jupiter.api.Test;

/**
 * Measures, not asserts: the share of seeds on which each planted bug is found within the default tries, the shrunk
 * sizes, and the tries per second of an equivalent pair. Surefire does not pick it up (not {@code *Tests}); run it
 * with {@code mvn -B -o test -pl framework -Dtest=PlantedBugDetectionRates -Dparity.measure.seeds=100}
 * (add {@code -Dparity.measure.weights=ordinary} to measure without the edge-case bias).
 */
class PlantedBugDetectionRates {

    // -Dparity.measure.weights=ordinary measures what histories without edge bias would find, for comparison
    private static final HistorySettings HISTORIES = HistorySettings.postgres(Duration.ofHours(24)).withWeights(
            "ordinary".equals(System.getProperty("parity.measure.weights")) ? HistoryWeights.ORDINARY
                    : HistoryWeights.DEFAULT);

    @Test
    void measure() {
        int seeds = Integer.getInteger("parity.measure.seeds", 20);
        try (SqlPipeline reference = PlantedBug.reference(); SqlPipeline twin = PlantedBug.reference()) {
            long start = System.nanoTime();
            EquivalenceResult passing = EquivalenceProperty.of(EquivalencePropertyTests.USER_ACTIVITY,
                    new PipelinePair(reference, twin), HISTORIES).run(PropertySettings.of(1L, 1_000));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("equivalent pair: %s, %d tries, %d events, %.1f tries/s%n", passing.status(),
                    passing.tries(), passing.eventsTried(), passing.tries() / seconds);
            for (PlantedBug bug : PlantedBug.values()) {
                try (SqlPipeline planted = bug.open()) {
                    measure(bug, new PipelinePair(reference, planted), seeds);
                }
            }
        }
    }

    private static void measure(PlantedBug bug, PipelinePair pair, int seeds) {
        int found = 0;
        List<Integer> sizes = new ArrayList<>();
        List<Integer> tries = new ArrayList<>();
        double slowest = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            long start = System.nanoTime();
            EquivalenceResult result = EquivalenceProperty.of(EquivalencePropertyTests.USER_ACTIVITY, pair, HISTORIES)
                    .run(PropertySettings.of(seed, 200));
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1e9);
            if (result.status() == EquivalenceResult.Status.FAILED) {
                found++;
                tries.add(result.tries());
                sizes.add(result.counterexample().orElseThrow().history().events().size());
            }
        }
        Collections.sort(tries);
        System.out.printf("%-14s found %d/%d seeds (%.0f%%), median tries to find %s, shrunk events max %s "
                        + "(distribution %s), slowest run %.1f s%n", bug, found, seeds, 100.0 * found / seeds,
                tries.isEmpty() ? "-" : tries.get(tries.size() / 2), sizes.stream().max(Integer::compare).orElse(0),
                histogram(sizes), slowest);
    }

    private static String histogram(List<Integer> sizes) {
        StringBuilder text = new StringBuilder();
        for (int size = 0; size <= sizes.stream().max(Integer::compare).orElse(0); size++) {
            int n = Collections.frequency(sizes, size);
            if (n > 0) {
                text.append(size).append(" events: ").append(n).append("; ");
            }
        }
        return text.toString();
    }
}
