package org.featureparity.store;

import java.util.List;

/**
 * Rows of a feature history drawn by a seeded hash of (entity, as-of), smallest hash first: the same seed and data
 * give the same rows in every store, so samples of two stores can be merged by rank.
 *
 * @param rows      the sampled rows, ascending by rank
 * @param statement the SQL run, for evidence
 */
public record HistorySample(List<Row> rows, String statement) {

    public HistorySample {
        rows = List.copyOf(rows);
    }

    /** One sampled row: entity key values, the as-of value (canonical Java value), and its hash rank. */
    public record Row(List<Object> key, Object asOf, long rank) {
        public Row {
            key = List.copyOf(key);
        }
    }
}
