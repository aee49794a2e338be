package org.featureparity.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.featureparity.evidence.MismatchCategory;

/**
 * Names the most likely cause of one mismatch from the two values alone. Causes that need the event history
 * (window bounds, duplicates) are named by the temporal checks, which can probe for them.
 */
final class MismatchClassifier {

    private static final long QUARTER_HOUR_SECONDS = 15 * 60;
    private static final long LARGEST_ZONE_OFFSET_SECONDS = 18 * 3600;

    private MismatchClassifier() {
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
        // one side rounded to fewer decimals than the other
        int coarser = Math.min(Math.max(x.stripTrailingZeros().scale(), 0), Math.max(y.stripTrailingZeros().scale(), 0));
        if (x.setScale(coarser, RoundingMode.HALF_UP).compareTo(y.setScale(coarser, RoundingMode.HALF_UP)) == 0
                || x.setScale(coarser, RoundingMode.HALF_EVEN).compareTo(y.setScale(coarser, RoundingMode.HALF_EVEN)) == 0) {
            return MismatchCategory.PRECISION;
        }
        // one side truncated to an integer, as by an integer cast or integer division
        if (coarser == 0 && x.setScale(0, RoundingMode.DOWN).compareTo(y.setScale(0, RoundingMode.DOWN)) == 0) {
            return MismatchCategory.TYPE_COERCION;
        }
        // a tiny relative gap between fractional values is float noise; between two integers it is a real count
        boolean bothIntegral = x.stripTrailingZeros().scale() <= 0 && y.stripTrailingZeros().scale() <= 0;
        double scale = Math.max(Math.abs(x.doubleValue()), Math.abs(y.doubleValue()));
        if (!bothIntegral && Math.abs(x.doubleValue() - y.doubleValue()) <= 1e-6 * scale) {
            return MismatchCategory.PRECISION;
        }
        return MismatchCategory.OTHER;
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
