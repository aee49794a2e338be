package org.featureparity.compare;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.featureparity.stats.WilsonInterval;
import org.featureparity.store.checksum.KeyRange;
import org.featureparity.store.checksum.KeyValueBuckets;
import org.featureparity.store.checksum.RowHashes;

/**
 * Both sides' rows of a sample of key ranges, compared key by key: whether the stores differ, and how densely, so
 * that the pushdown can tell before any pass over the whole table whether fetching differing buckets could pay off.
 *
 * <p>Each side read at most {@code rowsPerRange} rows of a range, the first in key order. Where a side reached that
 * limit, its keys beyond its last one are unknown, so a range is compared only up to the smaller last key of a side
 * that reached it: any difference between the two sides' first rows shows below that key too (a key on one side only
 * above it leaves the other side with more keys below it).
 *
 * @param oldRows          rows the old side read
 * @param newRows          rows the new side read
 * @param comparedKeys     keys compared (on either side, within the compared part of each range)
 * @param differingKeys    of them, keys on one side only or with different row hashes
 * @param wholeBuckets     key-value buckets lying wholly within the compared part of a range and holding a row
 * @param differingBuckets of them, buckets holding a differing key
 */
record KeyRangeSample(long oldRows, long newRows, long comparedKeys, long differingKeys, long wholeBuckets,
                      long differingBuckets) {

    /**
     * @param old      the old side's sample, keys as {@link RowHashes#keyIds()}
     * @param fresh    the new side's
     * @param ranges   the sampled ranges, ascending and disjoint
     * @param buckets  the bucketing of consecutive keys whose share of differing buckets to estimate, if any
     */
    static KeyRangeSample of(RowHashes old, RowHashes fresh, List<KeyRange> ranges, long rowsPerRange,
                             Optional<KeyValueBuckets> buckets) {
        long[] oldKeys = old.sorted().keyIds();
        long[] oldHashes = old.rowHashes();
        long[] newKeys = fresh.sorted().keyIds();
        long[] newHashes = fresh.rowHashes();
        long compared = 0;
        long differing = 0;
        long whole = 0;
        long differingWhole = 0;
        int i = 0;
        int j = 0;
        for (KeyRange range : ranges) {
            i = firstAtLeast(oldKeys, i, range.low());
            j = firstAtLeast(newKeys, j, range.low());
            int oldEnd = firstAbove(oldKeys, i, range.high());
            int newEnd = firstAbove(newKeys, j, range.high());
            long cutoff = range.high();
            if (oldEnd - i >= rowsPerRange) {
                cutoff = Math.min(cutoff, oldKeys[oldEnd - 1]);
            }
            if (newEnd - j >= rowsPerRange) {
                cutoff = Math.min(cutoff, newKeys[newEnd - 1]);
            }
            long bucket = Long.MIN_VALUE;
            boolean bucketWhole = false;
            boolean bucketDiffers = false;
            while ((i < oldEnd && oldKeys[i] <= cutoff) || (j < newEnd && newKeys[j] <= cutoff)) {
                boolean inOld = i < oldEnd && oldKeys[i] <= cutoff;
                boolean inNew = j < newEnd && newKeys[j] <= cutoff;
                long key = !inOld ? newKeys[j] : !inNew ? oldKeys[i] : Math.min(oldKeys[i], newKeys[j]);
                boolean oldHas = inOld && oldKeys[i] == key;
                boolean newHas = inNew && newKeys[j] == key;
                boolean differs = !(oldHas && newHas && oldHashes[i] == newHashes[j]);
                compared++;
                differing += differs ? 1 : 0;
                if (buckets.isPresent()) {
                    long number = buckets.get().bucketOf(key);
                    if (number != bucket) {
                        whole += bucketWhole ? 1 : 0;
                        differingWhole += bucketWhole && bucketDiffers ? 1 : 0;
                        bucket = number;
                        KeyRange keys = buckets.get().keys((int) number);
                        bucketWhole = keys.low() >= range.low() && keys.high() <= cutoff;
                        bucketDiffers = false;
                    }
                    bucketDiffers |= differs;
                }
                i += oldHas ? 1 : 0;
                j += newHas ? 1 : 0;
            }
            whole += bucketWhole ? 1 : 0;
            differingWhole += bucketWhole && bucketDiffers ? 1 : 0;
            i = oldEnd;
            j = newEnd;
        }
        return new KeyRangeSample(old.size(), fresh.size(), compared, differing, whole, differingWhole);
    }

    private static int firstAtLeast(long[] keys, int from, long low) {
        int at = from;
        while (at < keys.length && keys[at] < low) {
            at++;
        }
        return at;
    }

    private static int firstAbove(long[] keys, int from, long high) {
        int at = from;
        while (at < keys.length && keys[at] <= high) {
            at++;
        }
        return at;
    }

    boolean differs() {
        return differingKeys > 0;
    }

    /**
     * At least what share of buckets of about {@code rowsPerBucket} rows, by a hash of the key, differ (95%
     * confidence): a hash spreads the differing rows over the buckets like balls thrown at random into bins.
     */
    double differingShareOfHashBucketsAtLeast(int rowsPerBucket) {
        if (differingKeys == 0) {
            return 0;
        }
        double rows = WilsonInterval.of(differingKeys, comparedKeys).lower();
        return -Math.expm1(rowsPerBucket * Math.log1p(-Math.min(rows, 1 - 1e-12)));
    }

    /**
     * At least what share of the key-value buckets differ (95% confidence), from the buckets wholly sampled: these
     * count clustered differences as they are, where a share of rows would not.
     */
    double differingShareOfKeyValueBucketsAtLeast() {
        return differingBuckets == 0 ? 0 : WilsonInterval.of(differingBuckets, wholeBuckets).lower();
    }

    /** For evidence: what was compared and what differed. */
    String describe() {
        return String.format(Locale.ROOT, "%d old rows, %d new rows, %d of %d keys differ", oldRows, newRows,
                differingKeys, comparedKeys)
                + (wholeBuckets == 0 ? "" : String.format(Locale.ROOT, ", %d of %d whole buckets", differingBuckets, wholeBuckets));
    }
}
