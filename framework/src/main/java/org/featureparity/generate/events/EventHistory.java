package org.featureparity.generate.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The raw events features are computed from, as of a point in time: the entities that exist, their events in
 * ingestion order, the window and the zone the features are defined in, and which edge cases this history contains.
 */
public record EventHistory(
        Instant asOf,
        Duration window,
        ZoneId zone,
        List<Long> entities,
        List<Event> events,
        Map<EdgeCase, Integer> edgeCases) {

    public EventHistory {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        edgeCases = edgeCases.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(edgeCases));
    }

    /** The first instant of the window: {@code asOf - window}. */
    public Instant windowStart() {
        return asOf.minus(window);
    }
}
