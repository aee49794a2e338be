package org.featureparity.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.check.StatsStoreFixture.contract;
import static org.featureparity.check.StatsStoreFixture.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.featureparity.compare.ComparisonResult;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.GatePolicy;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.store.RowCursor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Sampled and fail-fast comparisons against real tables on the embedded PostgreSQL. */
class BoundedComparisonTests {

    @Nested
    class Sampled {

        @Test
        void bothStoresPickTheSameEntitiesEvenWithKeysOfAnotherTypeAndOrder() {
            // bigint keys against numeric(12,2) keys stored in another order: every sampled key is found on both sides
            FeatureGroupContract contract = contract("base", "numeric_keys").sample(0.1, 7).build();
            ComparisonResult result = run(contract).comparison();

            assertThat(result.rowsOld()).isBetween(350L, 650L);
            assertThat(result.rowsNew()).isEqualTo(result.rowsOld());
            assertThat(result.matched()).isEqualTo(result.rowsOld());
            assertThat(result.statements().get("old")).contains("hashtextextended").contains(", 7)");
        }

        @Test
        void anotherSeedDrawsOtherEntities() {
            List<Object> seven = keys(contract("base", "base").sample(0.1, 7).build());
            List<Object> eight = keys(contract("base", "base").sample(0.1, 8).build());
            assertThat(seven).isNotEqualTo(eight);
            assertThat(keys(contract("base", "base").sample(0.1, 7).build())).isEqualTo(seven);
        }

        @Test
        void gatesAgreementOnTheWilsonLowerBound() {
            // every sampled row agrees (estimate 1.0 >= 0.995), but n ~ 500 cannot show more than ~0.992
            FeatureGroupContract contract = contract("base", "numeric_keys").sample(0.1, 7).build();
            CheckOutcome outcome = ValuesCheck.run(run(contract), contract.feature("score").orElseThrow());

            assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(outcome.message()).contains("sampled (fraction 0.1, seed 7): agreement 1.000000, 95% Wilson interval [0.99")
                    .contains("lower bound below threshold 0.995");
            assertThat(outcome.parameters()).containsKeys("agreement 95% lower", "agreement 95% upper").containsEntry("gated on", "95% Wilson lower bound");
        }

        @Test
        void passesWhenTheLowerBoundClearsTheThreshold() {
            FeatureGroupContract contract = contract("base", "numeric_keys").sample(0.1, 7)
                    .gate(new GatePolicy(0.98, 0.98)).build();
            GroupRun run = run(contract);

            assertThat(ValuesCheck.run(run, contract.feature("score").orElseThrow()).status()).isEqualTo(CheckStatus.PASS);
            assertThat(CoverageCheck.run(run).status()).isEqualTo(CheckStatus.PASS);
        }

        @Test
        void neverPassesAGroupTheFullComparisonFails() {
            // one score in a hundred is off: agreement 0.99 fails the 0.995 gate in full, and in every sample tried
            FeatureGroupContract full = contract("base", "one_percent_off").gate(new GatePolicy(0.995, 1.0)).build();
            assertThat(ValuesCheck.run(run(full), full.feature("score").orElseThrow()).status()).isEqualTo(CheckStatus.FAIL);
            for (long seed = 1; seed <= 5; seed++) {
                FeatureGroupContract sampled = contract("base", "one_percent_off").sample(0.2, seed).gate(new GatePolicy(0.995, 0.9)).build();
                assertThat(ValuesCheck.run(run(sampled), sampled.feature("score").orElseThrow()).status())
                        .as("seed " + seed).isEqualTo(CheckStatus.FAIL);
            }
        }

        @Test
        void cannotShowFullCoverageFromASample() {
            FeatureGroupContract contract = contract("base", "base").sample(0.1, 7).build();
            CheckOutcome coverage = CoverageCheck.run(run(contract));

            assertThat(coverage.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(coverage.message()).contains("no sample can show a share of 1");
        }

        private List<Object> keys(FeatureGroupContract contract) {
            GroupRun run = run(contract);
            ComparisonResult result = run.comparison();
            List<Object> keys = new ArrayList<>();
            keys.add(result.rowsOld());
            try (RowCursor rows = run.store(org.featureparity.contract.Side.OLD).scan(new org.featureparity.store.ScanRequest(
                    contract.source(org.featureparity.contract.Side.OLD),
                    List.of(run.description(org.featureparity.contract.Side.OLD).column("user_id").orElseThrow()), List.of(), 100)
                    .sampled(contract.scope().sample().orElseThrow(), 1))) {
                rows.forEachRemaining(r -> keys.add(r.key(0)));
            }
            return keys;
        }
    }

    @Nested
    class FailFast {

        @Test
        void stopsAfterTheMismatchesAllowedWithFailAndSaysHowFarItGot() {
            FeatureGroupContract contract = contract("base", "shifted").failFastAfter(10).build();
            GroupRun run = run(contract);

            ComparisonResult result = run.comparison();
            assertThat(result.stoppedEarly()).isPresent();
            assertThat(result.stoppedEarly().get().mismatches()).isEqualTo(10);
            assertThat(result.rowsOld()).isLessThan(100);
            CheckOutcome values = ValuesCheck.run(run, contract.feature("score").orElseThrow());
            assertThat(values.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(values.message()).startsWith("the comparison stopped early (fail_fast.max_mismatches=10 reached) after reading");
        }

        @Test
        void neverPassesAFeatureThatAgreedSoFar() {
            FeatureGroupContract contract = contract("base", "shifted").failFastAfter(10).build();
            GroupRun run = run(contract);

            // visits is the same in both tables, but the rows not read are unknown
            CheckOutcome visits = ValuesCheck.run(run, contract.feature("visits").orElseThrow());
            assertThat(visits.counts().mismatched()).isZero();
            assertThat(visits.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(CoverageCheck.run(run).status()).isEqualTo(CheckStatus.FAIL);
            assertThat(NullRateCheck.run(run, contract.feature("visits").orElseThrow()).status()).isEqualTo(CheckStatus.FAIL);
        }

        @Test
        void stopsOnceTheTimeBudgetIsSpent() {
            // a microsecond is spent long before the first 4,096 rows are read, where the budget is first looked at
            FeatureGroupContract contract = contract("base", "base").failFastWithin(Duration.ofNanos(1000)).build();
            GroupRun run = run(contract);

            ComparisonResult result = run.comparison();
            assertThat(result.stoppedEarly()).hasValueSatisfying(stop -> assertThat(stop.reason()).contains("time_budget=PT0.000001S spent"));
            assertThat(result.rowsOld()).isLessThan(5000);
            assertThat(ValuesCheck.run(run, contract.feature("score").orElseThrow()).status()).isEqualTo(CheckStatus.FAIL);
        }

        @Test
        void doesNotStopAComparisonWithinItsBounds() {
            FeatureGroupContract contract = contract("base", "base").failFastAfter(1).failFastWithin(Duration.ofMinutes(10)).build();
            GroupRun run = run(contract);

            assertThat(run.comparison().stoppedEarly()).isEmpty();
            assertThat(ValuesCheck.run(run, contract.feature("score").orElseThrow()).status()).isEqualTo(CheckStatus.PASS);
        }
    }

    @Test
    void aProfileScanOutOfTimeFailsInsteadOfMeasuringOneSide() {
        FeatureGroupContract contract = contract("base", "base").failFastWithin(Duration.ofNanos(1000)).build();
        GroupRun run = new GroupRun(contract, side -> StatsStoreFixture.store(), Set.of(), 1000).profiling(Set.of("visits"));

        CheckOutcome nullRate = NullRateCheck.run(run, contract.feature("visits").orElseThrow());
        assertThat(nullRate.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(nullRate.message()).startsWith("the profile scan stopped early (fail_fast.time_budget=PT0.000001S spent)");
        assertThat(DistributionCheck.run(run, contract.feature("visits").orElseThrow()).status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theProfileOnlyRunHonoursTheSampleToo() {
        FeatureGroupContract contract = contract("base", "more_nulls").sample(0.5, 3).build();
        GroupRun run = new GroupRun(contract, side -> StatsStoreFixture.store(), Set.of(), 1000).profiling(Set.of("visits"));
        CheckOutcome outcome = NullRateCheck.run(run, contract.feature("visits").orElseThrow());

        assertThat(Long.parseLong(outcome.parameters().get("rows old"))).isBetween(2000L, 3000L);
        assertThat(outcome.parameters()).containsEntry("sample", "fraction 0.5, seed 3");
    }
}
