package org.featureparity.contract;

/**
 * What a group must reach to pass its gate.
 *
 * @param agreement share of compared rows whose feature values agree within tolerance, per feature
 * @param coverage  share of entities present in both stores, out of all entities seen in either
 */
public record GatePolicy(double agreement, double coverage) {

    public static final double DEFAULT_AGREEMENT = 0.995;
    public static final double DEFAULT_COVERAGE = 1.0;
    public static final GatePolicy DEFAULT = new GatePolicy(DEFAULT_AGREEMENT, DEFAULT_COVERAGE);

    public GatePolicy {
        requireShare(agreement, "agreement");
        requireShare(coverage, "coverage");
    }

    public GatePolicy withAgreement(double threshold) {
        return new GatePolicy(threshold, coverage);
    }

    public GatePolicy withCoverage(double threshold) {
        return new GatePolicy(agreement, threshold);
    }

    static void requireShare(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " threshold must be within [0, 1], was " + value);
        }
    }
}
