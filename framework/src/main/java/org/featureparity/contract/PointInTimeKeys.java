package org.featureparity.contract;

import java.util.Optional;

/**
 * A fixed list of (entity, t) pairs for the {@code point-in-time} check: the entity key columns under their contract
 * names plus a time column ({@code time}, else the contract's as-of column name).
 */
public sealed interface PointInTimeKeys {

    /** The column holding t; empty means the contract's as-of column name. */
    Optional<String> timeColumn();

    String describe();

    /** A table (or view) in one of the stores, read in a read-only transaction like every other read. */
    record Table(String qualifiedName, Side store, Optional<String> timeColumn) implements PointInTimeKeys {
        @Override
        public String describe() {
            return "table " + qualifiedName + " in the " + store.role() + " store";
        }
    }

    /**
     * A CSV file with a header row, found relative to the contract file, else on the classpath. Times are ISO-8601:
     * an instant with offset, or a local date-time or date read in the contract's zone.
     */
    record Csv(String path, Optional<String> timeColumn) implements PointInTimeKeys {
        @Override
        public String describe() {
            return "CSV " + path;
        }
    }
}
