package org.featureparity.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.featureparity.check.GroupRun;
import org.featureparity.compare.ComparisonResult;
import org.featureparity.compare.FeatureTally;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.contract.Side;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.generate.events.EventHistory;
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
 * of a copy of sample-like data, the stores are compared as the values check compares them, and the mismatching
 * rows are recomputed from the old store's events: >= 99% of them get the planted category.
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
        ComparisonResult comparison = new GroupRun(CONTRACT, side -> side == Side.OLD ? oldStore : newStore, features,
                1_000).comparison();

        Set<Long> entities = new LinkedHashSet<>();
        for (FeatureSpec feature : CONTRACT.features()) {
            entities.addAll(StoreMismatchEvidence.entities(CONTRACT, comparison.tally(feature.name()).orElseThrow()));
        }
        EventHistory history = StoreEvents.read(oldStore, EVENTS, entities, AS_OF, Duration.ofHours(24),
                ZoneOffset.UTC, 1_000);
        MismatchExplainer explainer = new MismatchExplainer(CONTRACT, reference,
                WindowBoundsCheck.POSTGRES_RESOLUTION, MismatchExplainer.DEFAULT_MAX_ENTITIES);
        List<FeatureTally> tallies = CONTRACT.features().stream()
                .map(f -> comparison.tally(f.name()).orElseThrow()).toList();
        Map<String, StoreMismatchEvidence.Reclassified> results = StoreMismatchEvidence.reclassify(CONTRACT, tallies,
                explainer, history);
        Map<String, Long> categories = new HashMap<>();
        long mismatched = 0;
        long recomputed = 0;
        for (FeatureTally tally : tallies) {
            StoreMismatchEvidence.Reclassified result = results.get(tally.feature().name());
            result.categories().forEach((category, count) -> categories.merge(category, count, Long::sum));
            mismatched += tally.mismatched();
            recomputed += result.recomputed();
            assertThat(result.topMismatches()).hasSize(Math.min(20, (int) tally.mismatched()));
            assertThat(result.topMismatches()).allSatisfy(m -> assertThat(m.category()).isEqualTo(plant.category));
        }

        assertThat(mismatched).as("the plant makes values differ").isGreaterThanOrEqualTo(10);
        assertThat(categories.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(mismatched);
        assertThat((double) categories.getOrDefault(plant.category.id(), 0L) / mismatched).as(categories.toString())
                .isGreaterThanOrEqualTo(0.99);
        boolean byRecomputation = List.of(MismatchCategory.WINDOW_BOUNDARY, MismatchCategory.DUPLICATE_EVENTS,
                MismatchCategory.TIMEZONE_SHIFT).contains(plant.category);
        assertThat(recomputed > 0).isEqualTo(byRecomputation);
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
