package org.featureparity.pipeline.sql;

import java.util.Optional;

/**
 * Where a SQL pipeline's raw events live and which column holds which part of an {@code Event}; optionally the
 * table every entity is registered in (feature queries often start from it, so entities without events still get
 * a row). Other columns of these tables must be nullable or have defaults.
 */
public record EventTable(
        String table,
        String eventIdColumn,
        String entityColumn,
        String eventTimeColumn,
        Optional<String> ingestedAtColumn,
        Optional<String> valueColumn,
        Optional<String> entityTable,
        Optional<String> entityTableIdColumn) {

    /** An events table with the given identity, entity and event-time columns and nothing else mapped. */
    public static EventTable of(String table, String eventIdColumn, String entityColumn, String eventTimeColumn) {
        return new EventTable(table, eventIdColumn, entityColumn, eventTimeColumn, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public EventTable withValue(String column) {
        return new EventTable(table, eventIdColumn, entityColumn, eventTimeColumn, ingestedAtColumn,
                Optional.of(column), entityTable, entityTableIdColumn);
    }

    public EventTable withIngestedAt(String column) {
        return new EventTable(table, eventIdColumn, entityColumn, eventTimeColumn, Optional.of(column), valueColumn,
                entityTable, entityTableIdColumn);
    }

    /** Every entity of a history is inserted into {@code entityTable(idColumn)} before the events. */
    public EventTable withEntities(String entityTableName, String idColumn) {
        return new EventTable(table, eventIdColumn, entityColumn, eventTimeColumn, ingestedAtColumn, valueColumn,
                Optional.of(entityTableName), Optional.of(idColumn));
    }
}
