package org.collabatlas.common.graph;

/**
 * The outcome of a power iteration. A run that stops at {@code maxIter} without meeting the tolerance has
 * {@code converged == false} and keeps its last iterate and residual: callers decide whether to use it, and
 * output rows must say so (NetworkX raises {@code PowerIterationFailedConvergence} instead).
 *
 * @param scores     the last iterate, one value per vertex
 * @param iterations iterations performed (1-based: the number of matrix-vector products)
 * @param residual   {@code sum over v of |x_k(v) - x_{k-1}(v)|} at the last iteration
 * @param converged  whether {@code residual < n * tol}
 */
public record PowerIterationResult(double[] scores, int iterations, double residual, boolean converged) {
}
