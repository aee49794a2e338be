package org.featureparity.temporal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;

/**
 * A candidate cause of a mismatch, as a change to the history: if the reference pipeline computes the new values of
 * an entity on the changed history, the cause is shown. Window-boundary variants move events by one resolution, so times they
 * compute may differ from the new value by that much ({@code timeAllowance}).
 */
record HistoryVariant(MismatchCategory category, String description, Duration timeAllowance,
                      UnaryOperator<EventHistory> change, Duration shift) {

    /** The history changed, and the entities whose events the change touched. */
    Applied apply(EventHistory history) {
        EventHistory changed = change.apply(history);
        Set<Long> affected = new LinkedHashSet<>();
        {
            // per entity, as lists: a dropped duplicate delivery equals the one kept, so sets would not see it
            Map<Long, List<Event>> before = byEntity(history);
            Map<Long, List<Event>> after = byEntity(changed);
            for (Long entity : history.entities()) {
                if (!before.getOrDefault(entity, List.of()).equals(after.getOrDefault(entity, List.of()))) {
                    affected.add(entity);
                }
            }
        }
        return new Applied(changed, affected);
    }

    private static Map<Long, List<Event>> byEntity(EventHistory history) {
        Map<Long, List<Event>> events = new HashMap<>();
        history.events().forEach(e -> events.computeIfAbsent(e.entityId(), k -> new ArrayList<>()).add(e));
        return events;
    }

    record Applied(EventHistory history, Set<Long> affected) {
    }

    /** Events exactly on one end of the window moved by {@code step}. */
    static HistoryVariant nudge(boolean start, Duration step, Duration resolution) {
        String end = start ? "t - length" : "t";
        String where = step.isNegative() ? "one resolution earlier" : "one resolution later";
        return new HistoryVariant(MismatchCategory.WINDOW_BOUNDARY,
                "events exactly at " + end + " moved " + where + " (" + (start ? "window start" : "window end")
                        + " bound differs)", resolution.abs(), history -> {
                    Instant bound = start ? history.windowStart() : history.asOf();
                    return withEvents(history, history.events().stream()
                            .map(e -> e.eventTime().equals(bound) ? moved(e, step) : e).toList());
                }, Duration.ZERO);
    }

    /** Every delivery of an event id after the first dropped, in arrival order. */
    static HistoryVariant duplicatesRemoved() {
        return new HistoryVariant(MismatchCategory.DUPLICATE_EVENTS, "duplicate deliveries of an event id removed",
                Duration.ZERO, history -> {
                    Set<Long> seen = new HashSet<>();
                    return withEvents(history, history.events().stream().filter(e -> seen.add(e.eventId())).toList());
                }, Duration.ZERO);
    }

    /** Every delivery of an event id after the first given an id of its own, so it counts as another event. */
    static HistoryVariant duplicatesKept() {
        return new HistoryVariant(MismatchCategory.DUPLICATE_EVENTS,
                "duplicate deliveries of an event id kept as distinct events", Duration.ZERO, history -> {
                    long next = history.events().stream().mapToLong(Event::eventId).max().orElse(0) + 1;
                    Set<Long> seen = new HashSet<>();
                    List<Event> events = new ArrayList<>();
                    for (Event e : history.events()) {
                        events.add(seen.add(e.eventId()) ? e
                                : new Event(next++, e.entityId(), e.eventTime(), e.ingestedAt(), e.value()));
                    }
                    return withEvents(history, events);
                }, Duration.ZERO);
    }

    /**
     * Every event time shifted by {@code offset}: timestamps written or read in a zone that far off. For which
     * events fall in the window this is the same as the as-of time shifted by {@code -offset} (a feature clock set
     * in the wrong zone); the two differ only in the times computed, by {@code offset}, which the explainer tells
     * apart from the one run.
     */
    static HistoryVariant eventsShifted(Duration offset) {
        return new HistoryVariant(MismatchCategory.TIMEZONE_SHIFT, "event times shifted by " + offset
                + " (read in a zone that far off)", Duration.ZERO, history -> withEvents(history, history.events()
                .stream().map(e -> moved(e, offset)).toList()), offset);
    }

    private static Event moved(Event event, Duration step) {
        return new Event(event.eventId(), event.entityId(), event.eventTime().plus(step), event.ingestedAt().plus(step),
                event.value());
    }

    private static EventHistory withEvents(EventHistory history, List<Event> events) {
        return new EventHistory(history.asOf(), history.window(), history.zone(), history.entities(), events,
                history.edgeCases());
    }
}
