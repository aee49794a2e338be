package org.featureparity.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.featureparity.api.Constants;
import org.featureparity.check.Memo;
import org.featureparity.runtime.ExternalStoreRuntime;
import org.featureparity.runtime.ProvisionedStore;
import org.featureparity.runtime.StoreDeclaration;
import org.featureparity.runtime.StoreRuntime;
import org.featureparity.runtime.StoreSettings;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.StoreException;
import org.featureparity.store.StoreInfo;

/**
 * The stores of a run. Each declaration is provided once and shared by every suite declaring the same one; all
 * are closed when the run ends.
 */
final class StoreRegistry implements AutoCloseable {

    private static final List<String> AUTO_ORDER = List.of("testcontainers", "embedded");

    private final ParityConfiguration configuration;
    private final RunEvidence evidence;
    private final Map<String, StoreRuntime> runtimes = new LinkedHashMap<>();
    private final Map<String, Boolean> availability = new HashMap<>();
    private final Map<String, Memo<ProvisionedStore>> provisioned = new LinkedHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean announcedFallback = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger provisionedCount = new java.util.concurrent.atomic.AtomicInteger();

    StoreRegistry(ParityConfiguration configuration, RunEvidence evidence) {
        this.configuration = configuration;
        this.evidence = evidence;
        ServiceLoader.load(StoreRuntime.class, Thread.currentThread().getContextClassLoader())
                .forEach(runtime -> runtimes.putIfAbsent(runtime.name(), runtime));
        runtimes.putIfAbsent(ExternalStoreRuntime.NAME, new ExternalStoreRuntime());
    }

    /** The store for a declaration, provided on first need. */
    FeatureStore acquire(StoreDeclaration declaration, ClassLoader scripts) {
        StoreSettings settings = new StoreSettings(declaration.role(), configuration::get, configuration.statementTimeout(), scripts);
        StoreRuntime runtime = runtimeFor(declaration, settings);
        boolean external = runtime.name().equals(ExternalStoreRuntime.NAME);
        // external stores differ per role (their URLs); started stores are the same wherever declared alike
        String key = runtime.name() + "|" + (external ? declaration.role() : "") + "|" + declaration.initScripts();
        Memo<ProvisionedStore> memo;
        synchronized (provisioned) {
            memo = provisioned.computeIfAbsent(key, k -> new Memo<>(() -> provision(runtime, declaration, settings)));
        }
        FeatureStore store = memo.get().store();
        StoreInfo info = store.info();
        String prefix = "store." + declaration.role() + ".";
        evidence.environment(prefix + "runtime", runtime.name());
        evidence.environment(prefix + "product", info.product() + " " + info.version());
        evidence.environment(prefix + "url", info.redactedUrl());
        return store;
    }

    // the count tells an auditor (and a test) that twenty groups declaring the same two stores started two, not forty
    private ProvisionedStore provision(StoreRuntime runtime, StoreDeclaration declaration, StoreSettings settings) {
        ProvisionedStore store = runtime.provision(declaration, settings);
        evidence.environment("stores.provided", Integer.toString(provisionedCount.incrementAndGet()));
        return store;
    }

    private StoreRuntime runtimeFor(StoreDeclaration declaration, StoreSettings settings) {
        String name;
        if (settings.roleValue("url").isPresent()) {
            name = ExternalStoreRuntime.NAME;
        } else if (!configuration.runtime().equals(Constants.RUNTIME_AUTO)) {
            name = configuration.runtime();
        } else {
            name = declaration.runtime().or(() -> settings.roleValue("runtime")).orElse(Constants.RUNTIME_AUTO);
        }
        if (name.equals(Constants.RUNTIME_AUTO)) {
            return autoRuntime(declaration.role());
        }
        StoreRuntime runtime = Optional.ofNullable(runtimes.get(name)).orElseThrow(() -> new StoreException(
                "unknown store runtime '" + name + "' for the " + declaration.role() + " store; available: " + runtimes.keySet()
                        + (name.equals("testcontainers") ? " (add parity-testcontainers to the test classpath)" : "")));
        if (!available(runtime)) {
            throw new StoreException("store runtime '" + name + "' cannot provide the " + declaration.role() + " store: "
                    + runtime.unavailableBecause().orElse("not available on this machine"));
        }
        return runtime;
    }

    /** The first available of Testcontainers and embedded; a fallback is announced once per run, and recorded. */
    private StoreRuntime autoRuntime(String role) {
        List<String> passedOver = new ArrayList<>();
        for (String candidate : AUTO_ORDER) {
            StoreRuntime runtime = runtimes.get(candidate);
            if (runtime == null) {
                continue;
            }
            if (available(runtime)) {
                if (!passedOver.isEmpty() && announcedFallback.compareAndSet(false, true)) {
                    String notice = Constants.RUNTIME + "=auto uses the " + candidate + " runtime: " + String.join("; ", passedOver);
                    System.getLogger(StoreRegistry.class.getName()).log(System.Logger.Level.INFO, notice);
                    evidence.environment("runtime.auto", notice);
                }
                return runtime;
            }
            passedOver.add(candidate + " " + runtime.unavailableBecause().orElse("not available"));
        }
        throw new StoreException("no runtime can start the " + role + " store here ("
                + (passedOver.isEmpty() ? "none on the classpath" : String.join("; ", passedOver))
                + "): add parity-postgres to the test classpath for the embedded runtime, or set "
                + Constants.STORE_PREFIX + role + ".url");
    }

    private boolean available(StoreRuntime runtime) {
        synchronized (availability) {
            return availability.computeIfAbsent(runtime.name(), n -> runtime.isAvailable());
        }
    }

    @Override
    public void close() {
        List<Memo<ProvisionedStore>> all;
        synchronized (provisioned) {
            all = new ArrayList<>(provisioned.values());
            provisioned.clear();
        }
        for (Memo<ProvisionedStore> memo : all) {
            try {
                memo.get().close();
            } catch (RuntimeException ignored) {
                // a store that failed to start has nothing to stop
            }
        }
    }
}
