package org.featureparity.pipeline.sql;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Reads a result column as the canonical Java value the comparison expects, the same canonical values the store
 * scans produce: integers as {@code Long}, {@code real} widened exactly to {@code Double}, numerics as
 * {@code BigDecimal}, {@code timestamptz} as {@code Instant}, {@code timestamp} as {@code LocalDateTime}.
 */
final class CanonicalValues {

    private CanonicalValues() {
    }

    static Object read(ResultSet row, ResultSetMetaData meta, int index) throws SQLException {
        String typeName = meta.getColumnTypeName(index).toLowerCase(Locale.ROOT);
        Object value = switch (meta.getColumnType(index)) {
            case Types.BIT, Types.BOOLEAN -> row.getBoolean(index);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> row.getLong(index);
            case Types.REAL -> (double) row.getFloat(index);
            case Types.FLOAT, Types.DOUBLE -> row.getDouble(index);
            case Types.NUMERIC, Types.DECIMAL -> row.getBigDecimal(index);
            case Types.DATE -> row.getObject(index, LocalDate.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> instant(row, index);
            // PostgreSQL reports timestamptz as TIMESTAMP; only its type name tells them apart
            case Types.TIMESTAMP -> typeName.contains("tz") ? instant(row, index)
                    : row.getObject(index, LocalDateTime.class);
            default -> row.getString(index);
        };
        return row.wasNull() ? null : value;
    }

    private static Object instant(ResultSet row, int index) throws SQLException {
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
