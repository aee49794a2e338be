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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.featureparity.store.checksum.ExpectedRows;
import org.featureparity.store.checksum.IntegerKeyBounds;
import org.featureparity.store.checksum.KeyRange;
import org.featureparity.store.checksum.KeyValueBuckets;
import org.featureparity.store.checksum.RowHashRead;
import org.featureparity.store.checksum.RowLimitExceeded;
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
                    + " INSERT INTO ids SELECT g * 7, CASE WHEN g % 5 = 0 THEN NULL ELSE g / 3.0 END FROM generate_series(-250, 249) g; ANALYZE ids;"
                    + " CREATE TABLE shuffled (id int PRIMARY KEY, score float8);"
                    + " INSERT INTO shuffled SELECT g, g FROM generate_series(1, 5000) g ORDER BY hashint4(g); ANALYZE shuffled");
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

        RowHashes hashes = checksums.rowHashes(within(chosen), ExpectedRows.counted(rows));

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
        String sql = checksums.readRowHashes(request, ExpectedRows.counted(3_000), (keyHash, rowHash) -> {
            counts[(int) keyHash & 63]++;
            xors[(int) keyHash & 63] ^= rowHash;
        }).sql();

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

        assertThatThrownBy(() -> checksums.readRowHashes(request, ExpectedRows.counted(2_999), (keyHash, rowHash) -> passed[0]++))
                .isInstanceOf(StoreException.class)
                .hasMessage("old store changed during the comparison: its checksums counted 2999 rows, and reading their"
                        + " row hashes found more (compare a snapshot, or pause writes to it)");
        // the sink never sees more rows than were counted: a caller may size memory by the count
        assertThat(passed[0]).isEqualTo(2_999);
    }

    @Test
    void aSingleIntegerKeyIsReadAsItselfWithTheSameRowHashesAndItsRowsFetchedByKey() {
        ChecksumRequest every = everyId();
        SourceRef.Table ids = (SourceRef.Table) every.source();
        List<StoreColumn> key = every.keys();
        List<StoreColumn> values = every.values();

        RowHashes held = checksums.rowHashes(every, ExpectedRows.counted(500)).sorted();
        long[] byHash = new long[500];
        int[] read = new int[1];
        checksums.readRowHashes(every, ExpectedRows.counted(500), (keyHash, rowHash) -> byHash[read[0]++] = rowHash);

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
    void anUncountedReadCountsTheRowsAndEachColumnsNullsItself() {
        ChecksumRequest counting = request.bucketed(request.bucketBits(), Optional.empty(), true);
        long[] xor = new long[1];

        RowHashRead read = checksums.readRowHashes(counting, ExpectedRows.any(), (keyHash, rowHash) -> xor[0] ^= rowHash);

        assertThat(read.rows()).isEqualTo(3_000);
        // score is NULL for every fifth id, label for every eleventh
        assertThat(read.nulls()).containsExactly(600, 272);
        assertThat(read.sql()).contains("CASE WHEN \"score\" IS NULL");
        long whole = checksums.buckets(request.bucketed(0, Optional.empty(), false)).next().checksum();
        assertThat(xor[0]).isEqualTo(whole);
    }

    @Test
    void anUncountedHeldReadStopsAtItsLimitInsteadOfGrowingPastIt() {
        assertThatThrownBy(() -> checksums.rowHashes(request, ExpectedRows.atMost(2_999)))
                .isInstanceOf(RowLimitExceeded.class).hasMessage("more than 2999 rows to hold the hashes of");
        assertThat(checksums.rowHashes(request, ExpectedRows.atMost(3_000)).size()).isEqualTo(3_000);
    }

    @Test
    void aSampleOfKeyRangesReadsTheKeysAndRowHashesOfTheFirstRowsOfEachRangeThroughTheIntegerKey() {
        ChecksumRequest every = everyId();
        RowHashes held = checksums.rowHashes(every, ExpectedRows.counted(500)).sorted();
        // keys are multiples of 7 from -1750 to 1743: 8 in the first range, 11 in the second, 5 taken of each
        List<KeyRange> ranges = List.of(new KeyRange(-1750, -1700), new KeyRange(0, 70));
        List<Long> expectedKeys = new ArrayList<>();
        List<Long> expectedHashes = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            long id = held.keyIds()[i];
            if ((id >= -1750 && id <= -1750 + 4 * 7) || (id >= 0 && id <= 4 * 7)) {
                expectedKeys.add(id);
                expectedHashes.add(held.rowHashes()[i]);
            }
        }

        assertThat(checksums.integerKeyBounds(every.source(), every.keys())).map(IntegerKeyBounds::range).contains(new KeyRange(-1750, 1743));
        assertThat(checksums.integerKeyBounds(TABLE, request.keys())).as("a composite key has no integer bounds").isEmpty();
        RowHashes sample = checksums.sampleKeyRanges(every, ranges, 5);
        assertThat(sample.keyIds()).as("the first 5 keys of each range, in key order")
                .containsExactly(expectedKeys.stream().mapToLong(Long::longValue).toArray());
        assertThat(sample.rowHashes()).containsExactly(expectedHashes.stream().mapToLong(Long::longValue).toArray());
        assertThat(sample.sql()).contains("\"id\" BETWEEN -1750 AND -1700").contains("LIMIT 5");
    }

    @Test
    void bucketsOfConsecutiveKeysCombineTheirRowsHashesAndFetchExactlyTheirRowsThroughTheIndex() {
        ChecksumRequest every = everyId();
        RowHashes held = checksums.rowHashes(every, ExpectedRows.counted(500)).sorted();
        IntegerKeyBounds bounds = checksums.integerKeyBounds(every.source(), every.keys()).orElseThrow();
        KeyValueBuckets buckets = KeyValueBuckets.covering(bounds.range(), 500, 16, 1 << 20);
        Map<Integer, Long> expected = new TreeMap<>();
        for (int i = 0; i < held.size(); i++) {
            int bucket = (int) ((held.keyIds()[i] >> buckets.shift()) - buckets.first());
            expected.merge(bucket, held.rowHashes()[i], (a, b) -> a ^ b);
        }

        Map<Integer, Long> checksummed = new TreeMap<>();
        long rows = 0;
        long nulls = 0;
        try (BucketCursor cursor = checksums.keyValueBuckets(every.bucketed(buckets.bits(), Optional.empty(), true), buckets)) {
            while (cursor.hasNext()) {
                BucketChecksum sum = cursor.next();
                checksummed.put(sum.bucket(), sum.checksum());
                rows += sum.rows();
            }
            nulls = cursor.nulls()[0];
        }

        assertThat(bounds.bucketsEvenlyOver(bounds.range())).as("ids are stored in key order, spread evenly").isTrue();
        assertThat(checksummed).isEqualTo(expected).hasSizeGreaterThan(8);
        assertThat(rows).isEqualTo(500);
        assertThat(nulls).as("score is NULL for every fifth id").isEqualTo(100);
        int[] wanted = {0, 3, 4, buckets.count() - 1};
        List<Long> fetched = new ArrayList<>();
        ScanRequest ids = new ScanRequest(every.source(), every.keys(), every.values(), 100);
        try (RowCursor cursor = checksums.scanKeyValueBuckets(ids, buckets, wanted)) {
            cursor.forEachRemaining(row -> fetched.add(((Number) row.key(0)).longValue()));
            // buckets 3 and 4 are neighbours: one range, one index probe
            assertThat(cursor.sql()).contains("unnest('{-1792,-1408,1664}'::int8[], '{-1665,-1153,1791}'::int8[])");
        }
        List<Long> inThem = java.util.Arrays.stream(held.keyIds()).boxed().filter(id -> java.util.stream.IntStream.of(wanted)
                .anyMatch(b -> buckets.keys(b).low() <= id && id <= buckets.keys(b).high())).sorted().toList();
        assertThat(fetched).isEqualTo(inThem).isNotEmpty();
    }

    @Test
    void rowsStoredOutOfKeyOrderAreSaidToBe() {
        SourceRef.Table shuffled = new SourceRef.Table("public.shuffled");
        IntegerKeyBounds bounds = checksums.integerKeyBounds(shuffled,
                List.of(store.describe(shuffled).column("id").orElseThrow())).orElseThrow();

        assertThat(bounds.range()).isEqualTo(new KeyRange(1, 5_000));
        assertThat(bounds.storedInKeyOrder()).isFalse();
        assertThat(bounds.densestSpan()).as("evenly spread all the same").isGreaterThan(2_500);
    }

    @Test
    void fetchingByKeyHashReturnsExactlyThoseRowsInKeyOrder() {
        RowHashes hashes = checksums.rowHashes(within(new int[] {3}), ExpectedRows.counted(countIn(3)));
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

        assertThatThrownBy(() -> checksums.rowHashes(within(new int[] {9}), ExpectedRows.counted(rows - 1)))
                .isInstanceOf(StoreException.class).hasMessageContaining("old store changed during the comparison")
                .hasMessageContaining("found more");
        assertThatThrownBy(() -> checksums.rowHashes(within(new int[] {9}), ExpectedRows.counted(rows + 1)))
                .isInstanceOf(StoreException.class).hasMessageContaining("found fewer");
    }

    /** Every row of {@code ids}: a single integer key the dialect reads and looks up as itself. */
    private static ChecksumRequest everyId() {
        SourceRef.Table ids = new SourceRef.Table("public.ids");
        StoreDescription description = store.describe(ids);
        return new ChecksumRequest(ids, List.of(description.column("id").orElseThrow()),
                List.of(description.column("score").orElseThrow()), List.of(Optional.empty()), 0, Optional.empty(), false, 500);
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
