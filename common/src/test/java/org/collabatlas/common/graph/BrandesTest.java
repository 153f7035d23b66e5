package org.collabatlas.common.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BrandesTest {
    private static final double EXACT = 1e-12;

    private static double[] hops(CsrGraph g) {
        return Brandes.on(g).build().run();
    }

    private static double[] weighted(CsrGraph g) {
        return Brandes.on(g).pathLength(PathLength.INVERSE_WEIGHT).build().run();
    }

    @Test
    void path5() {
        // Pairs through 1: {0,2},{0,3},{0,4} = 3; through 2: {0,3},{0,4},{1,3},{1,4} = 4; through 3: 3.
        // Divided by (n-1)(n-2)/2 = 6.
        assertArrayEquals(new double[] {0, 0.5, 4.0 / 6, 0.5, 0}, hops(NamedGraphs.path5()), EXACT);
    }

    @Test
    void star5() {
        // All C(4,2) = 6 leaf pairs pass through the centre: 6 / 6 = 1.
        assertArrayEquals(new double[] {1, 0, 0, 0, 0}, hops(NamedGraphs.star5()), EXACT);
    }

    @Test
    void completeGraphsHaveNoIntermediaries() {
        assertArrayEquals(new double[3], hops(NamedGraphs.triangle()), EXACT);
        assertArrayEquals(new double[4], hops(NamedGraphs.k4()), EXACT);
    }

    @Test
    void barbell() {
        // 2 and 3 each lie on the unique paths of the 2 x 3 pairs across the bridge: 6 / ((5 * 4) / 2) = 0.6.
        assertArrayEquals(new double[] {0, 0, 0.6, 0.6, 0, 0}, hops(NamedGraphs.barbell()), EXACT);
    }

    @Test
    void twoComponents() {
        // Only pair {0,2} has an intermediary (1); n = 5 counts all vertices: 1 / ((4 * 3) / 2) = 1/6.
        assertArrayEquals(new double[] {0, 1.0 / 6, 0, 0, 0}, hops(NamedGraphs.twoComponents()), EXACT);
    }

    @Test
    void twoVerticesOrFewerGiveZero() {
        assertArrayEquals(new double[2], hops(NamedGraphs.singleEdge()), EXACT);
        assertArrayEquals(new double[4], hops(NamedGraphs.edgeAndIsolated()), EXACT);
        assertArrayEquals(new double[0], hops(CsrGraph.fromEdges(0, new int[0], new int[0])), EXACT);
    }

    @Test
    void inverseWeightDistancesChangeTheShortestPaths() {
        CsrGraph g = NamedGraphs.weightedShortcut();
        // Hops: 3 is on {0,2} and {1,2}: 2 / ((3 * 2) / 2) = 2/3.
        assertArrayEquals(new double[] {0, 0, 0, 2.0 / 3}, hops(g), EXACT);
        // 1/w: d(0,3) = 0.5 through 1 (not 1 direct); {0,2} goes 0-1-3-2 (1.5, not 2). 1 is on {0,3},{0,2};
        // 3 on {0,2},{1,2}: 2/3 each.
        assertArrayEquals(new double[] {0, 2.0 / 3, 0, 2.0 / 3}, weighted(g), EXACT);
    }

    @Test
    void exactTiesInWeightedDistancesSplitThePair() {
        CsrGraph g = NamedGraphs.weightedSquare();
        // Hops (a 4-cycle): each opposite pair has 2 paths, each vertex gets 1/2; / 3 = 1/6.
        assertArrayEquals(new double[] {1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6}, hops(g), EXACT);
        // 1/w: {0,2} only through 1 (1 < 2); {1,3} ties at 1.5 through 0 and 2 (1/2 each). Divided by 3.
        assertArrayEquals(new double[] {1.0 / 6, 1.0 / 3, 1.0 / 6, 0}, weighted(g), EXACT);
    }

    @Test
    void sourceRangesSumToTheFullRunOnAnyThreadCount() {
        CsrGraph g = CommunityGraphs.generate(600, 6, 3000, 0.8, 3, 42);
        int n = g.vertexCount();
        for (PathLength length : PathLength.values()) {
            double[] single = Brandes.on(g).pathLength(length).build().run();
            double[] threaded = Brandes.on(g).pathLength(length).threads(3).build().run();
            Brandes b = Brandes.on(g).pathLength(length).build();
            double[] a = b.dependencies(0, 250);
            double[] c = b.dependencies(250, n);
            double[] raw = new double[n];
            for (int v = 0; v < n; v++) {
                raw[v] = a[v] + c[v];
            }
            double[] ranged = Brandes.normalise(raw, n);
            // Any partition of the sources, e.g. odd and even ones.
            int[] odd = java.util.stream.IntStream.range(0, n).filter(s -> s % 2 == 1).toArray();
            int[] even = java.util.stream.IntStream.range(0, n).filter(s -> s % 2 == 0).toArray();
            double[] o = b.dependencies(odd);
            double[] ev = b.dependencies(even);
            for (int v = 0; v < n; v++) {
                assertEquals(single[v], (o[v] + ev[v]) / ((double) (n - 1) * (n - 2)), 1e-12 * Math.max(1, single[v]));
            }
            for (int v = 0; v < n; v++) {
                assertEquals(single[v], threaded[v], 1e-12 * Math.max(1, single[v]));
                assertEquals(single[v], ranged[v], 1e-12 * Math.max(1, single[v]));
            }
        }
    }
}
