package org.featureparity.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.featureparity.api.Constants;
import org.featureparity.compare.PushdownLimits;
import org.featureparity.contract.ComparisonScope;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.Sample;
import org.junit.platform.engine.ConfigurationParameters;

/** Typed access to the engine's configuration, read once per run. Bad values are errors naming the key. */
final class ParityConfiguration {

    /**
     * The default seed, one per JVM: Surefire runs a module's suites as several engine runs in one JVM, and their
     * evidence shares one verdict, so they share one seed too.
     */
    private static final long JVM_SEED = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;

    private final ConfigurationParameters parameters;
    private final long seed;
    private final java.time.Instant started = java.time.Instant.now();

    ParityConfiguration(ConfigurationParameters parameters) {
        this.parameters = parameters;
        this.seed = get(Constants.SEED).map(v -> parse(Constants.SEED, v, Long::parseLong, "a long integer"))
                .orElse(JVM_SEED);
    }

    Optional<String> get(String key) {
        return parameters.get(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    Path reportDirectory() {
        return Path.of(get(Constants.REPORT_DIR).orElse(Constants.DEFAULT_REPORT_DIR));
    }

    long seed() {
        return seed;
    }

    /** Generated cases per property that declares no count of its own ({@code parity.tries}). */
    int tries() {
        return positiveInt(Constants.TRIES, Constants.DEFAULT_TRIES);
    }

    /** A count that must be at least 1, e.g. {@code parity.fetch-size}; {@code fallback} when not configured. */
    private int positiveInt(String key, int fallback) {
        return intAtLeast(key, fallback, 1, "a positive integer");
    }

    /** An integer of at least {@code minimum}, described as {@code expected} in the error otherwise. */
    private int intAtLeast(String key, int fallback, int minimum, String expected) {
        int value = get(key).map(v -> parse(key, v, Integer::parseInt, expected)).orElse(fallback);
        if (value < minimum) {
            throw new IllegalArgumentException(key + " must be " + expected + ", was " + value);
        }
        return value;
    }

    String runtime() {
        return get(Constants.RUNTIME).orElse(Constants.RUNTIME_AUTO);
    }

    String migration() {
        return get(Constants.MIGRATION).orElse(Constants.DEFAULT_MIGRATION);
    }

    int fetchSize() {
        return positiveInt(Constants.FETCH_SIZE, Constants.DEFAULT_FETCH_SIZE);
    }

    int leakageSamples() {
        return positiveInt(Constants.LEAKAGE_SAMPLES, Constants.DEFAULT_LEAKAGE_SAMPLES);
    }

    org.featureparity.compare.StrategyChoice compareStrategy() {
        return org.featureparity.compare.StrategyChoice.parse(Constants.COMPARE_STRATEGY,
                get(Constants.COMPARE_STRATEGY).orElse(Constants.DEFAULT_COMPARE_STRATEGY));
    }

    PushdownLimits pushdownLimits() {
        return new PushdownLimits(
                intAtLeast(Constants.PUSHDOWN_ROW_HASHES, Constants.DEFAULT_PUSHDOWN_ROW_HASHES, 0, "a count of rows, 0 or more"),
                intAtLeast(Constants.PUSHDOWN_STREAMED_ROW_HASHES, Constants.DEFAULT_PUSHDOWN_STREAMED_ROW_HASHES, 0,
                        "a count of rows, 0 or more"));
    }

    Duration statementTimeout() {
        return parse(Constants.STATEMENT_TIMEOUT, get(Constants.STATEMENT_TIMEOUT).orElse(Constants.DEFAULT_STATEMENT_TIMEOUT),
                Duration::parse, "an ISO-8601 duration such as PT30M");
    }

    /** Whether a group whose upstream did not pass is skipped ({@code parity.dependencies}). */
    boolean enforceDependencies() {
        String mode = get(Constants.DEPENDENCIES).orElse("enforce");
        if (!mode.equals("enforce") && !mode.equals(Constants.DEPENDENCIES_IGNORE)) {
            throw new IllegalArgumentException(Constants.DEPENDENCIES + " must be enforce or ignore, was '" + mode + "'");
        }
        return mode.equals("enforce");
    }

    Duration progressInterval() {
        Duration interval = parse(Constants.PROGRESS_INTERVAL, get(Constants.PROGRESS_INTERVAL).orElse(Constants.DEFAULT_PROGRESS_INTERVAL),
                Duration::parse, "an ISO-8601 duration such as PT5S");
        if (interval.isNegative()) {
            throw new IllegalArgumentException(Constants.PROGRESS_INTERVAL + " must not be negative, was '" + interval + "'");
        }
        return interval;
    }

    Duration checkTimeout() {
        return parse(Constants.CHECK_TIMEOUT, get(Constants.CHECK_TIMEOUT).orElse(Constants.DEFAULT_CHECK_TIMEOUT),
                Duration::parse, "an ISO-8601 duration such as PT2H");
    }

    /** The point-in-time check's settings: seed, {@code parity.pit.samples}, key redaction, class loader for CSV pairs. */
    org.featureparity.check.PointInTimeSettings pointInTime(ClassLoader loader) {
        int samples = positiveInt(Constants.PIT_SAMPLES, Constants.DEFAULT_PIT_SAMPLES);
        return new org.featureparity.check.PointInTimeSettings(seed, samples,
                get(Constants.REPORT_REDACT_KEYS).map(Boolean::parseBoolean).orElse(false), loader);
    }

    /** {@code parity.reference-time}, else when this run started: what staleness is measured from. */
    java.time.Instant referenceTime() {
        return get(Constants.REFERENCE_TIME).map(v -> parse(Constants.REFERENCE_TIME, v,
                        text -> java.time.OffsetDateTime.parse(text).toInstant(), "an ISO-8601 instant such as 2026-12-01T06:00:00Z"))
                .orElse(started);
    }

    /** The run's sample overrides, each validated; empty when not configured. */
    Optional<Double> sampleFraction() {
        Optional<Double> fraction = get(Constants.SAMPLE_FRACTION)
                .map(v -> parse(Constants.SAMPLE_FRACTION, v, Double::parseDouble, "a share within [0.000001, 1]"));
        fraction.ifPresent(f -> {
            if (!(f >= 0.000001 && f <= 1)) {
                throw new IllegalArgumentException(Constants.SAMPLE_FRACTION + " must be a share within [0.000001, 1], was " + f);
            }
        });
        return fraction;
    }

    Optional<Long> sampleSeed() {
        return get(Constants.SAMPLE_SEED).map(v -> parse(Constants.SAMPLE_SEED, v, Long::parseLong, "a long integer"));
    }

    Optional<Duration> failFastTimeBudget() {
        Optional<Duration> budget = get(Constants.FAIL_FAST_TIME_BUDGET)
                .map(v -> parse(Constants.FAIL_FAST_TIME_BUDGET, v, Duration::parse, "an ISO-8601 duration such as PT10M"));
        budget.ifPresent(b -> {
            if (b.isZero() || b.isNegative()) {
                throw new IllegalArgumentException(Constants.FAIL_FAST_TIME_BUDGET + " must be a positive duration, was " + b);
            }
        });
        return budget;
    }

    /**
     * The contract's comparison scope under this run's overrides: {@code parity.sample.*} replace the contract's
     * sample, {@code parity.fail-fast.time-budget} applies where the contract sets no budget.
     */
    ComparisonScope scopeFor(FeatureGroupContract contract) {
        ComparisonScope scope = contract.scope();
        Optional<Sample> declared = scope.sample();
        Optional<Double> fraction = sampleFraction();
        Optional<Long> seed = sampleSeed();
        if (fraction.isPresent() || (seed.isPresent() && declared.isPresent())) {
            double share = fraction.orElseGet(() -> declared.orElseThrow().fraction());
            long salt = seed.orElseGet(() -> declared.map(Sample::seed).orElse(0L));
            scope = scope.withSample(new Sample(share, salt));
        }
        Optional<Duration> budget = failFastTimeBudget();
        if (budget.isPresent() && scope.failFast().timeBudget().isEmpty()) {
            scope = scope.withFailFast(scope.failFast().withTimeBudget(budget.get()));
        }
        return scope;
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser, String expected) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be " + expected + ", was '" + value + "'", e);
        }
    }
}
