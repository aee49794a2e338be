package org.featureparity.reports;

import java.util.Comparator;
import java.util.List;
import org.featureparity.evidence.Mismatch;

/** How reports order and spell a mismatch's delta. */
final class Delta {

    /**
     * Largest first; non-finite deltas (no distance exists, e.g. NULL against a value) lead, since they are the
     * mismatches a reviewer must see. {@link Double#compare} ranks NaN above infinity, so both come first.
     */
    static final Comparator<Mismatch> LARGEST_FIRST = Comparator.comparingDouble(Mismatch::delta).reversed();

    private Delta() {
    }

    /** The mismatches, largest delta first; ties keep their reported order. */
    static List<Mismatch> largestFirst(List<Mismatch> mismatches) {
        return mismatches.stream().sorted(LARGEST_FIRST).toList();
    }

    /** {@code Infinity} and {@code NaN} spelled out, finite values as Java writes them. */
    static String text(double delta) {
        return Double.toString(delta);
    }
}
