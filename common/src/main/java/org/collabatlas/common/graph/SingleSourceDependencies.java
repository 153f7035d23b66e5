package org.collabatlas.common.graph;

import java.util.Arrays;

/**
 * The inner loop of Brandes' algorithm: one shortest-path search from a source and the back-propagation of
 * dependencies {@code delta_s(v) = sum over w with v a predecessor of w of sigma_sv / sigma_sw * (1 + delta_s(w))}.
 *
 * <p>All arrays are allocated once per instance (about {@code 24 n} bytes for hops, {@code 45 n} for weighted
 * paths; the graph itself is shared) and only the entries of vertices reached from the last source are reset, so a run from a source costs
 * {@code O(m)} (hops) or {@code O(m log n)} (weighted) with no allocation. Predecessor lists are not stored: the
 * backward pass re-scans each vertex's row and recognises predecessors by distance ({@code dist(v) + len(v, w) ==
 * dist(w)}, the same floating-point sum as the forward pass, so the same test NetworkX applies: equal lengths
 * are ties only when exactly equal in floating point). Edge lengths {@code 1 / weight} are computed on the fly
 * rather than stored, to keep memory per thread independent of {@code m}. One instance per thread.
 */
final class SingleSourceDependencies {
    private final CsrGraph g;
    private final PathLength length;
    private final int[] hops;
    private final double[] dist;
    private final boolean[] settled;
    private final double[] sigma;
    private final double[] delta;
    private final int[] order;
    private final IndexedMinHeap heap;

    SingleSourceDependencies(CsrGraph g, PathLength length) {
        this.g = g;
        this.length = length;
        int n = g.vertexCount();
        sigma = new double[n];
        delta = new double[n];
        order = new int[n];
        if (length == PathLength.HOPS) {
            hops = new int[n];
            Arrays.fill(hops, -1);
            dist = null;
            settled = null;
            heap = null;
        } else {
            hops = null;
            dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            settled = new boolean[n];
            heap = new IndexedMinHeap(n);
        }
    }

    /** Adds {@code delta_s(v)} to {@code scores[v]} for every {@code v != s}. */
    void accumulate(int s, double[] scores) {
        int reached = length == PathLength.HOPS ? bfs(s) : dijkstra(s);
        if (length == PathLength.HOPS) {
            backwardHops(reached);
        } else {
            backwardWeighted(reached);
        }
        for (int k = reached - 1; k >= 0; k--) {
            int w = order[k];
            if (w != s) {
                scores[w] += delta[w];
            }
            sigma[w] = 0;
            delta[w] = 0;
            if (length == PathLength.HOPS) {
                hops[w] = -1;
            } else {
                dist[w] = Double.POSITIVE_INFINITY;
                settled[w] = false;
            }
        }
    }

    private int bfs(int s) {
        int[] off = g.offsets;
        int[] nbr = g.neighbours;
        hops[s] = 0;
        sigma[s] = 1;
        order[0] = s;
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int v = order[head++];
            int next = hops[v] + 1;
            double sv = sigma[v];
            for (int i = off[v], e = off[v + 1]; i < e; i++) {
                int w = nbr[i];
                if (hops[w] < 0) {
                    hops[w] = next;
                    order[tail++] = w;
                }
                if (hops[w] == next) {
                    sigma[w] += sv;
                }
            }
        }
        return tail;
    }

    private void backwardHops(int reached) {
        int[] off = g.offsets;
        int[] nbr = g.neighbours;
        for (int k = reached - 1; k > 0; k--) {
            int w = order[k];
            int prev = hops[w] - 1;
            double coeff = (1 + delta[w]) / sigma[w];
            for (int i = off[w], e = off[w + 1]; i < e; i++) {
                int v = nbr[i];
                if (hops[v] == prev) {
                    delta[v] += sigma[v] * coeff;
                }
            }
        }
    }

    private int dijkstra(int s) {
        int[] off = g.offsets;
        int[] nbr = g.neighbours;
        double[] wt = g.weights;
        dist[s] = 0;
        sigma[s] = 1;
        heap.insertOrDecrease(s, 0);
        int count = 0;
        while (!heap.isEmpty()) {
            int v = heap.poll();
            settled[v] = true;
            order[count++] = v;
            double dv = dist[v];
            double sv = sigma[v];
            for (int i = off[v], e = off[v + 1]; i < e; i++) {
                int w = nbr[i];
                if (settled[w]) {
                    continue;
                }
                double alt = dv + 1.0 / wt[i];
                if (alt < dist[w]) {
                    dist[w] = alt;
                    sigma[w] = sv;
                    heap.insertOrDecrease(w, alt);
                } else if (alt == dist[w]) {
                    sigma[w] += sv;
                }
            }
        }
        return count;
    }

    private void backwardWeighted(int reached) {
        int[] off = g.offsets;
        int[] nbr = g.neighbours;
        double[] wt = g.weights;
        for (int k = reached - 1; k > 0; k--) {
            int w = order[k];
            double dw = dist[w];
            double coeff = (1 + delta[w]) / sigma[w];
            for (int i = off[w], e = off[w + 1]; i < e; i++) {
                int v = nbr[i];
                double dv = dist[v];
                if (dv < dw && dv + 1.0 / wt[i] == dw) {
                    delta[v] += sigma[v] * coeff;
                }
            }
        }
    }
}
