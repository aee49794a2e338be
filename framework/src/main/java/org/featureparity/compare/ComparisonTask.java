package org.featureparity.compare;

import java.util.List;
import java.util.function.Function;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.ScanRequest;

/**
 * What a comparison strategy compares: the two stores, the scan of each side, and the check's deadline.
 *
 * @param keyColumns the key column names, in scan order
 * @param features   the compared features, in the scans' value order
 * @param stores     each side's store; asked anew for every statement, so each gets the deadline's remaining time
 * @param oldScan    the old side's scan
 * @param newScan    the new side's scan
 * @param deadline   when the check must have finished
 */
public record ComparisonTask(List<String> keyColumns, List<FeatureSpec> features, Function<Side, FeatureStore> stores,
                             ScanRequest oldScan, ScanRequest newScan, Deadline deadline) {

    public ComparisonTask {
        keyColumns = List.copyOf(keyColumns);
        features = List.copyOf(features);
    }

    public ScanRequest scan(Side side) {
        return side == Side.OLD ? oldScan : newScan;
    }

    FeatureStore store(Side side) {
        deadline.check();
        return stores.apply(side);
    }

    MergeComparison merge() {
        return new MergeComparison(keyColumns, features, deadline);
    }
}
