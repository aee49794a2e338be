package org.featureparity.generate;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Makes values of one type from {@link Choices}. Because every value is a function of the choices drawn, a value is
 * shrunk by shrinking its choices and generating again: shrinking works through {@link #map}, {@link #flatMap} and
 * {@link #filter} without any generator knowing how to shrink itself.
 */
@FunctionalInterface
public interface Generator<T> {

    /** How many times {@link #filter(Predicate)} retries before it gives up. */
    int DEFAULT_FILTER_BUDGET = 100;

    T generate(Choices choices);

    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        return choices -> mapper.apply(choices.generate(this));
    }

    /** A generator chosen by a value of this one, e.g. a list whose size was drawn first. */
    default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> next) {
        return choices -> choices.generate(next.apply(choices.generate(this)));
    }

    default Generator<T> filter(Predicate<? super T> condition) {
        return filter(condition, DEFAULT_FILTER_BUDGET);
    }

    /**
     * Values that satisfy the condition; after {@code budget} rejected values the case is abandoned (a
     * {@link GenerationAbandoned} "could not satisfy filter"), never retried without end.
     */
    default Generator<T> filter(Predicate<? super T> condition, int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("a filter needs a budget >= 1, was " + budget);
        }
        return choices -> {
            for (int attempt = 0; attempt < budget; attempt++) {
                T value = choices.generate(this);
                if (condition.test(value)) {
                    return value;
                }
            }
            throw new GenerationAbandoned("could not satisfy filter within " + budget + " attempts");
        };
    }
}
