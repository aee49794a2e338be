package org.featureparity.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.featureparity.contract.FeatureType;
import org.featureparity.evidence.Distribution;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SketchesTests {

    private static ValueProfile numbers(double... values) {
        ValueProfile profile = new ValueProfile(FeatureType.FLOAT64);
        for (double v : values) {
            profile.add(v);
        }
        return profile;
    }

    @Nested
    class Numeric {

        @Test
        void keepsEveryValueInOrderedBucketsWithSpecialValuesApart() {
            NumericSketch sketch = new NumericSketch();
            for (double v : new double[] {-2.5, 0.0, 1.0, 1.0, 3.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                sketch.add(v);
            }
            assertThat(sketch.count()).isEqualTo(7);
            assertThat(sketch.nans()).isEqualTo(1);
            assertThat(sketch.min()).isEqualTo(-2.5);
            assertThat(sketch.max()).isEqualTo(3.0);
            List<NumericSketch.Bucket> buckets = sketch.buckets();
            assertThat(buckets).extracting(NumericSketch.Bucket::count).containsExactly(1L, 1L, 1L, 2L, 1L, 1L);
            assertThat(buckets).extracting(NumericSketch.Bucket::ordinal).isSorted();
            // each bucket's upper edge is within 1/64 above the values it holds
            assertThat(buckets.get(4).upperEdge()).isBetween(3.0, 3.0 * (1 + NumericSketch.BUCKET_WIDTH));
        }

        @Test
        void memoryStaysBoundedAcrossAnyRangeOfMagnitudes() {
            NumericSketch sketch = new NumericSketch();
            for (int exponent = -300; exponent <= 300; exponent++) {
                sketch.add(Math.pow(10, exponent));
            }
            assertThat(sketch.buckets()).hasSizeLessThanOrEqualTo(MagnitudeCounts.MAX_BUCKETS);
            assertThat(sketch.collapsed()).isTrue();
            assertThat(sketch.buckets().stream().mapToLong(NumericSketch.Bucket::count).sum()).isEqualTo(601);
        }

        @Test
        void identicalSidesHaveZeroPsiAndKs() {
            double[] values = new double[1000];
            for (int i = 0; i < values.length; i++) {
                values[i] = i * 0.37;
            }
            DistributionComparison same = DistributionComparison.of(numbers(values), numbers(values));
            assertThat(same.psi()).isZero();
            assertThat(same.ks()).hasValue(0.0);
            assertThat(same.distribution().bins()).hasSize(DistributionComparison.NUMERIC_BINS);
            // deciles to the grid's 2% resolution: neighbouring values share a bucket, so a bin holds about a tenth
            assertThat(same.distribution().oldCounts()).allMatch(c -> c >= 80 && c <= 120);
            assertThat(same.distribution().newCounts()).isEqualTo(same.distribution().oldCounts());
        }

        @Test
        void aShiftShowsInPsiAndKsOverTheOldSidesDeciles() {
            double[] old = new double[1000];
            double[] shifted = new double[1000];
            for (int i = 0; i < old.length; i++) {
                old[i] = i;
                shifted[i] = i + 500;
            }
            DistributionComparison comparison = DistributionComparison.of(numbers(old), numbers(shifted));
            // half of the new values lie above every old one: KS 0.5 (to the grid's resolution), PSI large
            assertThat(comparison.ks().getAsDouble()).isCloseTo(0.5, within(0.02));
            assertThat(comparison.psi()).isGreaterThan(1.0);
            Distribution distribution = comparison.distribution();
            assertThat(distribution.oldCounts().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
            assertThat(distribution.newCounts().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
            assertThat(distribution.edges()).hasSize(distribution.bins().size() + 1).isSorted();
        }

        @Test
        void aValueRepeatedOverSeveralDecilesGivesFewerBins() {
            double[] mostlyZero = new double[100];
            for (int i = 90; i < 100; i++) {
                mostlyZero[i] = i;
            }
            DistributionComparison comparison = DistributionComparison.of(numbers(mostlyZero), numbers(mostlyZero));
            assertThat(comparison.distribution().bins()).hasSizeLessThan(DistributionComparison.NUMERIC_BINS);
            assertThat(comparison.distribution().oldCounts().get(0)).isEqualTo(90);
        }

        @Test
        void nanGetsABinOfItsOwn() {
            DistributionComparison comparison = DistributionComparison.of(numbers(1, 2, Double.NaN), numbers(1, 2, 3));
            assertThat(comparison.distribution().bins()).last().isEqualTo("NaN");
            assertThat(comparison.distribution().oldCounts()).last().isEqualTo(1L);
            assertThat(comparison.distribution().newCounts()).last().isEqualTo(0L);
        }
    }

    @Nested
    class Temporal {

        @Test
        void timesFallIntoHourBucketsLabelledAsInstants() {
            ValueProfile old = new ValueProfile(FeatureType.TIMESTAMPTZ);
            ValueProfile fresh = new ValueProfile(FeatureType.TIMESTAMPTZ);
            java.time.Instant start = java.time.Instant.parse("2026-11-01T00:00:00Z");
            for (int minute = 0; minute < 24 * 60; minute++) {
                old.add(start.plusSeconds(60L * minute));
                // the new store reads its times an hour late
                fresh.add(start.plusSeconds(60L * minute + 3600));
            }
            DistributionComparison comparison = DistributionComparison.of(old, fresh);

            // a day of minutes in hour buckets: ten bins of the old deciles, an hour's shift in KS = 1/24
            assertThat(comparison.distribution().bins()).hasSize(DistributionComparison.NUMERIC_BINS);
            assertThat(comparison.distribution().bins().get(0)).startsWith("2026-11-01T00:00:00Z .. ");
            assertThat(comparison.ks().getAsDouble()).isCloseTo(1.0 / 24, within(1e-9));
        }

        @Test
        void timesAtTheLimitsStayBoundedAndInfinityKeepsItsPlaceAtTheEnd() {
            ValueProfile dates = new ValueProfile(FeatureType.DATE);
            dates.add(java.time.LocalDate.of(2026, 11, 1));
            dates.add(java.time.LocalDate.of(-4713, 1, 1));
            dates.add(java.time.LocalDate.of(294276, 1, 1));
            // 300,000 years of days do not fit the window: the earliest merge into its first bucket
            assertThat(dates.numbers().collapsed()).isTrue();
            assertThat(dates.numbers().buckets().stream().mapToLong(NumericSketch.Bucket::count).sum()).isEqualTo(3);

            ValueProfile times = new ValueProfile(FeatureType.TIMESTAMPTZ);
            times.add(java.time.Instant.parse("2026-11-01T00:00:00Z"));
            times.add(java.time.OffsetDateTime.MAX.toInstant());
            assertThat(times.numbers().buckets()).extracting(NumericSketch.Bucket::upperEdge).last()
                    .isEqualTo(Double.POSITIVE_INFINITY);
        }
    }

    @Nested
    class Categorical {

        @Test
        void countsExactlyWithinCapacity() {
            CategorySketch sketch = new CategorySketch();
            List.of("gold", "gold", "silver", "gold", "bronze").forEach(sketch::add);
            assertThat(sketch.mostFrequent(2)).containsExactly("gold", "bronze");
            assertThat(sketch.count("gold")).isEqualTo(3);
            assertThat(sketch.maxUndercount()).isZero();
        }

        @Test
        void staysBoundedAndKeepsTheHeavyHittersBeyondCapacity() {
            CategorySketch sketch = new CategorySketch();
            for (int i = 0; i < 50_000; i++) {
                sketch.add(i % 2 == 0 ? "common" : "rare-" + i);
            }
            assertThat(sketch.mostFrequent(1)).containsExactly("common");
            assertThat(sketch.count("common")).isBetween(25_000 - sketch.maxUndercount(), 25_000L);
            assertThat(sketch.mostFrequent(Integer.MAX_VALUE)).hasSizeLessThanOrEqualTo(CategorySketch.CAPACITY);
        }

        @Test
        void binsAreTheTopCategoriesOfBothSidesThenOther() {
            ValueProfile old = new ValueProfile(FeatureType.STRING);
            ValueProfile fresh = new ValueProfile(FeatureType.STRING);
            for (int i = 0; i < 100; i++) {
                old.add(i < 50 ? "a" : "b");
                fresh.add(i < 25 ? "a" : "b");
            }
            for (int i = 0; i < 30; i++) {
                old.add("tail-" + i);
                fresh.add("tail-" + i);
            }
            DistributionComparison comparison = DistributionComparison.of(old, fresh);
            assertThat(comparison.distribution().shape()).isEqualTo(Distribution.Shape.CATEGORICAL);
            assertThat(comparison.distribution().bins()).hasSize(DistributionComparison.TOP_CATEGORIES + 1)
                    .startsWith("b", "a").endsWith("other");
            assertThat(comparison.distribution().oldCounts()).last().isEqualTo(12L);
            assertThat(comparison.ks()).isEmpty();
            assertThat(comparison.psi()).isGreaterThan(0.1);
        }
    }

    @Test
    void nullsCountOverEveryRowAndStayOutOfTheBins() {
        ValueProfile profile = new ValueProfile(FeatureType.INT64);
        profile.add(null);
        profile.add(1L);
        profile.add(null);
        profile.add(2L);
        assertThat(profile.rows()).isEqualTo(4);
        assertThat(profile.nulls()).isEqualTo(2);
        assertThat(profile.nullRate()).isEqualTo(0.5);
        assertThat(profile.numbers().count()).isEqualTo(2);
    }
}
