package org.featureparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Path;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.testing.RecordingListener;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code [check:window-bounds]} and {@code [check:leakage]}: for groups with a window and pipelines only. */
class TemporalNodesTests {

    private static final String CONTRACT = "pipelines/user_activity_pipelines.parity.yaml";
    private static final UniqueId GROUP = UniqueId.forEngine("feature-parity").append("suite", "classpath:" + CONTRACT)
            .append("group", "user_activity");

    @TempDir
    static Path reportDirectory;

    @Test
    void aGroupWithAWindowAndPipelinesGetsBothTemporalChecks() {
        TestDescriptor engine = kit(selectClasspathResource(CONTRACT)).discover().getEngineDescriptor();

        TestDescriptor bounds = engine.findByUniqueId(GROUP.append("check", "window-bounds")).orElseThrow();
        TestDescriptor leakage = engine.findByUniqueId(GROUP.append("check", "leakage")).orElseThrow();
        assertThat(bounds.isTest()).isTrue();
        assertThat(bounds.getTags()).extracting(TestTag::getName).containsExactlyInAnyOrder("group:user_activity",
                "check:window-bounds");
        assertThat(leakage.getTags()).extracting(TestTag::getName).contains("check:leakage");
    }

    @Test
    void aGroupWithAWindowButNoPipelinesOrNoWindowGetsNone() throws java.io.IOException {
        String contract = new String(getClass().getClassLoader().getResourceAsStream(CONTRACT).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path windowOnlyFile = java.nio.file.Files.writeString(reportDirectory.resolve("window_only.parity.yaml"),
                contract.substring(0, contract.indexOf("pipelines:")));
        TestDescriptor windowOnly = kit(org.junit.platform.engine.discovery.DiscoverySelectors.selectFile(
                windowOnlyFile.toFile())).discover().getEngineDescriptor();
        TestDescriptor neither = kit(selectClasspathResource("suites/sessions.parity.yaml")).discover()
                .getEngineDescriptor();

        assertThat(windowOnly.getDescendants()).extracting(d -> d.getUniqueId().getLastSegment().getValue())
                .contains("values").doesNotContain("window-bounds", "leakage");
        assertThat(neither.getDescendants()).extracting(d -> d.getUniqueId().getLastSegment().getValue())
                .contains("values").doesNotContain("window-bounds", "leakage");
    }

    @Test
    void bothTemporalChecksRunOnTheGroupsOwnPipelines() {
        UniqueId bounds = GROUP.append("check", "window-bounds");
        UniqueId leakage = GROUP.append("check", "leakage");
        EngineExecutionResults results = kit(selectUniqueId(bounds), selectUniqueId(leakage)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(RecordingListener.latest(bounds.toString()).orElseThrow().parameters())
                .containsEntry("declared bounds", "closed-open")
                .containsEntry("old implements", "closed-open")
                .containsEntry("new implements", "closed-open");
        assertThat(RecordingListener.latest(leakage.toString()).orElseThrow().status()).isEqualTo(CheckStatus.PASS);
    }

    private static EngineTestKit.Builder kit(DiscoverySelector... selectors) {
        return EngineTestKit.engine("feature-parity").selectors(selectors)
                .configurationParameter("parity.store.old.url", TestDatabase.url())
                .configurationParameter("parity.store.new.url", TestDatabase.url())
                .configurationParameter("parity.report.dir", reportDirectory.toString());
    }
}
