package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.NullSemantics;
import org.featureparity.contract.Tolerance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueAgreementTests {

    static FeatureSpec feature(FeatureType type, Tolerance tolerance, NullSemantics nulls) {
        return new FeatureSpec("f", type, true, tolerance, nulls, Optional.empty(), Optional.empty(), OptionalDouble.empty());
    }

    private static ValueAgreement exact() {
        return new ValueAgreement(feature(FeatureType.FLOAT64, new Tolerance.Exact(), NullSemantics.STRICT));
    }

    private static ValueAgreement with(Tolerance tolerance) {
        return new ValueAgreement(feature(FeatureType.FLOAT64, tolerance, NullSemantics.STRICT));
    }

    private static ValueAgreement with(NullSemantics nulls) {
        return new ValueAgreement(feature(FeatureType.FLOAT64, new Tolerance.Exact(), nulls));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Exact {

        @Test
        void equalValuesOfEveryCanonicalTypeAgree() {
            ValueAgreement agreement = exact();
            assertThat(agreement.agrees(42L, 42L)).isTrue();
            assertThat(agreement.agrees(1.5, 1.5)).isTrue();
            assertThat(agreement.agrees(dec("3.14"), dec("3.14"))).isTrue();
            assertThat(agreement.agrees("abc", "abc")).isTrue();
            assertThat(agreement.agrees(true, true)).isTrue();
            assertThat(agreement.agrees(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2))).isTrue();
        }

        @Test
        void differentValuesDisagree() {
            ValueAgreement agreement = exact();
            assertThat(agreement.agrees(42L, 43L)).isFalse();
            assertThat(agreement.agrees(1.5, Math.nextUp(1.5))).isFalse();
            assertThat(agreement.agrees(dec("3.14"), dec("3.15"))).isFalse();
            assertThat(agreement.agrees("abc", "abd")).isFalse();
            assertThat(agreement.agrees("abc ", "abc")).isFalse();
            assertThat(agreement.agrees(true, false)).isFalse();
        }

        @Test
        void decimalsAgreeByValueNotByScale() {
            assertThat(exact().agrees(dec("1.0"), dec("1.00"))).isTrue();
            assertThat(exact().agrees(dec("100"), dec("1E+2"))).isTrue();
        }

        @Test
        void longAndDecimalCompareExactly() {
            ValueAgreement agreement = exact();
            assertThat(agreement.agrees(10L, dec("10.00"))).isTrue();
            assertThat(agreement.agrees(dec("10.00"), 10L)).isTrue();
            assertThat(agreement.agrees(10L, dec("10.01"))).isFalse();
            // beyond double precision: exact integers still differ
            assertThat(agreement.agrees(9_007_199_254_740_993L, dec("9007199254740992"))).isFalse();
        }

        @Test
        void anyMixWithADoubleComparesAsDouble() {
            ValueAgreement agreement = exact();
            assertThat(agreement.agrees(2L, 2.0)).isTrue();
            assertThat(agreement.agrees(dec("0.5"), 0.5)).isTrue();
            assertThat(agreement.agrees(dec("0.1"), 0.1)).isTrue();
            assertThat(agreement.agrees(2L, 2.5)).isFalse();
        }

        @Test
        void negativeZeroEqualsPositiveZero() {
            assertThat(exact().agrees(-0.0, 0.0)).isTrue();
            assertThat(exact().agrees(0.0, -0.0)).isTrue();
            assertThat(exact().agrees(-0.0, 0L)).isTrue();
        }

        @Test
        void infinitiesAgreeOnlyWithTheSameInfinity() {
            ValueAgreement agreement = exact();
            assertThat(agreement.agrees(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isTrue();
            assertThat(agreement.agrees(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY)).isTrue();
            assertThat(agreement.agrees(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).isFalse();
            assertThat(agreement.agrees(Double.POSITIVE_INFINITY, Double.MAX_VALUE)).isFalse();
        }

        @Test
        void differentTypesFallBackToTheirTextualForm() {
            ValueAgreement agreement = exact();
            assertThat(agreement.agrees("1", 1L)).isTrue();
            assertThat(agreement.agrees("true", true)).isTrue();
            assertThat(agreement.agrees("x", 1L)).isFalse();
        }
    }

    @Nested
    class Tolerances {

        @Test
        void absoluteOnDecimalsIsExactAtTheLimit() {
            ValueAgreement agreement = with(new Tolerance.Absolute(dec("0.01")));
            assertThat(agreement.agrees(dec("10.01"), dec("10.00"))).isTrue();
            assertThat(agreement.agrees(dec("10.00"), dec("10.01"))).isTrue();
            assertThat(agreement.agrees(dec("10.011"), dec("10.00"))).isFalse();
            assertThat(agreement.agrees(dec("-10.01"), dec("-10.00"))).isTrue();
        }

        @Test
        void absoluteOnLongs() {
            ValueAgreement agreement = with(new Tolerance.Absolute(dec("1")));
            assertThat(agreement.agrees(10L, 11L)).isTrue();
            assertThat(agreement.agrees(10L, 12L)).isFalse();
        }

        @Test
        void absoluteOnDoubles() {
            ValueAgreement agreement = with(new Tolerance.Absolute(dec("0.01")));
            assertThat(agreement.agrees(10.0, 10.005)).isTrue();
            assertThat(agreement.agrees(10.0, 10.02)).isFalse();
            assertThat(agreement.agrees(dec("10.00"), 10.005)).isTrue();
        }

        @Test
        void absoluteZeroIsExact() {
            ValueAgreement agreement = with(new Tolerance.Absolute(BigDecimal.ZERO));
            assertThat(agreement.agrees(dec("1.0"), dec("1.00"))).isTrue();
            assertThat(agreement.agrees(dec("1.0"), dec("1.01"))).isFalse();
        }

        @Test
        void relativeScalesWithTheLargerMagnitude() {
            ValueAgreement agreement = with(new Tolerance.Relative(dec("0.01")));
            assertThat(agreement.agrees(dec("100"), dec("101"))).isTrue();
            assertThat(agreement.agrees(dec("100"), dec("102"))).isFalse();
            assertThat(agreement.agrees(100L, 101L)).isTrue();
            assertThat(agreement.agrees(100.0, 101.0)).isTrue();
            assertThat(agreement.agrees(100.0, 102.0)).isFalse();
            assertThat(agreement.agrees(-100.0, -101.0)).isTrue();
            assertThat(agreement.agrees(dec("0"), dec("0.00"))).isTrue();
            assertThat(agreement.agrees(0.0, 1e-300)).isFalse();
        }

        @Test
        void ulpsCountsRepresentableDoubles() {
            ValueAgreement agreement = with(new Tolerance.Ulps(2));
            double one = 1.0;
            double twoUp = Math.nextUp(Math.nextUp(one));
            assertThat(agreement.agrees(one, twoUp)).isTrue();
            assertThat(agreement.agrees(one, Math.nextUp(twoUp))).isFalse();
            assertThat(agreement.agrees(Double.MIN_VALUE, -Double.MIN_VALUE)).isTrue();
            assertThat(agreement.agrees(Double.MAX_VALUE, Double.POSITIVE_INFINITY)).isFalse();
        }

        @Test
        void ulpsOnExactNumbersComparesExactly() {
            ValueAgreement agreement = with(new Tolerance.Ulps(1000));
            assertThat(agreement.agrees(10L, 11L)).isFalse();
            assertThat(agreement.agrees(dec("1.0"), dec("1.00"))).isTrue();
        }

        @Test
        void durationAppliesToTemporalValues() {
            ValueAgreement agreement = with(new Tolerance.TimeDelta(Duration.ofMillis(1)));
            Instant t = Instant.parse("2026-03-01T10:00:00Z");
            assertThat(agreement.agrees(t, t.plusMillis(1))).isTrue();
            assertThat(agreement.agrees(t.plusMillis(1), t)).isTrue();
            assertThat(agreement.agrees(t, t.plusNanos(1_000_001))).isFalse();
            assertThat(agreement.agrees(LocalDateTime.parse("2026-03-01T10:00:00"), t.plusNanos(500_000))).isTrue();
        }

        @Test
        void durationOnNumbersComparesExactly() {
            ValueAgreement agreement = with(new Tolerance.TimeDelta(Duration.ofHours(1)));
            assertThat(agreement.agrees(1L, 2L)).isFalse();
            assertThat(agreement.agrees(1.0, 2.0)).isFalse();
            assertThat(agreement.agrees(1L, 1L)).isTrue();
        }

        @Test
        void numericTolerancesNeverBridgeInfinities() {
            ValueAgreement agreement = with(new Tolerance.Relative(dec("1")));
            assertThat(agreement.agrees(Double.POSITIVE_INFINITY, 1.0)).isFalse();
            assertThat(agreement.agrees(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).isFalse();
            ValueAgreement absolute = with(new Tolerance.Absolute(dec("1000")));
            assertThat(absolute.agrees(Double.NEGATIVE_INFINITY, -1.0)).isFalse();
        }
    }

    @Nested
    class Nulls {

        @Test
        void bothNullAgree() {
            assertThat(exact().agrees(null, null)).isTrue();
        }

        @Test
        void nullAgainstAValueDisagreesByDefault() {
            ValueAgreement agreement = exact();
            assertThat(agreement.agrees(null, 0L)).isFalse();
            assertThat(agreement.agrees(0L, null)).isFalse();
            assertThat(agreement.agrees(null, "")).isFalse();
            assertThat(agreement.agrees(null, 0.0)).isFalse();
        }

        @Test
        void nullEqualsZeroMakesNullAgreeWithZeroLikeValues() {
            ValueAgreement agreement = with(new NullSemantics(true, true));
            assertThat(agreement.agrees(null, 0L)).isTrue();
            assertThat(agreement.agrees(0L, null)).isTrue();
            assertThat(agreement.agrees(null, 0.0)).isTrue();
            assertThat(agreement.agrees(null, -0.0)).isTrue();
            assertThat(agreement.agrees(null, dec("0.00"))).isTrue();
            assertThat(agreement.agrees(dec("0.00"), null)).isTrue();
            assertThat(agreement.agrees(null, "")).isTrue();
            assertThat(agreement.agrees(null, null)).isTrue();
        }

        @Test
        void nullEqualsZeroStillSeparatesNullFromOtherValues() {
            ValueAgreement agreement = with(new NullSemantics(true, true));
            assertThat(agreement.agrees(null, 1L)).isFalse();
            assertThat(agreement.agrees(null, 0.5)).isFalse();
            assertThat(agreement.agrees(null, dec("0.01"))).isFalse();
            assertThat(agreement.agrees(null, " ")).isFalse();
            assertThat(agreement.agrees(null, Double.NaN)).isFalse();
            assertThat(agreement.agrees(null, LocalDate.of(1970, 1, 1))).isFalse();
        }

        @Test
        void nanAgreesWithNanByDefault() {
            assertThat(exact().agrees(Double.NaN, Double.NaN)).isTrue();
        }

        @Test
        void nanDiffersFromNanWhenDeclared() {
            assertThat(with(new NullSemantics(false, false)).agrees(Double.NaN, Double.NaN)).isFalse();
        }

        @Test
        void nanNeverAgreesWithANumber() {
            ValueAgreement wide = with(new Tolerance.Absolute(dec("1000000")));
            assertThat(wide.agrees(Double.NaN, 0.0)).isFalse();
            assertThat(wide.agrees(1.0, Double.NaN)).isFalse();
            assertThat(wide.agrees(Double.NaN, 1L)).isFalse();
            assertThat(wide.agrees(Double.NaN, dec("1"))).isFalse();
            assertThat(wide.agrees(Double.NaN, Double.POSITIVE_INFINITY)).isFalse();
            assertThat(with(new Tolerance.Ulps(Long.MAX_VALUE)).agrees(Double.NaN, 1.0)).isFalse();
        }
    }

    @Nested
    class Temporal {

        @Test
        void localDateTimeIsReadAsUtcAgainstAnInstant() {
            ValueAgreement agreement = exact();
            assertThat(agreement.agrees(Instant.parse("2026-03-29T01:30:00Z"), LocalDateTime.parse("2026-03-29T01:30:00")))
                    .isTrue();
            assertThat(agreement.agrees(LocalDateTime.parse("2026-03-29T01:30:00"), Instant.parse("2026-03-29T00:30:00Z")))
                    .isFalse();
        }

        @Test
        void dateIsMidnightUtc() {
            assertThat(exact().agrees(LocalDate.of(2026, 1, 1), LocalDateTime.parse("2026-01-01T00:00:00"))).isTrue();
            assertThat(exact().agrees(LocalDate.of(2026, 1, 1), Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        }

        @Test
        void sameKindComparesExactly() {
            Instant t = Instant.parse("2026-03-01T10:00:00Z");
            assertThat(exact().agrees(t, t.plusNanos(1))).isFalse();
        }
    }

    @Nested
    class Delta {

        @Test
        void numericGap() {
            assertThat(ValueAgreement.delta(10L, 13L)).isEqualTo(3.0);
            assertThat(ValueAgreement.delta(dec("10.01"), dec("10.00"))).isEqualTo(0.01);
            assertThat(ValueAgreement.delta(10L, dec("9.5"))).isEqualTo(0.5);
            assertThat(ValueAgreement.delta(1.5, 1.0)).isEqualTo(0.5);
            assertThat(ValueAgreement.delta(1L, 3.5)).isEqualTo(2.5);
        }

        @Test
        void infiniteAndUndefinedGaps() {
            assertThat(ValueAgreement.delta(Double.NaN, 1.0)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(ValueAgreement.delta(Double.NaN, Double.NaN)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(ValueAgreement.delta(Double.POSITIVE_INFINITY, 1.0)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(ValueAgreement.delta(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY))
                    .isEqualTo(Double.POSITIVE_INFINITY);
        }

        @Test
        void secondsForTemporalValues() {
            Instant t = Instant.parse("2026-03-01T10:00:00Z");
            assertThat(ValueAgreement.delta(t, t.plusSeconds(3600))).isEqualTo(3600.0);
            assertThat(ValueAgreement.delta(t.plusSeconds(3600), t)).isEqualTo(3600.0);
            assertThat(ValueAgreement.delta(t, t.plusMillis(1500))).isEqualTo(1.5);
            assertThat(ValueAgreement.delta(LocalDateTime.parse("2026-03-01T12:00:00"), t)).isEqualTo(7200.0);
            assertThat(ValueAgreement.delta(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1))).isEqualTo(86400.0);
        }

        @Test
        void infinityForNullsAndNonNumbers() {
            assertThat(ValueAgreement.delta(null, 1L)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(ValueAgreement.delta(1L, null)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(ValueAgreement.delta(null, null)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(ValueAgreement.delta("a", "b")).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(ValueAgreement.delta(true, false)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(ValueAgreement.delta("1", 1L)).isEqualTo(Double.POSITIVE_INFINITY);
        }
    }

    @Nested
    class UlpDistance {

        @Test
        void zeroForEqualValues() {
            assertThat(ValueAgreement.ulpDistance(1.0, 1.0)).isZero();
            assertThat(ValueAgreement.ulpDistance(-0.0, 0.0)).isZero();
        }

        @Test
        void oneForAdjacentDoubles() {
            assertThat(ValueAgreement.ulpDistance(1.0, Math.nextUp(1.0))).isEqualTo(1);
            assertThat(ValueAgreement.ulpDistance(Math.nextDown(1.0), 1.0)).isEqualTo(1);
            assertThat(ValueAgreement.ulpDistance(-1.0, Math.nextDown(-1.0))).isEqualTo(1);
            assertThat(ValueAgreement.ulpDistance(0.0, Double.MIN_VALUE)).isEqualTo(1);
            assertThat(ValueAgreement.ulpDistance(Double.MAX_VALUE, Double.POSITIVE_INFINITY)).isEqualTo(1);
        }

        @Test
        void symmetricAndAcrossZero() {
            assertThat(ValueAgreement.ulpDistance(-Double.MIN_VALUE, Double.MIN_VALUE)).isEqualTo(2);
            assertThat(ValueAgreement.ulpDistance(Double.MIN_VALUE, -Double.MIN_VALUE)).isEqualTo(2);
            assertThat(ValueAgreement.ulpDistance(-0.0, Double.MIN_VALUE)).isEqualTo(1);
            assertThat(ValueAgreement.ulpDistance(-Double.MIN_VALUE, 0.0)).isEqualTo(1);
            long up = ValueAgreement.ulpDistance(0.0, 1.0);
            assertThat(ValueAgreement.ulpDistance(-1.0, 1.0)).isEqualTo(2 * up);
        }

        @Test
        void saturatesInsteadOfOverflowing() {
            assertThat(ValueAgreement.ulpDistance(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
                    .isEqualTo(Long.MAX_VALUE);
            assertThat(ValueAgreement.ulpDistance(-Double.MAX_VALUE, Double.MAX_VALUE)).isPositive();
        }
    }

    @org.junit.jupiter.api.Test
    void absoluteToleranceOnDoublesReadsValuesAsWritten() {
        ValueAgreement agreement = new ValueAgreement(org.featureparity.contract.FeatureGroupContract.group("g")
                .entity("k").source(org.featureparity.contract.Contracts.table("a"), org.featureparity.contract.Contracts.table("b"))
                .feature("f", org.featureparity.contract.Contracts.FLOAT64, org.featureparity.contract.Contracts.absolute(0.1))
                .build().features().get(0));

        assertThat(agreement.agrees(1.1, 1.0)).isTrue();
        assertThat(agreement.agrees(1.1000000001, 1.0)).isFalse();
        assertThat(agreement.agrees(1.0, 1.1)).isTrue();
    }
}
