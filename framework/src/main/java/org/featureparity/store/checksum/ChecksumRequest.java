package org.featureparity.store.checksum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.StoreColumn;

/**
 * What to checksum: a source's rows, bucketed by a hash of their key into {@code 2^bucketBits} buckets.
 *
 * @param source       the table or query
 * @param keys         the key columns
 * @param values       the value columns whose values the checksum covers, in comparison order
 * @param grids        per value column: round values down to multiples of this before hashing (tolerant columns)
 * @param bucketBits   log2 of the bucket count
 * @param within       when present, only the rows of these coarser buckets are checksummed (a finer look at the
 *                     buckets a first pass found differing); their finer buckets nest in them
 * @param countNulls   whether each bucket also counts the NULLs of every value column
 * @param expectedRows rows a bucket is expected to hold (from the store's estimate), to size the NULL counters
 */
public record ChecksumRequest(SourceRef source, List<StoreColumn> keys, List<StoreColumn> values,
                              List<Optional<BigDecimal>> grids, int bucketBits, Optional<Buckets> within,
                              boolean countNulls, long expectedRows) {

    public static final int MAX_BUCKET_BITS = 20;

    public ChecksumRequest {
        keys = List.copyOf(keys);
        values = List.copyOf(values);
        grids = List.copyOf(grids);
        if (grids.size() != values.size()) {
            throw new IllegalArgumentException("one grid per value column: " + grids.size() + " for " + values.size());
        }
        if (bucketBits < 0 || bucketBits > MAX_BUCKET_BITS) {
            throw new IllegalArgumentException("bucket bits must be within 0.." + MAX_BUCKET_BITS + ", was " + bucketBits);
        }
        if (within.isPresent() && within.get().bits() > bucketBits) {
            throw new IllegalArgumentException("the buckets looked into must be coarser than the request's");
        }
    }

    /** The same rows and columns in another bucketing. */
    public ChecksumRequest bucketed(int bits, Optional<Buckets> restrictedTo, boolean nulls) {
        return new ChecksumRequest(source, keys, values, grids, bits, restrictedTo, nulls, expectedRows);
    }

    /**
     * A set of buckets of one granularity.
     *
     * @param bits    log2 of the bucket count the numbers refer to
     * @param numbers the bucket numbers, ascending
     */
    public record Buckets(int bits, int[] numbers) {
        public Buckets {
            numbers = numbers.clone();
        }

        @Override
        public int[] numbers() {
            return numbers.clone();
        }
    }
}
