package org.featureparity.contract;

/** Where a store keeps a feature group: a table (or view) or a query. */
public sealed interface SourceRef permits SourceRef.Table, SourceRef.Query {

    /** A table or view, optionally schema-qualified: {@code legacy.user_activity_features}. */
    record Table(String qualifiedName) implements SourceRef {
        public Table {
            if (qualifiedName == null || qualifiedName.isBlank()) {
                throw new IllegalArgumentException("table name must not be blank");
            }
        }

        @Override
        public String describe() {
            return "table " + qualifiedName;
        }
    }

    /** A read-only SELECT whose result is the feature group. */
    record Query(String sql) implements SourceRef {
        public Query {
            if (sql == null || sql.isBlank()) {
                throw new IllegalArgumentException("query must not be blank");
            }
        }

        @Override
        public String describe() {
            return "query";
        }
    }

    String describe();
}
