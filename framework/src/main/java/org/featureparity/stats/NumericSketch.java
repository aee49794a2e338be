package org.featureparity.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded histogram of one side's numeric values on a fixed grid: the bucket of a magnitude is the top 18 bits of
 * its IEEE 754 double (exponent and 6 mantissa bits), so each octave {@code [2^e, 2^(e+1))} splits into 64 buckets
 * of relative width at most 1/64 (1.6%). The grid depends on nothing but the number format, so both sides land in
 * identical buckets without a first pass over the data or a min/max query, sketches of key ranges merge by adding
 * counts, and finding a bucket costs a shift instead of a logarithm. The coarse bins for PSI are derived from the
 * old side's buckets afterwards ({@link DistributionComparison}). Zero, the infinities and NaN have buckets of their
 * own.
 *
 * <p>Dates and times are far from zero (epoch seconds near 1.7e9, where 1/64 of an octave is half a year), so they
 * use a {@link #linear linear} grid instead: buckets of a fixed width (a day, an hour) counted from the epoch, still
 * the same for both sides.
 */
public final class NumericSketch {

    /** Mantissa bits kept: 2^6 = 64 buckets per octave. */
    static final int MANTISSA_BITS = 6;
    static final double BUCKET_WIDTH = 1.0 / (1 << MANTISSA_BITS);
    private static final int SHIFT = 52 - MANTISSA_BITS;

    /** Orders buckets: negatives (largest magnitude first), zero, positives; ordinals leave room for any index. */
    private static final long SIGN_BASE = 1L << 40;

    /** Beyond this many buckets from the epoch a linear value counts as an infinity: int indices must not overflow. */
    private static final double LINEAR_LIMIT = 1L << 30;

    private final double width;
    private final MagnitudeCounts positive = new MagnitudeCounts();
    private final MagnitudeCounts negative = new MagnitudeCounts();
    private long zeros;
    private long positiveInfinities;
    private long negativeInfinities;
    private long nans;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** A sketch on the relative (floating-point) grid, for numbers. */
    public NumericSketch() {
        this(0);
    }

    private NumericSketch(double width) {
        this.width = width;
    }

    /** A sketch on a linear grid of buckets {@code [k * width, (k + 1) * width)}, for dates and times. */
    public static NumericSketch linear(double width) {
        if (!(width > 0 && Double.isFinite(width))) {
            throw new IllegalArgumentException("bucket width must be positive, was " + width);
        }
        return new NumericSketch(width);
    }

    /** One ordered bucket: its ordinal (for alignment across sides), count and the upper bound of its values. */
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
        if (width > 0 && Math.abs(value / width) >= LINEAR_LIMIT) {
            // 4713 BC, 294276 AD and 'infinity' timestamps: ordered at the ends, like the infinities they are near
            if (value > 0) {
                positiveInfinities++;
            } else {
                negativeInfinities++;
            }
            return;
        }
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (width > 0) {
            positive.add((int) Math.floor(value / width));
        } else if (value == 0) {
            zeros++;
        } else if (value > 0) {
            positive.add(index(value));
        } else {
            negative.add(index(-value));
        }
    }

    /** The bucket of a positive finite magnitude; monotonic, since positive doubles order like their bits. */
    static int index(double magnitude) {
        return (int) (Double.doubleToRawLongBits(magnitude) >>> SHIFT);
    }

    /** The smallest magnitude of bucket {@code index}; the bucket holds magnitudes up to {@code lowest(index + 1)}. */
    static double lowest(int index) {
        return Double.longBitsToDouble((long) index << SHIFT);
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

    /** Whether the tail nearest zero was merged to keep memory bounded (values spanning over 64 octaves). */
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
                buckets.add(new Bucket(-SIGN_BASE - index, c, -lowest(index)));
            }
        }
        if (zeros > 0) {
            buckets.add(new Bucket(0, zeros, 0));
        }
        for (int slot = 0; slot < positive.slots(); slot++) {
            long c = positive.count(slot);
            if (c > 0) {
                int index = positive.offset() + slot;
                buckets.add(new Bucket(SIGN_BASE + index, c, width > 0 ? (index + 1.0) * width : lowest(index + 1)));
            }
        }
        if (positiveInfinities > 0) {
            buckets.add(new Bucket(Long.MAX_VALUE, positiveInfinities, Double.POSITIVE_INFINITY));
        }
        return buckets;
    }
}
