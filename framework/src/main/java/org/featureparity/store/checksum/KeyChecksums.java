package org.featureparity.store.checksum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;

/**
 * A store's ability to checksum its rows in SQL, bucketed by a hash of the key, and to fetch just the rows of chosen
 * buckets: what the pushdown comparison needs. Every statement runs read-only and within the store's time limit.
 */
public interface KeyChecksums {

    /** The dialect doing the work, for evidence (e.g. {@code postgresql}). */
    String dialect();

    /**
     * What values of this column hash as, when it can be checksummed: equal families on both sides mean equal values
     * hash equally. Empty when the dialect cannot hash the column's type (or cannot round it to {@code grid}).
     *
     * @param grid when present, values are hashed after rounding down to multiples of it (a tolerant column)
     */
    Optional<String> hashFamily(StoreColumn column, Optional<BigDecimal> grid);

    /**
     * Why the source's key might not be unique and non-NULL (no primary key or unique index over the key columns,
     * or a nullable key column); empty when the store guarantees it. Checksums cannot see duplicates, the merge can.
     */
    Optional<String> whyKeyMayRepeat(SourceRef source, List<StoreColumn> keys);

    /** The store's own estimate of the source's row count, when it keeps one (statistics; no scan). */
    OptionalLong estimatedRows(SourceRef source);

    /** Count, checksum and (when the request asks) NULL counts per bucket of the request, ordered by bucket. */
    BucketCursor buckets(ChecksumRequest request);

    /** The scan's rows whose key falls into one of {@code buckets} (ascending), ordered by key like a full scan. */
    RowCursor scanBuckets(ScanRequest scan, ChecksumRequest request, int[] buckets);

    /**
     * Reads the key hash and row hash of every row in the request's {@code within} buckets (every row of the source
     * when it has none) into {@code sink}, in any order, and counts each value column's NULLs when the request asks.
     * With a {@linkplain ExpectedRows#counted counted} number, any other number means the store changed during the
     * comparison, and is an error rather than a result; with a limit, more rows end the read with
     * {@link RowLimitExceeded}. Either way the sink never gets more than that many rows, so a caller may size memory
     * by the number.
     */
    RowHashRead readRowHashes(ChecksumRequest request, ExpectedRows expected, RowHashSink sink);

    /**
     * {@link #readRowHashes} held in memory, 16 bytes a row, with the key identified as {@link #scanKeyIds} takes it.
     * By default the identifier is the key hash; a store that can look keys up directly may return the keys instead.
     */
    default RowHashes rowHashes(ChecksumRequest request, ExpectedRows expected) {
        return RowHashes.collect(expected, sink -> readRowHashes(request, expected, sink));
    }

    /**
     * The smallest and the largest key, and whether the rows are stored in key order, when the key is a single
     * integer column the store finds rows by through an index, so that the rows of a few key ranges cost about their
     * own reading ({@link #sampleKeyRanges}, {@link #scanKeyValueBuckets}); empty otherwise, and for an empty
     * source.
     */
    default Optional<IntegerKeyBounds> integerKeyBounds(SourceRef source, List<StoreColumn> keys) {
        return Optional.empty();
    }

    /**
     * Count, checksum and (when the request asks) NULL counts per bucket of the integer key's values, ordered by
     * bucket; the request's bucket bits are {@link KeyValueBuckets#bits()}. Only called where {@link #integerKeyBounds}
     * is present.
     */
    default BucketCursor keyValueBuckets(ChecksumRequest request, KeyValueBuckets buckets) {
        throw new UnsupportedOperationException(dialect() + " checksums no key ranges");
    }

    /**
     * The scan's rows whose integer key falls into one of the key-value {@code numbers} (ascending), ordered by key
     * like a full scan, read range by range through the key's index. Only called where {@link #integerKeyBounds} is
     * present.
     */
    default RowCursor scanKeyValueBuckets(ScanRequest scan, KeyValueBuckets buckets, int[] numbers) {
        throw new UnsupportedOperationException(dialect() + " fetches no key ranges");
    }

    /**
     * The key and row hash (no NULL counts) of the first {@code rowsPerRange} rows in key order of each of the
     * integer key's {@code ranges} (ascending, disjoint), the keys themselves as {@link RowHashes#keyIds()}: stores
     * holding the same rows pick the same keys, so this compares a sample, and any difference in it is one between
     * the stores. Only called where {@link #integerKeyBounds} is present.
     */
    default RowHashes sampleKeyRanges(ChecksumRequest request, List<KeyRange> ranges, long rowsPerRange) {
        throw new UnsupportedOperationException(dialect() + " samples no key ranges");
    }

    /**
     * The scan's rows whose key identifier ({@link RowHashes#keyIds()} of {@link #rowHashes}) is one of {@code keyIds}
     * (ascending), ordered by key like a full scan.
     */
    RowCursor scanKeyIds(ScanRequest scan, ChecksumRequest request, long[] keyIds);
}
