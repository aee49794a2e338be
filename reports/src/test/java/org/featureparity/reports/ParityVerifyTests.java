package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.featureparity.evidence.RunInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityVerifyTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path target;

    private Path reportDirectory;
    private Path allureResults;

    @BeforeEach
    void layOutLikeMaven() {
        reportDirectory = target.resolve("parity");
        allureResults = target.resolve("allure-results");
    }

    @Nested
    class Records {

        @Test
        void everyEvidenceFileWithRelativePathsButNotTheVerdictItself() throws IOException {
            writeRun(true);

            JsonNode evidence = verdict().path("evidence");
            assertThat(evidence.path("algorithm").asText()).isEqualTo("SHA-256");
            assertThat(evidence.path("allure_results").asText()).isEqualTo("../allure-results");
            List<String> names = paths(evidence);
            assertThat(names).contains("report/parity-summary.html", "allure-results/categories.json",
                    "allure-results/environment.properties").doesNotContain("report/verdict.json");
            assertThat(names).filteredOn(name -> name.endsWith("-attachment.html")).hasSize(1);
            assertThat(names).filteredOn(name -> name.endsWith("-result.json")).hasSize(2);
            assertThat(evidence.path("digest").asText()).matches("[0-9a-f]{64}");
        }

        @Test
        void noSecretInAnyFileWritten() throws IOException {
            writeRun(true);

            try (Stream<Path> files = Files.walk(target)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                            .doesNotContain("hunter2", "abc123");
                }
            }
        }

        @Test
        void theFinalAllureFilesWhicheverListenerFinishesLast() {
            writeRun(false);

            assertThat(ParityVerify.verify(verdictFile(), Optional.empty()).problems()).isEmpty();
        }
    }

    @Nested
    class Passes {

        @Test
        void untouchedEvidence() {
            writeRun(true);

            Verification verification = ParityVerify.verify(verdictFile(), Optional.empty());

            assertThat(verification.intact()).isTrue();
            assertThat(verification.files()).isGreaterThanOrEqualTo(6);
        }

        @Test
        void evidenceMovedAsAWhole(@TempDir Path elsewhere) throws IOException {
            writeRun(true);
            Path moved = elsewhere.resolve("archive");
            Files.move(target, moved);

            assertThat(ParityVerify.verify(moved.resolve("parity/verdict.json"), Optional.empty()).intact()).isTrue();
        }

        @Test
        void resultsDirectoryGivenExplicitly(@TempDir Path elsewhere) throws IOException {
            writeRun(true);
            Path moved = elsewhere.resolve("results");
            Files.move(allureResults, moved);

            assertThat(ParityVerify.verify(verdictFile(), Optional.of(moved)).intact()).isTrue();
        }

        @Test
        void historyCopiedInForTheNextReport() throws IOException {
            writeRun(true);
            Files.createDirectories(allureResults.resolve("history"));
            Files.writeString(allureResults.resolve("history/history-trend.json"), "[]");

            assertThat(ParityVerify.verify(verdictFile(), Optional.empty()).intact()).isTrue();
        }
    }

    @Nested
    class Fails {

        @Test
        void whenOneAttachmentWasEditedNamingIt() throws IOException {
            writeRun(true);
            Path attachment = only(allureResults, "-attachment.html");
            Files.writeString(attachment, Files.readString(attachment).replace("3600.0", "36.0"));

            assertThat(ParityVerify.verify(verdictFile(), Optional.empty()).problems())
                    .containsExactly("CHANGED allure-results/" + attachment.getFileName());
        }

        @Test
        void whenAFileIsMissingOrAdded() throws IOException {
            writeRun(true);
            Path result = only(allureResults, "-attachment.csv");
            Files.delete(result);
            Files.writeString(allureResults.resolve("forged-result.json"), "{}");

            assertThat(ParityVerify.verify(verdictFile(), Optional.empty()).problems()).containsExactlyInAnyOrder(
                    "MISSING allure-results/" + result.getFileName(), "ADDED allure-results/forged-result.json");
        }

        @Test
        void whenTheVerdictWasEdited() throws IOException {
            writeRun(true);
            Files.writeString(verdictFile(), Files.readString(verdictFile()).replace("\"FAIL\"", "\"PASS\""));

            assertThat(ParityVerify.verify(verdictFile(), Optional.empty()).problems())
                    .containsExactly("CHANGED verdict.json (its content no longer matches its manifest)");
        }

        @Test
        void whenAHashInTheManifestWasEditedToMatchAChangedFile() throws IOException {
            writeRun(true);
            Path summary = reportDirectory.resolve("parity-summary.html");
            Files.writeString(summary, "<p>all good</p>");
            ObjectNode verdict = (ObjectNode) verdict();
            for (JsonNode file : verdict.path("evidence").path("files")) {
                if (file.path("path").asText().equals("parity-summary.html")) {
                    ((ObjectNode) file).put("sha256", Sha256.of(summary));
                }
            }
            JSON.writeValue(verdictFile().toFile(), verdict);

            assertThat(ParityVerify.verify(verdictFile(), Optional.empty()).problems())
                    .containsExactly("CHANGED verdict.json (the manifest no longer matches its digest)");
        }
    }

    @Nested
    class AsACommand {

        @Test
        void printsOkAndExitsZero() {
            writeRun(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int status = ParityVerify.run(new String[] {verdictFile().toString()}, new PrintStream(out, true,
                    StandardCharsets.UTF_8));

            assertThat(status).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK ");
        }

        @Test
        void namesTheChangedFileAndExitsOne() throws IOException {
            writeRun(true);
            Path attachment = only(allureResults, "-attachment.csv");
            Files.writeString(attachment, "user_id\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int status = ParityVerify.run(new String[] {verdictFile().toString()}, new PrintStream(out, true,
                    StandardCharsets.UTF_8));

            assertThat(status).isOne();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("CHANGED allure-results/" + attachment.getFileName()).contains("FAILED 1 problem(s)");
        }

        @Test
        void failsClosedWhenThereIsNothingToVerify() throws IOException {
            Files.createDirectories(reportDirectory);
            Files.writeString(verdictFile(), "{\"verdict\":\"PASS\"}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertThat(ParityVerify.run(new String[] {verdictFile().toString()}, new PrintStream(out))).isOne();
            assertThat(ParityVerify.run(new String[] {target.resolve("nope.json").toString()}, new PrintStream(out)))
                    .isOne();
            assertThat(ParityVerify.run(new String[0], new PrintStream(out))).isOne();
            assertThat(out.toString()).contains("NOT VERIFIED", "has no evidence manifest", "no such file", "usage:");
        }
    }

    /** A run through both writers as the engine drives them, in either order at the end. */
    private void writeRun(boolean allureFinishesFirst) {
        RunInfo run = EvidenceFixtures.run(reportDirectory);
        AllureEvidenceWriter allure = new AllureEvidenceWriter(allureResults, BuildFacts.NONE);
        VerdictWriter verdict = new VerdictWriter(Clock.fixed(EvidenceFixtures.STARTED, ZoneOffset.UTC),
                finished -> allureResults, BuildFacts.NONE);
        allure.runStarted(run);
        verdict.runStarted(run);
        for (var check : List.of(EvidenceFixtures.schemaPass(), EvidenceFixtures.valuesFail())) {
            allure.checkFinished(check);
            verdict.checkFinished(check);
        }
        if (allureFinishesFirst) {
            allure.runFinished(run);
            verdict.runFinished(run);
        } else {
            verdict.runFinished(run);
            allure.runFinished(run);
        }
    }

    private Path verdictFile() {
        return reportDirectory.resolve("verdict.json");
    }

    private JsonNode verdict() {
        try {
            return JSON.readTree(verdictFile().toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> paths(JsonNode evidence) {
        return java.util.stream.StreamSupport.stream(evidence.path("files").spliterator(), false)
                .map(file -> file.path("root").asText() + "/" + file.path("path").asText()).toList();
    }

    private static Path only(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> matching = files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
            assertThat(matching).hasSize(1);
            return matching.get(0);
        }
    }
}
