package org.featureparity.contract;

import java.util.Locale;

/** The two stores of a migration: the one being replaced and its replacement. */
public enum Side {
    OLD, NEW;

    /** The role name used in configuration keys and reports: {@code old} or {@code new}. */
    public String role() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Side other() {
        return this == OLD ? NEW : OLD;
    }
}
