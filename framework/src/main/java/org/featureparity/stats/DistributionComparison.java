package org.featureparity.stats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.featureparity.evidence.Distribution;

/**
 * Old against new for one feature's non-NULL values: shared bins, PSI, and for ordered (numeric) values the
 * two-sample KS statistic.
 *
 * <p>Numeric bins are the deciles of the old side (the reference population, as PSI is usually applied), cut on
 * the sketches' common grid so both sides are counted in exactly the same bins; a value repeated across several
 * deciles yields fewer, wider bins. KS is taken over the fine grid (1/64 of an octave). Categorical bins are
 * the {@value #TOP_CATEGORIES} most frequent values over both sides, then {@code other}.
 *
 * @param distribution the bins and counts per side, for reports
 * @param psi          the population stability index over those bins
 * @param ks           the KS statistic, for numeric features
 * @param approximate  why the figures are approximate, or empty when they are exact up to the grid
 */
public record DistributionComparison(Distribution distribution, double psi, OptionalDouble ks, List<String> approximate) {

    public static final int NUMERIC_BINS = 10;
    public static final int TOP_CATEGORIES = 20;
    static final String OTHER = "other";

    public DistributionComparison {
        approximate = List.copyOf(approximate);
    }

    /** Compares two sides' profiles; both must hold at least one non-NULL value. */
    public static DistributionComparison of(ValueProfile old, ValueProfile fresh) {
        return old.numeric() ? numeric(old.numbers(), fresh.numbers(), old::label)
                : categorical(old.categories(), fresh.categories());
    }

    static DistributionComparison numeric(NumericSketch old, NumericSketch fresh, java.util.function.DoubleFunction<String> format) {
        List<NumericSketch.Bucket> oldBuckets = old.buckets();
        List<NumericSketch.Bucket> newBuckets = fresh.buckets();
        List<String> approximate = new ArrayList<>();
        if (old.collapsed() || fresh.collapsed()) {
            approximate.add("values span more than 64 octaves (19 orders of ten): the smallest magnitudes share one bucket");
        }
        List<Long> cuts = decileCuts(oldBuckets, old.count());
        int ordered = cuts.size() + 1;
        List<Long> oldCounts = countInto(oldBuckets, cuts);
        List<Long> newCounts = countInto(newBuckets, cuts);
        OptionalDouble ks = old.count() > 0 && fresh.count() > 0
                ? OptionalDouble.of(KolmogorovSmirnov.statistic(aligned(oldBuckets, newBuckets, true), aligned(oldBuckets, newBuckets, false)))
                : OptionalDouble.empty();

        List<Double> edges = new ArrayList<>();
        edges.add(Math.min(old.min(), fresh.min()));
        for (long cut : cuts) {
            edges.add(upperEdge(cut, oldBuckets));
        }
        edges.add(Math.max(old.max(), fresh.max()));
        List<String> bins = new ArrayList<>();
        for (int i = 0; i < ordered; i++) {
            // bucket edges bound the values only to the grid's resolution: the label gives the range, not its closure
            bins.add(format.apply(edges.get(i)) + " .. " + format.apply(edges.get(i + 1)));
        }
        if (old.nans() + fresh.nans() > 0) {
            bins.add("NaN");
            oldCounts.add(old.nans());
            newCounts.add(fresh.nans());
        }
        double psi = PopulationStability.index(oldCounts, newCounts);
        return new DistributionComparison(new Distribution(Distribution.Shape.NUMERIC, bins, edges, oldCounts, newCounts),
                psi, ks, approximate);
    }

    /** Ordinals of the buckets closing each decile of the reference side, without repeats. */
    private static List<Long> decileCuts(List<NumericSketch.Bucket> buckets, long total) {
        Set<Long> cuts = new LinkedHashSet<>();
        long cumulative = 0;
        int decile = 1;
        for (int b = 0; b < buckets.size() - 1 && decile < NUMERIC_BINS; b++) {
            cumulative += buckets.get(b).count();
            boolean reached = false;
            while (decile < NUMERIC_BINS && cumulative * NUMERIC_BINS >= (long) decile * total) {
                decile++;
                reached = true;
            }
            if (reached) {
                cuts.add(buckets.get(b).ordinal());
            }
        }
        return new ArrayList<>(cuts);
    }

    /** Counts per ordered bin: bin i holds buckets with ordinals in (cut[i-1], cut[i]]. */
    private static List<Long> countInto(List<NumericSketch.Bucket> buckets, List<Long> cuts) {
        long[] counts = new long[cuts.size() + 1];
        int bin = 0;
        for (NumericSketch.Bucket bucket : buckets) {
            while (bin < cuts.size() && bucket.ordinal() > cuts.get(bin)) {
                bin++;
            }
            counts[bin] += bucket.count();
        }
        List<Long> list = new ArrayList<>();
        for (long c : counts) {
            list.add(c);
        }
        return list;
    }

    private static double upperEdge(long ordinal, List<NumericSketch.Bucket> buckets) {
        return buckets.stream().filter(b -> b.ordinal() == ordinal).findFirst().orElseThrow().upperEdge();
    }

    /** One side's counts over the union of both sides' buckets, in order. */
    private static List<Long> aligned(List<NumericSketch.Bucket> old, List<NumericSketch.Bucket> fresh, boolean takeOld) {
        TreeMap<Long, long[]> union = new TreeMap<>();
        old.forEach(b -> union.computeIfAbsent(b.ordinal(), o -> new long[2])[0] += b.count());
        fresh.forEach(b -> union.computeIfAbsent(b.ordinal(), o -> new long[2])[1] += b.count());
        return union.values().stream().map(c -> takeOld ? c[0] : c[1]).toList();
    }

    static DistributionComparison categorical(CategorySketch old, CategorySketch fresh) {
        Set<String> labels = new LinkedHashSet<>();
        // the union of both sides' most frequent values, ranked by their combined counts
        Set<String> candidates = new LinkedHashSet<>(old.mostFrequent(TOP_CATEGORIES));
        candidates.addAll(fresh.mostFrequent(TOP_CATEGORIES));
        candidates.stream()
                .sorted((a, b) -> {
                    long ca = old.count(a) + fresh.count(a);
                    long cb = old.count(b) + fresh.count(b);
                    return ca != cb ? Long.compare(cb, ca) : a.compareTo(b);
                })
                .limit(TOP_CATEGORIES).forEach(labels::add);
        List<String> bins = new ArrayList<>(labels);
        List<Long> oldCounts = new ArrayList<>();
        List<Long> newCounts = new ArrayList<>();
        for (String label : bins) {
            oldCounts.add(old.count(label));
            newCounts.add(fresh.count(label));
        }
        long oldOther = old.total() - oldCounts.stream().mapToLong(Long::longValue).sum();
        long newOther = fresh.total() - newCounts.stream().mapToLong(Long::longValue).sum();
        if (oldOther + newOther > 0) {
            bins.add(labels.contains(OTHER) ? OTHER + " (folded)" : OTHER);
            oldCounts.add(oldOther);
            newCounts.add(newOther);
        }
        List<String> approximate = new ArrayList<>();
        if (old.maxUndercount() + fresh.maxUndercount() > 0) {
            approximate.add("over " + CategorySketch.CAPACITY + " distinct values: a category count may be low by up to "
                    + Math.max(old.maxUndercount(), fresh.maxUndercount()) + ", the shortfall counted under other");
        }
        double psi = PopulationStability.index(oldCounts, newCounts);
        return new DistributionComparison(new Distribution(Distribution.Shape.CATEGORICAL, bins, List.of(), oldCounts, newCounts),
                psi, OptionalDouble.empty(), approximate);
    }
}
