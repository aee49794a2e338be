package org.featureparity.evidence;

/**
 * Row counts of one comparison.
 *
 * @param compared   rows present in both stores and compared
 * @param agreed     compared rows whose values agree within tolerance
 * @param mismatched compared rows whose values do not
 * @param missingOld rows present only in the new store
 * @param missingNew rows present only in the old store
 */
public record Counts(long compared, long agreed, long mismatched, long missingOld, long missingNew) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
}
