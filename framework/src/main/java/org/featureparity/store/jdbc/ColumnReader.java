package org.featureparity.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.featureparity.contract.FeatureType;
import org.featureparity.store.StoreColumn;

/** Reads one column of the current row as a canonical Java value, or {@code null} for SQL NULL. */
@FunctionalInterface
interface ColumnReader {

    Object read(ResultSet row, int index) throws SQLException;

    static ColumnReader forColumn(StoreColumn column) {
        FeatureType.Kind kind = column.type().map(FeatureType::kind).orElse(null);
        if (kind == null) {
            return (row, index) -> row.getString(index);
        }
        return switch (kind) {
            case BOOLEAN -> (row, index) -> {
                boolean value = row.getBoolean(index);
                return row.wasNull() ? null : value;
            };
            case INT32, INT64 -> (row, index) -> {
                long value = row.getLong(index);
                return row.wasNull() ? null : value;
            };
            // float4 is widened exactly, not re-parsed from its decimal text
            case FLOAT32 -> (row, index) -> {
                float value = row.getFloat(index);
                return row.wasNull() ? null : (double) value;
            };
            case FLOAT64 -> (row, index) -> {
                double value = row.getDouble(index);
                return row.wasNull() ? null : value;
            };
            case DECIMAL -> ResultSet::getBigDecimal;
            case STRING -> ResultSet::getString;
            case DATE -> (row, index) -> row.getObject(index, LocalDate.class);
            case TIMESTAMP -> (row, index) -> row.getObject(index, LocalDateTime.class);
            case TIMESTAMPTZ -> (row, index) -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            };
        };
    }
}
