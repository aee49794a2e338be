package org.featureparity.compare;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs the old and the new side's statement at the same time: the two databases work in parallel, so a comparison
 * costs about the slower side, not the sum. Results that hold connections are closed when the other side fails.
 */
final class BothSides {

    private static final ExecutorService SIDES = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "parity-side");
        thread.setDaemon(true);
        return thread;
    });

    private BothSides() {
    }

    /** Runs work on a side thread, for readers that stream alongside the comparison. */
    static void start(Runnable work) {
        SIDES.execute(work);
    }

    record Pair<T>(T old, T fresh) {
    }

    static <T> Pair<T> concurrently(Supplier<T> old, Supplier<T> fresh) {
        CompletableFuture<T> oldSide = CompletableFuture.supplyAsync(old, SIDES);
        T freshResult;
        try {
            freshResult = fresh.get();
        } catch (RuntimeException e) {
            // wait for the other side (its statements are time-limited too) so no connection outlives the failure
            try {
                closeIfPossible(oldSide.join());
            } catch (CompletionException ignored) {
                // that side failed as well; the first failure is the one reported
            }
            throw e;
        }
        try {
            return new Pair<>(oldSide.join(), freshResult);
        } catch (CompletionException e) {
            closeIfPossible(freshResult);
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static void closeIfPossible(Object result) {
        if (result instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // releasing a connection after the other side failed; the failure that matters is already thrown
            }
        }
    }
}
