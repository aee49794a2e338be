package org.featureparity.store.jdbc;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;
import org.featureparity.store.StoreException;
import org.jdbi.v3.core.Handle;

/**
 * A scan's rows from a dialect's {@link RowStreamer}, split into key and values; closing it ends the stream, the
 * read-only transaction, and returns the connection.
 */
final class StreamedRowCursor implements RowCursor {

    private final Handle handle;
    private final RowStreamer.RowStream stream;
    private final int keys;
    private final String sql;
    private final String role;
    private final Function<Throwable, String> describeFailure;
    private FeatureRow next;
    private boolean done;

    StreamedRowCursor(Handle handle, RowStreamer.RowStream stream, int keys, String sql, String role,
                      Function<Throwable, String> describeFailure) {
        this.handle = handle;
        this.stream = stream;
        this.keys = keys;
        this.sql = sql;
        this.role = role;
        this.describeFailure = describeFailure;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                Object[] columns = stream.next();
                if (columns == null) {
                    done = true;
                } else {
                    next = new FeatureRow(Arrays.copyOf(columns, keys), Arrays.copyOfRange(columns, keys, columns.length));
                }
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
            stream.close();
        } catch (SQLException | RuntimeException ignored) {
            // a broken connection cannot cancel its statement; the handle below is still released
        } finally {
            JdbcFeatureStore.closeQuietly(handle);
        }
    }
}
