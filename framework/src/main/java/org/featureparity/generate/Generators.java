package org.featureparity.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The basic generators and their combinations. Each one maps choice 0 to its simplest value (0 or the bound
 * nearest to it, the first alternative, the shortest list), which is what makes shrinking toward 0 meaningful.
 */
public final class Generators {

    private Generators() {
    }

    public static <T> Generator<T> constant(T value) {
        return choices -> value;
    }

    public static Generator<Boolean> booleans() {
        return choices -> choices.draw(1) == 1;
    }

    /** Integers in {@code [min, max]}, shrinking toward 0 (or the bound nearest to it). */
    public static Generator<Integer> integers(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /** Longs in {@code [min, max]}, shrinking toward 0 (or the bound nearest to it). */
    public static Generator<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
        if (min >= 0) {
            // max - min cannot overflow when both are non-negative
            return choices -> min + choices.draw(max - min);
        }
        if (max <= 0) {
            return choices -> max - choices.draw(max - min);
        }
        // a sign, then a magnitude: a negative value shrinks to its positive twin first, then toward 0
        return choices -> {
            boolean negative = choices.draw(1) == 1;
            return negative ? -1 - choices.draw(-(min + 1)) : choices.draw(max);
        };
    }

    /** Finite doubles in {@code [min, max]}; {@link DoubleRange#withSpecials()} adds NaN, infinities and -0.0. */
    public static DoubleRange doubles(double min, double max) {
        return new DoubleRange(min, max, false);
    }

    /** One of the given values, shrinking toward the first. */
    @SafeVarargs
    public static <T> Generator<T> elements(T... values) {
        return elements(Arrays.asList(values));
    }

    public static <T> Generator<T> elements(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("elements needs at least one value");
        }
        List<T> copy = new ArrayList<>(values);
        return choices -> copy.get((int) choices.draw(copy.size() - 1));
    }

    /** One of the generators with equal weight, shrinking toward the first. */
    @SafeVarargs
    public static <T> Generator<T> oneOf(Generator<? extends T>... alternatives) {
        List<Weighted<T>> weighted = new ArrayList<>();
        for (Generator<? extends T> alternative : alternatives) {
            weighted.add(new Weighted<>(1, alternative));
        }
        return frequency(weighted);
    }

    /** One of the generators, picked with probability proportional to its weight, shrinking toward the first. */
    @SafeVarargs
    public static <T> Generator<T> frequency(Weighted<? extends T>... alternatives) {
        return frequency(Arrays.asList(alternatives));
    }

    public static <T> Generator<T> frequency(List<? extends Weighted<? extends T>> alternatives) {
        List<Weighted<? extends T>> copy = List.copyOf(alternatives);
        int[] weights = copy.stream().mapToInt(Weighted::weight).toArray();
        WeightedIndex index = new WeightedIndex(weights);
        return choices -> choices.generate(copy.get(index.draw(choices)).generator());
    }

    public static <T> Weighted<T> weighted(int weight, Generator<? extends T> generator) {
        return new Weighted<>(weight, generator);
    }

    /** Lists of {@code min..max} elements; the average size is about {@code min + 5} when the range allows. */
    public static <T> Generator<List<T>> lists(Generator<T> element, int min, int max) {
        return lists(element, min, max, Math.min(max, min + 5));
    }

    /**
     * Lists of {@code min..max} elements of about {@code average} size. Each optional element is one span (a
     * "more?" choice, then the element), so deleting a span deletes an element and shrinking shortens lists.
     */
    public static <T> Generator<List<T>> lists(Generator<T> element, int min, int max, double average) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("list sizes need 0 <= min <= max, were " + min + ".." + max);
        }
        double more = Math.max(0, average - min) / (Math.max(0, average - min) + 1);
        return choices -> {
            List<T> list = new ArrayList<>();
            for (int i = 0; i < min; i++) {
                list.add(choices.generate(element));
            }
            while (list.size() < max) {
                List<T> next = choices.generate(c -> c.weightedCoin(more) ? List.of(c.generate(element)) : List.of());
                if (next.isEmpty()) {
                    break;
                }
                list.add(next.get(0));
            }
            return list;
        };
    }
}
