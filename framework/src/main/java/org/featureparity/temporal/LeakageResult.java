package org.featureparity.temporal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.featureparity.check.CheckOutcome;
import org.featureparity.contract.Side;
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
public record LeakageResult(String group, long seed, int samples, List<Leak> leaks, Set<String> leakingFeatures,
                            List<LateArrival> lateArrivals, Map<Side, Integer> lateCounted) {

    public LeakageResult {
        leaks = List.copyOf(leaks);
        leakingFeatures = Set.copyOf(new java.util.TreeSet<>(leakingFeatures));
        lateArrivals = List.copyOf(lateArrivals);
        lateCounted = Map.copyOf(lateCounted);
    }

    public CheckStatus status() {
        return leaks.isEmpty() && lateArrivals.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL;
    }

    public CheckOutcome outcome() {
        String replay = " (seed " + seed + ", replay with parity.seed=" + seed + ")";
        List<String> found = new ArrayList<>();
        if (!leaks.isEmpty()) {
            found.add("values as of t changed when an event after t was added: " + new java.util.TreeSet<>(leakingFeatures)
                    + "; first: " + leaks.get(0));
        }
        if (!lateArrivals.isEmpty()) {
            found.add("the stores treat late arrivals differently in " + lateArrivals.size() + " of " + samples
                    + " samples; first: " + lateArrivals.get(0));
        }
        String message = found.isEmpty()
                ? "no value as of t changed when an event after t was added, and both stores "
                        + (counted(Side.OLD) == 0 ? "leave out" : "count") + " events arriving after t alike ("
                        + samples + " as-of times, seed " + seed + ")"
                : String.join("; ", found) + replay;
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("seed", Long.toString(seed));
        parameters.put("samples", Integer.toString(samples));
        parameters.put("leaking features", leakingFeatures.isEmpty() ? "none" : String.join(", ",
                new java.util.TreeSet<>(leakingFeatures)));
        parameters.put("late arrivals counted", "old store in " + counted(Side.OLD) + ", new store in "
                + counted(Side.NEW) + " of " + samples + " samples (an event before t arriving an hour after t)");
        List<EvidenceAttachment> attachments = new ArrayList<>();
        if (!leaks.isEmpty()) {
            attachments.add(new EvidenceAttachment("leaks", "text/plain", "txt", String.join("\n",
                    leaks.stream().map(Leak::toString).toList()) + "\n"));
        }
        if (!lateArrivals.isEmpty()) {
            attachments.add(new EvidenceAttachment("late arrivals", "text/plain", "txt", String.join("\n",
                    lateArrivals.stream().map(LateArrival::toString).toList()) + "\n"));
        }
        return new CheckOutcome(status(), message, Counts.NONE, OptionalDouble.empty(), OptionalDouble.empty(),
                Map.of(), List.of(), parameters, attachments);
    }

    private int counted(Side side) {
        return lateCounted.getOrDefault(side, 0);
    }
}
