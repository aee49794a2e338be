package org.featureparity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.featureparity.contract.Contracts.BOOLEAN;
import static org.featureparity.contract.Contracts.DATE;
import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.INT64;
import static org.featureparity.contract.Contracts.STRING;
import static org.featureparity.contract.Contracts.TIMESTAMPTZ;
import static org.featureparity.contract.Contracts.absolute;
import static org.featureparity.contract.Contracts.decimal;
import static org.featureparity.contract.Contracts.nanDiffersFromNan;
import static org.featureparity.contract.Contracts.notNull;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.relative;
import static org.featureparity.contract.Contracts.table;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.featureparity.check.GroupRun;
import org.featureparity.compare.ComparisonException;
import org.featureparity.compare.ComparisonResult;
import org.featureparity.compare.FeatureTally;
import org.featureparity.compare.PushdownLimits;
import org.featureparity.compare.StrategyChoice;
import org.featureparity.contract.ContractBuilder;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.evidence.Mismatch;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Merge, pushdown and in-memory comparison give the same result on the same data: counts, mismatching keys and
 * their order, categories, NULL counts and missing keys, on a real PostgreSQL.
 */
class ComparisonStrategiesTests {

    private static final String MERGE = StrategyChoice.MERGE.value();
    private static final String PUSHDOWN = StrategyChoice.PUSHDOWN.value();
    /** The pushdown's other ways to the differing rows, each forced by its limits. */
    private static final Map<String, PushdownLimits> PUSHDOWN_PATHS = new LinkedHashMap<>();
    private static final String STREAMED = "pushdown, row hashes streamed";
    private static final String COARSE_THEN_HELD = "pushdown, coarse buckets, then their rows' hashes held";
    private static final String COARSE_THEN_STREAMED = "pushdown, coarse buckets, then their rows' hashes streamed";
    private static final String FINE_BUCKETS = "pushdown, coarse and fine buckets";

    static {
        // 2,400 rows: fewer than most data sets hold (so they take coarse buckets first), more than their differing
        // coarse buckets do
        PUSHDOWN_PATHS.put(STREAMED, new PushdownLimits(0, PushdownLimits.DEFAULT_STREAMED_ROW_HASHES));
        PUSHDOWN_PATHS.put(COARSE_THEN_HELD, new PushdownLimits(2_400, 0));
        PUSHDOWN_PATHS.put(COARSE_THEN_STREAMED, new PushdownLimits(0, 2_400));
        PUSHDOWN_PATHS.put(FINE_BUCKETS, new PushdownLimits(0, 0));
    }

    private static EmbeddedPostgres postgres;
    private static FeatureStore old;
    private static FeatureStore fresh;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = BinaryTransfer.enable(postgres.getPostgresDatabase());
        String url = postgres.getJdbcUrl("postgres", "postgres");
        old = new JdbcFeatureStore("old", dataSource::getConnection, url, Duration.ofMinutes(2));
        fresh = new JdbcFeatureStore("new", dataSource::getConnection, url, Duration.ofMinutes(2));
        execute("CREATE SCHEMA legacy; CREATE SCHEMA streaming");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Nested
    class GiveTheSameResult {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3})
        void onFloatFeaturesWithGapsNullsNanAndInfinities(long seed) {
            String name = "wide_" + seed;
            StrategyData.wide(seed, 3_000).load(name, StrategyData.Difference.SCATTERED, ComparisonStrategiesTests::connect);
            FeatureGroupContract contract = wideContract(name);

            Map<String, ComparisonResult> results = allStrategies(contract);

            ComparisonResult pushdown = results.get(PUSHDOWN);
            assertThat(pushdown.strategy().name()).isEqualTo("pushdown");
            assertThat(pushdown.strategy().rowsFetchedOld()).isPositive().isLessThan(pushdown.rowsOld() / 2);
            // an integer key: a sample of key ranges first, which may or may not hold a difference
            assertThat(pushdown.strategy().detail()).contains("a sample of 32 key ranges");
            assertThat(pushdown.strategy().detail()).contains("f9 rounded down to multiples of 0.005")
                    .contains("every row's hashes read and held").contains("fetched and merged the rows of the differing keys");
            assertThat(results.get(STREAMED).strategy().detail()).contains("every row's hashes streamed into 512 buckets on the client")
                    .contains("fetched and merged the differing streamed buckets");
            assertThat(results.get(COARSE_THEN_HELD).strategy().detail()).contains("coarse buckets by hash of key")
                    .contains("their rows' hashes read and held");
            assertThat(results.get(COARSE_THEN_STREAMED).strategy().detail()).contains("coarse buckets by hash of key")
                    .contains("their rows' hashes streamed into");
            ComparisonResult byFineBuckets = results.get(FINE_BUCKETS);
            assertThat(byFineBuckets.strategy().detail()).contains("coarse buckets by hash of key")
                    .contains("fetched and merged the differing fine buckets");
            // the row hashes name the differing rows exactly: fewer rows fetched than by the fine buckets holding them
            assertThat(pushdown.strategy().rowsFetchedOld()).isLessThan(byFineBuckets.strategy().rowsFetchedOld());
            assertThat(pushdown.missingOld()).isPositive();
            assertThat(pushdown.missingNew()).isPositive();
            assertThat(pushdown.features().values().stream().mapToLong(FeatureTally::mismatched).sum()).isPositive();
            assertSameResults(results);
        }

        @Test
        void whenTheFirstAndTheLastRowDiffer() {
            StrategyData.wide(11, 2_000).load("edges", StrategyData.Difference.FIRST_AND_LAST, ComparisonStrategiesTests::connect);
            Map<String, ComparisonResult> results = allStrategies(wideContract("edges"));

            ComparisonResult merge = results.get(MERGE);
            List<String> keys = merge.features().values().stream().flatMap(t -> t.topMismatches().stream())
                    .map(m -> m.key().get("entity_id")).distinct().sorted().toList();
            assertThat(keys).containsExactlyInAnyOrder(StrategyData.wide(11, 2_000).firstKey(), StrategyData.wide(11, 2_000).lastKey());
            assertThat(results.get(PUSHDOWN).strategy().name()).isEqualTo("pushdown");
            // evenly spread keys in key order: the differing buckets of consecutive keys are the first and the last
            assertThat(results.get(PUSHDOWN).strategy().detail()).contains("2 differ").contains("fetched and merged the differing key ranges");
            assertThat(results.get(STREAMED).strategy().detail()).contains("fetched and merged the differing key ranges");
            assertSameResults(results);
        }

        @Test
        void whenRowsInKeyOrderAreChecksummedInBucketsOfConsecutiveKeys() {
            // every third integer, stored in key order and analyzed: both sides checksum buckets of consecutive keys,
            // with or without room to hold every row's hashes, and the differing ones are fetched as key ranges
            // through the index
            for (String table : List.of("legacy.ranged", "streaming.ranged")) {
                execute("CREATE TABLE " + table + " (entity_id int4 PRIMARY KEY, a float8, b float8, c float8);"
                        + " INSERT INTO " + table + " SELECT g * 3, CASE WHEN g % 9 = 0 THEN NULL ELSE g / 7.0 END,"
                        + " CASE WHEN g % 4 = 0 THEN NULL ELSE -g END, g % 13 FROM generate_series(1, 30000) g");
            }
            execute("UPDATE streaming.ranged SET a = NULL WHERE entity_id IN (3, 45000);"
                    + " UPDATE streaming.ranged SET b = 0 WHERE entity_id % 3001 = 0; UPDATE streaming.ranged SET c = 'NaN' WHERE entity_id = 90000;"
                    + " DELETE FROM streaming.ranged WHERE entity_id = 60000; INSERT INTO streaming.ranged VALUES (60001, 1, 2, 3);"
                    + " ANALYZE legacy.ranged; ANALYZE streaming.ranged");
            FeatureGroupContract contract = FeatureGroupContract.group("ranged").entity("entity_id")
                    .source(table("legacy.ranged"), table("streaming.ranged"))
                    .feature("a", FLOAT64, nullable()).feature("b", FLOAT64, nullable()).feature("c", FLOAT64, nullable())
                    .build();

            Map<String, ComparisonResult> results = allStrategies(contract);

            ComparisonResult ranged = results.get(STREAMED);
            assertThat(ranged.strategy().detail()).contains("buckets of 2^7 consecutive keys")
                    .contains("fetched and merged the differing key ranges");
            assertThat(results.get(PUSHDOWN).strategy().detail()).contains("buckets of 2^7 consecutive keys")
                    .doesNotContain("every row's hashes");
            assertThat(ranged.strategy().rowsFetchedOld()).isPositive().isLessThan(30_000 / 20);
            assertThat(ranged.missingOld()).isEqualTo(1);
            assertThat(ranged.missingNew()).isEqualTo(1);
            assertThat(ranged.tally("a").orElseThrow().nullsOld()).isEqualTo(30_000 / 9);
            assertSameResults(results);
        }

        @Test
        void whenTheSampleShowsDifferencesTooDenseForBucketsEveryRowIsMergedAtOnce() {
            // 40% of the rows differ; one far key makes the keys uneven, so no buckets of consecutive keys
            for (String table : List.of("legacy.dense", "streaming.dense")) {
                execute("CREATE TABLE " + table + " (entity_id bigint PRIMARY KEY, a float8, b float8);"
                        + " INSERT INTO " + table + " SELECT g, g / 3.0, CASE WHEN g % 7 = 0 THEN NULL ELSE g END"
                        + " FROM generate_series(1, 20000) g; INSERT INTO " + table + " VALUES (1000000000000, 1, 1);"
                        + " ANALYZE " + table);
            }
            execute("UPDATE streaming.dense SET a = a + 1 WHERE entity_id % 5 < 2; ANALYZE streaming.dense");
            FeatureGroupContract contract = FeatureGroupContract.group("dense").entity("entity_id")
                    .source(table("legacy.dense"), table("streaming.dense"))
                    .feature("a", FLOAT64, nullable()).feature("b", FLOAT64, nullable())
                    .build();

            Map<String, ComparisonResult> results = allStrategies(contract);

            // streamed buckets of about 8 rows would nearly all differ: the sample says so before any pass
            ComparisonResult streamed = results.get(STREAMED);
            assertThat(streamed.strategy().detail()).contains("differs; no whole-table pass; by the sample, at least")
                    .contains("of the streamed buckets would differ").contains("merged every row")
                    .doesNotContain("streamed into");
            assertThat(streamed.strategy().rowsFetchedOld()).isEqualTo(20_001);
            // held hashes name the differing keys exactly, so they still pay off
            assertThat(results.get(PUSHDOWN).strategy().detail()).contains("every row's hashes read and held");
            assertThat(results.get(PUSHDOWN).strategy().rowsFetchedOld()).as("8,000 and the far key").isEqualTo(8_001);
            assertSameResults(results);
        }

        @Test
        void whenTheRowEstimateIsFarBelowTheRows() {
            // analyzed at 16 rows, then grown to 100,000: a coarse bucket holds more rows than the packed NULL
            // counters sized from the estimate can count, so the checksums count NULLs again, one column per counter
            for (String table : List.of("legacy.stale", "streaming.stale")) {
                execute("CREATE TABLE " + table + " (entity_id bigint PRIMARY KEY, a float8, b float8, c float8, d float8)"
                        + " WITH (autovacuum_enabled = false);"
                        + " INSERT INTO " + table + " SELECT g, CASE WHEN g % 3 <> 0 THEN NULL ELSE g END,"
                        + " CASE WHEN g % 5 <> 0 THEN NULL ELSE g END, CASE WHEN g % 7 = 0 THEN NULL ELSE g END,"
                        + " CASE WHEN g % 2 = 0 THEN NULL ELSE g END FROM generate_series(1, 16) g;"
                        + " ANALYZE " + table + ";"
                        + " INSERT INTO " + table + " SELECT g, CASE WHEN g % 3 <> 0 THEN NULL ELSE g END,"
                        + " CASE WHEN g % 5 <> 0 THEN NULL ELSE g END, CASE WHEN g % 7 = 0 THEN NULL ELSE g END,"
                        + " CASE WHEN g % 2 = 0 THEN NULL ELSE g END FROM generate_series(17, 100000) g");
            }
            execute("UPDATE streaming.stale SET a = NULL WHERE entity_id IN (10, 50001); UPDATE streaming.stale SET d = 1 WHERE entity_id = 99998;"
                    + " UPDATE streaming.stale SET b = -1 WHERE entity_id = 3125");
            FeatureGroupContract contract = FeatureGroupContract.group("stale").entity("entity_id")
                    .source(table("legacy.stale"), table("streaming.stale"))
                    .feature("a", FLOAT64, nullable()).feature("b", FLOAT64, nullable())
                    .feature("c", FLOAT64, nullable()).feature("d", FLOAT64, nullable())
                    .build();

            Map<String, ComparisonResult> results = allStrategies(contract);

            ComparisonResult pushdown = results.get(PUSHDOWN);
            assertThat(pushdown.strategy().name()).isEqualTo("pushdown");
            assertThat(pushdown.strategy().rowsFetchedOld()).isLessThan(pushdown.rowsOld() / 2);
            assertThat(pushdown.tally("c").orElseThrow().nullsOld()).isEqualTo(100_000 / 7);
            // key 3125 lies in the second sampled range: the stores differ, so no whole-table pass, and the reads of
            // every row's hashes count the rows and NULLs themselves
            assertThat(pushdown.strategy().detail()).contains("differs; no whole-table pass")
                    .contains("every row's hashes read and held (100000 old rows, 100000 new rows)");
            // held up to 2,400 rows, sized by an estimate of 16: the read finds more and streams them instead
            assertThat(results.get(COARSE_THEN_HELD).strategy().detail())
                    .contains("(more rows than the estimate: more than 2400 rows to hold the hashes of)")
                    .contains("streamed into");
            assertSameResults(results);
        }

        @Test
        void whenNothingDiffersAndPushdownFetchesNothing() {
            StrategyData.wide(21, 2_000).load("same", StrategyData.Difference.NONE, ComparisonStrategiesTests::connect);
            Map<String, ComparisonResult> results = allStrategies(wideContract("same"));

            ComparisonResult pushdown = results.get(PUSHDOWN);
            assertThat(pushdown.strategy().rowsFetchedOld()).isZero();
            assertThat(pushdown.strategy().rowsFetchedNew()).isZero();
            assertThat(pushdown.matched()).isEqualTo(2_000);
            assertThat(pushdown.tally("f0").orElseThrow().nullsOld()).isPositive();
            assertSameResults(results);
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {4, 5})
        void onCompositeTextKeysAndEveryFeatureType(long seed) {
            String name = "mixed_" + seed;
            StrategyData.mixed(seed, 2_500).load(name, StrategyData.Difference.SCATTERED, ComparisonStrategiesTests::connect);
            FeatureGroupContract contract = FeatureGroupContract.group(name).entity("region", "user_id")
                    .source(table("legacy." + name), table("streaming." + name))
                    .feature("cnt", INT64, notNull())
                    .feature("amount", decimal(12, 3), nullable(), absolute(0.01))
                    .feature("label", STRING, nullable())
                    .feature("flag", BOOLEAN, nullable())
                    .feature("seen", TIMESTAMPTZ, nullable())
                    .feature("day", DATE, nullable())
                    .build();

            Map<String, ComparisonResult> results = allStrategies(contract);

            ComparisonResult pushdown = results.get(PUSHDOWN);
            assertThat(pushdown.strategy().name()).isEqualTo("pushdown");
            assertThat(pushdown.strategy().rowsFetchedNew()).isLessThan(pushdown.rowsNew() / 2);
            assertThat(pushdown.tally("amount").orElseThrow().mismatched()).isPositive();
            assertSameResults(results);
        }
    }

    @Nested
    class ChooseTheMerge {

        @Test
        void forAToleranceChecksumsCannotDecideAndPushdownThenRefuses() {
            StrategyData.wide(31, 500).load("relative", StrategyData.Difference.SCATTERED, ComparisonStrategiesTests::connect);
            FeatureGroupContract contract = FeatureGroupContract.group("relative").entity("entity_id")
                    .source(table("legacy.relative"), table("streaming.relative"))
                    .feature("f0", FLOAT64, nullable(), relative(1e-6)).build();

            ComparisonResult auto = compare(contract, StrategyChoice.AUTO);

            assertThat(auto.strategy().name()).isEqualTo("merge");
            assertThat(auto.strategy().detail()).contains("auto: merge, since feature 'f0' has tolerance");
            assertThatThrownBy(() -> compare(contract, StrategyChoice.PUSHDOWN))
                    .isInstanceOf(ComparisonException.class).hasMessageContaining("cannot run: feature 'f0'");
        }

        @Test
        void whenNanMustDifferFromNan() {
            StrategyData.wide(32, 500).load("nan_distinct", StrategyData.Difference.SCATTERED, ComparisonStrategiesTests::connect);
            FeatureGroupContract contract = FeatureGroupContract.group("nan_distinct").entity("entity_id")
                    .source(table("legacy.nan_distinct"), table("streaming.nan_distinct"))
                    .feature("f0", FLOAT64, nullable(), nanDiffersFromNan()).build();

            assertThat(compare(contract, StrategyChoice.AUTO).strategy().detail()).contains("NaN as unequal to NaN");
        }

        @Test
        void whenTheStoresChecksumInDifferentDialects() {
            StrategyData.wide(34, 500).load("engines", StrategyData.Difference.SCATTERED, ComparisonStrategiesTests::connect);
            FeatureGroupContract contract = FeatureGroupContract.group("engines").entity("entity_id")
                    .source(table("legacy.engines"), table("streaming.engines"))
                    .feature("f0", FLOAT64, nullable()).build();
            FeatureStore otherEngine = new OtherDialectStore(fresh, "duckdb");
            Set<String> features = Set.of("f0");

            ComparisonResult auto = new GroupRun(contract, side -> side == Side.OLD ? old : otherEngine, features, 257,
                    StrategyChoice.AUTO).comparison();

            assertThat(auto.strategy().name()).isEqualTo("merge");
            assertThat(auto.strategy().detail()).contains("the stores checksum in different dialects (postgresql and duckdb)");
            assertThat(Summary.of(auto)).isEqualTo(Summary.of(compare(contract, StrategyChoice.MERGE)));
            assertThatThrownBy(() -> new GroupRun(contract, side -> side == Side.OLD ? old : otherEngine, features, 257,
                    StrategyChoice.PUSHDOWN).comparison()).isInstanceOf(ComparisonException.class)
                    .hasMessageContaining("whose hashes are not comparable");
        }

        @Test
        void forAViewWhoseKeyNoConstraintMakesUnique() {
            StrategyData.wide(33, 500).load("viewed", StrategyData.Difference.SCATTERED, ComparisonStrategiesTests::connect);
            execute("CREATE VIEW streaming.viewed_v AS SELECT * FROM streaming.viewed");
            FeatureGroupContract contract = FeatureGroupContract.group("viewed").entity("entity_id")
                    .source(table("legacy.viewed"), table("streaming.viewed_v"))
                    .feature("f0", FLOAT64, nullable()).build();

            ComparisonResult auto = compare(contract, StrategyChoice.AUTO);

            assertThat(auto.strategy().name()).isEqualTo("merge");
            assertThat(auto.strategy().detail()).contains("the new store cannot guarantee a unique key");
        }
    }

    private static FeatureGroupContract wideContract(String name) {
        ContractBuilder builder = FeatureGroupContract.group(name).entity("entity_id")
                .source(table("legacy." + name), table("streaming." + name));
        for (int i = 0; i < 9; i++) {
            builder.feature("f" + i, FLOAT64, nullable());
        }
        return builder.feature("f9", FLOAT64, nullable(), absolute(0.01)).build();
    }

    /** Every strategy, and the pushdown once more along each of its other ways to the differing rows. */
    private static Map<String, ComparisonResult> allStrategies(FeatureGroupContract contract) {
        Map<String, ComparisonResult> results = new LinkedHashMap<>();
        for (StrategyChoice choice : List.of(StrategyChoice.MERGE, StrategyChoice.PUSHDOWN, StrategyChoice.IN_MEMORY, StrategyChoice.AUTO)) {
            results.put(choice.value(), compare(contract, choice));
        }
        Set<String> features = contract.features().stream().map(FeatureSpec::name).collect(Collectors.toSet());
        PUSHDOWN_PATHS.forEach((path, limits) -> results.put(path, new GroupRun(contract, side -> side == Side.OLD ? old : fresh,
                features, 257, StrategyChoice.PUSHDOWN).pushdownLimits(limits).comparison()));
        return results;
    }

    private static ComparisonResult compare(FeatureGroupContract contract, StrategyChoice choice) {
        Set<String> features = contract.features().stream().map(FeatureSpec::name).collect(Collectors.toSet());
        return new GroupRun(contract, side -> side == Side.OLD ? old : fresh, features, 257, choice).comparison();
    }

    private static void assertSameResults(Map<String, ComparisonResult> results) {
        Summary merge = Summary.of(results.get(MERGE));
        for (Map.Entry<String, ComparisonResult> result : results.entrySet()) {
            assertThat(Summary.of(result.getValue())).as(result.getKey()).isEqualTo(merge);
        }
    }

    /** Everything a strategy must reproduce exactly. */
    private record Summary(long rowsOld, long rowsNew, long matched, long missingOld, long missingNew,
                           List<Map<String, String>> missingOldSample, List<Map<String, String>> missingNewSample,
                           Map<String, FeatureSummary> features) {
        static Summary of(ComparisonResult result) {
            Map<String, FeatureSummary> features = new LinkedHashMap<>();
            result.features().forEach((name, tally) -> features.put(name, new FeatureSummary(tally.compared(), tally.agreed(),
                    tally.nullsOld(), tally.nullsNew(), tally.categories(), tally.topMismatches())));
            return new Summary(result.rowsOld(), result.rowsNew(), result.matched(), result.missingOld(), result.missingNew(),
                    result.missingOldSample(), result.missingNewSample(), features);
        }
    }

    private record FeatureSummary(long compared, long agreed, long nullsOld, long nullsNew, Map<String, Long> categories,
                                  List<Mismatch> top) {
    }

    static void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }
}
