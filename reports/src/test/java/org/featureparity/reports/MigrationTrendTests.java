package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.featureparity.api.Constants;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTrendTests {

    @TempDir
    Path trendDirectory;

    @Test
    void oneRunOneLineAndEachGroupsSeriesOldestFirst() {
        MigrationTrend.record(trendDirectory, verdict(Instant.parse("2026-11-01T00:00:00Z"), EvidenceFixtures.valuesPass()));
        MigrationTrend trend = MigrationTrend.record(trendDirectory,
                verdict(Instant.parse("2026-11-02T00:00:00Z"), EvidenceFixtures.valuesFail()));

        assertThat(trend.of("UserActivityMigrationTest", "user_activity"))
                .extracting(MigrationTrend.GroupPoint::verdict, MigrationTrend.GroupPoint::lowestAgreement)
                .containsExactly(tuple("PASS", Optional.of(0.999)),
                        tuple("FAIL", Optional.of(0.97)));
        assertThat(trend.of("UserActivityMigrationTest", "nowhere")).isEmpty();
    }

    @Test
    void engineRunsOfOneJvmAreOnePoint() {
        Instant started = Instant.parse("2026-11-01T00:00:00Z");
        MigrationTrend.record(trendDirectory, verdict(started, EvidenceFixtures.valuesPass()));
        MigrationTrend trend = MigrationTrend.record(trendDirectory, verdict(started, EvidenceFixtures.valuesFail()));

        assertThat(trend.of("UserActivityMigrationTest", "user_activity")).extracting(MigrationTrend.GroupPoint::verdict)
                .containsExactly("FAIL");
    }

    @Test
    void keepsTheNewestRunsAndDropsDamagedLines() throws IOException {
        Files.writeString(trendDirectory.resolve(MigrationTrend.FILE_NAME), "{not json\n", StandardCharsets.UTF_8);
        MigrationTrend trend = null;
        for (int day = 0; day < MigrationTrend.KEPT_RUNS + 5; day++) {
            trend = MigrationTrend.record(trendDirectory,
                    verdict(Instant.parse("2026-10-01T00:00:00Z").plusSeconds(86_400L * day), EvidenceFixtures.valuesPass()));
        }

        assertThat(trend.of("UserActivityMigrationTest", "user_activity")).hasSize(MigrationTrend.KEPT_RUNS);
        assertThat(Files.readAllLines(trendDirectory.resolve(MigrationTrend.FILE_NAME))).hasSize(MigrationTrend.KEPT_RUNS)
                .noneMatch(line -> line.contains("not json"));
    }

    @Test
    void twoConsecutiveRunsShowATrendOfTwoOnTheSummaryPage(@TempDir Path firstTarget, @TempDir Path secondTarget)
            throws IOException {
        runWriter(firstTarget, Instant.parse("2026-11-01T00:00:00Z"), EvidenceFixtures.valuesPass());
        runWriter(secondTarget, Instant.parse("2026-11-02T00:00:00Z"), EvidenceFixtures.valuesFail());

        String page = Files.readString(secondTarget.resolve(SummaryPage.FILE_NAME));
        assertThat(page).contains("Trend, last 2 runs (oldest first): 1 passed.",
                "<span class=\"PASS\" title=\"2026-11-01T00:00:00Z\">PASS 0.9990</span>",
                "<span class=\"FAIL\" title=\"2026-11-02T00:00:00Z\">FAIL 0.9700</span>");
        assertThat(Files.readString(secondTarget.resolve(VerdictWriter.FILE_NAME))).as("the verdict carries no trend")
                .doesNotContain("lowest_agreement");
    }

    @Test
    void withoutATrendDirectoryThePageSaysSo(@TempDir Path target) throws IOException {
        VerdictWriter writer = new VerdictWriter(Clock.fixed(Instant.parse("2026-11-01T01:00:00Z"), ZoneOffset.UTC),
                run -> target.resolve("allure-results"), BuildFacts.NONE);
        RunInfo run = EvidenceFixtures.run(target);
        writer.runStarted(run);
        writer.checkFinished(EvidenceFixtures.valuesPass());
        writer.runFinished(run);

        assertThat(Files.readString(target.resolve(SummaryPage.FILE_NAME)))
                .contains("Trend: this run only (set <code>parity.report.trend-dir</code> to keep one).");
    }

    private void runWriter(Path target, Instant started, CheckEvidence check) {
        VerdictWriter writer = new VerdictWriter(Clock.fixed(started.plusSeconds(60), ZoneOffset.UTC),
                run -> target.resolve("allure-results"), BuildFacts.NONE);
        RunInfo run = new RunInfo(started, 42L, "0.1.0-SNAPSHOT", target, Map.of(),
                key -> key.equals(Constants.REPORT_TREND_DIR) ? Optional.of(trendDirectory.toString()) : Optional.empty());
        writer.runStarted(run);
        writer.checkFinished(check);
        writer.runFinished(run);
    }

    private static ObjectNode verdict(Instant started, CheckEvidence... checks) {
        RunInfo run = new RunInfo(started, 42L, "0.1.0-SNAPSHOT", Path.of("target/parity"), Map.of());
        return VerdictDocument.of(run, started.plusSeconds(60), List.of(checks));
    }
}
