package org.featureparity.store.jdbc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.checksum.ChecksumRequest;
import org.featureparity.store.checksum.KeyRange;
import org.featureparity.store.checksum.KeyValueBuckets;

/**
 * The SQL a database needs for pushdown checksums, found with {@link java.util.ServiceLoader} by the JDBC product
 * name. Implement it for another engine (DuckDB, Trino, Spark SQL, a warehouse) and register it in
 * {@code META-INF/services/org.featureparity.store.jdbc.PushdownDialect}; the comparison logic stays the same.
 *
 * <p>The contract every implementation must keep: a column hash is a 64-bit integer expression that is equal for
 * equal values (as the comparison in Java judges them) and differs for NULL and for any value; the checksum of a
 * bucket does not depend on row order; statements only read. Checksum statements should be cheap per row: one row
 * hash and a handful of aggregates per bucket, planned as a (parallel) hash aggregate.
 */
public interface PushdownDialect {

    /** Whether this dialect speaks for the database with this {@code DatabaseMetaData.getDatabaseProductName()}. */
    boolean appliesTo(String productName);

    /** A short name for evidence. */
    String name();

    /**
     * A NULL-distinct 64-bit hash of one column, seeded so that columns hash independently.
     *
     * @param columnSql the quoted column reference
     * @param grid      when present, hash the value rounded down to a multiple of it (numeric columns only)
     * @return the hash family (equal on both sides means comparable hashes) and the SQL expression; empty when the
     *         column's type cannot be hashed faithfully
     */
    Optional<ColumnHash> columnHash(String columnSql, StoreColumn column, Optional<BigDecimal> grid, int seed);

    /**
     * A statement returning, per bucket in any order (the caller sorts): bucket (int), row count (bigint),
     * checksum (bigint: an order-independent combination of the row hashes, such as their XOR), then one bigint per
     * NULL pack: the sum over the bucket's rows of {@code sum_j (column_j IS NULL ? 1 : 0) << (j * nullFieldBits)},
     * so one aggregate counts the NULLs of several columns (exact while a bucket holds fewer than
     * {@code 2^nullFieldBits} rows, which the caller checks). With {@code bucketBits} 0 the whole relation is bucket
     * 0, and there is exactly one row, also when the relation is empty (count 0, checksum 0).
     *
     * @param relation      the source as a FROM item
     * @param keyHashes     one hash expression per key column
     * @param valueHashes   one hash expression per value column
     * @param nullPacks     quoted value columns, grouped into packs (empty: no NULL counts)
     * @param nullFieldBits the width of one column's counter within a pack
     * @param within        when present, only rows whose key hash falls into these coarser buckets
     */
    String checksumStatement(String relation, List<String> keyHashes, List<String> valueHashes,
                             List<List<String>> nullPacks, int nullFieldBits, int bucketBits,
                             Optional<ChecksumRequest.Buckets> within);

    /**
     * A statement selecting {@code selectList} from the rows whose key hash falls into one of the buckets, ordered by
     * {@code orderTerms}.
     */
    String bucketScanStatement(String relation, List<String> keyHashes, List<String> selectList,
                               List<String> orderTerms, int bucketBits, int[] buckets);

    /**
     * A statement returning, for every row whose key hash falls into one of {@code within}'s buckets (every row when
     * empty), its key hash
     * (bigint: the combination of {@code keyHashes} the checksum statement buckets by) and its row hash (bigint: the
     * hash the checksum statement combines), in any order, then one int per NULL pack: its NULL pattern, bit
     * {@code j} set when the pack's column {@code j} is NULL (packs hold at most {@value #ROW_NULL_PACK} columns).
     * Reading two integers per row lets the caller find the differing rows exactly without fetching the rows
     * themselves.
     *
     * @param nullPacks quoted value columns, grouped into packs (empty: no NULL patterns)
     */
    String rowHashesStatement(String relation, List<String> keyHashes, List<String> valueHashes,
                              List<List<String>> nullPacks, Optional<ChecksumRequest.Buckets> within);

    /** The most columns one NULL pattern of {@link #rowHashesStatement} covers. */
    int ROW_NULL_PACK = 8;

    /**
     * A statement selecting {@code selectList} from the rows whose key hash (as {@link #rowHashesStatement} computes
     * it) is one of {@code hashes}, ordered by {@code orderTerms}.
     */
    String keyHashScanStatement(String relation, List<String> keyHashes, List<String> selectList,
                                List<String> orderTerms, long[] hashes);

    /**
     * Whether the dialect reads a single integer key column as itself ({@link #keyRowHashesStatement}) and looks its
     * rows up by it ({@link #keyScanStatement}): the rows of a few differing keys then come through the key's index
     * instead of a scan that hashes every key.
     */
    default boolean readsIntegerKeysDirectly() {
        return false;
    }

    /**
     * As {@link #rowHashesStatement}, with the integer key column {@code keyColumn} as bigint in place of the key
     * hash (the row hash is the same). Only called when {@link #readsIntegerKeysDirectly()}.
     */
    default String keyRowHashesStatement(String relation, String keyColumn, List<String> keyHashes, List<String> valueHashes,
                                         List<List<String>> nullPacks, Optional<ChecksumRequest.Buckets> within) {
        throw new UnsupportedOperationException(name() + " does not read keys directly");
    }

    /**
     * A statement selecting {@code selectList} from the rows whose integer key column {@code keyColumn} is one of
     * {@code keys}, ordered by {@code orderTerms}. Only called when {@link #readsIntegerKeysDirectly()}.
     */
    default String keyScanStatement(String relation, String keyColumn, List<String> selectList, List<String> orderTerms,
                                    long[] keys) {
        throw new UnsupportedOperationException(name() + " does not look keys up directly");
    }

    /**
     * A statement returning one row: the smallest and the largest value of the integer key column {@code keyColumn}
     * as bigints (NULL for an empty relation), read through the key's index; a boolean: whether the store's
     * statistics say the rows are stored about in key order (false when it keeps none); and a float8: the span the
     * keys would cover were they everywhere as dense as in their densest part, from the statistics' histogram of the
     * key (0 when it keeps none; see {@link org.featureparity.store.checksum.IntegerKeyBounds}). Only called when
     * {@link #readsIntegerKeysDirectly()}.
     *
     * @param keyName the key column's name as the catalog spells it, unquoted
     */
    default String keyBoundsStatement(String relation, String keyColumn, String keyName) {
        throw new UnsupportedOperationException(name() + " does not look keys up directly");
    }

    /**
     * As {@link #checksumStatement}, grouped by buckets of the integer key column's values instead of a hash of the
     * key: bucket, count, checksum and the NULL packs' counters per bucket. Only called when
     * {@link #readsIntegerKeysDirectly()}.
     */
    default String keyValueChecksumStatement(String relation, String keyColumn, List<String> keyHashes,
                                             List<String> valueHashes, List<List<String>> nullPacks, int nullFieldBits,
                                             KeyValueBuckets buckets) {
        throw new UnsupportedOperationException(name() + " does not bucket keys by value");
    }

    /**
     * A statement selecting {@code selectList} from the rows whose integer key column lies in one of the ranges from
     * {@code lows[i]} to {@code highs[i]} (ascending, disjoint), ordered by {@code orderTerms}, each range read through
     * the key's index. Only called when {@link #readsIntegerKeysDirectly()}.
     */
    default String keyRangesScanStatement(String relation, String keyColumn, List<String> selectList,
                                          List<String> orderTerms, long[] lows, long[] highs) {
        throw new UnsupportedOperationException(name() + " does not look key ranges up");
    }

    /**
     * A reader of scans faster than the driver's result set for these columns (keys then values, as selected), when
     * the engine has one; empty to read through the result set.
     */
    default Optional<RowStreamer> rowStreamer(List<StoreColumn> columns) {
        return Optional.empty();
    }

    /** Settings for the transaction running {@link #keyRangesScanStatement}. */
    default List<String> keyRangeSelectionSettings() {
        return List.of();
    }

    /**
     * A statement returning the key (bigint) and row hash (bigint, as {@link #checksumStatement} combines them) of
     * the first {@code rowsPerRange} rows in key order of each range of the integer key column {@code keyColumn},
     * found through the key's index, ordered by key. Only called when {@link #readsIntegerKeysDirectly()}.
     */
    default String keyRangesRowHashesStatement(String relation, String keyColumn, List<String> keyHashes,
                                               List<String> valueHashes, List<KeyRange> ranges, long rowsPerRange) {
        throw new UnsupportedOperationException(name() + " does not look keys up directly");
    }

    /**
     * Settings for the transaction fetching the rows of chosen buckets or key hashes: a filter on a hash that no
     * index serves, with the rows wanted in key order.
     */
    default List<String> selectionSettings() {
        return List.of();
    }

    /**
     * Settings for the transaction running a checksum statement (e.g. memory for its GROUP BY).
     *
     * @param bucketBits    log2 of the buckets the statement groups into (0: a plain aggregate)
     * @param estimatedRows rows the statement is expected to read, from the store's statistics
     */
    default List<String> checksumSettings(int bucketBits, long estimatedRows) {
        return List.of();
    }

    /** A statement with one text parameter (the relation) returning the store's row estimate, if it keeps one. */
    default Optional<String> rowEstimateStatement() {
        return Optional.empty();
    }

    /**
     * @param family what the value hashes as (e.g. {@code float8}, {@code numeric/grid=0.01})
     * @param sql    the hash expression
     */
    record ColumnHash(String family, String sql) {
    }
}
