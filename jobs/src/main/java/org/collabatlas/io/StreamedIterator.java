package org.collabatlas.io;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns a push-style producer (a parser that calls a sink) into a pull-style iterator for Spark's
 * {@code mapPartitions}, with a bounded buffer, so that a multi-gigabyte input file never sits in memory whole.
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
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile Throwable failure;
    private Object next;

    public StreamedIterator(String name, int capacity, Producer<T> producer) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(() -> {
            try {
                producer.run(item -> {
                    try {
                        queue.put(item);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new StoppedException();
                    }
                });
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

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while reading " + thread.getName(), e);
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
