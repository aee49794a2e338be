package org.featureparity.temporal;

import org.featureparity.evidence.MismatchCategory;

/**
 * Why one mismatch happened, and on what evidence.
 *
 * @param recomputed true when the reference pipeline, run on the history with the cause applied, gave the new
 *                   value; false when the category comes from the two values alone
 * @param evidence   what was shown, e.g. "the old pipeline gives the new value with event times shifted by PT1H"
 */
public record Explanation(MismatchCategory category, boolean recomputed, String evidence) {
}
