package org.featureparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.assertj.core.api.Condition;
import org.featureparity.engine.fixtures.HistorySuiteTestCase;
import org.featureparity.engine.fixtures.UserActivitySuiteTestCase;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
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

class PointInTimeEngineTests {

    private static final UniqueId HISTORY = UniqueId.forEngine("feature-parity")
            .append("suite", HistorySuiteTestCase.class.getName()).append("group", "score_history");

    @TempDir
    static Path reportDirectory;

    @BeforeAll
    static void stores() {
        TestDatabase.load("stores/pit_fixture.sql");
        TestDatabase.load("stores/engine_fixture.sql");
    }

    @Test
    void aGroupWithAsOfAndMaxStalenessHasPointInTimeAndFreshnessChecks() {
        TestDescriptor engine = kit(selectClass(HistorySuiteTestCase.class)).discover().getEngineDescriptor();

        TestDescriptor pointInTime = engine.findByUniqueId(HISTORY.append("check", "point-in-time")).orElseThrow();
        TestDescriptor freshness = engine.findByUniqueId(HISTORY.append("check", "freshness")).orElseThrow();
        assertThat(pointInTime.getType()).isEqualTo(TestDescriptor.Type.TEST);
        assertThat(pointInTime.getTags()).extracting(TestTag::getName)
                .containsExactlyInAnyOrder("group:score_history", "tier:high", "check:point-in-time");
        assertThat(freshness.getTags()).extracting(TestTag::getName)
                .containsExactlyInAnyOrder("group:score_history", "tier:high", "check:freshness");
        // a group with as_of but no max_staleness gets no freshness check; one without as_of neither check
        UniqueId drifted = HISTORY.removeLastSegment().append("group", "drifted_history");
        assertThat(engine.findByUniqueId(drifted.append("check", "point-in-time"))).isPresent();
        assertThat(engine.findByUniqueId(drifted.append("check", "freshness"))).isEmpty();
        TestDescriptor activity = kit(selectClass(UserActivitySuiteTestCase.class)).discover().getEngineDescriptor();
        assertThat(activity.getDescendants()).noneMatch(d -> d.getUniqueId().toString().contains("point-in-time")
                || d.getUniqueId().toString().contains("freshness"));
    }

    @Test
    void theyRunAndPassOnAgreeingHistoriesAndThePointInTimeCheckFailsOnDrift() {
        EngineExecutionResults results = kit(selectClass(HistorySuiteTestCase.class)).execute();

        results.testEvents().assertThatEvents()
                .haveExactly(1, event(node("[group:score_history]/[check:point-in-time]"), finishedSuccessfully()))
                .haveExactly(1, event(node("[group:score_history]/[check:freshness]"), finishedSuccessfully()))
                .haveExactly(1, event(node("[group:drifted_history]/[check:point-in-time]"),
                        finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.contains("point-in-time agreement")))));
    }

    @Test
    void aTagFilterSelectsJustTheFreshnessCheck() {
        EngineExecutionResults results = kit(selectClass(HistorySuiteTestCase.class))
                .filters(TagFilter.includeTags("check:freshness")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void freshnessFailsWhenTheReferenceTimeIsLaterThanTheLimitAllows() {
        EngineExecutionResults results = kit(selectClass(HistorySuiteTestCase.class))
                .configurationParameter("parity.reference-time", "2026-11-12T00:00:00Z")
                .filters(TagFilter.includeTags("check:freshness")).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(node("[check:freshness]"),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.contains("beyond max_staleness PT6H")))));
    }

    @Test
    void aContractFileWithPointInTimePairsFromACsvBesideIt() {
        EngineExecutionResults results = kit(selectClasspathResource("pit/history.parity.yaml")).execute();

        results.testEvents().assertThatEvents()
                .haveExactly(1, event(node("[group:yaml_history]/[check:point-in-time]"), finishedSuccessfully()))
                .haveExactly(1, event(node("[group:yaml_history]/[check:freshness]"), finishedSuccessfully()));
        results.testEvents().assertStatistics(stats -> stats.failed(0));
    }

    @Test
    void aContractFileInADirectoryFindsItsCsvBesideItAndErrsNamingTheFileWhenALineIsBad() throws java.io.IOException {
        Path directory = java.nio.file.Files.createDirectories(reportDirectory.resolve("contracts"));
        String contract = new String(getClass().getClassLoader().getResourceAsStream("pit/history.parity.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("training_keys.csv", "pairs.csv");
        java.nio.file.Files.writeString(directory.resolve("history.parity.yaml"), contract);
        java.nio.file.Files.writeString(directory.resolve("pairs.csv"), "user_id,as_of\n1,2026-11-01T00:00:00Z\n2,2026-11-04\n");

        kit(org.junit.platform.engine.discovery.DiscoverySelectors.selectFile(directory.resolve("history.parity.yaml").toFile()))
                .filters(TagFilter.includeTags("check:point-in-time")).execute()
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));

        java.nio.file.Files.writeString(directory.resolve("pairs.csv"), "user_id,as_of\n1,2026-11-01T00:00:00Z\nx7,2026-11-04\n");
        kit(org.junit.platform.engine.discovery.DiscoverySelectors.selectFile(directory.resolve("history.parity.yaml").toFile()))
                .filters(TagFilter.includeTags("check:point-in-time")).execute()
                .testEvents().assertThatEvents().haveExactly(1, event(node("[check:point-in-time]"),
                        finishedWithFailure(instanceOf(CheckCouldNotRunException.class),
                                message(m -> m.contains("pairs.csv:3") && m.contains("'x7' is not a value of key column 'user_id'")))));
    }

    @Test
    void aBadReferenceTimeErrsNamingTheKey() {
        EngineExecutionResults results = kit(selectClass(HistorySuiteTestCase.class))
                .configurationParameter("parity.reference-time", "yesterday")
                .filters(TagFilter.includeTags("check:freshness")).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(node("[check:freshness]"),
                finishedWithFailure(instanceOf(CheckCouldNotRunException.class), message(m -> m.contains("parity.reference-time")))));
    }

    private static Condition<Event> node(String idFragment) {
        return new Condition<>(e -> e.getTestDescriptor().isTest()
                && e.getTestDescriptor().getUniqueId().toString().contains(idFragment), "test with id containing " + idFragment);
    }

    private static EngineTestKit.Builder kit(DiscoverySelector... selectors) {
        return EngineTestKit.engine("feature-parity")
                .selectors(selectors)
                .configurationParameter("parity.store.old.url", TestDatabase.url())
                .configurationParameter("parity.store.new.url", TestDatabase.url())
                .configurationParameter("parity.report.dir", reportDirectory.toString())
                .configurationParameter("parity.seed", "11")
                .configurationParameter("parity.pit.samples", "120")
                .configurationParameter("parity.reference-time", "2026-11-11T02:00:00Z");
    }
}
