package org.featureparity.check;

import java.util.function.Supplier;

/**
 * A value computed once on first need; a failure is remembered too, so every check depending on it reports the
 * same cause instead of retrying against a broken store.
 */
public final class Memo<T> {

    private final Supplier<T> computation;
    private T value;
    private RuntimeException failure;
    private boolean done;

    public Memo(Supplier<T> computation) {
        this.computation = computation;
    }

    public synchronized T get() {
        if (!done) {
            try {
                value = computation.get();
            } catch (RuntimeException e) {
                failure = e;
            }
            done = true;
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    /** Whether the computation has run, successfully or not (never runs it). */
    public synchronized boolean isDone() {
        return done;
    }
}
