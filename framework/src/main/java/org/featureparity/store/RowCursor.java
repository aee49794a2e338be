package org.featureparity.store;

import java.util.Iterator;

/** A stream of rows in key order; holds a connection until closed. */
public interface RowCursor extends Iterator<FeatureRow>, AutoCloseable {

    /** The statement this cursor runs, for evidence (literals only, never credentials). */
    String sql();

    @Override
    void close();
}
