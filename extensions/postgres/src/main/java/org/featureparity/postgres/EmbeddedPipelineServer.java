package org.featureparity.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.featureparity.runtime.PipelineServer;
import org.featureparity.store.StoreException;
import org.featureparity.store.jdbc.ConnectionSource;

/** An in-process PostgreSQL for pipelines under test; one per run, each pipeline in a database of its own. */
final class EmbeddedPipelineServer implements PipelineServer {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final String description;

    private EmbeddedPipelineServer(EmbeddedPostgres postgres, String description) {
        this.postgres = postgres;
        this.description = description;
    }

    static EmbeddedPipelineServer start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            throw new StoreException("could not start an embedded PostgreSQL for pipelines: " + e.getMessage(), e);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new EmbeddedPipelineServer(postgres, meta.getDatabaseProductName() + " "
                    + meta.getDatabaseProductVersion() + " (embedded)");
        } catch (SQLException e) {
            close(postgres);
            throw new StoreException("the embedded PostgreSQL for pipelines does not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ConnectionSource createDatabase(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name: '" + name + "'");
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new StoreException("could not create the pipeline database " + name + ": " + e.getMessage(), e);
        }
        DataSource database = postgres.getDatabase("postgres", name);
        return database::getConnection;
    }

    @Override
    public void close() {
        close(postgres);
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException ignored) {
            // stopping at the end of a run: nothing is left to release
        }
    }
}
