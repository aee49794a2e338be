package org.featureparity.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.SourceRef;
import org.featureparity.runtime.ProvisionedStore;
import org.featureparity.runtime.StoreDeclaration;
import org.featureparity.runtime.StoreSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The Testcontainers runtime on machines with and without a Docker engine. Where none answers (as on the project's
 * build machines) the tests that need one are skipped, and the others show the fallback and the error.
 */
class TestcontainersRuntimeTests {

    private static Optional<String> dockerUnavailable;

    @BeforeAll
    static void probeOnce() {
        dockerUnavailable = DockerProbe.unavailability(DockerProbe.DEFAULT_LIMIT);
    }

    static boolean dockerAnswers() {
        return DockerProbe.unavailability(DockerProbe.DEFAULT_LIMIT).isEmpty();
    }

    @Test
    void findsOutWhetherDockerAnswersWithinThreeSeconds() {
        // a bound on start-up overhead, not a speed target: without it a dead socket would stall every run
        Optional<String> answer = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> new TestcontainersRuntime().unavailableBecause());

        assertThat(answer.isEmpty()).isEqualTo(dockerUnavailable.isEmpty());
        answer.ifPresent(reason -> assertThat(reason).contains("Docker engine"));
    }

    @Test
    void autoFallsBackToTheEmbeddedRuntimeWithoutDocker() {
        assumeTrue(dockerUnavailable.isPresent(), "a Docker engine answers here: auto would use it");

        EngineExecutionResults results = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> kit().configurationParameter("parity.runtime", "auto").execute());

        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
    }

    @Test
    void anExplicitTestcontainersRuntimeWithoutDockerErrorsEveryCheckWithTheReason() {
        assumeTrue(dockerUnavailable.isPresent(), "a Docker engine answers here");

        EngineExecutionResults results = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> kit().configurationParameter("parity.runtime", "testcontainers").execute());

        results.testEvents().assertStatistics(stats -> stats.started(6).failed(6));
        assertThat(results.testEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage()))
                .allSatisfy(message -> assertThat(message)
                        .contains("store runtime 'testcontainers' cannot provide the old store: no Docker engine"));
    }

    @Test
    @EnabledIf("dockerAnswers")
    void startsAContainerSetUpFromItsInitScripts() {
        StoreSettings settings = new StoreSettings("old", key -> Optional.empty(), Duration.ofMinutes(1),
                TestcontainersRuntimeTests.class.getClassLoader());
        try (ProvisionedStore store = new TestcontainersRuntime().provision(
                new StoreDeclaration("old", Optional.of("testcontainers"), List.of("tc/schema.sql")), settings)) {
            assertThat(store.store().describe(new SourceRef.Table("shop.features")).columns()).hasSize(2);
            assertThat(store.store().info().redactedUrl()).doesNotContain(store.store().info().role() + ":");
        }
    }

    private static EngineTestKit.Builder kit() {
        return EngineTestKit.engine("feature-parity").selectors(selectClass(ShopSuiteTestCase.class));
    }
}
