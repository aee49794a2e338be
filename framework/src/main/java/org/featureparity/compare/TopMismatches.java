package org.featureparity.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.featureparity.evidence.Mismatch;

/** The k largest mismatches by delta, in memory bounded by k however many rows differ. */
final class TopMismatches {

    private static final Comparator<Mismatch> BY_DELTA = Comparator.comparingDouble(TopMismatches::sortableDelta);

    private final int capacity;
    private final PriorityQueue<Mismatch> smallestFirst;

    TopMismatches(int capacity) {
        this.capacity = capacity;
        this.smallestFirst = new PriorityQueue<>(capacity + 1, BY_DELTA);
    }

    /** Whether a mismatch with this delta would be kept: lets callers skip rendering rows that would not. */
    boolean wouldKeep(double delta) {
        return smallestFirst.size() < capacity
                || (capacity > 0 && sortable(delta) > sortableDelta(smallestFirst.peek()));
    }

    void offer(Mismatch mismatch) {
        smallestFirst.add(mismatch);
        if (smallestFirst.size() > capacity) {
            smallestFirst.poll();
        }
    }

    /** Largest delta first. */
    List<Mismatch> largestFirst() {
        List<Mismatch> sorted = new ArrayList<>(smallestFirst);
        sorted.sort(BY_DELTA.reversed());
        return sorted;
    }

    // NaN deltas (no distance exists) rank with infinity: they are as wrong as a value can be
    private static double sortableDelta(Mismatch mismatch) {
        return sortable(mismatch.delta());
    }

    private static double sortable(double delta) {
        return Double.isNaN(delta) ? Double.POSITIVE_INFINITY : delta;
    }
}
