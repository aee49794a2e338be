package org.featureparity.compare;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;

/** An in-memory {@link RowCursor} over rows given in the order a store would return them. */
final class ListCursor implements RowCursor {

    private final String sql;
    private final Iterator<FeatureRow> rows;
    private boolean closed;

    private ListCursor(String sql, List<FeatureRow> rows) {
        this.sql = sql;
        this.rows = List.copyOf(rows).iterator();
    }

    static ListCursor of(String sql, List<FeatureRow> rows) {
        return new ListCursor(sql, rows);
    }

    static ListCursor empty(String sql) {
        return new ListCursor(sql, List.of());
    }

    /** Rows with a single key column: each entry is {@code key, value1, value2, ...}. */
    static ListCursor singleKey(String sql, Object[]... rows) {
        List<FeatureRow> list = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] values = new Object[row.length - 1];
            System.arraycopy(row, 1, values, 0, values.length);
            list.add(new FeatureRow(new Object[] {row[0]}, values));
        }
        return new ListCursor(sql, list);
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
        closed = true;
    }

    boolean closed() {
        return closed;
    }
}
