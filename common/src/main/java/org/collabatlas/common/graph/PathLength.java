package org.collabatlas.common.graph;

/** How the length of a path is measured for shortest-path centralities. */
public enum PathLength {
    /** Number of edges (breadth-first search); weights are ignored, as in NetworkX {@code weight=None}. */
    HOPS,
    /**
     * Sum of {@code 1 / weight} over the edges (Dijkstra): a strong collaboration is a short distance. Equals
     * NetworkX {@code betweenness_centrality(G, weight='distance')} with {@code distance = 1 / weight} on each edge.
     */
    INVERSE_WEIGHT
}
