package org.featureparity.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.featureparity.contract.FailFast;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.stats.ProfileSet;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;

/**
 * Compares two stores in one pass over both, each scanned in key order: memory stays constant however many rows
 * there are (the cursors stream, the top mismatches and missing-key samples are bounded).
 *
 * <p>The merge trusts nothing about the order it is given: a key equal to the previous one is a duplicate and a
 * smaller one means the store sorts differently than the merge does; both stop the comparison with an error rather
 * than silently pairing the wrong rows.
 */
public final class MergeComparison {

    public static final int TOP_MISMATCHES = 20;
    private static final int MISSING_SAMPLE = 20;

    /** Rows between two looks at the deadline: cheap enough to be invisible, frequent enough to stop promptly. */
    private static final int DEADLINE_STRIDE = 4096;

    private final List<String> keyColumns;
    private final List<FeatureSpec> features;
    private final Deadline deadline;
    private FailFast failFast = FailFast.NONE;
    private int retainedMismatches = FeatureTally.RETAINED_MISMATCHES;
    private Optional<ProfileSet> oldProfiles = Optional.empty();
    private Optional<ProfileSet> newProfiles = Optional.empty();
    private ProgressReporting progress = ProgressReporting.NONE;
    private String phase = MergeStrategy.NAME;
    private OptionalLong expectedRows = OptionalLong.empty();

    /**
     * @param keyColumns the key column names, in scan order
     * @param features   the features both cursors carry values for, in the cursors' value order
     */
    public MergeComparison(List<String> keyColumns, List<FeatureSpec> features) {
        this(keyColumns, features, Deadline.NONE);
    }

    /** A comparison that stops with {@link CheckTimeoutException} once the deadline passes. */
    public MergeComparison(List<String> keyColumns, List<FeatureSpec> features, Deadline deadline) {
        this.keyColumns = List.copyOf(keyColumns);
        this.features = List.copyOf(features);
        this.deadline = deadline;
    }

    /**
     * Keeps up to this many mismatching rows per feature with their raw values ({@link FeatureTally#retainedMismatches()};
     * default {@value FeatureTally#RETAINED_MISMATCHES}), or none: they take about a kilobyte each, so a group of many
     * mismatching features keeps them only for a stage that reads them.
     */
    public MergeComparison retaining(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("retained mismatches must be 0 or more, was " + rows);
        }
        this.retainedMismatches = rows;
        return this;
    }

    /**
     * Reports the rows merged so far, as {@code phase}, at most once per the reporting's interval; with an estimate of
     * the rows per side, also about how long is left.
     */
    public MergeComparison reportingProgress(ProgressReporting reporting, String phaseName, OptionalLong rowsPerSide) {
        this.progress = reporting;
        this.phase = phaseName;
        this.expectedRows = rowsPerSide;
        return this;
    }

    /** Stops early (the result says so) once a fail-fast bound is reached. */
    public MergeComparison failFast(FailFast bounds) {
        this.failFast = bounds;
        return this;
    }

    /**
     * Feeds every row each side returns (matched or not) to that side's profiles, so null rates and distributions
     * come out of the same pass. The profiles must be built over the same features, in the same order.
     */
    public MergeComparison profiling(ProfileSet old, ProfileSet fresh) {
        this.oldProfiles = Optional.of(old);
        this.newProfiles = Optional.of(fresh);
        return this;
    }

    public ComparisonResult run(RowCursor oldRows, RowCursor newRows) {
        return run(oldRows, newRows, AgreedRows.none(features.size()));
    }

    /**
     * Merges the rows the cursors hold and counts {@code agreed} rows as compared and agreeing without seeing them:
     * the cursors then carry only the key ranges whose checksums differed, in key order, so mismatches, their order
     * and the missing-key samples come out exactly as a merge over every row would give them.
     */
    public ComparisonResult run(RowCursor oldRows, RowCursor newRows, AgreedRows agreed) {
        return run(oldRows, newRows, () -> agreed);
    }

    /**
     * As {@link #run(RowCursor, RowCursor, AgreedRows)}, with the agreed rows known only once the cursors are read
     * (their NULLs are what the fetched rows leave of a total).
     */
    public ComparisonResult run(RowCursor oldRows, RowCursor newRows, Supplier<AgreedRows> agreedAfterwards) {
        Map<String, FeatureTally> tallies = new LinkedHashMap<>();
        for (FeatureSpec feature : features) {
            tallies.put(feature.name(), new FeatureTally(feature, TOP_MISMATCHES, retainedMismatches));
        }
        FeatureTally[] byIndex = tallies.values().toArray(new FeatureTally[0]);
        OrderedSide old = new OrderedSide("old", oldRows, keyColumns, oldProfiles);
        OrderedSide fresh = new OrderedSide("new", newRows, keyColumns, newProfiles);
        long maxMismatches = failFast.maxMismatches().orElse(Long.MAX_VALUE);
        Deadline budget = failFast.timeBudget().map(d -> Deadline.after(d, "fail_fast.time_budget=" + d)).orElse(Deadline.NONE);
        Optional<EarlyStop> stoppedEarly = Optional.empty();
        long mismatches = 0;
        KeyRendering key = new KeyRendering(keyColumns);
        List<Map<String, String>> missingOldSample = new ArrayList<>();
        List<Map<String, String>> missingNewSample = new ArrayList<>();
        long matched = 0;
        long missingOld = 0;
        long missingNew = 0;

        ProgressMeter meter = new ProgressMeter(progress.listener(), progress.interval(), phase, expectedRows, System::nanoTime);
        FeatureRow a = old.next();
        FeatureRow b = fresh.next();
        long steps = 0;
        while (a != null || b != null) {
            Deadline.checkCancelled();
            if (++steps % DEADLINE_STRIDE == 0) {
                deadline.check();
                meter.rows(old.count(), fresh.count());
                if (budget.remaining().isZero()) {
                    stoppedEarly = Optional.of(new EarlyStop(budget.description() + " spent", old.count(), fresh.count(), mismatches));
                    break;
                }
            }
            if (mismatches >= maxMismatches) {
                stoppedEarly = Optional.of(new EarlyStop("fail_fast.max_mismatches=" + maxMismatches + " reached",
                        old.count(), fresh.count(), mismatches));
                break;
            }
            int order = a == null ? 1 : b == null ? -1 : KeyOrder.INSTANCE.compare(a, b);
            if (order == 0) {
                matched++;
                key.of(a);
                boolean rowAgrees = true;
                for (int i = 0; i < byIndex.length; i++) {
                    rowAgrees &= byIndex[i].add(a.value(i), b.value(i), key);
                }
                mismatches += rowAgrees ? 0 : 1;
                a = old.next();
                b = fresh.next();
            } else if (order < 0) {
                missingNew++;
                mismatches++;
                if (missingNewSample.size() < MISSING_SAMPLE) {
                    missingNewSample.add(key.of(a).render());
                }
                a = old.next();
            } else {
                missingOld++;
                mismatches++;
                if (missingOldSample.size() < MISSING_SAMPLE) {
                    missingOldSample.add(key.of(b).render());
                }
                b = fresh.next();
            }
        }
        AgreedRows agreed = agreedAfterwards.get();
        if (agreed.nullsOld().length != features.size() || agreed.nullsNew().length != features.size()) {
            throw new IllegalArgumentException("agreed rows carry NULL counts for " + agreed.nullsOld().length
                    + " features, the comparison has " + features.size());
        }
        for (int i = 0; i < byIndex.length; i++) {
            byIndex[i].addAgreed(agreed.rows(), agreed.nullsOld()[i], agreed.nullsNew()[i]);
        }
        matched += agreed.rows();
        return new ComparisonResult(old.count() + agreed.rows(), fresh.count() + agreed.rows(), matched, missingOld, missingNew,
                missingOldSample, missingNewSample, tallies,
                Map.of("old", oldRows.sql(), "new", newRows.sql()), stoppedEarly,
                StrategyReport.merge(old.count(), fresh.count()));
    }

    /** One side of the merge, checking that keys arrive strictly ascending and never NULL. */
    private static final class OrderedSide {
        private final String role;
        private final RowCursor rows;
        private final List<String> keyColumns;
        private final Optional<ProfileSet> profiles;
        private FeatureRow previous;
        private long count;

        OrderedSide(String role, RowCursor rows, List<String> keyColumns, Optional<ProfileSet> profiles) {
            this.role = role;
            this.rows = rows;
            this.keyColumns = keyColumns;
            this.profiles = profiles;
        }

        FeatureRow next() {
            if (!rows.hasNext()) {
                return null;
            }
            FeatureRow row = rows.next();
            count++;
            for (int i = 0; i < row.keySize(); i++) {
                if (row.key(i) == null) {
                    throw new ComparisonException(role + " store has NULL in key column '" + keyColumns.get(i)
                            + "' (row " + count + "): every row needs a complete key");
                }
            }
            if (previous != null) {
                int order = KeyOrder.INSTANCE.compare(previous, row);
                if (order == 0) {
                    throw new ComparisonException(role + " store has duplicate key " + new KeyRendering(keyColumns).of(row).render()
                            + ": a key must be unique (per as_of, where declared)");
                }
                if (order > 0) {
                    throw new ComparisonException(role + " store returned keys out of order ("
                            + new KeyRendering(keyColumns).of(previous).render() + " before "
                            + new KeyRendering(keyColumns).of(row).render()
                            + "): its collation or key type sorts differently than the comparison expects");
                }
            }
            previous = row;
            if (profiles.isPresent()) {
                profiles.get().add(row);
            }
            return row;
        }

        long count() {
            return count;
        }
    }
}
