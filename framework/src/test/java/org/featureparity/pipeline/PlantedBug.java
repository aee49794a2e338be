package org.featureparity.pipeline;

import static org.featureparity.pipeline.PipelineDatabases.USER_EVENTS;
import static org.featureparity.pipeline.PipelineDatabases.fresh;
import static org.featureparity.pipeline.PipelineDatabases.resource;

import org.featureparity.pipeline.sql.SqlPipeline;
import org.featureparity.pipeline.sql.SqlPipelineDefinition;

/** The migration bugs a property must find: each a copy of the deduplicating reference with one thing changed. */
enum PlantedBug {
    EXCLUSIVE_START("exclusive_start.sql", 2),
    INCLUSIVE_END("inclusive_end.sql", 2),
    CALENDAR_DAY("calendar_day.sql", 2),
    LOCAL_TIME("local_time.sql", 2),
    NO_DEDUP("no_dedup.sql", 2),
    NULL_NOT_ZERO("null_not_zero.sql", 1);

    private final String query;
    private final int maxShrunkEvents;

    PlantedBug(String query, int maxShrunkEvents) {
        this.query = query;
        this.maxShrunkEvents = maxShrunkEvents;
    }

    int maxShrunkEvents() {
        return maxShrunkEvents;
    }

    SqlPipeline open() {
        String schema = this == LOCAL_TIME ? resource("pipelines/planted/events_local_time.sql")
                : resource("pipelines/events.sql");
        return SqlPipeline.open(fresh(name().toLowerCase()), SqlPipelineDefinition.query(name().toLowerCase(), schema,
                USER_EVENTS, resource("pipelines/planted/" + query)));
    }

    static SqlPipeline reference() {
        return SqlPipeline.open(fresh("reference"), SqlPipelineDefinition.query("reference",
                resource("pipelines/events.sql"), USER_EVENTS, resource("pipelines/planted/deduplicated.sql")));
    }
}
