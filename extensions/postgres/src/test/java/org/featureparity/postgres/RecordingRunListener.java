package org.featureparity.postgres;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.EvidenceListener;
import org.featureparity.evidence.RunInfo;

/** Keeps the last run's facts and checks, so tests can read what the engine recorded. */
public final class RecordingRunListener implements EvidenceListener {

    private static final AtomicReference<RunInfo> LAST_RUN = new AtomicReference<>();
    private static final Map<String, CheckEvidence> CHECKS = new ConcurrentHashMap<>();

    @Override
    public void runStarted(RunInfo run) {
        CHECKS.clear();
    }

    @Override
    public void checkFinished(CheckEvidence evidence) {
        CHECKS.put(evidence.check().id() + evidence.feature().map(f -> "/" + f).orElse(""), evidence);
    }

    @Override
    public void runFinished(RunInfo run) {
        LAST_RUN.set(run);
    }

    static Optional<RunInfo> lastRun() {
        return Optional.ofNullable(LAST_RUN.get());
    }

    /** The last run's checks by {@code kind[/feature]} (the last of a kind wins where groups share one). */
    static Map<String, CheckEvidence> checks() {
        return Map.copyOf(CHECKS);
    }
}
