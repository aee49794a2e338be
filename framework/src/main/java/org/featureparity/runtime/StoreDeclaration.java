package org.featureparity.runtime;

import java.util.List;
import java.util.Optional;

/**
 * What a suite says about the store of one role: which runtime provides it (or none named: the configured
 * default), and for stores the framework starts itself, the SQL scripts that set it up.
 *
 * @param role        {@code old} or {@code new}
 * @param runtime     {@code embedded}, {@code testcontainers}, {@code external}, or empty for the configured default
 * @param initScripts script locations: {@code classpath:path}, {@code file:path}, or a bare classpath path
 */
public record StoreDeclaration(String role, Optional<String> runtime, List<String> initScripts) {

    public StoreDeclaration {
        initScripts = List.copyOf(initScripts);
    }
}
