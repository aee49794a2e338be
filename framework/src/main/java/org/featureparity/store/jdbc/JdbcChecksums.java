package org.featureparity.store.jdbc;

import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreException;
import org.featureparity.store.checksum.BucketCursor;
import org.featureparity.store.checksum.ChecksumRequest;
import org.featureparity.store.checksum.ExpectedRows;
import org.featureparity.store.checksum.IntegerKeyBounds;
import org.featureparity.store.checksum.KeyChecksums;
import org.featureparity.store.checksum.KeyRange;
import org.featureparity.store.checksum.KeyValueBuckets;
import org.featureparity.store.checksum.RowHashRead;
import org.featureparity.store.checksum.RowHashSink;
import org.featureparity.store.checksum.RowLimitExceeded;
import org.featureparity.store.checksum.RowHashes;
import org.jdbi.v3.core.Handle;

/**
 * Pushdown checksums of a JDBC store, in the SQL of its {@link PushdownDialect}, on the store's read-only
 * connections and under its statement time limit.
 */
final class JdbcChecksums implements KeyChecksums {

    /** Seeds keep key and value columns hashing independently; keys and values use disjoint ranges. */
    private static final int KEY_SEED = 1_000;
    private static final int VALUE_SEED = 1;
    private static final int BUCKETS_PER_FETCH = 16_384;
    private static final int ROW_HASHES_PER_FETCH = 65_536;
    /** NULL counters: at least this wide; a counter this wide counts one column alone, exactly. */
    private static final int MIN_FIELD = 12;
    private static final int WHOLE_FIELD = 31;
    /** Bits of a 31-bit int that packed counters may start at (0..30). */
    private static final int PACK_BITS = 30;
    private static final int EVIDENCE_BUCKETS = 8;

    private final JdbcFeatureStore store;
    private final PushdownDialect pushdown;

    JdbcChecksums(JdbcFeatureStore store, PushdownDialect pushdown) {
        this.store = store;
        this.pushdown = pushdown;
    }

    @Override
    public String dialect() {
        return pushdown.name();
    }

    @Override
    public Optional<String> hashFamily(StoreColumn column, Optional<BigDecimal> grid) {
        return pushdown.columnHash(store.dialect().quote(column.name()), column, grid, 0).map(PushdownDialect.ColumnHash::family);
    }

    @Override
    public Optional<String> whyKeyMayRepeat(SourceRef source, List<StoreColumn> keys) {
        if (!(source instanceof SourceRef.Table table)) {
            return Optional.of("a query source has no unique constraint on its key");
        }
        for (StoreColumn key : keys) {
            if (key.nullable() || !key.nullabilityEnforced()) {
                return Optional.of("key column '" + key.name() + "' of " + table.qualifiedName() + " may hold NULL");
            }
        }
        Set<String> keyNames = keys.stream().map(StoreColumn::name).collect(Collectors.toSet());
        boolean unique = store.inReadOnlyTransaction(handle -> {
            QualifiedName name = QualifiedName.parse(table.qualifiedName());
            DatabaseMetaData metadata = handle.getConnection().getMetaData();
            Map<String, Set<String>> indexes = new LinkedHashMap<>();
            try (ResultSet rs = metadata.getIndexInfo(name.catalog().orElse(null), name.schema().orElse(null),
                    name.table(), true, true)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (index != null && column != null && !rs.getBoolean("NON_UNIQUE")) {
                        indexes.computeIfAbsent(index, i -> new TreeSet<>()).add(column);
                    }
                }
            }
            // a unique index over some of the key columns makes the whole key unique
            return indexes.values().stream().anyMatch(keyNames::containsAll);
        }, "read the unique indexes of " + table.qualifiedName());
        return unique ? Optional.empty()
                : Optional.of(table.qualifiedName() + " has no primary key or unique index over " + keyNames);
    }

    @Override
    public OptionalLong estimatedRows(SourceRef source) {
        Optional<String> statement = pushdown.rowEstimateStatement();
        if (!(source instanceof SourceRef.Table) || statement.isEmpty()) {
            return OptionalLong.empty();
        }
        String relation = store.dialect().relation(source);
        Long rows = store.inReadOnlyTransaction(handle -> handle.createQuery(statement.get())
                .bind(0, relation).setQueryTimeout(store.timeoutSeconds())
                .mapTo(Long.class).findOne().orElse(-1L), "estimate the rows of " + source.describe());
        return rows != null && rows > 0 ? OptionalLong.of(rows) : OptionalLong.empty();
    }

    @Override
    public BucketCursor buckets(ChecksumRequest request) {
        String relation = store.dialect().relation(request.source());
        return buckets(request, (packs, fieldBits) -> pushdown.checksumStatement(relation, keyHashes(request),
                valueHashes(request), packs, fieldBits, request.bucketBits(), request.within()));
    }

    @Override
    public BucketCursor keyValueBuckets(ChecksumRequest request, KeyValueBuckets buckets) {
        String key = requiredDirectKey(request.keys());
        String relation = store.dialect().relation(request.source());
        return buckets(request, (packs, fieldBits) -> pushdown.keyValueChecksumStatement(relation, key, keyHashes(request),
                valueHashes(request), packs, fieldBits, buckets));
    }

    /** A checksum statement over the given NULL packs, with counters of the given width. */
    private interface ChecksumStatement {
        String counting(List<List<String>> nullPacks, int nullFieldBits);
    }

    private BucketCursor buckets(ChecksumRequest request, ChecksumStatement statement) {
        int fieldBits = nullFieldBits(request.expectedRows());
        Buckets read = readBuckets(request, fieldBits, statement);
        if (read.overflowed() && fieldBits < WHOLE_FIELD) {
            // a bucket held more rows than its packed NULL counters can count (the estimate was stale): count again,
            // one column per counter
            read = readBuckets(request, WHOLE_FIELD, statement);
        }
        return read.table();
    }

    /** Counter width for a bucket of about this many rows: room for 8 times as many, at least 2^12. */
    static int nullFieldBits(long expectedRows) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, expectedRows) * 8);
        return Math.max(MIN_FIELD, Math.min(WHOLE_FIELD, bits));
    }

    /** Columns per counter: fields at bit offsets 0, w, 2w, ... within a 31-bit int, the top field unbounded. */
    static int columnsPerPack(int fieldBits) {
        return fieldBits >= WHOLE_FIELD ? 1 : 1 + (PACK_BITS / fieldBits);
    }

    private record Buckets(BucketTable table, boolean overflowed) {
    }

    private Buckets readBuckets(ChecksumRequest request, int fieldBits, ChecksumStatement statement) {
        int perPack = columnsPerPack(fieldBits);
        List<List<String>> packs = nullPacks(request, perPack);
        String sql = statement.counting(packs, fieldBits);
        return readBuckets(sql, pushdown.checksumSettings(request.bucketBits(), request.expectedRows() << request.bucketBits()),
                request.bucketBits(), packs, perPack, fieldBits, packs.isEmpty() ? 0 : request.values().size());
    }

    /** The request's value columns, quoted, in packs of {@code perPack} whose NULLs count together; none unless asked. */
    private List<List<String>> nullPacks(ChecksumRequest request, int perPack) {
        List<List<String>> packs = new ArrayList<>();
        int values = request.values().size();
        if (request.countNulls()) {
            for (int i = 0; i < values; i += perPack) {
                packs.add(request.values().subList(i, Math.min(values, i + perPack)).stream()
                        .map(c -> store.dialect().quote(c.name())).toList());
            }
        }
        return packs;
    }

    /** Runs a checksum statement (bucket, count, checksum, then the NULL packs' counters) into a table of 2^bits buckets. */
    private Buckets readBuckets(String sql, List<String> settings, int bits, List<List<String>> packs, int perPack,
                                int fieldBits, int values) {
        BucketTable table = new BucketTable(sql, bits, values);
        boolean overflowed = false;
        Handle handle = store.openReadOnly();
        try {
            settings.forEach(handle::execute);
            try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
                statement.setFetchSize(BUCKETS_PER_FETCH);
                statement.setQueryTimeout(store.timeoutSeconds());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long count = rows.getLong(2);
                        overflowed |= perPack > 1 && count >= (1L << fieldBits);
                        table.put(rows.getInt(1), count, rows.getLong(3));
                        for (int p = 0; p < packs.size(); p++) {
                            long packed = rows.getLong(4 + p);
                            for (int j = 0; j < packs.get(p).size(); j++) {
                                boolean top = j == packs.get(p).size() - 1;
                                table.addNulls(p * perPack + j, top ? packed >>> (j * fieldBits)
                                        : (packed >>> (j * fieldBits)) & ((1L << fieldBits) - 1));
                            }
                        }
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(store.role() + " store: bucket checksums failed: " + store.failureOf(e), e);
        } finally {
            JdbcFeatureStore.closeQuietly(handle);
        }
        return new Buckets(table, overflowed);
    }

    @Override
    public RowCursor scanBuckets(ScanRequest scan, ChecksumRequest request, int[] buckets) {
        return scanSelected(scan, buckets.length, "buckets", pushdown.selectionSettings(), (relation, select, order, first) -> pushdown.bucketScanStatement(
                relation, keyHashes(request), select, order, request.bucketBits(), Arrays.copyOf(buckets, first)));
    }

    /** A statement over the scan's relation, select list and key order, holding the first n of its literals. */
    @FunctionalInterface
    private interface SelectionStatement {
        String holding(String relation, List<String> select, List<String> order, int first);
    }

    /** Streams the rows a statement selects by a list of literals (buckets, key hashes), in key order like a scan. */
    private RowCursor scanSelected(ScanRequest scan, int literals, String what, List<String> settings,
                                   SelectionStatement statement) {
        JdbcDialect sql = store.dialect();
        String relation = sql.relation(scan.source());
        List<String> select = Stream.concat(scan.keyColumns().stream(), scan.valueColumns().stream())
                .map(c -> sql.quote(c.name())).toList();
        List<String> order = scan.keyColumns().stream().map(sql::orderTerm).toList();
        Statement selection = Statement.of(literals, what, first -> statement.holding(relation, select, order, first));
        return store.scanStatement(selection.sql(), selection.evidence(), scan, settings);
    }

    /**
     * A statement as run, and as evidence: with many literals, the same statement over only the first few, and a
     * line saying how many the statement run held.
     */
    private record Statement(String sql, String evidence) {
        static Statement of(int literals, String what, java.util.function.IntFunction<String> holdingTheFirst) {
            String sql = holdingTheFirst.apply(literals);
            return new Statement(sql, literals <= EVIDENCE_BUCKETS ? sql : holdingTheFirst.apply(EVIDENCE_BUCKETS)
                    + "\n-- " + literals + " " + what + " in the statement run; the first " + EVIDENCE_BUCKETS + " shown");
        }
    }

    @Override
    public RowHashRead readRowHashes(ChecksumRequest request, ExpectedRows expected, RowHashSink sink) {
        return read(request, expected, sink, (relation, packs, within) -> pushdown.rowHashesStatement(relation,
                keyHashes(request), valueHashes(request), packs, within));
    }

    /** With a single integer key the dialect reads as itself, the keys are their own identifiers. */
    @Override
    public RowHashes rowHashes(ChecksumRequest request, ExpectedRows expected) {
        Optional<String> key = directKey(request.keys());
        if (key.isEmpty()) {
            return KeyChecksums.super.rowHashes(request, expected);
        }
        return RowHashes.collect(expected, sink -> read(request, expected, sink, (relation, packs, within) ->
                pushdown.keyRowHashesStatement(relation, key.get(), keyHashes(request), valueHashes(request), packs, within)));
    }

    @Override
    public Optional<IntegerKeyBounds> integerKeyBounds(SourceRef source, List<StoreColumn> keys) {
        Optional<String> key = directKey(keys);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String sql = pushdown.keyBoundsStatement(store.dialect().relation(source), key.get(), keys.get(0).name());
        return store.inReadOnlyTransaction(handle -> {
            try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
                statement.setQueryTimeout(store.timeoutSeconds());
                try (ResultSet bounds = statement.executeQuery()) {
                    bounds.next();
                    long low = bounds.getLong(1);
                    return bounds.wasNull() ? Optional.<IntegerKeyBounds>empty()
                            : Optional.of(new IntegerKeyBounds(new KeyRange(low, bounds.getLong(2)),
                                    bounds.getBoolean(3), bounds.getDouble(4)));
                }
            }
        }, "read the bounds of the key of " + source.describe());
    }

    @Override
    public RowCursor scanKeyValueBuckets(ScanRequest scan, KeyValueBuckets buckets, int[] numbers) {
        String key = requiredDirectKey(scan.keyColumns());
        // neighbouring buckets are one range of keys: one index probe for both
        long[] lows = new long[numbers.length];
        long[] highs = new long[numbers.length];
        int ranges = 0;
        for (int i = 0; i < numbers.length; i++) {
            KeyRange keys = buckets.keys(numbers[i]);
            if (i > 0 && numbers[i] == numbers[i - 1] + 1) {
                highs[ranges - 1] = keys.high();
            } else {
                lows[ranges] = keys.low();
                highs[ranges++] = keys.high();
            }
        }
        long[] from = Arrays.copyOf(lows, ranges);
        long[] to = Arrays.copyOf(highs, ranges);
        return scanSelected(scan, ranges, "key ranges", pushdown.keyRangeSelectionSettings(), (relation, select, order, first) ->
                pushdown.keyRangesScanStatement(relation, key, select, order, Arrays.copyOf(from, first), Arrays.copyOf(to, first)));
    }

    @Override
    public RowHashes sampleKeyRanges(ChecksumRequest request, List<KeyRange> ranges, long rowsPerRange) {
        String key = requiredDirectKey(request.keys());
        ExpectedRows most = ExpectedRows.atMost(ranges.size() * rowsPerRange);
        String relation = store.dialect().relation(request.source());
        String sql = pushdown.keyRangesRowHashesStatement(relation, key, keyHashes(request), valueHashes(request), ranges,
                rowsPerRange);
        return RowHashes.collect(most, sink -> read(request, most, sink, (ignored, packs, within) -> sql));
    }

    /** The key ranges and key-value buckets are only asked for where {@link #integerKeyBounds} found such a key. */
    private String requiredDirectKey(List<StoreColumn> keys) {
        return directKey(keys).orElseThrow(() -> new IllegalArgumentException(
                "key ranges need a single integer key the dialect reads directly"));
    }

    /** The quoted key column, when the key is one integer column the dialect reads and looks up as itself. */
    private Optional<String> directKey(List<StoreColumn> keys) {
        if (!pushdown.readsIntegerKeysDirectly() || keys.size() != 1) {
            return Optional.empty();
        }
        Optional<FeatureType.Kind> kind = keys.get(0).type().map(FeatureType::kind);
        return kind.filter(k -> k == FeatureType.Kind.INT32 || k == FeatureType.Kind.INT64)
                .map(k -> store.dialect().quote(keys.get(0).name()));
    }

    private interface RowHashesStatement {
        String within(String relation, List<List<String>> nullPacks, Optional<ChecksumRequest.Buckets> buckets);
    }

    private RowHashRead read(ChecksumRequest request, ExpectedRows expected, RowHashSink sink,
                             RowHashesStatement statementOf) {
        Optional<ChecksumRequest.Buckets> within = request.within();
        String relation = store.dialect().relation(request.source());
        int values = request.values().size();
        List<List<String>> packs = nullPacks(request, PushdownDialect.ROW_NULL_PACK);
        int[] buckets = within.map(ChecksumRequest.Buckets::numbers).orElse(new int[0]);
        Statement statement = Statement.of(buckets.length, "buckets", first -> statementOf.within(relation, packs,
                within.map(w -> new ChecksumRequest.Buckets(w.bits(), Arrays.copyOf(buckets, first)))));
        String scope = within.isEmpty() ? "" : " in " + buckets.length + " buckets";
        long[] nulls = new long[packs.isEmpty() ? 0 : values];
        long read = 0;
        Handle handle = store.openReadOnly();
        try (PreparedStatement prepared = handle.getConnection().prepareStatement(statement.sql())) {
            prepared.setFetchSize(ROW_HASHES_PER_FETCH);
            prepared.setQueryTimeout(store.timeoutSeconds());
            try (ResultSet result = prepared.executeQuery()) {
                while (result.next()) {
                    if (read++ == expected.rows()) {
                        if (!expected.counted()) {
                            throw new RowLimitExceeded(expected.rows());
                        }
                        throw changedDuringComparison(scope, expected.rows(), "more");
                    }
                    sink.accept(result.getLong(1), result.getLong(2));
                    for (int p = 0; p < packs.size(); p++) {
                        // NULLs are a few percent of values: one step per NULL, not per column
                        for (int pattern = result.getInt(3 + p); pattern != 0; pattern &= pattern - 1) {
                            nulls[p * PushdownDialect.ROW_NULL_PACK + Integer.numberOfTrailingZeros(pattern)]++;
                        }
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException || e instanceof RowLimitExceeded) {
                throw (RuntimeException) e;
            }
            throw new StoreException(store.role() + " store: row hashes failed: " + store.failureOf(e), e);
        } finally {
            JdbcFeatureStore.closeQuietly(handle);
        }
        if (expected.counted() && read != expected.rows()) {
            throw changedDuringComparison(scope, expected.rows(), "fewer");
        }
        return new RowHashRead(statement.evidence(), read, nulls);
    }

    private StoreException changedDuringComparison(String scope, long expected, String moreOrFewer) {
        return new StoreException(store.role() + " store changed during the comparison: its checksums counted " + expected
                + " rows" + scope + ", and reading their row hashes found " + moreOrFewer
                + " (compare a snapshot, or pause writes to it)");
    }

    @Override
    public RowCursor scanKeyIds(ScanRequest scan, ChecksumRequest request, long[] keyIds) {
        Optional<String> key = directKey(scan.keyColumns());
        if (key.isPresent()) {
            // few keys through the key's index: the planner's own choice, so no selection settings
            return scanSelected(scan, keyIds.length, "keys", List.of(), (relation, select, order, first) ->
                    pushdown.keyScanStatement(relation, key.get(), select, order, Arrays.copyOf(keyIds, first)));
        }
        return scanSelected(scan, keyIds.length, "key hashes", pushdown.selectionSettings(), (relation, select, order, first) ->
                pushdown.keyHashScanStatement(relation, keyHashes(request), select, order, Arrays.copyOf(keyIds, first)));
    }

    private List<String> keyHashes(ChecksumRequest request) {
        return IntStream.range(0, request.keys().size()).mapToObj(i -> hash(request.keys().get(i), Optional.empty(), KEY_SEED + i))
                .toList();
    }

    private List<String> valueHashes(ChecksumRequest request) {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < request.values().size(); i++) {
            hashes.add(hash(request.values().get(i), request.grids().get(i), VALUE_SEED + i));
        }
        return hashes;
    }

    private String hash(StoreColumn column, Optional<BigDecimal> grid, int seed) {
        return pushdown.columnHash(store.dialect().quote(column.name()), column, grid, seed)
                .orElseThrow(() -> new StoreException(store.role() + " store: " + pushdown.name()
                        + " cannot checksum column '" + column.name() + "' of type " + column.nativeType()))
                .sql();
    }
}
