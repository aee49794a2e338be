package org.featureparity.pipeline.sql;

import java.util.List;

/**
 * A feature computation in SQL: the schema it runs on (the events table and any views, created once), the
 * statements that bring derived data up to date after a history is loaded (e.g. {@code REFRESH MATERIALIZED VIEW},
 * or setting a feature clock), and the query that returns one row per entity with its key and feature columns.
 *
 * <p>{@code :as_of} in {@code afterLoad} and {@code featureQuery} is bound to the history's as-of time as a
 * {@code timestamptz} parameter.
 */
public record SqlPipelineDefinition(
        String name,
        String schema,
        EventTable events,
        List<String> afterLoad,
        String featureQuery) {

    public SqlPipelineDefinition {
        afterLoad = List.copyOf(afterLoad);
        if (name == null || name.isBlank() || featureQuery == null || featureQuery.isBlank()) {
            throw new IllegalArgumentException("a SQL pipeline needs a name and a feature query");
        }
    }

    /** A pipeline whose features come from one query over the loaded events. */
    public static SqlPipelineDefinition query(String name, String schema, EventTable events, String featureQuery) {
        return new SqlPipelineDefinition(name, schema, events, List.of(), featureQuery);
    }
}
