package org.featureparity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreException;
import org.featureparity.store.checksum.BucketChecksum;
import org.featureparity.store.checksum.BucketCursor;
import org.featureparity.store.checksum.ChecksumRequest;
import org.featureparity.store.checksum.KeyChecksums;
import org.featureparity.store.checksum.RowHashes;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The row hashes PostgreSQL reads for the pushdown are the very hashes its bucket checksums combine, and fetching by
 * key hash returns exactly those rows: the invariants that let a comparison trust two integers a row.
 */
class PostgresRowHashesTests {

    private static final SourceRef.Table TABLE = new SourceRef.Table("public.rows");
    private static EmbeddedPostgres postgres;
    private static JdbcFeatureStore store;
    private static KeyChecksums checksums;
    private static ChecksumRequest request;
    private static ScanRequest scan;

    @BeforeAll
    static void start() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE rows (region text, id bigint, score float8, label text, PRIMARY KEY (region, id));"
                    + " INSERT INTO rows SELECT 'r' || (g % 7), g, CASE WHEN g % 5 = 0 THEN NULL ELSE g / 3.0 END,"
                    + " CASE WHEN g % 11 = 0 THEN NULL ELSE 'label ' || g END FROM generate_series(1, 3000) g; ANALYZE rows;"
                    + " CREATE TABLE ids (id int PRIMARY KEY, score float8);"
                    + " INSERT INTO ids SELECT g * 7, CASE WHEN g % 5 = 0 THEN NULL ELSE g / 3.0 END FROM generate_series(-250, 249) g");
        }
        store = new JdbcFeatureStore("old", BinaryTransfer.enable(postgres.getPostgresDatabase())::getConnection,
                postgres.getJdbcUrl("postgres", "postgres"), Duration.ofMinutes(1));
        checksums = store.checksums().orElseThrow();
        StoreDescription description = store.describe(TABLE);
        List<StoreColumn> keys = List.of(description.column("region").orElseThrow(), description.column("id").orElseThrow());
        List<StoreColumn> values = List.of(description.column("score").orElseThrow(), description.column("label").orElseThrow());
        request = new ChecksumRequest(TABLE, keys, values, List.of(Optional.empty(), Optional.empty()), 6, Optional.empty(), false, 50);
        scan = new ScanRequest(TABLE, keys, values, 100);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void theRowHashesOfABucketCombineToItsChecksum() {
        List<BucketChecksum> buckets = new ArrayList<>();
        try (BucketCursor cursor = checksums.buckets(request)) {
            cursor.forEachRemaining(buckets::add);
        }
        int[] chosen = {buckets.get(0).bucket(), buckets.get(5).bucket(), buckets.get(buckets.size() - 1).bucket()};
        long rows = buckets.get(0).rows() + buckets.get(5).rows() + buckets.get(buckets.size() - 1).rows();
        long checksum = buckets.get(0).checksum() ^ buckets.get(5).checksum() ^ buckets.get(buckets.size() - 1).checksum();

        RowHashes hashes = checksums.rowHashes(within(chosen), rows);

        assertThat(hashes.size()).isEqualTo(rows);
        assertThat(IntStream.range(0, hashes.size()).mapToLong(i -> hashes.rowHashes()[i]).reduce(0, (a, b) -> a ^ b))
                .isEqualTo(checksum);
        assertThat(IntStream.range(0, hashes.size()).mapToLong(i -> hashes.keyIds()[i] & 63).distinct().sorted().toArray())
                .containsExactly(IntStream.of(chosen).asLongStream().sorted().toArray());
    }

    @Test
    void everyRowsHashesStreamedAndBucketedOnTheClientEqualTheDatabasesBucketChecksums() {
        long[] counts = new long[64];
        long[] xors = new long[64];
        String sql = checksums.readRowHashes(request, 3_000, (keyHash, rowHash) -> {
            counts[(int) keyHash & 63]++;
            xors[(int) keyHash & 63] ^= rowHash;
        });

        assertThat(sql).doesNotContain("WHERE").doesNotContain("buckets in the statement run");
        List<BucketChecksum> buckets = new ArrayList<>();
        try (BucketCursor cursor = checksums.buckets(request)) {
            cursor.forEachRemaining(buckets::add);
        }
        assertThat(buckets).hasSize(64);
        for (BucketChecksum bucket : buckets) {
            assertThat(counts[bucket.bucket()]).as("rows of bucket %d", bucket.bucket()).isEqualTo(bucket.rows());
            assertThat(xors[bucket.bucket()]).as("checksum of bucket %d", bucket.bucket()).isEqualTo(bucket.checksum());
        }
    }

    @Test
    void streamingEveryRowChecksTheWholeTablesCountToo() {
        long[] passed = new long[1];

        assertThatThrownBy(() -> checksums.readRowHashes(request, 2_999, (keyHash, rowHash) -> passed[0]++))
                .isInstanceOf(StoreException.class)
                .hasMessage("old store changed during the comparison: its checksums counted 2999 rows, and reading their"
                        + " row hashes found more (compare a snapshot, or pause writes to it)");
        // the sink never sees more rows than were counted: a caller may size memory by the count
        assertThat(passed[0]).isEqualTo(2_999);
    }

    @Test
    void aSingleIntegerKeyIsReadAsItselfWithTheSameRowHashesAndItsRowsFetchedByKey() {
        SourceRef.Table ids = new SourceRef.Table("public.ids");
        StoreDescription description = store.describe(ids);
        List<StoreColumn> key = List.of(description.column("id").orElseThrow());
        List<StoreColumn> values = List.of(description.column("score").orElseThrow());
        ChecksumRequest every = new ChecksumRequest(ids, key, values, List.of(Optional.empty()), 0, Optional.empty(), false, 500);

        RowHashes held = checksums.rowHashes(every, 500).sorted();
        long[] byHash = new long[500];
        int[] read = new int[1];
        checksums.readRowHashes(every, 500, (keyHash, rowHash) -> byHash[read[0]++] = rowHash);

        assertThat(held.keyIds()).containsExactly(IntStream.range(-250, 250).mapToLong(g -> g * 7L).toArray());
        assertThat(held.sql()).startsWith("SELECT \"id\"::int8, ");
        assertThat(java.util.Arrays.stream(held.rowHashes()).sorted().toArray()).containsExactly(java.util.Arrays.stream(byHash).sorted().toArray());
        List<FeatureRow> fetched = new ArrayList<>();
        try (RowCursor rows = checksums.scanKeyIds(new ScanRequest(ids, key, values, 100), every, new long[] {-1750, 0, 1743})) {
            rows.forEachRemaining(fetched::add);
            assertThat(rows.sql()).contains("WHERE \"id\" = ANY('{-1750,0,1743}'::int8[])");
        }
        assertThat(fetched).extracting(row -> row.key(0)).containsExactly(-1750L, 0L, 1743L);
    }

    @Test
    void fetchingByKeyHashReturnsExactlyThoseRowsInKeyOrder() {
        RowHashes hashes = checksums.rowHashes(within(new int[] {3}), countIn(3));
        long[] wanted = {hashes.keyIds()[0], hashes.keyIds()[hashes.size() - 1]};

        List<FeatureRow> fetched = new ArrayList<>();
        try (RowCursor rows = checksums.scanKeyIds(scan, request, wanted)) {
            rows.forEachRemaining(fetched::add);
            assertThat(rows.sql()).contains("= ANY(");
        }

        assertThat(fetched).hasSize(2);
        assertThat(fetched).isSortedAccordingTo(java.util.Comparator.comparing((FeatureRow row) -> (String) row.key(0))
                .thenComparing(row -> (Long) row.key(1)));
    }

    @Test
    void aCountThatNoLongerHoldsMeansTheStoreChangedAndIsAnError() {
        long rows = countIn(9);

        assertThatThrownBy(() -> checksums.rowHashes(within(new int[] {9}), rows - 1))
                .isInstanceOf(StoreException.class).hasMessageContaining("old store changed during the comparison")
                .hasMessageContaining("found more");
        assertThatThrownBy(() -> checksums.rowHashes(within(new int[] {9}), rows + 1))
                .isInstanceOf(StoreException.class).hasMessageContaining("found fewer");
    }

    private static ChecksumRequest within(int[] buckets) {
        return request.bucketed(request.bucketBits(), Optional.of(new ChecksumRequest.Buckets(request.bucketBits(),
                IntStream.of(buckets).sorted().toArray())), false);
    }

    private static long countIn(int bucket) {
        try (BucketCursor cursor = checksums.buckets(request)) {
            while (cursor.hasNext()) {
                BucketChecksum sum = cursor.next();
                if (sum.bucket() == bucket) {
                    return sum.rows();
                }
            }
        }
        throw new IllegalStateException("no bucket " + bucket);
    }
}
