package org.featureparity.temporal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.featureparity.compare.FeatureComparison;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.pipeline.Counterexample;
import org.featureparity.pipeline.PipelinePair;

/**
 * Names the cause of each disagreement in a shrunk counterexample of the equivalence property, by the same
 * recomputation as a values check between stores: the old pipeline is run on the counterexample's history with one
 * candidate cause applied at a time (an event nudged off a window end, duplicates kept or removed, times shifted by
 * a zone offset), and a cause that makes it compute the new pipeline's row explains that entity's disagreements.
 * A group keyed by several columns cannot be recomputed per entity; its disagreements are named by their values.
 */
public final class CounterexampleCauses {

    private CounterexampleCauses() {
    }

    /** The explanation of every value disagreement, and their counts per category. */
    public record Causes(List<MismatchedValue> mismatches, List<Explanation> explanations, Map<String, Long> categories) {

        public Causes {
            mismatches = List.copyOf(mismatches);
            explanations = List.copyOf(explanations);
            categories = Map.copyOf(categories);
        }
    }

    public static Causes of(FeatureGroupContract contract, PipelinePair pipelines, Counterexample example,
                            Duration resolution) {
        List<MismatchedValue> mismatches = PipelineMismatches.between(contract, example.oldOutput(),
                pipelines.oldPipeline().name(), example.newOutput(), pipelines.newPipeline().name());
        List<Explanation> explanations;
        if (contract.entity().size() == 1) {
            MismatchExplainer explainer = new MismatchExplainer(contract, pipelines.oldPipeline(), resolution,
                    MismatchExplainer.DEFAULT_MAX_ENTITIES);
            explanations = explainer.explain(example.history(), mismatches);
        } else {
            explanations = new ArrayList<>();
            for (MismatchedValue mismatch : mismatches) {
                MismatchCategory category = FeatureComparison.category(mismatch.oldValue(), mismatch.newValue());
                explanations.add(new Explanation(category, false, "named by its values: the group's entity has "
                        + contract.entity().size() + " columns, recomputation needs one"));
            }
        }
        return new Causes(mismatches, explanations, MismatchExplainer.categories(explanations));
    }
}
