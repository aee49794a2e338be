package org.featureparity.compare;

/**
 * Which comparison strategy ran, and what it cost in rows moved to the client: evidence that a pushdown really
 * fetched only the ranges that differ.
 *
 * @param name            {@code merge}, {@code pushdown} or {@code in-memory}
 * @param rowsFetchedOld  feature rows read from the old store into the comparison
 * @param rowsFetchedNew  feature rows read from the new store
 * @param detail          how the strategy was chosen and what it did, for a person reading the evidence
 */
public record StrategyReport(String name, long rowsFetchedOld, long rowsFetchedNew, String detail) {

    public static StrategyReport merge(long rowsOld, long rowsNew) {
        return new StrategyReport("merge", rowsOld, rowsNew, "streaming merge of both sides ordered by key");
    }

    public StrategyReport withDetail(String more) {
        return new StrategyReport(name, rowsFetchedOld, rowsFetchedNew, more.isEmpty() ? detail : detail + "; " + more);
    }
}
