package org.featureparity.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.EvidenceListener;
import org.featureparity.evidence.RunInfo;

/** Keeps the evidence of the last run, found like any evidence listener, so tests can read what checks published. */
public final class RecordingListener implements EvidenceListener {

    private static final List<CheckEvidence> LAST_RUN = new CopyOnWriteArrayList<>();

    @Override
    public void runStarted(RunInfo run) {
        LAST_RUN.clear();
    }

    @Override
    public void checkFinished(CheckEvidence evidence) {
        LAST_RUN.add(evidence);
    }

    public static List<CheckEvidence> lastRun() {
        return List.copyOf(LAST_RUN);
    }
}
