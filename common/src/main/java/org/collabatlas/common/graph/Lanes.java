package org.collabatlas.common.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Runs {@code lanes} pieces of work on their own threads and returns their results in lane order (so sums over
 * them are reproducible); a failure in any lane is re-thrown after all have stopped.
 */
final class Lanes {
    private Lanes() {
    }

    static <T> List<T> run(int lanes, String name, IntFunction<T> work) {
        List<T> results = new ArrayList<>(lanes);
        for (int k = 0; k < lanes; k++) {
            results.add(null);
        }
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int k = 0; k < lanes; k++) {
            int lane = k;
            Thread worker = new Thread(() -> {
                T r = work.apply(lane);
                synchronized (results) {
                    results.set(lane, r);
                }
            }, name + "-" + k);
            worker.setUncaughtExceptionHandler((th, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name + " workers", e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a " + name + " worker failed", failures.get(0));
        }
        synchronized (results) {
            return new ArrayList<>(results);
        }
    }
}
