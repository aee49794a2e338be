package org.featureparity.compare;

import org.featureparity.contract.FeatureSpec;

/**
 * Whether two values of one feature agree, under the feature's tolerance and null semantics: the same rule the
 * store comparison applies row by row, for callers that hold single values (e.g. generated properties).
 */
public final class FeatureComparison {

    private FeatureComparison() {
    }

    /** True when the old and the new value agree; {@code null} stands for SQL NULL. */
    public static boolean agrees(FeatureSpec feature, Object oldValue, Object newValue) {
        return new ValueAgreement(feature).agrees(oldValue, newValue);
    }

    /**
     * The cause of a mismatch as far as the two values show it (null-handling, precision, type-coercion,
     * timezone-shift of timestamps, else other); causes that need the events are found by recomputation.
     */
    public static org.featureparity.evidence.MismatchCategory classifyByValue(FeatureSpec feature, Object oldValue,
                                                                              Object newValue) {
        return MismatchClassifier.classify(feature, oldValue, newValue);
    }

    /** How far apart two disagreeing values are: a numeric gap, seconds for times, infinity otherwise. */
    public static double delta(Object oldValue, Object newValue) {
        return ValueAgreement.delta(oldValue, newValue);
    }

    /** The likely cause of a disagreement, from the two values alone (as the values check classifies rows). */
    public static org.featureparity.evidence.MismatchCategory category(Object oldValue, Object newValue) {
        return MismatchClassifier.classify(oldValue, newValue);
    }

    /** A value as evidence shows it: {@code NULL}, decimals without exponent. */
    public static String render(Object value) {
        return ValueRendering.render(value);
    }
}
