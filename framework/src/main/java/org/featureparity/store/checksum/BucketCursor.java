package org.featureparity.store.checksum;

import java.util.Iterator;

/** Bucket checksums of one side in ascending bucket order; may hold a connection until closed. */
public interface BucketCursor extends Iterator<BucketChecksum>, AutoCloseable {

    /**
     * Per value column, the NULLs of every bucket together, once every bucket has been read; empty when the request
     * did not count them. Agreeing buckets hold the same rows on both sides, so only totals are ever needed.
     */
    long[] nulls();

    /** The statement that computes them, for evidence. */
    String sql();

    @Override
    void close();
}
