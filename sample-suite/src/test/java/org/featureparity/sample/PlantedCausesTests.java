package org.featureparity.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Plants each cause a migration guide lists into the new store of a copy of the sample data (events delivered at
 * least once, {@code plant/causes/redelivered.sql}) and runs the sample contract's values checks through the
 * engine: {@code verdict.json} names the planted category for at least 99% of the mismatching rows, and no other
 * category for more than 1%. The contract declares {@code stores_as_of}, so window bounds, duplicates and zone
 * shifts are named by recomputing the mismatching users' events (read from the old store) through the old
 * pipeline; NULLs, casts and rounding are named by the values.
 */
class PlantedCausesTests {

    private static final String CONTRACT = "contracts/user_activity.parity.yaml";
    private static final String UPSTREAM_CONTRACT = "contracts/user_profile.parity.yaml";
    private static final String OLD = "common/events.sql,plant/causes/redelivered.sql,legacy/batch_features.sql";
    private static final String NEW = "common/events.sql,plant/causes/redelivered.sql,streaming/feature_views.sql";

    @TempDir
    Path reportDirectory;

    @ParameterizedTest(name = "{0} is named {1}")
    @CsvSource({
            "inclusive_end, window-boundary, true",
            "no_dedup, duplicate-events, true",
            "new_york_clock, timezone-shift, true",
            "null_not_zero, null-handling, false",
            "integer_total, type-coercion, false",
            "one_decimal, precision, false"})
    void theVerdictNamesThePlantedCause(String plant, String category, boolean byRecomputation) throws IOException {
        EngineTestKit.engine("feature-parity")
                .selectors(selectClasspathResource(UPSTREAM_CONTRACT), selectClasspathResource(CONTRACT))
                .filters(TagFilter.includeTags("group:user_activity & check:values"))
                .configurationParameter("parity.store.old.init", OLD)
                .configurationParameter("parity.store.new.init", NEW + ",plant/causes/" + plant + ".sql")
                .configurationParameter("parity.report.dir", reportDirectory.toString())
                .configurationParameter("allure.results.directory", reportDirectory.resolve("allure-results").toString())
                .execute();

        JsonNode group = new ObjectMapper().readTree(reportDirectory.resolve("verdict.json").toFile()).path("groups").get(0);
        assertThat(group.path("group").asText()).isEqualTo("user_activity");
        Map<String, Long> categories = new TreeMap<>();
        long mismatched = 0;
        int valuesChecks = 0;
        for (JsonNode check : group.path("checks")) {
            assertThat(check.path("check").asText()).isEqualTo("values");
            valuesChecks++;
            mismatched += check.path("mismatched").asLong();
            for (Iterator<Map.Entry<String, JsonNode>> it = check.path("categories").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                categories.merge(entry.getKey(), entry.getValue().asLong(), Long::sum);
            }
            if (check.path("mismatched").asLong() > 0) {
                assertThat(check.path("status").asText()).as(check.path("message").asText()).isIn("FAIL", "PASS");
                assertThat(check.path("parameters").path("categories by").asText())
                        .startsWith(byRecomputation ? "recomputation: " : "recomputation: 0 of");
            }
        }
        assertThat(valuesChecks).isEqualTo(3);
        assertThat(mismatched).as("the plant makes values differ").isGreaterThanOrEqualTo(50);
        assertThat(categories.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(mismatched);
        long named = categories.getOrDefault(category, 0L);
        assertThat((double) named / mismatched).as(categories.toString()).isGreaterThanOrEqualTo(0.99);
        for (Map.Entry<String, Long> other : categories.entrySet()) {
            if (!other.getKey().equals(category)) {
                assertThat((double) other.getValue() / mismatched).as(other.getKey() + " in " + categories)
                        .isLessThanOrEqualTo(0.01);
            }
        }
        assertThat(group.path("verdict").asText()).isEqualTo("FAIL");
    }
}
