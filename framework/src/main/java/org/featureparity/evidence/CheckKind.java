package org.featureparity.evidence;

import java.util.Locale;
import java.util.Optional;

/** The kinds of check a group expands into; the id is the {@code check:<id>} tag and UniqueId segment value. */
public enum CheckKind {
    /** The contract itself: it could not be read or is invalid. */
    CONTRACT,
    SCHEMA, COVERAGE, VALUES,
    /** A property over generated histories: {@code [property:<name>]} nodes, tagged {@code check:property}. */
    PROPERTY;

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
