package org.featureparity.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.STRING;
import static org.featureparity.contract.Contracts.keysCsv;
import static org.featureparity.contract.Contracts.keysTable;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.pointInTime;
import static org.featureparity.contract.Contracts.table;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.PointInTimeSpec;
import org.featureparity.contract.Side;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PointInTimeCheckTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PointInTimeSettings SETTINGS = new PointInTimeSettings(42, 200, false,
            PointInTimeCheckTests.class.getClassLoader());
    private static FeatureStore store;

    @BeforeAll
    static void database() {
        TestDatabase.load("stores/pit_fixture.sql");
        store = new JdbcFeatureStore("old", TestDatabase::connect, TestDatabase.url(), Duration.ofMinutes(1));
    }

    @Nested
    class Passes {

        @Test
        void whenBothHistoriesServeTheSameValuesAtSampledTimes() {
            CheckOutcome outcome = PointInTimeCheck.run(run(contract("pit_new.history", pointInTime())), SETTINGS);

            assertThat(outcome.status()).as(outcome.message()).isEqualTo(CheckStatus.PASS);
            assertThat(outcome.counts().compared()).isEqualTo(200);
            assertThat(outcome.counts().agreed()).isEqualTo(200);
            assertThat(outcome.parameters().get("pairs by edge"))
                    .contains("at-as-of", "before-as-of", "before-first", "after-last");
            assertThat(Long.parseLong(outcome.parameters().get("no row valid in either store"))).isPositive();
            assertThat(outcome.attachments()).extracting(EvidenceAttachment::name)
                    .contains("old store sample", "new store sample", "pairs sampled")
                    .anyMatch(name -> name.startsWith("new store lookup"));
        }

        @Test
        void withATtlProbingBothSidesOfEachExpiry() {
            CheckOutcome outcome = PointInTimeCheck.run(run(contract("pit_new.history_view",
                    pointInTime().withSamples(120).withTtl(Duration.ofHours(6)))), SETTINGS);

            assertThat(outcome.status()).as(outcome.message()).isEqualTo(CheckStatus.PASS);
            assertThat(outcome.counts().compared()).isEqualTo(120);
            assertThat(outcome.parameters().get("pairs by edge")).contains("at-ttl-expiry", "after-ttl-expiry", "after-last-ttl");
            assertThat(outcome.parameters().get("ttl")).isEqualTo("PT6H");
        }

        @Test
        void theSamePairsForTheSameSeedAndOthersForAnother() {
            FeatureGroupContract contract = contract("pit_new.history", pointInTime().withSamples(50));
            String first = pairs(PointInTimeCheck.run(run(contract), SETTINGS));
            String again = pairs(PointInTimeCheck.run(run(contract), SETTINGS));
            String otherSeed = pairs(PointInTimeCheck.run(run(contract), new PointInTimeSettings(43, 200, false,
                    getClass().getClassLoader())));

            assertThat(again).isEqualTo(first);
            assertThat(otherSeed).isNotEqualTo(first);
        }

        @Test
        void withoutEntityValuesInThePairsAttachmentWhenKeysAreRedacted() {
            CheckOutcome outcome = PointInTimeCheck.run(run(contract("pit_new.history", pointInTime().withSamples(20))),
                    new PointInTimeSettings(42, 200, true, getClass().getClassLoader()));

            String[] lines = pairs(outcome).split("\n");
            assertThat(lines).hasSize(21);
            assertThat(java.util.Arrays.stream(lines).skip(1)).allMatch(line -> line.startsWith("(redacted),"));
        }

        @Test
        void fromTheSameRowsOfATimestamptzAndATimestampHistory() {
            FeatureStore berlin = store.inZone(BERLIN);
            org.featureparity.store.StoreDescription old = berlin.describe(table("pit_old.history"));
            org.featureparity.store.StoreDescription fresh = berlin.describe(table("pit_new.history"));
            var a = berlin.sampleHistory(table("pit_old.history"), java.util.List.of(old.column("user_id").orElseThrow()),
                    old.column("as_of").orElseThrow(), 42, 30).rows();
            var b = berlin.sampleHistory(table("pit_new.history"), java.util.List.of(fresh.column("user_id").orElseThrow()),
                    fresh.column("as_of").orElseThrow(), 42, 30).rows();

            assertThat(b).extracting(r -> r.rank() + " " + r.key() + " " + TimeValues.instant(r.asOf(), BERLIN))
                    .containsExactlyElementsOf(a.stream().map(r -> r.rank() + " " + r.key() + " " + TimeValues.instant(r.asOf(), BERLIN)).toList());
        }

        @Test
        void onPairsFromATrainingSetTable() {
            CheckOutcome outcome = PointInTimeCheck.run(run(contract("pit_new.history",
                    pointInTime().withKeys(new org.featureparity.contract.PointInTimeKeys.Table("pit_old.training_keys", Side.OLD,
                            java.util.Optional.of("label_time"))))), SETTINGS);

            assertThat(outcome.status()).as(outcome.message()).isEqualTo(CheckStatus.PASS);
            assertThat(outcome.counts().compared()).isEqualTo(6);
            assertThat(outcome.parameters().get("no row valid in either store")).isEqualTo("2");
            assertThat(outcome.parameters().get("pairs from")).isEqualTo("table pit_old.training_keys in the old store");
        }

        @Test
        void onPairsFromACsvFileOnTheClasspath() {
            CheckOutcome outcome = PointInTimeCheck.run(run(contract("pit_new.history",
                    pointInTime().withKeys(keysCsv("stores/pit_training_keys.csv")))), SETTINGS);

            assertThat(outcome.status()).as(outcome.message()).isEqualTo(CheckStatus.PASS);
            assertThat(outcome.counts().compared()).isEqualTo(5);
            assertThat(outcome.parameters().get("pairs from")).isEqualTo("CSV stores/pit_training_keys.csv");
        }
    }

    @Nested
    class Fails {

        @Test
        void whenTheNewHistoryLostRowsAndChangedValues() {
            CheckOutcome outcome = PointInTimeCheck.run(run(contract("pit_new.history_drifted", pointInTime().withSamples(400))), SETTINGS);

            assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(outcome.message()).contains("point-in-time agreement").contains("below threshold 0.995");
            assertThat(outcome.counts().mismatched()).isPositive();
            assertThat(outcome.mismatches()).isNotEmpty();
            assertThat(outcome.mismatches().get(0).key()).containsKeys("user_id", "t", "feature", "old as_of", "new as_of");
        }

        @Test
        void whenATimestampHistoryIsReadInAnotherZoneThanItWasWrittenIn() {
            FeatureGroupContract utc = FeatureGroupContract.group("pit").entity("user_id").asOf("as_of")
                    .source(table("pit_old.history"), table("pit_new.history"))
                    .feature("score", FLOAT64, nullable()).feature("tier", STRING, nullable())
                    .pointInTime(pointInTime().withSamples(100)).build();

            CheckOutcome outcome = PointInTimeCheck.run(run(utc), SETTINGS);

            assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
            // the rows valid at t are a Berlin offset (1 or 2 hours) apart: the values differ because of the zone
            long valueMismatches = outcome.categories().entrySet().stream()
                    .filter(e -> !e.getKey().equals("missing-entity")).mapToLong(Map.Entry::getValue).sum();
            assertThat(valueMismatches).isPositive();
            assertThat(outcome.categories().getOrDefault("timezone-shift", 0L)).as(outcome.categories().toString())
                    .isEqualTo(valueMismatches);
            assertThat(outcome.message()).contains("[category:timezone-shift]");
        }
    }

    @Nested
    class Errs {

        @Test
        void onEmptyHistories() {
            FeatureGroupContract empty = FeatureGroupContract.group("empty").entity("user_id").asOf("as_of")
                    .source(table("pit_old.empty_history"), table("pit_new.empty_history"))
                    .feature("score", FLOAT64, nullable()).build();

            assertThatThrownBy(() -> PointInTimeCheck.run(run(empty), SETTINGS))
                    .isInstanceOf(NothingComparedException.class).hasMessageContaining("no (entity, t) pairs");
        }

        @Test
        void whenAStoreHasNoSuchAsOfColumn() {
            FeatureGroupContract wrong = FeatureGroupContract.group("pit").entity("user_id").asOf("computed_at")
                    .source(table("pit_old.history"), table("pit_new.history"))
                    .feature("score", FLOAT64, nullable()).build();

            assertThatThrownBy(() -> PointInTimeCheck.run(run(wrong), SETTINGS))
                    .hasMessageContaining("old store: column 'computed_at' not found in table pit_old.history");
        }

        @Test
        void onACsvFileThatIsNotThere() {
            assertThatThrownBy(() -> PointInTimeCheck.run(run(contract("pit_new.history",
                    pointInTime().withKeys(keysCsv("nowhere/keys.csv")))), SETTINGS))
                    .hasMessageContaining("point_in_time.keys.csv: nowhere/keys.csv not found");
        }

        @Test
        void onAKeysTableWithoutTheTimeColumn() {
            assertThatThrownBy(() -> PointInTimeCheck.run(run(contract("pit_new.history",
                    pointInTime().withKeys(keysTable("pit_old.training_keys")))), SETTINGS))
                    .hasMessageContaining("column 'as_of' not found in table pit_old.training_keys");
        }
    }

    private static FeatureGroupContract contract(String newHistory, PointInTimeSpec spec) {
        return FeatureGroupContract.group("pit").entity("user_id").asOf("as_of")
                .source(table("pit_old.history"), table(newHistory))
                .feature("score", FLOAT64, nullable())
                .feature("tier", STRING, nullable())
                .zone(BERLIN)
                .pointInTime(spec)
                .build();
    }

    private static GroupRun run(FeatureGroupContract contract) {
        return new GroupRun(contract, side -> store, Set.of(), 1000);
    }

    private static String pairs(CheckOutcome outcome) {
        return outcome.attachments().stream().filter(a -> a.name().startsWith("pairs sampled")).findFirst().orElseThrow().content();
    }
}
