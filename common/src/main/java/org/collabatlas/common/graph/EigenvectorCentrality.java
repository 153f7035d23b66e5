package org.collabatlas.common.graph;

/**
 * Weighted eigenvector centrality (P. Bonacich, "Power and centrality: a family of measures", American Journal of
 * Sociology 92(5), 1987) computed exactly as NetworkX 2.8 {@code eigenvector_centrality(G, max_iter, tol,
 * weight='weight')}.
 *
 * <p><b>Definition</b>: the principal eigenvector {@code x} of the weighted adjacency matrix {@code A}
 * ({@code A[u][v]} = the edge weight), scaled to unit Euclidean norm (the study's values, e.g. China 0.600).
 *
 * <p><b>Iteration</b>: {@code x_0 = 1/n} for every vertex; {@code x_k = (A + I) x_{k-1} / ||(A + I) x_{k-1}||_2}
 * (the shift by {@code I} makes the iteration converge on bipartite graphs too, and keeps the eigenvectors of
 * {@code A}); stop at the first {@code k} with {@code sum |x_k - x_{k-1}| < n * tol} (NetworkX's rule) and, in
 * addition, an estimated remaining error below the same bound: with the contraction ratio
 * {@code r = res_k / res_{k-1}} of successive residuals, the distance to the limit is about
 * {@code res_k * r / (1 - r)}, which NetworkX's rule alone ignores — on graphs whose two largest eigenvalues are
 * close (several components of similar size, as institution graphs have) a small step does not mean a small error.
 * Non-convergence after {@code maxIter} iterations is reported.
 *
 * <p><b>Disconnected graphs</b>: the result is the principal eigenvector of the whole graph. Vertices outside
 * the component with the largest eigenvalue decay towards 0 geometrically (ratio {@code (1 + lambda_c) / (1 +
 * lambda_max)}) and are small but not exactly 0 when the tolerance is met. Isolated vertices likewise.
 *
 * <p><b>Distribution</b>: one step is {@link #addEdgeProducts} over each edge partition (summing the partial
 * {@code A x} arrays) followed by {@link #finishStep}: the same arithmetic as {@link #run()}, up to the order in
 * which products are added.
 */
public final class EigenvectorCentrality {
    private final CsrGraph graph;
    private final int maxIter;
    private final double tol;

    private EigenvectorCentrality(Builder b) {
        this.graph = b.graph;
        this.maxIter = b.maxIter;
        this.tol = b.tol;
    }

    public static Builder on(CsrGraph graph) {
        return new Builder(graph);
    }

    public PowerIterationResult run() {
        int n = graph.vertexCount();
        if (n == 0) {
            throw new IllegalArgumentException("eigenvector centrality of the empty graph is undefined");
        }
        double[] ax = new double[n];
        return PowerIteration.run(n, maxIter, (x, next) -> {
            for (int v = 0; v < n; v++) {
                double s = 0;
                for (int i = graph.offsets[v], e = graph.offsets[v + 1]; i < e; i++) {
                    s += graph.weights[i] * x[graph.neighbours[i]];
                }
                ax[v] = s;
            }
            return finishStep(x, ax, next);
        }, (residual, previous) -> converged(residual, previous, n, tol));
    }

    /**
     * Adds {@code A x} restricted to the undirected edges {@code [from, to)} of an edge list to {@code ax}: for
     * each edge {@code {u, v}} of weight {@code w}, {@code ax[v] += w x[u]} and {@code ax[u] += w x[v]}. Each
     * undirected edge must appear once (merged, as in {@link CsrGraph}).
     */
    public static void addEdgeProducts(int[] src, int[] dst, double[] weight, int from, int to, double[] x,
                                       double[] ax) {
        for (int i = from; i < to; i++) {
            int u = src[i];
            int v = dst[i];
            double w = weight[i];
            ax[v] += w * x[u];
            ax[u] += w * x[v];
        }
    }

    /**
     * Completes one step: {@code out = (x + ax) / ||x + ax||_2} (norm 1 if it is 0, as NetworkX does) and
     * returns the residual {@code sum |out - x|}. {@code out} must not alias {@code x}.
     */
    public static double finishStep(double[] x, double[] ax, double[] out) {
        double sq = 0;
        for (int v = 0; v < x.length; v++) {
            double y = x[v] + ax[v];
            out[v] = y;
            sq += y * y;
        }
        double norm = Math.sqrt(sq);
        if (norm == 0) {
            norm = 1;
        }
        double residual = 0;
        for (int v = 0; v < x.length; v++) {
            out[v] /= norm;
            residual += Math.abs(out[v] - x[v]);
        }
        return residual;
    }

    /**
     * The estimated L1 distance to the limit after a step of size {@code residual} that followed one of size
     * {@code previous}: {@code residual * r / (1 - r)} with {@code r = residual / previous}; 0 for a zero step,
     * infinite when the steps do not shrink (or there is no previous step).
     */
    public static double remainingError(double residual, double previous) {
        if (residual == 0) {
            return 0;
        }
        double r = residual / previous;
        return r < 1 ? residual * r / (1 - r) : Double.POSITIVE_INFINITY;
    }

    /** The stopping rule of {@link #run()}: NetworkX's, and the remaining error below the same bound. */
    public static boolean converged(double residual, double previous, int n, double tol) {
        return residual < n * tol && remainingError(residual, previous) < n * tol;
    }

    /** Whether a residual meets NetworkX's stopping rule {@code residual < n * tol}. */
    public static boolean converged(double residual, int n, double tol) {
        return residual < n * tol;
    }

    public static final class Builder {
        private final CsrGraph graph;
        private int maxIter = 100;
        private double tol = 1.0e-6;

        private Builder(CsrGraph graph) {
            this.graph = Arguments.graph(graph);
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

        public EigenvectorCentrality build() {
            return new EigenvectorCentrality(this);
        }
    }
}
