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

    /** Time left, never negative. */
    public Duration remaining() {
        if (at.equals(Instant.MAX)) {
            return Duration.ofSeconds(Long.MAX_VALUE);
        }
        Duration left = Duration.between(Instant.now(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Throws {@link CheckTimeoutException} once the time is up. */
    public void check() {
        if (!at.equals(Instant.MAX) && Instant.now().isAfter(at)) {
            throw new CheckTimeoutException("the check ran out of time (" + description + ")");
        }
    }
}
