package org.featureparity.compare;

import java.time.Duration;
import java.time.Instant;

/**
 * When a check must have finished ({@code parity.timeout.check}). Long loops poll it and every statement gets at most
 * the time left, so a slow store ends a check with an error instead of hanging the run.
 *
 * @param at          the instant the check's time is up
 * @param description what the limit is, for the error message (e.g. {@code parity.timeout.check=PT2H})
 */
public record Deadline(Instant at, String description) {

    public static final Deadline NONE = new Deadline(Instant.MAX, "no limit");

    public static Deadline after(Duration limit, String description) {
        return new Deadline(Instant.now().plus(limit), description);
    }

    /** Throws {@link CheckCancelledException} when the running thread was interrupted; cheap enough for every row. */
    public static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CheckCancelledException("the run was cancelled (its thread was interrupted) before the check finished");
        }
    }

    /** Time left, never negative. */
    public Duration remaining() {
        if (at.equals(Instant.MAX)) {
            return Duration.ofSeconds(Long.MAX_VALUE);
        }
        Duration left = Duration.between(Instant.now(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Throws {@link CheckTimeoutException} once the time is up, and {@link CheckCancelledException} when the run was
     * cancelled. The interrupt stays set, so whatever the run reaches next stops too.
     */
    public void check() {
        checkCancelled();
        if (!at.equals(Instant.MAX) && Instant.now().isAfter(at)) {
            throw new CheckTimeoutException("the check ran out of time (" + description + ")");
        }
    }
}
