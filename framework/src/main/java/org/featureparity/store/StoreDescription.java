package org.featureparity.store;

import java.util.List;
import java.util.Optional;
import org.featureparity.contract.SourceRef;

/** What a store really has for a source: its columns, from the database's own metadata. */
public record StoreDescription(SourceRef source, String relationKind, List<StoreColumn> columns) {

    public StoreDescription {
        columns = List.copyOf(columns);
    }

    /** The column with exactly this name. */
    public Optional<StoreColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
