package org.featureparity.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;
import org.featureparity.store.StoreException;
import org.jdbi.v3.core.Handle;

/**
 * Streams a scan's rows straight from the JDBC result set, each column through its reader (a mapper per row would
 * cost more than the row's values); closing it ends the read-only transaction and returns the connection.
 */
final class JdbcRowCursor implements RowCursor {

    private final Handle handle;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final ColumnReader[] keyReaders;
    private final ColumnReader[] valueReaders;
    private final String sql;
    private final String role;
    private final Function<Throwable, String> describeFailure;
    private FeatureRow next;
    private boolean done;

    JdbcRowCursor(Handle handle, PreparedStatement statement, ResultSet rows, ColumnReader[] keyReaders,
                  ColumnReader[] valueReaders, String sql, String role, Function<Throwable, String> describeFailure) {
        this.handle = handle;
        this.statement = statement;
        this.rows = rows;
        this.keyReaders = keyReaders.clone();
        this.valueReaders = valueReaders.clone();
        this.sql = sql;
        this.role = role;
        this.describeFailure = describeFailure;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                if (rows.next()) {
                    next = read();
                } else {
                    done = true;
                }
            } catch (SQLException | RuntimeException e) {
                throw new StoreException(role + " store: scan failed: " + describeFailure.apply(e), e);
            }
        }
        return next != null;
    }

    private FeatureRow read() throws SQLException {
        Object[] key = new Object[keyReaders.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = keyReaders[i].read(rows, i + 1);
        }
        Object[] values = new Object[valueReaders.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = valueReaders[i].read(rows, key.length + i + 1);
        }
        return new FeatureRow(key, values);
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
            statement.close();
        } catch (SQLException | RuntimeException ignored) {
            // a broken connection cannot close its result set; the handle below is still released
        } finally {
            JdbcFeatureStore.closeQuietly(handle);
        }
    }
}
