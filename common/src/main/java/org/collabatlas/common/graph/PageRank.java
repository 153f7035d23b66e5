package org.collabatlas.common.graph;

import java.util.Arrays;

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
        double[] share = new double[n];
        for (int u = 0; u < n; u++) {
            double s = graph.strength(u);
            share[u] = s == 0 ? 0 : 1.0 / s;
        }
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        double[] next = new double[n];
        double residual = Double.NaN;
        double restart = (1 - alpha) / n;
        for (int k = 1; k <= maxIter; k++) {
            double dangling = 0;
            for (int u = 0; u < n; u++) {
                if (share[u] == 0) {
                    dangling += x[u];
                }
            }
            double uniform = dangling / n;
            residual = 0;
            for (int v = 0; v < n; v++) {
                double in = 0;
                for (int i = graph.offsets[v], e = graph.offsets[v + 1]; i < e; i++) {
                    int u = graph.neighbours[i];
                    in += x[u] * graph.weights[i] * share[u];
                }
                next[v] = alpha * (in + uniform) + restart;
                residual += Math.abs(next[v] - x[v]);
            }
            double[] t = x;
            x = next;
            next = t;
            if (residual < n * tol) {
                return new PowerIterationResult(x, k, residual, true);
            }
        }
        return new PowerIterationResult(x, maxIter, residual, false);
    }

    public static final class Builder {
        private final CsrGraph graph;
        private double alpha = 0.85;
        private int maxIter = 100;
        private double tol = 1.0e-6;

        private Builder(CsrGraph graph) {
            if (graph == null) {
                throw new IllegalArgumentException("graph is null");
            }
            this.graph = graph;
        }

        /** Damping factor in (0, 1); default 0.85. */
        public Builder alpha(double alpha) {
            if (!(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
            }
            this.alpha = alpha;
            return this;
        }

        /** Maximum number of iterations; default 100 (NetworkX). */
        public Builder maxIter(int maxIter) {
            if (maxIter < 1) {
                throw new IllegalArgumentException("maxIter must be >= 1, got " + maxIter);
            }
            this.maxIter = maxIter;
            return this;
        }

        /** Tolerance per vertex; default 1e-6 (NetworkX). */
        public Builder tol(double tol) {
            if (!(tol > 0)) {
                throw new IllegalArgumentException("tol must be > 0, got " + tol);
            }
            this.tol = tol;
            return this;
        }

        public PageRank build() {
            return new PageRank(this);
        }
    }
}
