package org.featureparity.evidence;

import java.util.Locale;

/** Why an old and a new value differ, as far as the evidence shows; counts per category guide the fix. */
public enum MismatchCategory {
    WINDOW_BOUNDARY, TIMEZONE_SHIFT, DUPLICATE_EVENTS, NULL_HANDLING, TYPE_COERCION, PRECISION, MISSING_ENTITY, OTHER;

    /** The report spelling, e.g. {@code timezone-shift}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
