package org.collabatlas.common.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageRankTest {
    private static final double TOL = 1e-5;

    private static double[] run(CsrGraph g) {
        PowerIterationResult r = PageRank.on(g).build().run();
        assertTrue(r.converged());
        assertEquals(1.0, Arrays.stream(r.scores()).sum(), 1e-9);
        return r.scores();
    }

    @Test
    void symmetricGraphsAreUniform() {
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, run(NamedGraphs.triangle()), TOL);
        assertArrayEquals(new double[] {0.5, 0.5}, run(NamedGraphs.singleEdge()), TOL);
    }

    @Test
    void star5() {
        // c = 0.15/5 + 0.85 * 4 l and l = 0.15/5 + 0.85 * c / 4: c = 0.132 / 0.2775 = 0.475676,
        // l = 0.03 + 0.2125 c = 0.131081.
        double c = 0.132 / 0.2775;
        double l = 0.03 + 0.2125 * c;
        assertArrayEquals(new double[] {c, l, l, l, l}, run(NamedGraphs.star5()), TOL);
    }

    @Test
    void isolatedVerticesAreDanglingAndSpreadUniformly() {
        // Isolated b: b = 0.85 * (2b / 4) + 0.15 / 4 gives b = 0.0375 / 0.575; the edge ends get a = (1 - 2b) / 2.
        double b = 0.0375 / 0.575;
        double a = (1 - 2 * b) / 2;
        assertArrayEquals(new double[] {a, a, b, b}, run(NamedGraphs.edgeAndIsolated()), TOL);
    }

    @Test
    void weightsSplitTheWalk() {
        // Path 0-1-2 with w(0,1) = 1, w(1,2) = 3: from 1 the walk goes to 0 with 1/4, to 2 with 3/4.
        // x0 = 0.05 + 0.85 x1 / 4, x2 = 0.05 + 0.85 * 3 x1 / 4, x1 = 0.05 + 0.85 (x0 + x2), sum 1.
        CsrGraph g = CsrGraph.fromEdges(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {1, 3});
        double x1 = (0.05 + 0.85 * 0.1) / (1 - 0.85 * 0.85);
        double[] expected = {0.05 + 0.85 * x1 / 4, x1, 0.05 + 0.85 * 3 * x1 / 4};
        assertArrayEquals(expected, run(g), TOL);
    }

    @Test
    void edgeListStepsGiveTheSameResult() {
        // Two components and an isolated vertex 6, so dangling mass is exercised.
        int[] src = {0, 1, 2, 0, 3, 4};
        int[] dst = {1, 2, 0, 3, 4, 5};
        double[] w = {1, 2, 3, 1, 5, 2};
        int n = 7;
        CsrGraph g = CsrGraph.fromEdges(n, src, dst, w);
        PowerIterationResult csr = PageRank.on(g).build().run();
        double[] strength = new double[n];
        for (int i = 0; i < src.length; i++) {
            strength[src[i]] += w[i];
            strength[dst[i]] += w[i];
        }
        double[] share = PageRank.inverseStrengths(strength);
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        int iterations = 0;
        double residual;
        do {
            double[] in = new double[n];
            double[] part = new double[n];
            PageRank.addEdgeFlows(src, dst, w, 0, 3, x, share, in);
            PageRank.addEdgeFlows(src, dst, w, 3, 6, x, share, part);
            for (int v = 0; v < n; v++) {
                in[v] += part[v];
            }
            double[] next = new double[n];
            residual = PageRank.finishStep(x, in, share, 0.85, next);
            x = next;
            iterations++;
        } while (residual >= n * 1e-6);
        assertEquals(csr.iterations(), iterations);
        assertArrayEquals(csr.scores(), x, 1e-12);
    }

    @Test
    void nonConvergenceIsReported() {
        PowerIterationResult r = PageRank.on(NamedGraphs.path5()).maxIter(2).build().run();
        assertFalse(r.converged());
        assertEquals(2, r.iterations());
    }
}
