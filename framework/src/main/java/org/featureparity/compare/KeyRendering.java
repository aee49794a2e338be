package org.featureparity.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.store.FeatureRow;

/** Renders a row's key for evidence, only when a mismatch is kept: most rows never pay for it. */
final class KeyRendering {

    private final List<String> columns;
    private FeatureRow row;

    KeyRendering(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    KeyRendering of(FeatureRow current) {
        this.row = current;
        return this;
    }

    /** The key's values as read, for callers that recompute a mismatching row. */
    List<Object> values() {
        List<Object> values = new java.util.ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            values.add(row.key(i));
        }
        return values;
    }

    /**
     * A well-mixed 64-bit hash of the key's values, the same in every run and for every feature of the row: the
     * order in which mismatches are sampled for recomputation, independent of the order they were scanned in.
     */
    long hash() {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < columns.size(); i++) {
            Object value = row.key(i);
            h = mix(h ^ (value == null ? 0 : value.hashCode()));
        }
        return h;
    }

    private static long mix(long z) {
        // SplitMix64's finalizer: spreads Long and String hash codes over all 64 bits
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    Map<String, String> render() {
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            key.put(columns.get(i), ValueRendering.render(row.key(i)));
        }
        return key;
    }
}
