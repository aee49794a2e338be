package org.featureparity.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.store.FeatureRow;

/**
 * One side's {@link ValueProfile} per feature, fed every row the side's scan returns, matched or not: the merge feeds
 * it while it compares, or a standalone scan does when no comparison read every row.
 */
public final class ProfileSet {

    private final Map<String, ValueProfile> byName = new LinkedHashMap<>();
    private final ValueProfile[] profiles;
    private final int[] positions;
    private long rows;

    /** @param features the features in the order of the scanned rows' values, all profiled */
    public ProfileSet(List<FeatureSpec> features) {
        this(features, features.stream().map(FeatureSpec::name).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * @param features the features in the order of the scanned rows' values
     * @param profiled the ones to profile; the others are skipped at no cost
     */
    public ProfileSet(List<FeatureSpec> features, Set<String> profiled) {
        List<Integer> kept = new java.util.ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            FeatureSpec feature = features.get(i);
            if (profiled.contains(feature.name())) {
                byName.put(feature.name(), new ValueProfile(feature.type()));
                kept.add(i);
            }
        }
        this.profiles = byName.values().toArray(new ValueProfile[0]);
        this.positions = kept.stream().mapToInt(Integer::intValue).toArray();
    }

    public void add(FeatureRow row) {
        rows++;
        for (int i = 0; i < profiles.length; i++) {
            profiles[i].add(row.value(positions[i]));
        }
    }

    public long rows() {
        return rows;
    }

    public Optional<ValueProfile> feature(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
