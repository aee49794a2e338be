package org.featureparity.postgres;

import org.featureparity.api.JdbcStoreSpec;

/** Declares PostgreSQL stores in a {@code @FeatureSuite}: {@code PostgresStores.embedded().init("schema.sql")}. */
public final class PostgresStores {

    private PostgresStores() {
    }

    /** A PostgreSQL server the framework starts in-process for the run. */
    public static JdbcStoreSpec embedded() {
        return JdbcStoreSpec.runtime(EmbeddedPostgresRuntime.NAME);
    }

    /** A store at {@code parity.store.<role>.url}, never written. */
    public static JdbcStoreSpec external() {
        return JdbcStoreSpec.external();
    }
}
