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

    Map<String, String> render() {
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            key.put(columns.get(i), ValueRendering.render(row.key(i)));
        }
        return key;
    }
}
