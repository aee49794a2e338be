package org.featureparity.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.featureparity.store.FeatureRow;

/**
 * A faster way than the driver's result set to stream a statement's rows, offered by a {@link PushdownDialect} for
 * the columns it can decode itself (PostgreSQL: binary COPY of integer, floating-point and boolean columns, where the
 * result set builds every value through the driver's generic getters). Values must be exactly those the result set
 * gives (the same boxed types, NaN, infinities and -0.0 kept).
 */
public interface RowStreamer {

    /**
     * Starts streaming {@code select}'s rows on {@code connection}, inside its read-only transaction, the statement
     * limited to {@code timeoutSeconds} (0: no limit); the first {@code keyColumns} selected columns are the key.
     */
    RowStream open(Connection connection, String select, int keyColumns, int timeoutSeconds) throws SQLException;

    /** The statement as it runs, for evidence: {@code select} (or its abbreviation) wrapped as the streamer sends it. */
    String statementFor(String select);

    /** The rows of one statement. */
    interface RowStream extends AutoCloseable {

        /** The next row, or {@code null} after the last one. */
        FeatureRow next() throws SQLException;

        /** Ends the stream, cancelling the statement if it has rows left. */
        @Override
        void close() throws SQLException;
    }
}
