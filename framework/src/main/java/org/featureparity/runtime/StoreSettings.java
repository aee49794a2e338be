package org.featureparity.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.featureparity.api.Constants;

/**
 * The configuration a runtime reads for one role: {@code parity.store.<role>.*} and the run-wide limits.
 *
 * @param role             {@code old} or {@code new}
 * @param configuration    configuration parameters by key
 * @param statementTimeout limit for each statement the store runs
 * @param classLoader      where bare and {@code classpath:} script locations are found
 */
public record StoreSettings(String role, Function<String, Optional<String>> configuration, Duration statementTimeout,
                            ClassLoader classLoader) {

    /** The value of {@code parity.store.<role>.<suffix>}, blank values counting as absent. */
    public Optional<String> roleValue(String suffix) {
        return configuration.apply(Constants.STORE_PREFIX + role + "." + suffix).map(String::trim).filter(v -> !v.isEmpty());
    }
}
