package org.featureparity.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.store.FeatureRow;

/**
 * One side's {@link ValueProfile} per feature, fed every row the side's scan returns, matched or not: the merge feeds
 * it while it compares, or a standalone scan does when no comparison read every row.
 */
public final class ProfileSet {

    private final Map<String, ValueProfile> byName = new LinkedHashMap<>();
    private final ValueProfile[] byIndex;
    private long rows;

    /** @param features the features in the order of the scanned rows' values */
    public ProfileSet(List<FeatureSpec> features) {
        for (FeatureSpec feature : features) {
            byName.put(feature.name(), new ValueProfile(feature.type()));
        }
        this.byIndex = byName.values().toArray(new ValueProfile[0]);
    }

    public void add(FeatureRow row) {
        rows++;
        for (int i = 0; i < byIndex.length; i++) {
            byIndex[i].add(row.value(i));
        }
    }

    public long rows() {
        return rows;
    }

    public Optional<ValueProfile> feature(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
