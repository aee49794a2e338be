package org.featureparity.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckStep;
import org.featureparity.evidence.CheckKind;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.Distribution;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.evidence.GroupInfo;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.evidence.RunInfo;

/** Evidence of a small migration run: two groups, one check of each outcome. */
final class EvidenceFixtures {

    static final Instant STARTED = Instant.parse("2026-11-02T09:00:00Z");
    static final String SUITE = "UserActivityMigrationTest";
    static final String ROOT = "[engine:feature-parity]/[suite:" + SUITE + "]";

    static final GroupInfo USER_ACTIVITY = new GroupInfo("user_activity", Optional.of("3"), Optional.of("growth-data"),
            List.of("tier:critical"), Optional.of("events"), Optional.of("streaming/feature_views.sql"),
            "UserActivityMigrationTest#userActivity");
    static final GroupInfo SESSIONS = new GroupInfo("sessions", Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), Optional.empty(), "sessions.parity.yaml");

    private EvidenceFixtures() {
    }

    /** A run whose configuration parameters are {@code configuration}. */
    static RunInfo run(Path reportDirectory, Map<String, String> configuration) {
        RunInfo run = run(reportDirectory);
        return new RunInfo(run.started(), run.seed(), run.frameworkVersion(), reportDirectory, run.environment(),
                key -> Optional.ofNullable(configuration.get(key)));
    }

    /** A schema check of one feature as the framework reports it: the new store dropped NOT NULL and widened. */
    static CheckEvidence schemaDrift() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("declared type", "INT64");
        parameters.put("declared nullable", "false");
        parameters.put("old column", "events_last_24h bigint not null");
        parameters.put("new column", "events_last_24h numeric(20,0)");
        return evidence(USER_ACTIVITY, CheckKind.SCHEMA, "events_last_24h", CheckStatus.FAIL,
                "new store: column 'events_last_24h' holds 3 NULL value(s)")
                .parameters(parameters)
                .build();
    }

    static RunInfo run(Path reportDirectory) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("store.old.product", "PostgreSQL 14.22");
        environment.put("store.old.url", "jdbc:postgresql://localhost:5432/legacy");
        environment.put("store.old.password", "hunter2");
        environment.put("java.version", "17.0.12");
        return new RunInfo(STARTED, 42L, "0.1.0-SNAPSHOT", reportDirectory, environment);
    }

    static CheckEvidence schemaPass() {
        return evidence(USER_ACTIVITY, CheckKind.SCHEMA, null, CheckStatus.PASS, "All 3 features present and compatible.")
                .build();
    }

    static CheckEvidence valuesPass() {
        return evidence(USER_ACTIVITY, CheckKind.VALUES, "events_last_24h", CheckStatus.PASS,
                "Agreement 0.9990 meets threshold 0.995.")
                .counts(new Counts(1000, 999, 1, 0, 0))
                .agreement(0.999).threshold(0.995)
                .categories(Map.of("window-boundary", 1L))
                .mismatches(List.of(new Mismatch(Map.of("user_id", "17"), "4", "5", 1.0,
                        MismatchCategory.WINDOW_BOUNDARY)))
                .parameters(Map.of("tolerance", "exact"))
                .build();
    }

    static CheckEvidence valuesFail() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("tolerance", "absolute(0.01)");
        parameters.put("strategy", "streaming-merge");
        parameters.put("store.old.password", "hunter2");
        parameters.put("apiToken", "abc123");
        return evidence(USER_ACTIVITY, CheckKind.VALUES, "last_event_time", CheckStatus.FAIL,
                "Agreement 0.9700 is below threshold 0.995 [category:timezone-shift]")
                .counts(new Counts(1000, 970, 30, 2, 1))
                .agreement(0.97).threshold(0.995)
                .categories(Map.of("timezone-shift", 20L, "null-handling", 10L))
                .mismatches(List.of(
                        mismatch("1", "2026-11-01 10:00:00", "2026-11-01 11:00:00", 3600.0,
                                MismatchCategory.TIMEZONE_SHIFT),
                        mismatch("2", "NULL", "2026-11-01 09:00:00", Double.POSITIVE_INFINITY,
                                MismatchCategory.NULL_HANDLING),
                        mismatch("3,a", "say \"hi\"", "x", 7200.0, MismatchCategory.TIMEZONE_SHIFT)))
                .parameters(parameters)
                .attachments(List.of(EvidenceAttachment.sql("old query", "select user_id, last_event_time from t")))
                .steps(List.of(
                        new CheckStep("describe old store", CheckStatus.PASS, "3 columns", STARTED.plusMillis(1000), STARTED.plusMillis(1100)),
                        new CheckStep("scan and compare", CheckStatus.PASS, "1000 keys matched", STARTED.plusMillis(1100), STARTED.plusMillis(2900)),
                        new CheckStep("values gate", CheckStatus.FAIL, "agreement below threshold", STARTED.plusMillis(2900), STARTED.plusMillis(3000))))
                .build();
    }

    /** A distribution check that found a shift: three ordered bins, the new store's mass moved up, and a NaN bin. */
    static CheckEvidence distributionShift() {
        return evidence(USER_ACTIVITY, CheckKind.DISTRIBUTION, "total_value", CheckStatus.FAIL,
                "PSI 0.274653 above max_psi 0.1, KS 0.250000 above max_ks 0.1 over 4 bins")
                .threshold(0.1)
                .parameters(Map.of("psi", "0.274653", "ks", "0.25"))
                .distribution(new Distribution(Distribution.Shape.NUMERIC, List.of("[0, 10]", "(10, 20]", "(20, +inf]", "NaN"),
                        List.of(0.0, 10.0, 20.0, Double.POSITIVE_INFINITY), List.of(50L, 50L, 0L, 1L), List.of(25L, 50L, 25L, 0L)))
                .build();
    }

    static CheckEvidence coverageError() {
        return evidence(SESSIONS, CheckKind.COVERAGE, null, CheckStatus.ERROR, "Could not connect to store new.")
                .cause(new IllegalStateException("connection refused"))
                .build();
    }

    static CheckEvidence sessionsSkipped() {
        return evidence(SESSIONS, CheckKind.VALUES, "session_count", CheckStatus.SKIPPED, "Upstream group failed.")
                .build();
    }

    private static Mismatch mismatch(String userId, String oldValue, String newValue, double delta,
                                     MismatchCategory category) {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("user_id", userId);
        key.put("as_of", "2026-11-01T12:00:00Z");
        return new Mismatch(key, oldValue, newValue, delta, category);
    }

    static Builder evidence(GroupInfo group, CheckKind kind, String feature, CheckStatus status, String message) {
        return new Builder(group, kind, feature, status, message);
    }

    /** A mutable stand-in for the engine, defaulting to a check that counted nothing. */
    static final class Builder {
        private final GroupInfo group;
        private final CheckKind kind;
        private final String feature;
        private final CheckStatus status;
        private final String message;
        private Counts counts = Counts.NONE;
        private OptionalDouble agreement = OptionalDouble.empty();
        private OptionalDouble threshold = OptionalDouble.empty();
        private Map<String, Long> categories = Map.of();
        private List<Mismatch> mismatches = List.of();
        private Map<String, String> parameters = Map.of();
        private List<EvidenceAttachment> attachments = List.of();
        private String suite = SUITE;
        private Throwable cause;
        private List<CheckStep> steps = List.of();
        private Distribution distribution;

        private Builder(GroupInfo group, CheckKind kind, String feature, CheckStatus status, String message) {
            this.group = group;
            this.kind = kind;
            this.feature = feature;
            this.status = status;
            this.message = message;
        }

        Builder counts(Counts value) {
            counts = value;
            return this;
        }

        Builder agreement(double value) {
            agreement = OptionalDouble.of(value);
            return this;
        }

        Builder threshold(double value) {
            threshold = OptionalDouble.of(value);
            return this;
        }

        Builder categories(Map<String, Long> value) {
            categories = value;
            return this;
        }

        Builder mismatches(List<Mismatch> value) {
            mismatches = value;
            return this;
        }

        Builder parameters(Map<String, String> value) {
            parameters = value;
            return this;
        }

        Builder attachments(List<EvidenceAttachment> value) {
            attachments = value;
            return this;
        }

        Builder suite(String value) {
            suite = value;
            return this;
        }

        Builder distribution(Distribution value) {
            distribution = value;
            return this;
        }

        Builder cause(Throwable value) {
            cause = value;
            return this;
        }

        Builder steps(List<CheckStep> value) {
            steps = value;
            return this;
        }

        CheckEvidence build() {
            String uniqueId = "[engine:feature-parity]/[suite:" + suite + "]/[group:" + group.name() + "]/[check:"
                    + kind.id() + "]" + (feature == null ? "" : "/[feature:" + feature + "]");
            List<String> tags = List.of("group:" + group.name(), "check:" + kind.id());
            return new CheckEvidence(uniqueId, "feature-store-2026", suite, group, kind, Optional.ofNullable(feature),
                    status, message, counts, agreement, threshold, categories, mismatches, parameters, attachments,
                    tags, STARTED.plusSeconds(1), STARTED.plusSeconds(3), Optional.ofNullable(cause), steps,
                    Optional.ofNullable(distribution));
        }
    }
}
