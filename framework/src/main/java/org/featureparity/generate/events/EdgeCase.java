package org.featureparity.generate.events;

/** The known sources of old/new mismatches a generated history can contain; tallied as evidence of the mix tried. */
public enum EdgeCase {
    /** An event exactly at {@code t - window}: inside a closed start, outside an open one. */
    EVENT_AT_WINDOW_START,
    /** An event one store resolution (1 µs in PostgreSQL) before or after {@code t - window}. */
    EVENT_BESIDE_WINDOW_START,
    /** An event exactly at {@code t}. */
    EVENT_AT_AS_OF,
    /** An event one store resolution before or after {@code t}. */
    EVENT_BESIDE_AS_OF,
    /** An event after {@code t}: a point-in-time correct feature never sees it. */
    EVENT_AFTER_AS_OF,
    /** An event within two hours of a daylight-saving transition of the history's zone. */
    EVENT_NEAR_DST_TRANSITION,
    /** The window contains a daylight-saving transition of the history's zone (a day of 23 or 25 hours). */
    WINDOW_SPANS_DST_TRANSITION,
    /** {@code t} is local midnight in a non-UTC zone. */
    AS_OF_LOCAL_MIDNIGHT,
    /** The history's zone is not UTC. */
    NON_UTC_ZONE,
    /** The same event id delivered twice. */
    DUPLICATE_EVENT,
    /** Ingested long after it happened. */
    LATE_ARRIVAL,
    /** Ingested after an event that happened later. */
    OUT_OF_ORDER_ARRIVAL,
    /** A NULL value. */
    NULL_VALUE,
    /** A value of 0. */
    ZERO_VALUE,
    /** The largest or smallest value the events table holds. */
    EXTREME_VALUE,
    /** Entities, but no events at all. */
    EMPTY_HISTORY,
    /** A single entity with many events. */
    ONE_ENTITY_MANY_EVENTS
}
