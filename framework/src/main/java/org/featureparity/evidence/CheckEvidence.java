package org.featureparity.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything one finished check leaves behind for reports and the verdict.
 *
 * @param uniqueId    the check node's JUnit UniqueId, stable across runs (built from declared names)
 * @param migration   the migration this suite belongs to (report epic)
 * @param suite       the suite's display name: a class or a contract file
 * @param group       the feature group
 * @param check       the check kind
 * @param feature     the feature, for per-feature checks
 * @param status      the outcome
 * @param message     one human-readable sentence on the outcome
 * @param counts      rows compared, agreed, mismatched and missing; {@link Counts#NONE} for checks that count none
 * @param agreement   the measured share, where the check measures one
 * @param threshold   the gate the share was held against
 * @param categories  mismatch counts per category id
 * @param mismatches  the largest mismatches by delta (bounded)
 * @param parameters  what the check ran with (tolerance, strategy, ...), for reports
 * @param attachments documents such as the SQL that ran
 * @param cause       the error that stopped a check that could not run
 * @param steps       the phases the check went through, in order
 * @param distribution both sides' binned distributions, for checks that measured them
 */
public record CheckEvidence(
        String uniqueId,
        String migration,
        String suite,
        GroupInfo groupInfo,
        CheckKind check,
        Optional<String> feature,
        CheckStatus status,
        String message,
        Counts counts,
        OptionalDouble agreement,
        OptionalDouble threshold,
        Map<String, Long> categories,
        List<Mismatch> mismatches,
        Map<String, String> parameters,
        List<EvidenceAttachment> attachments,
        List<String> tags,
        Instant started,
        Instant finished,
        Optional<Throwable> cause,
        List<CheckStep> steps,
        Optional<Distribution> distribution) {

    public CheckEvidence {
        steps = List.copyOf(steps);
        categories = Map.copyOf(categories);
        mismatches = List.copyOf(mismatches);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        attachments = List.copyOf(attachments);
        tags = List.copyOf(tags);
    }

    /** Evidence without recorded phases or distribution. */
    public CheckEvidence(String uniqueId, String migration, String suite, GroupInfo groupInfo, CheckKind check,
                         Optional<String> feature, CheckStatus status, String message, Counts counts,
                         OptionalDouble agreement, OptionalDouble threshold, Map<String, Long> categories,
                         List<Mismatch> mismatches, Map<String, String> parameters, List<EvidenceAttachment> attachments,
                         List<String> tags, Instant started, Instant finished, Optional<Throwable> cause) {
        this(uniqueId, migration, suite, groupInfo, check, feature, status, message, counts, agreement, threshold,
                categories, mismatches, parameters, attachments, tags, started, finished, cause, List.of(), Optional.empty());
    }

    /** Evidence without recorded phases. */
    public CheckEvidence(String uniqueId, String migration, String suite, GroupInfo groupInfo, CheckKind check,
                         Optional<String> feature, CheckStatus status, String message, Counts counts,
                         OptionalDouble agreement, OptionalDouble threshold, Map<String, Long> categories,
                         List<Mismatch> mismatches, Map<String, String> parameters, List<EvidenceAttachment> attachments,
                         List<String> tags, Instant started, Instant finished, Optional<Throwable> cause,
                         Optional<Distribution> distribution) {
        this(uniqueId, migration, suite, groupInfo, check, feature, status, message, counts, agreement, threshold,
                categories, mismatches, parameters, attachments, tags, started, finished, cause, List.of(), distribution);
    }

    public String group() {
        return groupInfo.name();
    }

    /** The same check reported as ERROR: what listeners receive when the evidence itself could not be recorded. */
    public CheckEvidence asError(String reason, Throwable error) {
        return new CheckEvidence(uniqueId, migration, suite, groupInfo, check, feature, CheckStatus.ERROR,
                reason + " (the check itself reported " + status + ": " + message + ")", counts, agreement, threshold,
                categories, mismatches, parameters, attachments, tags, started, finished, Optional.of(error), steps,
                distribution);
    }
}
