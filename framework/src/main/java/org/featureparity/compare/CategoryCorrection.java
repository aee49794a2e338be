package org.featureparity.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.evidence.Mismatch;

/**
 * A feature's mismatch categories after a classifier stage looked at its mismatching rows again (e.g. by
 * recomputing them from events), replacing the counts and top mismatches the values alone gave.
 *
 * @param categories   counts per category id over every mismatching row, largest first
 * @param topMismatches the same top mismatches, with their corrected categories
 * @param recomputed   rows whose category the stage decided by recomputation
 * @param examined     rows the stage looked at; the others keep the category their values give
 */
public record CategoryCorrection(Map<String, Long> categories, List<Mismatch> topMismatches, long recomputed,
                                 long examined) {

    public CategoryCorrection {
        categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        topMismatches = List.copyOf(topMismatches);
    }
}
