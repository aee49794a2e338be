package org.featureparity.temporal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.featureparity.compare.CategoryCorrection;
import org.featureparity.compare.ComparisonResult;
import org.featureparity.compare.FeatureTally;
import org.featureparity.compare.RetainedMismatch;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.contract.WindowSpec;
import org.featureparity.pipeline.FeaturePipeline;
import org.featureparity.store.FeatureStore;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.generate.events.EventHistory;

/**
 * The classifier stage of a {@code values} check between two materialized stores: the mismatching rows a feature's
 * tally retained are explained by recomputation, and the category counts and top mismatches are corrected for
 * them. Rows beyond those retained keep the category their values give, and the result says how many were
 * recomputed. An entity whose mismatch in one feature was retained but not in another cannot be reproduced as a
 * whole row, so it too keeps the categories its values give.
 */
public final class StoreMismatchEvidence {

    private StoreMismatchEvidence() {
    }

    /**
     * The stage a {@code values} check runs once per group (see {@code GroupRun.classifyMismatchesBy}): the
     * mismatching entities' events are read from the old store's declared events table, and the old pipeline
     * recomputes them.
     *
     * @param oldStore    the old store, asked only when some feature mismatches
     * @param oldPipeline the computation that produced the old store's values, as of {@code asOf}; asked only when
     *                    some feature mismatches
     * @param asOf        the time both stores' features were computed as of
     */
    public static Function<ComparisonResult, Map<String, CategoryCorrection>> stage(FeatureGroupContract contract,
            Supplier<FeatureStore> oldStore, PipelinesDeclaration.Events events, Supplier<FeaturePipeline> oldPipeline,
            Instant asOf, Duration resolution, int fetchSize) {
        WindowSpec window = contract.window().orElseThrow(() -> new IllegalArgumentException("group "
                + contract.name() + " declares no window: its features cannot be recomputed from events"));
        return comparison -> {
            List<FeatureTally> tallies = contract.features().stream().map(f -> comparison.tally(f.name()))
                    .flatMap(Optional::stream).filter(t -> t.mismatched() > 0).toList();
            if (tallies.isEmpty()) {
                return Map.of();
            }
            Set<Long> entities = new LinkedHashSet<>();
            tallies.forEach(tally -> entities.addAll(entities(contract, tally)));
            EventHistory history = StoreEvents.read(oldStore.get(), events, entities, asOf, window.length(),
                    window.zone(), fetchSize);
            // the pipeline is opened only when some feature mismatches
            MismatchExplainer explainer = new MismatchExplainer(contract, oldPipeline.get(), resolution,
                    MismatchExplainer.DEFAULT_MAX_ENTITIES);
            return reclassify(contract, tallies, explainer, history);
        };
    }

    /** The entity ids of a tally's retained mismatches, whose events the history must hold. */
    public static Set<Long> entities(FeatureGroupContract contract, FeatureTally tally) {
        Set<Long> ids = new LinkedHashSet<>();
        for (RetainedMismatch row : tally.retainedMismatches()) {
            Object key = EntityFeatures.normalizedKey(row.key().get(0));
            if (contract.entity().size() == 1 && key instanceof Long id) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Reclassifies the retained mismatches of all of a group's features at once: a cause must reproduce an
     * entity's whole new row, so the features of one entity are explained together.
     *
     * @return per feature name, its corrected categories and top mismatches
     */
    public static Map<String, CategoryCorrection> reclassify(FeatureGroupContract contract, List<FeatureTally> tallies,
                                                       MismatchExplainer explainer, EventHistory history) {
        // each tally's sample, taken once: the explanations below come back in this order
        List<List<RetainedMismatch>> retained = tallies.stream().map(FeatureTally::retainedMismatches).toList();
        List<MismatchedValue> mismatches = new ArrayList<>();
        for (int t = 0; t < tallies.size(); t++) {
            for (RetainedMismatch row : retained.get(t)) {
                mismatches.add(new MismatchedValue(row.key().subList(0, contract.entity().size()),
                        tallies.get(t).feature(), row.oldValue(), row.newValue()));
            }
        }
        List<Explanation> explanations = explainer.explain(history, mismatches);
        Map<String, CategoryCorrection> result = new LinkedHashMap<>();
        int next = 0;
        for (int t = 0; t < tallies.size(); t++) {
            List<RetainedMismatch> rows = retained.get(t);
            result.put(tallies.get(t).feature().name(), corrected(tallies.get(t), rows,
                    explanations.subList(next, next + rows.size())));
            next += rows.size();
        }
        return result;
    }

    private static CategoryCorrection corrected(FeatureTally tally, List<RetainedMismatch> rows,
                                                List<Explanation> explanations) {
        Map<MismatchCategory, Long> counts = new EnumMap<>(MismatchCategory.class);
        tally.categories().forEach((id, count) -> counts.merge(category(id), count, Long::sum));
        Map<Map<String, String>, MismatchCategory> byKey = new HashMap<>();
        long recomputed = 0;
        for (int i = 0; i < rows.size(); i++) {
            counts.merge(rows.get(i).byValue(), -1L, Long::sum);
            counts.merge(explanations.get(i).category(), 1L, Long::sum);
            byKey.put(rows.get(i).renderedKey(), explanations.get(i).category());
            recomputed += explanations.get(i).recomputed() ? 1 : 0;
        }
        Map<String, Long> categories = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<MismatchCategory, Long>comparingByValue().reversed())
                .forEach(e -> categories.put(e.getKey().id(), e.getValue()));
        List<Mismatch> top = tally.topMismatches().stream().map(m -> new Mismatch(m.key(), m.oldValue(), m.newValue(),
                m.delta(), byKey.getOrDefault(m.key(), m.category()))).toList();
        return new CategoryCorrection(categories, top, recomputed, rows.size());
    }

    private static MismatchCategory category(String id) {
        for (MismatchCategory category : MismatchCategory.values()) {
            if (category.id().equals(id)) {
                return category;
            }
        }
        throw new IllegalArgumentException("no mismatch category " + id);
    }
}
