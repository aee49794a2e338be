package org.featureparity.temporal;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a window-bounds probe puts its single event, relative to the as-of time t of a window of the given length:
 * on each end and one store resolution either side of it.
 */
enum ProbePosition {
    BEFORE_START("t - length - resolution"),
    AT_START("t - length"),
    AFTER_START("t - length + resolution"),
    BEFORE_END("t - resolution"),
    AT_END("t"),
    AFTER_END("t + resolution");

    private final String label;

    ProbePosition(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    Instant eventTime(Instant asOf, Duration length, Duration resolution) {
        Instant start = asOf.minus(length);
        return switch (this) {
            case BEFORE_START -> start.minus(resolution);
            case AT_START -> start;
            case AFTER_START -> start.plus(resolution);
            case BEFORE_END -> asOf.minus(resolution);
            case AT_END -> asOf;
            case AFTER_END -> asOf.plus(resolution);
        };
    }
}
