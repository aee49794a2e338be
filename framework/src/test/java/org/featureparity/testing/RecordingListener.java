package org.featureparity.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.EvidenceListener;

/** Keeps the evidence of every check the JVM's engine runs report, so tests can read what a report would show. */
public final class RecordingListener implements EvidenceListener {

    private static final List<CheckEvidence> RECORDED = new CopyOnWriteArrayList<>();

    /** The latest evidence of the check with this UniqueId. */
    public static java.util.Optional<CheckEvidence> latest(String uniqueId) {
        for (int i = RECORDED.size() - 1; i >= 0; i--) {
            if (RECORDED.get(i).uniqueId().equals(uniqueId)) {
                return java.util.Optional.of(RECORDED.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public void checkFinished(CheckEvidence evidence) {
        RECORDED.add(evidence);
    }
}
