package org.featureparity.postgres;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreInfo;
import org.featureparity.store.checksum.BucketCursor;
import org.featureparity.store.checksum.ChecksumRequest;
import org.featureparity.store.checksum.ExpectedRows;
import org.featureparity.store.checksum.RowHashRead;
import org.featureparity.store.checksum.KeyChecksums;
import org.featureparity.store.checksum.RowHashSink;

/**
 * A real PostgreSQL store whose checksums claim another dialect's name: what a second engine's store looks like to the
 * pushdown's planning, with every row still read from PostgreSQL.
 */
final class OtherDialectStore implements FeatureStore {

    private final FeatureStore store;
    private final String dialect;

    OtherDialectStore(FeatureStore store, String dialect) {
        this.store = store;
        this.dialect = dialect;
    }

    @Override
    public StoreInfo info() {
        return store.info();
    }

    @Override
    public StoreDescription describe(SourceRef source) {
        return store.describe(source);
    }

    @Override
    public RowCursor scan(ScanRequest request) {
        return store.scan(request);
    }

    @Override
    public long countNulls(SourceRef source, String column) {
        return store.countNulls(source, column);
    }

    @Override
    public Optional<KeyChecksums> checksums() {
        return store.checksums().map(Renamed::new);
    }

    private final class Renamed implements KeyChecksums {
        private final KeyChecksums checksums;

        Renamed(KeyChecksums checksums) {
            this.checksums = checksums;
        }

        @Override
        public String dialect() {
            return dialect;
        }

        @Override
        public Optional<String> hashFamily(StoreColumn column, Optional<BigDecimal> grid) {
            return checksums.hashFamily(column, grid);
        }

        @Override
        public Optional<String> whyKeyMayRepeat(SourceRef source, List<StoreColumn> keys) {
            return checksums.whyKeyMayRepeat(source, keys);
        }

        @Override
        public OptionalLong estimatedRows(SourceRef source) {
            return checksums.estimatedRows(source);
        }

        @Override
        public BucketCursor buckets(ChecksumRequest request) {
            return checksums.buckets(request);
        }

        @Override
        public RowCursor scanBuckets(ScanRequest scan, ChecksumRequest request, int[] buckets) {
            return checksums.scanBuckets(scan, request, buckets);
        }

        @Override
        public RowHashRead readRowHashes(ChecksumRequest request, ExpectedRows expected, RowHashSink sink) {
            return checksums.readRowHashes(request, expected, sink);
        }

        @Override
        public RowCursor scanKeyIds(ScanRequest scan, ChecksumRequest request, long[] keyIds) {
            return checksums.scanKeyIds(scan, request, keyIds);
        }
    }
}
