package org.featureparity.contract;

/**
 * What a group must reach to pass its gate.
 *
 * @param agreement        share of compared rows whose feature values agree within tolerance, per feature
 * @param coverage         share of entities present in both stores, out of all entities seen in either
 * @param maxNullRateDelta largest allowed difference between the two stores' NULL rates of a feature
 *                         ({@code null-rate} check)
 * @param maxPsi           largest allowed population stability index of a feature's distribution
 *                         ({@code distribution} check; below 0.1 is conventionally no shift, above 0.25 a large one)
 * @param maxKs            largest allowed two-sample Kolmogorov-Smirnov statistic of a numeric feature
 */
public record GatePolicy(double agreement, double coverage, double maxNullRateDelta, double maxPsi, double maxKs) {

    public static final double DEFAULT_AGREEMENT = 0.995;
    public static final double DEFAULT_COVERAGE = 1.0;
    /** One percentage point: more NULLs than that on one side is a pipeline change, not noise. */
    public static final double DEFAULT_MAX_NULL_RATE_DELTA = 0.01;
    /** The conventional "no significant shift" bound. */
    public static final double DEFAULT_MAX_PSI = 0.1;
    public static final double DEFAULT_MAX_KS = 0.1;
    public static final GatePolicy DEFAULT = new GatePolicy(DEFAULT_AGREEMENT, DEFAULT_COVERAGE);

    public GatePolicy {
        requireShare(agreement, "agreement");
        requireShare(coverage, "coverage");
        requireShare(maxNullRateDelta, "max_null_rate_delta");
        if (!(maxPsi >= 0 && maxPsi < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("max_psi threshold must be a finite number >= 0, was " + maxPsi);
        }
        requireShare(maxKs, "max_ks");
    }

    /** A gate on agreement and coverage, with the default distribution thresholds. */
    public GatePolicy(double agreement, double coverage) {
        this(agreement, coverage, DEFAULT_MAX_NULL_RATE_DELTA, DEFAULT_MAX_PSI, DEFAULT_MAX_KS);
    }

    public GatePolicy withAgreement(double threshold) {
        return new GatePolicy(threshold, coverage, maxNullRateDelta, maxPsi, maxKs);
    }

    public GatePolicy withCoverage(double threshold) {
        return new GatePolicy(agreement, threshold, maxNullRateDelta, maxPsi, maxKs);
    }

    public GatePolicy withMaxNullRateDelta(double threshold) {
        return new GatePolicy(agreement, coverage, threshold, maxPsi, maxKs);
    }

    public GatePolicy withMaxPsi(double threshold) {
        return new GatePolicy(agreement, coverage, maxNullRateDelta, threshold, maxKs);
    }

    public GatePolicy withMaxKs(double threshold) {
        return new GatePolicy(agreement, coverage, maxNullRateDelta, maxPsi, threshold);
    }

    static void requireShare(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " threshold must be within [0, 1], was " + value);
        }
    }
}
