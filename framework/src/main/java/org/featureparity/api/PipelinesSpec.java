package org.featureparity.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.PipelinesDeclaration;

/**
 * How a Java suite declares a group's old and new SQL pipelines (see {@link Pipelines}); the same declaration as a
 * contract file's {@code pipelines:} section. Script paths are classpath resources. Immutable: every method returns
 * a new spec.
 */
public final class PipelinesSpec {

    private final PipelinesDeclaration.Events events;
    private final Optional<Sql> oldPipeline;
    private final Optional<Sql> newPipeline;
    private final Optional<Instant> storesAsOf;

    private PipelinesSpec(PipelinesDeclaration.Events events, Optional<Sql> oldPipeline, Optional<Sql> newPipeline,
                          Optional<Instant> storesAsOf) {
        this.events = events;
        this.oldPipeline = oldPipeline;
        this.newPipeline = newPipeline;
        this.storesAsOf = storesAsOf;
    }

    /**
     * The events table both pipelines read: the script creating it, its name and its identity, entity and
     * event-time columns.
     */
    public static PipelinesSpec events(String schemaScript, String table, String eventIdColumn, String entityColumn,
                                       String eventTimeColumn) {
        return new PipelinesSpec(new PipelinesDeclaration.Events(schemaScript, table, eventIdColumn, entityColumn,
                eventTimeColumn, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The column holding when an event arrived (late and out-of-order arrivals differ from its time). */
    public PipelinesSpec ingestedAt(String column) {
        return withEvents(new PipelinesDeclaration.Events(events.schemaScript(), events.table(), events.eventIdColumn(),
                events.entityColumn(), events.eventTimeColumn(), Optional.of(column), events.valueColumn(),
                events.entityTable(), events.entityIdColumn()));
    }

    /** The column holding an event's measure (NULL, zero and extreme values are generated). */
    public PipelinesSpec value(String column) {
        return withEvents(new PipelinesDeclaration.Events(events.schemaScript(), events.table(), events.eventIdColumn(),
                events.entityColumn(), events.eventTimeColumn(), events.ingestedAtColumn(), Optional.of(column),
                events.entityTable(), events.entityIdColumn()));
    }

    /** The table every entity is registered in, so entities without events get a row too. */
    public PipelinesSpec entities(String table, String idColumn) {
        return withEvents(new PipelinesDeclaration.Events(events.schemaScript(), events.table(), events.eventIdColumn(),
                events.entityColumn(), events.eventTimeColumn(), events.ingestedAtColumn(), events.valueColumn(),
                Optional.of(table), Optional.of(idColumn)));
    }

    public PipelinesSpec oldPipeline(Sql sql) {
        return new PipelinesSpec(events, Optional.of(sql), newPipeline, storesAsOf);
    }

    public PipelinesSpec newPipeline(Sql sql) {
        return new PipelinesSpec(events, oldPipeline, Optional.of(sql), storesAsOf);
    }

    /**
     * The time the compared stores' features were computed as of (a nightly job's clock): the values checks then
     * name each mismatch's cause by recomputing the entity's events, read from the old store's events table,
     * through the old pipeline with one candidate cause applied at a time.
     */
    public PipelinesSpec storesAsOf(Instant asOf) {
        return new PipelinesSpec(events, oldPipeline, newPipeline, Optional.of(asOf));
    }

    /** One side's computation: the script holding its feature query ({@code :as_of} bound to the as-of time). */
    public static Sql sql(String queryScript) {
        return new Sql(Optional.empty(), List.of(), queryScript);
    }

    /** The declaration; both sides must be given. */
    public PipelinesDeclaration declaration(int tries) {
        if (oldPipeline.isEmpty() || newPipeline.isEmpty()) {
            throw new IllegalStateException("pipelines need both an oldPipeline(...) and a newPipeline(...)");
        }
        return new PipelinesDeclaration(events, oldPipeline.get().declaration(), newPipeline.get().declaration(),
                tries > 0 ? java.util.OptionalInt.of(tries) : java.util.OptionalInt.empty(), storesAsOf);
    }

    private PipelinesSpec withEvents(PipelinesDeclaration.Events changed) {
        return new PipelinesSpec(changed, oldPipeline, newPipeline, storesAsOf);
    }

    /** One side's SQL: an optional setup script, statements after each load, and the feature query script. */
    public record Sql(Optional<String> setupScript, List<String> afterLoad, String queryScript) {

        public Sql {
            afterLoad = List.copyOf(afterLoad);
        }

        /** A script run once after the events schema (views, clock tables). */
        public Sql setup(String script) {
            return new Sql(Optional.of(script), afterLoad, queryScript);
        }

        /** Statements run after each load, e.g. {@code REFRESH MATERIALIZED VIEW} or setting a feature clock. */
        public Sql afterLoad(String... statements) {
            List<String> all = new ArrayList<>(afterLoad);
            all.addAll(Arrays.asList(statements));
            return new Sql(setupScript, all, queryScript);
        }

        PipelinesDeclaration.Sql declaration() {
            return new PipelinesDeclaration.Sql(setupScript, afterLoad, queryScript);
        }
    }
}
