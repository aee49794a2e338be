package org.featureparity.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one merge of the two stores found: row counts, entities on one side only, and a tally per feature.
 *
 * @param rowsOld          rows the old store returned
 * @param rowsNew          rows the new store returned
 * @param matched          keys present in both
 * @param missingOld       keys only the new store has
 * @param missingNew       keys only the old store has
 * @param missingOldSample the first such keys, in key order
 * @param missingNewSample the first such keys, in key order
 * @param features         a tally per compared feature, by feature name
 * @param statements       the SQL each side ran, by role
 * @param stoppedEarly     set when a fail-fast bound stopped the comparison before it read every row
 * @param strategy         which comparison strategy produced this result and how many rows it fetched
 */
public record ComparisonResult(long rowsOld, long rowsNew, long matched, long missingOld, long missingNew,
                               List<Map<String, String>> missingOldSample, List<Map<String, String>> missingNewSample,
                               Map<String, FeatureTally> features, Map<String, String> statements,
                               Optional<EarlyStop> stoppedEarly, StrategyReport strategy) {

    /** A result of the streaming merge that read every row, fetching every row it counts. */
    public ComparisonResult(long rowsOld, long rowsNew, long matched, long missingOld, long missingNew,
                            List<Map<String, String>> missingOldSample, List<Map<String, String>> missingNewSample,
                            Map<String, FeatureTally> features, Map<String, String> statements) {
        this(rowsOld, rowsNew, matched, missingOld, missingNew, missingOldSample, missingNewSample, features, statements,
                Optional.empty(), StrategyReport.merge(rowsOld, rowsNew));
    }

    /** A result of the streaming merge, which fetches every row it counts, possibly stopped early. */
    public ComparisonResult(long rowsOld, long rowsNew, long matched, long missingOld, long missingNew,
                            List<Map<String, String>> missingOldSample, List<Map<String, String>> missingNewSample,
                            Map<String, FeatureTally> features, Map<String, String> statements,
                            Optional<EarlyStop> stoppedEarly) {
        this(rowsOld, rowsNew, matched, missingOld, missingNew, missingOldSample, missingNewSample, features, statements,
                stoppedEarly, StrategyReport.merge(rowsOld, rowsNew));
    }

    /** The same result, reported as produced by another strategy. */
    public ComparisonResult withStrategy(StrategyReport report) {
        return new ComparisonResult(rowsOld, rowsNew, matched, missingOld, missingNew, missingOldSample, missingNewSample,
                features, statements, stoppedEarly, report);
    }

    public Optional<FeatureTally> tally(String feature) {
        return Optional.ofNullable(features.get(feature));
    }
}
