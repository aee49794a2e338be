package org.featureparity.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.featureparity.api.Constants;
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

    String runtime() {
        return get(Constants.RUNTIME).orElse(Constants.RUNTIME_AUTO);
    }

    String migration() {
        return get(Constants.MIGRATION).orElse(Constants.DEFAULT_MIGRATION);
    }

    int fetchSize() {
        int size = get(Constants.FETCH_SIZE).map(v -> parse(Constants.FETCH_SIZE, v, Integer::parseInt, "a positive integer"))
                .orElse(Constants.DEFAULT_FETCH_SIZE);
        if (size < 1) {
            throw new IllegalArgumentException(Constants.FETCH_SIZE + " must be a positive integer, was " + size);
        }
        return size;
    }

    org.featureparity.compare.StrategyChoice compareStrategy() {
        return org.featureparity.compare.StrategyChoice.parse(Constants.COMPARE_STRATEGY,
                get(Constants.COMPARE_STRATEGY).orElse(Constants.DEFAULT_COMPARE_STRATEGY));
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

    Duration checkTimeout() {
        return parse(Constants.CHECK_TIMEOUT, get(Constants.CHECK_TIMEOUT).orElse(Constants.DEFAULT_CHECK_TIMEOUT),
                Duration::parse, "an ISO-8601 duration such as PT2H");
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser, String expected) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be " + expected + ", was '" + value + "'", e);
        }
    }
}
