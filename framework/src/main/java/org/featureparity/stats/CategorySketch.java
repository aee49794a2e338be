package org.featureparity.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Frequencies of one side's categorical values in bounded memory (the Misra-Gries summary): exact while at most
 * {@link #CAPACITY} distinct values arrive; beyond that every count may be low by at most {@link #maxUndercount()},
 * and any value more frequent than that is guaranteed to be kept.
 */
public final class CategorySketch {

    static final int CAPACITY = 1000;
    /** Longer values are cut: a category is a label, and memory must not grow with the values' length. */
    static final int MAX_LABEL = 200;

    private final Map<String, long[]> counts = new HashMap<>();
    private long total;
    private long decrements;

    public void add(String value) {
        String label = value.length() <= MAX_LABEL ? value : value.substring(0, MAX_LABEL) + "...";
        total++;
        long[] known = counts.get(label);
        if (known != null) {
            known[0]++;
            return;
        }
        if (counts.size() < CAPACITY) {
            counts.put(label, new long[] {1});
            return;
        }
        // full: this value and one occurrence of every kept value cancel out
        decrements++;
        counts.values().removeIf(c -> --c[0] == 0);
    }

    public long total() {
        return total;
    }

    /** How much any kept count may fall short of the true one; 0 while the counts are exact. */
    public long maxUndercount() {
        return decrements;
    }

    public long count(String label) {
        long[] c = counts.get(label);
        return c == null ? 0 : c[0];
    }

    /** Kept values, most frequent first, ties by label so the order is deterministic. */
    public List<String> mostFrequent(int limit) {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Long.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
        return entries.stream().limit(limit).map(Map.Entry::getKey).toList();
    }
}
