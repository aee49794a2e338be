package org.featureparity.generate;

/** A generator with a relative weight, for {@link Generators#frequency}. */
public record Weighted<T>(int weight, Generator<? extends T> generator) {

    public Weighted {
        if (weight < 0) {
            throw new IllegalArgumentException("a weight must be >= 0, was " + weight);
        }
    }
}
