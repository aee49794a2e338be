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
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreException;
import org.featureparity.store.checksum.BucketChecksum;
import org.featureparity.store.checksum.BucketCursor;
import org.featureparity.store.checksum.ChecksumRequest;
import org.featureparity.store.checksum.KeyChecksums;
import org.jdbi.v3.core.Handle;

/**
 * Pushdown checksums of a JDBC store, in the SQL of its {@link PushdownDialect}, on the store's read-only
 * connections and under its statement time limit.
 */
final class JdbcChecksums implements KeyChecksums {

    /** Seeds keep key and value columns hashing independently; keys and values use disjoint ranges. */
    private static final int KEY_SEED = 1_000;
    private static final int VALUE_SEED = 1;
    private static final int BUCKETS_PER_FETCH = 4_096;
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
        String sql = pushdown.checksumStatement(store.dialect().relation(request.source()), keyHashes(request),
                valueHashes(request), request.values().stream().map(c -> store.dialect().quote(c.name())).toList(),
                request.bucketBits());
        Handle handle = store.openReadOnly();
        try {
            pushdown.checksumSettings().forEach(handle::execute);
            PreparedStatement statement = handle.getConnection().prepareStatement(sql);
            statement.setFetchSize(BUCKETS_PER_FETCH);
            statement.setQueryTimeout(store.timeoutSeconds());
            return new JdbcBucketCursor(handle, statement, statement.executeQuery(), sql, request.values().size());
        } catch (SQLException | RuntimeException e) {
            JdbcFeatureStore.closeQuietly(handle);
            throw new StoreException(store.role() + " store: bucket checksums failed: " + store.failureOf(e), e);
        }
    }

    @Override
    public RowCursor scanBuckets(ScanRequest scan, ChecksumRequest request, int[] buckets) {
        JdbcDialect sql = store.dialect();
        String relation = sql.relation(scan.source());
        List<String> select = Stream.concat(scan.keyColumns().stream(), scan.valueColumns().stream())
                .map(c -> sql.quote(c.name())).toList();
        List<String> order = scan.keyColumns().stream().map(sql::orderTerm).toList();
        String statement = pushdown.bucketScanStatement(relation, keyHashes(request), select, order,
                request.bucketBits(), buckets);
        String evidence = buckets.length <= EVIDENCE_BUCKETS ? statement
                : pushdown.bucketScanStatement(relation, keyHashes(request), select, order, request.bucketBits(),
                        Arrays.copyOf(buckets, EVIDENCE_BUCKETS))
                  + "\n-- " + buckets.length + " buckets in the statement run; the first " + EVIDENCE_BUCKETS + " shown";
        return store.scanStatement(statement, evidence, scan);
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

    /** Reads bucket rows as the statement streams them; closing ends the read-only transaction. */
    private final class JdbcBucketCursor implements BucketCursor {
        private final Handle handle;
        private final PreparedStatement statement;
        private final ResultSet rows;
        private final String sql;
        private final int values;
        private BucketChecksum next;
        private boolean done;

        JdbcBucketCursor(Handle handle, PreparedStatement statement, ResultSet rows, String sql, int values) {
            this.handle = handle;
            this.statement = statement;
            this.rows = rows;
            this.sql = sql;
            this.values = values;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    if (rows.next()) {
                        long[] nonNull = new long[values];
                        for (int i = 0; i < values; i++) {
                            nonNull[i] = rows.getLong(4 + i);
                        }
                        BigDecimal checksum = rows.getBigDecimal(3);
                        // compared modulo 2^64: the low bits of an exact sum are as good as the sum
                        next = new BucketChecksum(rows.getInt(1), rows.getLong(2), checksum.toBigInteger().longValue(), nonNull);
                    } else {
                        done = true;
                    }
                } catch (SQLException | RuntimeException e) {
                    throw new StoreException(store.role() + " store: bucket checksums failed: " + store.failureOf(e), e);
                }
            }
            return next != null;
        }

        @Override
        public BucketChecksum next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BucketChecksum current = next;
            next = null;
            return current;
        }

        @Override
        public String sql() {
            return sql;
        }

        @Override
        public void close() {
            try {
                rows.close();
                statement.close();
            } catch (SQLException | RuntimeException ignored) {
                // a broken connection cannot close its statement; the handle below is still released
            } finally {
                JdbcFeatureStore.closeQuietly(handle);
            }
        }
    }
}
