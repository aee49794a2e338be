package org.featureparity.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.Side;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.pipeline.PipelinePair;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WindowBoundsCheckTests {

    private static final Map<Bounds, SqlPipeline> PIPELINES = new EnumMap<>(Bounds.class);

    @BeforeAll
    static void open() {
        for (Bounds bounds : Bounds.values()) {
            String name = bounds.name().toLowerCase(Locale.ROOT);
            PIPELINES.put(bounds, TemporalPipelines.open(name, "pipelines/bounds/" + name + ".sql"));
        }
    }

    @AfterAll
    static void close() {
        PIPELINES.values().forEach(SqlPipeline::close);
    }

    @ParameterizedTest
    @EnumSource(Bounds.class)
    void reportsTheBoundsEachPipelineImplements(Bounds implemented) {
        WindowBoundsResult result = check(Bounds.CLOSED_OPEN, ZoneOffset.UTC,
                PIPELINES.get(Bounds.CLOSED_OPEN), PIPELINES.get(implemented));

        assertThat(result.implemented(Side.OLD)).contains(Bounds.CLOSED_OPEN);
        assertThat(result.implemented(Side.NEW)).as(result.table()).contains(implemented);
        assertThat(result.outcome().parameters()).containsEntry("new implements", implemented.spelling());
        assertThat(result.probes()).hasSize(2 * ProbePosition.values().length);
    }

    @Test
    void passesWhenBothStoresImplementTheDeclaredBounds() {
        WindowBoundsResult result = check(Bounds.OPEN_CLOSED, ZoneId.of("America/New_York"),
                PIPELINES.get(Bounds.OPEN_CLOSED), PIPELINES.get(Bounds.OPEN_CLOSED));

        assertThat(result.status()).as(result.outcome().message()).isEqualTo(CheckStatus.PASS);
        // probed as of t in UTC and as of local midnight in the declared zone
        assertThat(result.probes()).extracting(BoundsProbe::zone).contains(ZoneOffset.UTC, ZoneId.of("America/New_York"));
        assertThat(result.probes()).hasSize(2 * 2 * ProbePosition.values().length);
    }

    @Test
    void failsNamingTheStoreAndTheEndThatDiffer() {
        WindowBoundsResult result = check(Bounds.CLOSED_OPEN, ZoneOffset.UTC,
                PIPELINES.get(Bounds.CLOSED_OPEN), PIPELINES.get(Bounds.OPEN_CLOSED));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.differences()).containsExactly(
                "new store: window start is open (an event exactly at t - length does not count), the contract declares it closed",
                "new store: window end is closed (an event exactly at t counts), the contract declares it open");
        assertThat(result.outcome().message()).startsWith("declared closed-open; old store implements closed-open; "
                + "new store implements open-closed: ");
        assertThat(result.outcome().attachments().get(0).content())
                .contains("new,UTC,2026-11-01T00:00:00Z,t,2026-11-01T00:00:00Z,true,")
                .contains("new,UTC,2026-11-01T00:00:00Z,t - length,2026-10-31T00:00:00Z,false,");
    }

    @Test
    void failsTheOldStoreToo() {
        WindowBoundsResult result = check(Bounds.CLOSED_CLOSED, ZoneOffset.UTC,
                PIPELINES.get(Bounds.OPEN_OPEN), PIPELINES.get(Bounds.CLOSED_CLOSED));

        assertThat(result.differences()).containsExactly(
                "old store: window start is open (an event exactly at t - length does not count), the contract declares it closed",
                "old store: window end is open (an event exactly at t does not count), the contract declares it closed");
    }

    @Test
    void namesAWindowThatCountsEventsAfterTheAsOfTime() {
        try (SqlPipeline unbounded = TemporalPipelines.open("unbounded", "pipelines/bounds/unbounded_end.sql")) {
            WindowBoundsResult result = check(Bounds.CLOSED_OPEN, ZoneOffset.UTC, PIPELINES.get(Bounds.CLOSED_OPEN),
                    unbounded);

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.differences()).anySatisfy(d -> assertThat(d)
                    .startsWith("new store: window end: counts an event one resolution after t"));
        }
    }

    @Test
    void isAnErrorWhenTheFeaturesDoNotReactToAnyProbe() {
        try (SqlPipeline constant = TemporalPipelines.open("constant", "pipelines/bounds/constant.sql")) {
            WindowBoundsResult result = check(Bounds.CLOSED_OPEN, ZoneOffset.UTC, PIPELINES.get(Bounds.CLOSED_OPEN),
                    constant);

            assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
            assertThat(result.implemented(Side.NEW)).isEmpty();
            assertThat(result.outcome().message()).contains("new store implements undecided")
                    .contains("the probes cannot tell which bounds the window has");
        }
    }

    @Test
    void findsBoundsThatDependOnTheSessionZone() {
        try (SqlPipeline localTime = TemporalPipelines.open("local_time", "pipelines/planted/events_local_time.sql",
                "pipelines/planted/local_time.sql")) {
            WindowBoundsResult result = check(Bounds.CLOSED_OPEN, ZoneId.of("Asia/Kolkata"),
                    PIPELINES.get(Bounds.CLOSED_OPEN), localTime);

            assertThat(result.status()).as(result.table()).isNotEqualTo(CheckStatus.PASS);
            assertThat(result.outcome().message()).contains("new store").contains("Asia/Kolkata");
        }
    }

    private static WindowBoundsResult check(Bounds declared, ZoneId zone, SqlPipeline old, SqlPipeline fresh) {
        return new WindowBoundsCheck(TemporalPipelines.userActivity(declared, zone), new PipelinePair(old, fresh),
                WindowBoundsCheck.POSTGRES_RESOLUTION, WindowBoundsCheck.DEFAULT_AS_OF).run();
    }
}
