package org.featureparity.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.featureparity.compare.FeatureComparison;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.pipeline.PipelineOutput;

/** Every feature value of an entity in both outputs that disagrees beyond the feature's tolerance. */
public final class PipelineMismatches {

    private PipelineMismatches() {
    }

    public static List<MismatchedValue> between(FeatureGroupContract contract, PipelineOutput oldOutput,
                                                String oldName, PipelineOutput newOutput, String newName) {
        Map<List<Object>, List<Object>> old = EntityFeatures.of(oldOutput, contract, Side.OLD, oldName);
        Map<List<Object>, List<Object>> fresh = EntityFeatures.of(newOutput, contract, Side.NEW, newName);
        List<MismatchedValue> mismatches = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Object>> row : old.entrySet()) {
            List<Object> other = fresh.get(row.getKey());
            if (other == null) {
                continue;  // an entity on one side only is a missing-entity, counted by coverage
            }
            for (int f = 0; f < contract.features().size(); f++) {
                FeatureSpec feature = contract.features().get(f);
                if (!FeatureComparison.agrees(feature, row.getValue().get(f), other.get(f))) {
                    mismatches.add(new MismatchedValue(row.getKey(), feature, row.getValue().get(f), other.get(f)));
                }
            }
        }
        return mismatches;
    }
}
