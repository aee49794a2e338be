package org.featureparity.store.jdbc;

import java.sql.SQLException;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;
import org.featureparity.store.StoreException;
import org.jdbi.v3.core.Handle;

/**
 * Streams a scan's rows, read through the result set ({@link ResultSetRows}) or a dialect's {@link RowStreamer};
 * closing it ends the stream and the read-only transaction, and returns the connection.
 */
final class JdbcRowCursor implements RowCursor {

    private final Handle handle;
    private final RowStreamer.RowStream rows;
    private final String sql;
    private final String role;
    private final Function<Throwable, String> describeFailure;
    private FeatureRow next;
    private boolean done;

    JdbcRowCursor(Handle handle, RowStreamer.RowStream rows, String sql, String role,
                  Function<Throwable, String> describeFailure) {
        this.handle = handle;
        this.rows = rows;
        this.sql = sql;
        this.role = role;
        this.describeFailure = describeFailure;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = rows.next();
                done = next == null;
            } catch (SQLException | RuntimeException e) {
                throw new StoreException(role + " store: scan failed: " + describeFailure.apply(e), e);
            }
        }
        return next != null;
    }

    @Override
    public FeatureRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FeatureRow current = next;
        next = null;
        return current;
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (SQLException | RuntimeException ignored) {
            // a broken connection cannot close its statement; the handle below is still released
        } finally {
            JdbcFeatureStore.closeQuietly(handle);
        }
    }
}
