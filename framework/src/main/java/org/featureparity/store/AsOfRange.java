package org.featureparity.store;

import java.util.List;

/** The first and the last as-of of one entity in a history (canonical Java values). */
public record AsOfRange(List<Object> key, Object first, Object last) {

    public AsOfRange {
        key = List.copyOf(key);
    }
}
