package org.featureparity.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The old and the new feature computation of a group, declared for property-based equivalence: the events table
 * both load generated histories into, and per side the SQL that computes the features. Script paths are as written
 * in the contract; whoever runs the pipelines resolves them (next to the contract file, or on the classpath).
 *
 * @param storesAsOf the time the compared stores' features were computed as of, when they are materialized from
 *                   these pipelines; with it, a values check names the cause of a mismatch by recomputing the
 *                   entity's events (read from the old store's events table) through the old pipeline
 */
public record PipelinesDeclaration(Events events, Sql oldPipeline, Sql newPipeline, OptionalInt tries,
                                   Optional<Instant> storesAsOf) {

    /** A declaration that runs as many tries as configured ({@code parity.tries}). */
    public PipelinesDeclaration(Events events, Sql oldPipeline, Sql newPipeline) {
        this(events, oldPipeline, newPipeline, OptionalInt.empty());
    }

    /** A declaration whose stores' as-of time is not known: mismatches are classified by their values. */
    public PipelinesDeclaration(Events events, Sql oldPipeline, Sql newPipeline, OptionalInt tries) {
        this(events, oldPipeline, newPipeline, tries, Optional.empty());
    }

    public PipelinesDeclaration {
        if (tries.isPresent() && tries.getAsInt() < 1) {
            throw new IllegalArgumentException("pipelines: tries must be >= 1, was " + tries.getAsInt());
        }
    }

    /**
     * The events table: the script that creates it, and which column holds which part of an event.
     *
     * @param entityTable   the table every entity is registered in, if the feature SQL starts from one
     * @param entityIdColumn its id column, present exactly when {@code entityTable} is
     */
    public record Events(
            String schemaScript,
            String table,
            String eventIdColumn,
            String entityColumn,
            String eventTimeColumn,
            Optional<String> ingestedAtColumn,
            Optional<String> valueColumn,
            Optional<String> entityTable,
            Optional<String> entityIdColumn) {
    }

    /**
     * One side's computation.
     *
     * @param setupScript a script run once after the events schema (views, clock tables)
     * @param afterLoad   statements run after each load, {@code :as_of} bound to the as-of time
     * @param queryScript a script holding the feature query, {@code :as_of} bound to the as-of time
     */
    public record Sql(Optional<String> setupScript, List<String> afterLoad, String queryScript) {

        public Sql {
            afterLoad = List.copyOf(afterLoad);
        }
    }
}
