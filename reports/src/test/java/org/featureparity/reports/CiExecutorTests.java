package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CiExecutorTests {

    @Test
    void gitHubActionsFromItsVariables() {
        CiExecutor executor = CiExecutor.from(Map.of("GITHUB_ACTIONS", "true", "GITHUB_RUN_ID", "4711",
                "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/features",
                "GITHUB_WORKFLOW", "migration")).orElseThrow();

        assertThat(executor).isEqualTo(new CiExecutor("GitHub Actions", "github", "https://github.com/acme/features",
                4711, "migration #4711", "https://github.com/acme/features/actions/runs/4711"));
    }

    @Test
    void gitLabCiFromItsVariables() {
        CiExecutor executor = CiExecutor.from(Map.of("GITLAB_CI", "true", "CI_PIPELINE_ID", "12",
                "CI_PIPELINE_URL", "https://gitlab.example/acme/features/-/pipelines/12",
                "CI_JOB_URL", "https://gitlab.example/acme/features/-/jobs/99")).orElseThrow();

        assertThat(executor.type()).isEqualTo("gitlab");
        assertThat(executor.buildOrder()).isEqualTo(12L);
        assertThat(executor.url()).isEqualTo("https://gitlab.example/acme/features/-/pipelines/12");
        assertThat(executor.buildUrl()).isEqualTo("https://gitlab.example/acme/features/-/jobs/99");
        assertThat(executor.json().path("buildName").asText()).isEqualTo("pipeline #12");
    }

    @Test
    void noneOutsideCiOrWithIncompleteVariables() {
        assertThat(CiExecutor.from(Map.of())).isEmpty();
        assertThat(CiExecutor.from(Map.of("GITHUB_ACTIONS", "true", "GITHUB_RUN_ID", "x",
                "GITHUB_REPOSITORY", "acme/features"))).isEmpty();
        assertThat(CiExecutor.from(Map.of("GITLAB_CI", "true", "CI_PIPELINE_ID", "3"))).isEmpty();
    }
}
