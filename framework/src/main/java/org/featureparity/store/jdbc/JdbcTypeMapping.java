package org.featureparity.store.jdbc;

import java.sql.Types;
import java.util.Locale;
import java.util.Optional;
import org.featureparity.contract.FeatureType;

/**
 * Maps a JDBC column type to a portable {@link FeatureType}. Unknown types map to nothing, so a schema check can
 * name them instead of guessing.
 */
final class JdbcTypeMapping {

    /** PostgreSQL reports an unconstrained numeric with this column size. */
    private static final int MAX_DECLARED_PRECISION = 1000;

    private JdbcTypeMapping() {
    }

    static Optional<FeatureType> portable(int jdbcType, String typeName, int precision, int scale) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("timestamptz") || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE) {
            return Optional.of(timestampOf(FeatureType.Kind.TIMESTAMPTZ, scale));
        }
        if (name.equals("bool") || name.equals("boolean")) {
            return Optional.of(FeatureType.BOOLEAN);
        }
        return switch (jdbcType) {
            case Types.BOOLEAN, Types.BIT -> Optional.of(FeatureType.BOOLEAN);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> Optional.of(FeatureType.INT32);
            case Types.BIGINT -> Optional.of(FeatureType.INT64);
            case Types.REAL -> Optional.of(FeatureType.FLOAT32);
            case Types.FLOAT, Types.DOUBLE -> Optional.of(FeatureType.FLOAT64);
            case Types.NUMERIC, Types.DECIMAL -> Optional.of(decimalOf(precision, scale));
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> Optional.of(FeatureType.STRING);
            case Types.DATE -> Optional.of(FeatureType.DATE);
            case Types.TIMESTAMP -> Optional.of(timestampOf(FeatureType.Kind.TIMESTAMP, scale));
            default -> Optional.empty();
        };
    }

    /** The store's own spelling of a type, with its modifiers, for evidence. */
    static String nativeSpelling(String typeName, int jdbcType, int precision, int scale) {
        if ((jdbcType == Types.NUMERIC || jdbcType == Types.DECIMAL) && precision > 0 && precision <= MAX_DECLARED_PRECISION) {
            return typeName + "(" + precision + "," + scale + ")";
        }
        return typeName;
    }

    private static FeatureType decimalOf(int precision, int scale) {
        if (precision <= 0 || precision > MAX_DECLARED_PRECISION || scale < 0 || scale > precision) {
            return FeatureType.DECIMAL;
        }
        return FeatureType.decimal(precision, scale);
    }

    private static FeatureType timestampOf(FeatureType.Kind kind, int fractionalDigits) {
        int digits = fractionalDigits >= 0 && fractionalDigits <= 9 ? fractionalDigits : FeatureType.UNSPECIFIED;
        return new FeatureType(kind, digits, FeatureType.UNSPECIFIED);
    }
}
