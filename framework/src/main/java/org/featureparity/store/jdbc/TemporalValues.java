package org.featureparity.store.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.featureparity.contract.FeatureType;
import org.featureparity.store.StoreColumn;

/** Instants bound as parameters of a column's own temporal type, local types in an explicit zone. */
final class TemporalValues {

    private TemporalValues() {
    }

    static Object bindable(Instant instant, StoreColumn column, ZoneId zone) {
        FeatureType.Kind kind = column.type().map(FeatureType::kind).orElseThrow(() -> new IllegalArgumentException(
                "as-of column '" + column.name() + "' has type " + column.nativeType() + ", which has no portable mapping"));
        return switch (kind) {
            case TIMESTAMPTZ -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            case TIMESTAMP -> LocalDateTime.ofInstant(instant, zone);
            // a date row is valid from the start of its day: t falls on the day it falls on in the zone
            case DATE -> LocalDate.ofInstant(instant, zone);
            default -> throw new IllegalArgumentException("as-of column '" + column.name() + "' has type "
                    + column.nativeType() + "; expected timestamptz, timestamp or date");
        };
    }

    /** A value the binder understands: instants as UTC offset date-times (the driver has no Instant binding). */
    static Object forDriver(Object value) {
        return value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }
}
