package org.featureparity.generate.events;

/**
 * Relative weights of the choices an event history is made of; each group of weights is one weighted choice, and
 * the first weight of each group is the ordinary case the shrinker moves toward. A weight of 0 turns a case off.
 */
public record HistoryWeights(
        // the as-of time t
        int asOfUtcMidnight, int asOfLocalMidnight, int asOfAcrossDst,
        // the zone: UTC, or one of the configured non-UTC zones
        int utcZone, int otherZone,
        // the history's shape
        int ordinaryHistory, int emptyHistory, int oneEntityManyEvents,
        // each event: a fresh one or a duplicate of an earlier one
        int freshEvent, int duplicateEvent,
        // each fresh event's time
        int ordinaryTime, int atWindowStart, int besideWindowStart, int atAsOf, int besideAsOf, int afterAsOf,
        int nearDstTransition,
        // each event's arrival
        int onTime, int late,
        // each fresh event's value
        int ordinaryValue, int nullValue, int zeroValue, int extremeValue) {

    /** A mix where about half the events sit on an edge. */
    public static final HistoryWeights DEFAULT = new HistoryWeights(
            4, 2, 2,
            1, 1,
            8, 1, 1,
            9, 1,
            10, 3, 3, 3, 3, 1, 2,
            8, 2,
            8, 1, 1, 1);

    /** Only ordinary cases: what production data without edges looks like, for comparing detection rates. */
    public static final HistoryWeights ORDINARY = new HistoryWeights(
            1, 0, 0,
            1, 0,
            1, 0, 0,
            1, 0,
            1, 0, 0, 0, 0, 0, 0,
            1, 0,
            1, 0, 0, 0);

    public HistoryWeights {
        int[] all = {asOfUtcMidnight, asOfLocalMidnight, asOfAcrossDst, utcZone, otherZone, ordinaryHistory,
                emptyHistory, oneEntityManyEvents, freshEvent, duplicateEvent, ordinaryTime, atWindowStart,
                besideWindowStart, atAsOf, besideAsOf, afterAsOf, nearDstTransition, onTime, late, ordinaryValue,
                nullValue, zeroValue, extremeValue};
        for (int weight : all) {
            if (weight < 0) {
                throw new IllegalArgumentException("weights must be >= 0");
            }
        }
        requirePositive(asOfUtcMidnight + asOfLocalMidnight + asOfAcrossDst, "as-of");
        requirePositive(utcZone + otherZone, "zone");
        requirePositive(ordinaryHistory + emptyHistory + oneEntityManyEvents, "history shape");
        requirePositive(freshEvent + duplicateEvent, "event");
        requirePositive(ordinaryTime + atWindowStart + besideWindowStart + atAsOf + besideAsOf + afterAsOf
                + nearDstTransition, "event time");
        requirePositive(onTime + late, "arrival");
        requirePositive(ordinaryValue + nullValue + zeroValue + extremeValue, "value");
    }

    private static void requirePositive(int sum, String group) {
        if (sum <= 0) {
            throw new IllegalArgumentException("the " + group + " weights need at least one positive weight");
        }
    }
}
