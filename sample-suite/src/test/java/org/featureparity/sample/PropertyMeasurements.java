package org.featureparity.sample;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.contract.yaml.YamlContractReader;
import org.featureparity.generate.PropertySettings;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.generate.events.HistoryWeights;
import org.featureparity.pipeline.EquivalenceProperty;
import org.featureparity.pipeline.EquivalenceResult;
import org.featureparity.pipeline.PipelinePair;
import org.featureparity.pipeline.sql.ScriptSource;
import org.featureparity.pipeline.sql.SqlPipelines;
import org.featureparity.store.jdbc.ConnectionSource;
import org.junit.jupiter.api.Test;

/**
 * Measures, not asserts, the sample's {@code [property:equivalence]}: tries per second of the user_activity pair
 * (batch function against streaming view) on the embedded PostgreSQL, and for each planted bug of
 * {@code plant/pipelines/} the share of seeds that find it within 200 tries, the shrunk sizes and the time to find
 * and shrink. Surefire does not pick it up (not {@code *Tests}); run it with
 * {@code mvn -B -o -pl sample-suite -am verify -Dtest=PropertyMeasurements -Dsurefire.failIfNoSpecifiedTests=false
 * -Dparity.measure.seeds=100}.
 */
class PropertyMeasurements {

    private static final Path CONTRACT = Path.of("src/test/resources/contracts/user_activity.parity.yaml");
    private static final List<String> BUGS = List.of("exclusive_start", "inclusive_end", "local_time", "no_dedup",
            "null_not_zero");

    private int databases;

    @Test
    void measure() throws IOException {
        int seeds = Integer.getInteger("parity.measure.seeds", 20);
        FeatureGroupContract contract = YamlContractReader.read(CONTRACT);
        PipelinesDeclaration declared = YamlContractReader.readPipelines(CONTRACT).orElseThrow();
        ScriptSource scripts = ScriptSource.classpath(getClass().getClassLoader());
        HistorySettings histories = HistorySettings.postgres(Duration.ofHours(24));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (PipelinePair pair = SqlPipelines.open(declared, scripts, database(postgres), database(postgres))) {
                throughput("default mix", contract, pair, histories);
                HistoryWeights manyEvents = new HistoryWeights(4, 2, 2, 1, 1, 0, 0, 1, 9, 1, 10, 3, 3, 3, 3, 1, 2,
                        8, 2, 8, 1, 1, 1);
                throughput("one entity with many events", contract, pair,
                        histories.withWeights(manyEvents));
            }
            for (String bug : BUGS) {
                PipelinesDeclaration planted = new PipelinesDeclaration(declared.events(), declared.oldPipeline(),
                        new PipelinesDeclaration.Sql(Optional.of("plant/pipelines/" + bug + ".sql"),
                                declared.newPipeline().afterLoad(), declared.newPipeline().queryScript()));
                try (PipelinePair pair = SqlPipelines.open(planted, scripts, database(postgres), database(postgres))) {
                    detection(bug, contract, pair, histories, seeds);
                }
            }
        }
    }

    private static void throughput(String mix, FeatureGroupContract contract, PipelinePair pair, HistorySettings histories) {
        int tries = 1_000;
        long start = System.nanoTime();
        EquivalenceResult result = EquivalenceProperty.of(contract, pair, histories).run(PropertySettings.of(1L, tries));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("user_activity pair, %s (at most %d events per history): %s, %d tries, %d events (%.1f per "
                        + "history), %.1f s, %.0f tries/s%n", mix, histories.maxEvents(), result.status(), result.tries(),
                result.eventsTried(), (double) result.eventsTried() / result.tries(), seconds, result.tries() / seconds);
    }

    private static void detection(String bug, FeatureGroupContract contract, PipelinePair pair, HistorySettings histories,
                                  int seeds) {
        int found = 0;
        List<Integer> tries = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            long start = System.nanoTime();
            EquivalenceResult result = EquivalenceProperty.of(contract, pair, histories)
                    .run(PropertySettings.of(seed, 200));
            seconds.add((System.nanoTime() - start) / 1e9);
            if (result.status() == EquivalenceResult.Status.FAILED) {
                found++;
                tries.add(result.tries());
                sizes.add(result.counterexample().orElseThrow().history().events().size());
            }
        }
        Collections.sort(tries);
        Collections.sort(seconds);
        System.out.printf("%-16s found %d/%d seeds (%.0f%%) within 200 tries; tries to find: median %s, max %s; "
                        + "shrunk events: max %d %s; find+shrink: median %.2f s, max %.2f s%n", bug, found, seeds,
                100.0 * found / seeds, tries.isEmpty() ? "-" : tries.get(tries.size() / 2),
                tries.isEmpty() ? "-" : tries.get(tries.size() - 1), sizes.stream().max(Integer::compare).orElse(0),
                histogram(sizes), seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1));
    }

    private static String histogram(List<Integer> sizes) {
        List<String> parts = new ArrayList<>();
        for (int size = 0; size <= sizes.stream().max(Integer::compare).orElse(0); size++) {
            int n = Collections.frequency(sizes, size);
            if (n > 0) {
                parts.add(size + " events: " + n);
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private ConnectionSource database(EmbeddedPostgres postgres) {
        String name = "measure_" + (++databases);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getDatabase("postgres", name)::getConnection;
    }
}
