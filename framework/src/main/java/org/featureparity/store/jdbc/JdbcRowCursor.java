package org.featureparity.store.jdbc;

import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;
import org.featureparity.store.StoreException;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;

/** Streams a scan's rows; closing it ends the read-only transaction and returns the connection. */
final class JdbcRowCursor implements RowCursor {

    private final Handle handle;
    private final ResultIterator<FeatureRow> rows;
    private final String sql;
    private final String role;
    private final Function<Throwable, String> describeFailure;

    JdbcRowCursor(Handle handle, ResultIterator<FeatureRow> rows, String sql, String role,
                  Function<Throwable, String> describeFailure) {
        this.handle = handle;
        this.rows = rows;
        this.sql = sql;
        this.role = role;
        this.describeFailure = describeFailure;
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (RuntimeException e) {
            throw new StoreException(role + " store: scan failed: " + describeFailure.apply(e), e);
        }
    }

    @Override
    public FeatureRow next() {
        try {
            return rows.next();
        } catch (RuntimeException e) {
            throw new StoreException(role + " store: scan failed: " + describeFailure.apply(e), e);
        }
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (RuntimeException ignored) {
            // a broken connection cannot close its result set; the handle below is still released
        } finally {
            JdbcFeatureStore.closeQuietly(handle);
        }
    }
}
