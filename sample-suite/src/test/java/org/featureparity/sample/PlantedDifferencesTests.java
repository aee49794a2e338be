package org.featureparity.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Plants the differences a migration must catch into scratch copies of the sample stores and checks that the
 * verdict names each one with the right status and counts.
 */
class PlantedDifferencesTests {

    private static final String CONTRACT = "contracts/user_activity.parity.yaml";
    /** user_activity depends on user_profile, so both are discovered; the tag filter runs user_activity alone. */
    private static final String UPSTREAM_CONTRACT = "contracts/user_profile.parity.yaml";
    private static final List<String> OLD = List.of("common/events.sql", "legacy/batch_features.sql");
    private static final List<String> NEW = List.of("common/events.sql", "streaming/feature_views.sql");

    @TempDir
    Path reportDirectory;

    @Test
    void theUnchangedSamplePasses() throws IOException {
        JsonNode group = run(Optional.empty(), Optional.empty());

        assertThat(group.path("verdict").asText()).isEqualTo("PASS");
        assertThat(check(group, "values", "total_value_last_24h").path("compared").asLong()).isEqualTo(10_000);
        assertThat(check(group, "null-rate", "total_value_last_24h").path("status").asText()).isEqualTo("PASS");
        assertThat(check(group, "distribution", "total_value_last_24h").path("parameters").path("psi").asText()).isEqualTo("0.0");
    }

    @Test
    void anUndeclaredRenameFailsTheSchemaAndNamesTheSimilarColumn() throws IOException {
        JsonNode group = run(Optional.empty(), Optional.of("plant/renamed_feature.sql"));

        JsonNode schema = check(group, "schema", "events_last_24h");
        assertThat(schema.path("status").asText()).isEqualTo("FAIL");
        assertThat(schema.path("message").asText())
                .contains("new store: column 'events_last_24h' not found")
                .contains("similar column: 'event_count_24h'");
        assertThat(check(group, "values", "events_last_24h").path("status").asText()).isEqualTo("ERROR");
        assertThat(check(group, "values", "total_value_last_24h").path("status").asText()).isEqualTo("PASS");
        assertThat(group.path("verdict").asText()).isEqualTo("ERROR");
    }

    @Test
    void aChangedTypeFailsTheSchema() throws IOException {
        JsonNode group = run(Optional.of("plant/changed_type.sql"), Optional.empty());

        JsonNode schema = check(group, "schema", "events_last_24h");
        assertThat(schema.path("status").asText()).isEqualTo("FAIL");
        assertThat(schema.path("message").asText()).contains("old store: column 'events_last_24h'")
                .contains("decimal(20,0) cannot hold declared int64");
        assertThat(check(group, "values", "events_last_24h").path("status").asText()).isEqualTo("PASS");
        assertThat(group.path("verdict").asText()).isEqualTo("FAIL");
    }

    @Test
    void aNullableColumnDeclaredNotNullFailsTheSchema() throws IOException {
        JsonNode group = run(Optional.of("plant/nullable_column.sql"), Optional.empty());

        JsonNode schema = check(group, "schema", "events_last_24h");
        assertThat(schema.path("status").asText()).isEqualTo("FAIL");
        assertThat(schema.path("message").asText()).contains("allows NULL, but the contract declares the feature not null");
        assertThat(group.path("verdict").asText()).isEqualTo("FAIL");
    }

    @Test
    void onePercentOfValuesBeyondToleranceFailsTheGate() throws IOException {
        JsonNode group = run(Optional.of("plant/one_percent_off.sql"), Optional.empty());

        JsonNode values = check(group, "values", "total_value_last_24h");
        assertThat(values.path("status").asText()).isEqualTo("FAIL");
        assertThat(values.path("compared").asLong()).isEqualTo(10_000);
        assertThat(values.path("mismatched").asLong()).isEqualTo(100);
        assertThat(values.path("agreed").asLong()).isEqualTo(9_900);
        assertThat(values.path("agreement").asDouble()).isEqualTo(0.99);
        assertThat(values.path("threshold").asDouble()).isEqualTo(0.995);
        assertThat(values.path("top_mismatches")).hasSize(20);
        assertThat(values.path("top_mismatches").get(0).path("delta").asDouble()).isEqualTo(1.0);
        assertThat(check(group, "values", "events_last_24h").path("status").asText()).isEqualTo("PASS");
        assertThat(group.path("verdict").asText()).isEqualTo("FAIL");
    }

    @Test
    void driftInsideTheGatePassesButIsCounted() throws IOException {
        JsonNode group = run(Optional.of("plant/small_drift.sql"), Optional.empty());

        JsonNode values = check(group, "values", "total_value_last_24h");
        assertThat(values.path("status").asText()).isEqualTo("PASS");
        assertThat(values.path("mismatched").asLong()).isEqualTo(30);
        assertThat(values.path("agreement").asDouble()).isEqualTo(0.997);
        assertThat(values.path("top_mismatches")).hasSize(20);
        assertThat(group.path("verdict").asText()).isEqualTo("PASS");
    }

    @Test
    void nullInsteadOfZeroIsCaughtAndNamedNullHandling() throws IOException {
        JsonNode group = run(Optional.empty(), Optional.of("plant/null_instead_of_zero.sql"));

        JsonNode values = check(group, "values", "events_last_24h");
        assertThat(values.path("status").asText()).isEqualTo("FAIL");
        assertThat(values.path("mismatched").asLong()).isEqualTo(100);
        assertThat(values.path("categories").path("null-handling").asLong()).isEqualTo(100);
        assertThat(values.path("top_mismatches").get(0).path("old").asText()).isEqualTo("0");
        assertThat(values.path("top_mismatches").get(0).path("new").asText()).isEqualTo("NULL");
        JsonNode schema = check(group, "schema", "events_last_24h");
        assertThat(schema.path("status").asText()).isEqualTo("FAIL");
        assertThat(schema.path("message").asText()).contains("holds 100 NULL value(s)");
    }

    @Test
    void totalsInCentsAndNewNullsShiftTheDistributionAndTheNullRate() throws IOException {
        JsonNode group = run(Optional.empty(), Optional.of("plant/values_in_cents.sql"));

        JsonNode nullRate = check(group, "null-rate", "total_value_last_24h");
        assertThat(nullRate.path("status").asText()).isEqualTo("FAIL");
        assertThat(nullRate.path("message").asText()).contains("above max_null_rate_delta 0.01");
        JsonNode distribution = check(group, "distribution", "total_value_last_24h");
        assertThat(distribution.path("status").asText()).isEqualTo("FAIL");
        assertThat(distribution.path("distribution").path("bins").size()).isGreaterThan(1);
        assertThat(distribution.path("distribution").path("old").size()).isEqualTo(distribution.path("distribution").path("new").size());
        // the other features are untouched: their profiles agree
        assertThat(check(group, "null-rate", "last_event_time").path("status").asText()).isEqualTo("PASS");
        assertThat(check(group, "distribution", "events_last_24h").path("status").asText()).isEqualTo("PASS");
        assertThat(group.path("verdict").asText()).isEqualTo("FAIL");
    }

    @Test
    void entitiesMissingOnEitherSideFailCoverage() throws IOException {
        JsonNode group = run(Optional.of("plant/missing_in_old.sql"), Optional.of("plant/missing_in_new.sql"));

        JsonNode coverage = check(group, "coverage", null);
        assertThat(coverage.path("status").asText()).isEqualTo("FAIL");
        assertThat(coverage.path("missing_old").asLong()).isEqualTo(5);
        assertThat(coverage.path("missing_new").asLong()).isEqualTo(7);
        assertThat(coverage.path("compared").asLong()).isEqualTo(9_988);
        assertThat(coverage.path("categories").path("missing-entity").asLong()).isEqualTo(12);
        assertThat(coverage.path("message").asText()).contains("{user_id=11}").contains("{user_id=21}");
        assertThat(check(group, "values", "events_last_24h").path("status").asText()).isEqualTo("PASS");
        assertThat(check(group, "values", "events_last_24h").path("compared").asLong()).isEqualTo(9_988);
        assertThat(group.path("verdict").asText()).isEqualTo("FAIL");
    }

    private JsonNode run(Optional<String> oldPlant, Optional<String> newPlant) throws IOException {
        EngineExecutionResults results = EngineTestKit.engine("feature-parity")
                .selectors(selectClasspathResource(UPSTREAM_CONTRACT), selectClasspathResource(CONTRACT))
                // the stores' differences; the checks of the pipelines have tests of their own (PlantedPipelineBugsTests)
                .filters(TagFilter.includeTags("group:user_activity & !check:property & !check:window-bounds & !check:leakage"))
                .configurationParameter("parity.store.old.init", scripts(OLD, oldPlant))
                .configurationParameter("parity.store.new.init", scripts(NEW, newPlant))
                .configurationParameter("parity.report.dir", reportDirectory.toString())
                .configurationParameter("allure.results.directory", reportDirectory.resolve("allure-results").toString())
                .execute();
        assertThat(results.testEvents().started().count()).isEqualTo(14);
        JsonNode verdict = new ObjectMapper().readTree(reportDirectory.resolve("verdict.json").toFile());
        assertThat(verdict.path("groups")).hasSize(1);
        JsonNode group = verdict.path("groups").get(0);
        assertThat(group.path("group").asText()).isEqualTo("user_activity");
        long failedOrErrored = results.testEvents().failed().count();
        long notPassed = 0;
        for (JsonNode check : group.path("checks")) {
            notPassed += check.path("status").asText().equals("PASS") ? 0 : 1;
        }
        assertThat(failedOrErrored).as("JUnit failures match the verdict's non-passing checks").isEqualTo(notPassed);
        return group;
    }

    private static JsonNode check(JsonNode group, String kind, String feature) {
        for (JsonNode check : group.path("checks")) {
            boolean sameFeature = feature == null ? check.path("feature").isNull() : feature.equals(check.path("feature").asText());
            if (check.path("check").asText().equals(kind) && sameFeature) {
                return check;
            }
        }
        throw new AssertionError("no " + kind + " check for " + feature + " in " + group);
    }

    private static String scripts(List<String> base, Optional<String> plant) {
        List<String> all = new ArrayList<>(base);
        plant.ifPresent(all::add);
        return String.join(",", all);
    }
}
