package org.featureparity.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates a {@link Property} method's parameter with the suite's static {@code Generator} field, or static
 * parameterless method returning one, of the given name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface From {

    /** The name of the field or method. */
    String value();
}
