package org.featureparity.evidence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The run evidence belongs to.
 *
 * @param started          when the engine began executing
 * @param seed             the run's seed (generation and sampling replay with it)
 * @param frameworkVersion the FeatureParity version, from the jar manifest
 * @param reportDirectory  where evidence files go ({@code parity.report.dir})
 * @param environment      facts about the run for auditors (store products and versions, redacted URLs, Java version)
 */
public record RunInfo(Instant started, long seed, String frameworkVersion, Path reportDirectory,
                      Map<String, String> environment) {

    public RunInfo {
        environment = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(environment));
    }
}
