package org.featureparity.store.checksum;

/**
 * The span of a single integer key, with what the store's statistics say of how its rows lie: rows stored in key
 * order keep neighbouring keys together, so that grouping them by ranges of the key costs a scan with a cached
 * group lookup a row (rows scattered over the table miss the cache on every row); keys spread evenly over their span
 * make ranges of equal width hold about equal rows (a few far outliers would leave nearly every row in a few ranges).
 *
 * @param range            the smallest and the largest key
 * @param storedInKeyOrder whether the rows are stored about in key order (either direction)
 * @param densestSpan      the width the keys would span were they everywhere as dense as in their densest part
 *                         (the narrowest histogram bin times the bins); 0 when the store keeps no histogram
 */
public record IntegerKeyBounds(KeyRange range, boolean storedInKeyOrder, double densestSpan) {

    /** Keys this much denser in their densest part than over {@code span} are taken as not spread evenly. */
    static final double UNEVENNESS = 4;

    /**
     * Whether ranges of equal width over {@code span} (which may be wider than this store's own) hold about equal
     * rows of this store, and read about in key order.
     */
    public boolean bucketsEvenlyOver(KeyRange span) {
        return storedInKeyOrder && densestSpan * UNEVENNESS >= span.width();
    }
}
