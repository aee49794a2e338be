package org.featureparity.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.featureparity.evidence.RunInfo;

/** The {@code environment.properties} shown in the report's Environment widget: run facts, version and seed. */
final class EnvironmentProperties {

    static final String FILE_NAME = "environment.properties";
    static final String FRAMEWORK_VERSION = "featureparity.version";
    /** Named after the configuration key, so the report says how to replay the run. */
    static final String SEED = "parity.seed";
    static final String GIT_COMMIT = "git.commit";

    private EnvironmentProperties() {
    }

    /** The entries, sorted by key, with secret values masked. */
    static Map<String, String> entries(RunInfo run, BuildFacts facts) {
        Map<String, String> entries = new TreeMap<>(Redaction.masked(run.environment()));
        entries.put(FRAMEWORK_VERSION, run.frameworkVersion());
        entries.put(SEED, Long.toString(run.seed()));
        facts.gitCommit().ifPresent(commit -> entries.put(GIT_COMMIT, commit));
        return entries;
    }

    /**
     * Properties text without the timestamp comment {@link Properties#store} writes, so identical runs give
     * identical files. Each entry goes through {@code store} on its own to borrow its escaping, and the byte
     * stream variant keeps the file ASCII (Unicode escapes), which is how {@link Properties#load} reads it.
     */
    static String render(RunInfo run, BuildFacts facts) {
        StringBuilder text = new StringBuilder();
        entries(run, facts).forEach((key, value) -> text.append(line(key, value)));
        return text.toString();
    }

    private static String line(String key, String value) {
        Properties single = new Properties();
        single.setProperty(key, value);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            single.store(bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder line = new StringBuilder();
        // Escaping guarantees no entry line starts with '#', so only the timestamp comment is dropped.
        bytes.toString(StandardCharsets.ISO_8859_1).lines()
                .filter(candidate -> !candidate.startsWith("#"))
                .forEach(candidate -> line.append(candidate).append('\n'));
        return line.toString();
    }
}
