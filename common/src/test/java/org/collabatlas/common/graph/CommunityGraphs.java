package org.collabatlas.common.graph;

import java.util.SplittableRandom;

/**
 * Seeded random graphs with communities, shaped like co-authorship graphs: {@code m} edge draws, a share
 * {@code pInside} inside one of {@code k} equal communities, the rest between uniform vertices, each with an
 * integer weight 1..maxWeight; repeated draws merge (weights add), self-loops are skipped.
 */
final class CommunityGraphs {
    private CommunityGraphs() {
    }

    static CsrGraph generate(int n, int k, int m, double pInside, int maxWeight, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] w = new double[m];
        int size = (n + k - 1) / k;
        int e = 0;
        while (e < m) {
            int u = rng.nextInt(n);
            int v;
            if (rng.nextDouble() < pInside) {
                int base = (u / size) * size;
                v = base + rng.nextInt(Math.min(size, n - base));
            } else {
                v = rng.nextInt(n);
            }
            if (u == v) {
                continue;
            }
            src[e] = u;
            dst[e] = v;
            w[e] = 1 + rng.nextInt(maxWeight);
            e++;
        }
        return CsrGraph.fromEdges(n, src, dst, w);
    }
}
