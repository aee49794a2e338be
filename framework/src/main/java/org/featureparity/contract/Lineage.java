package org.featureparity.contract;

import java.util.Optional;

/** Where a group's features come from, as the contract's author describes it for auditors. */
public record Lineage(Optional<String> source, Optional<String> transformation) {

    public static final Lineage UNKNOWN = new Lineage(Optional.empty(), Optional.empty());
}
