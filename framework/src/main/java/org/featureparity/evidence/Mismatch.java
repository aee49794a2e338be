package org.featureparity.evidence;

import java.util.Map;

/**
 * One row whose old and new values of a feature disagree beyond tolerance.
 *
 * @param key      entity key (and as-of) column name to rendered value, in key order
 * @param oldValue rendered old value, {@code NULL} for SQL NULL
 * @param newValue rendered new value
 * @param delta    how far apart: numeric distance, seconds for temporal values, infinity where no distance exists
 */
public record Mismatch(Map<String, String> key, String oldValue, String newValue, double delta, MismatchCategory category) {

    public Mismatch {
        key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
    }
}
