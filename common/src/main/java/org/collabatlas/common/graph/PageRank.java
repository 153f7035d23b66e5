package org.collabatlas.common.graph;

/**
 * Weighted PageRank (S. Brin, L. Page, "The anatomy of a large-scale hypertextual Web search engine", WWW 1998)
 * of an undirected graph, computed as NetworkX 2.8 {@code pagerank(G, alpha, weight='weight', tol, max_iter)}.
 *
 * <p><b>Definition</b>: each undirected edge is followed in both directions; from {@code u} the walk moves to
 * neighbour {@code v} with probability {@code w(u, v) / strength(u)}. A vertex without edges is dangling: its
 * mass is spread uniformly over all {@code n} vertices. With probability {@code 1 - alpha} the walk restarts at
 * a uniform vertex. Scores sum to 1.
 *
 * <p><b>Iteration</b> (NetworkX's {@code pagerank_scipy}): {@code x_0 = 1/n};
 * {@code x_k(v) = alpha * (sum over u ~ v of x_{k-1}(u) w(u, v) / strength(u) + D_{k-1} / n) + (1 - alpha) / n},
 * {@code D} the mass on dangling vertices; no renormalisation; stop at the first {@code k} with
 * {@code sum |x_k - x_{k-1}| < n * tol}, or report non-convergence after {@code maxIter} iterations.
 *
 * <p><b>Distribution</b>: one step is {@link #addEdgeFlows} over each edge partition (summing the partial
 * arrays) followed by {@link #finishStep}, the same arithmetic as {@link #run()} up to the order of additions.
 */
public final class PageRank {
    private final CsrGraph graph;
    private final double alpha;
    private final int maxIter;
    private final double tol;

    private PageRank(Builder b) {
        this.graph = b.graph;
        this.alpha = b.alpha;
        this.maxIter = b.maxIter;
        this.tol = b.tol;
    }

    public static Builder on(CsrGraph graph) {
        return new Builder(graph);
    }

    public PowerIterationResult run() {
        int n = graph.vertexCount();
        if (n == 0) {
            return new PowerIterationResult(new double[0], 0, 0, true);
        }
        double[] strength = new double[n];
        for (int u = 0; u < n; u++) {
            strength[u] = graph.strength(u);
        }
        double[] share = inverseStrengths(strength);
        double[] in = new double[n];
        return PowerIteration.run(n, maxIter, (x, next) -> {
            for (int v = 0; v < n; v++) {
                double s = 0;
                for (int i = graph.offsets[v], e = graph.offsets[v + 1]; i < e; i++) {
                    int u = graph.neighbours[i];
                    s += x[u] * graph.weights[i] * share[u];
                }
                in[v] = s;
            }
            return finishStep(x, in, share, alpha, next);
        }, (residual, previous) -> residual < n * tol);
    }

    /** {@code 1 / strength} per vertex, 0 for a dangling (isolated) vertex. */
    public static double[] inverseStrengths(double[] strength) {
        double[] share = new double[strength.length];
        for (int u = 0; u < strength.length; u++) {
            share[u] = strength[u] == 0 ? 0 : 1.0 / strength[u];
        }
        return share;
    }

    /**
     * Adds the flow along the undirected edges {@code [from, to)} of an edge list to {@code in}: for each edge
     * {@code {u, v}} of weight {@code w}, {@code in[v] += x[u] w share[u]} and {@code in[u] += x[v] w share[v]},
     * {@code share} from {@link #inverseStrengths}. Each undirected edge must appear once. Partial arrays of edge
     * partitions are summed, then {@link #finishStep} completes the iteration.
     */
    public static void addEdgeFlows(int[] src, int[] dst, double[] weight, int from, int to, double[] x,
                                    double[] share, double[] in) {
        for (int i = from; i < to; i++) {
            int u = src[i];
            int v = dst[i];
            double w = weight[i];
            in[v] += x[u] * w * share[u];
            in[u] += x[v] * w * share[v];
        }
    }

    /**
     * Completes one step: {@code out[v] = alpha (in[v] + D / n) + (1 - alpha) / n}, {@code D} the mass of
     * {@code x} on dangling vertices ({@code share == 0}); returns the residual {@code sum |out - x|}.
     * {@code out} must not alias {@code x}.
     */
    public static double finishStep(double[] x, double[] in, double[] share, double alpha, double[] out) {
        int n = x.length;
        double dangling = 0;
        for (int u = 0; u < n; u++) {
            if (share[u] == 0) {
                dangling += x[u];
            }
        }
        double uniform = dangling / n;
        double restart = (1 - alpha) / n;
        double residual = 0;
        for (int v = 0; v < n; v++) {
            out[v] = alpha * (in[v] + uniform) + restart;
            residual += Math.abs(out[v] - x[v]);
        }
        return residual;
    }

    public static final class Builder {
        private final CsrGraph graph;
        private double alpha = 0.85;
        private int maxIter = 100;
        private double tol = 1.0e-6;

        private Builder(CsrGraph graph) {
            this.graph = Arguments.graph(graph);
        }

        /** Damping factor in (0, 1); default 0.85. */
        public Builder alpha(double alpha) {
            this.alpha = Arguments.inOpenUnitInterval("alpha", alpha);
            return this;
        }

        /** Maximum number of iterations; default 100 (NetworkX). */
        public Builder maxIter(int maxIter) {
            this.maxIter = Arguments.atLeastOne("maxIter", maxIter);
            return this;
        }

        /** Tolerance per vertex; default 1e-6 (NetworkX). */
        public Builder tol(double tol) {
            this.tol = Arguments.positive("tol", tol);
            return this;
        }

        public PageRank build() {
            return new PageRank(this);
        }
    }
}
