package org.featureparity.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a pipeline computed: named columns and rows of canonical Java values ({@code Long}, {@code Double},
 * {@code BigDecimal}, {@code String}, {@code Boolean}, {@code LocalDate}, {@code LocalDateTime}, {@code Instant}),
 * with {@code null} for SQL NULL.
 */
public record PipelineOutput(List<String> columns, List<List<Object>> rows) {

    public PipelineOutput {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
            }
            // values may be NULL, which List.copyOf rejects
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The position of a column, compared case-insensitively as SQL does for unquoted names. */
    public Optional<Integer> indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
