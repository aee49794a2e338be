package org.featureparity.store;

import java.time.ZoneId;
import java.util.List;
import org.featureparity.contract.SourceRef;

/**
 * Point-in-time lookups against a feature history: for each probe, the row valid at its time.
 *
 * @param source        the history table or query: one row per (entity, as-of)
 * @param entityColumns the entity key columns, as the store describes them
 * @param asOfColumn    the as-of column
 * @param valueColumns  the feature columns to read, in the caller's order
 * @param probes        the questions, answered in this order
 * @param zone          the zone that turns probe instants into {@code timestamp} / {@code date} values
 * @param batchSize     probes per statement
 */
public record LookupRequest(SourceRef source, List<StoreColumn> entityColumns, StoreColumn asOfColumn,
                            List<StoreColumn> valueColumns, List<Probe> probes, ZoneId zone, int batchSize) {

    public LookupRequest {
        entityColumns = List.copyOf(entityColumns);
        valueColumns = List.copyOf(valueColumns);
        probes = List.copyOf(probes);
        if (entityColumns.isEmpty()) {
            throw new IllegalArgumentException("a lookup needs at least one entity column");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
        }
    }
}
