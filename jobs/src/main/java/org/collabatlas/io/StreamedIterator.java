package org.collabatlas.io;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns a push-style producer (a parser that calls a sink) into a pull-style iterator for Spark's
 * {@code mapPartitions}, with a bounded buffer, so that a multi-gigabyte input file never sits in memory whole.
 * Items cross between the threads in batches of {@value #BATCH}, so the hand-over costs little per item.
 * The producer runs on its own daemon thread; an exception it throws is re-thrown by {@link #hasNext()};
 * {@link #close()} stops it (used when the Spark task ends early).
 */
public final class StreamedIterator<T> implements Iterator<T>, AutoCloseable {
    /** The producer: pushes items into the sink until done. */
    @FunctionalInterface
    public interface Producer<T> {
        void run(Consumer<T> sink) throws Exception;
    }

    private static final Object END = new Object();
    private static final int BATCH = 256;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile Throwable failure;
    private Object next;
    private java.util.List<?> batch = java.util.List.of();
    private int inBatch;

    @SuppressWarnings("unchecked")
    public StreamedIterator(String name, int capacity, Producer<T> producer) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(() -> {
            java.util.List<T>[] pending = new java.util.List[] {new java.util.ArrayList<T>(BATCH)};
            try {
                producer.run(item -> {
                    pending[0].add(item);
                    if (pending[0].size() == BATCH) {
                        put(pending[0]);
                        pending[0] = new java.util.ArrayList<>(BATCH);
                    }
                });
                if (!pending[0].isEmpty()) {
                    put(pending[0]);
                }
            } catch (StoppedException e) {
                return;
            } catch (Throwable t) {
                failure = t;
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void put(Object batchOfItems) {
        try {
            queue.put(batchOfItems);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoppedException();
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (inBatch < batch.size()) {
                next = batch.get(inBatch++);
                return true;
            }
            Object taken;
            try {
                taken = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while reading " + thread.getName(), e);
            }
            if (taken == END) {
                next = END;
            } else {
                batch = (java.util.List<?>) taken;
                inBatch = 0;
            }
        }
        if (next == END) {
            if (failure != null) {
                throw new IllegalStateException("reading " + thread.getName() + " failed: " + failure, failure);
            }
            return false;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    private static final class StoppedException extends RuntimeException {
        StoppedException() {
            super(null, null, false, false);
        }
    }
}
