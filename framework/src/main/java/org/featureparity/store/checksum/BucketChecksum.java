package org.featureparity.store.checksum;

/**
 * One bucket's summary on one side.
 *
 * @param bucket   the bucket number
 * @param rows     rows in it
 * @param checksum an order-independent checksum of its rows (keys and values)
 */
public record BucketChecksum(int bucket, long rows, long checksum) {

    /** Same rows, same checksum: the bucket's contents agree (up to a 2^-64 collision). */
    public boolean agreesWith(BucketChecksum other) {
        return bucket == other.bucket && rows == other.rows && checksum == other.checksum;
    }
}
