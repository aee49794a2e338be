package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckKind;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.evidence.RunInfo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictWriterTests {

    // Strict on purpose: a bare NaN or Infinity token must fail the read.
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Instant FINISHED = Instant.parse("2026-11-02T09:05:00Z");

    @TempDir
    Path reportDirectory;

    @TempDir
    Path allureResults;

    @Nested
    class Writes {

        @Test
        void theRunItsSeedVersionAndRedactedEnvironment() throws IOException {
            JsonNode run = verdictOf(EvidenceFixtures.valuesPass()).path("run");

            assertThat(run.path("started").asText()).isEqualTo("2026-11-02T09:00:00Z");
            assertThat(run.path("finished").asText()).isEqualTo("2026-11-02T09:05:00Z");
            assertThat(run.path("seed").asLong()).isEqualTo(42L);
            assertThat(run.path("framework_version").asText()).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(fieldNames(run.path("environment")))
                    .containsExactly("java.version", "store.old.password", "store.old.product", "store.old.url");
            assertThat(run.path("environment").path("store.old.password").asText()).isEqualTo("****");
        }

        @Test
        void groupsInFirstSeenOrderWithChecksInArrivalOrder() throws IOException {
            JsonNode verdict = verdictOf(EvidenceFixtures.schemaPass(), EvidenceFixtures.coverageError(),
                    EvidenceFixtures.valuesPass(), EvidenceFixtures.valuesFail(), EvidenceFixtures.sessionsSkipped());

            JsonNode groups = verdict.path("groups");
            assertThat(groups).extracting(group -> group.path("group").asText())
                    .containsExactly("user_activity", "sessions");
            assertThat(groups.get(0).path("checks")).extracting(check -> check.path("check").asText())
                    .containsExactly("schema", "values", "values");
            assertThat(groups.get(1).path("checks")).extracting(check -> check.path("status").asText())
                    .containsExactly("ERROR", "SKIPPED");
        }

        @Test
        void groupVerdictsAndTheRunVerdictFromTheirChecks() throws IOException {
            JsonNode verdict = verdictOf(EvidenceFixtures.schemaPass(), EvidenceFixtures.valuesPass(),
                    EvidenceFixtures.valuesFail(), EvidenceFixtures.coverageError());

            assertThat(verdict.path("groups")).extracting(group -> group.path("verdict").asText())
                    .containsExactly("FAIL", "ERROR");
            assertThat(verdict.path("verdict").asText()).isEqualTo("ERROR");
            assertThat(verdict.path("message").asText())
                    .isEqualTo("4 checks in 2 groups: 2 passed, 1 failed, 1 could not run, 0 skipped.");
        }

        @Test
        void passWhenEveryCheckPasses() throws IOException {
            JsonNode verdict = verdictOf(EvidenceFixtures.schemaPass(), EvidenceFixtures.valuesPass());

            assertThat(verdict.path("verdict").asText()).isEqualTo("PASS");
            assertThat(verdict.path("groups").get(0).path("verdict").asText()).isEqualTo("PASS");
        }

        @Test
        void keysGroupsBySuiteAndGroup() throws IOException {
            CheckEvidence sameGroupOtherSuite = EvidenceFixtures.evidence(EvidenceFixtures.USER_ACTIVITY,
                    CheckKind.SCHEMA, null, CheckStatus.PASS, "ok").suite("user_activity.parity.yaml").build();

            JsonNode verdict = verdictOf(EvidenceFixtures.schemaPass(), sameGroupOtherSuite);

            assertThat(verdict.path("groups")).extracting(group -> group.path("suite").asText())
                    .containsExactly("UserActivityMigrationTest", "user_activity.parity.yaml");
        }

        @Test
        void groupFactsFromTheContract() throws IOException {
            JsonNode groups = verdictOf(EvidenceFixtures.valuesPass(), EvidenceFixtures.coverageError())
                    .path("groups");

            JsonNode userActivity = groups.get(0);
            assertThat(fieldNames(userActivity)).containsExactly(
                    "group", "suite", "migration", "owner", "version", "origin", "tier", "consumers", "depends_on",
                    "verdict", "checks");
            assertThat(userActivity.path("migration").asText()).isEqualTo("feature-store-2026");
            assertThat(userActivity.path("owner").asText()).isEqualTo("growth-data");
            assertThat(userActivity.path("version").asText()).isEqualTo("3");
            assertThat(groups.get(1).path("owner").isNull()).isTrue();
            assertThat(groups.get(1).path("version").isNull()).isTrue();
        }

        @Test
        void everyCheckWithCountsGateCategoriesAndTopMismatches() throws IOException {
            JsonNode check = verdictOf(EvidenceFixtures.valuesFail()).path("groups").get(0).path("checks").get(0);

            assertThat(fieldNames(check)).containsExactly("check", "feature", "status", "unique_id", "compared",
                    "agreed", "mismatched", "missing_old", "missing_new", "agreement", "threshold", "categories",
                    "message", "parameters", "started", "finished", "top_mismatches");
            assertThat(check.path("feature").asText()).isEqualTo("last_event_time");
            assertThat(check.path("status").asText()).isEqualTo("FAIL");
            assertThat(check.path("unique_id").asText()).isEqualTo(EvidenceFixtures.valuesFail().uniqueId());
            assertThat(List.of(check.path("compared").asLong(), check.path("agreed").asLong(),
                    check.path("mismatched").asLong(), check.path("missing_old").asLong(),
                    check.path("missing_new").asLong())).containsExactly(1000L, 970L, 30L, 2L, 1L);
            assertThat(check.path("agreement").asDouble()).isEqualTo(0.97);
            assertThat(check.path("threshold").asDouble()).isEqualTo(0.995);
            assertThat(fieldNames(check.path("categories"))).containsExactly("null-handling", "timezone-shift");
            assertThat(check.path("categories").path("timezone-shift").asLong()).isEqualTo(20L);
            JsonNode top = check.path("top_mismatches");
            assertThat(top).extracting(mismatch -> mismatch.path("key").path("user_id").asText())
                    .containsExactly("2", "3,a", "1");
            assertThat(fieldNames(top.get(1).path("key"))).containsExactly("user_id", "as_of");
            assertThat(top.get(1).path("old").asText()).isEqualTo("say \"hi\"");
            assertThat(top.get(1).path("new").asText()).isEqualTo("x");
            assertThat(top.get(1).path("delta").asDouble()).isEqualTo(7200.0);
            assertThat(top.get(1).path("category").asText()).isEqualTo("timezone-shift");
        }

        @Test
        void nullsForWhatAGroupWideCheckDoesNotMeasure() throws IOException {
            JsonNode check = verdictOf(EvidenceFixtures.schemaPass()).path("groups").get(0).path("checks").get(0);

            assertThat(check.path("feature").isNull()).isTrue();
            assertThat(check.path("agreement").isNull()).isTrue();
            assertThat(check.path("threshold").isNull()).isTrue();
            assertThat(check.path("categories")).isEmpty();
            assertThat(check.path("top_mismatches")).isEmpty();
        }

        @Test
        void hashedKeysInTopMismatchesWhenConfigured() throws IOException {
            VerdictWriter writer = writer();
            RunInfo run = EvidenceFixtures.run(reportDirectory, Map.of(KeyRedaction.REDACT_KEYS, "true"));
            writer.runStarted(run);
            writer.checkFinished(EvidenceFixtures.valuesFail());
            writer.runFinished(run);

            JsonNode top = read().path("groups").get(0).path("checks").get(0).path("top_mismatches");
            assertThat(top).extracting(mismatch -> mismatch.path("key").path("user_id").asText())
                    .containsExactly(KeyRedaction.hash("2"), KeyRedaction.hash("3,a"), KeyRedaction.hash("1"));
            assertThat(Files.readString(verdictFile())).doesNotContain("\"3,a\"");
        }

        @Test
        void nonFiniteNumbersAsStringsSoTheFileStaysJson() throws IOException {
            CheckEvidence evidence = EvidenceFixtures.evidence(EvidenceFixtures.USER_ACTIVITY, CheckKind.VALUES,
                            "ratio", CheckStatus.FAIL, "No agreement could be measured.")
                    .agreement(Double.NaN).threshold(0.995)
                    .mismatches(List.of(
                            new Mismatch(Map.of("user_id", "1"), "NaN", "0.5", Double.NaN, MismatchCategory.OTHER),
                            new Mismatch(Map.of("user_id", "2"), "NULL", "1", Double.POSITIVE_INFINITY,
                                    MismatchCategory.NULL_HANDLING)))
                    .build();

            JsonNode check = verdictOf(evidence).path("groups").get(0).path("checks").get(0);

            assertThat(check.path("agreement").isTextual()).isTrue();
            assertThat(check.path("agreement").asText()).isEqualTo("NaN");
            assertThat(check.path("top_mismatches")).extracting(mismatch -> mismatch.path("delta").asText())
                    .containsExactly("NaN", "Infinity");
            assertThat(check.path("top_mismatches").get(1).path("delta").isTextual()).isTrue();
        }

        @Test
        void noSecretsFromParametersOrEnvironment() throws IOException {
            verdictOf(EvidenceFixtures.valuesFail());

            String text = Files.readString(verdictFile());
            assertThat(text).doesNotContain("hunter2", "abc123");
            JsonNode parameters = STRICT_JSON.readTree(text).path("groups").get(0).path("checks").get(0)
                    .path("parameters");
            assertThat(fieldNames(parameters))
                    .containsExactly("tolerance", "strategy", "store.old.password", "apiToken");
            assertThat(parameters.path("store.old.password").asText()).isEqualTo("****");
            assertThat(parameters.path("apiToken").asText()).isEqualTo("****");
            assertThat(parameters.path("tolerance").asText()).isEqualTo("absolute(0.01)");
        }

        @Test
        void theSameBytesForTheSameEvidence(@TempDir Path other) throws IOException {
            verdictOf(EvidenceFixtures.schemaPass(), EvidenceFixtures.valuesFail());
            VerdictWriter writer = writer();
            writer.checkFinished(EvidenceFixtures.schemaPass());
            writer.checkFinished(EvidenceFixtures.valuesFail());
            writer.runFinished(EvidenceFixtures.run(other));

            assertThat(Files.readString(other.resolve("verdict.json"))).isEqualTo(Files.readString(verdictFile()));
        }
    }

    @Nested
    class FailsClosed {

        @Test
        void whenNoCheckRan() throws IOException {
            JsonNode verdict = verdictOf();

            assertThat(verdict.path("verdict").asText()).isEqualTo("ERROR");
            assertThat(verdict.path("message").asText()).isEqualTo(VerdictDocument.NOTHING_COMPARED);
            assertThat(verdict.path("groups").isArray()).isTrue();
            assertThat(verdict.path("groups")).isEmpty();
        }

        @Test
        void whileARunThatStartedHasNotFinishedReplacingAnEarlierPass() throws IOException {
            verdictOf(EvidenceFixtures.valuesPass());
            assertThat(read().path("verdict").asText()).isEqualTo("PASS");
            assertThat(read().path("complete").asBoolean()).isTrue();

            VerdictWriter writer = writer();
            writer.runStarted(EvidenceFixtures.run(reportDirectory));
            writer.checkFinished(EvidenceFixtures.valuesPass());
            // the run is killed here: runFinished never comes

            JsonNode verdict = read();
            assertThat(verdict.path("verdict").asText()).isEqualTo("ERROR");
            assertThat(verdict.path("complete").asBoolean()).isFalse();
            assertThat(verdict.path("message").asText()).isEqualTo(VerdictDocument.INCOMPLETE);
            assertThat(verdict.path("groups")).isEmpty();
        }
    }

    @Nested
    class Survives {

        @Test
        void runFinishedWithoutRunStarted() throws IOException {
            VerdictWriter writer = writer();
            writer.checkFinished(EvidenceFixtures.valuesPass());
            writer.runFinished(EvidenceFixtures.run(reportDirectory));

            assertThat(read().path("verdict").asText()).isEqualTo("PASS");
        }

        @Test
        void aMissingReportDirectory() throws IOException {
            Path nested = reportDirectory.resolve("target/parity");
            writer().runFinished(EvidenceFixtures.run(nested));

            assertThat(nested.resolve("verdict.json")).exists();
        }

        @Test
        void aCheckRunAgainInTheSameJvmReplacingItsEarlierResult() throws IOException {
            VerdictWriter writer = writer();
            RunInfo run = EvidenceFixtures.run(reportDirectory);
            writer.runStarted(run);
            writer.checkFinished(EvidenceFixtures.valuesFail());
            writer.runFinished(run);
            writer.runStarted(run);
            writer.checkFinished(EvidenceFixtures.evidence(EvidenceFixtures.USER_ACTIVITY, CheckKind.VALUES,
                    "last_event_time", CheckStatus.PASS, "agreement 1.0").build());
            writer.runFinished(run);

            assertThat(read().path("verdict").asText()).isEqualTo("PASS");
            assertThat(read().path("groups").get(0).path("checks")).hasSize(1);
        }

        @Test
        void twoRunsInOneJvmSharingOneVerdict() throws IOException {
            // Surefire runs a @Suite's nested engine run beside the plain one, in the same JVM and report directory
            VerdictWriter plain = writer();
            VerdictWriter nested = writer();
            RunInfo run = EvidenceFixtures.run(reportDirectory);
            plain.runStarted(run);
            plain.checkFinished(EvidenceFixtures.valuesFail());
            nested.runStarted(run);
            nested.checkFinished(EvidenceFixtures.valuesPass());
            nested.runFinished(run);
            plain.runFinished(run);

            assertThat(read().path("verdict").asText()).isEqualTo("FAIL");
            assertThat(read().path("groups").get(0).path("checks")).hasSize(2);
        }

        @Test
        void leavingNoTemporaryFilesBehind() throws IOException {
            verdictOf(EvidenceFixtures.valuesPass());
            verdictOf(EvidenceFixtures.valuesFail());

            try (Stream<Path> files = Files.list(reportDirectory)) {
                assertThat(files.map(file -> file.getFileName().toString()))
                        .containsExactlyInAnyOrder("verdict.json", "parity-summary.html", "dependency-graph.svg");
            }
        }
    }

    private VerdictWriter writer() {
        return new VerdictWriter(Clock.fixed(FINISHED, ZoneOffset.UTC), run -> allureResults, BuildFacts.NONE);
    }

    private JsonNode verdictOf(CheckEvidence... checks) throws IOException {
        VerdictWriter writer = writer();
        RunInfo run = EvidenceFixtures.run(reportDirectory);
        writer.runStarted(run);
        for (CheckEvidence check : checks) {
            writer.checkFinished(check);
        }
        writer.runFinished(run);
        return read();
    }

    private Path verdictFile() {
        return reportDirectory.resolve("verdict.json");
    }

    private JsonNode read() throws IOException {
        return STRICT_JSON.readTree(verdictFile().toFile());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
