package org.featureparity.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.Side;
import org.featureparity.contract.Tolerance;
import org.featureparity.store.RowCursor;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.checksum.BucketChecksum;
import org.featureparity.store.checksum.BucketCursor;
import org.featureparity.store.checksum.ChecksumRequest;
import org.featureparity.store.checksum.ExpectedRows;
import org.featureparity.store.checksum.IntegerKeyBounds;
import org.featureparity.store.checksum.KeyChecksums;
import org.featureparity.store.checksum.KeyRange;
import org.featureparity.store.checksum.KeyValueBuckets;
import org.featureparity.store.checksum.RowHashRead;
import org.featureparity.store.checksum.RowHashes;
import org.featureparity.store.checksum.RowLimitExceeded;

/**
 * Pushdown checksums: each store counts and checksums its rows per bucket of a hash of the key, in SQL, both at
 * once; only the rows of buckets whose count or checksum differ are fetched and merged.
 *
 * <p>A single integer key found through an index first has a sample of key ranges compared key by key
 * ({@link KeyRangeSample}): a difference there skips the whole-table pass, and differences dense enough that the next
 * step's buckets would mostly differ are merged at once. Then a first pass checksums each whole table, with a plain
 * aggregate that costs about what the databases' own scan does, and counts the old side's NULLs; when the checksums
 * agree, that is all. Otherwise the differing rows are found from buckets of consecutive keys (such a key, stored
 * in key order and spread evenly), else from hashes of the key (any key type, composite keys, gaps: granularity
 * comes from the data, not from the key's values):
 * <ul>
 *   <li>a table of at most {@link PushdownLimits#rowHashes()} or {@link PushdownLimits#streamedRowHashes()} rows a
 *       side has the key hash and row hash of every row read (two integers a row: one scan, where a bucketed
 *       checksum pass costs about one and a half). Held in memory, they name the differing keys exactly (a single
 *       integer key is read as itself, so its rows are then fetched through the key's index), and only their rows
 *       are fetched; streamed, they are checksummed in fine buckets on the client, where a grouping
 *       into a million buckets costs an array update a row (the database aggregates that many groups serially,
 *       missing the cache on every row), and the differing buckets are fetched;</li>
 *   <li>a larger table is checksummed in coarse buckets of about {@value #COARSE_ROWS} rows (at most
 *       2^{@value #MAX_COARSE_BITS} buckets, so the database's hash aggregate stays in cache). From the share that
 *       differ, one step: fetch the differing coarse buckets as they are (few of them); merge every row when the
 *       differences are dense, and say so; read their rows' hashes as above, when they are few enough; else
 *       checksum their rows again in the database in fine buckets sized so that each differing row costs about
 *       {@value #FINE_ROWS} fetched rows, and fetch the fine buckets that differ.</li>
 * </ul>
 * There is no level-by-level descent.
 *
 * <p>Results equal a full merge's: the fetched rows come in key order, so mismatches, their order and the missing-key
 * samples are the same, and agreeing buckets add their rows as agreed rows; their NULLs are the first pass's NULL
 * counts (old side) less those of the fetched rows.
 */
public final class PushdownStrategy implements ComparisonStrategy {

    public static final String NAME = "pushdown";
    static final int COARSE_ROWS = 256;
    static final int MAX_COARSE_BITS = 12;
    static final int FINE_ROWS = 32;
    static final int MIN_BUCKET_BITS = 4;
    static final int MAX_BUCKET_BITS = 18;
    static final int STREAMED_ROWS = 8;
    static final int MAX_STREAMED_BITS = 20;
    private static final long UNKNOWN_ROWS = 1L << 16;
    static final int SAMPLE_RANGES = 32;
    static final int KEY_RANGE_ROWS = 32;
    static final int SAMPLE_SHARE_BITS = 8;
    private static final long MIN_SAMPLE_ROWS = 64;
    /** At most 2^16 sampled rows a side (1 MB of their hashes), however large the table. */
    private static final long MAX_SAMPLE_ROWS_PER_RANGE = 2048;
    private static final double DENSE = 0.5;
    /** Differing coarse buckets holding at most this share of the rows are fetched without a finer look. */
    private static final double FETCH_COARSE = 0.1;
    private static final String NOTHING_FETCHED = "-- the whole-table checksums agreed: no rows fetched";

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
        BothSides.Pair<OptionalLong> estimates = task.rowEstimates();
        long estimate = Math.max(estimates.old().orElse(UNKNOWN_ROWS), estimates.fresh().orElse(UNKNOWN_ROWS));
        List<String> checksumSql = new ArrayList<>(List.of("", ""));
        StringBuilder buckets = new StringBuilder();
        boolean estimated = estimates.old().isPresent() && estimates.fresh().isPresent();
        Optional<KeySpan> bounds = integerKeyBounds(task);
        // without the stores' estimates, a read that skips the whole-table pass could not be sized
        Optional<Sampled> sample = estimated ? bounds.flatMap(span -> sample(task, plan, estimate, span.range())) : Optional.empty();
        sample.ifPresent(taken -> {
            append(checksumSql, taken.oldSql(), taken.newSql());
            buckets.append(String.format(Locale.ROOT, "a sample of %d key ranges (%s) %s; ", SAMPLE_RANGES,
                    taken.sample().describe(), taken.sample().differs() ? "differs" : "agrees"));
        });
        Narrowed narrowed;
        if (sample.isPresent() && sample.get().sample().differs()) {
            // the stores differ: a whole-table pass could only say so again, at the cost of a scan
            buckets.append("no whole-table pass");
            narrowed = narrowDown(task, plan, estimate, Optional.empty(), sample.map(Sampled::sample), bounds, checksumSql, buckets);
        } else {
            // the whole table first: one plain aggregate costs about what the databases' own scan does, where any
            // grouping costs about half a scan more; when it agrees, which is what a finished migration looks like,
            // that is all. Its NULL counts (old side) stand for every row, so no later pass needs to count them.
            Pass whole = pass(task, request(task, Side.OLD, plan, 0, estimate, true), request(task, Side.NEW, plan, 0, estimate, false));
            BucketWalk total = whole.walk();
            task.deadline().check();
            append(checksumSql, whole.oldSql(), whole.newSql());
            buckets.append(String.format(Locale.ROOT, "whole-table checksums (%d old rows, %d new rows) %s",
                    total.totalOld(), total.totalNew(), total.differing().length == 0 ? "agree" : "differ"));
            if (total.differing().length == 0) {
                narrowed = nothingFetched(task, total.agreedRows(), total.nullsOld());
            } else {
                narrowed = narrowDown(task, plan, estimate, Optional.of(total), Optional.empty(), bounds, checksumSql, buckets);
            }
        }
        ComparisonResult merged = narrowed.result();
        Map<String, String> statements = Map.of(
                "old", checksumSql.get(0) + ";\n\n" + merged.statements().get("old"),
                "new", checksumSql.get(1) + ";\n\n" + merged.statements().get("new"));
        StrategyReport report = new StrategyReport(NAME, merged.strategy().rowsFetchedOld(), merged.strategy().rowsFetchedNew(),
                checksums(task, Side.OLD).dialect() + " checksums (count + XOR of row hashes of native per-column hashes); "
                        + buckets + "; " + narrowed.detail() + (plan.gridDescription().isEmpty() ? "" : "; " + plan.gridDescription()));
        return new ComparisonResult(merged.rowsOld(), merged.rowsNew(), merged.matched(), merged.missingOld(),
                merged.missingNew(), merged.missingOldSample(), merged.missingNewSample(), merged.features(),
                statements, merged.stoppedEarly(), report);
    }

    /**
     * Compares a sample of the rows on both sides key by key, where both stores find rows by a single integer key
     * through an index: the key and row hash of the first rows of {@value #SAMPLE_RANGES} ranges spread over the
     * keys' span, about one row in 2^{@value #SAMPLE_SHARE_BITS}, read through the index (a few percent of a scan).
     * A difference there is a difference between the stores, so the whole-table pass is skipped and the differing
     * rows are looked for at once; differences that are not scattered thinly (a changed feature, a shifted window)
     * show in any sample, and how many of the sampled keys and buckets differ tells whether looking for them can pay
     * off. An agreeing sample proves nothing, and the whole-table pass follows.
     */
    private static Optional<Sampled> sample(ComparisonTask task, Plan plan, long estimate, KeyRange span) {
        List<KeyRange> ranges = sampleRanges(span.low(), span.high());
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        // rows a range would hold if the keys spread evenly; keys bunched in one range are cut off at twice that
        long rowsPerRange = Math.min(MAX_SAMPLE_ROWS_PER_RANGE,
                Math.max(MIN_SAMPLE_ROWS, 2 * (estimate >> SAMPLE_SHARE_BITS) / SAMPLE_RANGES));
        ChecksumRequest oldRequest = request(task, Side.OLD, plan, 0, estimate, false);
        ChecksumRequest newRequest = request(task, Side.NEW, plan, 0, estimate, false);
        BothSides.Pair<RowHashes> rows = BothSides.concurrently(
                () -> checksums(task, Side.OLD).sampleKeyRanges(oldRequest, ranges, rowsPerRange),
                () -> checksums(task, Side.NEW).sampleKeyRanges(newRequest, ranges, rowsPerRange));
        task.deadline().check();
        // the buckets of consecutive keys a pass after this sample (no whole-table pass: sized by the estimate) would
        // checksum, were the keys spread evenly
        return Optional.of(new Sampled(KeyRangeSample.of(rows.old(), rows.fresh(), ranges, rowsPerRange,
                        Optional.of(keyValueBuckets(span, estimate))),
                rows.old().sql(), rows.fresh().sql()));
    }

    /** The sample's comparison, with the statements that read it. */
    private record Sampled(KeyRangeSample sample, String oldSql, String newSql) {
    }

    /**
     * Both stores' integer key bounds, and one span over both, when each finds rows by a single integer key through
     * an index.
     */
    private static Optional<KeySpan> integerKeyBounds(ComparisonTask task) {
        BothSides.Pair<Optional<IntegerKeyBounds>> bounds = BothSides.concurrently(
                () -> checksums(task, Side.OLD).integerKeyBounds(task.oldScan().source(), task.oldScan().keyColumns()),
                () -> checksums(task, Side.NEW).integerKeyBounds(task.newScan().source(), task.newScan().keyColumns()));
        if (bounds.old().isEmpty() || bounds.fresh().isEmpty()) {
            return Optional.empty();
        }
        KeyRange old = bounds.old().get().range();
        KeyRange fresh = bounds.fresh().get().range();
        return Optional.of(new KeySpan(new KeyRange(Math.min(old.low(), fresh.low()), Math.max(old.high(), fresh.high())),
                bounds.old().get(), bounds.fresh().get()));
    }

    /** Both sides' integer key bounds, and the span over both. */
    private record KeySpan(KeyRange range, IntegerKeyBounds old, IntegerKeyBounds fresh) {

        /** Whether both sides' rows fall about evenly into buckets of consecutive keys over the span, in key order. */
        boolean bucketsEvenly() {
            return old.bucketsEvenlyOver(range) && fresh.bucketsEvenlyOver(range);
        }
    }

    /**
     * {@value #SAMPLE_RANGES} ranges evenly spaced from {@code low} to {@code high}, together covering about
     * 2^-{@value #SAMPLE_SHARE_BITS} of the span (at least one key each); none when the span is too small to spread
     * them. The span is unsigned: keys may be hashes over all 64 bits.
     */
    static List<KeyRange> sampleRanges(long low, long high) {
        long step = Long.divideUnsigned(high - low, SAMPLE_RANGES);
        if (step == 0) {
            return List.of();
        }
        long width = Math.max(1, Long.divideUnsigned(step, 1L << SAMPLE_SHARE_BITS));
        List<KeyRange> ranges = new ArrayList<>(SAMPLE_RANGES);
        for (int i = 0; i < SAMPLE_RANGES; i++) {
            // within the span, so the wrapping arithmetic lands where the unsigned one does
            long start = low + i * step;
            ranges.add(new KeyRange(start, start + (width - 1)));
        }
        return ranges;
    }

    /**
     * Where the stores differ: found by the whole-table checksums ({@code whole}), or by a sample (no whole-table
     * pass, so nothing is counted yet). A single integer key stored in key order and spread evenly is checksummed in
     * buckets of consecutive keys, whose grouping stays in the cache (10^6 rows, 0.1% differing: 2.3x the databases'
     * own scan, where holding every row's hashes took 2.8x and five times the heap). Otherwise a table small enough
     * has the hashes of all its rows read at once: one scan and two integers a row, where a bucketed checksum pass
     * by key hash costs about one and a half scans and still leaves the differing rows to find. A larger one is
     * checksummed in coarse buckets first; from the share that differ, one step to the differing rows.
     */
    private static Narrowed narrowDown(ComparisonTask task, Plan plan, long estimate, Optional<BucketWalk> whole,
                                       Optional<KeyRangeSample> sample, Optional<KeySpan> bounds, List<String> checksumSql,
                                       StringBuilder buckets) {
        long rows = whole.map(total -> Math.max(total.totalOld(), total.totalNew())).orElse(estimate);
        if (readable(task, rows) && bounds.filter(KeySpan::bucketsEvenly).isPresent()) {
            Optional<Narrowed> dense = mergedIfDense(task, sample.map(KeyRangeSample::differingShareOfKeyValueBucketsAtLeast),
                    "buckets of consecutive keys", buckets);
            return dense.orElseGet(() -> byKeyValueBuckets(task, plan, rows, whole, bounds.get().range(), checksumSql, buckets));
        }
        if (readable(task, rows)) {
            boolean held = rows <= task.pushdownLimits().rowHashes();
            Optional<Narrowed> dense = mergedIfDense(task,
                    sample.map(taken -> taken.differingShareOfHashBucketsAtLeast(held ? 1 : STREAMED_ROWS)),
                    held ? "keys" : "streamed buckets", buckets);
            if (dense.isPresent()) {
                return dense.get();
            }
            Scope everyRow = whole.isPresent()
                    ? new Scope(request(task, Side.OLD, plan, 0, estimate, false), request(task, Side.NEW, plan, 0, estimate, false),
                            ExpectedRows.counted(whole.get().totalOld()), ExpectedRows.counted(whole.get().totalNew()), rows, 0, 0)
                    : new Scope(request(task, Side.OLD, plan, 0, estimate, true), request(task, Side.NEW, plan, 0, estimate, false),
                            null, null, rows, 0, 0);
            return byRowHashes(task, everyRow, whole.map(BucketWalk::totals), checksumSql, buckets.append("; every row's hashes"));
        }
        Optional<Narrowed> dense = mergedIfDense(task,
                sample.map(taken -> taken.differingShareOfHashBucketsAtLeast(FINE_ROWS)), "fine buckets", buckets);
        if (dense.isPresent()) {
            return dense.get();
        }
        int coarseBits = bits(estimate / COARSE_ROWS, MAX_COARSE_BITS);
        // without a whole-table pass, the coarse one counts the old side's NULLs
        ChecksumRequest oldCoarse = request(task, Side.OLD, plan, coarseBits, estimate, whole.isEmpty());
        ChecksumRequest newCoarse = request(task, Side.NEW, plan, coarseBits, estimate, false);
        Pass coarse = pass(task, oldCoarse, newCoarse);
        BucketWalk first = coarse.walk();
        task.deadline().check();
        append(checksumSql, coarse.oldSql(), coarse.newSql());
        buckets.append(String.format(Locale.ROOT, "; %d coarse buckets by hash of key, %d differ (%d old rows, %d new rows)",
                1 << coarseBits, first.differing().length, first.differingRowsOld(), first.differingRowsNew()));
        Totals totals = whole.orElse(first).totals();
        long totalOld = first.totalOld();
        long totalNew = first.totalNew();
        if (first.differing().length == 0) {
            return nothingFetched(task, first.agreedRows(), totals.nullsOld());
        }
        if (first.differingRowsOld() + first.differingRowsNew() <= FETCH_COARSE * (totalOld + totalNew)) {
            return new Narrowed(fetchBucketsAndMerge(task, oldCoarse, newCoarse,
                    first.differing(), first.agreedRows(), totals), "fetched and merged the differing coarse buckets");
        }
        if (predictedFineShare(first, coarseBits, Math.max(totalOld, totalNew)) > DENSE) {
            return mergedEveryRow(task);
        }
        Optional<ChecksumRequest.Buckets> within = Optional.of(new ChecksumRequest.Buckets(coarseBits, first.differing()));
        if (readable(task, Math.max(first.differingRowsOld(), first.differingRowsNew()))) {
            Scope theirRows = new Scope(oldCoarse.bucketed(coarseBits, within, false), newCoarse.bucketed(coarseBits, within, false),
                    ExpectedRows.counted(first.differingRowsOld()), ExpectedRows.counted(first.differingRowsNew()),
                    Math.max(first.differingRowsOld(), first.differingRowsNew()), first.agreedRows(), coarseBits + 1);
            return byRowHashes(task, theirRows, Optional.of(totals), checksumSql, buckets.append("; their rows' hashes"));
        }
        double differingRows = differingRows(first, coarseBits);
        long fineBuckets = Math.max(Math.max(totalOld, totalNew) / FINE_ROWS, (long) Math.ceil(differingRows * FINE_ROWS));
        int fineBits = Math.max(coarseBits + 1, bits(fineBuckets, MAX_BUCKET_BITS));
        ChecksumRequest oldFine = oldCoarse.bucketed(fineBits, within, false);
        ChecksumRequest newFine = newCoarse.bucketed(fineBits, within, false);
        Pass fine = pass(task, oldFine, newFine);
        BucketWalk second = fine.walk();
        task.deadline().check();
        append(checksumSql, fine.oldSql(), fine.newSql());
        buckets.append(String.format(Locale.ROOT,
                "; about %.0f rows differ: their rows again in %d fine buckets, %d differ (%d old rows, %d new rows)",
                differingRows, 1 << fineBits, second.differing().length, second.differingRowsOld(), second.differingRowsNew()));
        if (dense(second.differingRowsOld() + second.differingRowsNew(), totalOld + totalNew)) {
            return mergedEveryRow(task);
        }
        return new Narrowed(fetchBucketsAndMerge(task, oldFine, newFine, second.differing(),
                first.agreedRows() + second.agreedRows(), totals), "fetched and merged the differing fine buckets");
    }

    /**
     * Checksums both sides in buckets of consecutive keys, about {@value #KEY_RANGE_ROWS} rows each: rows stored in
     * key order make the grouping about as cheap as the whole-table aggregate plus a cached group lookup a row, and
     * only bucket checksums cross the wire (a read of every row's hashes costs PostgreSQL's output of every row). The
     * differing buckets are ranges of the key, fetched through its index. Without a whole-table pass, the old side
     * counts its NULLs here.
     */
    private static Narrowed byKeyValueBuckets(ComparisonTask task, Plan plan, long rows, Optional<BucketWalk> whole,
                                              KeyRange span, List<String> checksumSql, StringBuilder buckets) {
        KeyValueBuckets ranges = keyValueBuckets(span, rows);
        ChecksumRequest oldRequest = request(task, Side.OLD, plan, ranges.bits(), rows, whole.isEmpty());
        ChecksumRequest newRequest = request(task, Side.NEW, plan, ranges.bits(), rows, false);
        Pass pass = pass(task, () -> checksums(task, Side.OLD).keyValueBuckets(oldRequest, ranges),
                () -> checksums(task, Side.NEW).keyValueBuckets(newRequest, ranges));
        BucketWalk walk = pass.walk();
        task.deadline().check();
        append(checksumSql, pass.oldSql(), pass.newSql());
        buckets.append(String.format(Locale.ROOT, "; %d buckets of 2^%d consecutive keys, %d differ (%d old rows, %d new rows)",
                ranges.count(), ranges.shift(), walk.differing().length, walk.differingRowsOld(), walk.differingRowsNew()));
        Totals totals = whole.orElse(walk).totals();
        if (walk.differing().length == 0) {
            return nothingFetched(task, walk.agreedRows(), totals.nullsOld());
        }
        if (dense(walk.differingRowsOld() + walk.differingRowsNew(), walk.totalOld() + walk.totalNew())) {
            return mergedEveryRow(task);
        }
        int[] differing = walk.differing();
        return new Narrowed(fetchAndMerge(task,
                () -> checksums(task, Side.OLD).scanKeyValueBuckets(task.oldScan(), ranges, differing),
                () -> checksums(task, Side.NEW).scanKeyValueBuckets(task.newScan(), ranges, differing),
                walk.agreedRows(), totals), "fetched and merged the differing key ranges");
    }

    /**
     * Buckets of consecutive keys over the span, about {@value #KEY_RANGE_ROWS} of {@code rows} each: the pass's, and
     * the ones the sample looks ahead at.
     */
    private static KeyValueBuckets keyValueBuckets(KeyRange span, long rows) {
        return KeyValueBuckets.covering(span, rows, KEY_RANGE_ROWS, 1 << ChecksumRequest.MAX_BUCKET_BITS);
    }

    /** Whether the key and row hashes of this many rows a side may be read, held or streamed. */
    private static boolean readable(ComparisonTask task, long rows) {
        return rows <= Math.max(task.pushdownLimits().rowHashes(), task.pushdownLimits().streamedRowHashes());
    }

    /**
     * Rows whose key and row hashes are read: each side's request (with the buckets it is restricted to, if any), how
     * many rows a pass has just counted in them (null: no pass has, and {@code rows} is the stores' estimate), at
     * most how many a side holds, the rows already agreed outside them, and the fewest bucket bits a bucketing of
     * them on the client may have (finer than the buckets they are restricted to).
     */
    private record Scope(ChecksumRequest old, ChecksumRequest fresh, ExpectedRows countedOld, ExpectedRows countedNew,
                         long rows, long agreedOutside, int minBits) {

        boolean counted() {
            return countedOld != null;
        }

        ExpectedRows expected(Side side, ExpectedRows uncounted) {
            return counted() ? (side == Side.OLD ? countedOld : countedNew) : uncounted;
        }
    }

    /**
     * Reads the scope's key and row hashes on both sides at once. When they fit in memory, the differing keys are
     * found exactly and only their rows are fetched. Otherwise they stream through bucket checksums on the
     * client, about {@value #STREAMED_ROWS} rows a bucket in at most 2^{@value #MAX_STREAMED_BITS} buckets (12 bytes
     * each), and the differing buckets are fetched, unless they hold most rows. Uncounted (no whole-table pass), the
     * reads count the rows and the old side's NULLs themselves; a held read that finds more rows than it may hold
     * (a stale estimate) streams instead.
     */
    private static Narrowed byRowHashes(ComparisonTask task, Scope scope, Optional<Totals> counted, List<String> checksumSql,
                                        StringBuilder buckets) {
        if (scope.rows() <= task.pushdownLimits().rowHashes()) {
            ExpectedRows uncounted = ExpectedRows.atMost(task.pushdownLimits().rowHashes());
            BothSides.Pair<RowHashes> hashes;
            try {
                // each side sorts its own as soon as it has read them, so the two sorts run at once too
                hashes = BothSides.concurrently(
                        () -> checksums(task, Side.OLD).rowHashes(scope.old(), scope.expected(Side.OLD, uncounted)).sorted(),
                        () -> checksums(task, Side.NEW).rowHashes(scope.fresh(), scope.expected(Side.NEW, uncounted)).sorted());
            } catch (RowLimitExceeded staleEstimate) {
                buckets.append(" (more rows than the estimate: ").append(staleEstimate.getMessage()).append(")");
                return streamedRowHashes(task, scope, counted, checksumSql, buckets);
            }
            append(checksumSql, hashes.old().sql(), hashes.fresh().sql());
            Totals totals = counted.orElseGet(() -> new Totals(hashes.old().size(), hashes.fresh().size(), hashes.old().nulls()));
            DifferingKeys keys = DifferingKeys.of(hashes.old(), hashes.fresh());
            task.deadline().check();
            buckets.append(String.format(Locale.ROOT, " read and held%s: %d keys differ", scope.counted() ? ""
                    : String.format(Locale.ROOT, " (%d old rows, %d new rows)", totals.rowsOld(), totals.rowsNew()),
                    keys.keyIds().length));
            long[] differingKeys = keys.keyIds();
            if (differingKeys.length == 0) {
                return nothingFetched(task, scope.agreedOutside() + keys.agreedRows(), totals.nullsOld());
            }
            return new Narrowed(fetchAndMerge(task,
                    () -> checksums(task, Side.OLD).scanKeyIds(task.oldScan(), scope.old(), differingKeys),
                    () -> checksums(task, Side.NEW).scanKeyIds(task.newScan(), scope.fresh(), differingKeys),
                    scope.agreedOutside() + keys.agreedRows(), totals), "fetched and merged the rows of the differing keys");
        }
        return streamedRowHashes(task, scope, counted, checksumSql, buckets);
    }

    private static Narrowed streamedRowHashes(ComparisonTask task, Scope scope, Optional<Totals> counted,
                                              List<String> checksumSql, StringBuilder buckets) {
        int bits = Math.max(scope.minBits(), bits(scope.rows() / STREAMED_ROWS, MAX_STREAMED_BITS));
        RowHashBuckets oldBuckets = new RowHashBuckets(bits);
        RowHashBuckets newBuckets = new RowHashBuckets(bits);
        ProgressMeter meter = ProgressMeter.of(task, NAME + ": streaming row hashes", OptionalLong.of(scope.rows()));
        BothSides.Pair<RowHashRead> read = BothSides.concurrently(
                () -> checksums(task, Side.OLD).readRowHashes(scope.old(), scope.expected(Side.OLD, ExpectedRows.any()),
                        meter.counting(oldBuckets, true)),
                () -> checksums(task, Side.NEW).readRowHashes(scope.fresh(), scope.expected(Side.NEW, ExpectedRows.any()),
                        meter.counting(newBuckets, false)));
        append(checksumSql, read.old().sql(), read.fresh().sql());
        Totals totals = counted.orElseGet(() -> new Totals(read.old().rows(), read.fresh().rows(), read.old().nulls()));
        RowHashBuckets.Difference difference = RowHashBuckets.compare(oldBuckets, newBuckets);
        task.deadline().check();
        buckets.append(String.format(Locale.ROOT, " streamed into %d buckets on the client%s: %d differ (%d old rows, %d new rows)",
                1 << bits, scope.counted() ? "" : String.format(Locale.ROOT, " (%d old rows, %d new rows)", totals.rowsOld(), totals.rowsNew()),
                difference.buckets().length, difference.rowsOld(), difference.rowsNew()));
        if (difference.buckets().length == 0) {
            return nothingFetched(task, scope.agreedOutside() + difference.agreedRows(), totals.nullsOld());
        }
        if (dense(difference.rowsOld() + difference.rowsNew(), totals.rowsOld() + totals.rowsNew())) {
            return mergedEveryRow(task);
        }
        Optional<ChecksumRequest.Buckets> within = scope.old().within();
        return new Narrowed(fetchBucketsAndMerge(task, scope.old().bucketed(bits, within, false),
                scope.fresh().bucketed(bits, within, false), difference.buckets(),
                scope.agreedOutside() + difference.agreedRows(), totals), "fetched and merged the differing streamed buckets");
    }

    /** Each side's rows and the old side's NULLs per value column, over the whole table. */
    private record Totals(long rowsOld, long rowsNew, long[] nullsOld) {
    }

    private record Narrowed(ComparisonResult result, String detail) {
    }

    /** Every row agreed: nothing to fetch, and the agreed rows' NULLs are all the (old side's) NULLs counted. */
    private static Narrowed nothingFetched(ComparisonTask task, long agreedRows, long[] nulls) {
        return new Narrowed(task.mergeOfDifferingRanges().run(RowsInMemory.none(NOTHING_FETCHED),
                RowsInMemory.none(NOTHING_FETCHED), new AgreedRows(agreedRows, nulls, nulls)), "nothing fetched");
    }

    /**
     * Merges every row at once where a sample shows that more than {@link #DENSE} of the next step's buckets (or keys)
     * differ at 95% confidence: its pass could only end in the same merge.
     */
    private static Optional<Narrowed> mergedIfDense(ComparisonTask task, Optional<Double> differingShare, String what,
                                                    StringBuilder buckets) {
        if (differingShare.isEmpty() || differingShare.get() <= DENSE) {
            return Optional.empty();
        }
        buckets.append(String.format(Locale.ROOT, "; by the sample, at least %.0f%% of the %s would differ",
                100 * differingShare.get(), what));
        return Optional.of(mergedEveryRow(task));
    }

    /** Where the differing rows are most rows, fetching them costs more than merging them all. */
    private static Narrowed mergedEveryRow(ComparisonTask task) {
        return new Narrowed(new MergeStrategy().compare(task), "differences too dense to fetch by bucket: merged every row");
    }

    private static void append(List<String> checksumSql, String oldSql, String newSql) {
        checksumSql.set(0, checksumSql.get(0).isEmpty() ? oldSql : checksumSql.get(0) + ";\n\n" + oldSql);
        checksumSql.set(1, checksumSql.get(1).isEmpty() ? newSql : checksumSql.get(1) + ";\n\n" + newSql);
    }

    /**
     * About how many rows differ, from the share of coarse buckets that do: scattered differences fill buckets like
     * balls thrown at random into bins. When every bucket differs, at least about as many as fill them all.
     */
    private static double differingRows(BucketWalk coarse, int coarseBits) {
        double buckets = 1 << coarseBits;
        double share = coarse.differing().length / buckets;
        return share >= 1 ? buckets * Math.log(buckets) : -buckets * Math.log1p(-share);
    }

    /** The share of the finest buckets that would differ: above {@link #DENSE}, a finer look cannot pay off. */
    private static double predictedFineShare(BucketWalk coarse, int coarseBits, long rows) {
        double fineBuckets = 1 << Math.max(coarseBits + 1, bits(rows / FINE_ROWS, MAX_BUCKET_BITS));
        return -Math.expm1(-differingRows(coarse, coarseBits) / fineBuckets);
    }

    private static boolean dense(long differingRows, long rows) {
        return differingRows > DENSE * rows;
    }

    /** Both sides' checksums of one bucketing, computed at once and walked together. */
    private record Pass(BucketWalk walk, String oldSql, String newSql) {
    }

    private static Pass pass(ComparisonTask task, ChecksumRequest oldRequest, ChecksumRequest newRequest) {
        return pass(task, () -> checksums(task, Side.OLD).buckets(oldRequest), () -> checksums(task, Side.NEW).buckets(newRequest));
    }

    private static Pass pass(ComparisonTask task, Supplier<BucketCursor> oldChecksums, Supplier<BucketCursor> newChecksums) {
        BothSides.Pair<BucketCursor> sums = BothSides.concurrently(oldChecksums, newChecksums);
        try (BucketCursor oldSums = sums.old(); BucketCursor newSums = sums.fresh()) {
            return new Pass(BucketWalk.of(oldSums, newSums, task.features().size(), task.deadline()),
                    oldSums.sql(), newSums.sql());
        }
    }

    private static ComparisonResult fetchBucketsAndMerge(ComparisonTask task, ChecksumRequest oldRequest,
                                                         ChecksumRequest newRequest, int[] differing, long agreedRows,
                                                         Totals whole) {
        return fetchAndMerge(task,
                () -> checksums(task, Side.OLD).scanBuckets(task.oldScan(), oldRequest, differing),
                () -> checksums(task, Side.NEW).scanBuckets(task.newScan(), newRequest, differing),
                agreedRows, whole);
    }

    /**
     * Fetches the differing rows of both sides and merges them; the agreeing rows' NULLs are the old side's
     * whole-table NULL counts less those of every row fetched from it (agreeing rows are the same on both sides, NULLs included,
     * so the new side need not count them). A merge stopped early (fail_fast) has not read every fetched row: the
     * NULLs of the unread ones then count with the agreed rows, in a result that is a FAIL anyway.
     */
    private static ComparisonResult fetchAndMerge(ComparisonTask task, Supplier<RowCursor> oldFetch,
                                                  Supplier<RowCursor> newFetch, long agreedRows, Totals whole) {
        BothSides.Pair<RowCursor> rows = BothSides.concurrently(oldFetch, newFetch);
        int values = task.features().size();
        try (NullCounting oldRows = new NullCounting(MergeStrategy.prefetched(rows.old(), task.oldScan().fetchSize()), values);
             RowCursor newRows = MergeStrategy.prefetched(rows.fresh(), task.newScan().fetchSize())) {
            return task.mergeOfDifferingRanges().reportingProgress(task.progress(), NAME + ": merging the fetched rows",
                    OptionalLong.empty()).run(oldRows, newRows, () -> {
                long[] agreedNulls = subtract(whole.nullsOld(), oldRows.nulls());
                return new AgreedRows(agreedRows, agreedNulls, agreedNulls);
            });
        }
    }

    private static long[] subtract(long[] total, long[] part) {
        long[] rest = new long[total.length];
        for (int i = 0; i < total.length; i++) {
            rest[i] = total[i] - part[i];
        }
        return rest;
    }

    /** Counts the NULLs of every row that passes, per value column. */
    private static final class NullCounting implements RowCursor {
        private final RowCursor rows;
        private final long[] nulls;

        NullCounting(RowCursor rows, int values) {
            this.rows = rows;
            this.nulls = new long[values];
        }

        long[] nulls() {
            return nulls.clone();
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public org.featureparity.store.FeatureRow next() {
            org.featureparity.store.FeatureRow row = rows.next();
            for (int i = 0; i < nulls.length; i++) {
                nulls[i] += row.value(i) == null ? 1 : 0;
            }
            return row;
        }

        @Override
        public String sql() {
            return rows.sql();
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    private static KeyChecksums checksums(ComparisonTask task, Side side) {
        return task.store(side).checksums().orElseThrow(() -> new ComparisonException(
                "the " + side.role() + " store offers no pushdown checksums"));
    }

    /** log2 of the bucket count closest above {@code buckets}, within the allowed range. */
    private static int bits(long buckets, int max) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, buckets) - 1);
        return Math.max(MIN_BUCKET_BITS, Math.min(max, bits));
    }

    /** Only the old side ever counts NULLs: rows that agree are the same on both sides, NULLs included. */
    private static ChecksumRequest request(ComparisonTask task, Side side, Plan plan, int bits, long estimatedRows,
                                           boolean countNulls) {
        return new ChecksumRequest(task.scan(side).source(), task.scan(side).keyColumns(), task.scan(side).valueColumns(),
                plan.grids(), bits, Optional.empty(), countNulls, Math.max(1, estimatedRows >> bits));
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
        if (!old.get().dialect().equals(fresh.get().dialect())) {
            // each engine hashes with its own functions: every bucket would differ, and keys might be identified
            // differently on each side
            return Plan.blocked("the stores checksum in different dialects (" + old.get().dialect() + " and "
                    + fresh.get().dialect() + "), whose hashes are not comparable");
        }
        // each side's catalog is asked at once: these round trips are a noticeable part of a comparison that
        // finds every checksum equal
        BothSides.Pair<Optional<String>> repeats = BothSides.concurrently(
                () -> old.get().whyKeyMayRepeat(task.oldScan().source(), task.oldScan().keyColumns()),
                () -> fresh.get().whyKeyMayRepeat(task.newScan().source(), task.newScan().keyColumns()));
        for (Side side : Side.values()) {
            Optional<String> repeat = side == Side.OLD ? repeats.old() : repeats.fresh();
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
    private record BucketWalk(long agreedRows, int[] differing, long differingRowsOld, long differingRowsNew,
                              long totalOld, long totalNew, long[] nullsOld) {

        /** {@code nullsOld}: per value column, the old side's NULLs over all buckets (when it counted them). */
        static BucketWalk of(BucketCursor old, BucketCursor fresh, int values, Deadline deadline) {
            long agreedRows = 0;
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
                } else {
                    if (count == differing.length) {
                        differing = java.util.Arrays.copyOf(differing, count * 2);
                    }
                    differing[count++] = bucket;
                    differingOld += order <= 0 ? a.rows() : 0;
                    differingNew += order >= 0 ? b.rows() : 0;
                }
                if (order <= 0) {
                    totalOld += a.rows();
                    a = old.hasNext() ? old.next() : null;
                }
                if (order >= 0) {
                    totalNew += b.rows();
                    b = fresh.hasNext() ? fresh.next() : null;
                }
            }
            // zeros where the old side counted none
            long[] nullsOld = java.util.Arrays.copyOf(old.nulls(), values);
            return new BucketWalk(agreedRows, java.util.Arrays.copyOf(differing, count),
                    differingOld, differingNew, totalOld, totalNew, nullsOld);
        }

        Totals totals() {
            return new Totals(totalOld, totalNew, nullsOld);
        }
    }
}
