package org.featureparity.store.checksum;

import java.util.Iterator;

/** Bucket checksums of one side in ascending bucket order; may hold a connection until closed. */
public interface BucketCursor extends Iterator<BucketChecksum>, AutoCloseable {

    /** The statement that computes them, for evidence. */
    String sql();

    @Override
    void close();
}
