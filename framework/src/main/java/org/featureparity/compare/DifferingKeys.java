package org.featureparity.compare;

import java.util.Arrays;
import org.featureparity.store.checksum.RowHashes;

/**
 * The keys whose rows differ between the sides, found from both sides' row hashes of the same buckets: a key differs
 * when its rows' hashes are not the same on both sides (a changed value, or a key on one side only). Keys are
 * identified as the store does ({@link RowHashes#keyIds()}); where that is a key hash, two keys may share one
 * (rarely), so rows are compared per identifier, as multisets.
 *
 * @param agreedRows rows (per side) whose key has the same row hashes on both sides
 * @param keyIds     the differing keys (as {@link RowHashes#keyIds()} identify them), ascending
 */
record DifferingKeys(long agreedRows, long[] keyIds) {

    static DifferingKeys of(RowHashes old, RowHashes fresh) {
        long[] oldKeys = old.sorted().keyIds();
        long[] oldRows = old.rowHashes();
        long[] newKeys = fresh.sorted().keyIds();
        long[] newRows = fresh.rowHashes();
        long agreed = 0;
        long[] differing = new long[64];
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < oldKeys.length || j < newKeys.length) {
            long key = i == oldKeys.length ? newKeys[j] : j == newKeys.length ? oldKeys[i] : Math.min(oldKeys[i], newKeys[j]);
            int oldEnd = end(oldKeys, i, key);
            int newEnd = end(newKeys, j, key);
            if (oldEnd - i == newEnd - j
                    && Arrays.equals(oldRows, i, oldEnd, newRows, j, newEnd)) {
                agreed += oldEnd - i;
            } else {
                if (count == differing.length) {
                    differing = Arrays.copyOf(differing, count * 2);
                }
                differing[count++] = key;
            }
            i = oldEnd;
            j = newEnd;
        }
        return new DifferingKeys(agreed, Arrays.copyOf(differing, count));
    }

    /** The end of the run of {@code key} starting at {@code from} (which is {@code from} when the key is absent). */
    private static int end(long[] keys, int from, long key) {
        int end = from;
        while (end < keys.length && keys[end] == key) {
            end++;
        }
        return end;
    }
}
