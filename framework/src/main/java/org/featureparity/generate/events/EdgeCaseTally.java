package org.featureparity.generate.events;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Sums the edge cases of the histories a run tried: the evidence of which mix was actually tested. */
public final class EdgeCaseTally {

    private final Map<EdgeCase, Long> counts = new EnumMap<>(EdgeCase.class);
    private long histories;
    private long events;

    public void add(EventHistory history) {
        histories++;
        events += history.events().size();
        history.edgeCases().forEach((edge, count) -> counts.merge(edge, (long) count, Long::sum));
    }

    /** Edge case to how often it occurred, in the declared order of {@link EdgeCase}. */
    public Map<EdgeCase, Long> counts() {
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public long histories() {
        return histories;
    }

    public long events() {
        return events;
    }
}
