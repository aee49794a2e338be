package org.featureparity.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.Side;
import org.featureparity.contract.Tolerance;
import org.featureparity.store.RowCursor;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.checksum.BucketChecksum;
import org.featureparity.store.checksum.BucketCursor;
import org.featureparity.store.checksum.ChecksumRequest;
import org.featureparity.store.checksum.KeyChecksums;

/**
 * Pushdown checksums: each store counts and checksums its rows per bucket of a hash of the key, in SQL, both at
 * once; only the rows of buckets whose count or checksum differ are fetched and merged.
 *
 * <p>Granularity comes from the data, not from the key's values: buckets are a hash of the key (any key type,
 * composite keys, gaps), and their number is chosen from the store's row estimate so that a bucket holds about
 * {@value #ROWS_PER_BUCKET} rows. One fine pass is enough: scattered differences (the case where bisecting level by
 * level degenerates into fetching nearly everything) cost about {@value #ROWS_PER_BUCKET} fetched rows each. When the
 * differing buckets hold more than half the rows, fetching by bucket would cost more than a plain scan, so the
 * strategy merges everything and says so.
 *
 * <p>Results equal a full merge's: the fetched rows come in key order, so mismatches, their order and the missing-key
 * samples are the same, and agreeing buckets add their row and NULL counts as agreed rows.
 */
public final class PushdownStrategy implements ComparisonStrategy {

    public static final String NAME = "pushdown";
    static final int ROWS_PER_BUCKET = 32;
    static final int MIN_BUCKET_BITS = 4;
    static final int MAX_BUCKET_BITS = 18;
    private static final long UNKNOWN_ROWS = 1L << 16;
    private static final double DENSE = 0.5;
    private static final String NOTHING_FETCHED = "-- every bucket agreed: no rows fetched";

    @Override
    public String name() {
        return NAME;
    }

    /** Why this task cannot be compared by checksums; empty when it can. */
    public static Optional<String> obstacle(ComparisonTask task) {
        return plan(task).obstacle();
    }

    @Override
    public ComparisonResult compare(ComparisonTask task) {
        Plan plan = plan(task);
        if (plan.obstacle().isPresent()) {
            throw new ComparisonException("parity.compare.strategy=pushdown cannot run: " + plan.obstacle().get()
                    + " (use auto or merge)");
        }
        int bits = bucketBits(task);
        ChecksumRequest oldRequest = request(task, Side.OLD, plan, bits);
        ChecksumRequest newRequest = request(task, Side.NEW, plan, bits);
        BothSides.Pair<BucketCursor> sums = BothSides.concurrently(
                () -> checksums(task, Side.OLD).buckets(oldRequest), () -> checksums(task, Side.NEW).buckets(newRequest));
        BucketWalk walk;
        String oldChecksumSql = sums.old().sql();
        String newChecksumSql = sums.fresh().sql();
        try (BucketCursor oldSums = sums.old(); BucketCursor newSums = sums.fresh()) {
            walk = BucketWalk.of(oldSums, newSums, task.features().size(), task.deadline());
        }
        task.deadline().check();
        String grids = plan.gridDescription();
        String buckets = String.format(Locale.ROOT, "%d buckets by hash of key (about %d rows each), %d differ (%d old rows, %d new rows)",
                1 << bits, ROWS_PER_BUCKET, walk.differing().length, walk.differingRowsOld(), walk.differingRowsNew());
        ComparisonResult merged;
        String detail;
        if (walk.differing().length == 0) {
            merged = task.mergeOfDifferingRanges().run(RowsInMemory.none(NOTHING_FETCHED), RowsInMemory.none(NOTHING_FETCHED), walk.agreed());
            detail = "checksums agree in every bucket; nothing fetched";
        } else if (walk.differingRowsOld() + walk.differingRowsNew() > DENSE * (walk.totalOld() + walk.totalNew())) {
            merged = new MergeStrategy().compare(task);
            detail = "differences too dense to fetch by bucket: merged every row";
        } else {
            BothSides.Pair<RowCursor> rows = BothSides.concurrently(
                    () -> checksums(task, Side.OLD).scanBuckets(task.oldScan(), oldRequest, walk.differing()),
                    () -> checksums(task, Side.NEW).scanBuckets(task.newScan(), newRequest, walk.differing()));
            try (RowCursor oldRows = MergeStrategy.prefetched(rows.old(), task.oldScan().fetchSize());
                 RowCursor newRows = MergeStrategy.prefetched(rows.fresh(), task.newScan().fetchSize())) {
                merged = task.mergeOfDifferingRanges().run(oldRows, newRows, walk.agreed());
            }
            detail = "fetched and merged the differing buckets";
        }
        Map<String, String> statements = Map.of(
                "old", oldChecksumSql + ";\n\n" + merged.statements().get("old"),
                "new", newChecksumSql + ";\n\n" + merged.statements().get("new"));
        StrategyReport report = new StrategyReport(NAME, merged.strategy().rowsFetchedOld(), merged.strategy().rowsFetchedNew(),
                checksums(task, Side.OLD).dialect() + " checksums (count + sum of native per-column hashes); "
                        + buckets + "; " + detail + (grids.isEmpty() ? "" : "; " + grids));
        return new ComparisonResult(merged.rowsOld(), merged.rowsNew(), merged.matched(), merged.missingOld(),
                merged.missingNew(), merged.missingOldSample(), merged.missingNewSample(), merged.features(),
                statements, merged.stoppedEarly(), report);
    }

    private static KeyChecksums checksums(ComparisonTask task, Side side) {
        return task.store(side).checksums().orElseThrow(() -> new ComparisonException(
                "the " + side.role() + " store offers no pushdown checksums"));
    }

    private static int bucketBits(ComparisonTask task) {
        long rows = 0;
        for (Side side : Side.values()) {
            OptionalLong estimate = checksums(task, side).estimatedRows(task.scan(side).source());
            rows = Math.max(rows, estimate.orElse(UNKNOWN_ROWS));
        }
        long buckets = Math.max(1, rows / ROWS_PER_BUCKET);
        int bits = 64 - Long.numberOfLeadingZeros(buckets - 1);
        return Math.max(MIN_BUCKET_BITS, Math.min(MAX_BUCKET_BITS, bits));
    }

    private static ChecksumRequest request(ComparisonTask task, Side side, Plan plan, int bits) {
        return new ChecksumRequest(task.scan(side).source(), task.scan(side).keyColumns(), task.scan(side).valueColumns(),
                plan.grids(), bits);
    }

    /** What can be checksummed, with which rounding, or why not. */
    private static Plan plan(ComparisonTask task) {
        if (task.oldScan().sample().isPresent() || task.newScan().sample().isPresent()) {
            // the bucket checksums would cover every entity while the fetched ranges hold only the sample
            return Plan.blocked("the comparison is sampled (sample.fraction), and the checksums do not apply the sample");
        }
        Optional<KeyChecksums> old = task.store(Side.OLD).checksums();
        Optional<KeyChecksums> fresh = task.store(Side.NEW).checksums();
        if (old.isEmpty() || fresh.isEmpty()) {
            return Plan.blocked("the " + (old.isEmpty() ? "old" : "new") + " store has no pushdown dialect for its database");
        }
        for (Side side : Side.values()) {
            KeyChecksums sums = side == Side.OLD ? old.get() : fresh.get();
            Optional<String> repeat = sums.whyKeyMayRepeat(task.scan(side).source(), task.scan(side).keyColumns());
            if (repeat.isPresent()) {
                return Plan.blocked("the " + side.role() + " store cannot guarantee a unique key (" + repeat.get()
                        + "), which only the merge verifies");
            }
        }
        for (int i = 0; i < task.oldScan().keyColumns().size(); i++) {
            Optional<String> reason = sameFamily(old.get(), fresh.get(), task.oldScan().keyColumns().get(i),
                    task.newScan().keyColumns().get(i), Optional.empty(), "key column");
            if (reason.isPresent()) {
                return Plan.blocked(reason.get());
            }
        }
        List<Optional<BigDecimal>> grids = new ArrayList<>();
        List<String> rounded = new ArrayList<>();
        for (int i = 0; i < task.features().size(); i++) {
            FeatureSpec feature = task.features().get(i);
            StoreColumn oldColumn = task.oldScan().valueColumns().get(i);
            StoreColumn newColumn = task.newScan().valueColumns().get(i);
            boolean floating = isFloating(oldColumn) || isFloating(newColumn);
            if (floating && !feature.nullSemantics().nanEqualsNan()) {
                return Plan.blocked("feature '" + feature.name() + "' treats NaN as unequal to NaN, which equal checksums cannot express");
            }
            Optional<BigDecimal> grid;
            if (feature.tolerance() instanceof Tolerance.Exact) {
                grid = Optional.empty();
            } else if (feature.tolerance() instanceof Tolerance.Absolute absolute && absolute.limit().signum() > 0) {
                // values in one cell of the grid differ by less than a cell: a cell of half the limit keeps float
                // rounding in the division far from the limit
                grid = Optional.of(floating ? absolute.limit().divide(BigDecimal.valueOf(2)) : absolute.limit());
                rounded.add(feature.name() + " rounded down to multiples of " + grid.get().toPlainString());
            } else {
                return Plan.blocked("feature '" + feature.name() + "' has tolerance " + feature.tolerance().describe()
                        + ", which checksums cannot decide");
            }
            Optional<String> reason = sameFamily(old.get(), fresh.get(), oldColumn, newColumn, grid, "feature '" + feature.name() + "', column");
            if (reason.isPresent()) {
                return Plan.blocked(reason.get());
            }
            grids.add(grid);
        }
        return new Plan(Optional.empty(), grids,
                rounded.isEmpty() ? "" : "tolerant columns hashed on the tolerance grid: " + String.join(", ", rounded));
    }

    private static Optional<String> sameFamily(KeyChecksums old, KeyChecksums fresh, StoreColumn oldColumn,
                                               StoreColumn newColumn, Optional<BigDecimal> grid, String what) {
        Optional<String> oldFamily = old.hashFamily(oldColumn, grid);
        Optional<String> newFamily = fresh.hashFamily(newColumn, grid);
        if (oldFamily.isEmpty() || newFamily.isEmpty()) {
            StoreColumn column = oldFamily.isEmpty() ? oldColumn : newColumn;
            return Optional.of(what + " '" + column.name() + "' of type " + column.nativeType() + " cannot be checksummed"
                    + (grid.isPresent() ? " on a tolerance grid" : ""));
        }
        if (!oldFamily.equals(newFamily)) {
            return Optional.of(what + " '" + oldColumn.name() + "' is " + oldColumn.nativeType() + " in the old store and "
                    + newColumn.nativeType() + " in the new: their hashes are not comparable");
        }
        return Optional.empty();
    }

    private static boolean isFloating(StoreColumn column) {
        return column.type().map(FeatureType::kind).map(FeatureType.Kind::isFloatingPoint).orElse(false);
    }

    private record Plan(Optional<String> obstacle, List<Optional<BigDecimal>> grids, String gridDescription) {
        static Plan blocked(String reason) {
            return new Plan(Optional.of(reason), List.of(), "");
        }
    }

    /** Both sides' bucket checksums walked in bucket order: agreeing buckets counted, differing ones listed. */
    private record BucketWalk(AgreedRows agreed, int[] differing, long differingRowsOld, long differingRowsNew,
                              long totalOld, long totalNew) {

        static BucketWalk of(BucketCursor old, BucketCursor fresh, int values, Deadline deadline) {
            long agreedRows = 0;
            long[] nonNullOld = new long[values];
            long[] nonNullNew = new long[values];
            int[] differing = new int[64];
            int count = 0;
            long differingOld = 0;
            long differingNew = 0;
            long totalOld = 0;
            long totalNew = 0;
            BucketChecksum a = old.hasNext() ? old.next() : null;
            BucketChecksum b = fresh.hasNext() ? fresh.next() : null;
            long steps = 0;
            while (a != null || b != null) {
                if (++steps % 4096 == 0) {
                    deadline.check();
                }
                int order = a == null ? 1 : b == null ? -1 : Integer.compare(a.bucket(), b.bucket());
                int bucket = order <= 0 ? a.bucket() : b.bucket();
                if (order == 0 && a.agreesWith(b)) {
                    agreedRows += a.rows();
                    for (int i = 0; i < values; i++) {
                        nonNullOld[i] += a.nonNull()[i];
                        nonNullNew[i] += b.nonNull()[i];
                    }
                } else {
                    if (count == differing.length) {
                        differing = java.util.Arrays.copyOf(differing, count * 2);
                    }
                    differing[count++] = bucket;
                    differingOld += order <= 0 ? a.rows() : 0;
                    differingNew += order >= 0 ? b.rows() : 0;
                }
                totalOld += order <= 0 ? a.rows() : 0;
                totalNew += order >= 0 ? b.rows() : 0;
                if (order <= 0) {
                    a = old.hasNext() ? old.next() : null;
                }
                if (order >= 0) {
                    b = fresh.hasNext() ? fresh.next() : null;
                }
            }
            long[] nullsOld = new long[values];
            long[] nullsNew = new long[values];
            for (int i = 0; i < values; i++) {
                nullsOld[i] = agreedRows - nonNullOld[i];
                nullsNew[i] = agreedRows - nonNullNew[i];
            }
            return new BucketWalk(new AgreedRows(agreedRows, nullsOld, nullsNew), java.util.Arrays.copyOf(differing, count),
                    differingOld, differingNew, totalOld, totalNew);
        }
    }
}
