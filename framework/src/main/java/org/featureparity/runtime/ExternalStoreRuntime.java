package org.featureparity.runtime;

import java.sql.DriverManager;
import java.util.Properties;
import org.featureparity.api.Constants;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.StoreException;
import org.featureparity.store.jdbc.JdbcFeatureStore;

/**
 * Connects to stores someone else runs, from {@code parity.store.<role>.url|user|password}; it never writes to them
 * and never runs a declaration's init scripts.
 */
public final class ExternalStoreRuntime implements StoreRuntime {

    public static final String NAME = "external";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProvisionedStore provision(StoreDeclaration declaration, StoreSettings settings) {
        String role = settings.role();
        String url = settings.roleValue("url").orElseThrow(() -> new StoreException(
                "no URL for the " + role + " store: set " + Constants.STORE_PREFIX + role + ".url"));
        Properties credentials = new Properties();
        settings.roleValue("user").ifPresent(user -> credentials.setProperty("user", user));
        password(settings).ifPresent(password -> credentials.setProperty("password", password));
        FeatureStore store = new JdbcFeatureStore(role, () -> DriverManager.getConnection(url, credentials), url,
                settings.statementTimeout());
        return new ProvisionedStore() {
            @Override
            public FeatureStore store() {
                return store;
            }

            @Override
            public void close() {
                // nothing was started; connections are closed after each read
            }
        };
    }

    private static java.util.Optional<String> password(StoreSettings settings) {
        java.util.Optional<String> direct = settings.roleValue("password");
        if (direct.isPresent()) {
            return direct;
        }
        return settings.roleValue("password-env").map(variable -> {
            String value = System.getenv(variable);
            if (value == null) {
                throw new StoreException("environment variable " + variable + " named by "
                        + Constants.STORE_PREFIX + settings.role() + ".password-env is not set");
            }
            return value;
        });
    }
}
