package org.featureparity.compare;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.MismatchCategory;

/** Running counts for one feature over the rows present in both stores. */
public final class FeatureTally {

    /**
     * Mismatching rows kept with their raw values for classification by recomputation; memory stays bounded. They
     * are the mismatches with the smallest key hashes: a uniform sample of the key range (a bug confined to new
     * entities is sampled like one everywhere), and the same entities for every feature of the group.
     */
    public static final int RETAINED_MISMATCHES = 10_000;

    private final FeatureSpec feature;
    private final ValueAgreement agreement;
    private final TopMismatches top;
    private final EnumMap<MismatchCategory, Long> categories = new EnumMap<>(MismatchCategory.class);
    /** The retained sample, largest key hash first, so the next mismatch with a smaller hash replaces the head. */
    private final java.util.PriorityQueue<Sampled> retained = new java.util.PriorityQueue<>(
            java.util.Comparator.comparingLong(Sampled::hash).reversed());
    private long compared;
    private long agreed;
    private long nullsOld;
    private long nullsNew;

    private final int retainCapacity;

    FeatureTally(FeatureSpec feature, int topCapacity, int retainCapacity) {
        this.feature = feature;
        this.retainCapacity = retainCapacity;
        this.agreement = new ValueAgreement(feature);
        this.top = new TopMismatches(topCapacity);
    }

    /** Tallies one matched row's values; true when they agree. */
    boolean add(Object oldValue, Object newValue, KeyRendering key) {
        compared++;
        nullsOld += oldValue == null ? 1 : 0;
        nullsNew += newValue == null ? 1 : 0;
        if (agreement.agrees(oldValue, newValue)) {
            agreed++;
            return true;
        }
        MismatchCategory category = MismatchClassifier.classify(feature, oldValue, newValue);
        categories.merge(category, 1L, Long::sum);
        long hash = key.hash();
        if (retainCapacity > 0 && (retained.size() < retainCapacity || hash < retained.peek().hash())) {
            if (retained.size() == retainCapacity) {
                retained.poll();
            }
            retained.add(new Sampled(hash, new RetainedMismatch(key.values(), key.render(), oldValue, newValue, category)));
        }
        double delta = ValueAgreement.delta(oldValue, newValue);
        if (top.wouldKeep(delta)) {
            top.offer(new Mismatch(key.render(), ValueRendering.render(oldValue), ValueRendering.render(newValue), delta, category));
        }
        return false;
    }

    /**
     * Counts rows that a checksum proved equal on both sides without fetching them: they all agree, and carry
     * these many NULLs on each side.
     */
    void addAgreed(long rows, long nullsOldInRows, long nullsNewInRows) {
        compared += rows;
        agreed += rows;
        nullsOld += nullsOldInRows;
        nullsNew += nullsNewInRows;
    }

    public FeatureSpec feature() {
        return feature;
    }

    public long compared() {
        return compared;
    }

    public long agreed() {
        return agreed;
    }

    public long mismatched() {
        return compared - agreed;
    }

    public long nullsOld() {
        return nullsOld;
    }

    public long nullsNew() {
        return nullsNew;
    }

    /** Share of compared rows that agree; undefined (NaN) when nothing was compared. */
    public double agreement() {
        return compared == 0 ? Double.NaN : (double) agreed / compared;
    }

    /** Mismatch counts per category id, largest first. */
    public Map<String, Long> categories() {
        Map<String, Long> byId = new LinkedHashMap<>();
        categories.entrySet().stream()
                .sorted(Map.Entry.<MismatchCategory, Long>comparingByValue().reversed())
                .forEach(e -> byId.put(e.getKey().id(), e.getValue()));
        return byId;
    }

    /**
     * Up to {@link #RETAINED_MISMATCHES} mismatching rows with their raw values (all of them when there are no
     * more), those with the smallest key hashes, smallest first.
     */
    public List<RetainedMismatch> retainedMismatches() {
        return retained.stream().sorted(java.util.Comparator.comparingLong(Sampled::hash)).map(Sampled::row).toList();
    }

    private record Sampled(long hash, RetainedMismatch row) {
    }

    /** The largest mismatches by delta, largest first. */
    public List<Mismatch> topMismatches() {
        return top.largestFirst();
    }
}
