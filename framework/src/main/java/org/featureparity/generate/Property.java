package org.featureparity.generate;

/**
 * A claim about every generated value. Returning {@link PropertyOutcome.Fails} or throwing an
 * {@link AssertionError} falsifies it; any other exception means the check could not run (an error, never a pass).
 */
@FunctionalInterface
public interface Property<T> {

    PropertyOutcome check(T value) throws Exception;
}
