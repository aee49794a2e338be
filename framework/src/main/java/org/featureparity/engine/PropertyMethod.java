package org.featureparity.engine;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.featureparity.generate.Generator;

/**
 * A {@code @Property} method of a Java suite, with how each of its parameters is supplied. A method that cannot be
 * called (a parameter of an unknown kind, a missing generator) keeps its node and reports the problem as an error.
 *
 * @param origin where it was declared, {@code Class#method}
 */
record PropertyMethod(String name, Method method, String origin, OptionalInt tries, List<Parameter> parameters,
                      Optional<String> problem) {

    PropertyMethod {
        parameters = List.copyOf(parameters);
    }

    /** How one parameter gets its value. */
    sealed interface Parameter permits History, Generated, Pipelines, Contract {
    }

    /** An event history over the group's window, from the contract's edge-biased generator. */
    record History() implements Parameter {
    }

    /** A value from one of the suite's generators. */
    record Generated(String source, Generator<?> generator) implements Parameter {
    }

    /** The group's pipeline pair, not generated. */
    record Pipelines() implements Parameter {
    }

    /** The group's contract, not generated. */
    record Contract() implements Parameter {
    }
}
