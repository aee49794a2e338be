package org.featureparity.stats;

import java.util.List;

/**
 * The two-sample Kolmogorov-Smirnov statistic: the largest gap between the two empirical distribution functions.
 * Computed over ordered bins, it is exact when every distinct value has its own bin and otherwise a lower bound that
 * misses at most the gap inside one bin.
 */
public final class KolmogorovSmirnov {

    private KolmogorovSmirnov() {
    }

    /** The statistic over counts of the same ordered bins on each side. */
    public static double statistic(List<Long> oldCounts, List<Long> newCounts) {
        if (oldCounts.size() != newCounts.size()) {
            throw new IllegalArgumentException("both sides need the same bins, got " + oldCounts.size() + " and " + newCounts.size());
        }
        double oldTotal = oldCounts.stream().mapToLong(Long::longValue).sum();
        double newTotal = newCounts.stream().mapToLong(Long::longValue).sum();
        if (oldTotal == 0 || newTotal == 0) {
            throw new IllegalArgumentException("KS needs values on both sides");
        }
        long oldSoFar = 0;
        long newSoFar = 0;
        double largest = 0;
        for (int i = 0; i < oldCounts.size(); i++) {
            oldSoFar += oldCounts.get(i);
            newSoFar += newCounts.get(i);
            largest = Math.max(largest, Math.abs(oldSoFar / oldTotal - newSoFar / newTotal));
        }
        return largest;
    }
}
