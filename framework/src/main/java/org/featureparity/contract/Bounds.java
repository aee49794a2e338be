package org.featureparity.contract;

import java.util.Locale;
import java.util.Optional;

/** Which ends of a time window include an event lying exactly on them. */
public enum Bounds {
    CLOSED_OPEN(true, false),
    OPEN_CLOSED(false, true),
    CLOSED_CLOSED(true, true),
    OPEN_OPEN(false, false);

    private final boolean startIncluded;
    private final boolean endIncluded;

    Bounds(boolean startIncluded, boolean endIncluded) {
        this.startIncluded = startIncluded;
        this.endIncluded = endIncluded;
    }

    public boolean startIncluded() {
        return startIncluded;
    }

    public boolean endIncluded() {
        return endIncluded;
    }

    /** The contract spelling, e.g. {@code closed-open}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Bounds> parse(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Bounds bounds : values()) {
            if (bounds.name().equals(normalized)) {
                return Optional.of(bounds);
            }
        }
        return Optional.empty();
    }
}
