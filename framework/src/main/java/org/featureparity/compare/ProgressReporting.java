package org.featureparity.compare;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a comparison reports its progress, and how often at most.
 *
 * @param interval time between reports, and before the first one ({@code parity.progress.interval})
 * @param listener what receives them
 */
public record ProgressReporting(Duration interval, ComparisonProgress.Listener listener) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    /** Reports nothing. */
    public static final ProgressReporting NONE = new ProgressReporting(Duration.ofDays(365_000), ComparisonProgress.Listener.NONE);

    public ProgressReporting {
        Objects.requireNonNull(listener, "listener");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the progress interval must not be negative, was " + interval);
        }
    }
}
