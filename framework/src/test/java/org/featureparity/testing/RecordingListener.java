package org.featureparity.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.EvidenceListener;
import org.featureparity.evidence.RunInfo;

/** Keeps the evidence checks publish, found like any evidence listener, so tests can read what a report would show. */
public final class RecordingListener implements EvidenceListener {

    private static final List<CheckEvidence> RECORDED = new CopyOnWriteArrayList<>();
    private static final List<CheckEvidence> LAST_RUN = new CopyOnWriteArrayList<>();

    /** The latest evidence of the check with this UniqueId, from any run of the JVM. */
    public static Optional<CheckEvidence> latest(String uniqueId) {
        for (int i = RECORDED.size() - 1; i >= 0; i--) {
            if (RECORDED.get(i).uniqueId().equals(uniqueId)) {
                return Optional.of(RECORDED.get(i));
            }
        }
        return Optional.empty();
    }

    /** The evidence of the last run that started. */
    public static List<CheckEvidence> lastRun() {
        return List.copyOf(LAST_RUN);
    }

    @Override
    public void runStarted(RunInfo run) {
        LAST_RUN.clear();
    }

    @Override
    public void checkFinished(CheckEvidence evidence) {
        RECORDED.add(evidence);
        LAST_RUN.add(evidence);
    }
}
