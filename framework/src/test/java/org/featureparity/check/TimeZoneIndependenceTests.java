package org.featureparity.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.contract.Contracts.DATE;
import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.STRING;
import static org.featureparity.contract.Contracts.TIMESTAMP;
import static org.featureparity.contract.Contracts.TIMESTAMPTZ;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.pointInTime;
import static org.featureparity.contract.Contracts.table;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same data gives the same results whatever the JVM's default zone: pgjdbc sends that zone as the session's
 * TimeZone, so without an explicit zone a view casting timestamptz to timestamp or date would compute other values
 * in New York than in Kolkata. Each run opens fresh connections under its default zone.
 */
class TimeZoneIndependenceTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<String> JVM_ZONES = List.of("UTC", "America/New_York", "Asia/Kolkata");

    @BeforeAll
    static void database() {
        TestDatabase.load("stores/pit_fixture.sql");
    }

    @Test
    void valuesPointInTimeAndFreshnessAgreeUnderEveryJvmDefaultZone() {
        List<String> results = new ArrayList<>();
        for (String zone : JVM_ZONES) {
            results.add(underDefaultZone(zone, () -> everyCheck(BERLIN)));
        }

        assertThat(results.get(0)).contains("values first_seen: PASS", "values first_day: PASS",
                "values first_seen_at: PASS", "point-in-time: PASS", "freshness: PASS");
        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(results.get(0)));
    }

    @Test
    void theContractsZoneDecidesNotTheJvms() {
        // the old store wrote Berlin local times; a contract claiming UTC reads the new store's view in UTC
        String utc = underDefaultZone("Europe/Berlin", () -> everyCheck(ZoneOffset.UTC));

        assertThat(utc).contains("values first_seen: FAIL", "[category:timezone-shift]", "values first_seen_at: PASS");
    }

    private static String everyCheck(ZoneId contractZone) {
        FeatureStore store = new JdbcFeatureStore("old", TestDatabase::connect, TestDatabase.url(), Duration.ofMinutes(1));
        FeatureGroupContract facts = FeatureGroupContract.group("first_seen").entity("user_id")
                .source(table("pit_old.first_seen"), table("pit_new.first_seen"))
                .feature("first_seen", TIMESTAMP, nullable())
                .feature("first_day", DATE, nullable())
                .feature("first_seen_at", TIMESTAMPTZ, nullable())
                .zone(contractZone)
                .build();
        GroupRun factsRun = new GroupRun(facts, side -> store, Set.of("first_seen", "first_day", "first_seen_at"), 1000);
        StringBuilder result = new StringBuilder();
        for (FeatureSpec feature : facts.features()) {
            result.append(render("values " + feature.name(), ValuesCheck.run(factsRun, feature)));
        }
        FeatureGroupContract history = FeatureGroupContract.group("history").entity("user_id").asOf("as_of")
                .source(table("pit_old.history"), table("pit_new.history_view"))
                .feature("score", FLOAT64, nullable()).feature("tier", STRING, nullable())
                .zone(contractZone)
                .pointInTime(pointInTime().withSamples(150).withTtl(Duration.ofHours(12)))
                .maxStaleness(Duration.ofHours(1))
                .build();
        GroupRun historyRun = new GroupRun(history, side -> store, Set.of(), 1000);
        result.append(render("point-in-time", PointInTimeCheck.run(historyRun,
                new PointInTimeSettings(7, 1000, false, TimeZoneIndependenceTests.class.getClassLoader()))));
        result.append(render("freshness", FreshnessCheck.run(historyRun, Instant.parse("2026-11-11T00:30:00Z"))));
        return result.toString();
    }

    /** Everything a report would show of an outcome: status, message, mismatches, parameters, attachments. */
    private static String render(String check, CheckOutcome outcome) {
        return check + ": " + outcome.status() + " " + outcome.message() + "\n  mismatches " + outcome.mismatches()
                + "\n  parameters " + outcome.parameters() + "\n  attachments "
                + outcome.attachments().stream().map(a -> a.name() + "=" + a.content()).collect(Collectors.joining("|")) + "\n";
    }

    private static String underDefaultZone(String zone, java.util.function.Supplier<String> work) {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            return work.get();
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
