package org.featureparity.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.featureparity.check.CheckOutcome;
import org.featureparity.check.GroupRun;
import org.featureparity.check.ValuesCheck;
import org.featureparity.compare.CategoryCorrection;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.contract.Side;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The classifier stage of a values check between two materialized stores: each cause is planted in the new store
 * of a copy of sample-like data, and the values check, with the recomputation stage, names the planted category
 * for >= 99% of the mismatching rows (the mismatching entities' events read from the old store).
 */
class StoreMismatchEvidenceTests {

    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    private static final FeatureGroupContract CONTRACT = TemporalPipelines.userActivity(Bounds.CLOSED_OPEN, ZoneOffset.UTC);
    private static final PipelinesDeclaration.Events EVENTS = new PipelinesDeclaration.Events("pipelines/events.sql",
            "events.user_events", "event_id", "user_id", "event_timestamp", Optional.of("ingested_at"),
            Optional.of("value"), Optional.of("events.users"), Optional.of("user_id"));

    private static FeatureStore oldStore;
    private static SqlPipeline reference;

    enum Plant {
        INCLUSIVE_END(MismatchCategory.WINDOW_BOUNDARY),
        NO_DEDUP(MismatchCategory.DUPLICATE_EVENTS),
        NEW_YORK_CLOCK(MismatchCategory.TIMEZONE_SHIFT),
        NULL_NOT_ZERO(MismatchCategory.NULL_HANDLING),
        INTEGER_TOTAL(MismatchCategory.TYPE_COERCION);

        final MismatchCategory category;

        Plant(MismatchCategory category) {
            this.category = category;
        }
    }

    @BeforeAll
    static void stores() {
        oldStore = store("old", "temporal_store_old", "temporal/stores/legacy.sql");
        reference = TemporalPipelines.open("store_reference", "pipelines/planted/deduplicated.sql");
    }

    @AfterAll
    static void close() {
        reference.close();
    }

    @ParameterizedTest
    @EnumSource(Plant.class)
    void namesThePlantedCauseForAtLeast99PercentOfTheMismatchingRows(Plant plant) {
        String name = plant.name().toLowerCase();
        FeatureStore newStore = store("new", "temporal_store_" + name, "temporal/stores/streaming_" + name + ".sql");
        Set<String> features = new LinkedHashSet<>();
        CONTRACT.features().forEach(f -> features.add(f.name()));
        GroupRun run = new GroupRun(CONTRACT, side -> side == Side.OLD ? oldStore : newStore, features, 1_000);
        run.classifyMismatchesBy(StoreMismatchEvidence.stage(CONTRACT, () -> oldStore, EVENTS, () -> reference, AS_OF,
                WindowBoundsCheck.POSTGRES_RESOLUTION, 1_000));

        Map<String, Long> categories = new HashMap<>();
        long mismatched = 0;
        long recomputed = 0;
        for (FeatureSpec feature : CONTRACT.features()) {
            CheckOutcome values = ValuesCheck.run(run, feature);
            values.categories().forEach((category, count) -> categories.merge(category, count, Long::sum));
            mismatched += values.counts().mismatched();
            recomputed += run.correction(feature.name()).map(CategoryCorrection::recomputed).orElse(0L);
            assertThat(values.mismatches()).hasSize(Math.min(20, (int) values.counts().mismatched()));
            assertThat(values.mismatches()).allSatisfy(m -> assertThat(m.category()).isEqualTo(plant.category));
            assertThat(values.parameters().get("categories by")).startsWith(values.counts().mismatched() == 0
                    ? "values alone" : "recomputation: ");
        }

        assertThat(mismatched).as("the plant makes values differ").isGreaterThanOrEqualTo(10);
        assertThat(categories.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(mismatched);
        assertThat((double) categories.getOrDefault(plant.category.id(), 0L) / mismatched).as(categories.toString())
                .isGreaterThanOrEqualTo(0.99);
        boolean byRecomputation = java.util.List.of(MismatchCategory.WINDOW_BOUNDARY, MismatchCategory.DUPLICATE_EVENTS,
                MismatchCategory.TIMEZONE_SHIFT).contains(plant.category);
        assertThat(recomputed > 0).isEqualTo(byRecomputation);
    }

    @org.junit.jupiter.api.Test
    void aFailingStageLeavesTheValuesCategoriesAndSaysWhy() {
        FeatureStore newStore = store("new", "temporal_store_failing_stage", "temporal/stores/streaming_null_not_zero.sql");
        GroupRun run = new GroupRun(CONTRACT, side -> side == Side.OLD ? oldStore : newStore,
                Set.of("events_last_24h"), 1_000);
        run.classifyMismatchesBy(comparison -> {
            throw new IllegalStateException("events table unreadable");
        });

        CheckOutcome values = ValuesCheck.run(run, CONTRACT.feature("events_last_24h").orElseThrow());

        assertThat(values.categories()).containsEntry(MismatchCategory.NULL_HANDLING.id(), 10L);
        assertThat(values.parameters()).containsEntry("categories by",
                "values alone (recomputation failed: events table unreadable)");
    }

    private static FeatureStore store(String role, String database, String features) {
        TestDatabase.execute("DROP DATABASE IF EXISTS " + database);
        TestDatabase.execute("CREATE DATABASE " + database);
        DataSource source = TestDatabase.postgres().getDatabase("postgres", database);
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute(TemporalPipelines.resource("temporal/stores/events.sql"));
            statement.execute(TemporalPipelines.resource(features));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return new JdbcFeatureStore(role, source::getConnection, TestDatabase.postgres().getJdbcUrl("postgres", database),
                Duration.ofMinutes(1));
    }
}
