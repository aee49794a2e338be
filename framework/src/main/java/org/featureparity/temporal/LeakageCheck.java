package org.featureparity.temporal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.Side;
import org.featureparity.contract.WindowSpec;
import org.featureparity.generate.Choices;
import org.featureparity.generate.GenerationAbandoned;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.generate.events.EventHistoryGenerator;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.pipeline.FeaturePipeline;
import org.featureparity.pipeline.PipelinePair;

/**
 * The {@code leakage} check: for sampled as-of times t (generated histories, seeded), the features are computed as
 * of t, then again with one more event after t; no value as of t may change. Both pipelines are checked, each on
 * its own: a leak is a fault of one store, not a disagreement between the two. Each sample also adds an event that
 * happened before t but arrived after it: whether a store counts it is its choice (event time or arrival time), but
 * the two stores must make the same one, so a sample where only one counts it fails the check.
 */
public final class LeakageCheck {

    /** How far after t the added event lies, in turn: one resolution, a second, an hour, a whole window. */
    private static final int OFFSETS = 4;
    private static final int LEAKS_KEPT = 10;
    private static final int GENERATION_ATTEMPTS = 10;
    private static final BigDecimal LATE_VALUE = new BigDecimal("1.00");

    private final FeatureGroupContract contract;
    private final WindowSpec window;
    private final PipelinePair pipelines;
    private final HistorySettings settings;

    /**
     * @param settings the store's resolution and history sizes; the window length and zones come from the contract
     */
    public LeakageCheck(FeatureGroupContract contract, PipelinePair pipelines, HistorySettings settings) {
        this.contract = contract;
        this.window = contract.window().orElseThrow(() -> new IllegalArgumentException("group " + contract.name()
                + " declares no window: there is no as-of time to leak past"));
        this.pipelines = pipelines;
        List<ZoneId> zones = new ArrayList<>();
        if (!window.zone().normalized().equals(ZoneOffset.UTC)) {
            zones.add(window.zone());
        }
        settings.otherZones().stream().filter(zone -> !zones.contains(zone)).forEach(zones::add);
        this.settings = new HistorySettings(window.length(), settings.resolution(), settings.firstAsOf(),
                settings.maxEntities(), settings.maxEvents(), zones, settings.maxAbsValue(), settings.valueScale(),
                settings.weights());
    }

    /** Runs {@code samples} histories (as-of times) drawn from {@code seed}: the same seed probes the same ones. */
    public LeakageResult run(long seed, int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("the leakage check needs at least one sample, was " + samples);
        }
        EventHistoryGenerator generator = new EventHistoryGenerator(settings);
        Choices choices = Choices.random(seed);
        SplittableRandom picks = new SplittableRandom(seed);
        List<Leak> leaks = new ArrayList<>();
        Set<String> leakingFeatures = new LinkedHashSet<>();
        int tried = 0;
        List<LateArrival> lateArrivals = new ArrayList<>();
        Map<Side, Integer> lateCounted = new EnumMap<>(Side.class);
        for (int sample = 0; sample < samples; sample++) {
            EventHistory history = generate(generator, choices);
            Event late = lateEvent(history, sample, picks);
            // the same history, and an event that happened before t but arrived after it
            Event arrivingLate = lateArrival(history, picks);
            Map<Side, List<Leak>> counted = new EnumMap<>(Side.class);
            for (Side side : Side.values()) {
                FeaturePipeline pipeline = side == Side.OLD ? pipelines.oldPipeline() : pipelines.newPipeline();
                // computed once, the baseline both added events are compared with
                Map<List<Object>, List<Object>> before = features(side, pipeline, history);
                for (Leak leak : changes(side, pipeline, history, before, late)) {
                    leakingFeatures.add(side.role() + ":" + leak.feature());
                    if (leaks.size() < LEAKS_KEPT) {
                        leaks.add(leak);
                    }
                }
                counted.put(side, changes(side, pipeline, history, before, arrivingLate));
                if (!counted.get(side).isEmpty()) {
                    lateCounted.merge(side, 1, Integer::sum);
                }
            }
            if (counted.get(Side.OLD).isEmpty() != counted.get(Side.NEW).isEmpty() && lateArrivals.size() < LEAKS_KEPT) {
                Leak change = counted.get(Side.OLD).isEmpty() ? counted.get(Side.NEW).get(0) : counted.get(Side.OLD).get(0);
                lateArrivals.add(new LateArrival(change.side(), change.feature(), arrivingLate, history, change.before(),
                        change.after()));
            }
            tried++;
        }
        return new LeakageResult(contract.name(), seed, tried, leaks, leakingFeatures, lateArrivals, lateCounted);
    }

    private EventHistory generate(EventHistoryGenerator generator, Choices choices) {
        GenerationAbandoned last = null;
        for (int attempt = 0; attempt < GENERATION_ATTEMPTS; attempt++) {
            try {
                return generator.generate(choices);
            } catch (GenerationAbandoned e) {
                last = e;
            }
        }
        throw new IllegalStateException("no history could be generated for the leakage check: " + last.getMessage(), last);
    }

    private Event lateEvent(EventHistory history, int sample, SplittableRandom picks) {
        Duration after = switch (sample % OFFSETS) {
            case 0 -> settings.resolution();
            case 1 -> Duration.ofSeconds(1);
            case 2 -> Duration.ofHours(1);
            default -> window.length();
        };
        long entity = history.entities().get(picks.nextInt(history.entities().size()));
        var time = history.asOf().plus(after);
        return new Event(nextEventId(history), entity, time, time, Optional.of(LATE_VALUE));
    }

    /**
     * An event well inside the window (half a window, at most an hour, before t) that arrives an hour after t:
     * a store computing as of arrival time does not count it as of t, one computing as of event time does.
     */
    private Event lateArrival(EventHistory history, SplittableRandom picks) {
        Duration before = window.length().dividedBy(2).compareTo(Duration.ofHours(1)) < 0
                ? window.length().dividedBy(2) : Duration.ofHours(1);
        long entity = history.entities().get(picks.nextInt(history.entities().size()));
        return new Event(nextEventId(history), entity, history.asOf().minus(before),
                history.asOf().plus(Duration.ofHours(1)), Optional.of(LATE_VALUE));
    }

    /** An id no event of the history has, so the added event is never taken for a duplicate delivery. */
    private static long nextEventId(EventHistory history) {
        return history.events().stream().mapToLong(Event::eventId).max().orElse(0) + 1;
    }

    private Map<List<Object>, List<Object>> features(Side side, FeaturePipeline pipeline, EventHistory history) {
        return EntityFeatures.of(pipeline.compute(history), contract, side, pipeline.name());
    }

    /** Every value as of t that differs from {@code before} once {@code late} is added to the history. */
    private List<Leak> changes(Side side, FeaturePipeline pipeline, EventHistory history,
                               Map<List<Object>, List<Object>> before, Event late) {
        List<Event> events = new ArrayList<>(history.events());
        events.add(late);
        EventHistory withLate = new EventHistory(history.asOf(), history.window(), history.zone(), history.entities(),
                events, history.edgeCases());
        Map<List<Object>, List<Object>> after = features(side, pipeline, withLate);
        Set<List<Object>> entities = new LinkedHashSet<>(before.keySet());
        entities.addAll(after.keySet());
        List<Leak> found = new ArrayList<>();
        for (List<Object> entity : entities) {
            List<Object> was = before.get(entity);
            List<Object> is = after.get(entity);
            for (int f = 0; f < contract.features().size(); f++) {
                Object a = was == null ? null : was.get(f);
                Object b = is == null ? null : is.get(f);
                if ((was == null) != (is == null) || !EntityFeatures.same(a, b)) {
                    found.add(new Leak(side, pipeline.name(), contract.features().get(f).name(), entity, late, history,
                            was == null ? "no row" : render(a), is == null ? "no row" : render(b)));
                }
            }
        }
        return found;
    }

    private static String render(Object value) {
        return value == null ? "NULL" : String.valueOf(value);
    }
}
