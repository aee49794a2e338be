package org.featureparity.temporal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.featureparity.check.CheckOutcome;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.EvidenceAttachment;

/**
 * What the leakage check found.
 *
 * @param samples         as-of times probed
 * @param leaks           the first leaks found, each with the feature, the entity and the offending event
 * @param leakingFeatures every {@code side:feature} that leaked in any sample
 */
public record LeakageResult(String group, long seed, int samples, List<Leak> leaks, Set<String> leakingFeatures) {

    public LeakageResult {
        leaks = List.copyOf(leaks);
        leakingFeatures = Set.copyOf(new java.util.TreeSet<>(leakingFeatures));
    }

    public CheckStatus status() {
        return leaks.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL;
    }

    public CheckOutcome outcome() {
        String message = leaks.isEmpty()
                ? "no value as of t changed when an event after t was added (" + samples + " as-of times, seed " + seed + ")"
                : "values as of t changed when an event after t was added: " + new java.util.TreeSet<>(leakingFeatures)
                        + "; first: " + leaks.get(0) + " (seed " + seed + ", replay with parity.seed=" + seed + ")";
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("seed", Long.toString(seed));
        parameters.put("samples", Integer.toString(samples));
        parameters.put("leaking features", leakingFeatures.isEmpty() ? "none" : String.join(", ",
                new java.util.TreeSet<>(leakingFeatures)));
        List<EvidenceAttachment> attachments = leaks.isEmpty() ? List.of()
                : List.of(new EvidenceAttachment("leaks", "text/plain", "txt", String.join("\n",
                        leaks.stream().map(Leak::toString).toList()) + "\n"));
        return new CheckOutcome(status(), message, Counts.NONE, OptionalDouble.empty(), OptionalDouble.empty(),
                Map.of(), List.of(), parameters, attachments);
    }
}
