package org.featureparity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreException;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans of integer, floating-point and boolean columns stream as binary COPY, decoded by the framework: they must
 * give exactly the values the result set gives, edge values included, and end cleanly when stopped early or timed out.
 */
class BinaryCopyScanTests {

    private static EmbeddedPostgres postgres;
    private static JdbcFeatureStore store;

    @BeforeAll
    static void start() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE typed (id int8 PRIMARY KEY, s int2, i int4, r float4, d float8, b bool, t text);"
                    + " INSERT INTO typed VALUES"
                    + " (-9223372036854775808, -32768, -2147483648, '-Infinity', '-Infinity', false, 'first'),"
                    + " (-1, 32767, 2147483647, 'Infinity', 'Infinity', true, NULL),"
                    + " (0, 0, 0, '-0', '-0', NULL, ''),"
                    + " (1, NULL, NULL, 'NaN', 'NaN', true, 'ä €'),"
                    + " (2, 1, -1, 1.4e-45, 4.9e-324, false, 'x'),"
                    + " (3, -1, 1, 3.4028235e38, 1.7976931348623157e308, NULL, NULL),"
                    + " (9223372036854775807, NULL, NULL, NULL, NULL, NULL, 'last');"
                    + " INSERT INTO typed SELECT g, g % 300, g * 7919, g / 3.0, g / 7.0, g % 2 = 0, NULL FROM generate_series(10, 5000) g;"
                    + " CREATE TABLE many (id int8 PRIMARY KEY, v float8); INSERT INTO many SELECT g, g FROM generate_series(1, 200000) g");
        }
        store = store(Duration.ofMinutes(1));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private static JdbcFeatureStore store(Duration timeout) {
        return new JdbcFeatureStore("old", BinaryTransfer.enable(postgres.getPostgresDatabase())::getConnection,
                postgres.getJdbcUrl("postgres", "postgres"), timeout);
    }

    @Test
    void integersFloatsAndBooleansReadAsTheResultSetReadsThemEdgeValuesIncluded() throws SQLException {
        List<List<Object>> streamed = scan("typed", "id", "s", "i", "r", "d", "b");

        List<List<Object>> expected = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, s, i, r, d, b FROM typed ORDER BY id")) {
            while (rows.next()) {
                Object[] row = new Object[6];
                for (int c = 1; c <= 3; c++) {
                    long value = rows.getLong(c);
                    row[c - 1] = rows.wasNull() ? null : value;
                }
                float r = rows.getFloat(4);
                row[3] = rows.wasNull() ? null : (double) r;
                double d = rows.getDouble(5);
                row[4] = rows.wasNull() ? null : d;
                boolean b = rows.getBoolean(6);
                row[5] = rows.wasNull() ? null : b;
                expected.add(Arrays.asList(row));
            }
        }

        // Double.equals tells -0.0 from 0.0 and NaN equals NaN: the values are the same, bit for bit
        assertThat(streamed).hasSize(4_998).isEqualTo(expected);
        assertThat(streamed.get(2)).containsExactly(0L, 0L, 0L, -0.0, -0.0, null);
        assertThat(streamed.get(3).get(3)).isEqualTo(Double.NaN);
    }

    @Test
    void onlyScansOfIntegerFloatAndBooleanColumnsStreamAsBinaryCopy() {
        ScanRequest numbers = request(store, "typed", "id", "s", "i", "r", "d", "b");
        ScanRequest withText = request(store, "typed", "id", "t", "d");
        PostgresPushdownDialect dialect = new PostgresPushdownDialect();

        assertThat(dialect.rowStreamer(columns(numbers))).isPresent();
        try (RowCursor cursor = store.scan(numbers)) {
            assertThat(cursor.sql()).as("the evidence names the statement that ran")
                    .startsWith("COPY (SELECT \"id\", \"s\"").endsWith(") TO STDOUT (FORMAT binary)");
        }
        try (RowCursor cursor = store.scan(withText)) {
            assertThat(cursor.sql()).startsWith("SELECT \"id\", \"t\"");
        }
        assertThat(dialect.rowStreamer(columns(withText))).isEmpty();
    }

    private static List<StoreColumn> columns(ScanRequest request) {
        List<StoreColumn> columns = new ArrayList<>(request.keyColumns());
        columns.addAll(request.valueColumns());
        return columns;
    }

    @Test
    void aTextColumnIsReadThroughTheResultSetWithTheSameRows() {
        List<List<Object>> rows = scan("typed", "id", "t", "d");

        assertThat(rows).hasSize(4_998);
        assertThat(rows.get(0)).containsExactly(Long.MIN_VALUE, "first", Double.NEGATIVE_INFINITY);
        assertThat(rows.get(3)).containsExactly(1L, "ä €", Double.NaN);
    }

    @Test
    void aScanClosedEarlyCancelsItsCopyAndLeavesTheStoreUsable() {
        ScanRequest request = request(store, "many", "id", "v");
        for (int attempt = 0; attempt < 3; attempt++) {
            try (RowCursor cursor = store.scan(request)) {
                for (int i = 0; i < 10; i++) {
                    assertThat(cursor.next().key(0)).isEqualTo((long) i + 1);
                }
            }
        }
        long rows = 0;
        try (RowCursor cursor = store.scan(request)) {
            while (cursor.hasNext()) {
                cursor.next();
                rows++;
            }
        }
        assertThat(rows).isEqualTo(200_000);
    }

    @Test
    void aCopyRunningPastTheStoresTimeoutFailsTheScan() {
        JdbcFeatureStore impatient = store(Duration.ofSeconds(1));
        SourceRef slow = new SourceRef.Query("SELECT g::int8 AS id, g::float8 AS v FROM generate_series(1, 400) g"
                + " WHERE pg_sleep(0.01) IS NOT NULL");
        StoreDescription description = impatient.describe(slow);
        ScanRequest request = new ScanRequest(slow, List.of(description.column("id").orElseThrow()),
                List.of(description.column("v").orElseThrow()), 100);

        assertThatThrownBy(() -> {
            try (RowCursor cursor = impatient.scan(request)) {
                cursor.forEachRemaining(row -> { });
            }
        }).isInstanceOf(StoreException.class).hasMessageContaining("old store: scan failed");
    }

    private static List<List<Object>> scan(String table, String key, String... values) {
        List<List<Object>> rows = new ArrayList<>();
        try (RowCursor cursor = store.scan(request(store, table, key, values))) {
            while (cursor.hasNext()) {
                FeatureRow row = cursor.next();
                List<Object> columns = new ArrayList<>();
                columns.add(row.key(0));
                for (int i = 0; i < values.length; i++) {
                    columns.add(row.value(i));
                }
                rows.add(columns);
            }
        }
        return rows;
    }

    private static ScanRequest request(JdbcFeatureStore on, String table, String key, String... values) {
        SourceRef.Table source = new SourceRef.Table("public." + table);
        StoreDescription description = on.describe(source);
        List<StoreColumn> columns = Arrays.stream(values).map(v -> description.column(v).orElseThrow()).toList();
        return new ScanRequest(source, List.of(description.column(key).orElseThrow()), columns, 100);
    }
}
