package org.featureparity.contract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portable feature type, independent of any store's own type names.
 *
 * <p>Precision and scale are meaningful for {@link Kind#DECIMAL} (digits) and for the timestamp kinds
 * (fractional-second digits); {@link #UNSPECIFIED} means "any".
 */
public record FeatureType(Kind kind, int precision, int scale) {

    public static final int UNSPECIFIED = -1;

    public static final FeatureType BOOLEAN = of(Kind.BOOLEAN);
    public static final FeatureType INT32 = of(Kind.INT32);
    public static final FeatureType INT64 = of(Kind.INT64);
    public static final FeatureType FLOAT32 = of(Kind.FLOAT32);
    public static final FeatureType FLOAT64 = of(Kind.FLOAT64);
    public static final FeatureType DECIMAL = of(Kind.DECIMAL);
    public static final FeatureType STRING = of(Kind.STRING);
    public static final FeatureType DATE = of(Kind.DATE);
    public static final FeatureType TIMESTAMP = of(Kind.TIMESTAMP);
    public static final FeatureType TIMESTAMPTZ = of(Kind.TIMESTAMPTZ);

    // at most 9 digits each, so parseInt cannot overflow: a longer spelling is unknown, not an exception
    private static final Pattern DECIMAL_SYNTAX = Pattern.compile("decimal\\s*\\(\\s*(\\d{1,9})\\s*,\\s*(\\d{1,9})\\s*\\)");
    private static final Pattern TIMESTAMP_SYNTAX = Pattern.compile("(timestamptz|timestamp)\\s*\\(\\s*(\\d)\\s*\\)");

    /** The portable kinds; a store's types map onto these. */
    public enum Kind {
        BOOLEAN, INT32, INT64, FLOAT32, FLOAT64, DECIMAL, STRING, DATE, TIMESTAMP, TIMESTAMPTZ;

        public boolean isIntegral() {
            return this == INT32 || this == INT64;
        }

        public boolean isFloatingPoint() {
            return this == FLOAT32 || this == FLOAT64;
        }

        public boolean isNumeric() {
            return isIntegral() || isFloatingPoint() || this == DECIMAL;
        }

        public boolean isTemporal() {
            return this == DATE || this == TIMESTAMP || this == TIMESTAMPTZ;
        }
    }

    public FeatureType {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if (kind == Kind.DECIMAL && precision != UNSPECIFIED && (precision < 1 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException("decimal(" + precision + "," + scale + ") needs precision >= 1 and 0 <= scale <= precision");
        }
    }

    public static FeatureType of(Kind kind) {
        return new FeatureType(kind, UNSPECIFIED, UNSPECIFIED);
    }

    public static FeatureType decimal(int precision, int scale) {
        return new FeatureType(Kind.DECIMAL, precision, scale);
    }

    public static FeatureType timestamp(int fractionalDigits) {
        return new FeatureType(Kind.TIMESTAMP, fractionalDigits, UNSPECIFIED);
    }

    public static FeatureType timestamptz(int fractionalDigits) {
        return new FeatureType(Kind.TIMESTAMPTZ, fractionalDigits, UNSPECIFIED);
    }

    /** Parses the contract spelling: {@code int64}, {@code decimal(18,2)}, {@code timestamptz(3)}, ... */
    public static Optional<FeatureType> parse(String text) {
        String spelling = text.trim().toLowerCase(Locale.ROOT);
        Matcher decimal = DECIMAL_SYNTAX.matcher(spelling);
        if (decimal.matches()) {
            int precision = Integer.parseInt(decimal.group(1));
            int scale = Integer.parseInt(decimal.group(2));
            if (precision < 1 || precision > 1000 || scale > precision) {
                return Optional.empty();
            }
            return Optional.of(decimal(precision, scale));
        }
        Matcher timestamp = TIMESTAMP_SYNTAX.matcher(spelling);
        if (timestamp.matches()) {
            int digits = Integer.parseInt(timestamp.group(2));
            Kind kind = timestamp.group(1).equals("timestamptz") ? Kind.TIMESTAMPTZ : Kind.TIMESTAMP;
            return Optional.of(new FeatureType(kind, digits, UNSPECIFIED));
        }
        for (Kind kind : Kind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(spelling)) {
                return Optional.of(of(kind));
            }
        }
        return Optional.empty();
    }

    /** The names {@link #parse} accepts, for error messages. */
    public static String spellings() {
        return "boolean, int32, int64, float32, float64, decimal(p,s), string, date, timestamp, timestamptz";
    }

    @Override
    public String toString() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        if (kind == Kind.DECIMAL && precision != UNSPECIFIED) {
            return name + "(" + precision + "," + scale + ")";
        }
        if (kind.isTemporal() && kind != Kind.DATE && precision != UNSPECIFIED) {
            return name + "(" + precision + ")";
        }
        return name;
    }
}
