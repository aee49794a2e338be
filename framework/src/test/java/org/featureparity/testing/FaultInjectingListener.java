package org.featureparity.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.EvidenceListener;

/**
 * A fault injector for tests, found like any evidence listener: a test registers what should happen right after a
 * group's check is reported (e.g. stop the store), and it happens between that check and the next. Inert unless
 * a test registered something.
 */
public final class FaultInjectingListener implements EvidenceListener {

    private static final Map<String, Runnable> AFTER_CHECK = new ConcurrentHashMap<>();

    /** Runs {@code fault} once, right after the check {@code group}/{@code checkKind} is reported. */
    public static void after(String group, String checkKind, Runnable fault) {
        AFTER_CHECK.put(group + "/" + checkKind, fault);
    }

    public static void clear() {
        AFTER_CHECK.clear();
    }

    @Override
    public void checkFinished(CheckEvidence evidence) {
        Runnable fault = AFTER_CHECK.remove(evidence.group() + "/" + evidence.check().id());
        if (fault != null) {
            fault.run();
        }
    }
}
