package org.featureparity.check;

import java.time.Instant;
import java.util.List;

/**
 * One (entity, t) question of the point-in-time check, and why it was asked.
 *
 * @param key  entity key values in contract order
 * @param at   the time t
 * @param kind which edge it probes: {@code at-as-of}, {@code before-as-of}, {@code before-first}, {@code after-last},
 *             {@code at-ttl-expiry}, {@code after-ttl-expiry}, {@code after-last-ttl}, or {@code given} for pairs
 *             from a table or CSV
 */
record PointInTimePair(List<Object> key, Instant at, String kind) {

    PointInTimePair {
        key = List.copyOf(key);
    }
}
