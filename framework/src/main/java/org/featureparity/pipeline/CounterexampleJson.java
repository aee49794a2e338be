package org.featureparity.pipeline;

import java.util.List;
import java.util.stream.Collectors;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;

/** Renders a property's result as JSON evidence: seed, tries, edge-case mix and the minimal history with both outputs. */
public final class CounterexampleJson {

    private CounterexampleJson() {
    }

    /** The result as an attachment ({@code counterexample.json}), for the evidence listeners. */
    /** The run as JSON: named {@code counterexample} when it found one, {@code property run} when it passed. */
    public static EvidenceAttachment attachment(EquivalenceResult result) {
        String name = result.counterexample().isPresent() ? "counterexample" : "property run";
        return new EvidenceAttachment(name, "application/json", "json", render(result));
    }

    public static String render(EquivalenceResult result) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"property\": ").append(text(result.property())).append(",\n");
        json.append("  \"status\": ").append(text(result.status().name())).append(",\n");
        json.append("  \"seed\": ").append(result.seed()).append(",\n");
        json.append("  \"tries\": ").append(result.tries()).append(",\n");
        json.append("  \"invalidTries\": ").append(result.invalidTries()).append(",\n");
        json.append("  \"eventsTried\": ").append(result.eventsTried()).append(",\n");
        json.append("  \"edgeCases\": {").append(result.edgeCases().entrySet().stream()
                .map(entry -> text(entry.getKey().name()) + ": " + entry.getValue())
                .collect(Collectors.joining(", "))).append("}");
        result.error().ifPresent(error -> json.append(",\n  \"error\": ").append(text(error)));
        result.counterexample().ifPresent(example -> {
            json.append(",\n  \"counterexample\": {\n");
            json.append("    \"originalEvents\": ").append(example.originalEvents()).append(",\n");
            json.append("    \"shrinkSteps\": ").append(example.shrinkSteps()).append(",\n");
            json.append("    \"history\": ").append(history(example.history())).append(",\n");
            json.append("    \"disagreements\": [").append(example.disagreements().stream()
                    .map(CounterexampleJson::disagreement).collect(Collectors.joining(", "))).append("],\n");
            json.append("    \"oldOutput\": ").append(output(example.oldOutput())).append(",\n");
            json.append("    \"newOutput\": ").append(output(example.newOutput())).append(",\n");
            json.append("    \"oldLoadSql\": ").append(text(example.oldLoadScript())).append(",\n");
            json.append("    \"newLoadSql\": ").append(text(example.newLoadScript())).append("\n  }");
        });
        return json.append("\n}\n").toString();
    }

    private static String history(EventHistory history) {
        return "{\"asOf\": " + text(history.asOf().toString()) + ", \"window\": " + text(history.window().toString())
                + ", \"zone\": " + text(history.zone().getId()) + ", \"entities\": " + history.entities()
                + ", \"events\": [" + history.events().stream().map(CounterexampleJson::event)
                .collect(Collectors.joining(", ")) + "]}";
    }

    private static String event(Event event) {
        return "{\"eventId\": " + event.eventId() + ", \"entityId\": " + event.entityId()
                + ", \"eventTime\": " + text(event.eventTime().toString())
                + ", \"ingestedAt\": " + text(event.ingestedAt().toString())
                + ", \"value\": " + event.value().map(v -> v.toPlainString()).orElse("null") + "}";
    }

    private static String disagreement(Disagreement d) {
        return "{\"kind\": " + text(d.kind().name()) + ", \"entity\": " + values(d.entity()) + ", \"feature\": "
                + text(d.feature()) + ", \"old\": " + text(d.oldValue()) + ", \"new\": " + text(d.newValue()) + "}";
    }

    private static String output(PipelineOutput output) {
        return "{\"columns\": " + values(List.copyOf(output.columns())) + ", \"rows\": ["
                + output.rows().stream().map(CounterexampleJson::values).collect(Collectors.joining(", ")) + "]}";
    }

    private static String values(List<?> values) {
        return values.stream().map(value -> value == null ? "null" : text(String.valueOf(value)))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** A JSON string literal; values are rendered as text so no number loses precision on the way. */
    public static String text(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
