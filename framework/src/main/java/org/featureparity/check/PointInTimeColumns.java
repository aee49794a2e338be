package org.featureparity.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreException;

/** The columns a point-in-time lookup reads on each side: entity key, as-of, and the features both stores have. */
final class PointInTimeColumns {

    private final Map<Side, List<StoreColumn>> entity = new EnumMap<>(Side.class);
    private final Map<Side, StoreColumn> asOf = new EnumMap<>(Side.class);
    private final Map<Side, List<StoreColumn>> values = new EnumMap<>(Side.class);
    private final List<FeatureSpec> features;

    PointInTimeColumns(GroupRun run) {
        FeatureGroupContract contract = run.contract();
        String asOfName = contract.asOf().orElseThrow(() -> new IllegalStateException(
                "group '" + contract.name() + "' declares no as_of column: there is no history to look up"));
        StoreDescription old = run.description(Side.OLD);
        StoreDescription fresh = run.description(Side.NEW);
        // every declared feature both stores have: a schema-only problem with one feature must not hide the others
        features = contract.features().stream()
                .filter(f -> old.column(f.columnIn(Side.OLD)).isPresent() && fresh.column(f.columnIn(Side.NEW)).isPresent())
                .toList();
        if (features.isEmpty()) {
            throw new StoreException("no feature of group '" + contract.name()
                    + "' is present in both stores (see the schema check): nothing to look up");
        }
        for (Side side : Side.values()) {
            StoreDescription description = run.description(side);
            List<StoreColumn> keys = new ArrayList<>();
            for (String key : contract.entity()) {
                keys.add(required(description, key, side, contract));
            }
            entity.put(side, keys);
            asOf.put(side, required(description, asOfName, side, contract));
            values.put(side, features.stream().map(f -> description.column(f.columnIn(side)).orElseThrow()).toList());
        }
        TimeValues.resolution(asOf.get(Side.OLD));
        TimeValues.resolution(asOf.get(Side.NEW));
    }

    private static StoreColumn required(StoreDescription description, String name, Side side, FeatureGroupContract contract) {
        return description.column(name).orElseThrow(() -> new StoreException(side.role() + " store: column '" + name
                + "' not found in " + contract.source(side).describe()));
    }

    List<StoreColumn> entity(Side side) {
        return entity.get(side);
    }

    StoreColumn asOf(Side side) {
        return asOf.get(side);
    }

    List<StoreColumn> values(Side side) {
        return values.get(side);
    }

    List<FeatureSpec> features() {
        return features;
    }

    /** The coarser of the two stores' as-of resolutions: a step that is a real step in both. */
    Duration resolution() {
        Duration a = TimeValues.resolution(asOf.get(Side.OLD));
        Duration b = TimeValues.resolution(asOf.get(Side.NEW));
        return a.compareTo(b) >= 0 ? a : b;
    }
}
