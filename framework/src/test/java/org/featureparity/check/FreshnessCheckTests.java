package org.featureparity.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.query;
import static org.featureparity.contract.Contracts.table;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.SourceRef;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The newest as-of in pit_old.history is 2026-11-11T00:06Z (user 104: 11-10 + 4 x 6h + 6 min). */
class FreshnessCheckTests {

    private static final Instant NEWEST = Instant.parse("2026-11-11T00:06:00Z");
    private static FeatureStore store;

    @BeforeAll
    static void database() {
        TestDatabase.load("stores/pit_fixture.sql");
        store = new JdbcFeatureStore("old", TestDatabase::connect, TestDatabase.url(), Duration.ofMinutes(1));
    }

    @Test
    void passesWhenBothStoresAreWithinTheLimitOfTheReferenceTimeAndOfEachOther() {
        CheckOutcome outcome = FreshnessCheck.run(run(contract(table("pit_new.history"), Duration.ofHours(6))),
                NEWEST.plus(Duration.ofHours(2)));

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(CheckStatus.PASS);
        assertThat(outcome.parameters()).containsEntry("newest as-of old", "2026-11-11T00:06:00Z")
                .containsEntry("newest as-of new", "2026-11-11T00:06:00Z")
                .containsEntry("lag old", "PT2H").containsEntry("lag new", "PT2H")
                .containsEntry("gap between stores", "PT0S");
    }

    @Test
    void failsWhenAStoreIsStalerThanTheLimit() {
        CheckOutcome outcome = FreshnessCheck.run(run(contract(table("pit_new.history"), Duration.ofHours(6))),
                NEWEST.plus(Duration.ofHours(7)));

        assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(outcome.message()).contains("old store's newest as-of 2026-11-11T00:06:00Z is PT7H old, beyond max_staleness PT6H")
                .contains("new store's newest as-of");
    }

    @Test
    void failsWhenTheStoresAreFurtherApartThanTheLimit() {
        SourceRef lagging = query("SELECT * FROM pit_new.history WHERE as_of < TIMESTAMP '2026-11-10 12:00:00'");
        // measured at the new store's newest as-of, neither store is stale: only their gap is beyond the limit
        Instant reference = Instant.parse("2026-11-10T06:06:00Z");
        CheckOutcome outcome = FreshnessCheck.run(run(contract(lagging, Duration.ofHours(12))), reference);

        assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(outcome.parameters()).containsEntry("newest as-of new", "2026-11-10T06:06:00Z");
        assertThat(outcome.message()).contains("the stores' newest as-of are PT18H apart")
                .doesNotContain("old store's newest");
        // the same stores pass a limit wider than their gap
        assertThat(FreshnessCheck.run(run(contract(lagging, Duration.ofHours(18))), reference).status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void errsWhenAStoreHasNoRows() {
        FeatureGroupContract empty = FeatureGroupContract.group("empty").entity("user_id").asOf("as_of")
                .source(table("pit_old.history"), table("pit_new.empty_history"))
                .feature("score", FLOAT64, nullable()).maxStaleness(Duration.ofHours(1)).build();

        assertThatThrownBy(() -> FreshnessCheck.run(run(empty), NEWEST))
                .isInstanceOf(NothingComparedException.class).hasMessageContaining("new store has no rows");
    }

    private static FeatureGroupContract contract(SourceRef newHistory, Duration maxStaleness) {
        return FeatureGroupContract.group("fresh").entity("user_id").asOf("as_of")
                .source(table("pit_old.history"), newHistory)
                .feature("score", FLOAT64, nullable())
                .zone(ZoneId.of("Europe/Berlin"))
                .maxStaleness(maxStaleness)
                .build();
    }

    private static GroupRun run(FeatureGroupContract contract) {
        return new GroupRun(contract, side -> store, Set.of(), 1000);
    }
}
