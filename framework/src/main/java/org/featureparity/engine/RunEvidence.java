package org.featureparity.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.Optional;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.EvidenceListener;
import org.featureparity.evidence.RunInfo;

/** The run's evidence channel: the listeners found with ServiceLoader, and what the run learns about itself. */
final class RunEvidence {

    private final List<EvidenceListener> listeners = new ArrayList<>();
    private final Map<String, String> environment = new ConcurrentSkipListMap<>();
    private final Map<String, List<CheckStatus>> statusesByGroup = new java.util.concurrent.ConcurrentHashMap<>();
    private final ParityConfiguration configuration;
    private final Instant started = Instant.now();

    RunEvidence(ParityConfiguration configuration) {
        this.configuration = configuration;
        ServiceLoader.load(EvidenceListener.class, Thread.currentThread().getContextClassLoader()).forEach(listeners::add);
        environment.put("java.version", System.getProperty("java.version"));
        environment.put("java.vendor", System.getProperty("java.vendor"));
    }

    void start() {
        RunInfo run = runInfo();
        each(listener -> listener.runStarted(run));
    }

    /**
     * Hands a check's evidence to every listener. If one fails, the evidence is incomplete, so the check cannot
     * stand as reported: every listener then receives it again as ERROR (later evidence for a check replaces
     * earlier), and the failure fails the check's node.
     */
    void publish(CheckEvidence evidence) {
        try {
            each(listener -> listener.checkFinished(evidence));
            record(evidence);
        } catch (RuntimeException failure) {
            CheckEvidence corrected = evidence.asError(failure.getMessage(), failure);
            record(corrected);
            try {
                each(listener -> listener.checkFinished(corrected));
            } catch (RuntimeException again) {
                failure.addSuppressed(again);
            }
            throw failure;
        }
    }

    /** The verdict of a group from the checks reported so far in this run; empty when none ran. */
    Optional<CheckStatus> groupVerdict(String group) {
        return Optional.ofNullable(statusesByGroup.get(group)).map(CheckStatus::verdictOf);
    }

    private void record(CheckEvidence evidence) {
        statusesByGroup.computeIfAbsent(evidence.group(), g -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(evidence.status());
    }

    void environment(String key, String value) {
        environment.put(key, value);
    }

    void finish() {
        RunInfo run = runInfo();
        each(listener -> listener.runFinished(run));
    }

    private RunInfo runInfo() {
        return new RunInfo(started, configuration.seed(), FrameworkVersion.current(), configuration.reportDirectory(), environment,
                configuration::get);
    }

    // every listener hears every event even if one fails; the first failure then fails the caller's node
    private void each(java.util.function.Consumer<EvidenceListener> call) {
        RuntimeException failure = null;
        for (EvidenceListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                RuntimeException wrapped = new IllegalStateException("evidence listener " + listener.getClass().getName()
                        + " failed: " + e.getMessage(), e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
