package org.featureparity.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a feature-parity suite: its {@link Contract} methods declare groups, its {@link Store} fields the
 * old and the new store. The {@code feature-parity} engine discovers it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FeatureSuite {

    /** The migration these groups belong to; reports use it as the epic. Defaults to {@code parity.migration}. */
    String migration() default "";
}
