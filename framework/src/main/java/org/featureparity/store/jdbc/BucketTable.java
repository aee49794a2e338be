package org.featureparity.store.jdbc;

import java.util.NoSuchElementException;
import org.featureparity.store.checksum.BucketChecksum;
import org.featureparity.store.checksum.BucketCursor;

/**
 * One side's bucket checksums as the database returned them, held by bucket number: two longs a possible bucket
 * (16 MB for the largest bucketing, 2^20 buckets), whatever the number of rows, and the NULLs of every bucket summed
 * on arrival, since only their total is ever needed. The database returns the buckets in any order; they are read
 * in bucket order.
 */
final class BucketTable implements BucketCursor {

    private final String sql;
    private final long[] rows;
    private final long[] checksums;
    private final long[] nulls;
    private int next;

    /**
     * @param bits   log2 of the bucket numbers the statement may return
     * @param values value columns whose NULLs are counted; 0 when the statement counts none
     */
    BucketTable(String sql, int bits, int values) {
        this.sql = sql;
        this.rows = new long[1 << bits];
        this.checksums = new long[1 << bits];
        this.nulls = new long[values];
    }

    /** Records one bucket; a bucket number out of range or returned twice is the dialect's statement at fault. */
    void put(int bucket, long count, long checksum) {
        if (bucket < 0 || bucket >= rows.length) {
            throw new IllegalStateException("the checksum statement returned bucket " + bucket + ", outside 0.."
                    + (rows.length - 1));
        }
        if (rows[bucket] != 0) {
            throw new IllegalStateException("the checksum statement returned bucket " + bucket + " twice");
        }
        if (count < 1) {
            throw new IllegalStateException("the checksum statement returned bucket " + bucket + " with " + count + " rows");
        }
        rows[bucket] = count;
        checksums[bucket] = checksum;
    }

    /** Adds a bucket's NULLs of one value column. */
    void addNulls(int value, long count) {
        nulls[value] += count;
    }

    @Override
    public boolean hasNext() {
        while (next < rows.length && rows[next] == 0) {
            next++;
        }
        return next < rows.length;
    }

    @Override
    public BucketChecksum next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BucketChecksum bucket = new BucketChecksum(next, rows[next], checksums[next]);
        next++;
        return bucket;
    }

    @Override
    public long[] nulls() {
        return nulls.clone();
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public void close() {
        // nothing held: the statement's connection was returned when the buckets were read
    }
}
