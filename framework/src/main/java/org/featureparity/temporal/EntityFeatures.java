package org.featureparity.temporal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.pipeline.PipelineException;
import org.featureparity.pipeline.PipelineOutput;

/**
 * One pipeline output as feature values by entity key, in the contract's feature order. A missing column or an
 * entity twice is an error of the run, as in the equivalence property.
 */
final class EntityFeatures {

    private EntityFeatures() {
    }

    static Map<List<Object>, List<Object>> of(PipelineOutput output, FeatureGroupContract contract, Side side,
                                              String pipeline) {
        List<Integer> keys = new ArrayList<>();
        for (String column : contract.entity()) {
            keys.add(column(output, pipeline, column));
        }
        List<Integer> values = new ArrayList<>();
        for (FeatureSpec feature : contract.features()) {
            values.add(column(output, pipeline, feature.columnIn(side)));
        }
        Map<List<Object>, List<Object>> rows = new LinkedHashMap<>();
        for (List<Object> row : output.rows()) {
            List<Object> key = new ArrayList<>();
            keys.forEach(index -> key.add(normalizedKey(row.get(index))));
            List<Object> featureValues = new ArrayList<>();
            values.forEach(index -> featureValues.add(row.get(index)));
            if (rows.put(key, featureValues) != null) {
                throw new PipelineException("pipeline " + pipeline + " returned entity " + key + " more than once");
            }
        }
        return rows;
    }

    /** Integral keys as {@code Long} whatever their SQL type, so a key built from an event's entity id finds them. */
    static Object normalizedKey(Object key) {
        if (key instanceof Number number && !(key instanceof Double) && !(key instanceof Float)) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (decimal.stripTrailingZeros().scale() <= 0) {
                return decimal.longValueExact();
            }
        }
        return key;
    }

    /** Strict equality: the same value, numbers compared by value whatever their Java type; NULL equals NULL. */
    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Double || b instanceof Double) {
            return a instanceof Number x && b instanceof Number y && Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }

    static boolean same(List<Object> a, List<Object> b) {
        if (a == null || b == null) {
            return a == b;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static int column(PipelineOutput output, String pipeline, String column) {
        return output.indexOf(column).orElseThrow(() -> new PipelineException("pipeline " + pipeline
                + " returned no column " + column + " (it returned " + output.columns() + ")"));
    }
}
