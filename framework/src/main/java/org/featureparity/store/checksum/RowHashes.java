package org.featureparity.store.checksum;

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
 */
public record RowHashes(String sql, long[] keyIds, long[] rowHashes) {

    private static final int INSERTION_SORT = 24;

    public RowHashes {
        if (keyIds.length != rowHashes.length) {
            throw new IllegalArgumentException("one row hash per key: " + rowHashes.length + " for " + keyIds.length);
        }
    }

    /**
     * Holds what {@code read} passes to its sink, sized for {@code expectedRows}: {@code read} returns its statement
     * and passes at most that many rows (as {@link KeyChecksums#readRowHashes} promises).
     */
    public static RowHashes collect(long expectedRows, Function<RowHashSink, String> read) {
        if (expectedRows > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many rows to hold their hashes: " + expectedRows);
        }
        long[] keyIds = new long[(int) expectedRows];
        long[] rowHashes = new long[(int) expectedRows];
        int[] held = new int[1];
        String sql = read.apply((keyId, rowHash) -> {
            keyIds[held[0]] = keyId;
            rowHashes[held[0]++] = rowHash;
        });
        return new RowHashes(sql, keyIds, rowHashes);
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
