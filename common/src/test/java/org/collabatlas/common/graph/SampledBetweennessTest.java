package org.collabatlas.common.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampledBetweennessTest {

    private static void assertWithin(double[] exact, double[] estimate, double eps) {
        for (int v = 0; v < exact.length; v++) {
            double err = Math.abs(exact[v] - estimate[v]);
            assertTrue(err <= eps, "vertex " + v + ": exact " + exact[v] + ", sampled " + estimate[v]);
        }
    }

    @Test
    void vertexDiameterBounds() {
        // From vertex 0 of P5 the two largest distances are 4 and 3: bound 4 + 3 + 1 = 8 (true 5).
        assertEquals(8, VertexDiameter.upperBound(NamedGraphs.path5()));
        // From the centre of the star: 1 + 1 + 1 = 3 (exact).
        assertEquals(3, VertexDiameter.upperBound(NamedGraphs.star5()));
        // P3 from 0: 2 + 1 + 1 = 4; the edge 3-4: 1 + 0 + 1 = 2; maximum 4.
        assertEquals(4, VertexDiameter.upperBound(NamedGraphs.twoComponents()));
        assertEquals(2, VertexDiameter.upperBound(NamedGraphs.singleEdge()));
        assertEquals(1, VertexDiameter.upperBound(NamedGraphs.of(3)));
    }

    @Test
    void shortestPathsAreDrawnUniformly() {
        // 0 -> {1, 2}; 1 -> {3, 4}; 2 -> {4}; {3, 4} -> 5. Shortest 0-5 paths: 0-1-3-5, 0-1-4-5, 0-2-4-5.
        // Uniform over the three: 1 on 2/3, 2 on 1/3, 3 on 1/3, 4 on 2/3.
        CsrGraph g = NamedGraphs.of(6, 0, 1, 0, 2, 1, 3, 1, 4, 2, 4, 3, 5, 4, 5);
        ShortestPathSampler sampler = new ShortestPathSampler(g);
        SplittableRandom rng = new SplittableRandom(7);
        int draws = 30_000;
        long[] counts = new long[6];
        for (int i = 0; i < draws; i++) {
            sampler.sample(0, 5, rng, counts);
            sampler.sample(5, 0, rng, counts);
        }
        double[] expected = {0, 2.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3, 0};
        for (int v = 0; v < 6; v++) {
            assertEquals(expected[v], counts[v] / (2.0 * draws), 0.01, "vertex " + v);
        }
    }

    @Test
    void starCentreIsOnAllLeafPairs() {
        // Centre: 12 of the 20 ordered pairs are leaf pairs (RK scale 0.6), times n / (n - 2) = 5/3 gives 1.
        SampledBetweenness s = SampledBetweenness.on(NamedGraphs.star5()).epsilon(0.05).seed(3).build();
        SampledBetweenness.Result r = s.run();
        assertWithin(new double[] {1, 0, 0, 0, 0}, r.scores(), 0.05);
        assertEquals(0.0, r.scores()[1]);
    }

    @Test
    void namedGraphsWithinEpsilon() {
        for (CsrGraph g : new CsrGraph[] {NamedGraphs.path5(), NamedGraphs.barbell(), NamedGraphs.twoComponents(),
                NamedGraphs.k4(), NamedGraphs.edgeAndIsolated(), NamedGraphs.singleEdge()}) {
            double[] exact = Brandes.on(g).build().run();
            assertWithin(exact, SampledBetweenness.on(g).epsilon(0.03).seed(11).build().run().scores(), 0.03);
        }
    }

    @Test
    void communityGraphWithinEpsilonOfBrandes() {
        CsrGraph g = CommunityGraphs.generate(800, 8, 2400, 0.85, 3, 5);
        double[] exact = Brandes.on(g).threads(2).build().run();
        SampledBetweenness.Result r = SampledBetweenness.on(g).epsilon(0.02).delta(0.1).seed(99).threads(2)
                .build().run();
        assertWithin(exact, r.scores(), 0.02);
    }

    @Test
    void reportsItsParameters() {
        CsrGraph g = NamedGraphs.path5();
        SampledBetweenness s = SampledBetweenness.on(g).epsilon(0.1).delta(0.05).seed(8).build();
        SampledBetweenness.Result r = s.run();
        assertEquals(8, r.vertexDiameterBound());
        // The RK error is eps (n - 2) / n = 0.06 so that the error after scaling by n / (n - 2) is 0.1.
        assertEquals(SampleSize.riondatoKornaropoulos(0.1 * 3 / 5, 0.05, 8), r.samples());
        assertEquals(s.sampleCount(), r.samples());
        assertEquals(0.1, r.epsilon());
        assertEquals(0.05, r.delta());
        assertEquals(8, r.seed());
    }

    @Test
    void sameSeedSameBitsOnAnySplit() {
        CsrGraph g = CommunityGraphs.generate(2000, 10, 8000, 0.8, 3, 17);
        SampledBetweenness s = SampledBetweenness.on(g).epsilon(0.05).seed(2024).build();
        long r = s.sampleCount();
        long[] whole = s.counts(0, r);
        long[] summed = new long[g.vertexCount()];
        for (int k = 0; k < 8; k++) {
            long[] part = s.counts(r * k / 8, r * (k + 1) / 8);
            for (int v = 0; v < summed.length; v++) {
                summed[v] += part[v];
            }
        }
        assertArrayEquals(whole, summed);
        double[] one = s.run().scores();
        double[] eight = SampledBetweenness.on(g).epsilon(0.05).seed(2024).threads(8).build().run().scores();
        assertArrayEquals(s.scores(whole), one);
        assertArrayEquals(one, eight);
        double[] otherSeed = SampledBetweenness.on(g).epsilon(0.05).seed(2025).build().run().scores();
        assertFalse(Arrays.equals(one, otherSeed));
    }
}
