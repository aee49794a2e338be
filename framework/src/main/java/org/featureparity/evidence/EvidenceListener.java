package org.featureparity.evidence;

/**
 * Receives the evidence of a run. Implementations are found with {@link java.util.ServiceLoader}; the framework
 * itself writes no report. Calls come from the engine's executing thread, {@code checkFinished} once per check.
 */
public interface EvidenceListener {

    default void runStarted(RunInfo run) {
    }

    default void checkFinished(CheckEvidence evidence) {
    }

    /** The run ended; every check of it has been reported. */
    default void runFinished(RunInfo run) {
    }
}
