package org.featureparity.temporal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.check.CheckOutcome;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.Side;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.EvidenceAttachment;

/** What the window-bounds probes found: per side the implemented bounds, and every probe as evidence. */
public record WindowBoundsResult(String group, Bounds declared, Map<Side, ImplementedBounds> sides,
                                 List<BoundsProbe> probes, Duration resolution) {

    public WindowBoundsResult {
        sides = Collections.unmodifiableMap(new EnumMap<>(sides));
        probes = List.copyOf(probes);
    }

    /** The bounds a side implements, empty when its probes could not decide them or were inconsistent. */
    public Optional<Bounds> implemented(Side side) {
        return sides.get(side).bounds();
    }

    /** Each difference from the contract, naming the side and the end, e.g. "new store: window end is closed ...". */
    public List<String> differences() {
        List<String> differences = new ArrayList<>();
        for (ImplementedBounds side : sides.values()) {
            String store = side.side().role() + " store";
            side.problems().forEach(problem -> differences.add(store + ": " + problem));
            side.bounds().ifPresent(bounds -> {
                if (bounds.startIncluded() != declared.startIncluded()) {
                    differences.add(store + ": window start is " + closed(bounds.startIncluded())
                            + " (an event exactly at t - length " + (bounds.startIncluded() ? "counts" : "does not count")
                            + "), the contract declares it " + closed(declared.startIncluded()));
                }
                if (bounds.endIncluded() != declared.endIncluded()) {
                    differences.add(store + ": window end is " + closed(bounds.endIncluded())
                            + " (an event exactly at t " + (bounds.endIncluded() ? "counts" : "does not count")
                            + "), the contract declares it " + closed(declared.endIncluded()));
                }
            });
        }
        return differences;
    }

    public CheckStatus status() {
        if (sides.values().stream().anyMatch(side -> !side.decided())) {
            return CheckStatus.ERROR;
        }
        return differences().isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL;
    }

    public CheckOutcome outcome() {
        StringBuilder message = new StringBuilder("declared ").append(declared.spelling());
        for (ImplementedBounds side : sides.values()) {
            message.append("; ").append(side.side().role()).append(" store implements ")
                    .append(side.bounds().map(Bounds::spelling).orElse("undecided"));
        }
        List<String> reasons = new ArrayList<>();
        sides.values().forEach(side -> side.undecided().forEach(u -> reasons.add(side.side().role() + " store: " + u)));
        reasons.addAll(differences());
        if (!reasons.isEmpty()) {
            message.append(": ").append(String.join("; ", reasons));
        }
        if (status() == CheckStatus.FAIL) {
            message.append(" [category:window-boundary]");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("declared bounds", declared.spelling());
        for (ImplementedBounds side : sides.values()) {
            parameters.put(side.side().role() + " implements", side.bounds().map(Bounds::spelling).orElse("undecided"));
        }
        parameters.put("resolution", resolution.toString());
        parameters.put("probes", Integer.toString(probes.size()));
        Map<String, Long> categories = status() == CheckStatus.FAIL ? Map.of("window-boundary", (long) differences().size())
                : Map.of();
        return new CheckOutcome(status(), message.toString(), Counts.NONE,
                OptionalDouble.empty(), OptionalDouble.empty(), categories, List.of(), parameters,
                List.of(new EvidenceAttachment("window-bounds probes", "text/csv", "csv", table())));
    }

    /** The probe table: one line per probe, as CSV. */
    public String table() {
        StringBuilder csv = new StringBuilder("store,zone,as_of,position,event_time,counted,features\n");
        for (BoundsProbe probe : probes) {
            csv.append(probe.side().role()).append(',').append(WindowBoundsCheck.zoneName(probe.zone())).append(',')
                    .append(probe.asOf()).append(',').append(probe.position()).append(',').append(probe.eventTime())
                    .append(',').append(probe.counted()).append(",\"").append(probe.values().replace("\"", "\"\""))
                    .append("\"\n");
        }
        return csv.toString();
    }

    private static String closed(boolean included) {
        return included ? "closed" : "open";
    }
}
