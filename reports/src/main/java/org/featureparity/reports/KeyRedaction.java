package org.featureparity.reports;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.RunInfo;

/**
 * Replaces entity key values in written mismatches by a stable hash when {@code parity.report.redact-keys=true}.
 *
 * <p>A value becomes {@code sha256:} plus the first 16 hex digits of the unsalted SHA-256 of its UTF-8 text. Unsalted
 * on purpose: the same key hashes the same in every check, file and run, so rows can still be correlated across
 * features and across a shadow-mode period, and whoever holds the data can find a row by hashing its key. That makes
 * it pseudonymisation, not anonymisation: small key spaces (sequential ids) can be recovered by hashing candidates.
 */
record KeyRedaction(boolean enabled) {

    /** Configuration key; {@code true} hashes keys, anything else (the default) leaves them as they are. */
    static final String REDACT_KEYS = org.featureparity.api.Constants.REPORT_REDACT_KEYS;
    static final String PREFIX = "sha256:";
    private static final int HEX_DIGITS = 16;

    static final KeyRedaction OFF = new KeyRedaction(false);

    static KeyRedaction of(RunInfo run) {
        return new KeyRedaction(run.configuration().apply(REDACT_KEYS).map(String::trim)
                .map("true"::equalsIgnoreCase).orElse(false));
    }

    List<Mismatch> apply(List<Mismatch> mismatches) {
        if (!enabled) {
            return mismatches;
        }
        return mismatches.stream().map(mismatch -> new Mismatch(hashed(mismatch.key()), mismatch.oldValue(),
                mismatch.newValue(), mismatch.delta(), mismatch.category())).toList();
    }

    private static Map<String, String> hashed(Map<String, String> key) {
        Map<String, String> hashed = new LinkedHashMap<>();
        key.forEach((column, value) -> hashed.put(column, hash(value)));
        return hashed;
    }

    static String hash(String value) {
        if (value == null) {
            return hash("NULL");
        }
        return PREFIX + Sha256.of(value.getBytes(StandardCharsets.UTF_8)).substring(0, HEX_DIGITS);
    }
}
