package org.collabatlas.common.graph;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws one uniformly random shortest path between two vertices by balanced bidirectional BFS (as in KADABRA:
 * M. Borassi, E. Natale, "KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation", ESA 2016)
 * and counts its internal vertices.
 *
 * <p>Both searches keep path counts {@code sigma}. At each step the side whose frontier has the smaller sum of
 * degrees is expanded by one whole level. The first level at which the two searches touch fixes {@code d(u, v)};
 * the touching vertices {@code y} then split the shortest paths into {@code sigma_u(y) * sigma_v(y)} each. A path
 * is drawn by choosing {@code y} with probability proportional to that product and then walking back to {@code u}
 * and to {@code v}, choosing at each vertex {@code w} a predecessor {@code p} with probability
 * {@code sigma(p) / sigma(w)}: every shortest path has probability {@code 1 / sigma_uv}. Arrays (about
 * {@code 36 n} bytes) are allocated once; only visited entries are reset. One instance per thread.
 */
final class ShortestPathSampler {
    private final CsrGraph g;
    private final int[] distF;
    private final int[] distB;
    private final double[] sigmaF;
    private final double[] sigmaB;
    private final int[] queueF;
    private final int[] queueB;
    private final int[] meet;
    private int fStart;
    private int fEnd;
    private int bStart;
    private int bEnd;
    private int meetCount;

    ShortestPathSampler(CsrGraph g) {
        this.g = g;
        int n = g.vertexCount();
        distF = new int[n];
        distB = new int[n];
        Arrays.fill(distF, -1);
        Arrays.fill(distB, -1);
        sigmaF = new double[n];
        sigmaB = new double[n];
        queueF = new int[n];
        queueB = new int[n];
        meet = new int[n];
    }

    /**
     * Draws a uniform shortest {@code u-v} path ({@code u != v}) and adds 1 to {@code counts[w]} for each internal
     * vertex {@code w}; nothing when {@code v} is unreachable from {@code u}.
     */
    void sample(int u, int v, SplittableRandom rng, long[] counts) {
        distF[u] = 0;
        sigmaF[u] = 1;
        queueF[0] = u;
        fStart = 0;
        fEnd = 1;
        distB[v] = 0;
        sigmaB[v] = 1;
        queueB[0] = v;
        bStart = 0;
        bEnd = 1;
        meetCount = 0;
        long degF = g.degree(u);
        long degB = g.degree(v);
        while (fStart < fEnd && bStart < bEnd && meetCount == 0) {
            if (degF <= degB) {
                degF = expand(distF, sigmaF, queueF, true, distB);
            } else {
                degB = expand(distB, sigmaB, queueB, false, distF);
            }
        }
        if (meetCount > 0) {
            walk(u, v, rng, counts);
        }
        reset();
    }

    /** Expands one level of one side; returns the degree sum of the new frontier. */
    private long expand(int[] dist, double[] sigma, int[] queue, boolean forward, int[] otherDist) {
        int start = forward ? fStart : bStart;
        int end = forward ? fEnd : bEnd;
        int next = end;
        int level = dist[queue[start]] + 1;
        long degSum = 0;
        int[] off = g.offsets;
        int[] nbr = g.neighbours;
        for (int k = start; k < end; k++) {
            int x = queue[k];
            double sx = sigma[x];
            for (int i = off[x], e = off[x + 1]; i < e; i++) {
                int y = nbr[i];
                if (dist[y] < 0) {
                    dist[y] = level;
                    sigma[y] = sx;
                    queue[next++] = y;
                    degSum += off[y + 1] - off[y];
                    if (otherDist[y] >= 0) {
                        meet[meetCount++] = y;
                    }
                } else if (dist[y] == level) {
                    sigma[y] += sx;
                }
            }
        }
        if (forward) {
            fStart = end;
            fEnd = next;
        } else {
            bStart = end;
            bEnd = next;
        }
        return degSum;
    }

    private void walk(int u, int v, SplittableRandom rng, long[] counts) {
        double total = 0;
        for (int k = 0; k < meetCount; k++) {
            total += sigmaF[meet[k]] * sigmaB[meet[k]];
        }
        double r = rng.nextDouble() * total;
        int y = meet[meetCount - 1];
        for (int k = 0; k < meetCount; k++) {
            int c = meet[k];
            r -= sigmaF[c] * sigmaB[c];
            if (r < 0) {
                y = c;
                break;
            }
        }
        if (y != u && y != v) {
            counts[y]++;
        }
        walkBack(y, distF, sigmaF, rng, counts);
        walkBack(y, distB, sigmaB, rng, counts);
    }

    /** From {@code w} back to the root of one side, counting every vertex passed except the root. */
    private void walkBack(int w, int[] dist, double[] sigma, SplittableRandom rng, long[] counts) {
        int[] off = g.offsets;
        int[] nbr = g.neighbours;
        while (dist[w] > 1) {
            int prev = dist[w] - 1;
            double r = rng.nextDouble() * sigma[w];
            int chosen = -1;
            for (int i = off[w], e = off[w + 1]; i < e; i++) {
                int p = nbr[i];
                if (dist[p] == prev) {
                    chosen = p;
                    r -= sigma[p];
                    if (r < 0) {
                        break;
                    }
                }
            }
            counts[chosen]++;
            w = chosen;
        }
    }

    private void reset() {
        for (int k = 0; k < fEnd; k++) {
            int x = queueF[k];
            distF[x] = -1;
            sigmaF[x] = 0;
        }
        for (int k = 0; k < bEnd; k++) {
            int x = queueB[k];
            distB[x] = -1;
            sigmaB[x] = 0;
        }
    }
}
