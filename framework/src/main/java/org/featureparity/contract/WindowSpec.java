package org.featureparity.contract;

import java.time.Duration;
import java.time.ZoneId;

/** The time window a group's aggregates are computed over, as of a point in time t: from t - length to t. */
public record WindowSpec(String timestampColumn, Duration length, Bounds bounds, ZoneId zone) {

    public WindowSpec {
        if (timestampColumn == null || timestampColumn.isBlank()) {
            throw new IllegalArgumentException("window timestamp column must not be blank");
        }
        if (length == null || length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("window length must be positive, was " + length);
        }
        if (bounds == null || zone == null) {
            throw new IllegalArgumentException("window bounds and zone must be given");
        }
    }
}
