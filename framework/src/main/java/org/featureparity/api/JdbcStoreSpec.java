package org.featureparity.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.featureparity.runtime.StoreDeclaration;

/**
 * How a suite declares a store: the runtime that provides it and, for stores the framework starts, the scripts that
 * set it up. Immutable; {@link #init} returns a new spec.
 */
public final class JdbcStoreSpec {

    private final Optional<String> runtime;
    private final List<String> initScripts;

    private JdbcStoreSpec(Optional<String> runtime, List<String> initScripts) {
        this.runtime = runtime;
        this.initScripts = List.copyOf(initScripts);
    }

    /** A store provided by the named runtime ({@code embedded}, {@code testcontainers}, {@code external}). */
    public static JdbcStoreSpec runtime(String name) {
        return new JdbcStoreSpec(Optional.of(name), List.of());
    }

    /** A store provided by the configured default runtime ({@code parity.runtime}). */
    public static JdbcStoreSpec configured() {
        return new JdbcStoreSpec(Optional.empty(), List.of());
    }

    /** A store from {@code parity.store.<role>.url}, never written. */
    public static JdbcStoreSpec external() {
        return runtime("external");
    }

    /** Adds SQL scripts (classpath paths, or {@code file:} paths) run in order when the store is started. */
    public JdbcStoreSpec init(String... scripts) {
        List<String> all = new ArrayList<>(initScripts);
        all.addAll(Arrays.asList(scripts));
        return new JdbcStoreSpec(runtime, all);
    }

    public StoreDeclaration declarationFor(String role) {
        return new StoreDeclaration(role, runtime, initScripts);
    }
}
