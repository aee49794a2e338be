package org.featureparity.evidence;

import java.util.Locale;
import java.util.Optional;

/** The kinds of check a group expands into; the id is the {@code check:<id>} tag and UniqueId segment value. */
public enum CheckKind {
    /** The contract itself: it could not be read or is invalid. */
    CONTRACT,
    SCHEMA, COVERAGE, VALUES,
    /** Per feature: the two stores' NULL rates differ by at most {@code gate.max_null_rate_delta}. */
    NULL_RATE,
    /** Per feature: PSI (and KS for numeric features) between the stores' value distributions within the gate. */
    DISTRIBUTION,
    /** Sampled (entity, t) lookups in two feature histories agree: groups with an as-of column. */
    POINT_IN_TIME,
    /** Both stores' newest as-of within max_staleness of the reference time and of each other. */
    FRESHNESS,
    /** A property over generated histories: {@code [property:<name>]} nodes, tagged {@code check:property}. */
    PROPERTY,
    /** Boundary probes through the group's pipelines: which bounds each store's window implements. */
    WINDOW_BOUNDS,
    /** Events after t added to sampled histories: no value as of t may change. */
    LEAKAGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CheckKind> fromId(String id) {
        for (CheckKind kind : values()) {
            if (kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
