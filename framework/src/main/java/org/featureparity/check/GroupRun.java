package org.featureparity.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.featureparity.compare.ComparisonResult;
import org.featureparity.compare.Deadline;
import org.featureparity.compare.ComparisonTask;
import org.featureparity.compare.StrategyChoice;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreException;

/**
 * One group's run against both stores: each store's description and the merged comparison, each computed once on
 * first need and shared by the group's checks.
 */
public final class GroupRun {

    private final FeatureGroupContract contract;
    private final Function<Side, FeatureStore> stores;
    private final Set<String> comparedFeatures;
    private final int fetchSize;
    private final StrategyChoice strategy;
    private final Map<Side, Memo<StoreDescription>> descriptions = new EnumMap<>(Side.class);
    private final Memo<ComparisonResult> comparison;
    private Deadline deadline = Deadline.NONE;

    /**
     * @param contract         the group's contract
     * @param stores           the store of each side, started on first need
     * @param comparedFeatures the features whose values are compared in this run (the selected ones)
     * @param fetchSize        rows per round trip when scanning
     */
    public GroupRun(FeatureGroupContract contract, Function<Side, FeatureStore> stores, Set<String> comparedFeatures,
                    int fetchSize) {
        this(contract, stores, comparedFeatures, fetchSize, StrategyChoice.AUTO);
    }

    /** @param strategy how the stores' values are compared ({@code parity.compare.strategy}) */
    public GroupRun(FeatureGroupContract contract, Function<Side, FeatureStore> stores, Set<String> comparedFeatures,
                    int fetchSize, StrategyChoice strategy) {
        this.strategy = strategy;
        this.contract = contract;
        this.stores = stores;
        this.comparedFeatures = Set.copyOf(comparedFeatures);
        this.fetchSize = fetchSize;
        for (Side side : Side.values()) {
            descriptions.put(side, new Memo<>(() -> store(side).describe(contract.source(side))));
        }
        this.comparison = new Memo<>(this::compare);
    }

    public FeatureGroupContract contract() {
        return contract;
    }

    /**
     * Sets the deadline of the check about to run. Work it starts (describing, scanning, and the shared comparison
     * when this check is the first to need it) must finish within it.
     */
    public void deadline(Deadline checkDeadline) {
        this.deadline = checkDeadline;
    }

    /** The side's store, its statements limited to the current check's remaining time. */
    public FeatureStore store(Side side) {
        deadline.check();
        return stores.apply(side).within(deadline.remaining());
    }

    public StoreDescription description(Side side) {
        return descriptions.get(side).get();
    }

    public ComparisonResult comparison() {
        return comparison.get();
    }

    /** The features compared by value: selected, and present under their declared names on both sides. */
    List<FeatureSpec> comparableFeatures() {
        StoreDescription old = description(Side.OLD);
        StoreDescription fresh = description(Side.NEW);
        return contract.features().stream()
                .filter(f -> comparedFeatures.contains(f.name()))
                .filter(f -> old.column(f.columnIn(Side.OLD)).isPresent() && fresh.column(f.columnIn(Side.NEW)).isPresent())
                .toList();
    }

    private ComparisonResult compare() {
        List<FeatureSpec> features = comparableFeatures();
        ScanRequest oldScan = scanRequest(Side.OLD, features);
        ScanRequest newScan = scanRequest(Side.NEW, features);
        requireComparableKeys(oldScan.keyColumns(), newScan.keyColumns());
        return strategy.compare(new ComparisonTask(contract.keyColumns(), features, this::store, oldScan, newScan, deadline));
    }

    private ScanRequest scanRequest(Side side, List<FeatureSpec> features) {
        StoreDescription description = description(side);
        List<StoreColumn> keys = new ArrayList<>();
        for (String key : contract.keyColumns()) {
            keys.add(description.column(key).orElseThrow(() -> new StoreException(side.role()
                    + " store: key column '" + key + "' not found in " + contract.source(side).describe())));
        }
        List<StoreColumn> values = features.stream()
                .map(f -> description.column(f.columnIn(side)).orElseThrow())
                .toList();
        return new ScanRequest(contract.source(side), keys, values, fetchSize);
    }

    // the merge orders both sides in one order: keys of different kinds would pair the wrong rows
    private static void requireComparableKeys(List<StoreColumn> oldKeys, List<StoreColumn> newKeys) {
        for (int i = 0; i < oldKeys.size(); i++) {
            String oldFamily = keyFamily(oldKeys.get(i));
            String newFamily = keyFamily(newKeys.get(i));
            if (!oldFamily.equals(newFamily)) {
                throw new StoreException("key column '" + oldKeys.get(i).name() + "' is " + oldKeys.get(i).nativeType()
                        + " in the old store but " + newKeys.get(i).nativeType() + " in the new store: keys must have the same kind to be matched");
            }
        }
    }

    private static String keyFamily(StoreColumn column) {
        return column.type().map(t -> t.kind().isNumeric() && !t.kind().isFloatingPoint() ? "exact-number" : t.kind().name())
                .orElse("unmapped:" + column.nativeType());
    }

    Optional<StoreColumn> column(Side side, String name) {
        return description(side).column(name);
    }
}
