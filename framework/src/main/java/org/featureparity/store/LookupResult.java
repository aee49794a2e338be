package org.featureparity.store;

import java.util.List;
import java.util.Optional;

/**
 * The answers of a {@link LookupRequest}, one per probe in its order: the row found (its single key value is the
 * row's as-of, its values the requested features), or empty when no row is valid at the probe's time.
 *
 * @param rows       one answer per probe
 * @param statement  the SQL run (with placeholders), for evidence
 * @param statements how many statements (batches) ran
 */
public record LookupResult(List<Optional<FeatureRow>> rows, String statement, int statements) {

    public LookupResult {
        rows = List.copyOf(rows);
    }
}
