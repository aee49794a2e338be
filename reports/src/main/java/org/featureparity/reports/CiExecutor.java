package org.featureparity.reports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * The CI build that ran the suite, for Allure's {@code executor.json} (the Executors widget, and build numbers on
 * the trend). Recognises GitHub Actions and GitLab CI from their variables; elsewhere there is none.
 *
 * @param buildOrder the build number Allure orders the trend by
 */
record CiExecutor(String name, String type, String url, long buildOrder, String buildName, String buildUrl) {

    static final String FILE_NAME = "executor.json";

    static Optional<CiExecutor> from(Map<String, String> environment) {
        if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            return github(environment);
        }
        if ("true".equals(environment.get("GITLAB_CI"))) {
            return gitlab(environment);
        }
        return Optional.empty();
    }

    private static Optional<CiExecutor> github(Map<String, String> environment) {
        String server = environment.getOrDefault("GITHUB_SERVER_URL", "https://github.com");
        Optional<String> repository = Optional.ofNullable(environment.get("GITHUB_REPOSITORY"));
        Optional<Long> runId = number(environment.get("GITHUB_RUN_ID"));
        if (repository.isEmpty() || runId.isEmpty()) {
            return Optional.empty();
        }
        String url = server + "/" + repository.get();
        return Optional.of(new CiExecutor("GitHub Actions", "github", url, runId.get(),
                environment.getOrDefault("GITHUB_WORKFLOW", "run") + " #" + runId.get(),
                url + "/actions/runs/" + runId.get()));
    }

    private static Optional<CiExecutor> gitlab(Map<String, String> environment) {
        Optional<Long> pipelineId = number(environment.get("CI_PIPELINE_ID"));
        String pipelineUrl = environment.get("CI_PIPELINE_URL");
        if (pipelineId.isEmpty() || pipelineUrl == null) {
            return Optional.empty();
        }
        // The job is where the evidence was produced; the pipeline is what a reader navigates from.
        return Optional.of(new CiExecutor("GitLab CI", "gitlab", pipelineUrl, pipelineId.get(),
                "pipeline #" + pipelineId.get(), environment.getOrDefault("CI_JOB_URL", pipelineUrl)));
    }

    private static Optional<Long> number(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", name);
        node.put("type", type);
        node.put("url", url);
        node.put("buildOrder", buildOrder);
        node.put("buildName", buildName);
        node.put("buildUrl", buildUrl);
        return node;
    }
}
