package org.featureparity.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.FeatureType;
import org.featureparity.evidence.MismatchCategory;

/**
 * Names the cause of one mismatch from the two values alone, where the values are evidence enough: NULL or NaN on
 * one side (null-handling), a difference under 1e-9 relative or beyond the declared decimal scale or one side
 * rounded to fewer decimals (precision), one side an integer cast of the other or a float32 rounding of it
 * (type-coercion), timestamps a whole quarter-hour up to 18 h apart (timezone-shift). Causes that need the event
 * history (window bounds, duplicates, shifted windows) are named by recomputation: see
 * {@code org.featureparity.temporal.MismatchExplainer}.
 */
final class MismatchClassifier {

    private static final long QUARTER_HOUR_SECONDS = 15 * 60;
    private static final long LARGEST_ZONE_OFFSET_SECONDS = 18 * 3600;
    private static final double RELATIVE_NOISE = 1e-9;
    private static final RoundingMode[] INTEGER_CASTS = {
        RoundingMode.DOWN, RoundingMode.FLOOR, RoundingMode.CEILING, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN};

    private MismatchClassifier() {
    }

    /** As {@link #classify(Object, Object)}, and also precision when both agree at the feature's declared scale. */
    static MismatchCategory classify(FeatureSpec feature, Object oldValue, Object newValue) {
        if (feature.type().kind() == FeatureType.Kind.DECIMAL && feature.type().scale() >= 0
                && oldValue instanceof Number a && newValue instanceof Number b && !isNaN(a) && !isNaN(b)
                && !isInfinite(a) && !isInfinite(b)) {
            int scale = feature.type().scale();
            BigDecimal x = ValueAgreement.decimal(a);
            BigDecimal y = ValueAgreement.decimal(b);
            if (x.setScale(scale, RoundingMode.HALF_EVEN).compareTo(y.setScale(scale, RoundingMode.HALF_EVEN)) == 0
                    && Math.max(x.stripTrailingZeros().scale(), y.stripTrailingZeros().scale()) > scale) {
                return MismatchCategory.PRECISION;  // they differ only in digits the contract does not declare
            }
        }
        return classify(oldValue, newValue);
    }

    static MismatchCategory classify(Object oldValue, Object newValue) {
        if (oldValue == null || newValue == null) {
            return MismatchCategory.NULL_HANDLING;
        }
        if (oldValue instanceof Number a && newValue instanceof Number b) {
            return classifyNumbers(a, b);
        }
        if (ValueAgreement.isTemporal(oldValue) && ValueAgreement.isTemporal(newValue)) {
            return classifyTimes(oldValue, newValue);
        }
        if (oldValue.getClass() != newValue.getClass()) {
            return MismatchCategory.TYPE_COERCION;
        }
        if (oldValue instanceof String a && newValue instanceof String b && a.strip().equals(b.strip())) {
            return MismatchCategory.TYPE_COERCION;  // padding, as from CHAR(n) against VARCHAR
        }
        return MismatchCategory.OTHER;
    }

    private static MismatchCategory classifyNumbers(Number a, Number b) {
        if (isNaN(a) || isNaN(b)) {
            return MismatchCategory.NULL_HANDLING;  // NaN usually stands where one pipeline divided by zero
        }
        if (isInfinite(a) || isInfinite(b)) {
            return MismatchCategory.OTHER;
        }
        BigDecimal x = ValueAgreement.decimal(a);
        BigDecimal y = ValueAgreement.decimal(b);
        int xScale = Math.max(x.stripTrailingZeros().scale(), 0);
        int yScale = Math.max(y.stripTrailingZeros().scale(), 0);
        // a tiny relative gap between fractional values is float noise; between two integers it is a real count
        boolean bothIntegral = xScale == 0 && yScale == 0;
        double magnitude = Math.max(Math.abs(x.doubleValue()), Math.abs(y.doubleValue()));
        if (!bothIntegral && Math.abs(x.doubleValue() - y.doubleValue()) <= RELATIVE_NOISE * magnitude) {
            return MismatchCategory.PRECISION;
        }
        int coarser = Math.min(xScale, yScale);
        // one side is an integer cast of the other: truncated, floored, ceiled or rounded
        if (coarser == 0 && !bothIntegral) {
            BigDecimal integral = xScale == 0 ? x : y;
            BigDecimal fractional = xScale == 0 ? y : x;
            for (RoundingMode mode : INTEGER_CASTS) {
                if (fractional.setScale(0, mode).compareTo(integral) == 0) {
                    return MismatchCategory.TYPE_COERCION;
                }
            }
        }
        // one side went through a float32 column or cast
        if (roundsToFloat(x, y) || roundsToFloat(y, x)) {
            return MismatchCategory.TYPE_COERCION;
        }
        // one side rounded to fewer decimals than the other
        if (coarser > 0 && (x.setScale(coarser, RoundingMode.HALF_UP).compareTo(y.setScale(coarser, RoundingMode.HALF_UP)) == 0
                || x.setScale(coarser, RoundingMode.HALF_EVEN).compareTo(y.setScale(coarser, RoundingMode.HALF_EVEN)) == 0)) {
            return MismatchCategory.PRECISION;
        }
        return MismatchCategory.OTHER;
    }

    private static boolean roundsToFloat(BigDecimal exact, BigDecimal rounded) {
        float single = exact.floatValue();
        return !Float.isInfinite(single) && new BigDecimal(Float.toString(single)).compareTo(rounded) == 0
                || !Float.isInfinite(single) && new BigDecimal((double) single).compareTo(rounded) == 0;
    }

    private static MismatchCategory classifyTimes(Object a, Object b) {
        Duration gap = Duration.between(ValueAgreement.instant(a), ValueAgreement.instant(b)).abs();
        if (gap.compareTo(Duration.ofSeconds(1)) < 0) {
            return MismatchCategory.PRECISION;
        }
        long seconds = gap.getSeconds();
        if (gap.getNano() == 0 && seconds % QUARTER_HOUR_SECONDS == 0 && seconds <= LARGEST_ZONE_OFFSET_SECONDS) {
            return MismatchCategory.TIMEZONE_SHIFT;
        }
        return MismatchCategory.OTHER;
    }

    private static boolean isNaN(Number n) {
        return n instanceof Double d && d.isNaN();
    }

    private static boolean isInfinite(Number n) {
        return n instanceof Double d && d.isInfinite();
    }
}
