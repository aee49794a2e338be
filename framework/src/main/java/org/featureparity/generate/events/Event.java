package org.featureparity.generate.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One raw event a feature is computed from.
 *
 * @param eventId    the event's identity; the same id twice is a duplicate delivery
 * @param entityId   the entity (e.g. user) the event belongs to
 * @param eventTime  when it happened: what windows are defined on
 * @param ingestedAt when the store received it: late and out-of-order arrivals differ from {@code eventTime}
 * @param value      the event's measure; empty is SQL NULL
 */
public record Event(long eventId, long entityId, Instant eventTime, Instant ingestedAt, Optional<BigDecimal> value) {
}
