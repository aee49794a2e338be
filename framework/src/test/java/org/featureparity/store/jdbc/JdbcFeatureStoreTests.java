package org.featureparity.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreException;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JdbcFeatureStoreTests {

    private static final SourceRef ALL_TYPES = new SourceRef.Table("types_store.all_types");
    private static JdbcFeatureStore store;

    @BeforeAll
    static void database() {
        TestDatabase.load("stores/types_fixture.sql");
        store = new JdbcFeatureStore("old", TestDatabase::connect, TestDatabase.url(), Duration.ofMinutes(1));
    }

    @Nested
    class Describes {

        @Test
        void columnsWithTheirPortableTypesFromTheDatabasesMetadata() {
            StoreDescription description = store.describe(ALL_TYPES);

            assertThat(description.relationKind()).isEqualTo("table");
            assertThat(type(description, "c_int2")).hasValue(FeatureType.INT32);
            assertThat(type(description, "c_int4")).hasValue(FeatureType.INT32);
            assertThat(type(description, "c_int8")).hasValue(FeatureType.INT64);
            assertThat(type(description, "c_float4")).hasValue(FeatureType.FLOAT32);
            assertThat(type(description, "c_float8")).hasValue(FeatureType.FLOAT64);
            assertThat(type(description, "c_numeric")).hasValue(FeatureType.decimal(18, 2));
            assertThat(type(description, "c_numeric_free")).hasValue(FeatureType.DECIMAL);
            assertThat(type(description, "c_text")).hasValue(FeatureType.STRING);
            assertThat(type(description, "c_varchar")).hasValue(FeatureType.STRING);
            assertThat(type(description, "c_bool")).hasValue(FeatureType.BOOLEAN);
            assertThat(type(description, "c_date")).hasValue(FeatureType.DATE);
            assertThat(type(description, "c_ts")).hasValue(FeatureType.timestamp(6));
            assertThat(type(description, "c_tstz")).hasValue(FeatureType.timestamptz(3));
            assertThat(type(description, "c_json")).isEmpty();
            assertThat(description.column("c_json").orElseThrow().nativeType()).isEqualTo("jsonb");
        }

        @Test
        void nullabilityEnforcedByATableButNotByAView() {
            StoreColumn tableColumn = store.describe(ALL_TYPES).column("c_int2").orElseThrow();
            StoreColumn viewColumn = store.describe(new SourceRef.Table("types_store.all_types_view")).column("c_int2").orElseThrow();

            assertThat(tableColumn.nullable()).isFalse();
            assertThat(tableColumn.nullabilityEnforced()).isTrue();
            assertThat(viewColumn.nullabilityEnforced()).isFalse();
        }

        @Test
        void aQueryByItsResultColumns() {
            StoreDescription description = store.describe(new SourceRef.Query("select id, c_int4 * 2 as doubled from types_store.all_types"));

            assertThat(description.columns()).extracting(StoreColumn::name).containsExactly("id", "doubled");
            assertThat(type(description, "doubled")).hasValue(FeatureType.INT32);
        }

        @Test
        void aMissingTableAsAnErrorNamingIt() {
            assertThatThrownBy(() -> store.describe(new SourceRef.Table("types_store.no_such_table")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("'types_store.no_such_table' does not exist");
        }

        @Test
        void aTableWhoseNameHasLikeWildcardsOnlyByItsExactName() {
            // '_' is a LIKE wildcard in metadata patterns: all_types must not also match e.g. allXtypes
            TestDatabase.execute("CREATE TABLE IF NOT EXISTS types_store.allxtypes (id int, other int)");
            assertThat(store.describe(ALL_TYPES).column("other")).isEmpty();
        }
    }

    @Nested
    class Scans {

        @Test
        void rowsInKeyOrderAsCanonicalValues() {
            List<FeatureRow> rows = scan(ALL_TYPES, List.of("id"), List.of("c_int2", "c_float4", "c_float8", "c_numeric", "c_ts", "c_tstz"), 1);

            assertThat(rows).hasSize(2);
            FeatureRow first = rows.get(0);
            assertThat(first.key(0)).isEqualTo(1L);
            assertThat(first.value(0)).isEqualTo(1L);
            assertThat(first.value(1)).isEqualTo((double) 0.1f);
            assertThat(first.value(2)).isEqualTo(0.1);
            assertThat(first.value(3)).isEqualTo(new BigDecimal("12.34"));
            assertThat(first.value(4)).isEqualTo(LocalDateTime.parse("2026-11-01T10:00:00"));
            assertThat(first.value(5)).isEqualTo(Instant.parse("2026-11-01T10:00:00.123Z"));
            FeatureRow second = rows.get(1);
            assertThat((Double) second.value(1)).isNaN();
            assertThat(second.value(2)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(second.value(3)).isNull();
        }

        @Test
        void textKeysInByteOrderWhateverTheDatabaseCollation() {
            List<FeatureRow> rows = scan(new SourceRef.Table("types_store.text_keys"), List.of("k"), List.of("v"), 3);

            assertThat(rows).extracting(r -> (String) r.key(0))
                    .containsExactly("B", "Z", "_x", "a", "b", "é", "\uFFFD", "😀");
        }
    }

    @Nested
    class NeverWrites {

        @Test
        void aReadThatWouldWriteFailsAndChangesNothing() throws SQLException {
            SourceRef sneaky = new SourceRef.Query("select id, types_store.sneaky_write() as w from types_store.all_types");

            assertThatThrownBy(() -> store.countNulls(sneaky, "w"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only transaction");
            assertThatThrownBy(() -> scan(sneaky, List.of("id"), List.of("w"), 10))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only transaction");
            try (Connection connection = TestDatabase.connect();
                 ResultSet audit = connection.createStatement().executeQuery("select count(*) from types_store.audit")) {
                audit.next();
                assertThat(audit.getLong(1)).isZero();
            }
        }

        @Test
        void noCredentialsInWhatItReports() {
            JdbcFeatureStore withPassword = new JdbcFeatureStore("new", TestDatabase::connect,
                    "jdbc:postgresql://db.example:5432/features?user=svc&password=hunter2", Duration.ofMinutes(1));

            assertThat(withPassword.info().redactedUrl()).doesNotContain("hunter2").contains("password=****");
        }
    }

    private static java.util.Optional<FeatureType> type(StoreDescription description, String column) {
        return description.column(column).orElseThrow().type();
    }

    private static List<FeatureRow> scan(SourceRef source, List<String> keys, List<String> values, int fetchSize) {
        StoreDescription description = store.describe(source);
        ScanRequest request = new ScanRequest(source,
                keys.stream().map(k -> description.column(k).orElseThrow()).toList(),
                values.stream().map(v -> description.column(v).orElseThrow()).toList(), fetchSize);
        List<FeatureRow> rows = new ArrayList<>();
        try (RowCursor cursor = store.scan(request)) {
            cursor.forEachRemaining(rows::add);
        }
        return rows;
    }
}
