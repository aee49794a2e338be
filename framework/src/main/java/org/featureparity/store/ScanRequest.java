package org.featureparity.store;

import java.util.List;
import org.featureparity.contract.SourceRef;

/**
 * Rows of a source ordered by key, streamed.
 *
 * @param source       the table or query
 * @param keyColumns   the key columns, in order; the scan is ordered by them
 * @param valueColumns the feature columns to read, in the order the caller wants them
 * @param fetchSize    rows per round trip; the cursor never holds more than this
 */
public record ScanRequest(SourceRef source, List<StoreColumn> keyColumns, List<StoreColumn> valueColumns, int fetchSize) {

    public ScanRequest {
        keyColumns = List.copyOf(keyColumns);
        valueColumns = List.copyOf(valueColumns);
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("a scan needs at least one key column");
        }
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetch size must be positive, was " + fetchSize);
        }
    }
}
