package org.collabatlas.common.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EigenvectorCentralityTest {
    private static final double TOL = 1e-5;

    private static PowerIterationResult run(CsrGraph g) {
        PowerIterationResult r = EigenvectorCentrality.on(g).build().run();
        assertTrue(r.converged(), "not converged, residual " + r.residual());
        return r;
    }

    /**
     * Two triangles, weights 1 and 1.01: the principal eigenvector is 1/sqrt(3) on the heavier triangle and 0 on the
     * other, but the power iteration approaches it with ratio 3 / 3.02. NetworkX's rule alone (step below n * tol)
     * stops about 3e-7 from the limit; with the remaining-error estimate the result is within 1e-8.
     */
    @Test
    void closeEigenvaluesStillConvergeToTheLimit() {
        CsrGraph g = CsrGraph.fromEdges(6, new int[] {0, 1, 0, 3, 4, 3}, new int[] {1, 2, 2, 4, 5, 5},
                new double[] {1, 1, 1, 1.01, 1.01, 1.01});
        PowerIterationResult r = EigenvectorCentrality.on(g).tol(1e-9).maxIter(100_000).build().run();
        assertTrue(r.converged());
        double s = 1 / Math.sqrt(3);
        assertArrayEquals(new double[] {0, 0, 0, s, s, s}, r.scores(), 1e-8);
        assertEquals(0, EigenvectorCentrality.remainingError(0, 1e-3));
        assertEquals(1e-3 * 0.5 / 0.5, EigenvectorCentrality.remainingError(1e-3, 2e-3), 1e-18);
        assertEquals(Double.POSITIVE_INFINITY, EigenvectorCentrality.remainingError(1e-3, Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, EigenvectorCentrality.remainingError(2e-3, 1e-3));
    }

    @Test
    void regularGraphsAreUniform() {
        // Every vertex alike: 1 / sqrt(n).
        assertArrayEquals(new double[] {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)},
                run(NamedGraphs.triangle()).scores(), TOL);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, run(NamedGraphs.k4()).scores(), TOL);
        assertArrayEquals(new double[] {Math.sqrt(0.5), Math.sqrt(0.5)}, run(NamedGraphs.singleEdge()).scores(),
                TOL);
    }

    @Test
    void star5() {
        // lambda l = c and lambda c = 4 l give lambda = 2, c = 2 l; c^2 + 4 l^2 = 1 gives l = 1 / (2 sqrt 2).
        double l = 1 / (2 * Math.sqrt(2));
        assertArrayEquals(new double[] {2 * l, l, l, l, l}, run(NamedGraphs.star5()).scores(), TOL);
    }

    @Test
    void path5() {
        // Principal eigenvector of P5: sin(k pi / 6), k = 1..5, i.e. (1/2, sqrt3/2, 1, sqrt3/2, 1/2) / sqrt 3.
        double s3 = Math.sqrt(3);
        double[] expected = {0.5 / s3, 0.5, 1 / s3, 0.5, 0.5 / s3};
        assertArrayEquals(expected, run(NamedGraphs.path5()).scores(), TOL);
    }

    @Test
    void weightsCount() {
        // Edge 0-1 of weight 3 and edge 1-2 of weight 4: A x = lambda x gives x0 = 3 x1 / lambda,
        // x2 = 4 x1 / lambda, lambda^2 = 9 + 16 = 25; x = (3/5, 1, 4/5) / sqrt 2.
        CsrGraph g = CsrGraph.fromEdges(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {3, 4});
        double r2 = Math.sqrt(2);
        assertArrayEquals(new double[] {0.6 / r2, 1 / r2, 0.8 / r2}, run(g).scores(), TOL);
    }

    @Test
    void offDominantComponentsDecayTowardsZero() {
        // P3 (lambda sqrt 2) dominates the edge 3-4 (lambda 1): the edge's share shrinks by (1 + 1) / (1 + sqrt 2)
        // per iteration; P3 tends to (1/2, sqrt(1/2), 1/2).
        double[] x = run(NamedGraphs.twoComponents()).scores();
        assertArrayEquals(new double[] {0.5, Math.sqrt(0.5), 0.5}, new double[] {x[0], x[1], x[2]}, TOL);
        assertTrue(x[3] > 0 && x[3] < 1e-4, "edge component " + x[3]);
        double[] y = run(NamedGraphs.edgeAndIsolated()).scores();
        assertEquals(Math.sqrt(0.5), y[0], TOL);
        assertTrue(y[2] < 1e-4, "isolated " + y[2]);
    }

    @Test
    void nonConvergenceIsReportedWithItsResidual() {
        PowerIterationResult r = EigenvectorCentrality.on(NamedGraphs.path5()).maxIter(3).build().run();
        assertFalse(r.converged());
        assertEquals(3, r.iterations());
        assertTrue(r.residual() >= 5 * 1e-6);
        assertThrows(IllegalArgumentException.class,
                () -> EigenvectorCentrality.on(CsrGraph.fromEdges(0, new int[0], new int[0])).build().run());
    }

    @Test
    void edgeListStepsGiveTheSameResult() {
        int[] src = {0, 1, 2, 3, 2, 4, 0};
        int[] dst = {1, 2, 3, 4, 4, 5, 5};
        double[] w = {1, 2, 3, 1, 5, 2, 1};
        CsrGraph g = CsrGraph.fromEdges(6, src, dst, w);
        PowerIterationResult csr = EigenvectorCentrality.on(g).build().run();
        double[] x = new double[6];
        java.util.Arrays.fill(x, 1.0 / 6);
        int iterations = 0;
        double residual = Double.NaN;
        double previous;
        do {
            previous = residual;
            double[] ax = new double[6];
            // two "partitions" of the edge list, partial products summed
            double[] part = new double[6];
            EigenvectorCentrality.addEdgeProducts(src, dst, w, 0, 4, x, ax);
            EigenvectorCentrality.addEdgeProducts(src, dst, w, 4, 7, x, part);
            for (int v = 0; v < 6; v++) {
                ax[v] += part[v];
            }
            double[] next = new double[6];
            residual = EigenvectorCentrality.finishStep(x, ax, next);
            x = next;
            iterations++;
        } while (!EigenvectorCentrality.converged(residual, previous, 6, 1e-6));
        assertEquals(csr.iterations(), iterations);
        assertArrayEquals(csr.scores(), x, 1e-12);
    }
}
