package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.featureparity.reports.EvidenceFixtures.STARTED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckKind;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.GroupInfo;
import org.featureparity.evidence.EvidenceAttachment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllureEvidenceWriterTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path results;

    /** Where {@link #resultOf} wrote its check, for reading attachments back. */
    private Path checkDirectory;

    @Nested
    class WritesResults {

        @Test
        void oneResultFilePerCheck() throws IOException {
            write(EvidenceFixtures.schemaPass(), EvidenceFixtures.valuesPass(), EvidenceFixtures.valuesFail(),
                    EvidenceFixtures.coverageError());

            assertThat(resultFiles()).hasSize(4);
        }

        @Test
        void namesChecksByKindAndFeature() throws IOException {
            assertThat(resultOf(EvidenceFixtures.valuesPass()).path("name").asText())
                    .isEqualTo("values · events_last_24h");
            assertThat(resultOf(EvidenceFixtures.schemaPass()).path("name").asText()).isEqualTo("schema");
        }

        @Test
        void namesPropertiesByTheirNameAndAttachesTheCounterexampleTable() throws IOException {
            JsonNode result = resultOf(EvidenceFixtures.evidence(EvidenceFixtures.USER_ACTIVITY,
                    CheckKind.PROPERTY, null, CheckStatus.FAIL, "property failed")
                    .parameters(Map.of("property", "equivalence", "seed", "2026"))
                    .attachments(List.of(new EvidenceAttachment("counterexample (table)", "text/html", "html",
                            "<table></table>")))
                    .build());

            assertThat(result.path("name").asText()).isEqualTo("property · equivalence");
            assertThat(attachment(result, "counterexample (table)").path("source").asText()).endsWith("-attachment.html");
        }

        @Test
        void mapsStatusesAsOpentest4jWould() throws IOException {
            assertThat(resultOf(EvidenceFixtures.valuesPass()).path("status").asText()).isEqualTo("passed");
            assertThat(resultOf(EvidenceFixtures.valuesFail()).path("status").asText()).isEqualTo("failed");
            assertThat(resultOf(EvidenceFixtures.coverageError()).path("status").asText()).isEqualTo("broken");
            assertThat(resultOf(EvidenceFixtures.sessionsSkipped()).path("status").asText()).isEqualTo("skipped");
        }

        @Test
        void labelsPlaceTheCheckInMigrationGroupAndKind() throws IOException {
            JsonNode result = resultOf(EvidenceFixtures.valuesFail());

            assertThat(labels(result)).contains(
                    tuple("epic", "feature-store-2026"),
                    tuple("feature", "user_activity"),
                    tuple("story", "values"),
                    tuple("parentSuite", "feature-parity"),
                    tuple("suite", "UserActivityMigrationTest"),
                    tuple("subSuite", "user_activity"),
                    tuple("owner", "growth-data"),
                    tuple("severity", "blocker"),
                    tuple("tag", "group:user_activity"),
                    tuple("tag", "check:values"),
                    tuple("tag", "tier:critical"),
                    tuple("framework", "feature-parity"));
        }

        @Test
        void givesNormalSeverityAndNoOwnerWhenTheContractHasNone() throws IOException {
            JsonNode result = resultOf(EvidenceFixtures.coverageError());

            assertThat(labels(result)).contains(tuple("severity", "normal"))
                    .extracting(label -> label.toList().get(0)).doesNotContain("owner");
        }

        @Test
        void givesOneSeverityPerServingTier() {
            assertThat(Stream.of("critical", "high", "standard", "low").map(tier -> {
                GroupInfo group = new GroupInfo("g", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        Optional.empty(), "g.parity.yaml", List.of(), List.of(), Optional.of(tier));
                CheckEvidence evidence = EvidenceFixtures.evidence(group, CheckKind.SCHEMA, null, CheckStatus.PASS, "ok").build();
                return AllureResultFactory.severity(evidence, Set.of()).value();
            })).containsExactly("blocker", "critical", "normal", "minor");
        }

        @Test
        void showsThePhasesOfTheCheckAsSteps() throws IOException {
            JsonNode steps = resultOf(EvidenceFixtures.valuesFail()).path("steps");

            assertThat(steps).extracting(step -> step.path("name").asText() + ":" + step.path("status").asText())
                    .containsExactly("describe old store:passed", "scan and compare:passed", "values gate:failed");
            assertThat(steps.get(1).path("stop").asLong() - steps.get(1).path("start").asLong()).isEqualTo(1800);
            assertThat(steps.get(1).path("statusDetails").path("message").asText()).isEqualTo("1000 keys matched");
        }

        @Test
        void keysHistoryOnTheUniqueIdAcrossWriters(@TempDir Path otherResults) throws IOException {
            CheckEvidence evidence = EvidenceFixtures.valuesFail();
            JsonNode first = resultOf(evidence);
            new AllureEvidenceWriter(otherResults).checkFinished(evidence);
            JsonNode second = read(onlyResultFile(otherResults));

            assertThat(first.path("historyId").asText()).isNotBlank()
                    .isEqualTo(second.path("historyId").asText())
                    .isEqualTo(first.path("testCaseId").asText());
            assertThat(first.path("uuid").asText()).isNotEqualTo(second.path("uuid").asText());
            assertThat(first.path("fullName").asText()).isEqualTo(evidence.uniqueId());
        }

        @Test
        void givesDifferentChecksDifferentHistory() throws IOException {
            assertThat(resultOf(EvidenceFixtures.valuesPass()).path("historyId").asText())
                    .isNotEqualTo(resultOf(EvidenceFixtures.schemaPass()).path("historyId").asText());
        }

        @Test
        void recordsStartAndStopFromTheEvidence() throws IOException {
            JsonNode result = resultOf(EvidenceFixtures.valuesPass());

            assertThat(result.path("start").asLong()).isEqualTo(STARTED.plusSeconds(1).toEpochMilli());
            assertThat(result.path("stop").asLong()).isEqualTo(STARTED.plusSeconds(3).toEpochMilli());
        }

        @Test
        void parametersCarryFeatureThresholdAgreementAndTheCheckOwn() throws IOException {
            JsonNode result = resultOf(EvidenceFixtures.valuesFail());

            assertThat(parameters(result)).containsExactly(
                    tuple("feature", "last_event_time"),
                    tuple("threshold", "0.995"),
                    tuple("agreement", "0.97"),
                    tuple("tolerance", "absolute(0.01)"),
                    tuple("strategy", "streaming-merge"),
                    tuple("store.old.password", "****"),
                    tuple("apiToken", "****"));
            assertThat(Files.readString(onlyResultFile(checkDirectory))).doesNotContain("hunter2", "abc123");
        }

        @Test
        void statusMessageCarriesAMarkerForEveryCategoryPresent() throws IOException {
            String message = resultOf(EvidenceFixtures.valuesFail()).path("statusDetails").path("message").asText();

            assertThat(message).startsWith("Agreement 0.9700 is below threshold 0.995")
                    .containsOnlyOnce("[category:timezone-shift]")
                    .contains("[category:null-handling]");
        }

        @Test
        void passingChecksKeepTheirMessageUnmarked() throws IOException {
            assertThat(resultOf(EvidenceFixtures.valuesPass()).path("statusDetails").path("message").asText())
                    .isEqualTo("Agreement 0.9990 meets threshold 0.995.");
        }

        @Test
        void brokenChecksCarryTheTraceOfTheirCause() throws IOException {
            JsonNode details = resultOf(EvidenceFixtures.coverageError()).path("statusDetails");

            assertThat(details.path("message").asText()).isEqualTo("Could not connect to store new.");
            assertThat(details.path("trace").asText())
                    .startsWith("java.lang.IllegalStateException: connection refused")
                    .contains("at org.featureparity.reports.EvidenceFixtures");
        }

        @Test
        void describesCountsAndContractInMarkdown() throws IOException {
            String description = resultOf(EvidenceFixtures.valuesFail()).path("description").asText();

            assertThat(description)
                    .contains("| 1000 | 970 | 30 | 2 | 1 |")
                    .contains("**Mismatch categories:** null-handling 10, timezone-shift 20")
                    .contains("**Contract:** user_activity version 3 (from UserActivityMigrationTest#userActivity)")
                    .contains("**Lineage source:** events")
                    .contains("**Lineage transformation:** streaming/feature_views.sql");
        }
    }

    @Nested
    class Attaches {

        @Test
        void topMismatchesAsCsvSortedByDelta() throws IOException {
            JsonNode attachment = attachment(resultOf(EvidenceFixtures.valuesFail()), "Top mismatches by delta");

            assertThat(attachment.path("type").asText()).isEqualTo("text/csv");
            assertThat(attachment.path("source").asText()).endsWith("-attachment.csv");
            String csv = Files.readString(checkDirectory.resolve(attachment.path("source").asText()));
            assertThat(csv).isEqualTo(MismatchCsv.render(EvidenceFixtures.valuesFail().mismatches()));
            assertThat(csv.split("\r\n")[1]).startsWith("2,");
        }

        @Test
        void theEvidenceDocumentsSuchAsSql() throws IOException {
            JsonNode attachment = attachment(resultOf(EvidenceFixtures.valuesFail()), "old query");

            assertThat(attachment.path("type").asText()).isEqualTo("text/plain");
            assertThat(attachment.path("source").asText()).endsWith("-attachment.sql");
            assertThat(checkDirectory.resolve(attachment.path("source").asText()))
                    .hasContent("select user_id, last_event_time from t");
        }

        @Test
        void topMismatchesAsAnHtmlTableSortedByDelta() throws IOException {
            JsonNode attachment = attachment(resultOf(EvidenceFixtures.valuesFail()), "Top mismatches by delta (table)");

            assertThat(attachment.path("type").asText()).isEqualTo("text/html");
            assertThat(attachment.path("source").asText()).endsWith("-attachment.html");
            String html = Files.readString(checkDirectory.resolve(attachment.path("source").asText()));
            assertThat(html).contains("<td>3,a</td>", "say &quot;hi&quot;");
            assertThat(html.indexOf("Infinity")).isLessThan(html.indexOf("7200.0"));
        }

        @Test
        void aSchemaDiffTableForSchemaChecks() throws IOException {
            JsonNode attachment = attachment(resultOf(EvidenceFixtures.schemaDrift()), "Schema diff");

            assertThat(attachment.path("type").asText()).isEqualTo("text/html");
            assertThat(checkDirectory.resolve(attachment.path("source").asText()))
                    .content().contains("<td>numeric(20,0)</td>", "<tr class=\"differs\">");
        }

        @Test
        void hashedKeysInEveryMismatchAttachmentWhenConfigured() throws IOException {
            checkDirectory = Files.createTempDirectory(results, "check");
            AllureEvidenceWriter writer = new AllureEvidenceWriter(checkDirectory);
            writer.runStarted(EvidenceFixtures.run(results, java.util.Map.of(KeyRedaction.REDACT_KEYS, "true")));
            writer.checkFinished(EvidenceFixtures.valuesFail());
            JsonNode result = read(onlyResultFile(checkDirectory));

            for (String name : List.of("Top mismatches by delta", "Top mismatches by delta (table)")) {
                String text = Files.readString(checkDirectory.resolve(attachment(result, name).path("source").asText()));
                assertThat(text).contains(KeyRedaction.hash("3,a"), KeyRedaction.hash("2026-11-01T12:00:00Z"))
                        .doesNotContain("3,a", "2026-11-01T12:00:00Z");
            }
        }

        @Test
        void nothingWhenThereIsNothingToShow() throws IOException {
            assertThat(resultOf(EvidenceFixtures.schemaPass()).path("attachments")).isEmpty();
        }
    }

    @Nested
    class OnRunFinished {

        @Test
        void writesACategoryPerMismatchCategoryMatchingTheMarkers() throws IOException {
            new AllureEvidenceWriter(results).runFinished(EvidenceFixtures.run(results));

            JsonNode categories = read(results.resolve("categories.json"));
            assertThat(categories).hasSize(9);
            JsonNode timezone = categories.get(1);
            assertThat(timezone.path("name").asText()).isEqualTo("Mismatch: timezone-shift");
            assertThat(timezone.path("matchedStatuses")).extracting(JsonNode::asText).containsExactly("failed");
            // Allure matches the whole message with DOTALL.
            Pattern regex = Pattern.compile(timezone.path("messageRegex").asText(), Pattern.DOTALL);
            assertThat(regex.matcher("Agreement low\n[category:timezone-shift] [category:other]").matches()).isTrue();
            assertThat(regex.matcher("Agreement low [category:window-boundary]").matches()).isFalse();
            JsonNode infrastructure = categories.get(8);
            assertThat(infrastructure.path("name").asText()).isEqualTo("Could not run (infrastructure)");
            assertThat(infrastructure.path("matchedStatuses")).extracting(JsonNode::asText).containsExactly("broken");
        }

        @Test
        void everyFailedResultMatchesTheCategoriesOfItsCounts() throws IOException {
            AllureEvidenceWriter writer = new AllureEvidenceWriter(results);
            writer.checkFinished(EvidenceFixtures.valuesFail());
            writer.runFinished(EvidenceFixtures.run(results));
            String message = read(onlyResultFile(results)).path("statusDetails").path("message").asText();

            List<String> matched = elements(read(results.resolve("categories.json"))).stream()
                    .filter(category -> category.has("messageRegex"))
                    .filter(category -> Pattern.compile(category.path("messageRegex").asText(), Pattern.DOTALL)
                            .matcher(message).matches())
                    .map(category -> category.path("name").asText())
                    .toList();
            assertThat(matched).containsExactlyInAnyOrder("Mismatch: timezone-shift", "Mismatch: null-handling");
        }

        @Test
        void writesEnvironmentSortedWithVersionAndSeedAndNoSecrets() throws IOException {
            new AllureEvidenceWriter(results, BuildFacts.NONE).runFinished(EvidenceFixtures.run(results));

            Path file = results.resolve("environment.properties");
            assertThat(Files.readAllLines(file, StandardCharsets.ISO_8859_1)).containsExactly(
                    "featureparity.version=0.1.0-SNAPSHOT",
                    "java.version=17.0.12",
                    "parity.seed=42",
                    "store.old.password=****",
                    "store.old.product=PostgreSQL 14.22",
                    "store.old.url=jdbc\\:postgresql\\://localhost\\:5432/legacy");
            Properties loaded = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                loaded.load(reader);
            }
            assertThat(loaded.getProperty("store.old.url")).isEqualTo("jdbc:postgresql://localhost:5432/legacy");
        }

        @Test
        void addsTheGitCommitWhenKnown() throws IOException {
            BuildFacts facts = new BuildFacts(java.util.Optional.of("0123456789abcdef0123456789abcdef01234567"),
                    java.util.Optional.empty());
            new AllureEvidenceWriter(results, facts).runFinished(EvidenceFixtures.run(results));

            assertThat(Files.readAllLines(results.resolve("environment.properties")))
                    .contains("git.commit=0123456789abcdef0123456789abcdef01234567");
            assertThat(results.resolve("executor.json")).doesNotExist();
        }

        @Test
        void writesTheExecutorOnCi() throws IOException {
            BuildFacts facts = BuildFacts.from(java.util.Map.of("GITHUB_ACTIONS", "true", "GITHUB_RUN_ID", "77",
                    "GITHUB_SERVER_URL", "https://github.example", "GITHUB_REPOSITORY", "acme/features"), results);
            new AllureEvidenceWriter(results, facts).runFinished(EvidenceFixtures.run(results));

            JsonNode executor = read(results.resolve("executor.json"));
            assertThat(executor.path("type").asText()).isEqualTo("github");
            assertThat(executor.path("buildOrder").asLong()).isEqualTo(77L);
            assertThat(executor.path("buildUrl").asText()).isEqualTo("https://github.example/acme/features/actions/runs/77");
        }

        @Test
        void worksWithoutRunStartedOrAnyCheck() {
            new AllureEvidenceWriter(results.resolve("fresh")).runFinished(EvidenceFixtures.run(results));

            assertThat(results.resolve("fresh/categories.json")).exists();
            assertThat(results.resolve("fresh/environment.properties")).exists();
        }
    }

    @Nested
    class ResolvesTheResultsDirectory {

        @Test
        void fromAllureSystemProperty() {
            String previous = System.getProperty(AllureEvidenceWriter.RESULTS_DIRECTORY_KEY);
            System.setProperty(AllureEvidenceWriter.RESULTS_DIRECTORY_KEY, "build/custom-results");
            try {
                assertThat(new AllureEvidenceWriter().resultsDirectory())
                        .isEqualTo(Path.of("build/custom-results").toAbsolutePath());
            } finally {
                restore(previous);
            }
        }

        @Test
        void elseTargetAllureResults() {
            String previous = System.clearProperty(AllureEvidenceWriter.RESULTS_DIRECTORY_KEY);
            try {
                assertThat(new AllureEvidenceWriter().resultsDirectory())
                        .isEqualTo(Path.of("target/allure-results").toAbsolutePath());
            } finally {
                restore(previous);
            }
        }

        private void restore(String previous) {
            if (previous == null) {
                System.clearProperty(AllureEvidenceWriter.RESULTS_DIRECTORY_KEY);
            } else {
                System.setProperty(AllureEvidenceWriter.RESULTS_DIRECTORY_KEY, previous);
            }
        }
    }

    private void write(CheckEvidence... evidence) {
        AllureEvidenceWriter writer = new AllureEvidenceWriter(results);
        for (CheckEvidence each : evidence) {
            writer.checkFinished(each);
        }
    }

    /** Writes one check into a fresh directory and reads its result back. */
    private JsonNode resultOf(CheckEvidence evidence) throws IOException {
        checkDirectory = Files.createTempDirectory(results, "check");
        new AllureEvidenceWriter(checkDirectory).checkFinished(evidence);
        return read(onlyResultFile(checkDirectory));
    }

    private List<Path> resultFiles() throws IOException {
        return resultFiles(results);
    }

    private static List<Path> resultFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-result.json")).toList();
        }
    }

    private static Path onlyResultFile(Path directory) throws IOException {
        List<Path> files = resultFiles(directory);
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Tuple> labels(JsonNode result) {
        return pairs(result.path("labels"));
    }

    private static List<Tuple> parameters(JsonNode result) {
        return pairs(result.path("parameters"));
    }

    private static List<Tuple> pairs(JsonNode array) {
        List<Tuple> pairs = new ArrayList<>();
        array.forEach(node -> pairs.add(tuple(node.path("name").asText(), node.path("value").asText())));
        return pairs;
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    private static JsonNode attachment(JsonNode result, String name) {
        for (JsonNode attachment : result.path("attachments")) {
            if (attachment.path("name").asText().equals(name)) {
                return attachment;
            }
        }
        throw new AssertionError("no attachment named " + name + " in " + result.path("attachments"));
    }
}
