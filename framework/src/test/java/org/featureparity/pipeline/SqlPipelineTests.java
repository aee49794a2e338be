package org.featureparity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.featureparity.pipeline.PipelineDatabases.USER_EVENTS;
import static org.featureparity.pipeline.PipelineDatabases.fresh;
import static org.featureparity.pipeline.PipelineDatabases.resource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.featureparity.pipeline.sql.SqlPipelineDefinition;
import org.featureparity.store.jdbc.ConnectionSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SqlPipelineTests {

    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");
    private static final String QUERY = resource("pipelines/batch_closed_open.sql");

    private static ConnectionSource database;
    private static SqlPipeline batch;

    @BeforeAll
    static void pipeline() {
        database = fresh("sql");
        batch = SqlPipeline.open(database, SqlPipelineDefinition.query("batch", resource("pipelines/events.sql"),
                USER_EVENTS, QUERY));
    }

    @AfterAll
    static void close() {
        batch.close();
    }

    @Test
    void computesTheFeaturesOfALoadedHistoryAsOfItsTime() {
        PipelineOutput output = batch.compute(history(ZoneOffset.UTC, List.of(1L, 2L),
                event(1, 1, T.minusSeconds(60), "2.50"), event(2, 1, T.minusSeconds(30), null),
                event(3, 2, T, "1.00")));

        assertThat(output.columns())
                .containsExactly("user_id", "events_last_24h", "total_value_last_24h", "last_event_time");
        assertThat(output.rows()).containsExactly(
                List.of(1L, 2L, new BigDecimal("2.50"), T.minusSeconds(30)),
                Arrays.asList(2L, 0L, null, null));
    }

    @Test
    void seesNothingOfAnEarlierTry() {
        batch.compute(history(ZoneOffset.UTC, List.of(1L), event(1, 1, T.minusSeconds(60), "2.50")));

        PipelineOutput next = batch.compute(history(ZoneOffset.UTC, List.of(1L)));

        assertThat(next.rows()).containsExactly(Arrays.asList(1L, 0L, null, null));
    }

    @Test
    void failsATryThatCannotLoadAndRunsTheNextOneClean() {
        EventHistory twiceTheSameEntity = history(ZoneOffset.UTC, List.of(1L, 1L));

        assertThatThrownBy(() -> batch.compute(twiceTheSameEntity))
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("pipeline batch failed");
        assertThat(batch.compute(history(ZoneOffset.UTC, List.of(1L))).rows()).hasSize(1);
    }

    @Test
    void cancelsAStatementThatOutlivesItsLimitAndRunsTheNextTryUnlimited() {
        try (SqlPipeline hanging = SqlPipeline.open(database, SqlPipelineDefinition.query("hanging", "", USER_EVENTS,
                "SELECT 1::bigint AS user_id, pg_sleep(30)::text AS slept"))) {
            EventHistory history = history(ZoneOffset.UTC, List.of(1L));

            assertThatThrownBy(() -> hanging.compute(history, Duration.ofMillis(300)))
                    .isInstanceOf(PipelineException.class)
                    .hasMessageContaining("pipeline hanging failed")
                    .hasMessageContaining("statement timeout");
        }
        // the limit was local to that try
        try (SqlPipeline quick = SqlPipeline.open(database, SqlPipelineDefinition.query("quick", "", USER_EVENTS,
                "SELECT 1::bigint AS user_id, current_setting('statement_timeout') AS timeout"))) {
            assertThat(quick.compute(history(ZoneOffset.UTC, List.of(1L)), Duration.ofMinutes(5)).rows())
                    .containsExactly(List.of(1L, "5min"));
            assertThat(quick.compute(history(ZoneOffset.UTC, List.of(1L))).rows()).containsExactly(List.of(1L, "0"));
        }
    }

    @Test
    void computesInTheHistorysZone() {
        try (SqlPipeline zone = SqlPipeline.open(database, SqlPipelineDefinition.query("zone", "", USER_EVENTS,
                "SELECT 1::bigint AS user_id, current_setting('TimeZone') AS zone"))) {

            PipelineOutput output = zone.compute(history(ZoneId.of("Europe/Berlin"), List.of(1L)));

            assertThat(output.rows()).containsExactly(List.of(1L, "Europe/Berlin"));
        }
    }

    @Test
    void writesALoadScriptThatReproducesTheComputation() throws Exception {
        EventHistory history = history(ZoneId.of("America/New_York"), List.of(1L, 2L),
                event(1, 1, T.minus(Duration.ofHours(24)), "-9999999999.99"),
                event(1, 1, T.minus(Duration.ofHours(24)), "-9999999999.99"),
                event(2, 2, T.minusNanos(1_000), null));
        PipelineOutput computed = batch.compute(history);

        List<List<Object>> byHand = new ArrayList<>();
        try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(batch.loadScript(history));
            try (PreparedStatement query = connection.prepareStatement(QUERY.replace(":as_of",
                    "TIMESTAMPTZ '2026-11-01 00:00:00+00'")); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byHand.add(Arrays.asList(rows.getLong(1), rows.getLong(2), rows.getBigDecimal(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant()));
                }
            } finally {
                connection.rollback();
            }
        }
        assertThat(byHand).isEqualTo(computed.rows());
    }

    private static EventHistory history(ZoneId zone, List<Long> entities, Event... events) {
        return new EventHistory(T, Duration.ofHours(24), zone, entities, List.of(events), Map.of());
    }

    private static Event event(long id, long entity, Instant time, String value) {
        return new Event(id, entity, time, time, Optional.ofNullable(value).map(BigDecimal::new));
    }
}
