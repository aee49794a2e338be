package org.featureparity.contract;

import java.math.BigDecimal;
import java.time.Duration;

/** How far apart an old and a new value of one feature may be and still agree. */
public sealed interface Tolerance extends FeatureOption
        permits Tolerance.Exact, Tolerance.Absolute, Tolerance.Relative, Tolerance.Ulps, Tolerance.TimeDelta {

    /** Values must be equal (for floating point: bit-for-bit after the null and NaN semantics). */
    record Exact() implements Tolerance {
        @Override
        public String describe() {
            return "exact";
        }
    }

    /** {@code |old - new| <= limit}. */
    record Absolute(BigDecimal limit) implements Tolerance {
        public Absolute {
            requireNonNegative(limit, "absolute");
            // 0.000001 and 1.0E-6 are the same limit: without this, equal contracts from YAML and Java differ by scale
            limit = limit.stripTrailingZeros();
        }

        @Override
        public String describe() {
            return "absolute " + limit.toPlainString();
        }
    }

    /** {@code |old - new| <= limit * max(|old|, |new|)}. */
    record Relative(BigDecimal limit) implements Tolerance {
        public Relative {
            requireNonNegative(limit, "relative");
            // 0.000001 and 1.0E-6 are the same limit: without this, equal contracts from YAML and Java differ by scale
            limit = limit.stripTrailingZeros();
        }

        @Override
        public String describe() {
            return "relative " + limit.toPlainString();
        }
    }

    /** Floating-point values at most {@code limit} representable doubles apart. */
    record Ulps(long limit) implements Tolerance {
        public Ulps {
            if (limit < 0) {
                throw new IllegalArgumentException("ulps tolerance must be >= 0, was " + limit);
            }
        }

        @Override
        public String describe() {
            return limit + " ulps";
        }
    }

    /** Temporal values at most {@code limit} apart, e.g. to absorb a precision change. */
    record TimeDelta(Duration limit) implements Tolerance {
        public TimeDelta {
            if (limit == null || limit.isNegative()) {
                throw new IllegalArgumentException("duration tolerance must be >= 0, was " + limit);
            }
        }

        @Override
        public String describe() {
            return "duration " + limit;
        }
    }

    /** A short human-readable description used in reports. */
    String describe();

    private static void requireNonNegative(BigDecimal limit, String kind) {
        if (limit == null || limit.signum() < 0) {
            throw new IllegalArgumentException(kind + " tolerance must be >= 0, was " + limit);
        }
    }
}
