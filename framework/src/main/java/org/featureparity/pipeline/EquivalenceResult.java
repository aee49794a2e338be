package org.featureparity.pipeline;

import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.featureparity.generate.events.EdgeCase;

/**
 * How an equivalence property ended, as data a check node turns into a verdict and evidence.
 *
 * @param tries        histories run through both pipelines (the failing one included)
 * @param invalidTries histories that could not be generated
 * @param edgeCases    the edge cases the tried histories contained, the mix actually tested
 * @param eventsTried  events across all tried histories
 */
public record EquivalenceResult(
        String property,
        Status status,
        long seed,
        int tries,
        int invalidTries,
        Map<EdgeCase, Long> edgeCases,
        long eventsTried,
        Optional<Counterexample> counterexample,
        Optional<String> error) {

    /** PASSED is the only pass; ERROR means the property could not be decided. */
    public enum Status {
        PASSED, FAILED, ERROR
    }

    public EquivalenceResult {
        // in the declared order of EdgeCase, for a stable report
        edgeCases = edgeCases.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(edgeCases));
    }

    /** A few lines for a failure message or a console: status, seed to replay, tries, and the counterexample. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("property ").append(property).append(": ").append(status).append(" after ").append(tries)
                .append(" tries (seed ").append(seed).append(", replay with parity.seed=").append(seed).append(")");
        error.ifPresent(message -> text.append("\n").append(message));
        counterexample.ifPresent(example -> {
            text.append("\nminimal history (shrunk from ").append(example.originalEvents()).append(" to ")
                    .append(example.history().events().size()).append(" events in ").append(example.shrinkSteps())
                    .append(" steps), as of ").append(example.history().asOf()).append(" in ")
                    .append(example.history().zone().equals(ZoneOffset.UTC) ? "UTC" : example.history().zone()).append(", window ").append(example.history().window())
                    .append(':');
            example.history().events().forEach(event -> text.append("\n  ").append(event));
            text.append("\ndisagreements:");
            example.disagreements().forEach(disagreement -> text.append("\n  ").append(disagreement));
        });
        text.append("\nedge cases tried: ").append(edgeCases.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", ")));
        return text.toString();
    }
}
