package org.featureparity.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.pipeline.PipelineOutput;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For each mismatch category, the cause is planted in the new pipeline (a copy of the deduplicating reference with
 * one change) and run on a sample-like history: at least 99% of the mismatching values are named that category.
 */
class MismatchExplainerTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final EventHistory HISTORY = SampleHistory.inZone(ZONE);

    private static SqlPipeline reference;
    private static PipelineOutput expected;

    enum Plant {
        INCLUSIVE_END("pipelines/planted/inclusive_end.sql", MismatchCategory.WINDOW_BOUNDARY, true),
        EXCLUSIVE_START("pipelines/planted/exclusive_start.sql", MismatchCategory.WINDOW_BOUNDARY, true),
        NO_DEDUP("pipelines/planted/no_dedup.sql", MismatchCategory.DUPLICATE_EVENTS, true),
        LOCAL_TIME("pipelines/planted/local_time.sql", MismatchCategory.TIMEZONE_SHIFT, true),
        NULL_NOT_ZERO("pipelines/planted/null_not_zero.sql", MismatchCategory.NULL_HANDLING, false),
        FLOAT_SUM("pipelines/classify/float_sum.sql", MismatchCategory.PRECISION, false),
        INTEGER_TOTAL("pipelines/classify/integer_total.sql", MismatchCategory.TYPE_COERCION, false),
        DRIFTED_TOTAL("pipelines/classify/drifted_total.sql", MismatchCategory.OTHER, false);

        final String query;
        final MismatchCategory category;
        final boolean recomputed;

        Plant(String query, MismatchCategory category, boolean recomputed) {
            this.query = query;
            this.category = category;
            this.recomputed = recomputed;
        }

        String schema() {
            return this == LOCAL_TIME ? "pipelines/planted/events_local_time.sql" : "pipelines/events.sql";
        }
    }

    @BeforeAll
    static void open() {
        reference = TemporalPipelines.open("reference", "pipelines/planted/deduplicated.sql");
        expected = reference.compute(HISTORY);
    }

    @AfterAll
    static void close() {
        reference.close();
    }

    @ParameterizedTest
    @EnumSource(Plant.class)
    void namesThePlantedCauseForAtLeast99PercentOfTheMismatches(Plant plant) {
        FeatureGroupContract contract = contract(plant);
        List<MismatchedValue> mismatches;
        try (SqlPipeline planted = TemporalPipelines.open(plant.name().toLowerCase(), plant.schema(), plant.query)) {
            mismatches = PipelineMismatches.between(contract, expected, "reference", planted.compute(HISTORY),
                    planted.name());
        }
        List<Explanation> explanations = explainer(contract).explain(HISTORY, mismatches);
        Map<String, Long> categories = MismatchExplainer.categories(explanations);

        assertThat(mismatches).as("the plant makes values differ").hasSizeGreaterThanOrEqualTo(10);
        long right = categories.getOrDefault(plant.category.id(), 0L);
        assertThat((double) right / mismatches.size()).as(categories + " " + sample(mismatches, explanations, plant))
                .isGreaterThanOrEqualTo(0.99);
        assertThat(explanations.stream().filter(e -> e.category() == plant.category)
                .allMatch(e -> e.recomputed() == plant.recomputed)).as(explanations.get(0).evidence()).isTrue();
    }

    @Test
    void saysWhenTheReferenceDoesNotReproduceTheOldValue() {
        FeatureGroupContract contract = contract(Plant.INCLUSIVE_END);
        List<MismatchedValue> mismatches;
        try (SqlPipeline planted = TemporalPipelines.open("inclusive_end", Plant.INCLUSIVE_END.query)) {
            // the old side here is the planted pipeline: the reference cannot compute its values
            mismatches = PipelineMismatches.between(contract, planted.compute(HISTORY), "planted", expected, "reference");
        }
        List<Explanation> explanations = explainer(contract).explain(HISTORY, mismatches);

        assertThat(explanations).isNotEmpty().allSatisfy(e -> {
            assertThat(e.recomputed()).isFalse();
            assertThat(e.evidence()).contains("does not reproduce the old value");
        });
    }

    @Test
    void leavesEntitiesBeyondTheBoundToTheirValues() {
        FeatureGroupContract contract = contract(Plant.INCLUSIVE_END);
        List<MismatchedValue> mismatches;
        try (SqlPipeline planted = TemporalPipelines.open("inclusive_end_bound", Plant.INCLUSIVE_END.query)) {
            mismatches = PipelineMismatches.between(contract, expected, "reference", planted.compute(HISTORY), "planted");
        }
        List<Explanation> explanations = new MismatchExplainer(contract, reference,
                WindowBoundsCheck.POSTGRES_RESOLUTION, 3).explain(HISTORY, mismatches);

        assertThat(explanations.stream().filter(Explanation::recomputed).map(e -> e.category()).distinct())
                .containsExactly(MismatchCategory.WINDOW_BOUNDARY);
        assertThat(explanations).filteredOn(e -> !e.recomputed())
                .allSatisfy(e -> assertThat(e.evidence()).contains("beyond the first 3 entities"));
    }

    private static MismatchExplainer explainer(FeatureGroupContract contract) {
        return new MismatchExplainer(contract, reference, WindowBoundsCheck.POSTGRES_RESOLUTION,
                MismatchExplainer.DEFAULT_MAX_ENTITIES);
    }

    private static FeatureGroupContract contract(Plant plant) {
        FeatureGroupContract contract = TemporalPipelines.userActivity(Bounds.CLOSED_OPEN, ZONE);
        if (plant != Plant.FLOAT_SUM) {
            return contract;
        }
        // float noise hides under an absolute tolerance of a cent: compare the total exactly
        return TemporalPipelines.userActivityExactTotal(ZONE);
    }

    private static String sample(List<MismatchedValue> mismatches, List<Explanation> explanations, Plant plant) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < mismatches.size() && text.length() < 3000; i++) {
            if (explanations.get(i).category() != plant.category) {
                text.append("\n").append(mismatches.get(i)).append(" -> ").append(explanations.get(i));
            }
        }
        return text.toString();
    }

}
