package org.featureparity.store;

import java.util.List;
import java.util.Optional;
import org.featureparity.contract.Sample;
import org.featureparity.contract.SourceRef;

/**
 * Rows of a source ordered by key, streamed.
 *
 * @param source       the table or query
 * @param keyColumns   the key columns, in order; the scan is ordered by them
 * @param valueColumns the feature columns to read, in the order the caller wants them
 * @param fetchSize    rows per round trip; the cursor never holds more than this
 * @param sample       when present, only entities in the sample: the store filters by a hash of the first
 *                     {@code sampledKeyColumns} key columns (the entity, not the as-of column)
 * @param sampledKeyColumns how many leading key columns identify an entity for sampling
 */
public record ScanRequest(SourceRef source, List<StoreColumn> keyColumns, List<StoreColumn> valueColumns, int fetchSize,
                          Optional<Sample> sample, int sampledKeyColumns) {

    /** A scan of every row. */
    public ScanRequest(SourceRef source, List<StoreColumn> keyColumns, List<StoreColumn> valueColumns, int fetchSize) {
        this(source, keyColumns, valueColumns, fetchSize, Optional.empty(), keyColumns.size());
    }

    /** The same scan restricted to a sample of entities identified by the first {@code entityColumns} key columns. */
    public ScanRequest sampled(Sample entities, int entityColumns) {
        return new ScanRequest(source, keyColumns, valueColumns, fetchSize, Optional.of(entities), entityColumns);
    }

    public ScanRequest {
        keyColumns = List.copyOf(keyColumns);
        valueColumns = List.copyOf(valueColumns);
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("a scan needs at least one key column");
        }
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetch size must be positive, was " + fetchSize);
        }
        if (sampledKeyColumns < 1 || sampledKeyColumns > keyColumns.size()) {
            throw new IllegalArgumentException("sampled key columns must be within [1, " + keyColumns.size() + "], was " + sampledKeyColumns);
        }
    }
}
