package org.featureparity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.featureparity.postgres.fixtures.LongShopSuiteTestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** A long comparison tells how far it got, as JUnit reporting entries of the check that runs it. */
class ProgressReportsTests {

    @TempDir
    Path reportDirectory;

    @Test
    void theMergeReportsRowsPerSideRateAndTimeLeftOnTheCheckRunningIt() {
        EngineExecutionResults results = run("PT0S");

        results.testEvents().assertStatistics(stats -> stats.failed(0));
        List<Event> reports = progressReports(results);
        assertThat(reports).isNotEmpty();
        Map<String, String> first = entry(reports.get(0));
        assertThat(first).containsEntry("parity.progress.phase", "merge").containsEntry("parity.progress.rows.expected", "20000")
                .containsKeys("parity.progress.rows-per-second", "parity.progress.remaining");
        assertThat(Long.parseLong(first.get("parity.progress.rows.old"))).isBetween(4_000L, 20_000L);
        List<Long> rows = reports.stream().map(e -> Long.parseLong(entry(e).get("parity.progress.rows.old"))).toList();
        assertThat(rows).isSorted();
        // on the check that ran the comparison: the first of the group's checks to need it
        assertThat(reports).allSatisfy(event -> assertThat(event.getTestDescriptor().getUniqueId().toString())
                .contains("[group:shop]/[check:"));
    }

    @Test
    void aComparisonShorterThanTheIntervalSaysNothing() {
        EngineExecutionResults results = run("PT1H");

        results.testEvents().assertStatistics(stats -> stats.failed(0));
        assertThat(progressReports(results)).isEmpty();
    }

    @Test
    void aNegativeIntervalIsAnErrorNamingTheKey() {
        EngineExecutionResults results = run("-PT1S");

        assertThat(RecordingRunListener.checks().get("values/spend").status().name()).isEqualTo("ERROR");
        assertThat(RecordingRunListener.checks().get("values/spend").message())
                .contains("parity.progress.interval must not be negative");
    }

    private EngineExecutionResults run(String interval) {
        return EngineTestKit.engine("feature-parity")
                .selectors(selectClass(LongShopSuiteTestCase.class))
                .configurationParameter("parity.compare.strategy", "merge")
                .configurationParameter("parity.progress.interval", interval)
                .configurationParameter("parity.report.dir", reportDirectory.toString())
                .execute();
    }

    private static List<Event> progressReports(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .filter(e -> entry(e).containsKey("parity.progress.phase")).toList();
    }

    private static Map<String, String> entry(Event event) {
        return event.getPayload(ReportEntry.class).map(ReportEntry::getKeyValuePairs).orElse(Map.of());
    }
}
