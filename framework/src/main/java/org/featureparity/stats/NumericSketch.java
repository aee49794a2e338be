package org.featureparity.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded, mergeable-by-construction histogram of one side's numeric values on a fixed logarithmic grid: bucket
 * {@code k} holds magnitudes in {@code (gamma^(k-1), gamma^k]}, {@code gamma = (1 + a) / (1 - a)} for relative
 * accuracy {@code a = 1%}. The grid depends on nothing but {@code a}, so both sides land in identical buckets without
 * a first pass over the data or a min/max query; the coarse bins for PSI are derived from the old side's buckets
 * afterwards ({@link NumericBinning}). Zero, the infinities and NaN have buckets of their own.
 */
public final class NumericSketch {

    static final double RELATIVE_ACCURACY = 0.01;
    static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = Math.log(GAMMA);

    /** Orders buckets: negatives (largest magnitude first), zero, positives; ordinals leave room for any index. */
    private static final long SIGN_BASE = 1L << 40;

    private final MagnitudeCounts positive = new MagnitudeCounts();
    private final MagnitudeCounts negative = new MagnitudeCounts();
    private long zeros;
    private long positiveInfinities;
    private long negativeInfinities;
    private long nans;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** One ordered bucket: its ordinal (for alignment across sides), count and largest value it can hold. */
    public record Bucket(long ordinal, long count, double upperEdge) {
    }

    public void add(double value) {
        if (Double.isNaN(value)) {
            nans++;
            return;
        }
        count++;
        if (value == Double.POSITIVE_INFINITY) {
            positiveInfinities++;
            return;
        }
        if (value == Double.NEGATIVE_INFINITY) {
            negativeInfinities++;
            return;
        }
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (value == 0) {
            zeros++;
        } else if (value > 0) {
            positive.add(index(value));
        } else {
            negative.add(index(-value));
        }
    }

    static int index(double magnitude) {
        return (int) Math.ceil(Math.log(magnitude) / LOG_GAMMA);
    }

    /** Values other than NaN. */
    public long count() {
        return count;
    }

    public long nans() {
        return nans;
    }

    /** The smallest finite value seen, if any. */
    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Whether the tail nearest zero was merged to keep memory bounded (values spanning over 17 orders of ten). */
    public boolean collapsed() {
        return positive.collapsed() || negative.collapsed();
    }

    /** Every non-empty bucket, smallest values first. NaN is not among them: it has no place in an order. */
    public List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        if (negativeInfinities > 0) {
            buckets.add(new Bucket(Long.MIN_VALUE, negativeInfinities, Double.NEGATIVE_INFINITY));
        }
        for (int slot = negative.slots() - 1; slot >= 0; slot--) {
            long c = negative.count(slot);
            if (c > 0) {
                int index = negative.offset() + slot;
                buckets.add(new Bucket(-SIGN_BASE - index, c, -Math.pow(GAMMA, index - 1)));
            }
        }
        if (zeros > 0) {
            buckets.add(new Bucket(0, zeros, 0));
        }
        for (int slot = 0; slot < positive.slots(); slot++) {
            long c = positive.count(slot);
            if (c > 0) {
                int index = positive.offset() + slot;
                buckets.add(new Bucket(SIGN_BASE + index, c, Math.pow(GAMMA, index)));
            }
        }
        if (positiveInfinities > 0) {
            buckets.add(new Bucket(Long.MAX_VALUE, positiveInfinities, Double.POSITIVE_INFINITY));
        }
        return buckets;
    }
}
