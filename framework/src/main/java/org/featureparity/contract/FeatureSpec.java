package org.featureparity.contract;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One feature of a group: its portable type, nullability, tolerance and null semantics, and its column name in each
 * store (the feature name unless a rename is declared).
 */
public record FeatureSpec(
        String name,
        FeatureType type,
        boolean nullable,
        Tolerance tolerance,
        NullSemantics nullSemantics,
        Optional<String> oldName,
        Optional<String> newName,
        OptionalDouble agreementThreshold) {

    /** The column holding this feature in the given store. */
    public String columnIn(Side side) {
        return (side == Side.OLD ? oldName : newName).orElse(name);
    }

    /** The agreement this feature must reach: its own threshold, else the group's. */
    public double thresholdUnder(GatePolicy gate) {
        return agreementThreshold.orElse(gate.agreement());
    }
}
