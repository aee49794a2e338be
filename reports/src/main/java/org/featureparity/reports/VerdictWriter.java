package org.featureparity.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.EvidenceListener;
import org.featureparity.evidence.RunInfo;

/** Collects a run's check evidence and, when the run ends, writes {@code verdict.json} into its report directory. */
public final class VerdictWriter implements EvidenceListener {

    static final String FILE_NAME = "verdict.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
        Path target = run.reportDirectory().resolve(FILE_NAME);
        try {
            AtomicFiles.write(target, JSON.writeValueAsBytes(VerdictDocument.of(run, clock.instant(), checks)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } finally {
            checks.clear();
        }
    }
}
