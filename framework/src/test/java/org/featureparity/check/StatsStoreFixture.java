package org.featureparity.check;

import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.INT64;
import static org.featureparity.contract.Contracts.STRING;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.table;

import java.time.Duration;
import java.util.Set;
import org.featureparity.contract.ContractBuilder;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.featureparity.testing.TestDatabase;

/** The stats tables on the embedded PostgreSQL, and group runs over two of them as the engine sets them up. */
final class StatsStoreFixture {

    static final Set<String> FEATURES = Set.of("score", "visits", "tier");
    private static FeatureStore store;

    private StatsStoreFixture() {
    }

    static synchronized FeatureStore store() {
        if (store == null) {
            TestDatabase.load("stores/stats_fixture.sql");
            store = new JdbcFeatureStore("old", TestDatabase::connect, TestDatabase.url(), Duration.ofMinutes(1));
        }
        return store;
    }

    static ContractBuilder contract(String oldTable, String newTable) {
        return FeatureGroupContract.group("stats").entity("user_id")
                .source(table("stats." + oldTable), table("stats." + newTable))
                .feature("score", FLOAT64, nullable())
                .feature("visits", INT64, nullable())
                .feature("tier", STRING, nullable());
    }

    /** A run comparing and profiling every feature, as the engine sets it up when all checks are selected. */
    static GroupRun run(FeatureGroupContract contract) {
        return new GroupRun(contract, side -> store(), FEATURES, 1000).profiling(FEATURES);
    }
}
