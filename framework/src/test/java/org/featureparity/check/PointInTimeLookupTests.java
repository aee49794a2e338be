package org.featureparity.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.LookupRequest;
import org.featureparity.store.LookupResult;
import org.featureparity.store.Probe;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Point-in-time lookups against a hand-computed table, in both stores: the old one keeps as_of as timestamptz, the
 * new one as timestamp holding Europe/Berlin local times (and, as a view, casting in the session's zone). Every row
 * of the table was worked out by hand from the rows in {@code stores/pit_fixture.sql}.
 */
class PointInTimeLookupTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * user | t | ttl | expected as_of of the row valid at t (UTC), or none | expected score.
     * Rows: user 1 at 11-01 00:00 (1.0), 11-02 00:00 (2.0), 11-05 12:00 (3.0); user 2 at 11-03 06:30 (NULL);
     * user 3 at 10-25 00:00 (30.0) and 02:00 (31.0), across the end of summer time in Berlin at 01:00; user 4 at
     * 11-01 10:00:00 (40.0) and one microsecond later (41.0); user 5 has no rows. TTLs are inclusive:
     * a row is valid while as_of >= t - ttl (so at 10-25 01:30 with PT1H, the latest row, 00:00, has expired).
     */
    private static final String EXPECTED = """
            1 | 2026-10-31T23:59:59.999999Z | -   | none                        | -
            1 | 2026-11-01T00:00:00Z        | -   | 2026-11-01T00:00:00Z        | 1.0
            1 | 2026-11-01T00:00:00.000001Z | -   | 2026-11-01T00:00:00Z        | 1.0
            1 | 2026-11-01T23:59:59.999999Z | -   | 2026-11-01T00:00:00Z        | 1.0
            1 | 2026-11-02T00:00:00Z        | -   | 2026-11-02T00:00:00Z        | 2.0
            1 | 2026-11-04T00:00:00Z        | -   | 2026-11-02T00:00:00Z        | 2.0
            1 | 2026-11-05T11:59:59.999999Z | -   | 2026-11-02T00:00:00Z        | 2.0
            1 | 2026-11-05T12:00:00Z        | -   | 2026-11-05T12:00:00Z        | 3.0
            1 | 2030-01-01T00:00:00Z        | -   | 2026-11-05T12:00:00Z        | 3.0
            2 | 2026-11-03T06:29:59.999999Z | -   | none                        | -
            2 | 2026-11-03T06:30:00Z        | -   | 2026-11-03T06:30:00Z        | NULL
            2 | 2026-12-01T00:00:00Z        | -   | 2026-11-03T06:30:00Z        | NULL
            3 | 2026-10-24T23:59:59.999999Z | -   | none                        | -
            3 | 2026-10-25T00:00:00Z        | -   | 2026-10-25T00:00:00Z        | 30.0
            3 | 2026-10-25T01:00:00Z        | -   | 2026-10-25T00:00:00Z        | 30.0
            3 | 2026-10-25T01:59:59.999999Z | -   | 2026-10-25T00:00:00Z        | 30.0
            3 | 2026-10-25T02:00:00Z        | -   | 2026-10-25T02:00:00Z        | 31.0
            4 | 2026-11-01T09:59:59.999999Z | -   | none                        | -
            4 | 2026-11-01T10:00:00Z        | -   | 2026-11-01T10:00:00Z        | 40.0
            4 | 2026-11-01T10:00:00.000001Z | -   | 2026-11-01T10:00:00.000001Z | 41.0
            4 | 2026-11-01T10:00:00.000002Z | -   | 2026-11-01T10:00:00.000001Z | 41.0
            5 | 2026-11-01T00:00:00Z        | -   | none                        | -
            5 | 2030-01-01T00:00:00Z        | -   | none                        | -
            1 | 2026-11-01T12:00:00Z        | P1D | 2026-11-01T00:00:00Z        | 1.0
            1 | 2026-11-03T00:00:00Z        | P1D | 2026-11-02T00:00:00Z        | 2.0
            1 | 2026-11-03T00:00:00.000001Z | P1D | none                        | -
            1 | 2026-11-04T00:00:00Z        | P1D | none                        | -
            1 | 2026-11-06T12:00:00Z        | P1D | 2026-11-05T12:00:00Z        | 3.0
            1 | 2026-11-06T12:00:00.000001Z | P1D | none                        | -
            1 | 2026-10-31T23:59:59.999999Z | P1D | none                        | -
            2 | 2026-11-03T06:30:00Z        | P1D | 2026-11-03T06:30:00Z        | NULL
            2 | 2026-11-04T06:30:00Z        | P1D | 2026-11-03T06:30:00Z        | NULL
            2 | 2026-11-04T06:30:00.000001Z | P1D | none                        | -
            3 | 2026-10-26T01:59:59Z        | P1D | 2026-10-25T02:00:00Z        | 31.0
            3 | 2026-10-26T02:00:00.000001Z | P1D | none                        | -
            3 | 2026-10-25T01:30:00Z        | PT1H        | none        | -
            4 | 2026-11-01T10:00:00.000001Z | PT0.000001S | 2026-11-01T10:00:00.000001Z | 41.0
            5 | 2026-11-01T00:00:00Z        | P1D | none                        | -
            """;

    private record Case(long user, Instant at, Optional<Duration> ttl, Optional<Instant> asOf, String score) {
        Probe probe() {
            return new Probe(List.of(user), at, ttl.map(at::minus));
        }
    }

    private static FeatureStore store;

    @BeforeAll
    static void database() {
        TestDatabase.load("stores/pit_fixture.sql");
        store = new JdbcFeatureStore("old", TestDatabase::connect, TestDatabase.url(), Duration.ofMinutes(1)).inZone(BERLIN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pit_old.history", "pit_new.history", "pit_new.history_view"})
    void everyHandComputedCaseInEachStore(String table) {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        SourceRef source = new SourceRef.Table(table);
        StoreDescription description = store.describe(source);
        LookupResult result = store.lookup(new LookupRequest(source, List.of(column(description, "user_id")),
                column(description, "as_of"), List.of(column(description, "score"), column(description, "tier")),
                cases.stream().map(Case::probe).toList(), BERLIN, 7));

        List<String> actual = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Optional<FeatureRow> row = result.rows().get(i);
            actual.add(c.user() + " @ " + c.at() + " ttl " + c.ttl().map(Duration::toString).orElse("-") + " -> "
                    + row.map(r -> TimeValues.instant(r.key(0), BERLIN) + " " + (r.value(0) == null ? "NULL" : r.value(0))).orElse("none"));
            expected.add(c.user() + " @ " + c.at() + " ttl " + c.ttl().map(Duration::toString).orElse("-") + " -> "
                    + c.asOf().map(a -> a + " " + c.score()).orElse("none"));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(result.statements()).as("batches of 7").isEqualTo((cases.size() + 6) / 7);
        assertThat(result.statement()).contains("LEFT JOIN LATERAL").contains("ORDER BY parity_source.\"as_of\" DESC LIMIT 1");
    }

    @Test
    void compositeKeysADateAsOfAndAQuerySource() {
        SourceRef source = new SourceRef.Query("SELECT region, store_id, as_of, sales FROM pit_old.daily_sales");
        StoreDescription description = store.describe(source);
        // a date row is valid from the start of its day in the zone: 2026-11-02T23:30Z is already 11-03 in Berlin
        List<Probe> probes = List.of(
                new Probe(List.of("north", 1L), Instant.parse("2026-10-31T22:59:59Z"), Optional.empty()),
                new Probe(List.of("north", 1L), Instant.parse("2026-10-31T23:00:00Z"), Optional.empty()),
                new Probe(List.of("north", 1L), Instant.parse("2026-11-02T22:59:59Z"), Optional.empty()),
                new Probe(List.of("north", 1L), Instant.parse("2026-11-02T23:30:00Z"), Optional.empty()),
                new Probe(List.of("north", 2L), Instant.parse("2026-11-05T00:00:00Z"), Optional.empty()),
                new Probe(List.of("south", 2L), Instant.parse("2026-11-05T00:00:00Z"), Optional.empty()));
        LookupResult result = store.lookup(new LookupRequest(source,
                List.of(column(description, "region"), column(description, "store_id")), column(description, "as_of"),
                List.of(column(description, "sales")), probes, BERLIN, 500));

        assertThat(result.rows()).extracting(r -> r.map(row -> row.key(0) + " " + row.value(0)).orElse("none"))
                .containsExactly("none", "2026-11-01 10.00", "2026-11-01 10.00", "2026-11-03 30.00", "2026-11-02 20.00", "none");
    }

    @Test
    void eachLookupIsAnIndexDescentNotAScanOfTheHistory() throws java.sql.SQLException {
        SourceRef source = new SourceRef.Table("pit_old.history");
        StoreDescription description = store.describe(source);
        String sql = store.lookup(new LookupRequest(source, List.of(column(description, "user_id")), column(description, "as_of"),
                List.of(column(description, "score")), List.of(cases().get(0).probe()), BERLIN, 500)).statement();
        StringBuilder plan = new StringBuilder();
        try (java.sql.Connection connection = TestDatabase.connect();
             java.sql.PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            explain.setInt(1, 0);
            explain.setLong(2, 1L);
            explain.setObject(3, java.time.OffsetDateTime.parse("2026-11-02T00:00:00Z"));
            try (java.sql.ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        assertThat(plan.toString()).contains("Index").contains("history_pkey").doesNotContain("Seq Scan on history");
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : EXPECTED.strip().split("\n")) {
            String[] f = line.split("\\|");
            String ttl = f[2].trim();
            String asOf = f[3].trim();
            String score = f[4].trim();
            cases.add(new Case(Long.parseLong(f[0].trim()), Instant.parse(f[1].trim()),
                    ttl.equals("-") ? Optional.empty() : Optional.of(Duration.parse(ttl)),
                    asOf.equals("none") ? Optional.empty() : Optional.of(Instant.parse(asOf)), score));
        }
        return cases;
    }

    private static StoreColumn column(StoreDescription description, String name) {
        return description.column(name).orElseThrow();
    }
}
