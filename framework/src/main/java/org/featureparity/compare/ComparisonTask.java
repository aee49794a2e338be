package org.featureparity.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.featureparity.contract.FailFast;
import org.featureparity.stats.ProfileSet;
import java.util.function.Function;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.ScanRequest;

/**
 * What a comparison strategy compares: the two stores, the scan of each side, and the check's deadline.
 *
 * @param keyColumns the key column names, in scan order
 * @param features   the compared features, in the scans' value order
 * @param stores     each side's store; asked anew for every statement, so each gets the deadline's remaining time
 * @param oldScan    the old side's scan
 * @param newScan    the new side's scan
 * @param deadline   when the check must have finished
 * @param failFast   when to stop early (a FAIL, never a PASS)
 * @param profiling  each side's profile (null rates, distributions), fed by a pass over every row; empty when no
 *                   null-rate or distribution check needs one
 * @param pushdownLimits rows per side whose key and row hashes the pushdown may read
 * @param retainedMismatches mismatching rows per feature kept with their raw values for a later classifier stage
 *                   (0 when none will read them: they take about a kilobyte each)
 * @param progress   where long phases report how far they got
 */
public record ComparisonTask(List<String> keyColumns, List<FeatureSpec> features, Function<Side, FeatureStore> stores,
                             ScanRequest oldScan, ScanRequest newScan, Deadline deadline, FailFast failFast,
                             Optional<Profiling> profiling, PushdownLimits pushdownLimits, int retainedMismatches,
                             ProgressReporting progress) {

    public ComparisonTask {
        keyColumns = List.copyOf(keyColumns);
        features = List.copyOf(features);
        if (retainedMismatches < 0) {
            throw new IllegalArgumentException("retained mismatches must be 0 or more, was " + retainedMismatches);
        }
        Objects.requireNonNull(pushdownLimits, "pushdownLimits");
        Objects.requireNonNull(progress, "progress");
    }

    /** A task that runs to the end and profiles nothing. */
    public ComparisonTask(List<String> keyColumns, List<FeatureSpec> features, Function<Side, FeatureStore> stores,
                          ScanRequest oldScan, ScanRequest newScan, Deadline deadline) {
        this(keyColumns, features, stores, oldScan, newScan, deadline, FailFast.NONE, Optional.empty(),
                PushdownLimits.DEFAULT, FeatureTally.RETAINED_MISMATCHES, ProgressReporting.NONE);
    }

    /** The profiles a full pass feeds: every row each side returns. */
    public record Profiling(ProfileSet old, ProfileSet fresh) {
    }

    public ScanRequest scan(Side side) {
        return side == Side.OLD ? oldScan : newScan;
    }

    FeatureStore store(Side side) {
        deadline.check();
        return stores.apply(side);
    }

    /**
     * Each side's own estimate of its row count (statistics, no scan), asked of both stores at once; empty for a store
     * without pushdown checksums or without statistics for the source.
     */
    BothSides.Pair<OptionalLong> rowEstimates() {
        return BothSides.concurrently(() -> estimate(Side.OLD), () -> estimate(Side.NEW));
    }

    private OptionalLong estimate(Side side) {
        return store(side).checksums().map(c -> c.estimatedRows(scan(side).source())).orElse(OptionalLong.empty());
    }

    /** A merge over every row of both sides (about {@code expectedRows} a side, when known): it also feeds the profiles. */
    MergeComparison merge(OptionalLong expectedRows) {
        MergeComparison merge = mergeOfDifferingRanges().reportingProgress(progress, MergeStrategy.NAME, expectedRows);
        profiling.ifPresent(p -> merge.profiling(p.old(), p.fresh()));
        return merge;
    }

    /** A merge over only the key ranges whose checksums differ: profiles fed from it would miss the agreeing rows. */
    MergeComparison mergeOfDifferingRanges() {
        return new MergeComparison(keyColumns, features, deadline).failFast(failFast).retaining(retainedMismatches);
    }
}
