package org.featureparity.stats;

import java.util.Arrays;

/**
 * Counts per logarithmic bucket index in a window of at most {@link #MAX_BUCKETS} consecutive indices, so memory is
 * fixed however many values arrive. When the values span more than the window, the smallest magnitudes are merged
 * into the lowest bucket kept (as DDSketch collapses): the tail near zero loses resolution, nothing is dropped.
 */
final class MagnitudeCounts {

    /** At 64 buckets per octave, 4096 buckets span 64 octaves: magnitudes over 19 orders of ten. */
    static final int MAX_BUCKETS = 4096;

    private long[] counts = new long[0];
    private int offset;
    private boolean collapsed;

    void add(int index) {
        if (counts.length == 0) {
            counts = new long[MAX_BUCKETS];
            offset = index - MAX_BUCKETS / 2;
        }
        long position = (long) index - offset;
        if (position >= MAX_BUCKETS) {
            shiftTo(index - MAX_BUCKETS + 1);
        } else if (position < 0) {
            int highest = highestUsed();
            if ((long) highest - index < MAX_BUCKETS) {
                shiftTo(index);
            }
        }
        int slot = index - offset;
        if (slot < 0) {
            slot = 0;
            collapsed = true;
        }
        counts[slot]++;
    }

    /** Moves the window to start at {@code newOffset}, merging whatever falls below it into the first bucket. */
    private void shiftTo(int newOffset) {
        long[] moved = new long[MAX_BUCKETS];
        for (int slot = 0; slot < counts.length; slot++) {
            if (counts[slot] == 0) {
                continue;
            }
            long target = (long) offset + slot - newOffset;
            if (target < 0) {
                collapsed = true;
                target = 0;
            }
            moved[(int) target] += counts[slot];
        }
        counts = moved;
        offset = newOffset;
    }

    private int highestUsed() {
        for (int slot = counts.length - 1; slot >= 0; slot--) {
            if (counts[slot] != 0) {
                return offset + slot;
            }
        }
        return offset;
    }

    boolean isEmpty() {
        return Arrays.stream(counts).allMatch(c -> c == 0);
    }

    /** Whether small magnitudes were merged into the lowest bucket. */
    boolean collapsed() {
        return collapsed;
    }

    int offset() {
        return offset;
    }

    /** The count of bucket index {@code offset() + slot}. */
    long count(int slot) {
        return slot < counts.length ? counts[slot] : 0;
    }

    int slots() {
        return counts.length;
    }
}
