package org.featureparity.store.jdbc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.featureparity.contract.Sample;
import java.util.stream.Collectors;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.StoreColumn;

/**
 * The few SQL spellings that differ between databases for scanning. Pushdown dialects come later through their own
 * SPI; this one only has to produce a correct ordered scan.
 */
enum JdbcDialect {
    ANSI,
    /** Orders text keys by byte order ({@code COLLATE "C"}), which is the order the merge compares in. */
    POSTGRESQL;

    static JdbcDialect forProduct(String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : ANSI;
    }

    String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    String relation(SourceRef source) {
        if (source instanceof SourceRef.Table table) {
            return QualifiedName.parse(table.qualifiedName()).parts().stream().map(this::quote)
                    .collect(Collectors.joining("."));
        }
        return "(" + ((SourceRef.Query) source).sql() + ") AS parity_source";
    }

    String orderTerm(StoreColumn key) {
        boolean text = key.type().map(t -> t.kind() == FeatureType.Kind.STRING).orElse(false);
        return this == POSTGRESQL && text ? quote(key.name()) + " COLLATE \"C\"" : quote(key.name());
    }

    /** A source usable as a named relation in a larger statement: {@code <relation> AS <alias>}. */
    String aliased(SourceRef source, String alias) {
        if (source instanceof SourceRef.Table) {
            return relation(source) + " AS " + alias;
        }
        return "(" + ((SourceRef.Query) source).sql() + ") AS " + alias;
    }

    /** The SQL type a parameter of the column's portable type is cast to, so VALUES lists compare as the column does. */
    String castType(StoreColumn column) {
        FeatureType.Kind kind = column.type().map(FeatureType::kind).orElseThrow(() -> new IllegalArgumentException(
                "column '" + column.name() + "' has type " + column.nativeType() + ", which has no portable mapping"));
        return switch (kind) {
            case BOOLEAN -> "boolean";
            case INT32 -> "integer";
            case INT64 -> "bigint";
            case FLOAT32, FLOAT64 -> "double precision";
            case DECIMAL -> "numeric";
            case STRING -> this == POSTGRESQL ? "text" : "varchar(4000)";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMPTZ -> "timestamp with time zone";
        };
    }

    /**
     * A seeded 64-bit hash of the given column expressions, the same in every store of this dialect for the same
     * values: how samples are drawn deterministically from the data itself.
     */
    String seededHash(List<String> textExpressions) {
        if (this != POSTGRESQL) {
            throw new UnsupportedOperationException("sampling a history needs a seeded hash; only the PostgreSQL dialect has one");
        }
        return "hashtextextended(concat_ws('|', " + String.join(", ", textExpressions) + "), ?)";
    }

    /**
     * A temporal column as the text of its instant's epoch seconds: a timestamp or date is taken in the session's
     * zone (the contract's), so the same instant hashes alike in a timestamptz store and a timestamp store.
     */
    String instantText(String quotedColumn) {
        return "extract(epoch from CAST(" + quotedColumn + " AS timestamp with time zone))::text";
    }

    /**
     * The predicate keeping only the sampled entities, or empty when this database has no hash function the
     * framework can rely on to give the same answer in both stores. PostgreSQL: {@code hashtextextended} (stable
     * across versions and platforms, since PostgreSQL 11) of the key's text, numbers trimmed of trailing zeros so
     * that an int key in one store and a numeric key in the other hash alike; composite keys are joined with
     * the unit separator.
     */
    Optional<String> samplePredicate(List<StoreColumn> entityColumns, Sample sample) {
        if (this != POSTGRESQL) {
            return Optional.empty();
        }
        String text = entityColumns.stream().map(this::keyText).collect(Collectors.joining(", "));
        String hashed = entityColumns.size() == 1 ? text : "concat_ws(chr(31), " + text + ")";
        return Optional.of("abs(hashtextextended(" + hashed + ", " + sample.seed() + ") % " + Sample.SLOTS + ") < "
                + sample.selectedSlots());
    }

    private String keyText(StoreColumn key) {
        boolean decimal = key.type().map(t -> t.kind() == FeatureType.Kind.DECIMAL).orElse(false);
        return decimal ? "trim_scale(" + quote(key.name()) + ")::text" : quote(key.name()) + "::text";
    }

    /**
     * Statements that make the session and the current transaction read-only, beyond {@code Connection.setReadOnly}:
     * belt and braces, since a pooled or proxied connection may not honour the driver flag.
     */
    List<String> readOnlyTransactionStatements() {
        return this == POSTGRESQL
                ? List.of("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", "SET TRANSACTION READ ONLY")
                : List.of();
    }
}
