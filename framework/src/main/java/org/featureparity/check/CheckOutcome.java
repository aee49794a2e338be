package org.featureparity.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.Distribution;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.evidence.Mismatch;

/**
 * What a check found, before the engine turns it into evidence and a test result.
 *
 * @param distribution the binned distributions of both sides, for checks that measured them
 */
public record CheckOutcome(CheckStatus status, String message, Counts counts, OptionalDouble agreement,
                           OptionalDouble threshold, Map<String, Long> categories, List<Mismatch> mismatches,
                           Map<String, String> parameters, List<EvidenceAttachment> attachments,
                           Optional<Distribution> distribution) {

    public CheckOutcome(CheckStatus status, String message, Counts counts, OptionalDouble agreement,
                        OptionalDouble threshold, Map<String, Long> categories, List<Mismatch> mismatches,
                        Map<String, String> parameters, List<EvidenceAttachment> attachments) {
        this(status, message, counts, agreement, threshold, categories, mismatches, parameters, attachments, Optional.empty());
    }

    public CheckOutcome {
        categories = Map.copyOf(categories);
        mismatches = List.copyOf(mismatches);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        attachments = List.copyOf(attachments);
    }

    /** An outcome that counts no rows: schema checks. */
    public static CheckOutcome of(CheckStatus status, String message, Map<String, String> parameters) {
        return new CheckOutcome(status, message, Counts.NONE, OptionalDouble.empty(), OptionalDouble.empty(),
                Map.of(), List.of(), parameters, List.of());
    }
}
