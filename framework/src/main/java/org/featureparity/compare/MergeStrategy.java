package org.featureparity.compare;

import java.util.OptionalLong;
import org.featureparity.contract.Side;
import org.featureparity.store.RowCursor;
import org.featureparity.store.StoreException;

/**
 * The streaming merge: both sides scanned in key order at the same time and merged in one pass. Heap is bounded by
 * the fetch size and the top-k structures, not by the row count.
 */
public final class MergeStrategy implements ComparisonStrategy {

    public static final String NAME = "merge";

    /** Rows handed over per batch: small, so rows die young instead of being promoted while they queue. */
    private static final int BATCH = 512;

    /**
     * Streams a scan ahead of the merge, about two fetches deep, in small batches: rows that wait long (in batches of
     * a whole fetch) outlive young collections and fill the old generation, and then collection costs more than the
     * merge.
     */
    static RowCursor prefetched(RowCursor scan, int fetchSize) {
        int batch = Math.min(BATCH, Math.max(1, fetchSize));
        return new PrefetchingCursor(scan, batch, Math.max(2, Math.min(16, 2 * fetchSize / batch)));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ComparisonResult compare(ComparisonTask task) {
        OptionalLong expectedRows = expectedRows(task);
        BothSides.Pair<RowCursor> scans = BothSides.concurrently(
                () -> task.store(Side.OLD).scan(task.oldScan()), () -> task.store(Side.NEW).scan(task.newScan()));
        try (RowCursor oldRows = prefetched(scans.old(), task.oldScan().fetchSize());
             RowCursor newRows = prefetched(scans.fresh(), task.newScan().fetchSize())) {
            return task.merge(expectedRows).run(oldRows, newRows);
        }
    }

    /** The larger side's row estimate, where both stores keep one (for the progress reports' time left). */
    private static OptionalLong expectedRows(ComparisonTask task) {
        BothSides.Pair<OptionalLong> estimates;
        try {
            estimates = task.rowEstimates();
        } catch (StoreException e) {
            // an estimate only tells the progress reports how long is left: the scan itself says what is wrong
            return OptionalLong.empty();
        }
        return estimates.old().isPresent() && estimates.fresh().isPresent()
                ? OptionalLong.of(Math.max(estimates.old().getAsLong(), estimates.fresh().getAsLong())) : OptionalLong.empty();
    }
}
