package org.featureparity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.featureparity.contract.SourceRef;
import org.featureparity.runtime.ProvisionedStore;
import org.featureparity.runtime.StoreDeclaration;
import org.featureparity.runtime.StoreRuntime;
import org.featureparity.runtime.StoreSettings;
import org.featureparity.store.StoreException;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresRuntimeTests {

    private final EmbeddedPostgresRuntime runtime = new EmbeddedPostgresRuntime();

    @Test
    void startsAStoreSetUpFromItsInitScripts() {
        try (ProvisionedStore provisioned = runtime.provision(declaration("embedded/schema.sql"), settings())) {
            var description = provisioned.store().describe(new SourceRef.Table("shop.features"));

            assertThat(description.columns()).extracting(c -> c.name()).containsExactly("customer_id", "orders");
            assertThat(provisioned.store().countNulls(new SourceRef.Table("shop.features"), "orders")).isZero();
            assertThat(provisioned.store().info().product()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void reportsAFailingInitScriptByName() {
        assertThatThrownBy(() -> runtime.provision(declaration("embedded/broken.sql"), settings()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("init script 'embedded/broken.sql' failed on the old store");
    }

    @Test
    void reportsAMissingInitScriptByName() {
        assertThatThrownBy(() -> runtime.provision(declaration("embedded/nowhere.sql"), settings()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("init script 'embedded/nowhere.sql' not found on the classpath");
    }

    @Test
    void isFoundByServiceLoaderUnderItsName() {
        assertThat(ServiceLoader.load(StoreRuntime.class).stream().map(p -> p.get().name()))
                .contains("embedded", "external");
        assertThat(PostgresStores.embedded().declarationFor("new").runtime()).hasValue("embedded");
    }

    private static StoreDeclaration declaration(String script) {
        return new StoreDeclaration("old", Optional.of("embedded"), List.of(script));
    }

    private static StoreSettings settings() {
        Map<String, String> none = Map.of();
        return new StoreSettings("old", key -> Optional.ofNullable(none.get(key)), Duration.ofMinutes(1),
                EmbeddedPostgresRuntimeTests.class.getClassLoader());
    }
}
