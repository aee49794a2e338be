package org.featureparity.engine;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.featureparity.check.CheckOutcome;
import org.featureparity.check.GroupRun;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.evidence.HtmlText;
import org.featureparity.generate.Generator;
import org.featureparity.generate.PropertyOutcome;
import org.featureparity.generate.PropertyResult;
import org.featureparity.generate.PropertyRunner;
import org.featureparity.generate.PropertySettings;
import org.featureparity.generate.events.EdgeCaseTally;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.pipeline.CounterexampleHtml;
import org.featureparity.pipeline.CounterexampleJson;
import org.featureparity.pipeline.EquivalenceProperty;
import org.featureparity.pipeline.PipelineException;
import org.featureparity.pipeline.PipelinePair;

/**
 * Runs a suite's {@code @Property} method: all its generated parameters drawn from one choice sequence, so a
 * failing call shrinks across every argument at once. Returning {@code false}, a failing {@link PropertyOutcome} or
 * throwing an {@link AssertionError} fails; any other exception is an error.
 */
final class MethodPropertyCheck {

    private MethodPropertyCheck() {
    }

    static CheckOutcome run(GroupRun group, PropertyMethod method, PropertySettings settings) {
        method.problem().ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        boolean needsPipelines = method.parameters().stream().anyMatch(p -> p instanceof PropertyMethod.Pipelines);
        Optional<PipelinePair> pipelines = needsPipelines ? group.pipelines() : Optional.empty();
        if (needsPipelines && pipelines.isEmpty()) {
            throw new PipelineException(method.origin() + " takes a PipelinePair, but group " + group.contract().name()
                    + " declares no pipelines (@Pipelines or pipelines: in its contract)");
        }
        Optional<Generator<EventHistory>> histories = method.parameters().stream()
                .anyMatch(p -> p instanceof PropertyMethod.History)
                ? Optional.of(EquivalenceProperty.histories(group.contract(), HistorySettings.postgres(
                        group.contract().window().map(w -> w.length()).orElse(Duration.ofHours(24)))))
                : Optional.empty();
        Generator<List<Object>> arguments = choices -> {
            List<Object> values = new ArrayList<>();
            for (PropertyMethod.Parameter parameter : method.parameters()) {
                if (parameter instanceof PropertyMethod.History) {
                    values.add(choices.generate(histories.orElseThrow()));
                } else if (parameter instanceof PropertyMethod.Generated generated) {
                    values.add(choices.generate(generated.generator()));
                } else if (parameter instanceof PropertyMethod.Pipelines) {
                    values.add(pipelines.orElseThrow());
                } else {
                    values.add(group.contract());
                }
            }
            return values;
        };
        EdgeCaseTally tally = new EdgeCaseTally();
        PropertyResult<List<Object>> result = new PropertyRunner<>(arguments, values -> call(method, values))
                .run(settings, values -> values.stream().filter(EventHistory.class::isInstance)
                        .forEach(history -> tally.add((EventHistory) history)));
        return outcome(method, result, settings, tally, pipelines);
    }

    private static PropertyOutcome call(PropertyMethod method, List<Object> arguments) throws Exception {
        Object returned;
        try {
            returned = method.method().invoke(null, arguments.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (returned instanceof PropertyOutcome outcome) {
            return outcome;
        }
        if (Boolean.FALSE.equals(returned)) {
            return PropertyOutcome.fails(method.method().getName() + " returned false");
        }
        return PropertyOutcome.holds();
    }

    private static CheckOutcome outcome(PropertyMethod method, PropertyResult<List<Object>> result,
                                        PropertySettings settings, EdgeCaseTally tally,
                                        Optional<PipelinePair> pipelines) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("property", method.name());
        parameters.put("method", method.origin());
        parameters.put("seed", Long.toString(result.seed()));
        parameters.put("tries", Integer.toString(result.tries()));
        parameters.put("tries allowed", Integer.toString(settings.tries()));
        parameters.put("invalid tries", Integer.toString(result.invalidTries()));
        if (tally.histories() > 0) {
            parameters.put("events tried", Long.toString(tally.events()));
            parameters.put("edge cases", tally.counts().entrySet().stream()
                    .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + "=" + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        String replay = "seed " + result.seed() + ", replay with parity.seed=" + result.seed();
        List<EvidenceAttachment> attachments = new ArrayList<>();
        CheckStatus status;
        String message;
        if (result instanceof PropertyResult.Passed<List<Object>> passed) {
            status = CheckStatus.PASS;
            message = "property " + method.name() + " held on " + passed.tries() + " generated cases (" + replay + ")";
        } else if (result instanceof PropertyResult.Errored<List<Object>> errored) {
            status = CheckStatus.ERROR;
            message = "property " + method.name() + " could not be decided after " + errored.tries() + " tries ("
                    + replay + "): " + errored.message();
        } else {
            PropertyResult.Falsified<List<Object>> falsified = (PropertyResult.Falsified<List<Object>>) result;
            status = CheckStatus.FAIL;
            parameters.put("shrink steps", Integer.toString(falsified.shrinkSteps()));
            parameters.put("shrink replays", Integer.toString(falsified.shrinkReplays()));
            message = "property " + method.name() + " failed after " + falsified.tries() + " tries (" + replay + "), "
                    + "shrunk in " + falsified.shrinkSteps() + " steps to:\n" + arguments(method, falsified.counterexample())
                    + "\nreason: " + falsified.reason();
            attachments.add(new EvidenceAttachment("counterexample", "application/json", "json",
                    json(method, falsified)));
            attachments.add(new EvidenceAttachment("counterexample (table)", "text/html", "html",
                    html(method, falsified)));
            falsified.counterexample().stream().filter(EventHistory.class::isInstance).map(EventHistory.class::cast)
                    .findFirst().ifPresent(history -> pipelines.ifPresent(pair -> {
                        attachments.add(EvidenceAttachment.sql("load the counterexample (old pipeline)",
                                pair.oldPipeline().loadScript(history)));
                        attachments.add(EvidenceAttachment.sql("load the counterexample (new pipeline)",
                                pair.newPipeline().loadScript(history)));
                    }));
        }
        return new CheckOutcome(status, message, Counts.NONE, OptionalDouble.empty(), OptionalDouble.empty(), Map.of(),
                List.of(), parameters, attachments);
    }

    private static String arguments(PropertyMethod method, List<Object> values) {
        List<String> lines = new ArrayList<>();
        java.lang.reflect.Parameter[] declared = method.method().getParameters();
        for (int i = 0; i < values.size(); i++) {
            if (method.parameters().get(i) instanceof PropertyMethod.Pipelines
                    || method.parameters().get(i) instanceof PropertyMethod.Contract) {
                continue;
            }
            lines.add("  " + label(declared[i], i) + " = " + values.get(i));
        }
        return String.join("\n", lines);
    }

    /** The parameter's name when compiled with {@code -parameters}, else its position and type. */
    private static String label(java.lang.reflect.Parameter parameter, int index) {
        return parameter.isNamePresent() ? parameter.getName()
                : "argument " + (index + 1) + " (" + parameter.getType().getSimpleName() + ")";
    }

    private static String json(PropertyMethod method, PropertyResult.Falsified<List<Object>> falsified) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < falsified.counterexample().size(); i++) {
            if (method.parameters().get(i) instanceof PropertyMethod.History
                    || method.parameters().get(i) instanceof PropertyMethod.Generated) {
                values.add(CounterexampleJson.text(String.valueOf(falsified.counterexample().get(i))));
            }
        }
        return "{\n  \"property\": " + CounterexampleJson.text(method.name()) + ",\n  \"method\": "
                + CounterexampleJson.text(method.origin()) + ",\n  \"status\": \"FAILED\",\n  \"seed\": "
                + falsified.seed() + ",\n  \"tries\": " + falsified.tries() + ",\n  \"shrinkSteps\": "
                + falsified.shrinkSteps() + ",\n  \"reason\": " + CounterexampleJson.text(falsified.reason())
                + ",\n  \"arguments\": [" + String.join(", ", values) + "],\n  \"choices\": "
                + falsified.choices() + "\n}\n";
    }

    private static String html(PropertyMethod method, PropertyResult.Falsified<List<Object>> falsified) {
        StringBuilder body = new StringBuilder("<h1>Property ").append(HtmlText.escape(method.name()))
                .append(": FAILED</h1>\n<p>seed ").append(falsified.seed()).append(" (replay with parity.seed=")
                .append(falsified.seed()).append("), ").append(falsified.tries()).append(" tries, shrunk in ")
                .append(falsified.shrinkSteps()).append(" steps</p>\n<p>")
                .append(HtmlText.escape(falsified.reason())).append("</p>\n");
        java.lang.reflect.Parameter[] declared = method.method().getParameters();
        for (int i = 0; i < falsified.counterexample().size(); i++) {
            Object value = falsified.counterexample().get(i);
            if (value instanceof EventHistory history) {
                body.append("<h2>").append(HtmlText.escape(label(declared[i], i))).append("</h2>\n")
                        .append(CounterexampleHtml.history(history));
            } else if (method.parameters().get(i) instanceof PropertyMethod.Generated) {
                body.append("<h2>").append(HtmlText.escape(label(declared[i], i))).append("</h2>\n<pre>")
                        .append(HtmlText.escape(String.valueOf(value))).append("</pre>\n");
            }
        }
        return CounterexampleHtml.page("property " + method.name(), body.toString());
    }
}
