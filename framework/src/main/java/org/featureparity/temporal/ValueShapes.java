package org.featureparity.temporal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.contract.FeatureSpec;

/**
 * Per feature and side, what the numeric values among a set of mismatches look like: whether every one is whole,
 * and the most decimals any has. One value that happens to be whole is no evidence of an integer cast; a side
 * whose values all have at most one decimal was rounded to one. Computed once per classification, so judging a
 * mismatch by its feature's other mismatches costs nothing per row.
 */
final class ValueShapes {

    private record Shape(boolean allWhole, int largestScale) {
    }

    private final Map<FeatureSpec, Shape> oldShapes = new HashMap<>();
    private final Map<FeatureSpec, Shape> newShapes = new HashMap<>();

    private ValueShapes() {
    }

    static ValueShapes of(List<MismatchedValue> mismatches) {
        ValueShapes shapes = new ValueShapes();
        for (MismatchedValue m : mismatches) {
            add(shapes.oldShapes, m.feature(), m.oldValue());
            add(shapes.newShapes, m.feature(), m.newValue());
        }
        return shapes;
    }

    /** Whether every numeric value of the feature on that side is whole. */
    boolean allWhole(FeatureSpec feature, boolean oldSide) {
        Shape shape = (oldSide ? oldShapes : newShapes).get(feature);
        return shape == null || shape.allWhole();
    }

    /** The most decimals a numeric value of the feature has on that side, trailing zeros dropped. */
    int largestScale(FeatureSpec feature, boolean oldSide) {
        Shape shape = (oldSide ? oldShapes : newShapes).get(feature);
        return shape == null ? 0 : shape.largestScale();
    }

    static boolean whole(Number n) {
        if (n instanceof Double d) {
            return !d.isNaN() && !d.isInfinite() && d == Math.rint(d);
        }
        return scale(n) <= 0;
    }

    private static void add(Map<FeatureSpec, Shape> shapes, FeatureSpec feature, Object value) {
        if (!(value instanceof Number n) || n instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return;
        }
        Shape seen = shapes.getOrDefault(feature, new Shape(true, 0));
        shapes.put(feature, new Shape(seen.allWhole() && whole(n), Math.max(seen.largestScale(), scale(n))));
    }

    private static int scale(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().scale();
    }
}
