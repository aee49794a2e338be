package org.featureparity.compare;

import java.util.ArrayList;
import java.util.List;
import org.featureparity.contract.Side;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;

/**
 * Reads both sides whole into memory and sorts them in Java before merging: for small groups and tests, and as an
 * independent check of the store's ordering (the merge relies on it, this strategy does not). Refuses groups
 * larger than {@link #MAX_ROWS} rows per side rather than running out of heap.
 */
public final class InMemoryStrategy implements ComparisonStrategy {

    public static final String NAME = "in-memory";
    public static final int MAX_ROWS = 1_000_000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ComparisonResult compare(ComparisonTask task) {
        BothSides.Pair<List<FeatureRow>> rows = BothSides.concurrently(() -> load(task, Side.OLD), () -> load(task, Side.NEW));
        ComparisonResult result = task.merge(java.util.OptionalLong.empty()).run(new RowsInMemory(rows.old(), "in memory: " + task.oldScan().source().describe()),
                new RowsInMemory(rows.fresh(), "in memory: " + task.newScan().source().describe()));
        return result.withStrategy(new StrategyReport(NAME, rows.old().size(), rows.fresh().size(),
                "both sides read into memory and sorted in Java, then merged"));
    }

    private static List<FeatureRow> load(ComparisonTask task, Side side) {
        List<FeatureRow> rows = new ArrayList<>();
        try (RowCursor cursor = task.store(side).scan(task.scan(side))) {
            while (cursor.hasNext()) {
                if (rows.size() == MAX_ROWS) {
                    throw new ComparisonException("the " + side.role() + " store has more than " + MAX_ROWS
                            + " rows: too many for parity.compare.strategy=in-memory; use merge or auto");
                }
                if (rows.size() % 4096 == 0) {
                    task.deadline().check();
                }
                rows.add(cursor.next());
            }
        }
        rows.sort(KeyOrder.INSTANCE);
        return rows;
    }
}
