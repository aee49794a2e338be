package org.featureparity.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;

/**
 * Reads a cursor ahead on its own thread, a few batches deep: the database and the network keep streaming while the
 * merge works, instead of waiting for each other one fetch at a time. Memory stays bounded by
 * {@code batches x batchSize} rows.
 */
final class PrefetchingCursor implements RowCursor {

    private static final Object END = new Object();

    private final RowCursor source;
    private final BlockingQueue<Object> queue;
    private final int batchSize;
    private volatile boolean closed;
    private List<FeatureRow> batch = List.of();
    private int position;
    private boolean done;

    PrefetchingCursor(RowCursor source, int batchSize, int batches) {
        this.source = source;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(batches + 1);
        BothSides.start(this::produce);
    }

    private void produce() {
        try {
            List<FeatureRow> rows = new ArrayList<>(batchSize);
            while (!closed && source.hasNext()) {
                rows.add(source.next());
                if (rows.size() == batchSize) {
                    put(rows);
                    rows = new ArrayList<>(batchSize);
                }
            }
            put(rows);
            put(END);
        } catch (RuntimeException | Error e) {
            if (!closed) {
                put(new Failure(e));
            }
        }
    }

    private void put(Object item) {
        try {
            while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the merge is behind: wait for room, unless the cursor was closed meanwhile
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!done && position == batch.size()) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ComparisonException("interrupted while reading " + source.sql());
            }
            if (item == END) {
                done = true;
            } else if (item instanceof Failure failure) {
                done = true;
                throw failure.rethrow();
            } else {
                batch = (List<FeatureRow>) item;
                position = 0;
            }
        }
        return !done;
    }

    @Override
    public FeatureRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(position++);
    }

    @Override
    public String sql() {
        return source.sql();
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        source.close();
    }

    private record Failure(Throwable error) {
        RuntimeException rethrow() {
            if (error instanceof Error e) {
                throw e;
            }
            return (RuntimeException) error;
        }
    }
}
