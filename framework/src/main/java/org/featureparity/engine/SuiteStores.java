package org.featureparity.engine;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.featureparity.api.Constants;
import org.featureparity.check.Memo;
import org.featureparity.contract.Side;
import org.featureparity.runtime.StoreDeclaration;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.StoreException;

/** The old and the new store of one suite, each acquired on first need: a suite that is filtered away starts none. */
final class SuiteStores {

    private final Map<Side, Memo<FeatureStore>> stores = new EnumMap<>(Side.class);

    SuiteStores(SuiteDefinition suite, StoreRegistry registry, ParityConfiguration configuration) {
        for (Side side : Side.values()) {
            stores.put(side, new Memo<>(() -> registry.acquire(Optional.ofNullable(suite.stores().get(side.role()))
                    .orElseGet(() -> fromConfiguration(side.role(), configuration)), suite.classLoader())));
        }
    }

    FeatureStore store(Side side) {
        return stores.get(side).get();
    }

    /** A store declared only in configuration: {@code parity.store.<role>.runtime} and {@code .init}. */
    private static StoreDeclaration fromConfiguration(String role, ParityConfiguration configuration) {
        String prefix = Constants.STORE_PREFIX + role + ".";
        Optional<String> url = configuration.get(prefix + "url");
        Optional<String> runtime = configuration.get(prefix + "runtime");
        List<String> init = configuration.get(prefix + "init")
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        if (url.isEmpty() && runtime.isEmpty() && init.isEmpty() && configuration.get(Constants.RUNTIME).isEmpty()) {
            throw new StoreException("no " + role + " store declared: set " + prefix + "url (an existing database) or "
                    + prefix + "init (scripts for a store the framework starts), or declare @Store(\"" + role + "\") in a Java suite");
        }
        return new StoreDeclaration(role, runtime, init);
    }
}
