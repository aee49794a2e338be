package org.featureparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.featureparity.engine.fixtures.CyclicGroupsTestCase;
import org.featureparity.engine.fixtures.DependentGroupsTestCase;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class DependencyOrderTests {

    @BeforeAll
    static void stores() {
        TestDatabase.load("stores/engine_fixture.sql");
    }

    @Test
    void runsUpstreamGroupsFirstWhateverTheDeclarationOrder() {
        TestDescriptor suite = kit(DependentGroupsTestCase.class).discover().getEngineDescriptor().getChildren().iterator().next();

        assertThat(suite.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly("raw", "base", "features");
    }

    @Test
    void skipsDownstreamGroupsOfAFailedGroupNamingTheUpstream() {
        EngineExecutionResults results = kit(DependentGroupsTestCase.class).execute();

        Map<String, String> skipped = results.containerEvents().skipped().stream().collect(Collectors.toMap(
                e -> e.getTestDescriptor().getDisplayName(), e -> e.getRequiredPayload(String.class)));
        assertThat(skipped).containsEntry("base", "upstream group 'raw' is FAIL")
                .containsEntry("features", "upstream group 'base' is SKIPPED");
        assertThat(results.testEvents().failed().stream().map(this::group)).containsOnly("raw");
    }

    @Test
    void runsThemAnywayWhenDependenciesAreIgnored() {
        EngineExecutionResults results = kit(DependentGroupsTestCase.class)
                .configurationParameter("parity.dependencies", "ignore").execute();

        assertThat(results.containerEvents().skipped().count()).isZero();
        assertThat(results.testEvents().succeeded().stream().map(this::group)).contains("base", "features");
    }

    @Test
    void reportsACycleAndAnUnknownUpstreamAsInvalidContracts() {
        EngineExecutionResults results = kit(CyclicGroupsTestCase.class).execute();

        Map<String, String> failures = results.testEvents().failed().stream().collect(Collectors.toMap(this::group,
                e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage()));
        assertThat(failures).containsOnlyKeys("chicken", "egg", "orphan");
        assertThat(failures.get("chicken")).contains("depends_on: cycle chicken -> egg -> chicken");
        assertThat(failures.get("egg")).contains("depends_on: cycle");
        assertThat(failures.get("orphan")).contains("depends_on: no selected suite declares group 'nowhere'");
        assertThat(results.testEvents().succeeded().stream().map(this::group).distinct().toList()).isEqualTo(List.of("innocent"));
    }

    private String group(Event event) {
        return event.getTestDescriptor().getUniqueId().getSegments().stream()
                .filter(s -> s.getType().equals("group")).findFirst().orElseThrow().getValue();
    }

    private static EngineTestKit.Builder kit(Class<?> suite) {
        return EngineTestKit.engine("feature-parity").selectors(selectClass(suite))
                .configurationParameter("parity.store.old.url", TestDatabase.url())
                .configurationParameter("parity.store.new.url", TestDatabase.url());
    }
}
