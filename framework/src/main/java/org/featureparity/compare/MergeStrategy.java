package org.featureparity.compare;

import org.featureparity.contract.Side;
import org.featureparity.store.RowCursor;

/**
 * The streaming merge: both sides scanned in key order at the same time and merged in one pass. Heap is bounded by
 * the fetch size and the top-k structures, not by the row count.
 */
public final class MergeStrategy implements ComparisonStrategy {

    public static final String NAME = "merge";

    /** Streams a scan ahead of the merge, two fetches deep. */
    static RowCursor prefetched(RowCursor scan, int fetchSize) {
        return new PrefetchingCursor(scan, fetchSize, 2);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ComparisonResult compare(ComparisonTask task) {
        BothSides.Pair<RowCursor> scans = BothSides.concurrently(
                () -> task.store(Side.OLD).scan(task.oldScan()), () -> task.store(Side.NEW).scan(task.newScan()));
        try (RowCursor oldRows = prefetched(scans.old(), task.oldScan().fetchSize());
             RowCursor newRows = prefetched(scans.fresh(), task.newScan().fetchSize())) {
            return task.merge().run(oldRows, newRows);
        }
    }
}
