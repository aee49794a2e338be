package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.compare.MismatchClassifier.classify;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.featureparity.evidence.MismatchCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MismatchClassifierTests {

    private static final Instant T = Instant.parse("2026-03-29T10:00:00Z");

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class NullHandling {

        @Test
        void nullOnEitherSide() {
            assertThat(classify(null, 1L)).isEqualTo(MismatchCategory.NULL_HANDLING);
            assertThat(classify(1L, null)).isEqualTo(MismatchCategory.NULL_HANDLING);
            assertThat(classify(null, "")).isEqualTo(MismatchCategory.NULL_HANDLING);
            assertThat(classify(T, null)).isEqualTo(MismatchCategory.NULL_HANDLING);
        }

        @Test
        void nanOnEitherSide() {
            assertThat(classify(Double.NaN, 0.0)).isEqualTo(MismatchCategory.NULL_HANDLING);
            assertThat(classify(1L, Double.NaN)).isEqualTo(MismatchCategory.NULL_HANDLING);
            assertThat(classify(Double.NaN, Double.NaN)).isEqualTo(MismatchCategory.NULL_HANDLING);
        }
    }

    @Nested
    class TimezoneShift {

        @ParameterizedTest
        @ValueSource(longs = {60, 120, 180, 300, 330, 345, 480, 525, 600, 765, 840, 1080})
        void wholeQuarterHourOffsetsUpToEighteenHours(long minutes) {
            Duration offset = Duration.ofMinutes(minutes);
            assertThat(classify(T, T.plus(offset))).isEqualTo(MismatchCategory.TIMEZONE_SHIFT);
            assertThat(classify(T.plus(offset), T)).isEqualTo(MismatchCategory.TIMEZONE_SHIFT);
        }

        @Test
        void zoneLessTimestampAgainstAnInstant() {
            LocalDateTime local = LocalDateTime.parse("2026-03-29T12:00:00");
            assertThat(classify(local, T)).isEqualTo(MismatchCategory.TIMEZONE_SHIFT);
            assertThat(classify(T, LocalDateTime.parse("2026-03-29T04:30:00"))).isEqualTo(MismatchCategory.TIMEZONE_SHIFT);
        }

        @ParameterizedTest
        @ValueSource(longs = {17, 61, 89, 18 * 60 + 15, 24 * 60})
        void notForOffsetsNoZoneHasOrBeyondEighteenHours(long minutes) {
            assertThat(classify(T, T.plus(Duration.ofMinutes(minutes)))).isEqualTo(MismatchCategory.OTHER);
        }

        @Test
        void notWhenAnHourApartPlusAFraction() {
            assertThat(classify(T, T.plusSeconds(3600).plusMillis(1))).isEqualTo(MismatchCategory.OTHER);
        }

        @Test
        void datesADayApartAreNotAShift() {
            assertThat(classify(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2))).isEqualTo(MismatchCategory.OTHER);
        }
    }

    @Nested
    class Precision {

        @Test
        void oneSideRoundedToFewerDecimals() {
            assertThat(classify(dec("10.005"), dec("10.01"))).isEqualTo(MismatchCategory.PRECISION);
            assertThat(classify(dec("10.01"), dec("10.005"))).isEqualTo(MismatchCategory.PRECISION);
            assertThat(classify(10.005, 10.01)).isEqualTo(MismatchCategory.PRECISION);
            assertThat(classify(dec("2.345"), dec("2.34"))).isEqualTo(MismatchCategory.PRECISION);  // half-even
            assertThat(classify(dec("3.14159"), dec("3.14"))).isEqualTo(MismatchCategory.PRECISION);
        }

        @Test
        void tinyRelativeGapBetweenDoubles() {
            assertThat(classify(0.1 + 0.2, 0.3)).isEqualTo(MismatchCategory.PRECISION);
        }

        @Test
        void subSecondTimestampDifference() {
            assertThat(classify(T, T.plusMillis(1))).isEqualTo(MismatchCategory.PRECISION);
            assertThat(classify(T.plusNanos(999_999_999), T)).isEqualTo(MismatchCategory.PRECISION);
            assertThat(classify(LocalDateTime.parse("2026-03-29T10:00:00.123456"), T)).isEqualTo(MismatchCategory.PRECISION);
        }

        @Test
        void digitsBeyondTheDeclaredScale() {
            org.featureparity.contract.FeatureSpec total = org.featureparity.contract.FeatureGroupContract.group("g")
                    .entity("id").source(org.featureparity.contract.Contracts.table("a"), org.featureparity.contract.Contracts.table("b"))
                    .feature("total", org.featureparity.contract.Contracts.decimal(18, 2),
                            org.featureparity.contract.Contracts.nullable()).build().features().get(0);
            assertThat(MismatchClassifier.classify(total, dec("10.004"), dec("10.001"))).isEqualTo(MismatchCategory.PRECISION);
            assertThat(MismatchClassifier.classify(total, dec("10.01"), dec("10.02"))).isEqualTo(MismatchCategory.OTHER);
        }

        @Test
        void notWhenRoundingCannotExplainTheGap() {
            assertThat(classify(dec("10.02"), dec("10.01"))).isEqualTo(MismatchCategory.OTHER);
            assertThat(classify(dec("10.5"), dec("12"))).isEqualTo(MismatchCategory.OTHER);
        }
    }

    @Nested
    class TypeCoercion {

        @Test
        void truncationToAnInteger() {
            assertThat(classify(2.7, 2L)).isEqualTo(MismatchCategory.TYPE_COERCION);
            assertThat(classify(2L, 2.7)).isEqualTo(MismatchCategory.TYPE_COERCION);
            assertThat(classify(dec("2.7"), dec("2"))).isEqualTo(MismatchCategory.TYPE_COERCION);
            assertThat(classify(-2.7, -2L)).isEqualTo(MismatchCategory.TYPE_COERCION);
        }

        @Test
        void roundingToAnIntegerIsACastNotPrecision() {
            assertThat(classify(dec("12.25"), dec("12.00"))).isEqualTo(MismatchCategory.TYPE_COERCION);
            assertThat(classify(dec("12.50"), dec("13"))).isEqualTo(MismatchCategory.TYPE_COERCION);
            assertThat(classify(dec("-12.75"), dec("-13"))).isEqualTo(MismatchCategory.TYPE_COERCION);
        }

        @Test
        void aValueThatWentThroughFloat32() {
            assertThat(classify(dec("1234.56"), (double) 1234.56f)).isEqualTo(MismatchCategory.TYPE_COERCION);
            assertThat(classify((double) 0.1f, 0.1)).isEqualTo(MismatchCategory.TYPE_COERCION);
        }

        @Test
        void paddedText() {
            assertThat(classify("abc ", "abc")).isEqualTo(MismatchCategory.TYPE_COERCION);
            assertThat(classify("abc", "abc   ")).isEqualTo(MismatchCategory.TYPE_COERCION);
        }

        @Test
        void valuesOfDifferentTypes() {
            assertThat(classify("true", true)).isEqualTo(MismatchCategory.TYPE_COERCION);
            assertThat(classify("1", 2L)).isEqualTo(MismatchCategory.TYPE_COERCION);
            assertThat(classify(T, "2026-03-29")).isEqualTo(MismatchCategory.TYPE_COERCION);
        }
    }

    @Nested
    class Other {

        @Test
        void plainlyDifferentValues() {
            assertThat(classify(10L, 11L)).isEqualTo(MismatchCategory.OTHER);
            assertThat(classify(1.0, 5.0)).isEqualTo(MismatchCategory.OTHER);
            assertThat(classify("abc", "abd")).isEqualTo(MismatchCategory.OTHER);
            assertThat(classify(true, false)).isEqualTo(MismatchCategory.OTHER);
        }

        @Test
        void infinities() {
            assertThat(classify(Double.POSITIVE_INFINITY, 1.0)).isEqualTo(MismatchCategory.OTHER);
            assertThat(classify(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)).isEqualTo(MismatchCategory.OTHER);
        }
    }

    @org.junit.jupiter.api.Test
    void aCountOffByOneIsNeverPrecisionHoweverLarge() {
        assertThat(MismatchClassifier.classify(1_000_000L, 1_000_001L)).isEqualTo(org.featureparity.evidence.MismatchCategory.OTHER);
    }
}
