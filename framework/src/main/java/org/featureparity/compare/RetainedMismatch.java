package org.featureparity.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.evidence.MismatchCategory;

/**
 * One mismatching row as compared: its key values (and rendered key), both raw values ({@code null} is SQL NULL),
 * and the category the two values alone give, so a later stage can recompute the row and name its cause.
 */
public record RetainedMismatch(List<Object> key, Map<String, String> renderedKey, Object oldValue, Object newValue,
                               MismatchCategory byValue) {

    public RetainedMismatch {
        key = Collections.unmodifiableList(new java.util.ArrayList<>(key));
        renderedKey = Collections.unmodifiableMap(new LinkedHashMap<>(renderedKey));
    }
}
