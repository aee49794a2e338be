package org.featureparity.temporal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.featureparity.compare.FeatureComparison;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.pipeline.FeaturePipeline;

/**
 * Classifies mismatches by evidence: the reference (old) pipeline is run on the history with one candidate cause
 * applied at a time; an entity whose new row it then computes (the new value of every mismatching feature, the old
 * value of every other) has its mismatches explained by that cause. Candidates, in order:
 * events exactly on a window end moved by one resolution (window-boundary), duplicate deliveries removed or kept
 * as distinct events (duplicate-events), event times or the as-of time shifted by a zone offset (timezone-shift;
 * not tried for entities whose values already show null-handling, precision or type-coercion).
 * A mismatch no candidate explains, or whose old value the reference does not reproduce on the unchanged history,
 * is classified from its two values alone (null-handling, precision, type-coercion, timezone-shift of timestamps,
 * other), and says so.
 *
 * <p>Each candidate runs once, on the events of the entities it can still explain, so the cost is one pipeline run
 * per candidate over at most {@code maxEntities} entities, not one per mismatch.
 */
public final class MismatchExplainer {

    /** Entities recomputed per call by default; mismatches of further entities are classified by value. */
    public static final int DEFAULT_MAX_ENTITIES = 10_000;
    /** Entities every zone offset is tried on before the supported offsets are run on the rest. */
    static final int ZONE_PROBE = 64;
    private static final Duration LARGEST_ZONE_OFFSET = Duration.ofHours(18);

    private final FeatureGroupContract contract;
    private final FeaturePipeline reference;
    private final Duration resolution;
    private final int maxEntities;

    /**
     * @param reference the pipeline that computes the old store's values (the contract's old pipeline)
     * @param resolution the store's timestamp resolution, the step of the window-boundary candidates
     */
    public MismatchExplainer(FeatureGroupContract contract, FeaturePipeline reference, Duration resolution,
                             int maxEntities) {
        if (contract.entity().size() != 1) {
            throw new IllegalArgumentException("group " + contract.name() + ": recomputation needs a single entity "
                    + "column, the contract declares " + contract.entity());
        }
        this.contract = contract;
        this.reference = reference;
        this.resolution = resolution;
        this.maxEntities = maxEntities;
    }

    /** One explanation per mismatch, in the order given. */
    public List<Explanation> explain(EventHistory history, List<MismatchedValue> mismatches) {
        Explanation[] explained = new Explanation[mismatches.size()];
        ValueShapes shapes = ValueShapes.of(mismatches);
        Set<Long> known = new HashSet<>(history.entities());
        // the mismatches of each entity, recomputed together: a cause must explain an entity's whole row
        Map<Long, List<Integer>> byEntity = new LinkedHashMap<>();
        for (int i = 0; i < mismatches.size(); i++) {
            Long entity = entityId(mismatches.get(i));
            if (entity != null && known.contains(entity)
                    && (byEntity.containsKey(entity) || byEntity.size() < maxEntities)) {
                byEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(i);
            }
        }
        Map<List<Object>, List<Object>> base = byEntity.isEmpty() ? Map.of()
                : features(restrict(history, byEntity.keySet()));
        Map<Long, List<Integer>> pending = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Integer>> entity : byEntity.entrySet()) {
            boolean reproduced = true;
            for (int i : entity.getValue()) {
                MismatchedValue mismatch = mismatches.get(i);
                Object computed = value(base, entity.getKey(), mismatch.feature());
                if (!FeatureComparison.agrees(mismatch.feature(), mismatch.oldValue(), computed)) {
                    reproduced = false;
                    explained[i] = byValue(mismatch, shapes, "the old pipeline does not reproduce the old value "
                            + render(mismatch.oldValue()) + " (it computes " + render(computed) + ")");
                }
            }
            if (reproduced) {
                pending.put(entity.getKey(), entity.getValue());
            }
        }
        Set<Long> shownByValues = new HashSet<>();
        pending.forEach((entity, indices) -> {
            if (shownByValues(indices, mismatches, shapes)) {
                shownByValues.add(entity);
            }
        });
        Map<Long, HistoryVariant> causes = new LinkedHashMap<>();
        Map<Long, List<Integer>> explainedIndices = new LinkedHashMap<>();
        List<HistoryVariant> candidates = candidates(history);
        List<HistoryVariant> zoneShifts = candidates.stream()
                .filter(v -> v.category() == MismatchCategory.TIMEZONE_SHIFT).toList();
        for (HistoryVariant variant : candidates) {
            if (variant.category() != MismatchCategory.TIMEZONE_SHIFT) {
                tryCause(variant, pending.keySet(), pending, causes, explainedIndices, mismatches, base, history, explained);
            }
        }
        Set<Long> shiftable = new TreeSet<>(pending.keySet());
        shiftable.removeAll(shownByValues);
        tryZoneShifts(zoneShifts, shiftable, pending, causes, explainedIndices, mismatches, base, history, explained);
        preferTheCauseOfMostEntities(causes, explainedIndices, mismatches, base, history, explained);
        List<Explanation> result = new ArrayList<>(mismatches.size());
        for (int i = 0; i < mismatches.size(); i++) {
            if (explained[i] == null) {
                MismatchedValue mismatch = mismatches.get(i);
                Long entity = entityId(mismatch);
                String why = entity != null && pending.containsKey(entity) ? "no candidate cause reproduces the new values"
                        : entity != null && known.contains(entity) ? "not recomputed (beyond the first " + maxEntities
                        + " entities)" : "not recomputed (no events of this entity)";
                explained[i] = byValue(mismatch, shapes, why);
            }
            result.add(explained[i]);
        }
        return result;
    }

    /** Runs one candidate on those of {@code entities} still pending and records the entities it explains. */
    private int tryCause(HistoryVariant variant, Set<Long> entities, Map<Long, List<Integer>> pending,
                         Map<Long, HistoryVariant> causes, Map<Long, List<Integer>> explainedIndices,
                         List<MismatchedValue> mismatches, Map<List<Object>, List<Object>> base, EventHistory history,
                         Explanation[] explained) {
        Set<Long> stillPending = new TreeSet<>(entities);
        stillPending.retainAll(pending.keySet());
        List<Long> shown = explainedBy(variant, stillPending, pending, mismatches, base, history, explained);
        for (Long entity : shown) {
            causes.put(entity, variant);
            explainedIndices.put(entity, pending.remove(entity));
        }
        return shown.size();
    }

    /**
     * The zone shifts, some seventy offsets, each of which moves every entity's events: run on all entities one
     * after the other, the right offset would come after a dozen full recomputations. So every offset is first
     * run on a probe of {@link #ZONE_PROBE} entities, and only the offsets that explain some probe entity are run
     * on the rest, best supported first; the others only on what is left when that is no more than a probe.
     */
    private void tryZoneShifts(List<HistoryVariant> shifts, Set<Long> shiftable, Map<Long, List<Integer>> pending,
                               Map<Long, HistoryVariant> causes, Map<Long, List<Integer>> explainedIndices,
                               List<MismatchedValue> mismatches, Map<List<Object>, List<Object>> base,
                               EventHistory history, Explanation[] explained) {
        if (shiftable.size() <= ZONE_PROBE) {
            for (HistoryVariant shift : shifts) {
                tryCause(shift, shiftable, pending, causes, explainedIndices, mismatches, base, history, explained);
            }
            return;
        }
        Set<Long> probe = shiftable.stream().limit(ZONE_PROBE).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        Map<HistoryVariant, Integer> support = new java.util.IdentityHashMap<>();
        for (HistoryVariant shift : shifts) {
            int shown = tryCause(shift, probe, pending, causes, explainedIndices, mismatches, base, history, explained);
            if (shown > 0) {
                support.put(shift, shown);
            }
        }
        List<HistoryVariant> supported = new ArrayList<>(support.keySet());
        supported.sort(Comparator.comparing(support::get).reversed());
        for (HistoryVariant shift : supported) {
            tryCause(shift, shiftable, pending, causes, explainedIndices, mismatches, base, history, explained);
        }
        Set<Long> left = new TreeSet<>(shiftable);
        left.retainAll(pending.keySet());
        left.removeAll(probe);
        if (!left.isEmpty() && left.size() <= ZONE_PROBE) {
            for (HistoryVariant shift : shifts) {
                if (!support.containsKey(shift)) {
                    tryCause(shift, left, pending, causes, explainedIndices, mismatches, base, history, explained);
                }
            }
        }
    }

    /**
     * Runs one candidate on the given entities and records an explanation for each whose whole new row it gives.
     *
     * @return the entities it explains
     */
    private List<Long> explainedBy(HistoryVariant variant, Set<Long> entities, Map<Long, List<Integer>> indicesOf,
                                   List<MismatchedValue> mismatches, Map<List<Object>, List<Object>> base,
                                   EventHistory history, Explanation[] explained) {
        if (entities.isEmpty()) {
            return List.of();
        }
        HistoryVariant.Applied applied = variant.apply(restrict(history, entities));
        if (applied.affected().isEmpty()) {
            return List.of();
        }
        Map<List<Object>, List<Object>> changed = features(restrict(applied.history(), applied.affected()));
        List<Long> explainedEntities = new ArrayList<>();
        for (Long entity : applied.affected()) {
            List<Integer> indices = indicesOf.get(entity);
            Optional<String> how = explains(variant, entity, indices, mismatches, base, changed);
            if (how.isPresent()) {
                for (int i : indices) {
                    explained[i] = new Explanation(variant.category(), true, "the old pipeline computes the new "
                            + "value " + render(mismatches.get(i).newValue()) + " with " + how.get());
                }
                explainedEntities.add(entity);
            }
        }
        return explainedEntities;
    }

    /**
     * An entity two causes explain (an event at t counts in a window that ends later, or at an inclusive end)
     * is given the cause that explains the most entities of the group: one cause for the whole difference is the
     * simpler account. Each better supported cause runs once more, on the entities of the less supported ones.
     */
    private void preferTheCauseOfMostEntities(Map<Long, HistoryVariant> causes, Map<Long, List<Integer>> indices,
                                              List<MismatchedValue> mismatches, Map<List<Object>, List<Object>> base,
                                              EventHistory history, Explanation[] explained) {
        Map<HistoryVariant, Long> support = new java.util.IdentityHashMap<>();
        causes.values().forEach(variant -> support.merge(variant, 1L, Long::sum));
        List<HistoryVariant> bySupport = new ArrayList<>(support.keySet());
        bySupport.sort(Comparator.comparing(support::get).reversed());
        for (HistoryVariant better : bySupport) {
            long strength = support.get(better);
            Set<Long> weaker = new TreeSet<>();
            causes.forEach((entity, variant) -> {
                if (support.get(variant) < strength) {
                    weaker.add(entity);
                }
            });
            for (Long entity : explainedBy(better, weaker, indices, mismatches, base, history, explained)) {
                causes.put(entity, better);
            }
        }
    }

    /**
     * Whether the changed history gives the entity's new row: every mismatching feature its new value, every other
     * feature its old one. A zone shift of the events is also read as the clock shifted the other way, which moves
     * the same events in and out of the window but leaves the times computed unshifted.
     */
    private Optional<String> explains(HistoryVariant variant, Long entity, List<Integer> indices,
                                      List<MismatchedValue> mismatches, Map<List<Object>, List<Object>> base,
                                      Map<List<Object>, List<Object>> changed) {
        if (rowMatches(entity, indices, mismatches, base, changed, Duration.ZERO, variant.timeAllowance())) {
            return Optional.of(variant.description());
        }
        if (!variant.shift().isZero() && rowMatches(entity, indices, mismatches, base, changed, variant.shift(),
                Duration.ZERO)) {
            return Optional.of("the as-of time shifted by " + variant.shift().negated()
                    + " (the feature clock set in a zone that far off)");
        }
        return Optional.empty();
    }

    private boolean rowMatches(Long entity, List<Integer> indices, List<MismatchedValue> mismatches,
                               Map<List<Object>, List<Object>> base, Map<List<Object>, List<Object>> changed,
                               Duration timeShift, Duration allowance) {
        Map<FeatureSpec, Object> expected = new HashMap<>();
        for (FeatureSpec feature : contract.features()) {
            expected.put(feature, value(base, entity, feature));
        }
        for (int i : indices) {
            expected.put(mismatches.get(i).feature(), mismatches.get(i).newValue());
        }
        for (FeatureSpec feature : contract.features()) {
            Object recomputed = unshifted(value(changed, entity, feature), timeShift);
            if (!agreesWithin(feature, recomputed, expected.get(feature), allowance)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the values alone already show an entity's cause (NULL against a value, float noise, a cast): such an
     * entity is not run through the zone shifts, which recompute every entity and could only match by chance.
     */
    private static boolean shownByValues(List<Integer> indices, List<MismatchedValue> mismatches, ValueShapes shapes) {
        return indices.stream().map(mismatches::get).allMatch(m -> {
            MismatchCategory byValue = byValue(m, shapes, "").category();
            return byValue == MismatchCategory.NULL_HANDLING || byValue == MismatchCategory.PRECISION
                    || byValue == MismatchCategory.TYPE_COERCION;
        });
    }

    /** Counts per category id, largest first. */
    public static Map<String, Long> categories(List<Explanation> explanations) {
        Map<MismatchCategory, Long> counts = new java.util.EnumMap<>(MismatchCategory.class);
        explanations.forEach(e -> counts.merge(e.category(), 1L, Long::sum));
        Map<String, Long> byId = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<MismatchCategory, Long>comparingByValue().reversed())
                .forEach(e -> byId.put(e.getKey().id(), e.getValue()));
        return byId;
    }

    /** The candidate causes for a history, in the order they are tried. */
    List<HistoryVariant> candidates(EventHistory history) {
        List<HistoryVariant> variants = new ArrayList<>();
        variants.add(HistoryVariant.nudge(false, resolution.negated(), resolution));
        variants.add(HistoryVariant.nudge(false, resolution, resolution));
        variants.add(HistoryVariant.nudge(true, resolution.negated(), resolution));
        variants.add(HistoryVariant.nudge(true, resolution, resolution));
        variants.add(HistoryVariant.duplicatesRemoved());
        variants.add(HistoryVariant.duplicatesKept());
        for (Duration offset : zoneShifts(history.zone(), history.asOf())) {
            variants.add(HistoryVariant.eventsShifted(offset));
        }
        return variants;
    }

    /**
     * The shifts a zone mix-up can cause as of t: every zone's offset from UTC and from the history's zone, either
     * sign; the history zone's own offset first, then by size.
     */
    static List<Duration> zoneShifts(ZoneId zone, Instant asOf) {
        Duration own = Duration.ofSeconds(zone.getRules().getOffset(asOf).getTotalSeconds());
        Set<Duration> shifts = new TreeSet<>(Comparator.comparing(Duration::abs).thenComparing(Comparator.naturalOrder()));
        for (String id : ZoneId.getAvailableZoneIds()) {
            Duration offset = Duration.ofSeconds(ZoneId.of(id).getRules().getOffset(asOf).getTotalSeconds());
            for (Duration shift : List.of(offset, offset.negated(), offset.minus(own), own.minus(offset))) {
                if (!shift.isZero() && shift.abs().compareTo(LARGEST_ZONE_OFFSET) <= 0) {
                    shifts.add(shift);
                }
            }
        }
        List<Duration> ordered = new ArrayList<>();
        if (!own.isZero()) {
            ordered.add(own);
            ordered.add(own.negated());
        }
        shifts.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        return ordered;
    }

    private Map<List<Object>, List<Object>> features(EventHistory history) {
        return EntityFeatures.of(reference.compute(history), contract, Side.OLD, reference.name());
    }

    private Object value(Map<List<Object>, List<Object>> rows, Long entity, FeatureSpec feature) {
        List<Object> row = rows.get(List.of(entity));
        return row == null ? null : row.get(contract.features().indexOf(feature));
    }

    private static EventHistory restrict(EventHistory history, Set<Long> entities) {
        List<Event> events = history.events().stream().filter(e -> entities.contains(e.entityId())).toList();
        List<Long> kept = history.entities().stream().filter(entities::contains).toList();
        return new EventHistory(history.asOf(), history.window(), history.zone(), kept, events, history.edgeCases());
    }

    private static Long entityId(MismatchedValue mismatch) {
        Object key = EntityFeatures.normalizedKey(mismatch.entity().get(0));
        return key instanceof Long id ? id : null;
    }

    private static boolean agreesWithin(FeatureSpec feature, Object recomputed, Object newValue, Duration allowance) {
        if (FeatureComparison.agrees(feature, recomputed, newValue)) {
            return true;
        }
        if (allowance.isZero() || recomputed == null || newValue == null) {
            return false;
        }
        Instant a = instant(recomputed);
        Instant b = instant(newValue);
        return a != null && b != null && Duration.between(a, b).abs().compareTo(allowance) <= 0;
    }

    private static Object unshifted(Object value, Duration shift) {
        if (shift.isZero() || value == null) {
            return value;
        }
        if (value instanceof Instant instant) {
            return instant.minus(shift);
        }
        if (value instanceof LocalDateTime local) {
            return local.minus(shift);
        }
        return value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    /**
     * The category the two values show. An integer against a fraction is a cast only when that side's values of
     * the feature are integers in every mismatch: one total that happens to be whole is no evidence of a cast. When
     * that side's values have at most k decimals, the whole one was rounded to k like the others.
     */
    private static Explanation byValue(MismatchedValue mismatch, ValueShapes shapes, String why) {
        MismatchCategory category = FeatureComparison.classifyByValue(mismatch.feature(), mismatch.oldValue(),
                mismatch.newValue());
        if (category == MismatchCategory.TYPE_COERCION && mismatch.oldValue() instanceof Number a
                && mismatch.newValue() instanceof Number b && ValueShapes.whole(a) != ValueShapes.whole(b)) {
            boolean oldSide = ValueShapes.whole(a);
            if (!shapes.allWhole(mismatch.feature(), oldSide)) {
                int decimals = shapes.largestScale(mismatch.feature(), oldSide);
                BigDecimal whole = new BigDecimal((oldSide ? a : b).toString());
                BigDecimal fraction = new BigDecimal((oldSide ? b : a).toString());
                if (decimals > 0 && roundsTo(fraction, decimals, whole)) {
                    category = MismatchCategory.PRECISION;
                    why = why + "; that side has at most " + decimals + " decimals in the feature's mismatches: "
                            + "rounded to " + decimals + ", not cast to an integer";
                } else {
                    category = MismatchCategory.OTHER;
                    why = why + "; one side is whole here, but not in the feature's other mismatches, so no cast is shown";
                }
            }
        }
        return new Explanation(category, false, "classified from the values alone: " + why);
    }

    private static boolean roundsTo(BigDecimal value, int decimals, BigDecimal rounded) {
        return value.setScale(decimals, java.math.RoundingMode.HALF_UP).compareTo(rounded) == 0
                || value.setScale(decimals, java.math.RoundingMode.HALF_EVEN).compareTo(rounded) == 0;
    }

    private static String render(Object value) {
        return value == null ? "NULL" : String.valueOf(value);
    }
}
