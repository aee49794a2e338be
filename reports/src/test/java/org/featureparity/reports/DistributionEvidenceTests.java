package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A distribution check's histogram data in verdict.json and as an SVG chart attached to its Allure result. */
class DistributionEvidenceTests {

    private static final ObjectMapper STRICT_JSON = JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @TempDir
    Path reportDirectory;

    @TempDir
    Path allureResults;

    @Test
    void theVerdictCarriesBinsEdgesAndCountsPerSide() throws IOException {
        VerdictWriter writer = new VerdictWriter(Clock.fixed(Instant.parse("2026-11-02T09:05:00Z"), ZoneOffset.UTC),
                run -> allureResults, BuildFacts.NONE);
        RunInfo run = EvidenceFixtures.run(reportDirectory);
        writer.runStarted(run);
        writer.checkFinished(EvidenceFixtures.distributionShift());
        writer.checkFinished(EvidenceFixtures.valuesPass());
        writer.runFinished(run);

        JsonNode checks = STRICT_JSON.readTree(reportDirectory.resolve("verdict.json").toFile()).path("groups").get(0).path("checks");
        JsonNode distribution = checks.get(0).path("distribution");
        assertThat(checks.get(0).path("check").asText()).isEqualTo("distribution");
        assertThat(distribution.path("shape").asText()).isEqualTo("numeric");
        assertThat(distribution.path("bins")).extracting(JsonNode::asText).containsExactly("[0, 10]", "(10, 20]", "(20, +inf]", "NaN");
        assertThat(distribution.path("edges")).extracting(JsonNode::asText).containsExactly("0.0", "10.0", "20.0", "Infinity");
        assertThat(distribution.path("old")).extracting(JsonNode::asLong).containsExactly(50L, 50L, 0L, 1L);
        assertThat(distribution.path("new")).extracting(JsonNode::asLong).containsExactly(25L, 50L, 25L, 0L);
        assertThat(checks.get(1).has("distribution")).isFalse();
    }

    @Test
    void theAllureResultAttachesTheHistogramAsSvg() throws Exception {
        CheckEvidence evidence = EvidenceFixtures.distributionShift();
        new AllureEvidenceWriter(allureResults).checkFinished(evidence);

        JsonNode result;
        try (Stream<Path> files = Files.list(allureResults)) {
            result = STRICT_JSON.readTree(files.filter(f -> f.toString().endsWith("-result.json")).findFirst().orElseThrow().toFile());
        }
        JsonNode attachment = null;
        for (JsonNode candidate : result.path("attachments")) {
            if (candidate.path("name").asText().equals(AllureEvidenceWriter.DISTRIBUTION)) {
                attachment = candidate;
            }
        }
        assertThat(attachment).isNotNull();
        assertThat(attachment.path("type").asText()).isEqualTo("image/svg+xml");
        Path svg = allureResults.resolve(attachment.path("source").asText());
        // well-formed XML with one bar per bin and side, each titled with its count
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(2 + 2 * 4);
        assertThat(Files.readString(svg)).contains("(10, 20] new: 50 rows (50.00%)").contains("NaN old: 1 rows (0.99%)");
    }

    @Test
    void checksWithoutADistributionAttachNoChart() throws IOException {
        new AllureEvidenceWriter(allureResults).checkFinished(EvidenceFixtures.valuesPass());
        try (Stream<Path> files = Files.list(allureResults)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".svg")).toList()).isEqualTo(List.of());
        }
    }
}
