package org.collabatlas.common.graph;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An immutable undirected weighted graph over the vertices {@code 0..n-1} in compressed-sparse-row arrays.
 *
 * <p>Each undirected edge {@code {u, v}} is stored twice, once in the row of {@code u} and once in the row of
 * {@code v}; the neighbours of {@code v} are {@code neighbour(i)} for {@code i} in {@code [start(v), end(v))},
 * sorted ascending, with their edge weights in {@code weight(i)}.
 *
 * <p><b>Memory</b>: {@code 4 (n + 1)} bytes of offsets plus 24 bytes per undirected edge (two slots of a 4-byte
 * neighbour and an 8-byte weight), plus the array headers. A graph of 10 million edges takes about 240 MB, which
 * is what a broadcast to each Spark executor costs (Java serialization writes the same arrays).
 *
 * <p><b>Input contract</b> of {@link #fromEdges}: vertex ids in {@code [0, n)}; no self-loops (a paper by one
 * country adds no collaboration); weights finite and strictly positive (a weight is a collaboration strength and
 * its inverse a distance, so a zero weight would be an infinitely long edge: drop such edges upstream). Duplicate
 * edges, in either direction, are merged and their weights summed. A violation is an
 * {@link IllegalArgumentException} naming the offending edge.
 */
public final class CsrGraph implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int n;
    final int[] offsets;
    final int[] neighbours;
    final double[] weights;

    private CsrGraph(int n, int[] offsets, int[] neighbours, double[] weights) {
        this.n = n;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.weights = weights;
    }

    /** The graph on {@code n} vertices with unit-weight edges {@code {src[i], dst[i]}}. */
    public static CsrGraph fromEdges(int n, int[] src, int[] dst) {
        return fromEdges(n, src, dst, null);
    }

    /**
     * The graph on {@code n} vertices with edges {@code {src[i], dst[i]}} of weight {@code weight[i]} ({@code null}:
     * all 1), duplicates merged with weights summed. Runs in {@code O(n + m)} (two counting sorts).
     */
    public static CsrGraph fromEdges(int n, int[] src, int[] dst, double[] weight) {
        if (n < 0) {
            throw new IllegalArgumentException("vertex count must be >= 0, got " + n);
        }
        if (src.length != dst.length || (weight != null && weight.length != src.length)) {
            throw new IllegalArgumentException("edge arrays differ in length: src " + src.length + ", dst "
                    + dst.length + (weight == null ? "" : ", weight " + weight.length));
        }
        int m = src.length;
        if (m > (Integer.MAX_VALUE - 8) / 2) {
            throw new IllegalArgumentException("too many edges for int offsets: " + m);
        }
        for (int i = 0; i < m; i++) {
            int u = src[i];
            int v = dst[i];
            if (u < 0 || u >= n || v < 0 || v >= n) {
                throw new IllegalArgumentException("edge " + i + " (" + u + ", " + v + ") has a vertex outside [0, "
                        + n + ")");
            }
            if (u == v) {
                throw new IllegalArgumentException("edge " + i + " is a self-loop on vertex " + u);
            }
            double w = weight == null ? 1.0 : weight[i];
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("edge " + i + " (" + u + ", " + v + ") has weight " + w
                        + "; weights must be finite and > 0");
            }
        }
        // Both directions of every edge, counting-sorted by target then (stably) by source: rows come out sorted.
        int slots = 2 * m;
        int[] byTargetSource = new int[slots];
        int[] byTargetTarget = new int[slots];
        double[] byTargetWeight = new double[slots];
        int[] count = new int[n + 1];
        for (int i = 0; i < m; i++) {
            count[dst[i] + 1]++;
            count[src[i] + 1]++;
        }
        prefixSum(count);
        for (int i = 0; i < m; i++) {
            double w = weight == null ? 1.0 : weight[i];
            place(count, dst[i], src[i], w, byTargetSource, byTargetTarget, byTargetWeight);
            place(count, src[i], dst[i], w, byTargetSource, byTargetTarget, byTargetWeight);
        }
        int[] offsets = new int[n + 1];
        for (int i = 0; i < slots; i++) {
            offsets[byTargetSource[i] + 1]++;
        }
        prefixSum(offsets);
        int[] next = Arrays.copyOf(offsets, n);
        int[] nbr = new int[slots];
        double[] wt = new double[slots];
        for (int i = 0; i < slots; i++) {
            int p = next[byTargetSource[i]]++;
            nbr[p] = byTargetTarget[i];
            wt[p] = byTargetWeight[i];
        }
        return merged(n, offsets, nbr, wt);
    }

    /** Puts the directed slot {@code source -> target} at the next free position of {@code target}'s bucket. */
    private static void place(int[] next, int target, int source, double w, int[] sources, int[] targets,
                              double[] ws) {
        int p = next[target]++;
        sources[p] = source;
        targets[p] = target;
        ws[p] = w;
    }

    private static void prefixSum(int[] a) {
        for (int i = 1; i < a.length; i++) {
            a[i] += a[i - 1];
        }
    }

    /** Sums runs of equal neighbours within each (sorted) row and compacts the arrays. */
    private static CsrGraph merged(int n, int[] offsets, int[] nbr, double[] wt) {
        int[] outOffsets = new int[n + 1];
        int w = 0;
        for (int v = 0; v < n; v++) {
            int rowStart = w;
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                if (w > rowStart && nbr[w - 1] == nbr[i]) {
                    wt[w - 1] += wt[i];
                } else {
                    nbr[w] = nbr[i];
                    wt[w] = wt[i];
                    w++;
                }
            }
            outOffsets[v + 1] = w;
        }
        int[] outNbr = w == nbr.length ? nbr : Arrays.copyOf(nbr, w);
        double[] outWt = w == wt.length ? wt : Arrays.copyOf(wt, w);
        return new CsrGraph(n, outOffsets, outNbr, outWt);
    }

    /** Number of vertices. */
    public int vertexCount() {
        return n;
    }

    /** Number of distinct undirected edges (after merging duplicates). */
    public long edgeCount() {
        return neighbours.length / 2;
    }

    /** First slot of {@code v}'s row. */
    public int start(int v) {
        return offsets[v];
    }

    /** One past the last slot of {@code v}'s row. */
    public int end(int v) {
        return offsets[v + 1];
    }

    /** The neighbour in slot {@code i}. */
    public int neighbour(int i) {
        return neighbours[i];
    }

    /** The weight of the edge in slot {@code i}. */
    public double weight(int i) {
        return weights[i];
    }

    /** Degree: the number of distinct neighbours of {@code v} (the study's "number of partner countries"). */
    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** Strength: the sum of the weights of {@code v}'s edges (NetworkX {@code G.degree(v, weight='weight')}). */
    public double strength(int v) {
        double s = 0;
        for (int i = offsets[v]; i < offsets[v + 1]; i++) {
            s += weights[i];
        }
        return s;
    }

    /** Approximate heap size of the arrays in bytes (see the class comment). */
    public long sizeInBytes() {
        return 4L * offsets.length + 4L * neighbours.length + 8L * weights.length;
    }

    @Override
    public String toString() {
        return "CsrGraph[n=" + n + ", m=" + edgeCount() + "]";
    }
}
