package org.featureparity.contract;

/** The non-tolerance options a feature declaration may carry. */
public final class FeatureOptions {

    private FeatureOptions() {
    }

    /** Whether the feature may be NULL. */
    public record Nullability(boolean nullable) implements FeatureOption {
    }

    /** NULL on one side agrees with 0 (or the empty string) on the other. */
    public record NullEqualsZero() implements FeatureOption {
    }

    /** NaN on both sides counts as a mismatch (by default two NaNs agree). */
    public record NanDiffersFromNan() implements FeatureOption {
    }

    /** The feature's column is named differently in the old or the new store: a declared rename. */
    public record Rename(Side side, String column) implements FeatureOption {
    }

    /** An agreement threshold for this feature that overrides the group's gate. */
    public record AgreementOverride(double threshold) implements FeatureOption {
    }
}
