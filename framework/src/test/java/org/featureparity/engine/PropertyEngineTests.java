package org.featureparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Condition;
import org.featureparity.engine.fixtures.PropertySuiteTestCase;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckKind;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.testing.RecordingListener;
import org.featureparity.testing.TestDatabase;
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

class PropertyEngineTests {

    private static final UniqueId ENGINE = UniqueId.forEngine("feature-parity");
    private static final UniqueId JAVA_GROUP = ENGINE.append("suite", PropertySuiteTestCase.class.getName())
            .append("group", "user_activity");
    private static final String CONTRACT = "pipelines/user_activity_pipelines.parity.yaml";
    private static final UniqueId YAML_GROUP = ENGINE.append("suite", "classpath:" + CONTRACT)
            .append("group", "user_activity");

    @TempDir
    static Path reportDirectory;

    @Nested
    class Discovers {

        @Test
        void anEquivalencePropertyForAContractWithPipelines() {
            TestDescriptor engine = discover(selectClasspathResource(CONTRACT));

            TestDescriptor property = engine.findByUniqueId(YAML_GROUP.append("property", "equivalence")).orElseThrow();
            assertThat(property.isTest()).isTrue();
            assertThat(property.getTags()).extracting(TestTag::getName)
                    .containsExactlyInAnyOrder("group:user_activity", "check:property");
            assertThat(property.getSource()).isPresent();
        }

        @Test
        void theEquivalencePropertyAndThePropertyMethodsOfAJavaSuite() {
            TestDescriptor engine = discover(selectClass(PropertySuiteTestCase.class));

            assertThat(engine.getDescendants()).filteredOn(d -> d.getUniqueId().getLastSegment().getType().equals("property"))
                    .extracting(d -> d.getUniqueId().toString())
                    .containsExactlyInAnyOrder(
                            JAVA_GROUP.append("property", "equivalence").toString(),
                            JAVA_GROUP.append("property", "sumStaysBelowAThousand").toString(),
                            JAVA_GROUP.append("property", "every_entity_has_a_row").toString(),
                            ENGINE.append("suite", PropertySuiteTestCase.class.getName()).append("group", "sessions")
                                    .append("property", "needsAWindow").toString(),
                            ENGINE.append("suite", PropertySuiteTestCase.class.getName()).append("group", "sessions")
                                    .append("property", "takesAnUnknownParameter").toString());
            assertThat(engine.findByUniqueId(JAVA_GROUP.append("property", "equivalence")).orElseThrow().getTags())
                    .extracting(TestTag::getName).containsExactlyInAnyOrder("group:user_activity", "tier:critical",
                            "check:property");
        }

        @Test
        void justThePropertyAUniqueIdSelects() {
            UniqueId property = JAVA_GROUP.append("property", "sumStaysBelowAThousand");
            TestDescriptor engine = discover(selectUniqueId(property));

            assertThat(engine.getDescendants().stream().filter(TestDescriptor::isTest).map(d -> d.getUniqueId().toString()))
                    .containsExactly(property.toString());
        }
    }

    @Nested
    class Executes {

        @Test
        void theEquivalenceOfAContractsPipelinesAsPassedWithItsSeedAndMix() {
            EngineExecutionResults results = kit(selectClasspathResource(CONTRACT))
                    .filters(TagFilter.includeTags("check:property"))
                    .configurationParameter("parity.tries", "40")
                    .execute();

            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
            CheckEvidence evidence = evidence(YAML_GROUP.append("property", "equivalence"));
            assertThat(evidence.check()).isEqualTo(CheckKind.PROPERTY);
            assertThat(evidence.parameters()).containsEntry("seed", "2026").containsEntry("tries", "40")
                    .containsKey("edge cases");
            assertThat(evidence.parameters().get("edge cases")).contains("event_at_window_start=");
            assertThat(attachment(evidence, "property run").content()).contains("\"status\": \"PASSED\"");
        }

        @Test
        void aPlantedWindowBugAsFailedWithTheShrunkHistoryAndItsEvidence() {
            UniqueId property = JAVA_GROUP.append("property", "equivalence");
            EngineExecutionResults results = kit(selectUniqueId(property)).execute();

            results.testEvents().assertThatEvents().haveExactly(1, event(node(property), finishedWithFailure(
                    instanceOf(AssertionFailedError.class), message(m -> m.contains("replay with parity.seed=2026")
                            && m.contains("minimal history") && m.contains("events_last_24h")))));
            CheckEvidence evidence = evidence(property);
            assertThat(evidence.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(Integer.parseInt(evidence.parameters().get("events in counterexample"))).isBetween(1, 2);
            assertThat(evidence.parameters()).containsKeys("shrink steps", "events before shrinking", "edge cases");
            assertThat(attachment(evidence, "counterexample").content()).contains("\"counterexample\"", "\"oldOutput\"");
            assertThat(attachment(evidence, "counterexample (table)").content())
                    .contains("<table>", "exactly at the window start", "Old pipeline output", "New pipeline output");
            assertThat(attachment(evidence, "load the counterexample (new pipeline)").content())
                    .contains("INSERT INTO events.user_events");
        }

        @Test
        void theSameCounterexampleWhenTheSeedIsReplayed() {
            UniqueId property = JAVA_GROUP.append("property", "equivalence");
            kit(selectUniqueId(property)).execute();
            String first = evidence(property).message();
            kit(selectUniqueId(property)).execute();

            assertThat(evidence(property).message()).isEqualTo(first);
        }

        @Test
        void aPropertyMethodShrunkToItsSimplestFailingArguments() {
            UniqueId property = JAVA_GROUP.append("property", "sumStaysBelowAThousand");
            EngineExecutionResults results = kit(selectUniqueId(property)).execute();

            results.testEvents().assertThatEvents().haveExactly(1, event(node(property), finishedWithFailure(
                    instanceOf(AssertionFailedError.class), message(m -> m.contains("= 1000\n") && m.contains("= 0\n")))));
            assertThat(attachment(evidence(property), "counterexample").content()).contains("\"arguments\": [\"1000\", \"0\"]");
        }

        @Test
        void aPropertyMethodOverHistoriesAndTheGroupsPipelines() {
            UniqueId property = JAVA_GROUP.append("property", "every_entity_has_a_row");
            EngineExecutionResults results = kit(selectUniqueId(property)).execute();

            results.testEvents().assertThatEvents().haveExactly(1, event(node(property), finishedSuccessfully()));
            assertThat(evidence(property).parameters()).containsEntry("tries", "20");
        }

        @Test
        void onlyThePropertiesATagFilterSelects() {
            EngineExecutionResults results = kit(selectClass(PropertySuiteTestCase.class))
                    .filters(TagFilter.includeTags("group:sessions & check:property"))
                    .execute();

            assertThat(results.testEvents().started().stream().map(e -> e.getTestDescriptor().getUniqueId().getLastSegment()
                    .getValue())).containsExactlyInAnyOrder("needsAWindow", "takesAnUnknownParameter");
        }
    }

    @Nested
    class Rejects {

        @Test
        void aPropertyThatCannotRunAsErrorsNamingWhy() {
            EngineExecutionResults results = kit(selectClass(PropertySuiteTestCase.class))
                    .filters(TagFilter.includeTags("group:sessions & check:property"))
                    .execute();

            results.testEvents().assertThatEvents()
                    .haveExactly(1, event(node("needsAWindow"), finishedWithFailure(
                            instanceOf(CheckCouldNotRunException.class), message(m -> m.contains("declares no window")))))
                    .haveExactly(1, event(node("takesAnUnknownParameter"), finishedWithFailure(
                            instanceOf(CheckCouldNotRunException.class),
                            message(m -> m.contains("PropertySuiteTestCase#takesAnUnknownParameter")
                                    && m.contains("type String")))));
        }

        @Test
        void aPropertyOutOfTimeAsAnError() {
            EngineExecutionResults results = kit(selectClasspathResource(CONTRACT))
                    .filters(TagFilter.includeTags("check:property"))
                    .configurationParameter("parity.timeout.check", "PT0S")
                    .execute();

            results.testEvents().assertThatEvents().haveExactly(1, event(node("equivalence"), finishedWithFailure(
                    instanceOf(CheckCouldNotRunException.class),
                    message(m -> m.contains("ran out of time (parity.timeout.check=PT0S)")))));
        }

        @Test
        void pipelinesThatCannotBeOpenedAsAnError() {
            EngineExecutionResults results = kit(selectClasspathResource("pipelines/broken_pipelines.parity.yaml"))
                    .filters(TagFilter.includeTags("check:property"))
                    .execute();

            results.testEvents().assertThatEvents().haveExactly(1, event(node("equivalence"), finishedWithFailure(
                    instanceOf(CheckCouldNotRunException.class),
                    message(m -> m.contains("could not be opened") && m.contains("pipelines/missing.sql")))));
        }
    }

    private static CheckEvidence evidence(UniqueId node) {
        return RecordingListener.latest(node.toString()).orElseThrow();
    }

    private static EvidenceAttachment attachment(CheckEvidence evidence, String name) {
        List<EvidenceAttachment> named = evidence.attachments().stream().filter(a -> a.name().equals(name)).toList();
        assertThat(named).as("attachment " + name + " of " + evidence.attachments()).hasSize(1);
        return named.get(0);
    }

    private static Condition<Event> node(UniqueId id) {
        return new Condition<>(e -> e.getTestDescriptor().getUniqueId().equals(id), "node " + id);
    }

    private static Condition<Event> node(String lastSegment) {
        return new Condition<>(e -> e.getTestDescriptor().isTest()
                && e.getTestDescriptor().getUniqueId().getLastSegment().getValue().equals(lastSegment), "node " + lastSegment);
    }

    private static TestDescriptor discover(DiscoverySelector... selectors) {
        return kit(selectors).discover().getEngineDescriptor();
    }

    private static EngineTestKit.Builder kit(DiscoverySelector... selectors) {
        return EngineTestKit.engine("feature-parity")
                .selectors(selectors)
                .configurationParameter("parity.store.old.url", TestDatabase.url())
                .configurationParameter("parity.store.new.url", TestDatabase.url())
                .configurationParameter("parity.seed", "2026")
                .configurationParameter("parity.report.dir", reportDirectory.toString());
    }
}
