package org.featureparity.compare;

import java.util.Arrays;
import org.featureparity.store.checksum.RowHashSink;

/**
 * One side's bucket checksums computed on the client from streamed row hashes: per bucket of the key hash's low
 * bits, the count and XOR of the row hashes, just as the database's checksum statement computes them. Memory is
 * fixed by the bucket count (12 bytes a bucket), whatever the number of rows: a grouping into a million buckets that
 * the database would aggregate serially, missing the cache on every row, costs here one array update a row.
 *
 * <p>Each side fills its own instance, from one thread; {@link #compare} reads both after the reads have finished.
 */
final class RowHashBuckets implements RowHashSink {

    private final int mask;
    private final int[] counts;
    private final long[] checksums;

    RowHashBuckets(int bits) {
        if (bits < 0 || bits > 30) {
            throw new IllegalArgumentException("bucket bits must be within 0..30, was " + bits);
        }
        this.mask = (1 << bits) - 1;
        this.counts = new int[1 << bits];
        this.checksums = new long[1 << bits];
    }

    @Override
    public void accept(long keyHash, long rowHash) {
        int bucket = (int) keyHash & mask;
        counts[bucket]++;
        checksums[bucket] ^= rowHash;
    }

    /**
     * The buckets whose count or checksum differ, ascending, and the rows of the others. Keys are unique, so no two
     * rows of a bucket cancel out in the XOR.
     */
    static Difference compare(RowHashBuckets old, RowHashBuckets fresh) {
        if (old.counts.length != fresh.counts.length) {
            throw new IllegalArgumentException("both sides need the same buckets");
        }
        int[] differing = new int[64];
        int count = 0;
        long agreedRows = 0;
        long rowsOld = 0;
        long rowsNew = 0;
        for (int bucket = 0; bucket < old.counts.length; bucket++) {
            if (old.counts[bucket] == fresh.counts[bucket] && old.checksums[bucket] == fresh.checksums[bucket]) {
                agreedRows += old.counts[bucket];
            } else {
                if (count == differing.length) {
                    differing = Arrays.copyOf(differing, count * 2);
                }
                differing[count++] = bucket;
                rowsOld += old.counts[bucket];
                rowsNew += fresh.counts[bucket];
            }
        }
        return new Difference(Arrays.copyOf(differing, count), agreedRows, rowsOld, rowsNew);
    }

    /**
     * @param buckets   the differing buckets, ascending
     * @param agreedRows rows of the agreeing buckets (the same on both sides)
     * @param rowsOld   old rows in the differing buckets
     * @param rowsNew   new rows in the differing buckets
     */
    record Difference(int[] buckets, long agreedRows, long rowsOld, long rowsNew) {
    }
}
