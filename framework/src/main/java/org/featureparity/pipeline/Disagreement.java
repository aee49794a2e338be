package org.featureparity.pipeline;

import java.util.List;

/**
 * Where the two pipelines part ways on one history: a feature of one entity with different values, or an entity
 * only one pipeline returned. Values are rendered as text ({@code NULL} for SQL NULL), as evidence.
 */
public record Disagreement(Kind kind, List<Object> entity, String feature, String oldValue, String newValue) {

    /** The ways two pipelines' rows for one entity can differ. */
    public enum Kind {
        VALUE, MISSING_IN_OLD, MISSING_IN_NEW
    }

    public Disagreement {
        entity = List.copyOf(entity);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VALUE -> "entity " + entity + " " + feature + ": old " + oldValue + ", new " + newValue;
            case MISSING_IN_OLD -> "entity " + entity + " only in the new pipeline's output";
            case MISSING_IN_NEW -> "entity " + entity + " only in the old pipeline's output";
        };
    }
}
