package org.featureparity.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.featureparity.check.CheckOutcome;
import org.featureparity.check.GroupRun;
import org.featureparity.contract.Bounds;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.pipeline.PipelinePair;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.featureparity.store.StoreException;
import org.junit.jupiter.api.Test;

/** The temporal checks as the engine runs them: from a group run and the pipelines it holds. */
class TemporalChecksTests {

    @Test
    void runTheGroupsPipelinesFromTheGroupRun() {
        try (SqlPipeline old = TemporalPipelines.open("checks_old", "pipelines/bounds/closed_open.sql");
             SqlPipeline fresh = TemporalPipelines.open("checks_new", "pipelines/bounds/unbounded_end.sql")) {
            GroupRun run = run(Optional.of(new PipelinePair(old, fresh)));

            CheckOutcome bounds = TemporalChecks.windowBounds(run);
            CheckOutcome leakage = TemporalChecks.leakage(run, 11L, 4);

            assertThat(bounds.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(bounds.message()).contains("new store: window end: counts an event one resolution after t");
            assertThat(bounds.attachments()).extracting(a -> a.name()).containsExactly("window-bounds probes");
            assertThat(leakage.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(leakage.parameters()).containsEntry("seed", "11").containsEntry("samples", "4");
        }
    }

    @Test
    void cannotRunWithoutPipelines() {
        GroupRun run = run(Optional.empty());

        assertThatThrownBy(() -> TemporalChecks.windowBounds(run)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the window-bounds check of group user_activity needs the group's old and new pipelines");
        assertThatThrownBy(() -> TemporalChecks.leakage(run, 1L, 1)).isInstanceOf(IllegalStateException.class);
    }

    private static GroupRun run(Optional<PipelinePair> pipelines) {
        return new GroupRun(TemporalPipelines.userActivity(Bounds.CLOSED_OPEN, ZoneOffset.UTC), side -> {
            throw new StoreException("the temporal checks read no store");
        }, Set.of(), 100, () -> pipelines);
    }
}
