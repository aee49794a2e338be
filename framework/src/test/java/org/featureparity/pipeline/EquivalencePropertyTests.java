package org.featureparity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.contract.Contracts.INT64;
import static org.featureparity.contract.Contracts.TIMESTAMPTZ;
import static org.featureparity.contract.Contracts.absolute;
import static org.featureparity.contract.Contracts.decimal;
import static org.featureparity.contract.Contracts.notNull;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.table;
import static org.featureparity.pipeline.PipelineDatabases.USER_EVENTS;
import static org.featureparity.pipeline.PipelineDatabases.fresh;
import static org.featureparity.pipeline.PipelineDatabases.resource;

import java.time.Duration;
import java.util.List;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.generate.PropertySettings;
import org.featureparity.generate.events.EdgeCase;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.featureparity.pipeline.sql.SqlPipelineDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EquivalencePropertyTests {

    static final FeatureGroupContract USER_ACTIVITY = FeatureGroupContract.group("user_activity")
            .entity("user_id")
            .source(table("legacy.user_activity_features"), table("streaming.user_activity_features"))
            .feature("events_last_24h", INT64, notNull())
            .feature("total_value_last_24h", decimal(18, 2), nullable(), absolute(0.01))
            .feature("last_event_time", TIMESTAMPTZ, nullable())
            .window("event_timestamp", Duration.ofHours(24), Bounds.CLOSED_OPEN)
            .build();
    private static final HistorySettings HISTORIES = HistorySettings.postgres(Duration.ofHours(24));

    private static SqlPipeline batch;
    private static SqlPipeline streaming;
    private static SqlPipeline exclusiveStart;

    @BeforeAll
    static void pipelines() {
        String events = resource("pipelines/events.sql");
        batch = SqlPipeline.open(fresh("batch"), SqlPipelineDefinition.query("legacy-batch", events, USER_EVENTS,
                resource("pipelines/batch_closed_open.sql")));
        streaming = SqlPipeline.open(fresh("streaming"), new SqlPipelineDefinition("streaming-view",
                events + resource("pipelines/streaming_clock.sql"), USER_EVENTS,
                List.of("UPDATE streaming.feature_clock SET as_of = :as_of"),
                "SELECT * FROM streaming.user_activity_features"));
        exclusiveStart = SqlPipeline.open(fresh("exclusive"), SqlPipelineDefinition.query("exclusive-start", events,
                USER_EVENTS, resource("pipelines/batch_open_open.sql")));
    }

    @AfterAll
    static void close() {
        batch.close();
        streaming.close();
        exclusiveStart.close();
    }

    @Test
    void passesEveryTryWhenTheBatchQueryAndTheViewComputeTheSameFeatures() {
        EquivalenceResult result = property(batch, streaming).run(PropertySettings.of(2026L, 200));

        assertThat(result.status()).as(result.summary()).isEqualTo(EquivalenceResult.Status.PASSED);
        assertThat(result.tries()).isEqualTo(200);
        assertThat(result.counterexample()).isEmpty();
        assertThat(result.edgeCases()).containsKeys(EdgeCase.EVENT_AT_WINDOW_START, EdgeCase.DUPLICATE_EVENT,
                EdgeCase.WINDOW_SPANS_DST_TRANSITION, EdgeCase.NULL_VALUE, EdgeCase.EMPTY_HISTORY);
        System.out.println(result.summary());
    }

    @Test
    void shrinksAnExclusiveWindowStartToOneEventExactlyAtTheStart() {
        EquivalenceResult result = property(batch, exclusiveStart).run(PropertySettings.of(2026L, 200));

        assertThat(result.status()).as(result.summary()).isEqualTo(EquivalenceResult.Status.FAILED);
        Counterexample example = result.counterexample().orElseThrow();
        assertThat(example.history().events()).hasSize(1);
        Event event = example.history().events().get(0);
        assertThat(event.eventTime()).isEqualTo(example.history().asOf().minus(Duration.ofHours(24)));
        assertThat(example.disagreements()).anySatisfy(disagreement -> {
            assertThat(disagreement.feature()).isEqualTo("events_last_24h");
            assertThat(disagreement.oldValue()).isEqualTo("1");
            assertThat(disagreement.newValue()).isEqualTo("0");
        });
        assertThat(example.oldLoadScript()).contains("INSERT INTO events.user_events",
                "TIMESTAMPTZ '2026-10-31 00:00:00.000000+00'");
        assertThat(CounterexampleJson.render(result)).contains("\"status\": \"FAILED\"", "\"seed\": 2026",
                "\"eventTime\": \"2026-10-31T00:00:00Z\"", "\"EVENT_AT_WINDOW_START\": ");
    }

    @Test
    void shrinksToTheSameCounterexampleForTheSameSeed() {
        EquivalenceResult first = property(batch, exclusiveStart).run(PropertySettings.of(7L, 200));
        EquivalenceResult second = property(batch, exclusiveStart).run(PropertySettings.of(7L, 200));

        assertThat(first.counterexample().orElseThrow().history())
                .isEqualTo(second.counterexample().orElseThrow().history());
        assertThat(first.tries()).isEqualTo(second.tries());
    }

    @Test
    void isAnErrorWhenAPipelineDoesNotReturnAFeature() {
        try (SqlPipeline missingColumn = SqlPipeline.open(fresh("missing"), SqlPipelineDefinition.query("missing",
                resource("pipelines/events.sql"), USER_EVENTS,
                "SELECT user_id, 0::bigint AS events_last_24h FROM events.users"))) {

            EquivalenceResult result = property(batch, missingColumn).run(PropertySettings.of(1L, 20));

            assertThat(result.status()).isEqualTo(EquivalenceResult.Status.ERROR);
            assertThat(result.error()).hasValueSatisfying(message ->
                    assertThat(message).contains("returned no column total_value_last_24h"));
        }
    }

    private static EquivalenceProperty property(SqlPipeline old, SqlPipeline fresh) {
        // the pair is not closed here: the pipelines are shared by the tests and closed once
        return EquivalenceProperty.of(USER_ACTIVITY, new PipelinePair(old, fresh), HISTORIES);
    }
}
