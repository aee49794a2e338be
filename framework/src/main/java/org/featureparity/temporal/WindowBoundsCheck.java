package org.featureparity.temporal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.Side;
import org.featureparity.contract.WindowSpec;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.pipeline.FeaturePipeline;
import org.featureparity.pipeline.PipelinePair;

/**
 * The {@code window-bounds} check: single-event histories on each end of the window and one store resolution either
 * side of it, as of t in UTC and in the contract's zone, run through both pipelines. Whether each event counted
 * (the features differ from those of the empty history) shows which bounds each pipeline implements; a side whose
 * bounds differ from the contract's fails, naming the side and the end.
 */
public final class WindowBoundsCheck {

    /** The as-of time probed by default: a fixed instant, so the check is deterministic. */
    public static final Instant DEFAULT_AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    /** PostgreSQL's timestamp resolution. */
    public static final Duration POSTGRES_RESOLUTION = Duration.ofNanos(1_000);

    static final long PROBE_ENTITY = 1L;
    private static final BigDecimal PROBE_VALUE = new BigDecimal("1.00");

    private final FeatureGroupContract contract;
    private final WindowSpec window;
    private final PipelinePair pipelines;
    private final Duration resolution;
    private final Instant asOf;

    public WindowBoundsCheck(FeatureGroupContract contract, PipelinePair pipelines, Duration resolution, Instant asOf) {
        this.contract = contract;
        this.window = contract.window().orElseThrow(() -> new IllegalArgumentException("group " + contract.name()
                + " declares no window: there are no bounds to probe"));
        if (contract.entity().size() != 1) {
            throw new IllegalArgumentException("group " + contract.name() + ": window-bounds probes need a single "
                    + "entity column, the contract declares " + contract.entity());
        }
        if (resolution.isZero() || resolution.isNegative()) {
            throw new IllegalArgumentException("the store resolution must be positive, was " + resolution);
        }
        this.pipelines = pipelines;
        this.resolution = resolution;
        this.asOf = asOf;
    }

    public WindowBoundsResult run() {
        List<BoundsProbe> probes = new ArrayList<>();
        Map<Side, ImplementedBounds> implemented = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            implemented.put(side, probe(side, probes));
        }
        return new WindowBoundsResult(contract.name(), window.bounds(), implemented, probes, resolution);
    }

    /** The zones probed: UTC, and the contract's zone when it is another one. */
    List<ZoneId> zones() {
        Set<ZoneId> zones = new LinkedHashSet<>();
        zones.add(ZoneOffset.UTC);
        if (!window.zone().normalized().equals(ZoneOffset.UTC)) {
            zones.add(window.zone());
        }
        return List.copyOf(zones);
    }

    /** The as-of time probed in a zone: t in UTC, the local midnight of the same date elsewhere. */
    Instant asOfIn(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return asOf;
        }
        return asOf.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(zone).toInstant();
    }

    private ImplementedBounds probe(Side side, List<BoundsProbe> probes) {
        FeaturePipeline pipeline = side == Side.OLD ? pipelines.oldPipeline() : pipelines.newPipeline();
        List<String> undecided = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<Bounds> seen = new LinkedHashSet<>();
        for (ZoneId zone : zones()) {
            Instant t = asOfIn(zone);
            String where = "as of " + t + " in " + zoneName(zone);
            Optional<List<Object>> empty = features(side, pipeline, history(t, zone, List.of()));
            Map<ProbePosition, Boolean> counted = new EnumMap<>(ProbePosition.class);
            for (ProbePosition position : ProbePosition.values()) {
                Instant eventTime = position.eventTime(t, window.length(), resolution);
                Event event = new Event(1, PROBE_ENTITY, eventTime, eventTime, Optional.of(PROBE_VALUE));
                Optional<List<Object>> with = features(side, pipeline, history(t, zone, List.of(event)));
                boolean differs = !EntityFeatures.same(empty.orElse(null), with.orElse(null));
                counted.put(position, differs);
                probes.add(new BoundsProbe(side, zone, t, position.label(), eventTime, differs,
                        with.map(String::valueOf).orElse("no row")));
            }
            if (!counted.get(ProbePosition.AFTER_START) || !counted.get(ProbePosition.BEFORE_END)) {
                undecided.add("the features do not react to an event " + (counted.get(ProbePosition.AFTER_START)
                        ? "just before t" : "just after t - length") + " (inside the window), " + where
                        + ": the probes cannot tell which bounds the window has");
                continue;
            }
            if (counted.get(ProbePosition.BEFORE_START)) {
                problems.add("window start: counts an event one resolution before t - length, " + where
                        + " (the window starts earlier than the contract's " + window.length() + ")");
            }
            if (counted.get(ProbePosition.AFTER_END)) {
                problems.add("window end: counts an event one resolution after t, " + where
                        + " (the window does not end at the as-of time)");
            }
            seen.add(of(counted.get(ProbePosition.AT_START), counted.get(ProbePosition.AT_END)));
        }
        if (seen.size() > 1) {
            problems.add("the bounds depend on the session zone: " + seen.stream().map(Bounds::spelling).toList()
                    + " in " + zones().stream().map(WindowBoundsCheck::zoneName).toList());
        }
        Optional<Bounds> bounds = undecided.isEmpty() && seen.size() == 1 ? Optional.of(seen.iterator().next())
                : Optional.empty();
        return new ImplementedBounds(side, bounds, undecided, problems);
    }

    private Optional<List<Object>> features(Side side, FeaturePipeline pipeline, EventHistory history) {
        return Optional.ofNullable(EntityFeatures.of(pipeline.compute(history), contract, side, pipeline.name())
                .get(List.of(PROBE_ENTITY)));
    }

    private EventHistory history(Instant t, ZoneId zone, List<Event> events) {
        return new EventHistory(t, window.length(), zone, List.of(PROBE_ENTITY), events, Map.of());
    }

    static Bounds of(boolean startIncluded, boolean endIncluded) {
        for (Bounds bounds : Bounds.values()) {
            if (bounds.startIncluded() == startIncluded && bounds.endIncluded() == endIncluded) {
                return bounds;
            }
        }
        throw new IllegalStateException("every pair of inclusions is a Bounds");
    }

    static String zoneName(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
