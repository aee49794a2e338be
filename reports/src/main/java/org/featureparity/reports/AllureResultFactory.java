package org.featureparity.reports;

import static io.qameta.allure.util.ResultsUtils.createEpicLabel;
import static io.qameta.allure.util.ResultsUtils.createFeatureLabel;
import static io.qameta.allure.util.ResultsUtils.createFrameworkLabel;
import static io.qameta.allure.util.ResultsUtils.createOwnerLabel;
import static io.qameta.allure.util.ResultsUtils.createParentSuiteLabel;
import static io.qameta.allure.util.ResultsUtils.createSeverityLabel;
import static io.qameta.allure.util.ResultsUtils.createStoryLabel;
import static io.qameta.allure.util.ResultsUtils.createSubSuiteLabel;
import static io.qameta.allure.util.ResultsUtils.createSuiteLabel;
import static io.qameta.allure.util.ResultsUtils.createTagLabel;

import io.qameta.allure.SeverityLevel;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckStatus;

/** Turns one check's evidence into an Allure test result (without attachments). */
final class AllureResultFactory {

    static final String FRAMEWORK = "feature-parity";
    static final String TIER_TAG = "tier:";

    private AllureResultFactory() {
    }

    static TestResult create(String uuid, CheckEvidence evidence) {
        // Same function as allure-junit-platform, so history carries over if a suite ever switches listeners.
        String historyId = ResultsUtils.md5(evidence.uniqueId());
        return new TestResult()
                .setUuid(uuid)
                .setHistoryId(historyId)
                .setTestCaseId(historyId)
                .setFullName(evidence.uniqueId())
                .setName(name(evidence))
                .setTitlePath(List.of(evidence.suite(), evidence.group()))
                .setStatus(status(evidence.status()))
                .setStatusDetails(statusDetails(evidence))
                .setStage(Stage.FINISHED)
                .setStart(evidence.started().toEpochMilli())
                .setStop(evidence.finished().toEpochMilli())
                .setLabels(labels(evidence))
                .setParameters(parameters(evidence))
                .setSteps(steps(evidence))
                .setDescription(CheckDescription.markdown(evidence));
    }

    /** E.g. {@code values · events_last_24h}, {@code property · equivalence}, or {@code schema} for a group-wide check. */
    static String name(CheckEvidence evidence) {
        // a group may have several properties: their names tell the results apart
        String detail = evidence.feature().or(() -> java.util.Optional.ofNullable(evidence.parameters().get("property")))
                .map(name -> " · " + name).orElse("");
        return evidence.check().id() + detail;
    }

    /** FAIL is a mismatch (failed), ERROR could not run (broken): the same split opentest4j gives Allure. */
    static Status status(CheckStatus status) {
        return switch (status) {
            case PASS -> Status.PASSED;
            case FAIL -> Status.FAILED;
            case ERROR -> Status.BROKEN;
            case SKIPPED -> Status.SKIPPED;
        };
    }

    private static StatusDetails statusDetails(CheckEvidence evidence) {
        String message = evidence.status() == CheckStatus.FAIL
                ? AllureCategories.withMarkers(evidence.message(), evidence.categories())
                : evidence.message();
        StatusDetails details = new StatusDetails().setMessage(message);
        evidence.cause().ifPresent(cause -> details.setTrace(trace(cause)));
        return details;
    }

    private static String trace(Throwable cause) {
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static List<Label> labels(CheckEvidence evidence) {
        Set<String> tags = tags(evidence);
        List<Label> labels = new ArrayList<>();
        labels.add(createEpicLabel(evidence.migration()));
        labels.add(createFeatureLabel(evidence.group()));
        labels.add(createStoryLabel(evidence.check().id()));
        labels.add(createParentSuiteLabel(FRAMEWORK));
        labels.add(createSuiteLabel(evidence.suite()));
        labels.add(createSubSuiteLabel(evidence.group()));
        evidence.groupInfo().owner().ifPresent(owner -> labels.add(createOwnerLabel(owner)));
        labels.add(createSeverityLabel(severity(evidence, tags)));
        tags.forEach(tag -> labels.add(createTagLabel(tag)));
        labels.add(createFrameworkLabel(FRAMEWORK));
        return labels;
    }

    /**
     * The contract's serving tier as Allure severity, one level per tier: critical is a blocker, high is critical,
     * standard (or none declared) is normal, low is minor. A {@code tier:<tier>} tag counts as a declared tier.
     */
    static SeverityLevel severity(CheckEvidence evidence, Set<String> tags) {
        String tier = evidence.groupInfo().tier().orElseGet(() -> tags.stream().filter(t -> t.startsWith(TIER_TAG))
                .map(t -> t.substring(TIER_TAG.length())).findFirst().orElse("standard"));
        return switch (tier) {
            case "critical" -> SeverityLevel.BLOCKER;
            case "high" -> SeverityLevel.CRITICAL;
            case "low" -> SeverityLevel.MINOR;
            default -> SeverityLevel.NORMAL;
        };
    }

    private static List<StepResult> steps(CheckEvidence evidence) {
        return evidence.steps().stream().map(step -> new StepResult()
                .setName(step.name())
                .setStatus(status(step.status()))
                .setStage(Stage.FINISHED)
                .setStatusDetails(new StatusDetails().setMessage(step.detail()))
                .setStart(step.started().toEpochMilli())
                .setStop(step.finished().toEpochMilli())).toList();
    }

    // The node's tags should already include its contract's; the union guards against an engine that passes only
    // the node's own.
    private static Set<String> tags(CheckEvidence evidence) {
        Set<String> tags = new LinkedHashSet<>(evidence.tags());
        tags.addAll(evidence.groupInfo().tags());
        return tags;
    }

    private static List<Parameter> parameters(CheckEvidence evidence) {
        List<Parameter> parameters = new ArrayList<>();
        evidence.feature().ifPresent(feature -> parameters.add(parameter("feature", feature)));
        evidence.threshold().ifPresent(threshold -> parameters.add(parameter("threshold", Double.toString(threshold))));
        evidence.agreement().ifPresent(agreement -> parameters.add(parameter("agreement", Double.toString(agreement))));
        evidence.parameters().forEach((name, value) -> parameters.add(parameter(name, value)));
        return parameters;
    }

    // The explicit historyId keeps a changing parameter such as agreement from splitting a check's history.
    private static Parameter parameter(String name, String value) {
        Parameter parameter = new Parameter().setName(name).setValue(Redaction.value(name, value));
        if (Redaction.isSecret(name)) {
            parameter.setMode(Parameter.Mode.MASKED);
        }
        return parameter;
    }
}
