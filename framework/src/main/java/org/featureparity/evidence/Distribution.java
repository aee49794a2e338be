package org.featureparity.evidence;

import java.util.List;

/**
 * The binned distribution of one feature on each side, as a check measured it: what a report needs to draw old
 * against new. Both sides always share the bins.
 *
 * @param shape     numeric (ordered bins with edges) or categorical (labels, the last one {@code other} when some
 *                  categories were folded)
 * @param bins      a label per bin, e.g. {@code [0.5, 1.2)}, {@code NaN}, {@code gold} or {@code other}
 * @param edges     numeric only: the bin boundaries in order ({@code bins + 1} values for the ordered bins; a NaN bin
 *                  has none); empty for categorical distributions
 * @param oldCounts rows per bin in the old store (NULLs are not in any bin)
 * @param newCounts rows per bin in the new store
 */
public record Distribution(Shape shape, List<String> bins, List<Double> edges, List<Long> oldCounts, List<Long> newCounts) {

    public enum Shape { NUMERIC, CATEGORICAL }

    public Distribution {
        bins = List.copyOf(bins);
        edges = List.copyOf(edges);
        oldCounts = List.copyOf(oldCounts);
        newCounts = List.copyOf(newCounts);
        if (oldCounts.size() != bins.size() || newCounts.size() != bins.size()) {
            throw new IllegalArgumentException("a distribution needs one count per bin and side");
        }
    }
}
