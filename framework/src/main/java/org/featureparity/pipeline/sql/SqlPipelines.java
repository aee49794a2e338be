package org.featureparity.pipeline.sql;

import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.pipeline.PipelinePair;
import org.featureparity.store.jdbc.ConnectionSource;

/** Opens the SQL pipelines a contract declares, each on its own database the framework owns. */
public final class SqlPipelines {

    private SqlPipelines() {
    }

    /**
     * Opens both sides; when the new side cannot open, the old one is closed again.
     *
     * @param oldDatabase a database for the old pipeline alone (its schema is created there)
     * @param newDatabase a database for the new pipeline alone
     */
    public static PipelinePair open(PipelinesDeclaration declaration, ScriptSource scripts,
                                    ConnectionSource oldDatabase, ConnectionSource newDatabase) {
        EventTable events = events(declaration.events());
        String eventsSchema = scripts.read(declaration.events().schemaScript());
        SqlPipeline old = SqlPipeline.open(oldDatabase, definition("old", declaration.oldPipeline(), events,
                eventsSchema, scripts));
        try {
            return new PipelinePair(old, SqlPipeline.open(newDatabase, definition("new", declaration.newPipeline(),
                    events, eventsSchema, scripts)));
        } catch (RuntimeException e) {
            old.close();
            throw e;
        }
    }

    static EventTable events(PipelinesDeclaration.Events declared) {
        EventTable table = EventTable.of(declared.table(), declared.eventIdColumn(), declared.entityColumn(),
                declared.eventTimeColumn());
        if (declared.ingestedAtColumn().isPresent()) {
            table = table.withIngestedAt(declared.ingestedAtColumn().get());
        }
        if (declared.valueColumn().isPresent()) {
            table = table.withValue(declared.valueColumn().get());
        }
        if (declared.entityTable().isPresent() && declared.entityIdColumn().isPresent()) {
            table = table.withEntities(declared.entityTable().get(), declared.entityIdColumn().get());
        }
        return table;
    }

    private static SqlPipelineDefinition definition(String side, PipelinesDeclaration.Sql sql, EventTable events,
                                                    String eventsSchema, ScriptSource scripts) {
        // the setup follows the events schema in one script: views it creates may select from the events table
        String schema = eventsSchema + "\n;\n" + sql.setupScript().map(scripts::read).orElse("");
        return new SqlPipelineDefinition(side + ":" + sql.queryScript(), schema, events, sql.afterLoad(),
                scripts.read(sql.queryScript()));
    }
}
