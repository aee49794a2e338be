package org.featureparity.runtime;

/**
 * Provides stores for a run: starts the ones the framework owns ({@code embedded}, {@code testcontainers}) or
 * connects to given ones ({@code external}). Found with {@link java.util.ServiceLoader}.
 */
public interface StoreRuntime {

    /** The name configuration and declarations use for it, e.g. {@code embedded}. */
    String name();

    /** Whether it can provide stores on this machine; asked at most once per run, so it may probe. */
    default boolean isAvailable() {
        return true;
    }

    /** Why it cannot provide stores here, when it cannot: named in the error or the fallback notice. */
    default java.util.Optional<String> unavailableBecause() {
        return isAvailable() ? java.util.Optional.empty() : java.util.Optional.of("not available on this machine");
    }

    /** Provides the declared store. Failures throw {@link org.featureparity.store.StoreException} with the cause. */
    ProvisionedStore provision(StoreDeclaration declaration, StoreSettings settings);

    /**
     * Starts a server for pipelines under test (property checks), if this runtime can start one; empty when it
     * cannot (e.g. {@code external}: a store someone else runs is never written).
     */
    default java.util.Optional<PipelineServer> startPipelineServer() {
        return java.util.Optional.empty();
    }
}
