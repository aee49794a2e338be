package org.featureparity.store;

import org.featureparity.contract.SourceRef;

/**
 * A store holding feature values: the old one being migrated from, or the new one. Every read runs in a read-only
 * transaction; a store under comparison is never written.
 */
public interface FeatureStore {

    /** Facts for evidence: product, version, redacted URL. */
    StoreInfo info();

    /** The columns the source really has, from the database's own metadata. */
    StoreDescription describe(SourceRef source);

    /** Streams the source's rows ordered by the request's key columns. */
    RowCursor scan(ScanRequest request);

    /** How many rows hold NULL in the column: verifies nullability where no constraint declares it. */
    long countNulls(SourceRef source, String column);

    /**
     * This store with every statement limited to at most {@code limit} (and never more than its own statement
     * timeout): how a check's remaining time reaches the database.
     */
    default FeatureStore within(java.time.Duration limit) {
        return this;
    }

    /** Checksums of key ranges computed in the store, when its dialect supports them (see the pushdown strategy). */
    default java.util.Optional<org.featureparity.store.checksum.KeyChecksums> checksums() {
        return java.util.Optional.empty();
    }
}
