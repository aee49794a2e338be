package org.featureparity.temporal;

import java.util.Collections;
import java.util.List;
import org.featureparity.contract.FeatureSpec;

/** One feature of one entity whose old and new values disagree beyond tolerance; {@code null} is SQL NULL. */
public record MismatchedValue(List<Object> entity, FeatureSpec feature, Object oldValue, Object newValue) {

    public MismatchedValue {
        entity = Collections.unmodifiableList(new java.util.ArrayList<>(entity));
    }
}
