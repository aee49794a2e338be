package org.featureparity.compare;

/**
 * One way of comparing a group's two stores. Every strategy gives the same {@link ComparisonResult} for the same
 * data (counts, tallies with categories and top mismatches, missing keys); they differ in what they cost.
 */
public interface ComparisonStrategy {

    /** {@code merge}, {@code pushdown} or {@code in-memory}: the value of {@code parity.compare.strategy}. */
    String name();

    ComparisonResult compare(ComparisonTask task);
}
