package org.featureparity.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckKind;

/**
 * The side-by-side schema of a {@code schema} check (declared, old store, new store), read back from the parameters
 * the framework's {@code SchemaCheck} puts in evidence.
 *
 * <p>Those parameters are the only structured schema facts in evidence: {@code declared type},
 * {@code declared nullable}, and {@code old column} / {@code new column} as {@code "<name> <native type>[ not null]"}
 * for a feature; {@code old.<key>} / {@code new.<key>} as the native type for the key columns. A side whose column
 * was not found has no entry, which is shown as missing.
 *
 * @param rows one row per compared aspect (column, type, nullable) or per key column
 */
record SchemaDiff(List<String> header, List<Row> rows) {

    static final String MISSING = "(missing)";

    /** One aspect on each side; {@code differs} when old and new disagree. */
    record Row(List<String> cells, boolean differs) {
    }

    SchemaDiff {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The diff of a schema check, empty for other checks and for a schema check that recorded no columns. */
    static Optional<SchemaDiff> of(CheckEvidence evidence) {
        if (evidence.check() != CheckKind.SCHEMA) {
            return Optional.empty();
        }
        Map<String, String> parameters = evidence.parameters();
        if (parameters.containsKey("declared type")) {
            return Optional.of(feature(evidence.feature().orElse(""), parameters));
        }
        return keys(parameters);
    }

    private static SchemaDiff feature(String feature, Map<String, String> parameters) {
        Optional<Column> old = Column.parse(parameters.get("old column"));
        Optional<Column> now = Column.parse(parameters.get("new column"));
        List<Row> rows = new ArrayList<>();
        rows.add(row("column", feature, old.map(Column::name), now.map(Column::name)));
        rows.add(row("type", parameters.get("declared type"), old.map(Column::nativeType), now.map(Column::nativeType)));
        rows.add(row("nullable", yesNo(parameters.get("declared nullable")),
                old.map(column -> yesNo(Boolean.toString(column.nullable()))),
                now.map(column -> yesNo(Boolean.toString(column.nullable())))));
        return new SchemaDiff(List.of("", "declared", "old store", "new store"), rows);
    }

    private static Optional<SchemaDiff> keys(Map<String, String> parameters) {
        Set<String> keys = new LinkedHashSet<>();
        parameters.keySet().stream().filter(name -> name.startsWith("old.") || name.startsWith("new."))
                .forEach(name -> keys.add(name.substring(4)));
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            Optional<String> old = Optional.ofNullable(parameters.get("old." + key));
            Optional<String> now = Optional.ofNullable(parameters.get("new." + key));
            rows.add(new Row(List.of(key, old.orElse(MISSING), now.orElse(MISSING)),
                    old.isEmpty() || now.isEmpty() || !old.equals(now)));
        }
        return Optional.of(new SchemaDiff(List.of("key column", "old store", "new store"), rows));
    }

    private static Row row(String aspect, String declared, Optional<String> old, Optional<String> now) {
        return new Row(List.of(aspect, declared == null ? "" : declared, old.orElse(MISSING), now.orElse(MISSING)),
                old.isEmpty() || now.isEmpty() || !old.equals(now));
    }

    private static String yesNo(String bool) {
        return "true".equals(bool) ? "yes" : "no";
    }

    /** A store column as {@code SchemaCheck} spells it: {@code <name> <native type>[ not null]}. */
    private record Column(String name, String nativeType, boolean nullable) {

        private static final String NOT_NULL = " not null";

        static Optional<Column> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            boolean nullable = !text.endsWith(NOT_NULL);
            String rest = nullable ? text : text.substring(0, text.length() - NOT_NULL.length());
            int space = rest.indexOf(' ');
            // Native types contain spaces ("timestamp with time zone"); column names from metadata do not here.
            return space < 0 ? Optional.of(new Column(rest, "", nullable))
                    : Optional.of(new Column(rest.substring(0, space), rest.substring(space + 1), nullable));
        }
    }
}
