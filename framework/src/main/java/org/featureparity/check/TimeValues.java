package org.featureparity.check;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.featureparity.contract.FeatureType;
import org.featureparity.store.StoreColumn;

/**
 * Temporal values as instants, with the contract's zone for values that carry none: a {@code timestamp} or
 * {@code date} read from a store means a local time in the contract's zone, never in the JVM's default zone.
 */
public final class TimeValues {

    private static final Duration POSTGRESQL_RESOLUTION = Duration.ofNanos(1_000);

    private TimeValues() {
    }

    /** The instant of a canonical temporal value; a local time in a DST overlap takes its earlier instant. */
    public static Instant instant(Object value, ZoneId zone) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(zone).toInstant();
        }
        throw new IllegalArgumentException("not a temporal value: " + (value == null ? "NULL" : value.getClass().getSimpleName()));
    }

    /** A zone as people write it: {@code UTC} rather than {@code Z}. */
    public static String describe(ZoneId zone) {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /**
     * The smallest step between two values of the column: a day for dates, else 10^-p seconds for a declared
     * fractional precision p, else a microsecond (PostgreSQL's).
     */
    public static Duration resolution(StoreColumn column) {
        FeatureType type = column.type().orElseThrow(() -> new IllegalArgumentException(
                "column '" + column.name() + "' has type " + column.nativeType() + ", which has no portable mapping"));
        if (type.kind() == FeatureType.Kind.DATE) {
            return Duration.ofDays(1);
        }
        if (!type.kind().isTemporal()) {
            throw new IllegalArgumentException("as-of column '" + column.name() + "' has type " + column.nativeType()
                    + "; expected timestamptz, timestamp or date");
        }
        if (type.precision() == FeatureType.UNSPECIFIED || type.precision() >= 6) {
            return POSTGRESQL_RESOLUTION;
        }
        return Duration.ofNanos((long) Math.pow(10, 9 - type.precision()));
    }
}
