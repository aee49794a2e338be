package org.featureparity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.featureparity.postgres.fixtures.FirstShopSuiteTestCase;
import org.featureparity.postgres.fixtures.SecondShopSuiteTestCase;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Stores a runtime starts are shared by every suite of the run that declares them alike. */
class StoreReuseTests {

    @Test
    void twoSuitesWithFourGroupsDeclaringTheSameStoresStartTwo() {
        EngineExecutionResults results = EngineTestKit.engine("feature-parity")
                .selectors(selectClass(FirstShopSuiteTestCase.class), selectClass(SecondShopSuiteTestCase.class))
                .execute();

        // each of the four groups: schema of its keys and feature, coverage, values, null-rate, distribution
        results.testEvents().assertStatistics(stats -> stats.started(24).succeeded(24));
        assertThat(RecordingRunListener.lastRun().orElseThrow().environment())
                .containsEntry("stores.provided", "2")
                .containsEntry("store.old.runtime", "embedded")
                .containsEntry("store.new.runtime", "embedded");
    }
}
