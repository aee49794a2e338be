package org.featureparity.store.jdbc;

import java.util.List;
import java.util.Locale;
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
