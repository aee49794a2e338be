package org.featureparity.testcontainers;

import static org.featureparity.contract.Contracts.INT32;
import static org.featureparity.contract.Contracts.notNull;
import static org.featureparity.contract.Contracts.table;

import org.featureparity.api.Contract;
import org.featureparity.api.FeatureSuite;
import org.featureparity.api.JdbcStoreSpec;
import org.featureparity.api.Store;
import org.featureparity.contract.FeatureGroupContract;

/** Stores from the configured runtime ({@code parity.runtime}), both set up by the same script. */
@FeatureSuite
public class ShopSuiteTestCase {

    @Store("old")
    static final JdbcStoreSpec OLD = JdbcStoreSpec.configured().init("tc/schema.sql");

    @Store("new")
    static final JdbcStoreSpec NEW = JdbcStoreSpec.configured().init("tc/schema.sql");

    @Contract
    static FeatureGroupContract shop() {
        return FeatureGroupContract.group("shop")
                .entity("customer_id")
                .source(table("shop.features"), table("shop.features"))
                .feature("orders", INT32, notNull())
                .build();
    }
}
