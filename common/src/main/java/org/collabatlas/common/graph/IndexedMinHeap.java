package org.collabatlas.common.graph;

import java.util.Arrays;

/**
 * A binary min-heap of vertices keyed by a {@code double}, with decrease-key, allocated once and reused across
 * Dijkstra runs. Not thread-safe.
 */
final class IndexedMinHeap {
    private final int[] heap;
    private final int[] position;
    private final double[] key;
    private int size;

    IndexedMinHeap(int n) {
        heap = new int[n];
        position = new int[n];
        key = new double[n];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts {@code v} with {@code k}, or lowers its key to {@code k} if it is already in the heap. */
    void insertOrDecrease(int v, double k) {
        int p = position[v];
        if (p < 0) {
            p = size++;
            heap[p] = v;
            position[v] = p;
        }
        key[v] = k;
        siftUp(p);
    }

    /** Removes and returns the vertex of least key. */
    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            int last = heap[size];
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int p) {
        int v = heap[p];
        double k = key[v];
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            int u = heap[parent];
            if (key[u] <= k) {
                break;
            }
            heap[p] = u;
            position[u] = p;
            p = parent;
        }
        heap[p] = v;
        position[v] = p;
    }

    private void siftDown(int p) {
        int v = heap[p];
        double k = key[v];
        int half = size >>> 1;
        while (p < half) {
            int child = 2 * p + 1;
            int right = child + 1;
            if (right < size && key[heap[right]] < key[heap[child]]) {
                child = right;
            }
            int c = heap[child];
            if (k <= key[c]) {
                break;
            }
            heap[p] = c;
            position[c] = p;
            p = child;
        }
        heap[p] = v;
        position[v] = p;
    }
}
