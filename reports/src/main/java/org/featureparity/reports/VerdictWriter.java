package org.featureparity.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.EvidenceListener;
import org.featureparity.evidence.RunInfo;

/** Collects a run's check evidence and, when the run ends, writes {@code verdict.json} into its report directory. */
public final class VerdictWriter implements EvidenceListener {

    static final String FILE_NAME = "verdict.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Earlier runs' checks in this JVM, by report directory. Surefire runs a module's test classes in one JVM, and
     * a {@code @Suite} class starts its own engine run beside the plain one: the verdict must cover both, not
     * whichever finished last.
     */
    private static final Map<Path, JvmRuns> RUNS_BY_DIRECTORY = new ConcurrentHashMap<>();

    private final Clock clock;
    private final List<CheckEvidence> checks = new ArrayList<>();

    /** For {@link java.util.ServiceLoader}. */
    public VerdictWriter() {
        this(Clock.systemUTC());
    }

    VerdictWriter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void runStarted(RunInfo run) {
        // A listener may outlive one run (an IDE re-running in the same JVM): never mix two runs' checks.
        checks.clear();
    }

    // Synchronized because a parallel engine may finish checks on several threads.
    @Override
    public synchronized void checkFinished(CheckEvidence evidence) {
        checks.add(evidence);
    }

    /** Uses only the {@code run} passed in, so a missing {@code runStarted} still gives a complete file. */
    @Override
    public synchronized void runFinished(RunInfo run) {
        Path directory = run.reportDirectory().toAbsolutePath().normalize();
        JvmRuns runs = RUNS_BY_DIRECTORY.computeIfAbsent(directory, d -> new JvmRuns(run));
        try {
            List<CheckEvidence> all = runs.add(run, checks);
            AtomicFiles.write(directory.resolve(FILE_NAME), JSON.writeValueAsBytes(VerdictDocument.of(runs.first(), clock.instant(), all, KeyRedaction.of(run))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } finally {
            checks.clear();
        }
    }

    /** The checks of every run in this JVM that wrote to one directory; a re-run check replaces its earlier result. */
    private static final class JvmRuns {
        private RunInfo first;
        private final Map<String, CheckEvidence> byUniqueId = new LinkedHashMap<>();

        JvmRuns(RunInfo first) {
            this.first = first;
        }

        /** Adds a run's checks; its environment (the stores it used) joins the first run's. */
        synchronized List<CheckEvidence> add(RunInfo run, List<CheckEvidence> checks) {
            Map<String, String> environment = new java.util.TreeMap<>(first.environment());
            environment.putAll(run.environment());
            first = first.withEnvironment(environment);
            return add(checks);
        }

        private List<CheckEvidence> add(List<CheckEvidence> run) {
            run.forEach(check -> {
                byUniqueId.remove(check.uniqueId());
                byUniqueId.put(check.uniqueId(), check);
            });
            return List.copyOf(byUniqueId.values());
        }

        synchronized RunInfo first() {
            return first;
        }
    }
}
