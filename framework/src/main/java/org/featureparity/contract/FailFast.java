package org.featureparity.contract;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When a comparison may stop before it has read every row: after so many mismatches, or once its time budget is
 * spent. A comparison that stops early never passes: its checks FAIL, saying what was compared so far. Unlike the
 * check timeout (an ERROR), the budget is a deliberate bound, e.g. for CI gates on huge groups.
 *
 * @param maxMismatches stop once this many rows differ (value mismatches and entities missing on one side)
 * @param timeBudget    stop once the comparison has run this long
 */
public record FailFast(OptionalLong maxMismatches, Optional<Duration> timeBudget) {

    public static final FailFast NONE = new FailFast(OptionalLong.empty(), Optional.empty());

    public FailFast {
        if (maxMismatches.isPresent() && maxMismatches.getAsLong() < 1) {
            throw new IllegalArgumentException("max_mismatches must be at least 1, was " + maxMismatches.getAsLong());
        }
        if (timeBudget.isPresent() && (timeBudget.get().isZero() || timeBudget.get().isNegative())) {
            throw new IllegalArgumentException("time_budget must be a positive duration, was " + timeBudget.get());
        }
    }

    public static FailFast afterMismatches(long count) {
        return new FailFast(OptionalLong.of(count), Optional.empty());
    }

    public static FailFast within(Duration budget) {
        return new FailFast(OptionalLong.empty(), Optional.of(budget));
    }

    public FailFast withMaxMismatches(long count) {
        return new FailFast(OptionalLong.of(count), timeBudget);
    }

    public FailFast withTimeBudget(Duration budget) {
        return new FailFast(maxMismatches, Optional.of(budget));
    }

    public boolean isBounded() {
        return maxMismatches.isPresent() || timeBudget.isPresent();
    }
}
