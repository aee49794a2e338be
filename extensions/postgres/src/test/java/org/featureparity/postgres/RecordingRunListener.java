package org.featureparity.postgres;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.featureparity.evidence.EvidenceListener;
import org.featureparity.evidence.RunInfo;

/** Keeps the last finished run's facts, so tests can read what the engine recorded about its stores. */
public final class RecordingRunListener implements EvidenceListener {

    private static final AtomicReference<RunInfo> LAST_RUN = new AtomicReference<>();

    @Override
    public void runFinished(RunInfo run) {
        LAST_RUN.set(run);
    }

    static Optional<RunInfo> lastRun() {
        return Optional.ofNullable(LAST_RUN.get());
    }
}
