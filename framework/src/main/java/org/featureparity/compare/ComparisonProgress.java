package org.featureparity.compare;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far a long comparison has got: what it is doing, the rows read so far per side, and, when the stores estimate
 * their row counts, about how long is left.
 *
 * @param phase        what runs (e.g. {@code merge}, {@code pushdown: reading row hashes})
 * @param rowsOld      old rows read so far in this phase
 * @param rowsNew      new rows read so far in this phase
 * @param expectedRows rows per side the phase is expected to read (the larger side's estimate), when known
 * @param elapsed      time since the phase started
 */
public record ComparisonProgress(String phase, long rowsOld, long rowsNew, OptionalLong expectedRows, Duration elapsed) {

    /** Rows per second of the side that is further along. */
    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : Math.max(rowsOld, rowsNew) / seconds;
    }

    /** At the rate so far, the time until the expected rows are read; empty without an estimate or a rate. */
    public Optional<Duration> remaining() {
        double rate = rowsPerSecond();
        if (expectedRows.isEmpty() || rate <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, expectedRows.getAsLong() - Math.max(rowsOld, rowsNew));
        return Optional.of(Duration.ofMillis((long) (left / rate * 1000)));
    }

    /** One line for a console: {@code merge: 3,200,000 old / 3,199,870 new rows, 480,000 rows/s, about 14 s left}. */
    public String describe() {
        String line = String.format(Locale.ROOT, "%s: %,d old / %,d new rows in %d s, %,.0f rows/s", phase, rowsOld, rowsNew,
                elapsed.toSeconds(), rowsPerSecond());
        return remaining().map(left -> line + String.format(Locale.ROOT, ", about %d s left of %,d rows",
                Math.max(1, left.toSeconds()), expectedRows.getAsLong())).orElse(line);
    }

    /** Receives a comparison's progress; called from the comparison's threads, at most every few seconds. */
    @FunctionalInterface
    public interface Listener {

        Listener NONE = progress -> {
        };

        void progress(ComparisonProgress progress);
    }
}
