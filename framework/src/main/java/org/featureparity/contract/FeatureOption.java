package org.featureparity.contract;

/** Something a feature declaration may carry: nullability, a tolerance, null semantics, a rename, a threshold. */
public sealed interface FeatureOption
        permits Tolerance, FeatureOptions.Nullability, FeatureOptions.NullEqualsZero, FeatureOptions.NanDiffersFromNan,
                FeatureOptions.Rename, FeatureOptions.AgreementOverride {
}
