package org.featureparity.compare;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.featureparity.store.checksum.RowHashSink;

/**
 * Counts a phase's rows per side and tells its listener at most once per interval, the first time one interval after
 * the phase started: a comparison that finishes within seconds says nothing. Both sides may count from their own
 * threads.
 */
final class ProgressMeter {

    private static final int COUNTED_PER_REPORT = 65_536;
    private static final Duration CENTURY = Duration.ofDays(36_525);

    private final ComparisonProgress.Listener listener;
    private final String phase;
    private final OptionalLong expectedRows;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long started;
    private long rowsOld;
    private long rowsNew;
    private long nextReport;

    ProgressMeter(ComparisonProgress.Listener listener, Duration interval, String phase, OptionalLong expectedRows,
                  LongSupplier clock) {
        this.listener = listener;
        this.phase = phase;
        this.expectedRows = expectedRows;
        // nanoseconds reach about 292 years: longer intervals (never, in effect) are held at a century
        this.intervalNanos = interval.compareTo(CENTURY) > 0 ? CENTURY.toNanos() : interval.toNanos();
        this.clock = clock;
        this.started = clock.getAsLong();
        this.nextReport = started + intervalNanos;
    }

    static ProgressMeter of(ComparisonTask task, String phase, OptionalLong expectedRows) {
        return new ProgressMeter(task.progress().listener(), task.progress().interval(), phase, expectedRows, System::nanoTime);
    }

    /** Both sides' rows read so far (by a caller that counts both, like the merge). */
    void rows(long old, long fresh) {
        synchronized (this) {
            rowsOld = old;
            rowsNew = fresh;
        }
        reportWhenDue();
    }

    /** More rows read by one side (each side counting on its own thread). */
    void add(boolean oldSide, long rows) {
        synchronized (this) {
            if (oldSide) {
                rowsOld += rows;
            } else {
                rowsNew += rows;
            }
        }
        reportWhenDue();
    }

    /** {@code sink} counting one side's rows into this meter, a batch at a time. */
    RowHashSink counting(RowHashSink sink, boolean oldSide) {
        return new RowHashSink() {
            private int uncounted;

            @Override
            public void accept(long keyHash, long rowHash) {
                sink.accept(keyHash, rowHash);
                if (++uncounted == COUNTED_PER_REPORT) {
                    add(oldSide, uncounted);
                    uncounted = 0;
                }
            }
        };
    }

    // the listener is called outside the lock: it may print or publish, and the other side must not wait for that
    private void reportWhenDue() {
        ComparisonProgress progress;
        synchronized (this) {
            long now = clock.getAsLong();
            if (now - nextReport < 0) {
                return;
            }
            nextReport = now + intervalNanos;
            progress = new ComparisonProgress(phase, rowsOld, rowsNew, expectedRows, Duration.ofNanos(now - started));
        }
        listener.progress(progress);
    }
}
