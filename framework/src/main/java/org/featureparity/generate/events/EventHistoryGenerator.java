package org.featureparity.generate.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.featureparity.generate.Choices;
import org.featureparity.generate.Generator;

/**
 * Generates event histories biased toward the edges where old and new feature computations part ways: events on
 * and one resolution beside the window bounds, duplicates, late and out-of-order arrivals, daylight-saving
 * transitions, NULL, zero and extreme values, empty histories and one entity with many events.
 *
 * <p>Every weighted choice puts the ordinary case first, so a shrunk history keeps only the edges its failure needs:
 * the simplest history is one entity with no events, as of {@link HistorySettings#firstAsOf()} in UTC.
 */
public final class EventHistoryGenerator implements Generator<EventHistory> {

    private static final Duration ON_TIME_DELAY = Duration.ofSeconds(5);
    private static final Duration NEAR_TRANSITION = Duration.ofHours(2);
    private static final long ORDINARY_MAGNITUDE = 100_000;
    private static final int AVERAGE_EVENTS = 8;
    /** One entity with this many events counts as "many". */
    private static final int MANY_EVENTS = 20;

    private final HistorySettings settings;
    private final HistoryWeights weights;
    private final long resolutionNanos;

    public EventHistoryGenerator(HistorySettings settings) {
        this.settings = settings;
        this.weights = settings.weights();
        this.resolutionNanos = settings.resolution().toNanos();
    }

    @Override
    public EventHistory generate(Choices choices) {
        Map<EdgeCase, Integer> edges = new EnumMap<>(EdgeCase.class);
        ZoneId zone = zone(choices, edges);
        Instant asOf = asOf(choices, zone, edges);
        int shape = weighted(choices, weights.ordinaryHistory(), weights.emptyHistory(), weights.oneEntityManyEvents());
        // drawn for every shape, so the choices keep one layout and the shrinker can change the shape alone
        int drawnEntities = 1 + (int) choices.draw(settings.maxEntities() - 1);
        int entityCount = shape == 2 ? 1 : drawnEntities;
        List<Long> entities = new ArrayList<>();
        for (long id = 1; id <= entityCount; id++) {
            entities.add(id);
        }
        List<Event> events = new ArrayList<>();
        if (shape == 1) {
            tally(edges, EdgeCase.EMPTY_HISTORY);
        } else {
            EventDraws draws = new EventDraws(asOf, zone, entityCount, edges);
            // many events: a longer expected run of "more?" coins, never events forced into existence, so a
            // replay that runs out of choices ends the history instead of growing it
            double average = shape == 2 ? settings.maxEvents() * 0.75 : Math.min(settings.maxEvents(), AVERAGE_EVENTS);
            double continuing = average / (average + 1);
            while (events.size() < settings.maxEvents()) {
                // one span per event, a "more?" coin then the event, so deleting the span deletes the event
                Optional<Event> next = choices.generate(c -> c.weightedCoin(continuing)
                        ? Optional.of(c.generate(d -> draws.event(d, events))) : Optional.empty());
                if (next.isEmpty()) {
                    break;
                }
                events.add(next.get());
            }
        }
        if (events.stream().collect(Collectors.groupingBy(Event::entityId, Collectors.counting())).values().stream()
                .anyMatch(count -> count >= Math.max(2, Math.min(MANY_EVENTS, settings.maxEvents() / 2)))) {
            tally(edges, EdgeCase.ONE_ENTITY_MANY_EVENTS);
        }
        List<Event> arrived = inArrivalOrder(events, edges);
        return new EventHistory(asOf, settings.window(), zone, entities, arrived, edges);
    }

    private ZoneId zone(Choices choices, Map<EdgeCase, Integer> edges) {
        int pick = settings.otherZones().isEmpty() ? 0 : weighted(choices, weights.utcZone(), weights.otherZone());
        if (pick == 0) {
            return ZoneOffset.UTC;
        }
        tally(edges, EdgeCase.NON_UTC_ZONE);
        return settings.otherZones().get((int) choices.draw(settings.otherZones().size() - 1));
    }

    private Instant asOf(Choices choices, ZoneId zone, Map<EdgeCase, Integer> edges) {
        int kind = weighted(choices, weights.asOfUtcMidnight(), weights.asOfLocalMidnight(), weights.asOfAcrossDst());
        Instant day = settings.firstAsOf().plus(Duration.ofDays(choices.draw(365)));
        Instant asOf = day;
        if (kind == 1 && !zone.equals(ZoneOffset.UTC)) {
            asOf = LocalDate.ofInstant(day, ZoneOffset.UTC).atStartOfDay(zone).toInstant();
            tally(edges, EdgeCase.AS_OF_LOCAL_MIDNIGHT);
        } else if (kind == 2) {
            ZoneOffsetTransition transition = zone.getRules().nextTransition(day);
            if (transition != null) {
                long minutes = Math.max(1, settings.window().toMinutes());
                asOf = transition.getInstant().plus(Duration.ofMinutes(choices.draw(minutes - 1)));
            }
        }
        ZoneOffsetTransition next = zone.getRules().nextTransition(asOf.minus(settings.window()));
        if (next != null && !next.getInstant().isAfter(asOf)) {
            tally(edges, EdgeCase.WINDOW_SPANS_DST_TRANSITION);
        }
        return asOf;
    }

    /** Sorts by ingestion time (stable), the order a store receives events in, and tallies out-of-order arrivals. */
    private static List<Event> inArrivalOrder(List<Event> events, Map<EdgeCase, Integer> edges) {
        List<Event> arrived = new ArrayList<>(events);
        arrived.sort(Comparator.comparing(Event::ingestedAt));
        Instant latest = Instant.MIN;
        for (Event event : arrived) {
            if (event.eventTime().isBefore(latest)) {
                tally(edges, EdgeCase.OUT_OF_ORDER_ARRIVAL);
            }
            latest = event.eventTime().isAfter(latest) ? event.eventTime() : latest;
        }
        return arrived;
    }

    private static int weighted(Choices choices, int... weights) {
        return choices.drawWeighted(weights);
    }

    private static void tally(Map<EdgeCase, Integer> edges, EdgeCase edge) {
        edges.merge(edge, 1, Integer::sum);
    }

    /** Draws single events for one history, whose as-of time, zone and entities are already fixed. */
    private final class EventDraws {

        private final Instant asOf;
        private final ZoneId zone;
        private final int entityCount;
        private final Map<EdgeCase, Integer> edges;

        EventDraws(Instant asOf, ZoneId zone, int entityCount, Map<EdgeCase, Integer> edges) {
            this.asOf = asOf;
            this.zone = zone;
            this.entityCount = entityCount;
            this.edges = edges;
        }

        Event event(Choices choices, List<Event> earlier) {
            int kind = weighted(choices, weights.freshEvent(), weights.duplicateEvent());
            if (kind == 1 && !earlier.isEmpty()) {
                Event original = earlier.get((int) choices.draw(earlier.size() - 1));
                tally(edges, EdgeCase.DUPLICATE_EVENT);
                return new Event(original.eventId(), original.entityId(), original.eventTime(),
                        arrival(choices, original.eventTime()), original.value());
            }
            long id = earlier.stream().mapToLong(Event::eventId).max().orElse(0) + 1;
            long entity = 1 + choices.draw(entityCount - 1);
            Instant time = time(choices);
            Optional<BigDecimal> value = value(choices);
            return new Event(id, entity, time, arrival(choices, time), value);
        }

        private Instant time(Choices choices) {
            Instant start = asOf.minus(settings.window());
            switch (weighted(choices, weights.ordinaryTime(), weights.atWindowStart(), weights.besideWindowStart(),
                    weights.atAsOf(), weights.besideAsOf(), weights.afterAsOf(), weights.nearDstTransition())) {
                case 1 -> {
                    tally(edges, EdgeCase.EVENT_AT_WINDOW_START);
                    return start;
                }
                case 2 -> {
                    tally(edges, EdgeCase.EVENT_BESIDE_WINDOW_START);
                    return choices.draw(1) == 0 ? steps(start, 1) : steps(start, -1);
                }
                case 3 -> {
                    tally(edges, EdgeCase.EVENT_AT_AS_OF);
                    return asOf;
                }
                case 4 -> {
                    tally(edges, EdgeCase.EVENT_BESIDE_AS_OF);
                    return choices.draw(1) == 0 ? steps(asOf, -1) : steps(asOf, 1);
                }
                case 5 -> {
                    tally(edges, EdgeCase.EVENT_AFTER_AS_OF);
                    return steps(asOf, 1 + choices.draw(count(settings.window().dividedBy(4))));
                }
                case 6 -> {
                    Optional<Instant> transition = transitionNear(asOf);
                    if (transition.isPresent()) {
                        tally(edges, EdgeCase.EVENT_NEAR_DST_TRANSITION);
                        long seconds = choices.draw(2 * NEAR_TRANSITION.toSeconds());
                        return transition.get().minus(NEAR_TRANSITION).plusSeconds(seconds);
                    }
                    return ordinary(choices);
                }
                default -> {
                    return ordinary(choices);
                }
            }
        }

        /** Before t, from one resolution to one and a half windows back: mostly inside the window. */
        private Instant ordinary(Choices choices) {
            return steps(asOf, -1 - choices.draw(count(settings.window().multipliedBy(3).dividedBy(2))));
        }

        private Optional<Instant> transitionNear(Instant at) {
            Instant from = at.minus(settings.window().multipliedBy(2));
            ZoneOffsetTransition next = zone.getRules().nextTransition(from);
            if (next != null && next.getInstant().isBefore(at.plus(settings.window()))) {
                return Optional.of(next.getInstant());
            }
            return Optional.empty();
        }

        private Instant arrival(Choices choices, Instant time) {
            if (weighted(choices, weights.onTime(), weights.late()) == 1) {
                tally(edges, EdgeCase.LATE_ARRIVAL);
                return steps(time.plus(settings.window().dividedBy(2)), choices.draw(count(settings.window())));
            }
            return steps(time, choices.draw(count(ON_TIME_DELAY)));
        }

        private Optional<BigDecimal> value(Choices choices) {
            BigDecimal max = settings.maxAbsValue();
            switch (weighted(choices, weights.ordinaryValue(), weights.nullValue(), weights.zeroValue(),
                    weights.extremeValue())) {
                case 1 -> {
                    tally(edges, EdgeCase.NULL_VALUE);
                    return Optional.empty();
                }
                case 2 -> {
                    tally(edges, EdgeCase.ZERO_VALUE);
                    return Optional.of(BigDecimal.ZERO.setScale(settings.valueScale()));
                }
                case 3 -> {
                    tally(edges, EdgeCase.EXTREME_VALUE);
                    return Optional.of(choices.draw(1) == 0 ? max : max.negate());
                }
                default -> {
                    long bound = BigDecimal.valueOf(ORDINARY_MAGNITUDE).min(max)
                            .movePointRight(settings.valueScale()).setScale(0, RoundingMode.DOWN).longValueExact();
                    boolean negative = choices.draw(1) == 1;
                    long unscaled = choices.draw(bound);
                    return Optional.of(BigDecimal.valueOf(negative ? -unscaled : unscaled, settings.valueScale()));
                }
            }
        }
    }

    /** How many resolution steps fit in a duration. */
    private long count(Duration duration) {
        return Math.max(0, duration.toNanos() / resolutionNanos);
    }

    private Instant steps(Instant from, long steps) {
        return from.plusNanos(Math.multiplyExact(steps, resolutionNanos));
    }
}
