package org.featureparity.contract;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the {@code point-in-time} check probes a group with an as-of column: how many (entity, t) pairs it samples
 * (else {@code parity.pit.samples}), how long a row stays valid after its as-of ({@code ttl}; forever when absent),
 * and optionally a fixed list of pairs to look up instead of sampled ones, e.g. the keys of an old training set.
 */
public record PointInTimeSpec(OptionalInt samples, Optional<Duration> ttl, Optional<PointInTimeKeys> keys) {

    /** Nothing declared: sampled pairs, the configured count, no TTL. */
    public static final PointInTimeSpec DEFAULT = new PointInTimeSpec(OptionalInt.empty(), Optional.empty(), Optional.empty());

    public PointInTimeSpec withSamples(int count) {
        return new PointInTimeSpec(OptionalInt.of(count), ttl, keys);
    }

    public PointInTimeSpec withTtl(Duration validFor) {
        return new PointInTimeSpec(samples, Optional.of(validFor), keys);
    }

    public PointInTimeSpec withKeys(PointInTimeKeys pairs) {
        return new PointInTimeSpec(samples, ttl, Optional.of(pairs));
    }
}
