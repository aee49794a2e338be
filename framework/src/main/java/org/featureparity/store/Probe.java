package org.featureparity.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One point-in-time question: the values of entity {@code key} valid at {@code at}, i.e. of its latest row with
 * as-of at or before {@code at}, and not before {@code notBefore} when the group declares a TTL.
 *
 * @param key       the entity key values, in the order of the request's entity columns (never null)
 * @param at        the time t asked about
 * @param notBefore the oldest as-of still valid at t ({@code t - ttl}), inclusive; empty without a TTL
 */
public record Probe(List<Object> key, Instant at, Optional<Instant> notBefore) {

    public Probe {
        key = List.copyOf(key);
    }
}
