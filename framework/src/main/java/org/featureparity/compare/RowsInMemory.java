package org.featureparity.compare;

import java.util.Iterator;
import java.util.List;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;

/** Rows already held in memory, in key order, as a cursor the merge can read; {@code sql} says where they came from. */
final class RowsInMemory implements RowCursor {

    private final Iterator<FeatureRow> rows;
    private final String sql;

    RowsInMemory(List<FeatureRow> rows, String sql) {
        this.rows = rows.iterator();
        this.sql = sql;
    }

    static RowsInMemory none(String sql) {
        return new RowsInMemory(List.of(), sql);
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public FeatureRow next() {
        return rows.next();
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public void close() {
        // nothing held
    }
}
