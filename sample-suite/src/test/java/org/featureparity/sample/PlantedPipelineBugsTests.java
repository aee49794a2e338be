package org.featureparity.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/**
 * Plants the migration bugs a property must find into the new computation (a copy of the sample's streaming view
 * with one thing changed, in {@code plant/pipelines/}) and runs the sample contract's {@code [property:equivalence]}
 * with a fixed seed: each is found, shrunk to a history of at most two events (one for the missing coalesce), and its
 * disagreements are named by the planted cause.
 */
class PlantedPipelineBugsTests {

    private static final String CONTRACT = "contracts/user_activity.parity.yaml";
    private static final String UPSTREAM_CONTRACT = "contracts/user_profile.parity.yaml";
    private static final String VIEW_SETUP = "setup: streaming/feature_views.sql";

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "exclusive_start, 2, window-boundary",
            "inclusive_end, 2, window-boundary",
            "local_time, 2, timezone-shift",
            "no_dedup, 2, duplicate-events",
            "null_not_zero, 1, null-handling"})
    void isFoundShrunkAndNamed(String bug, int maxEvents, String category) throws IOException {
        EngineExecutionResults results = EngineTestKit.engine("feature-parity")
                .selectors(selectClasspathResource(UPSTREAM_CONTRACT), selectFile(contractWithNewSetup(bug).toFile()))
                .filters(TagFilter.includeTags("group:user_activity & check:property"))
                .configurationParameter("parity.seed", "2026")
                .configurationParameter("parity.report.dir", directory.resolve("parity").toString())
                .configurationParameter("allure.results.directory", directory.resolve("allure-results").toString())
                .execute();

        assertThat(results.testEvents().started().count()).isEqualTo(1);
        Event finished = results.testEvents().finished().stream().findFirst().orElseThrow();
        TestExecutionResult result = finished.getRequiredPayload(TestExecutionResult.class);
        assertThat(result.getThrowable()).get().isInstanceOf(AssertionFailedError.class);
        JsonNode property = property();
        assertThat(property.path("status").asText()).isEqualTo("FAIL");
        assertThat(property.path("message").asText()).contains("replay with parity.seed=2026", "minimal history");
        JsonNode parameters = property.path("parameters");
        assertThat(parameters.path("events in counterexample").asInt()).as(property.path("message").asText())
                .isLessThanOrEqualTo(maxEvents);
        assertThat(parameters.path("seed").asText()).isEqualTo("2026");
        // the counterexample's disagreements, named by recomputing it with the old pipeline
        assertThat(property.path("categories").fieldNames()).toIterable().as(property.path("categories").toString())
                .containsExactly(category);
        assertThat(property.path("message").asText()).contains("[category:" + category + "]");
        // the mix tried is recorded even when the first history already disagrees
        assertThat(parameters.has("edge cases")).isTrue();
        assertThat(Files.list(directory.resolve("allure-results")).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.endsWith("-attachment.html"))
                .anyMatch(name -> name.endsWith("-attachment.json"))
                .anyMatch(name -> name.endsWith("-attachment.sql"));
    }

    /** The sample contract with the new pipeline's setup replaced by the planted view, as a file beside nothing else. */
    private Path contractWithNewSetup(String bug) throws IOException {
        String contract;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CONTRACT)) {
            contract = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(contract).contains(VIEW_SETUP);
        Path file = directory.resolve("user_activity.parity.yaml");
        Files.writeString(file, contract.replace(VIEW_SETUP, "setup: plant/pipelines/" + bug + ".sql"));
        return file;
    }

    private JsonNode property() throws IOException {
        JsonNode verdict = new ObjectMapper().readTree(directory.resolve("parity/verdict.json").toFile());
        for (JsonNode group : verdict.path("groups")) {
            for (JsonNode check : group.path("checks")) {
                if (check.path("check").asText().equals("property")) {
                    return check;
                }
            }
        }
        throw new AssertionError("no property check in " + verdict);
    }
}
