package org.featureparity.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.featureparity.store.FeatureRow;

/**
 * A statement's rows read through the driver's result set, each column through its reader (a mapper per row would
 * cost more than the row's values).
 */
final class ResultSetRows implements RowStreamer.RowStream {

    private final PreparedStatement statement;
    private final ResultSet rows;
    private final ColumnReader[] keyReaders;
    private final ColumnReader[] valueReaders;

    ResultSetRows(PreparedStatement statement, ResultSet rows, ColumnReader[] keyReaders, ColumnReader[] valueReaders) {
        this.statement = statement;
        this.rows = rows;
        this.keyReaders = keyReaders.clone();
        this.valueReaders = valueReaders.clone();
    }

    @Override
    public FeatureRow next() throws SQLException {
        if (!rows.next()) {
            return null;
        }
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
    public void close() throws SQLException {
        try {
            rows.close();
        } finally {
            statement.close();
        }
    }
}
