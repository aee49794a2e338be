package org.featureparity.evidence;

import java.util.Locale;
import java.util.Optional;

/** The kinds of check a group expands into; the id is the {@code check:<id>} tag and UniqueId segment value. */
public enum CheckKind {
    /** The contract itself: it could not be read or is invalid. */
    CONTRACT,
    SCHEMA, COVERAGE, VALUES,
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
