package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckKind;
import org.featureparity.evidence.CheckStatus;
import org.junit.jupiter.api.Test;

class SummaryPageTests {

    private static String page() {
        return SummaryPage.render(VerdictDocument.of(EvidenceFixtures.run(Path.of("target/parity")),
                EvidenceFixtures.STARTED.plusSeconds(60), List.of(EvidenceFixtures.schemaPass(),
                        EvidenceFixtures.valuesPass(), EvidenceFixtures.valuesFail(), EvidenceFixtures.coverageError())));
    }

    @Test
    void theRunVerdictAndEachGroupsVerdict() {
        assertThat(page()).contains("<h1>Migration verdict: <span class=\"ERROR\">ERROR</span></h1>",
                "<h2>user_activity: <span class=\"FAIL\">FAIL</span></h2>",
                "<h2>sessions: <span class=\"ERROR\">ERROR</span></h2>", "owner growth-data");
    }

    @Test
    void perFeatureAgreementAgainstItsThresholdWithCategories() {
        String page = page();

        assertThat(page).contains("<td>last_event_time</td><td><span class=\"FAIL\">FAIL</span></td>"
                + "<td class=\"num below\">0.970000</td><td class=\"num\">0.995000</td>");
        assertThat(page).contains("<td class=\"num\">0.999000</td>", "null-handling 10, timezone-shift 20");
    }

    @Test
    void theMeasureOfNullRateAndDistributionChecksHighlightedWhenItFailed() {
        CheckEvidence nullRate = EvidenceFixtures.evidence(EvidenceFixtures.USER_ACTIVITY, CheckKind.NULL_RATE,
                "total_value", CheckStatus.PASS, "delta within the gate").threshold(0.01)
                .parameters(Map.of("null rate delta", "0.002")).build();
        CheckEvidence distribution = EvidenceFixtures.evidence(EvidenceFixtures.USER_ACTIVITY, CheckKind.DISTRIBUTION,
                "total_value", CheckStatus.FAIL, "PSI above the gate").threshold(0.1)
                .parameters(Map.of("psi", "0.3", "ks", "0.2")).build();

        String page = SummaryPage.render(VerdictDocument.of(EvidenceFixtures.run(Path.of("target/parity")),
                EvidenceFixtures.STARTED.plusSeconds(60), List.of(nullRate, distribution)));

        assertThat(page).contains("<td class=\"num\">Δ 0.002000</td>",
                "<td class=\"num below\">PSI 0.300000, KS 0.200000</td>");
    }

    @Test
    void selfContainedSoItOpensFromAFile() {
        assertThat(page()).startsWith("<!DOCTYPE html>")
                .doesNotContain("<script", "<link", "src=", "http://", "https://");
    }
}
