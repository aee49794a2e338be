package org.featureparity.runtime;

import org.featureparity.store.jdbc.ConnectionSource;

/**
 * A database server the framework started for pipelines under test: the only place generated histories are
 * written. Each {@link #createDatabase} is a new empty database, so two pipelines can create the same schema names.
 */
public interface PipelineServer extends AutoCloseable {

    /** What kind of server, for evidence, e.g. {@code PostgreSQL 14.22 (embedded)}. */
    String description();

    /**
     * Creates a new empty database and returns how to connect to it (writable: the framework owns it).
     *
     * @param name a lower-case SQL identifier, unique on this server
     */
    ConnectionSource createDatabase(String name);

    /** Stops the server and everything on it. */
    @Override
    void close();
}
