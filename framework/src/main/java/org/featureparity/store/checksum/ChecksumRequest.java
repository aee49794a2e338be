package org.featureparity.store.checksum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.StoreColumn;

/**
 * What to checksum: a source's rows, bucketed by a hash of their key into {@code 2^bucketBits} buckets.
 *
 * @param source     the table or query
 * @param keys       the key columns
 * @param values     the value columns whose values the checksum covers, in comparison order
 * @param grids      per value column: round values down to multiples of this before hashing (tolerant columns)
 * @param bucketBits log2 of the bucket count
 */
public record ChecksumRequest(SourceRef source, List<StoreColumn> keys, List<StoreColumn> values,
                              List<Optional<BigDecimal>> grids, int bucketBits) {

    public static final int MAX_BUCKET_BITS = 24;

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
    }
}
