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

    /**
     * Directory that keeps each group's verdict over consecutive runs ({@code trend.jsonl}, one line per run), shown
     * as a trend on {@code parity-summary.html}. Keep it outside {@code target/} and carry it between CI runs like
     * Allure's history. Default: none (the summary shows this run only).
     */
    public static final String REPORT_TREND_DIR = "parity.report.trend-dir";

    /** The run's seed, a long; replays sampling and generation. Default: a fresh seed, recorded in the verdict. */
    public static final String SEED = "parity.seed";

    /**
     * How many generated cases each property tries (a positive integer). A property that declares its own count
     * ({@code @Property(tries = ...)}, {@code @Pipelines(tries = ...)}, {@code pipelines.tries} in YAML) uses that
     * instead. Default: {@value #DEFAULT_TRIES}.
     */
    public static final String TRIES = "parity.tries";
    public static final int DEFAULT_TRIES = 200;

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

    /**
     * As-of times the {@code leakage} check samples (histories drawn from {@link #SEED}), a positive integer.
     * Default: {@value #DEFAULT_LEAKAGE_SAMPLES}.
     */
    public static final String LEAKAGE_SAMPLES = "parity.leakage.samples";
    public static final int DEFAULT_LEAKAGE_SAMPLES = 16;

    /** Limit for every statement run against a store, an ISO-8601 duration. Default: {@value #DEFAULT_STATEMENT_TIMEOUT}. */
    public static final String STATEMENT_TIMEOUT = "parity.timeout.statement";
    public static final String DEFAULT_STATEMENT_TIMEOUT = "PT30M";

    /**
     * How often a long comparison reports its progress (rows read per side, rows per second and, where the stores
     * estimate their row counts, the time left): on the console and as a JUnit reporting entry of the running check,
     * the first time after one interval, so short comparisons stay quiet. An ISO-8601 duration. Default:
     * {@value #DEFAULT_PROGRESS_INTERVAL}.
     */
    public static final String PROGRESS_INTERVAL = "parity.progress.interval";
    public static final String DEFAULT_PROGRESS_INTERVAL = "PT5S";

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
     * (entity, t) pairs the {@code point-in-time} check samples per group, a positive integer; a contract's
     * {@code point_in_time.samples} overrides it. The pairs are drawn from the stores' data with {@link #SEED}.
     * Default: {@value #DEFAULT_PIT_SAMPLES}.
     */
    public static final String PIT_SAMPLES = "parity.pit.samples";
    public static final int DEFAULT_PIT_SAMPLES = 1000;

    /**
     * The instant the {@code freshness} check measures staleness from, ISO-8601 with offset
     * (e.g. {@code 2026-12-01T06:00:00Z}). Default: the time the run started.
     */
    public static final String REFERENCE_TIME = "parity.reference-time";

    /**
     * Run-level sample: compare only this share of entities, within [0.000001, 1], in every group, overriding the
     * contracts' {@code sample.fraction}; {@code 1} compares every entity even where a contract samples. Entities are
     * picked by a hash of the key in SQL, the same in both stores; the values and coverage gates then hold the lower
     * bound of the 95% Wilson interval against their thresholds. Default: none (the contract decides).
     */
    public static final String SAMPLE_FRACTION = "parity.sample.fraction";

    /**
     * Run-level sample seed, a long, overriding the contracts' {@code sample.seed}; another seed draws other entities.
     * Default: the contract's seed, else 0 (not {@code parity.seed}: the same sample in every run unless asked).
     */
    public static final String SAMPLE_SEED = "parity.sample.seed";

    /**
     * Time budget of a comparison, an ISO-8601 duration, for groups whose contract sets no
     * {@code fail_fast.time_budget}: once spent the comparison stops and its checks FAIL, reporting what was compared
     * (unlike {@code parity.timeout.check}, which is an ERROR). Default: none.
     */
    public static final String FAIL_FAST_TIME_BUDGET = "parity.fail-fast.time-budget";

    /**
     * How a group's values are compared: {@code auto} (pushdown checksums when both stores support them and no
     * feature forbids it, else the streaming merge), {@code merge}, {@code pushdown} (an error where it cannot run)
     * or {@code in-memory} (small groups only). Default: {@value #DEFAULT_COMPARE_STRATEGY}.
     */
    public static final String COMPARE_STRATEGY = "parity.compare.strategy";
    public static final String DEFAULT_COMPARE_STRATEGY = "auto";

    /**
     * Rows per side whose key and row hashes (16 bytes a row) the pushdown may hold in memory to find the differing
     * rows exactly; where the rows to look into are more, it streams their hashes through bucket checksums on the
     * client instead (see {@link #PUSHDOWN_STREAMED_ROW_HASHES}), and {@code 0} always does. Default:
     * {@value #DEFAULT_PUSHDOWN_ROW_HASHES} (64 MB for both sides).
     */
    public static final String PUSHDOWN_ROW_HASHES = "parity.compare.pushdown.row-hashes";
    public static final int DEFAULT_PUSHDOWN_ROW_HASHES = org.featureparity.compare.PushdownLimits.DEFAULT_ROW_HASHES;

    /**
     * Rows per side whose key and row hashes the pushdown may stream to the client (16 bytes a row over the wire,
     * constant memory) rather than checksum them in finer buckets in the database. A table with at most this many
     * rows whose whole-table checksums differ has its hashes streamed at once; a larger one is first checksummed in
     * coarse buckets, and the rows of those that differ are streamed when they are few enough. {@code 0} keeps every
     * step in the database. Default: {@value #DEFAULT_PUSHDOWN_STREAMED_ROW_HASHES} (512 MB a side).
     */
    public static final String PUSHDOWN_STREAMED_ROW_HASHES = "parity.compare.pushdown.streamed-row-hashes";
    public static final int DEFAULT_PUSHDOWN_STREAMED_ROW_HASHES = org.featureparity.compare.PushdownLimits.DEFAULT_STREAMED_ROW_HASHES;

    private Constants() {
    }
}
