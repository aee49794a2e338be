package org.featureparity.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.featureparity.runtime.PipelineServer;
import org.featureparity.runtime.ProvisionedStore;
import org.featureparity.runtime.StoreDeclaration;
import org.featureparity.runtime.StoreRuntime;
import org.featureparity.runtime.StoreSettings;
import org.featureparity.store.StoreException;
import org.featureparity.store.jdbc.ConnectionSource;

/**
 * Pipelines for the framework's engine tests on the real test PostgreSQL ({@link TestDatabase}): the framework
 * module has no dependency on the embedded runtime, which lives in parity-postgres. Provides no stores.
 */
public final class TestDatabasePipelineRuntime implements StoreRuntime {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public String name() {
        return "test-database";
    }

    @Override
    public ProvisionedStore provision(StoreDeclaration declaration, StoreSettings settings) {
        throw new StoreException("the test-database runtime provides pipeline servers only");
    }

    @Override
    public Optional<PipelineServer> startPipelineServer() {
        return Optional.of(new PipelineServer() {
            @Override
            public String description() {
                return "PostgreSQL (framework test database)";
            }

            @Override
            public ConnectionSource createDatabase(String name) {
                // one server for every engine run of the JVM: a run-local name is made unique here
                String unique = name + "_t" + DATABASES.incrementAndGet();
                try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + unique);
                } catch (SQLException e) {
                    throw new StoreException("could not create " + unique + ": " + e.getMessage(), e);
                }
                DataSource database = TestDatabase.postgres().getDatabase("postgres", unique);
                return database::getConnection;
            }

            @Override
            public void close() {
                // the test database outlives every run; TestDatabase stops it when the JVM exits
            }
        });
    }
}
