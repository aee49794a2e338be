package org.featureparity.contract;

import java.util.Optional;

/**
 * How much of a group a comparison reads: every entity or a deterministic sample, to the end or until a fail-fast
 * bound stops it.
 *
 * @param sample   the entities compared, when not all
 * @param failFast when the comparison may stop early
 */
public record ComparisonScope(Optional<Sample> sample, FailFast failFast) {

    public static final ComparisonScope FULL = new ComparisonScope(Optional.empty(), FailFast.NONE);

    public ComparisonScope withSample(Sample entities) {
        return new ComparisonScope(Optional.of(entities), failFast);
    }

    public ComparisonScope withFailFast(FailFast bounds) {
        return new ComparisonScope(sample, bounds);
    }
}
