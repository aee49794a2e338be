package org.featureparity.stats;

import java.util.List;

/**
 * The population stability index between two binned distributions: {@code sum (q - p) ln(q / p)} over the bins,
 * where p is the old share and q the new share of a bin. By convention below 0.1 is no significant shift, 0.1 to
 * 0.25 a moderate one and above 0.25 a significant one.
 *
 * <p>A bin empty on one side would make the index infinite; its share is floored at {@link #EMPTY_SHARE}, the usual
 * practice, so one stray bin reads as a large but finite shift.
 */
public final class PopulationStability {

    public static final double EMPTY_SHARE = 1.0e-4;

    private PopulationStability() {
    }

    public static double index(List<Long> oldCounts, List<Long> newCounts) {
        if (oldCounts.size() != newCounts.size()) {
            throw new IllegalArgumentException("both sides need the same bins, got " + oldCounts.size() + " and " + newCounts.size());
        }
        double oldTotal = oldCounts.stream().mapToLong(Long::longValue).sum();
        double newTotal = newCounts.stream().mapToLong(Long::longValue).sum();
        if (oldTotal == 0 || newTotal == 0) {
            throw new IllegalArgumentException("PSI needs values on both sides");
        }
        double psi = 0;
        for (int i = 0; i < oldCounts.size(); i++) {
            double p = Math.max(oldCounts.get(i) / oldTotal, EMPTY_SHARE);
            double q = Math.max(newCounts.get(i) / newTotal, EMPTY_SHARE);
            psi += (q - p) * Math.log(q / p);
        }
        return psi;
    }
}
