package org.featureparity.store.jdbc;

import java.util.List;
import java.util.Optional;

/** A table name as written in a contract, split into its catalog, schema and table parts. */
record QualifiedName(Optional<String> catalog, Optional<String> schema, String table) {

    static QualifiedName parse(String written) {
        String[] parts = written.split("\\.", -1);
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("table name '" + written + "' has an empty part");
            }
        }
        return switch (parts.length) {
            case 1 -> new QualifiedName(Optional.empty(), Optional.empty(), parts[0]);
            case 2 -> new QualifiedName(Optional.empty(), Optional.of(parts[0]), parts[1]);
            case 3 -> new QualifiedName(Optional.of(parts[0]), Optional.of(parts[1]), parts[2]);
            default -> throw new IllegalArgumentException(
                    "table name '" + written + "' has more than three dot-separated parts");
        };
    }

    List<String> parts() {
        return java.util.stream.Stream.of(catalog, schema, Optional.of(table)).flatMap(Optional::stream).toList();
    }
}
