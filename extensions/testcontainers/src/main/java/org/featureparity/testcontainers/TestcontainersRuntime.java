package org.featureparity.testcontainers;

import java.util.Optional;
import java.util.Properties;
import org.featureparity.runtime.InitScripts;
import org.featureparity.runtime.ProvisionedStore;
import org.featureparity.runtime.StoreDeclaration;
import org.featureparity.runtime.StoreRuntime;
import org.featureparity.runtime.StoreSettings;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.StoreException;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The {@code testcontainers} runtime: each declared store is a PostgreSQL-compatible container (any image that
 * speaks the PostgreSQL protocol, e.g. a given PostgreSQL version or RisingWave), set up from the declaration's init
 * scripts. Available only where a Docker engine answers; under {@code parity.runtime=auto} the embedded runtime is
 * used otherwise.
 */
public final class TestcontainersRuntime implements StoreRuntime {

    public static final String NAME = "testcontainers";
    /** Image of the role's container, e.g. {@code postgres:16-alpine}; per role as {@code parity.store.<role>.image}. */
    public static final String IMAGE_SUFFIX = "image";
    public static final String DEFAULT_IMAGE = "postgres:16-alpine";

    private volatile Optional<String> unavailability;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isAvailable() {
        return unavailability().isEmpty();
    }

    @Override
    public Optional<String> unavailableBecause() {
        return unavailability();
    }

    @Override
    public ProvisionedStore provision(StoreDeclaration declaration, StoreSettings settings) {
        unavailability().ifPresent(reason -> {
            throw new StoreException("the testcontainers runtime cannot start the " + declaration.role() + " store: " + reason);
        });
        String image = settings.roleValue(IMAGE_SUFFIX).orElse(DEFAULT_IMAGE);
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
        try {
            container.start();
            Properties credentials = new Properties();
            credentials.setProperty("user", container.getUsername());
            credentials.setProperty("password", container.getPassword());
            String url = container.getJdbcUrl();
            InitScripts.run(() -> java.sql.DriverManager.getConnection(url, credentials), declaration, settings.classLoader());
            FeatureStore store = new JdbcFeatureStore(declaration.role(),
                    () -> java.sql.DriverManager.getConnection(url, credentials), url, settings.statementTimeout());
            return new ContainerStore(container, store);
        } catch (RuntimeException e) {
            container.stop();
            throw e instanceof StoreException ? e : new StoreException("could not start a " + image + " container for the "
                    + declaration.role() + " store: " + e.getMessage(), e);
        }
    }

    private Optional<String> unavailability() {
        Optional<String> known = unavailability;
        if (known == null) {
            known = DockerProbe.unavailability(DockerProbe.DEFAULT_LIMIT);
            unavailability = known;
        }
        return known;
    }

    private record ContainerStore(PostgreSQLContainer container, FeatureStore store) implements ProvisionedStore {
        @Override
        public void close() {
            container.stop();
        }
    }
}
