package org.featureparity.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.featureparity.check.StatsStoreFixture.contract;
import static org.featureparity.check.StatsStoreFixture.run;

import java.util.Set;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.GatePolicy;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Distribution;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The null-rate and distribution checks against real tables on the embedded PostgreSQL. */
class ProfileChecksTests {

    private static FeatureSpec feature(FeatureGroupContract contract, String name) {
        return contract.feature(name).orElseThrow();
    }

    @Nested
    class NullRate {

        @Test
        void passesOnEqualDataWithTheRatesOfAllRows() {
            FeatureGroupContract contract = contract("base", "numeric_keys").build();
            CheckOutcome outcome = NullRateCheck.run(run(contract), feature(contract, "visits"));

            assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
            assertThat(outcome.parameters()).containsEntry("null rate old", "0.02").containsEntry("null rate new", "0.02")
                    .containsEntry("nulls old", "100").containsEntry("rows old", "5000").containsEntry("max_null_rate_delta", "0.01");
        }

        @Test
        void failsOnPlantedNulls() {
            FeatureGroupContract contract = contract("base", "more_nulls").build();
            CheckOutcome outcome = NullRateCheck.run(run(contract), feature(contract, "visits"));

            assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(outcome.message()).contains("null rate old 0.020000 (100 of 5000 rows), new 0.070000 (350 of 5000 rows)")
                    .contains("delta 0.050000 above max_null_rate_delta 0.01");
        }

        @Test
        void passesThePlantedNullsUnderALooserGate() {
            FeatureGroupContract contract = contract("base", "more_nulls").gate(GatePolicy.DEFAULT.withMaxNullRateDelta(0.06)).build();
            assertThat(NullRateCheck.run(run(contract), feature(contract, "visits")).status()).isEqualTo(CheckStatus.PASS);
        }

        @Test
        void countsRowsOfBothSidesNotOnlyTheMatchedOnes() {
            // every key missing on the new side: nothing matches, yet both sides' null rates are known
            FeatureGroupContract contract = contract("base", "base").build();
            GroupRun run = run(contract);
            assertThat(NullRateCheck.run(run, feature(contract, "visits")).parameters()).containsEntry("rows new", "5000");
        }

        @Test
        void isAnErrorWhenASideHasNoRows() {
            FeatureGroupContract contract = contract("base", "empty").build();
            assertThatThrownBy(() -> NullRateCheck.run(run(contract), feature(contract, "visits")))
                    .isInstanceOf(NothingComparedException.class).hasMessageContaining("the new store 0;");
        }
    }

    @Nested
    class DistributionOfValues {

        @Test
        void passesOnEqualDataWithTheHistogramOfBothSides() {
            FeatureGroupContract contract = contract("base", "numeric_keys").build();
            CheckOutcome outcome = DistributionCheck.run(run(contract), feature(contract, "score"));

            assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
            assertThat(outcome.parameters()).containsEntry("psi", "0.0").containsEntry("ks", "0.0");
            Distribution histogram = outcome.distribution().orElseThrow();
            assertThat(histogram.shape()).isEqualTo(Distribution.Shape.NUMERIC);
            assertThat(histogram.oldCounts()).isEqualTo(histogram.newCounts());
            assertThat(histogram.oldCounts().stream().mapToLong(Long::longValue).sum()).isEqualTo(5000);
        }

        @Test
        void failsOnAPlantedShiftOfANumericFeature() {
            FeatureGroupContract contract = contract("base", "shifted").build();
            CheckOutcome outcome = DistributionCheck.run(run(contract), feature(contract, "score"));

            assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(outcome.message()).contains("above max_psi 0.1").contains("above max_ks 0.1");
            // F_new = 0.7 F_old(x) + 0.3 F_old(x - 40) over scores 0..96: the gap peaks at 0.3 * 40 / 97 = 0.1237
            assertThat(Double.parseDouble(outcome.parameters().get("ks"))).isCloseTo(0.1237, org.assertj.core.api.Assertions.within(0.002));
        }

        @Test
        void failsOnAPlantedShiftOfCategoryFrequencies() {
            // gold 1/3 -> 0.3 + 0.7/3: PSI = 0.2 ln 1.6 + 2 (-0.1) ln 0.7 = 0.165
            FeatureGroupContract contract = contract("base", "shifted").build();
            CheckOutcome outcome = DistributionCheck.run(run(contract), feature(contract, "tier"));

            assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(Double.parseDouble(outcome.parameters().get("psi"))).isBetween(0.15, 0.18);
            assertThat(outcome.distribution().orElseThrow().bins()).startsWith("gold").containsExactlyInAnyOrder("gold", "silver", "bronze");
            assertThat(outcome.parameters()).doesNotContainKey("ks");
        }

        @Test
        void holdsPsiAndKsAgainstTheirOwnThresholds() {
            FeatureGroupContract contract = contract("base", "shifted").gate(GatePolicy.DEFAULT.withMaxPsi(10).withMaxKs(0.5)).build();
            assertThat(DistributionCheck.run(run(contract), feature(contract, "score")).status()).isEqualTo(CheckStatus.PASS);
        }
    }

    @Nested
    class SamePass {

        @Test
        void reusesTheMergesAccumulatorsOnceTheComparisonRan() {
            FeatureGroupContract contract = contract("base", "more_nulls").build();
            GroupRun run = run(contract);
            CoverageCheck.run(run);

            CheckOutcome outcome = NullRateCheck.run(run, feature(contract, "visits"));
            assertThat(outcome.parameters()).containsEntry("profiled by", "merge pass");
        }

        @Test
        void scansEachSideItselfWhenNoComparisonRanAndFindsTheSameRates() {
            FeatureGroupContract contract = contract("base", "more_nulls").build();
            GroupRun profileOnly = new GroupRun(contract, side -> StatsStoreFixture.store(), Set.of(), 1000)
                    .profiling(Set.of("visits"));
            GroupRun merged = run(contract);
            CoverageCheck.run(merged);

            CheckOutcome alone = NullRateCheck.run(profileOnly, feature(contract, "visits"));
            assertThat(alone.parameters()).containsEntry("profiled by", "profile scan");
            assertThat(alone.message()).isEqualTo(NullRateCheck.run(merged, feature(contract, "visits")).message());
        }
    }
}
