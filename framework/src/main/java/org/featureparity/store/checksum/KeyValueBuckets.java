package org.featureparity.store.checksum;

/**
 * Buckets of a single integer key's values: 2^{@code shift} consecutive keys a bucket, bucket {@code b} holding
 * the keys {@code k} with {@code k >> shift == first + b} (an arithmetic shift, so negative keys bucket in order
 * too). Neighbouring keys share a bucket, so the rows of a differing bucket are one range of the key, found through
 * its index.
 *
 * @param first  the shifted smallest key: bucket 0
 * @param shift  log2 of the keys a bucket spans
 * @param count  how many buckets cover the span
 */
public record KeyValueBuckets(long first, int shift, int count) {

    public KeyValueBuckets {
        if (shift < 0 || shift > 63) {
            throw new IllegalArgumentException("a key bucket spans 2^0 to 2^63 keys, not 2^" + shift);
        }
        if (count < 1 || count > 1 << ChecksumRequest.MAX_BUCKET_BITS) {
            throw new IllegalArgumentException("1 to 2^" + ChecksumRequest.MAX_BUCKET_BITS + " key buckets, not " + count);
        }
    }

    /**
     * The finest buckets over {@code span} holding at least about {@code rowsPerBucket} of {@code rows} each, were
     * the keys spread evenly, and no more than {@code maxBuckets}. The span is unsigned: keys may be hashes over
     * all 64 bits.
     */
    public static KeyValueBuckets covering(KeyRange span, long rows, long rowsPerBucket, int maxBuckets) {
        long wanted = Math.max(1, Math.min(maxBuckets, rows / Math.max(1, rowsPerBucket)));
        int shift = 0;
        // (high >> shift) - (low >> shift) is the bucket count less one, as an unsigned number even for shift 0
        while (shift < 63 && Long.compareUnsigned((span.high() >> shift) - (span.low() >> shift), wanted - 1) > 0) {
            shift++;
        }
        return new KeyValueBuckets(span.low() >> shift, shift, (int) ((span.high() >> shift) - (span.low() >> shift)) + 1);
    }

    /** log2 of the bucket count, rounded up: the request's bucket bits for a pass over these buckets. */
    public int bits() {
        return 32 - Integer.numberOfLeadingZeros(count - 1);
    }

    /** The bucket of a key within the span (as the dialect's statement numbers it). */
    public long bucketOf(long key) {
        return (key >> shift) - first;
    }

    /** The keys of a bucket. */
    public KeyRange keys(int bucket) {
        long low = (first + bucket) << shift;
        return new KeyRange(low, low + ((1L << shift) - 1));
    }
}
