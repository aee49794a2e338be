package org.featureparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.assertj.core.api.Condition;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/** The null-rate and distribution checks, sampling and fail_fast as the engine runs them from contract files. */
class ProfileChecksEngineTests {

    private static final String PLANTED = "stats/planted_nulls.parity.yaml";
    private static final UniqueId GROUP = UniqueId.forEngine("feature-parity").append("suite", "classpath:" + PLANTED)
            .append("group", "planted_nulls");

    @TempDir
    static Path reportDirectory;

    @BeforeAll
    static void stores() {
        TestDatabase.load("stores/stats_fixture.sql");
    }

    @Nested
    class Discovers {

        @Test
        void aNullRateAndADistributionCheckPerFeatureTaggedWithTheirKind() {
            TestDescriptor engine = kit(PLANTED).discover().getEngineDescriptor();

            for (String kind : new String[] {"null-rate", "distribution"}) {
                TestDescriptor check = engine.findByUniqueId(GROUP.append("check", kind)).orElseThrow();
                assertThat(check.getChildren()).extracting(d -> d.getUniqueId().getLastSegment().getValue())
                        .containsExactly("score", "visits", "tier");
                TestDescriptor visits = engine.findByUniqueId(GROUP.append("check", kind).append("feature", "visits")).orElseThrow();
                assertThat(visits.getTags()).extracting(TestTag::getName)
                        .containsExactlyInAnyOrder("group:planted_nulls", "check:" + kind);
            }
        }
    }

    @Nested
    class Executes {

        @Test
        void onlyTheNullRateChecksATagSelectsAndFailsThePlantedNulls() {
            EngineExecutionResults results = kit(PLANTED).filters(TagFilter.includeTags("check:null-rate")).execute();

            assertThat(results.testEvents().started().stream().map(e -> e.getTestDescriptor().getUniqueId().toString()))
                    .hasSize(3).allMatch(id -> id.contains("[check:null-rate]"));
            results.testEvents().assertThatEvents().haveExactly(1, event(leaf("[check:null-rate]/[feature:visits]"),
                    finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.contains("delta 0.050000 above max_null_rate_delta 0.01")))));
            results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(1));
        }

        @Test
        void theDistributionChecksByTagPassWhereOnlyNullsChanged() {
            // the planted NULLs drop non-NULL visits evenly: the distribution of what remains holds
            EngineExecutionResults results = kit(PLANTED).filters(TagFilter.includeTags("check:distribution")).execute();

            assertThat(results.testEvents().started().stream().map(e -> e.getTestDescriptor().getUniqueId().toString()))
                    .hasSize(3).allMatch(id -> id.contains("[check:distribution]"));
            results.testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));
        }

        @Test
        void everyCheckOfIdenticalStoresPasses() {
            kit("stats/identical.parity.yaml").execute().testEvents()
                    .assertStatistics(stats -> stats.started(14).succeeded(14).failed(0));
        }

        @Test
        void aRunLevelSampleHoldsTheLowerBoundAgainstTheGate() {
            // identical stores, but 10% of 5,000 entities cannot show agreement >= 0.995 at 95% confidence
            EngineExecutionResults results = kit("stats/identical.parity.yaml")
                    .configurationParameter("parity.sample.fraction", "0.1")
                    .configurationParameter("parity.sample.seed", "11")
                    .filters(TagFilter.includeTags("check:values")).execute();

            results.testEvents().assertThatEvents().haveExactly(3, event(leaf("[check:values]"),
                    finishedWithFailure(instanceOf(AssertionFailedError.class),
                            message(m -> m.contains("sampled (fraction 0.1, seed 11)") && m.contains("lower bound below threshold 0.995")))));
        }

        @Test
        void aFailFastContractStopsEarlyAndFailsEveryComparedCheck() {
            EngineExecutionResults results = kit("stats/fail_fast.parity.yaml")
                    .filters(TagFilter.includeTags("check:values | check:coverage")).execute();

            results.testEvents().assertThatEvents().haveExactly(3, event(leaf("[group:fail_fast]"),
                    finishedWithFailure(instanceOf(AssertionFailedError.class),
                            message(m -> m.startsWith("the comparison stopped early (fail_fast.max_mismatches=5 reached)")))));
        }

        @Test
        void aRunLevelTimeBudgetAppliesWhereTheContractSetsNone() {
            EngineExecutionResults results = kit("stats/identical.parity.yaml")
                    .configurationParameter("parity.fail-fast.time-budget", "PT0.000001S")
                    .filters(TagFilter.includeTags("check:coverage")).execute();

            results.testEvents().assertThatEvents().haveExactly(1, event(leaf("[check:coverage]"),
                    finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.contains("time_budget=PT0.000001S spent")))));
        }

        @Test
        void withoutOverridesTheSameContractPassesItsValues() {
            kit("stats/identical.parity.yaml").filters(TagFilter.includeTags("check:values")).execute().testEvents()
                    .assertThatEvents().haveExactly(3, event(leaf("[check:values]"), finishedSuccessfully()));
        }
    }

    private static EngineTestKit.Builder kit(String resource) {
        return EngineTestKit.engine("feature-parity")
                .selectors(selectClasspathResource(resource))
                .configurationParameter("parity.store.old.url", TestDatabase.url())
                .configurationParameter("parity.store.new.url", TestDatabase.url())
                .configurationParameter("parity.report.dir", reportDirectory.toString());
    }

    private static Condition<Event> leaf(String idFragment) {
        return new Condition<>(e -> e.getTestDescriptor().isTest()
                && e.getTestDescriptor().getUniqueId().toString().contains(idFragment), "test with id containing " + idFragment);
    }
}
