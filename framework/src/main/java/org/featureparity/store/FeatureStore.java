package org.featureparity.store;

import java.util.List;
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

    /**
     * This store with its sessions in {@code zone}, so conversions the store itself makes (a view casting
     * {@code timestamptz} to {@code timestamp} or {@code date}) use the contract's zone and never the JVM default
     * the driver would otherwise send.
     */
    default FeatureStore inZone(java.time.ZoneId zone) {
        return this;
    }

    /**
     * Point-in-time values: for each probe, the latest row of its entity with as-of at or before its time (and not
     * before its TTL bound), computed in the store, batched, read-only. A capability: stores without it throw
     * {@link UnsupportedOperationException}.
     */
    default LookupResult lookup(LookupRequest request) {
        throw new UnsupportedOperationException(info().role() + " store does not support point-in-time lookups");
    }

    /** Up to {@code limit} history rows with the smallest seeded hash of (entity, as-of); a capability like lookup. */
    default HistorySample sampleHistory(SourceRef source, List<StoreColumn> entityColumns, StoreColumn asOfColumn,
                                        long seed, int limit) {
        throw new UnsupportedOperationException(info().role() + " store does not support sampling a history");
    }

    /** The first and last as-of of each given entity that has rows; a capability like lookup. */
    default List<AsOfRange> asOfRanges(SourceRef source, List<StoreColumn> entityColumns, StoreColumn asOfColumn,
                                       List<List<Object>> keys) {
        throw new UnsupportedOperationException(info().role() + " store does not support as-of ranges");
    }

    /** The largest value of the column, empty when the source has no non-NULL value in it. */
    default java.util.Optional<Object> newest(SourceRef source, StoreColumn column) {
        throw new UnsupportedOperationException(info().role() + " store does not support reading the newest as-of");
    }

    /** Checksums of key ranges computed in the store, when its dialect supports them (see the pushdown strategy). */
    default java.util.Optional<org.featureparity.store.checksum.KeyChecksums> checksums() {
        return java.util.Optional.empty();
    }
}
