package org.featureparity.store.checksum;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * One side's key identifier and row hash of every row in some buckets, as two parallel arrays: 16 bytes a row, so
 * the differing rows of a few million can be found exactly in memory, without fetching the rows themselves.
 *
 * @param sql       the statement that read them, for evidence
 * @param keyIds    per row, what identifies its key to the store that fetches rows by it
 *                  ({@link KeyChecksums#scanKeyIds}): the key's hash, or the key itself where the store can look it
 *                  up directly (a single integer column). Both sides of a comparison identify keys alike.
 * @param rowHashes per row, the hash of its key and values (the one the bucket checksums combine)
 * @param nulls     per value column, the NULLs of these rows, when the read counted them; else empty
 */
public record RowHashes(String sql, long[] keyIds, long[] rowHashes, long[] nulls) {

    private static final int INSERTION_SORT = 24;
    private static final int FIRST_CAPACITY = 1 << 16;

    public RowHashes {
        if (keyIds.length != rowHashes.length) {
            throw new IllegalArgumentException("one row hash per key: " + rowHashes.length + " for " + keyIds.length);
        }
    }

    public RowHashes(String sql, long[] keyIds, long[] rowHashes) {
        this(sql, keyIds, rowHashes, new long[0]);
    }

    /**
     * Holds what {@code read} passes to its sink: at most {@code expected} rows (as {@link KeyChecksums#readRowHashes}
     * promises), in arrays sized for a counted number, or grown as rows come up to a limit.
     */
    public static RowHashes collect(ExpectedRows expected, Function<RowHashSink, RowHashRead> read) {
        if (expected.counted() && expected.rows() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many rows to hold their hashes: " + expected.rows());
        }
        long limit = Math.min(expected.rows(), Integer.MAX_VALUE - 8);
        Held held = new Held(expected.counted() ? (int) limit : (int) Math.min(limit, FIRST_CAPACITY), limit);
        RowHashRead done = read.apply(held);
        return new RowHashes(done.sql(), held.trimmed(held.keyIds), held.trimmed(held.rowHashes), done.nulls());
    }

    /** Arrays that double when full, up to the limit; the read itself stops at the limit, this defends it. */
    private static final class Held implements RowHashSink {
        private final long limit;
        private long[] keyIds;
        private long[] rowHashes;
        private int size;

        Held(int capacity, long limit) {
            this.limit = limit;
            this.keyIds = new long[capacity];
            this.rowHashes = new long[capacity];
        }

        @Override
        public void accept(long keyId, long rowHash) {
            if (size == keyIds.length) {
                if (size >= limit) {
                    throw new RowLimitExceeded(limit);
                }
                int capacity = (int) Math.min(limit, Math.max(16, 2L * size));
                keyIds = Arrays.copyOf(keyIds, capacity);
                rowHashes = Arrays.copyOf(rowHashes, capacity);
            }
            keyIds[size] = keyId;
            rowHashes[size++] = rowHash;
        }

        // a counted read fills its arrays exactly: no copy of what may be tens of megabytes
        long[] trimmed(long[] array) {
            return array.length == size ? array : Arrays.copyOf(array, size);
        }
    }

    public int size() {
        return keyIds.length;
    }

    /**
     * Sorts both arrays in place by key, then row hash: rows of one key (or key hash) become neighbours. Sorted
     * arrays, as keys read in key order are, are left as they are, after one look at them.
     */
    public RowHashes sorted() {
        if (!isSorted()) {
            sort(keyIds, rowHashes, 0, keyIds.length - 1);
        }
        return this;
    }

    private boolean isSorted() {
        for (int i = 1; i < keyIds.length; i++) {
            if (compare(keyIds[i - 1], rowHashes[i - 1], keyIds[i], rowHashes[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    // a quicksort with random pivots: the keys are hashes, so no input is adversarial, and both arrays move together
    private static void sort(long[] keys, long[] rows, int low, int high) {
        while (high - low > INSERTION_SORT) {
            int pivot = low + ThreadLocalRandom.current().nextInt(high - low + 1);
            long pivotKey = keys[pivot];
            long pivotRow = rows[pivot];
            int i = low;
            int j = high;
            while (i <= j) {
                while (compare(keys[i], rows[i], pivotKey, pivotRow) < 0) {
                    i++;
                }
                while (compare(keys[j], rows[j], pivotKey, pivotRow) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(keys, rows, i++, j--);
                }
            }
            // recurse into the smaller part, loop on the larger: the stack stays logarithmic
            if (j - low < high - i) {
                sort(keys, rows, low, j);
                low = i;
            } else {
                sort(keys, rows, i, high);
                high = j;
            }
        }
        for (int i = low + 1; i <= high; i++) {
            for (int j = i; j > low && compare(keys[j], rows[j], keys[j - 1], rows[j - 1]) < 0; j--) {
                swap(keys, rows, j, j - 1);
            }
        }
    }

    private static int compare(long keyA, long rowA, long keyB, long rowB) {
        int byKey = Long.compare(keyA, keyB);
        return byKey != 0 ? byKey : Long.compare(rowA, rowB);
    }

    private static void swap(long[] keys, long[] rows, int a, int b) {
        long key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        long row = rows[a];
        rows[a] = rows[b];
        rows[b] = row;
    }
}
