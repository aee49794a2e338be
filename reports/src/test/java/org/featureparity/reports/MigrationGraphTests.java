package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckKind;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.GroupInfo;
import org.junit.jupiter.api.Test;

class MigrationGraphTests {

    @Test
    void ordersUpstreamFirstThenTheSmallestBlastRadius() {
        List<CheckEvidence> checks = new ArrayList<>();
        checks.add(check(group("payments", "critical", List.of("fraud_v7", "churn_v2"), List.of()), CheckStatus.PASS));
        checks.add(check(group("sessions", "low", List.of("churn_v2"), List.of()), CheckStatus.PASS));
        checks.add(check(group("user_activity", "standard", List.of(), List.of("sessions")), CheckStatus.FAIL));
        checks.add(check(group("profiles", null, List.of(), List.of()), CheckStatus.PASS));

        MigrationGraph graph = MigrationGraph.of(checks);

        assertThat(graph.migrationOrder()).containsExactly("profiles", "sessions", "user_activity", "payments");
        assertThat(graph.edges()).containsExactly(Map.entry("sessions", "user_activity"));
        assertThat(graph.depths()).containsEntry("user_activity", 1).containsEntry("sessions", 0);
    }

    @Test
    void drawsEveryGroupAndEdgeInTheSvg() {
        MigrationGraph graph = MigrationGraph.of(List.of(
                check(group("raw", "high", List.of("m1"), List.of()), CheckStatus.FAIL),
                check(group("base", null, List.of(), List.of("raw")), CheckStatus.SKIPPED)));

        String svg = DependencyGraphSvg.render(graph);

        assertThat(svg).startsWith("<svg").contains("raw · FAIL").contains("base · SKIPPED").contains("tier high, 1 consumer")
                .contains("marker-end=\"url(#arrow)\"");
        assertThat(graph.json().path("migration_order").toString()).isEqualTo("[\"raw\",\"base\"]");
    }

    private static GroupInfo group(String name, String tier, List<String> consumers, List<String> dependsOn) {
        return new GroupInfo(name, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                "test", dependsOn, consumers, Optional.ofNullable(tier));
    }

    private static CheckEvidence check(GroupInfo group, CheckStatus status) {
        return new CheckEvidence("[engine:feature-parity]/[group:" + group.name() + "]", "m", "suite", group,
                CheckKind.COVERAGE, Optional.empty(), status, "", Counts.NONE, OptionalDouble.empty(), OptionalDouble.empty(),
                Map.of(), List.of(), Map.of(), List.of(), List.of(), Instant.EPOCH, Instant.EPOCH, Optional.empty());
    }
}
