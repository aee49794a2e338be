package org.featureparity.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.NullSemantics;
import org.featureparity.contract.Tolerance;

/**
 * Decides whether an old and a new value of one feature agree, under its tolerance and null semantics, and how far
 * apart they are when they do not.
 *
 * <p>Values arrive as the stores' canonical Java values. Where the two stores hold different types (a schema
 * failure the schema check reports), values are still compared on a common ground: integers and decimals exactly,
 * anything with a double as double, a timestamp without zone as UTC.
 */
final class ValueAgreement {

    private final Tolerance tolerance;
    private final NullSemantics nulls;

    ValueAgreement(FeatureSpec feature) {
        this.tolerance = feature.tolerance();
        this.nulls = feature.nullSemantics();
    }

    boolean agrees(Object oldValue, Object newValue) {
        if (oldValue == null || newValue == null) {
            if (oldValue == newValue) {
                return true;
            }
            return nulls.nullEqualsZero() && isZeroLike(oldValue == null ? newValue : oldValue);
        }
        if (oldValue instanceof Number a && newValue instanceof Number b) {
            return numbersAgree(a, b);
        }
        if (isTemporal(oldValue) && isTemporal(newValue)) {
            return temporalAgree(oldValue, newValue);
        }
        if (oldValue.getClass() == newValue.getClass()) {
            return oldValue.equals(newValue);
        }
        return String.valueOf(oldValue).equals(String.valueOf(newValue));
    }

    /** Distance between two disagreeing values: numeric gap, seconds for temporal values, infinity otherwise. */
    static double delta(Object oldValue, Object newValue) {
        if (oldValue == null || newValue == null) {
            return Double.POSITIVE_INFINITY;
        }
        if (oldValue instanceof Number a && newValue instanceof Number b) {
            if (a instanceof Double || b instanceof Double) {
                double gap = Math.abs(a.doubleValue() - b.doubleValue());
                return Double.isNaN(gap) ? Double.POSITIVE_INFINITY : gap;
            }
            return decimal(a).subtract(decimal(b)).abs().doubleValue();
        }
        if (isTemporal(oldValue) && isTemporal(newValue)) {
            Duration gap = Duration.between(instant(oldValue), instant(newValue)).abs();
            return gap.getSeconds() + gap.getNano() / 1e9;
        }
        return Double.POSITIVE_INFINITY;
    }

    private boolean numbersAgree(Number a, Number b) {
        if (a instanceof Double || b instanceof Double) {
            return doublesAgree(a.doubleValue(), b.doubleValue());
        }
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        if (tolerance instanceof Tolerance.Absolute absolute) {
            return x.subtract(y).abs().compareTo(absolute.limit()) <= 0;
        }
        if (tolerance instanceof Tolerance.Relative relative) {
            BigDecimal scale = x.abs().max(y.abs());
            return x.subtract(y).abs().compareTo(relative.limit().multiply(scale, MathContext.DECIMAL128)) <= 0;
        }
        // exact, ulps (meaningless for exact numbers) and durations compare exactly
        return x.compareTo(y) == 0;
    }

    private boolean doublesAgree(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) && nulls.nanEqualsNan();
        }
        if (a == b) {
            return true;  // also -0.0 == 0.0 and equal infinities
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        if (tolerance instanceof Tolerance.Absolute absolute) {
            return withinLimit(a, b, absolute.limit());
        }
        if (tolerance instanceof Tolerance.Relative relative) {
            double scale = Math.max(Math.abs(a), Math.abs(b));
            return withinLimit(a, b, relative.limit().multiply(BigDecimal.valueOf(scale), MathContext.DECIMAL64));
        }
        if (tolerance instanceof Tolerance.Ulps ulps) {
            return ulpDistance(a, b) <= ulps.limit();
        }
        return false;
    }

    private boolean temporalAgree(Object a, Object b) {
        if (tolerance instanceof Tolerance.TimeDelta delta) {
            return Duration.between(instant(a), instant(b)).abs().compareTo(delta.limit()) <= 0;
        }
        if (a.getClass() == b.getClass()) {
            return a.equals(b);
        }
        return instant(a).equals(instant(b));
    }

    /**
     * {@code |a - b| <= limit} as a person reads the values: 1.1 and 1.0 are 0.1 apart, although their doubles
     * subtract to 0.10000000000000009. Clear cases are decided in double arithmetic; only a gap within rounding
     * error of the limit is decided on the values' shortest decimal representations.
     */
    private static boolean withinLimit(double a, double b, BigDecimal limit) {
        double gap = Math.abs(a - b);
        double bound = limit.doubleValue();
        double slack = Math.ulp(Math.max(Math.abs(a), Math.abs(b))) * 4 + Math.ulp(bound);
        if (gap <= bound - slack) {
            return true;
        }
        if (gap > bound + slack) {
            return false;
        }
        return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).abs().compareTo(limit) <= 0;
    }

    /** Distance in representable doubles, via the ordering of their bit patterns. */
    static long ulpDistance(double a, double b) {
        long x = orderedBits(a);
        long y = orderedBits(b);
        return (x > y) ? saturatingSubtract(x, y) : saturatingSubtract(y, x);
    }

    private static long orderedBits(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private static long saturatingSubtract(long larger, long smaller) {
        long difference = larger - smaller;
        return difference < 0 ? Long.MAX_VALUE : difference;
    }

    private static boolean isZeroLike(Object value) {
        if (value instanceof Double d) {
            return d == 0.0;
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0;
        }
        if (value instanceof Number n) {
            return n.longValue() == 0;
        }
        if (value instanceof String s) {
            return s.isEmpty();
        }
        return Boolean.FALSE.equals(value);
    }

    static boolean isTemporal(Object value) {
        return value instanceof Temporal;
    }

    /** A common timeline for temporal values of different kinds: zone-less values are read as UTC. */
    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a supported temporal value: " + value.getClass().getSimpleName());
    }

    static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Long || number instanceof Integer) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(number.toString());
    }
}
