package org.collabatlas.common.graph;

import java.util.Arrays;

/**
 * A cheap upper bound on the vertex diameter (the number of vertices on a longest shortest path, hop length) of
 * an undirected graph, for {@link SampleSize}.
 *
 * <p>For each connected component, one BFS from its lowest-numbered vertex {@code u}: for any two vertices
 * {@code a, b} of the component, {@code d(a, b) <= d(a, u) + d(u, b) <= e1 + e2}, where {@code e1 >= e2} are the
 * two largest BFS distances from {@code u} over distinct vertices (so {@code e1 + e2 <= 2 ecc(u)}, at most twice
 * the diameter). The vertex diameter is at most that plus one; the bound returned is the maximum over
 * components, at least 1 (a graph with no edges). Cost: one BFS in total, {@code O(n + m)}.
 */
public final class VertexDiameter {
    private VertexDiameter() {
    }

    public static int upperBound(CsrGraph g) {
        int n = g.vertexCount();
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int best = 1;
        for (int root = 0; root < n; root++) {
            if (dist[root] >= 0) {
                continue;
            }
            dist[root] = 0;
            queue[0] = root;
            int head = 0;
            int tail = 1;
            int e1 = 0;
            int e2 = 0;
            while (head < tail) {
                int v = queue[head++];
                int d = dist[v];
                if (v != root) {
                    if (d >= e1) {
                        e2 = e1;
                        e1 = d;
                    } else if (d > e2) {
                        e2 = d;
                    }
                }
                for (int i = g.offsets[v], e = g.offsets[v + 1]; i < e; i++) {
                    int w = g.neighbours[i];
                    if (dist[w] < 0) {
                        dist[w] = d + 1;
                        queue[tail++] = w;
                    }
                }
            }
            best = Math.max(best, e1 + e2 + 1);
        }
        return best;
    }
}
