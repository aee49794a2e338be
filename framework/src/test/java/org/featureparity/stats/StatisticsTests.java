package org.featureparity.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PSI, KS and Wilson against values computed by hand (the arithmetic is in each test's comment). */
class StatisticsTests {

    @Nested
    class PopulationStabilityIndex {

        @Test
        void ofIdenticalSharesIsZero() {
            assertThat(PopulationStability.index(List.of(10L, 30L, 60L), List.of(20L, 60L, 120L))).isZero();
        }

        @Test
        void ofAQuarterMovedBetweenTwoBins() {
            // (0.25 - 0.5) ln(0.25 / 0.5) + (0.75 - 0.5) ln(0.75 / 0.5) = 0.173287 + 0.101366 = 0.274653
            assertThat(PopulationStability.index(List.of(50L, 50L), List.of(25L, 75L))).isCloseTo(0.274653, within(1e-6));
        }

        @Test
        void floorsAnEmptyBinInsteadOfGoingInfinite() {
            // bin 2 empty in old: p = 1e-4; (0.9 - 1) ln(0.9) + (0.1 - 1e-4) ln(0.1 / 1e-4) = 0.010536 + 0.690085
            assertThat(PopulationStability.index(List.of(100L, 0L), List.of(90L, 10L))).isCloseTo(0.700621, within(1e-5));
        }

        @Test
        void refusesBinsThatDoNotLineUp() {
            assertThatThrownBy(() -> PopulationStability.index(List.of(1L), List.of(1L, 2L)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class KolmogorovSmirnovStatistic {

        @Test
        void ofShiftedSamplesIsTheLargestGapBetweenTheDistributionFunctions() {
            // old {1,2,3,4}, new {3,4,5,6} over values 1..6: F_old 1/4 2/4 3/4 1 1 1, F_new 0 0 1/4 2/4 3/4 1 -> 1/2
            List<Long> old = List.of(1L, 1L, 1L, 1L, 0L, 0L);
            List<Long> fresh = List.of(0L, 0L, 1L, 1L, 1L, 1L);
            assertThat(KolmogorovSmirnov.statistic(old, fresh)).isEqualTo(0.5);
        }

        @Test
        void ofTheSameDistributionIsZeroWhateverTheSampleSizes() {
            assertThat(KolmogorovSmirnov.statistic(List.of(1L, 2L, 3L), List.of(10L, 20L, 30L))).isZero();
        }
    }

    @Nested
    class Wilson {

        @Test
        void ofNinetyFiveInAHundred() {
            // p = 0.95, z^2/n = 0.038415: centre (0.95 + 0.019207) / 1.038415 = 0.933334,
            // spread 1.959964 sqrt(0.000475 + 0.0000960) / 1.038415 = 0.045101 -> [0.888, 0.978]
            WilsonInterval interval = WilsonInterval.of(95, 100);
            assertThat(interval.lower()).isCloseTo(0.88825, within(1e-4));
            assertThat(interval.upper()).isCloseTo(0.97845, within(1e-4));
            assertThat(interval.estimate()).isEqualTo(0.95);
        }

        @Test
        void ofAllAgreeingIsBelowOneSoASampleNeverProvesPerfection() {
            // x = n: lower = n / (n + z^2) = 100 / 103.841459 = 0.963006
            WilsonInterval interval = WilsonInterval.of(100, 100);
            assertThat(interval.lower()).isCloseTo(0.963006, within(1e-6));
            assertThat(interval.upper()).isEqualTo(1.0);
        }

        @Test
        void ofNoneAgreeingStartsAtZero() {
            // x = 0: upper = z^2 / (n + z^2) = 3.841459 / 13.841459 = 0.277533
            WilsonInterval interval = WilsonInterval.of(0, 10);
            assertThat(interval.lower()).isZero();
            assertThat(interval.upper()).isCloseTo(0.277533, within(1e-6));
        }

        @Test
        void needsTrials() {
            assertThatThrownBy(() -> WilsonInterval.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> WilsonInterval.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
