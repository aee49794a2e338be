package org.featureparity.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.Side;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.pipeline.PipelinePair;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeakageCheckTests {

    private static final HistorySettings HISTORIES = HistorySettings.postgres(Duration.ofHours(24)).withSizes(3, 10);

    private static SqlPipeline closedOpen;
    private static SqlPipeline closedClosed;

    @BeforeAll
    static void open() {
        closedOpen = TemporalPipelines.open("leak_closed_open", "pipelines/bounds/closed_open.sql");
        closedClosed = TemporalPipelines.open("leak_closed_closed", "pipelines/bounds/closed_closed.sql");
    }

    @AfterAll
    static void close() {
        closedOpen.close();
        closedClosed.close();
    }

    @Test
    void passesWhenNoValueLooksPastTheAsOfTime() {
        // an event exactly at t may count (closed end); only events after t must not
        LeakageResult result = check(closedOpen, closedClosed).run(42L, 12);

        assertThat(result.status()).as(result.outcome().message()).isEqualTo(CheckStatus.PASS);
        assertThat(result.samples()).isEqualTo(12);
        assertThat(result.outcome().parameters()).containsEntry("seed", "42").containsEntry("leaking features", "none");
    }

    @Test
    void failsNamingTheFeatureAndTheOffendingEvent() {
        try (SqlPipeline unbounded = TemporalPipelines.open("leak_unbounded", "pipelines/bounds/unbounded_end.sql")) {
            LeakageResult result = check(closedOpen, unbounded).run(42L, 8);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.leakingFeatures()).contains("new:events_last_24h", "new:total_value_last_24h",
                    "new:last_event_time").noneMatch(feature -> feature.startsWith("old:"));
            Leak first = result.leaks().get(0);
            assertThat(first.side()).isEqualTo(Side.NEW);
            assertThat(first.event().eventTime()).isAfter(first.history().asOf());
            assertThat(first.entity()).containsExactly(first.event().entityId());
            assertThat(result.outcome().message()).contains("new store (leak_unbounded): ")
                    .contains("when event " + first.event().eventId() + " at " + first.event().eventTime())
                    .contains("replay with parity.seed=42");
        }
    }

    @Test
    void failsWhenOnlyOneStoreCountsEventsThatArriveAfterT() {
        try (SqlPipeline byArrival = TemporalPipelines.open("leak_by_arrival", "pipelines/arrival_time.sql")) {
            LeakageResult result = check(closedOpen, byArrival).run(42L, 8);

            assertThat(result.leaks()).as("no event after t counts on either side").isEmpty();
            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.lateArrivals()).hasSize(8);
            LateArrival first = result.lateArrivals().get(0);
            assertThat(first.counting()).isEqualTo(Side.OLD);
            assertThat(first.event().eventTime()).isBefore(first.history().asOf());
            assertThat(first.event().ingestedAt()).isAfter(first.history().asOf());
            assertThat(result.outcome().message()).contains("the stores treat late arrivals differently in 8 of 8 samples")
                    .contains("the old store counts it").contains("the new store does not");
            assertThat(result.outcome().parameters().get("late arrivals counted"))
                    .startsWith("old store in 8, new store in 0 of 8 samples");
        }
    }

    @Test
    void passesWhenBothStoresCountLateArrivalsAlike() {
        LeakageResult result = check(closedOpen, closedOpen).run(42L, 4);

        assertThat(result.status()).as(result.outcome().message()).isEqualTo(CheckStatus.PASS);
        assertThat(result.outcome().message()).contains("both stores count events arriving after t alike");
    }

    @Test
    void theSameSeedProbesTheSameHistories() {
        try (SqlPipeline unbounded = TemporalPipelines.open("leak_replay", "pipelines/bounds/unbounded_end.sql")) {
            LeakageResult first = check(closedOpen, unbounded).run(7L, 4);
            LeakageResult again = check(closedOpen, unbounded).run(7L, 4);

            assertThat(again.leaks()).extracting(Leak::toString)
                    .containsExactlyElementsOf(first.leaks().stream().map(Leak::toString).toList());
        }
    }

    private static LeakageCheck check(SqlPipeline old, SqlPipeline fresh) {
        return new LeakageCheck(TemporalPipelines.userActivity(Bounds.CLOSED_OPEN, ZoneOffset.UTC),
                new PipelinePair(old, fresh), HISTORIES);
    }
}
