package org.featureparity.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The recorded choices one generated value was made from: bounded non-negative integers, where 0 is always the
 * simplest choice.
 *
 * <p>Shrinking works on this sequence, not on the value: a sequence that is shorter, or as long and
 * lexicographically smaller ("shortlex"), generates a simpler value through any composition of generators.
 * Trailing zeros are dropped because a replay reads zeros beyond the end anyway: both spellings mean the same value.
 */
public record ChoiceSequence(List<Long> values) implements Comparable<ChoiceSequence> {

    public static final ChoiceSequence EMPTY = new ChoiceSequence(List.of());

    public ChoiceSequence {
        int end = values.size();
        while (end > 0 && values.get(end - 1) == 0L) {
            end--;
        }
        for (Long value : values) {
            if (value == null || value < 0) {
                throw new IllegalArgumentException("choices are non-negative, got " + value);
            }
        }
        values = List.copyOf(values.subList(0, end));
    }

    public static ChoiceSequence of(long... values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return new ChoiceSequence(list);
    }

    public int size() {
        return values.size();
    }

    public long get(int index) {
        return values.get(index);
    }

    /** Shortlex order: shorter first, then lexicographic; the shrinker only ever moves down this order. */
    @Override
    public int compareTo(ChoiceSequence other) {
        if (size() != other.size()) {
            return Integer.compare(size(), other.size());
        }
        for (int i = 0; i < size(); i++) {
            int order = Long.compare(get(i), other.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    public boolean isSimplerThan(ChoiceSequence other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
