package org.featureparity.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a static {@link JdbcStoreSpec} field of a {@link FeatureSuite} as the store of a role. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Store {

    /** {@code old} or {@code new}. */
    String value();
}
