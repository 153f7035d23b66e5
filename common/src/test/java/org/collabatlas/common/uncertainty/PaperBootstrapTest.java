package org.collabatlas.common.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.collabatlas.common.config.Settings.Graph.Counting;
import org.collabatlas.common.graph.PathLength;
import org.junit.jupiter.api.Test;

class PaperBootstrapTest {
    static final ReplicateMetrics METRICS = new ReplicateMetrics(Counting.FULL, 1000, 1e-9, PathLength.HOPS);

    /**
     * 40 papers, all by CN, JP and US: every replicate (unless all 40 drop out, probability e^-40) is a triangle of
     * equal weights, whose eigenvector is 1/sqrt(3) at every vertex and betweenness 0: the intervals collapse to
     * the estimate, and the ranks (ties by id) are CN 1, JP 2, US 3 in every replicate.
     */
    @Test
    void identicalPapersGiveIntervalsCollapsedOnTheEstimate() {
        Signatures s = Signatures.of(List.of(List.of("US", "JP", "CN")), new long[] {40});
        ReplicateMetrics.Values est = PaperBootstrap.estimate(s, METRICS);
        List<double[]> eigen = new ArrayList<>();
        List<double[]> betw = new ArrayList<>();
        for (int b = 0; b < 100; b++) {
            ReplicateMetrics.Values v = PaperBootstrap.replicate(s, METRICS, 1, "all", b);
            eigen.add(v.eigenvector());
            betw.add(v.betweenness());
        }
        for (Intervals.Interval i : Intervals.of(s.ids(), est.eigenvector(), eigen, 0.95)) {
            assertEquals(1 / Math.sqrt(3), i.estimate(), 1e-12);
            // the counts differ between replicates, so the power iteration's roundings may differ by a few ulps
            assertEquals(i.estimate(), i.low(), 1e-14);
            assertEquals(i.estimate(), i.high(), 1e-14);
            assertEquals(i.estimate(), i.mean(), 1e-14);
            assertEquals(i.rank(), i.rankLow());
            assertEquals(i.rank(), i.rankHigh());
        }
        for (Intervals.Interval i : Intervals.of(s.ids(), est.betweenness(), betw, 0.95)) {
            assertEquals(new Intervals.Interval(i.id(), 0, 0, 0, 0, i.rank(), i.rank(), i.rank(), 100), i);
        }
    }

    /**
     * Hand-worked bootstrap distribution. Papers: two by {A, B}, one by {A, C}, one by {B, C}. In a replicate the
     * three signatures hold independent Poisson(2), Poisson(1), Poisson(1) counts. B lies on the only shortest
     * A-C path (normalised betweenness 1, n = 3) exactly when A-B and B-C are edges and A-C is not:
     * P = (1 - e^-2)(1 - e^-1) e^-1 = 0.2014...; otherwise 0. The eigenvector and rank distributions are
     * enumerated exactly over all counts up to 20 (tail mass below 1e-13), then compared with 10,000 replicates:
     * means within 5 standard errors, rank frequencies within 5 binomial standard errors.
     */
    @Test
    void bootstrapDistributionMatchesExactEnumeration() {
        Signatures s = Signatures.of(List.of(List.of("A", "B"), List.of("A", "C"), List.of("B", "C")),
                new long[] {2, 1, 1});
        assertArrayEquals(new long[] {2, 1, 1}, s.counts()); // signature order: AB, AC, BC
        int bIndex = 1;
        double pBetween = (1 - Math.exp(-2)) * (1 - Math.exp(-1)) * Math.exp(-1);

        int max = 20;
        double[][] pmf = {poissonPmf(2, max), poissonPmf(1, max), poissonPmf(1, max)};
        double eMean = 0;
        double eSq = 0;
        double bMean = 0;
        double[] rankP = new double[4];
        for (int ab = 0; ab <= max; ab++) {
            for (int ac = 0; ac <= max; ac++) {
                for (int bc = 0; bc <= max; bc++) {
                    double p = pmf[0][ab] * pmf[1][ac] * pmf[2][bc];
                    ReplicateMetrics.Values v = METRICS.compute(s, new long[] {ab, ac, bc});
                    double e = v.eigenvector()[bIndex];
                    eMean += p * e;
                    eSq += p * e * e;
                    bMean += p * v.betweenness()[bIndex];
                    rankP[Intervals.ranks(v.eigenvector(), s.ids())[bIndex]] += p;
                }
            }
        }
        assertEquals(pBetween, bMean, 1e-12, "enumeration against the hand-worked probability");

        int reps = 10_000;
        double sumE = 0;
        double sumB = 0;
        int[] rankN = new int[4];
        for (int b = 0; b < reps; b++) {
            ReplicateMetrics.Values v = PaperBootstrap.replicate(s, METRICS, 42, "all", b);
            sumE += v.eigenvector()[bIndex];
            sumB += v.betweenness()[bIndex];
            rankN[Intervals.ranks(v.eigenvector(), s.ids())[bIndex]]++;
        }
        double sdE = Math.sqrt(eSq - eMean * eMean);
        assertEquals(eMean, sumE / reps, 5 * sdE / Math.sqrt(reps), "mean eigenvector of B");
        assertEquals(pBetween, sumB / reps, 5 * Math.sqrt(pBetween * (1 - pBetween) / reps), "P(B between)");
        for (int r = 1; r <= 3; r++) {
            double p = rankP[r];
            assertEquals(p, rankN[r] / (double) reps, 5 * Math.sqrt(p * (1 - p) / reps) + 1e-9, "P(rank of B = " + r
                    + ")");
        }
        assertTrue(rankP[1] > 0.3 && rankP[2] > 0.05, "the test must exercise several ranks: "
                + Arrays.toString(rankP));
    }

    @Test
    void aReplicateDependsOnSeedSliceAndIndexOnly() {
        Signatures s = Signatures.of(List.of(List.of("A", "B"), List.of("A", "C"), List.of("B", "C"), List.of("D")),
                new long[] {50, 20, 5, 500});
        long[] r = PaperBootstrap.resample(s, 7, "year=2020", 3);
        assertArrayEquals(r, PaperBootstrap.resample(s, 7, "year=2020", 3));
        assertFalse(Arrays.equals(r, PaperBootstrap.resample(s, 7, "year=2020", 4)));
        assertFalse(Arrays.equals(r, PaperBootstrap.resample(s, 7, "year=2021", 3)));
        assertFalse(Arrays.equals(r, PaperBootstrap.resample(s, 8, "year=2020", 3)));
        // computing other replicates first changes nothing
        for (int b = 0; b < 10; b++) {
            PaperBootstrap.resample(s, 7, "year=2020", b);
        }
        assertArrayEquals(r, PaperBootstrap.resample(s, 7, "year=2020", 3));
    }

    private static double[] poissonPmf(double mean, int max) {
        double[] p = new double[max + 1];
        for (int k = 0; k <= max; k++) {
            p[k] = Math.exp(-mean + k * Math.log(mean) - Poisson.logFactorial(k));
        }
        return p;
    }
}
