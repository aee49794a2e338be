package org.featureparity.api;

/**
 * Every configuration key of the {@code feature-parity} engine. Set them as JUnit configuration parameters
 * ({@code junit-platform.properties}, {@code @ConfigurationParameter}, {@code --config}) or as system properties.
 * Group and check selection is not configured here: use JUnit tag filters ({@code group:<name>}, {@code check:<kind>}).
 */
public final class Constants {

    /** The engine's id. */
    public static final String ENGINE_ID = "feature-parity";

    /**
     * Directory for {@code verdict.json} and other evidence files. Default: {@value #DEFAULT_REPORT_DIR}.
     */
    public static final String REPORT_DIR = "parity.report.dir";
    public static final String DEFAULT_REPORT_DIR = "target/parity";

    /**
     * {@code true} to replace entity key values in written evidence (mismatch CSV and HTML, the verdict's top
     * mismatches) by a stable SHA-256 prefix, for data that must not leave the team. Default: {@code false}.
     */
    public static final String REPORT_REDACT_KEYS = "parity.report.redact-keys";

    /** The run's seed, a long; replays sampling and generation. Default: a fresh seed, recorded in the verdict. */
    public static final String SEED = "parity.seed";

    /**
     * Which runtime provides stores whose declaration names none: {@code auto} (Testcontainers when a Docker engine
     * answers, else embedded), {@code embedded}, {@code testcontainers} or {@code external}. A value other than
     * {@code auto} also overrides what suites declare. Default: {@code auto}.
     */
    public static final String RUNTIME = "parity.runtime";
    public static final String RUNTIME_AUTO = "auto";

    /**
     * Prefix of per-store keys; {@code <role>} is {@code old} or {@code new}:
     * <ul>
     * <li>{@code parity.store.<role>.url}: JDBC URL of an external store (setting it selects the external runtime)</li>
     * <li>{@code parity.store.<role>.user}, {@code .password}: credentials; or {@code .password-env}: the name of an
     * environment variable holding the password</li>
     * <li>{@code parity.store.<role>.runtime}: runtime for a store declared only in configuration</li>
     * <li>{@code parity.store.<role>.init}: comma-separated init scripts for a store the framework starts</li>
     * </ul>
     */
    public static final String STORE_PREFIX = "parity.store.";

    /** The migration name reports use as the epic, for suites that do not name one. Default: {@value #DEFAULT_MIGRATION}. */
    public static final String MIGRATION = "parity.migration";
    public static final String DEFAULT_MIGRATION = "feature-store-migration";

    /** Rows fetched per round trip when scanning a store. Default: {@value #DEFAULT_FETCH_SIZE}. */
    public static final String FETCH_SIZE = "parity.fetch-size";
    public static final int DEFAULT_FETCH_SIZE = 10_000;

    /** Limit for every statement run against a store, an ISO-8601 duration. Default: {@value #DEFAULT_STATEMENT_TIMEOUT}. */
    public static final String STATEMENT_TIMEOUT = "parity.timeout.statement";
    public static final String DEFAULT_STATEMENT_TIMEOUT = "PT30M";

    /**
     * Limit for one check, an ISO-8601 duration: a check still running then ends as ERROR, and every statement it
     * runs gets at most the time left. Default: {@value #DEFAULT_CHECK_TIMEOUT}.
     */
    public static final String CHECK_TIMEOUT = "parity.timeout.check";
    public static final String DEFAULT_CHECK_TIMEOUT = "PT2H";

    /**
     * What a failed upstream group means for the groups that {@code depends_on} it: {@code enforce} reports them
     * SKIPPED with the upstream's name, {@code ignore} runs them anyway. Default: {@code enforce}.
     */
    public static final String DEPENDENCIES = "parity.dependencies";
    public static final String DEPENDENCIES_IGNORE = "ignore";

    /**
     * How a group's values are compared: {@code auto} (pushdown checksums when both stores support them and no
     * feature forbids it, else the streaming merge), {@code merge}, {@code pushdown} (an error where it cannot run)
     * or {@code in-memory} (small groups only). Default: {@value #DEFAULT_COMPARE_STRATEGY}.
     */
    public static final String COMPARE_STRATEGY = "parity.compare.strategy";
    public static final String DEFAULT_COMPARE_STRATEGY = "auto";

    private Constants() {
    }
}
