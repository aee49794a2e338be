package org.featureparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.featureparity.engine.fixtures.DriftedSuiteTestCase;
import org.featureparity.engine.fixtures.UserActivitySuiteTestCase;
import org.featureparity.testing.RecordingListener;
import org.featureparity.testing.TestDatabase;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

class FeatureParityEngineTests {

    private static final UniqueId ENGINE = UniqueId.forEngine("feature-parity");
    private static final UniqueId USER_ACTIVITY = ENGINE.append("suite", UserActivitySuiteTestCase.class.getName())
            .append("group", "user_activity");

    @TempDir
    static Path reportDirectory;

    @BeforeAll
    static void stores() {
        TestDatabase.load("stores/engine_fixture.sql");
    }

    @Nested
    class Discovers {

        @Test
        void theTreeOfAJavaSuiteFromItsClass() {
            TestDescriptor engine = discover(selectClass(UserActivitySuiteTestCase.class));

            assertThat(uniqueIds(engine)).contains(
                    ENGINE.append("suite", UserActivitySuiteTestCase.class.getName()).toString(),
                    USER_ACTIVITY.toString(),
                    USER_ACTIVITY.append("check", "schema").toString(),
                    USER_ACTIVITY.append("check", "schema").append("feature", "events_last_24h").toString(),
                    USER_ACTIVITY.append("check", "coverage").toString(),
                    USER_ACTIVITY.append("check", "values").append("feature", "total_value").toString());
            // suite, 2 groups, 5 checks each, keys + 3 + 1 features under schema, 3 + 1 under values, null-rate, distribution
            assertThat(uniqueIds(engine)).hasSize(1 + 2 + 10 + 2 + 16);
            assertThat(uniqueIds(engine)).contains(USER_ACTIVITY.append("check", "schema").append("keys", "user_id").toString());
        }

        @Test
        void uniqueIdsFromDeclaredNamesOnly() {
            TestDescriptor engine = discover(selectClass(UserActivitySuiteTestCase.class));

            engine.getDescendants().forEach(node -> node.getUniqueId().getSegments().forEach(segment ->
                    assertThat(segment.getValue()).doesNotContainPattern("^\\d+$")));
        }

        @Test
        void suitesInAPackage() {
            assertThat(suiteIds(discover(selectPackage("org.featureparity.engine.fixtures"))))
                    .contains(UserActivitySuiteTestCase.class.getName(), DriftedSuiteTestCase.class.getName());
        }

        @Test
        void classesAndContractFilesInAClasspathRoot() {
            Path root = Path.of("target/test-classes").toAbsolutePath();
            assertThat(suiteIds(discover(selectClasspathRoots(Set.of(root)).toArray(DiscoverySelector[]::new))))
                    .contains(UserActivitySuiteTestCase.class.getName(), "classpath:suites/sessions.parity.yaml",
                            "classpath:broken/malformed.parity.yaml");
        }

        @Test
        void aContractFileFromAClasspathResource() {
            TestDescriptor engine = discover(selectClasspathResource("suites/sessions.parity.yaml"));

            assertThat(uniqueIds(engine)).contains(ENGINE.append("suite", "classpath:suites/sessions.parity.yaml")
                    .append("group", "yaml_sessions").append("check", "values").append("feature", "duration_s").toString());
        }

        @Test
        void aContractFileFromAFileAndFromADirectory() {
            Path file = Path.of("src/test/resources/suites/sessions.parity.yaml");
            assertThat(suiteIds(discover(selectFile(file.toFile())))).containsExactly("file:src/test/resources/suites/sessions.parity.yaml");
            assertThat(suiteIds(discover(selectDirectory("src/test/resources/suites"))))
                    .containsExactly("file:src/test/resources/suites/sessions.parity.yaml");
        }

        @Test
        void justTheCheckAUniqueIdSelects() {
            UniqueId check = USER_ACTIVITY.append("check", "values").append("feature", "total_value");
            TestDescriptor engine = discover(selectUniqueId(check));

            assertThat(engine.getDescendants().stream().filter(d -> d.getType().isTest()).map(d -> d.getUniqueId().toString()))
                    .containsExactly(check.toString());
        }

        @Test
        void tagsForTheGroupAndTheCheckOnEveryNode() {
            TestDescriptor engine = discover(selectClass(UserActivitySuiteTestCase.class));
            TestDescriptor feature = engine.findByUniqueId(USER_ACTIVITY.append("check", "values").append("feature", "total_value")).orElseThrow();

            assertThat(feature.getTags()).extracting(TestTag::getName)
                    .containsExactlyInAnyOrder("group:user_activity", "tier:critical", "check:values");
        }

        @Test
        void nothingFromClassesThatAreNotSuites() {
            assertThat(discover(selectClass(FeatureParityEngineTests.class)).getChildren()).isEmpty();
        }
    }

    @Nested
    class Executes {

        @Test
        void everyCheckOfAgreeingStoresAsPassed() {
            EngineExecutionResults results = execute(selectClass(UserActivitySuiteTestCase.class));

            results.testEvents().assertStatistics(stats -> stats.started(20).succeeded(20).failed(0));
        }

        @Test
        void thePhasesOfEachCheckAsSteps() {
            execute(selectClass(UserActivitySuiteTestCase.class));

            // work a group shares is recorded where it ran and noted as reused (zero length) by later checks
            Map<String, List<String>> steps = RecordingListener.lastRun().stream().filter(e -> e.group().equals("sessions"))
                    .collect(Collectors.toMap(e -> e.check().id() + e.feature().map(f -> "/" + f).orElse("") + (e.uniqueId().contains("[keys:") ? "/keys" : ""),
                            e -> e.steps().stream().map(s -> s.name() + ":" + s.status()).toList()));
            assertThat(steps).containsEntry("schema/keys", List.of("describe old store:PASS", "describe new store:PASS", "schema gate:PASS"))
                    .containsEntry("coverage", List.of("describe old store:PASS", "describe new store:PASS",
                            "scan and compare:PASS", "coverage gate:PASS"))
                    .containsEntry("values/duration_s", List.of("describe old store:PASS", "describe new store:PASS",
                            "scan and compare:PASS", "values gate:PASS"));
        }

        @Test
        void onlyTheChecksATagFilterSelects() {
            EngineExecutionResults results = kit(selectClass(UserActivitySuiteTestCase.class))
                    .filters(TagFilter.includeTags("group:sessions & check:values"))
                    .execute();

            assertThat(results.testEvents().started().stream().map(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getValue()))
                    .containsExactly("duration_s");
        }

        @Test
        void aContractFileAgainstTheConfiguredStores() {
            execute(selectClasspathResource("suites/sessions.parity.yaml"))
                    .testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
        }

        @Test
        void driftBeyondTheGateAsFailedAndNothingToCompareAsErrored() {
            EngineExecutionResults results = execute(selectClass(DriftedSuiteTestCase.class));

            results.testEvents().assertThatEvents().haveExactly(1, event(node("[feature:total_value]"),
                    finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.contains("agreement 0.900000 below threshold 0.995")))));
            results.testEvents().assertThatEvents().haveExactly(1, event(node("[group:empty]/[check:coverage]"),
                    finishedWithFailure(instanceOf(CheckCouldNotRunException.class), message(m -> m.contains("both stores returned zero rows")))));
            results.testEvents().assertThatEvents().haveExactly(1, event(node("[group:empty]/[check:values]/[feature:score]"),
                    finishedWithFailure(instanceOf(CheckCouldNotRunException.class), message(m -> m.contains("no rows compared")))));
        }

        @Test
        void checksAsErroredWhenNoStoreIsConfigured() {
            EngineExecutionResults results = EngineTestKit.engine("feature-parity")
                    .selectors(selectClasspathResource("suites/sessions.parity.yaml"))
                    .configurationParameter("parity.report.dir", reportDirectory.toString())
                    .execute();

            results.testEvents().assertStatistics(stats -> stats.started(6).failed(6));
            results.testEvents().assertThatEvents().allMatch(e -> !e.getPayload(org.junit.platform.engine.TestExecutionResult.class).isPresent()
                    || e.getPayload(org.junit.platform.engine.TestExecutionResult.class).get().getThrowable()
                    .map(t -> t.getMessage().contains("no old store declared: set parity.store.old.url")).orElse(true));
        }
    }

    @Nested
    class Rejects {

        @Test
        void aMalformedContractFileAsAFailedNodeWhileOtherSuitesRun() {
            EngineExecutionResults results = execute(selectClasspathResource("broken/malformed.parity.yaml"),
                    selectClasspathResource("suites/sessions.parity.yaml"));

            results.testEvents().assertThatEvents().haveExactly(1, event(node("[check:contract]"),
                    finishedWithFailure(message(m -> m.contains("classpath:broken/malformed.parity.yaml:6")
                            && m.contains("features[0].type") && m.contains("int65")))));
            results.testEvents().assertStatistics(stats -> stats.started(7).succeeded(6).failed(1));
        }

        @Test
        void anInvalidJavaContractAsAFailedNodeWhileTheSuitesOtherGroupsRun() {
            EngineExecutionResults results = execute(selectClass(DriftedSuiteTestCase.class));

            results.testEvents().assertThatEvents().haveExactly(1, event(node("[group:invalid]/[check:contract]"),
                    finishedWithFailure(message(m -> m.contains("group") && m.contains("Invalid Name")))));
            assertThat(results.testEvents().started().stream().map(Event::getTestDescriptor)
                    .map(d -> d.getUniqueId().toString()).collect(Collectors.toList()))
                    .anyMatch(id -> id.contains("[group:drifted]"));
        }
    }

    /** A finished test whose UniqueId contains the fragment (segments as written, e.g. {@code [check:coverage]}). */
    private static Condition<Event> node(String idFragment) {
        return new Condition<>(e -> e.getTestDescriptor().isTest()
                && e.getTestDescriptor().getUniqueId().toString().contains(idFragment), "test with id containing " + idFragment);
    }

    private static TestDescriptor discover(DiscoverySelector... selectors) {
        return kit(selectors).discover().getEngineDescriptor();
    }

    private static EngineExecutionResults execute(DiscoverySelector... selectors) {
        return kit(selectors).execute();
    }

    private static EngineTestKit.Builder kit(DiscoverySelector... selectors) {
        return EngineTestKit.engine("feature-parity")
                .selectors(selectors)
                .configurationParameter("parity.store.old.url", TestDatabase.url())
                .configurationParameter("parity.store.new.url", TestDatabase.url())
                .configurationParameter("parity.report.dir", reportDirectory.toString());
    }

    private static List<String> uniqueIds(TestDescriptor engine) {
        return engine.getDescendants().stream().map(d -> d.getUniqueId().toString()).toList();
    }

    private static List<String> suiteIds(TestDescriptor engine) {
        return engine.getChildren().stream().map(d -> d.getUniqueId().getLastSegment().getValue()).toList();
    }
}
