package org.featureparity.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.CheckStep;

/**
 * The phases one check went through, in order. Work a group shares (describing a store, the comparison) is recorded
 * by the check that computed it; later checks record that they reused it.
 */
public final class CheckSteps {

    /** Records nothing: for work run outside a check. */
    public static final CheckSteps NONE = new CheckSteps();

    private final List<CheckStep> steps = new ArrayList<>();

    /** Runs {@code work} as the named phase, recording how it ended; a failure is recorded and rethrown. */
    public <T> T record(String name, Supplier<T> work) {
        return record(name, work, result -> "");
    }

    /** As {@link #record(String, Supplier)}, with a sentence on the result. */
    public <T> T record(String name, Supplier<T> work, Function<T, String> detail) {
        Instant started = Instant.now();
        try {
            T result = work.get();
            add(new CheckStep(name, CheckStatus.PASS, detail.apply(result), started, Instant.now()));
            return result;
        } catch (RuntimeException | Error e) {
            add(new CheckStep(name, CheckStatus.ERROR, String.valueOf(e.getMessage()), started, Instant.now()));
            throw e;
        }
    }

    /** Notes, once per check, a phase whose result an earlier check of the group computed. */
    public synchronized void reused(String name, String detail) {
        if (steps.stream().noneMatch(step -> step.name().equals(name))) {
            Instant now = Instant.now();
            add(new CheckStep(name, CheckStatus.PASS, detail, now, now));
        }
    }

    /** Records the check's own conclusion (the gate), from the end of its last phase until now. */
    public void conclude(String name, CheckStatus status, String detail, Instant checkStarted) {
        Instant started;
        synchronized (this) {
            started = steps.isEmpty() ? checkStarted : steps.get(steps.size() - 1).finished();
        }
        add(new CheckStep(name, status, detail, started, Instant.now()));
    }

    private synchronized void add(CheckStep step) {
        if (this != NONE) {
            steps.add(step);
        }
    }

    public synchronized List<CheckStep> steps() {
        return List.copyOf(steps);
    }
}
