package org.featureparity.evidence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The run evidence belongs to.
 *
 * @param started          when the engine began executing
 * @param seed             the run's seed (generation and sampling replay with it)
 * @param frameworkVersion the FeatureParity version, from the jar manifest
 * @param reportDirectory  where evidence files go ({@code parity.report.dir})
 * @param environment      facts about the run for auditors (store products and versions, redacted URLs, Java version)
 * @param configuration    the run's configuration parameters (JUnit's, falling back to system properties), for
 *                         listeners' own keys; it may hold credentials, so never copy it into evidence
 */
public record RunInfo(Instant started, long seed, String frameworkVersion, Path reportDirectory,
                      Map<String, String> environment, Function<String, Optional<String>> configuration) {

    public RunInfo {
        environment = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(environment));
    }

    /** A run with no configuration of its own, for listeners driven outside the engine. */
    public RunInfo(Instant started, long seed, String frameworkVersion, Path reportDirectory, Map<String, String> environment) {
        this(started, seed, frameworkVersion, reportDirectory, environment, key -> Optional.empty());
    }

    /** A copy with other environment facts. */
    public RunInfo withEnvironment(Map<String, String> facts) {
        return new RunInfo(started, seed, frameworkVersion, reportDirectory, facts, configuration);
    }
}
