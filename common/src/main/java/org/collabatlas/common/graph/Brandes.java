package org.collabatlas.common.graph;

import java.util.List;

/**
 * Exact betweenness centrality of an undirected graph by Brandes' algorithm (U. Brandes, "A faster algorithm
 * for betweenness centrality", Journal of Mathematical Sociology 25(2), 2001).
 *
 * <p><b>Definition</b>: {@code b(v) = sum over unordered pairs {s, t}, s != v != t, of sigma_st(v) / sigma_st},
 * where {@code sigma_st} counts shortest {@code s-t} paths and {@code sigma_st(v)} those through {@code v}; pairs
 * with no path contribute 0. Endpoints are not counted (NetworkX {@code endpoints=False}).
 *
 * <p><b>Normalisation</b> ({@link #run()}, {@link #normalise}): exactly NetworkX 2.8
 * {@code betweenness_centrality(G, normalized=True)} for undirected graphs: {@code b(v) / ((n - 1)(n - 2) / 2)},
 * the fraction of the pairs of other vertices whose shortest paths pass through {@code v}; 0 for every vertex
 * when {@code n <= 2}. (NetworkX sums over ordered sources, so each pair twice, and divides by
 * {@code (n - 1)(n - 2)}: the same number.)
 *
 * <p><b>Distribution</b>: {@link #dependencies(int, int)} returns the raw sum of dependencies over a range of
 * sources; partial arrays from disjoint ranges that cover {@code [0, n)}, summed and then
 * {@link #normalise normalised}, give {@link #run()} (up to the order of floating-point additions, about 1e-15
 * relative). Build the {@link CsrGraph} once, broadcast it, and give each Spark task a range.
 *
 * <p>Path length is {@link PathLength#HOPS} (BFS, {@code O(nm)}) or {@link PathLength#INVERSE_WEIGHT} (Dijkstra
 * with length {@code 1 / weight}, {@code O(nm log n)}).
 */
public final class Brandes {
    private final CsrGraph graph;
    private final PathLength length;
    private final int threads;

    private Brandes(Builder b) {
        this.graph = b.graph;
        this.length = b.length;
        this.threads = b.threads;
    }

    public static Builder on(CsrGraph graph) {
        return new Builder(graph);
    }

    /**
     * Normalised betweenness of every vertex, all sources, on {@link Builder#threads} threads (thread {@code k}
     * takes sources {@code k, k + t, k + 2t, ...}; partials are summed in thread order, so the result is
     * reproducible to the bit for a given thread count, and equal within about 1e-15 relative across counts).
     */
    public double[] run() {
        int n = graph.vertexCount();
        int t = Math.max(1, Math.min(threads, n));
        List<double[]> partial = Lanes.run(t, "brandes", lane -> {
            double[] scores = new double[n];
            SingleSourceDependencies dep = new SingleSourceDependencies(graph, length);
            for (int s = lane; s < n; s += t) {
                dep.accumulate(s, scores);
            }
            return scores;
        });
        double[] sum = new double[n];
        for (double[] p : partial) {
            for (int v = 0; v < n; v++) {
                sum[v] += p[v];
            }
        }
        return normalise(sum, n);
    }

    /**
     * Raw dependency sums {@code sum over s in [from, to) of delta_s(v)} (unnormalised, single-threaded): the
     * partial result of one task. Sum the partials of all tasks, then {@link #normalise}.
     */
    public double[] dependencies(int from, int to) {
        int n = graph.vertexCount();
        if (from < 0 || to > n || from > to) {
            throw new IllegalArgumentException("source range [" + from + ", " + to + ") not within [0, " + n + ")");
        }
        double[] scores = new double[n];
        SingleSourceDependencies dep = new SingleSourceDependencies(graph, length);
        for (int s = from; s < to; s++) {
            dep.accumulate(s, scores);
        }
        return scores;
    }

    /** Raw dependency sums over the given sources (any subset, e.g. a shuffled share). */
    public double[] dependencies(int[] sources) {
        int n = graph.vertexCount();
        double[] scores = new double[n];
        SingleSourceDependencies dep = new SingleSourceDependencies(graph, length);
        for (int s : sources) {
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("source " + s + " not within [0, " + n + ")");
            }
            dep.accumulate(s, scores);
        }
        return scores;
    }

    /**
     * NetworkX's normalisation of raw sums over all {@code n} sources (each unordered pair counted twice):
     * {@code raw / ((n - 1)(n - 2))}, or all zeros when {@code n <= 2}. Returns a new array.
     */
    public static double[] normalise(double[] raw, int n) {
        double[] out = new double[raw.length];
        if (n <= 2) {
            return out;
        }
        double scale = 1.0 / ((double) (n - 1) * (n - 2));
        for (int v = 0; v < raw.length; v++) {
            out[v] = raw[v] * scale;
        }
        return out;
    }

    public static final class Builder {
        private final CsrGraph graph;
        private PathLength length = PathLength.HOPS;
        private int threads = 1;

        private Builder(CsrGraph graph) {
            this.graph = Arguments.graph(graph);
        }

        /** How paths are measured; default {@link PathLength#HOPS}. */
        public Builder pathLength(PathLength length) {
            if (length == null) {
                throw new IllegalArgumentException("path length is null");
            }
            this.length = length;
            return this;
        }

        /** Threads used by {@link Brandes#run()}; default 1. */
        public Builder threads(int threads) {
            this.threads = Arguments.atLeastOne("threads", threads);
            return this;
        }

        public Brandes build() {
            return new Brandes(this);
        }
    }
}
