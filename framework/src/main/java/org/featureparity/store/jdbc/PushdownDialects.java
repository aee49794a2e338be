package org.featureparity.store.jdbc;

import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the pushdown dialect for a database product among those on the class path. */
final class PushdownDialects {

    private PushdownDialects() {
    }

    static Optional<PushdownDialect> forProduct(String productName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (PushdownDialect dialect : ServiceLoader.load(PushdownDialect.class,
                loader == null ? PushdownDialects.class.getClassLoader() : loader)) {
            if (dialect.appliesTo(productName)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }
}
