package org.featureparity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.Map;
import org.featureparity.postgres.fixtures.PushdownShopSuiteTestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Null rates and distributions when the pushdown strategy compares: it never fetches the agreeing rows, so the
 * profiles come from a scan of each side and cover every row, not only the differing buckets.
 */
class PushdownProfilesTests {

    @TempDir
    Path reportDirectory;

    @Test
    void nullRatesCoverEveryRowThoughThePushdownFetchedOneBucket() {
        EngineExecutionResults results = EngineTestKit.engine("feature-parity")
                .selectors(selectClass(PushdownShopSuiteTestCase.class))
                .configurationParameter("parity.compare.strategy", "pushdown")
                .configurationParameter("parity.report.dir", reportDirectory.toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.failed(0));
        Map<String, String> values = RecordingRunListener.checks().get("values/spend").parameters();
        assertThat(values).containsEntry("strategy", "pushdown");
        assertThat(Long.parseLong(values.get("rows fetched old"))).isPositive().isLessThan(2000);
        Map<String, String> nullRate = RecordingRunListener.checks().get("null-rate/orders").parameters();
        assertThat(nullRate).containsEntry("nulls old", "200").containsEntry("nulls new", "200")
                .containsEntry("null rate old", "0.1");
        assertThat(RecordingRunListener.checks().get("distribution/spend").status().name()).isEqualTo("PASS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"parity.compare.pushdown.row-hashes", "parity.compare.pushdown.streamed-row-hashes"})
    void aRowHashLimitThatIsNoCountIsAnErrorNamingTheKey(String key) {
        EngineExecutionResults results = EngineTestKit.engine("feature-parity")
                .selectors(selectClass(PushdownShopSuiteTestCase.class))
                .configurationParameter(key, "lots")
                .configurationParameter("parity.report.dir", reportDirectory.toString())
                .execute();

        assertThat(results.allEvents().succeeded().count()).isPositive();
        assertThat(RecordingRunListener.checks()).allSatisfy((name, check) -> assertThat(check.status().name()).isNotEqualTo("PASS"));
        assertThat(results.allEvents().failed().stream().map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse("")))
                .anyMatch(m -> m.contains(key + " must be a count of rows, 0 or more, was 'lots'"));
    }
}
