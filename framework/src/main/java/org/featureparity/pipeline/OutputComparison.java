package org.featureparity.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.featureparity.compare.FeatureComparison;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;

/**
 * Compares two pipelines' outputs for one history entity by entity, feature by feature, with each feature's
 * tolerance and null semantics. An output that cannot be compared (a missing column, an entity twice) is an error,
 * not a disagreement: fail closed.
 */
final class OutputComparison {

    private final List<String> entityColumns;
    private final List<FeatureSpec> features;

    OutputComparison(List<String> entityColumns, List<FeatureSpec> features) {
        this.entityColumns = List.copyOf(entityColumns);
        this.features = List.copyOf(features);
    }

    List<Disagreement> compare(PipelineOutput oldOutput, String oldName, PipelineOutput newOutput, String newName) {
        Map<List<Object>, List<Object>> oldRows = byEntity(oldOutput, oldName, Side.OLD);
        Map<List<Object>, List<Object>> newRows = byEntity(newOutput, newName, Side.NEW);
        List<Disagreement> disagreements = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Object>> old : oldRows.entrySet()) {
            List<Object> fresh = newRows.get(old.getKey());
            if (fresh == null) {
                disagreements.add(new Disagreement(Disagreement.Kind.MISSING_IN_NEW, old.getKey(), "", "", ""));
                continue;
            }
            for (int i = 0; i < features.size(); i++) {
                Object a = old.getValue().get(i);
                Object b = fresh.get(i);
                if (!FeatureComparison.agrees(features.get(i), a, b)) {
                    disagreements.add(new Disagreement(Disagreement.Kind.VALUE, old.getKey(), features.get(i).name(),
                            render(a), render(b)));
                }
            }
        }
        for (List<Object> entity : newRows.keySet()) {
            if (!oldRows.containsKey(entity)) {
                disagreements.add(new Disagreement(Disagreement.Kind.MISSING_IN_OLD, entity, "", "", ""));
            }
        }
        return disagreements;
    }

    /** Rows keyed by entity, holding the feature values in declared feature order; sorted for a stable report. */
    private Map<List<Object>, List<Object>> byEntity(PipelineOutput output, String pipeline, Side side) {
        int[] keys = new int[entityColumns.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = column(output, pipeline, entityColumns.get(k));
        }
        int[] values = new int[features.size()];
        for (int f = 0; f < values.length; f++) {
            values[f] = column(output, pipeline, features.get(f).columnIn(side));
        }
        Map<List<Object>, List<Object>> rows = new TreeMap<>(ENTITY_ORDER);
        for (List<Object> row : output.rows()) {
            List<Object> key = new ArrayList<>();
            for (int index : keys) {
                key.add(row.get(index));
            }
            List<Object> featureValues = new ArrayList<>();
            for (int index : values) {
                featureValues.add(row.get(index));
            }
            if (rows.put(key, featureValues) != null) {
                throw new PipelineException("pipeline " + pipeline + " returned entity " + key + " more than once");
            }
        }
        return rows;
    }

    private static int column(PipelineOutput output, String pipeline, String column) {
        return output.indexOf(column).orElseThrow(() -> new PipelineException("pipeline " + pipeline
                + " returned no column " + column + " (it returned " + output.columns() + ")"));
    }

    private static String render(Object value) {
        return value == null ? "NULL" : String.valueOf(value);
    }

    /** Orders keys value by value: numbers numerically, anything else by its text; NULL first. */
    private static final Comparator<List<Object>> ENTITY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Double || b instanceof Double) {
            return a instanceof Number x && b instanceof Number y
                    ? Double.compare(x.doubleValue(), y.doubleValue()) : String.valueOf(a).compareTo(String.valueOf(b));
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString()));
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
