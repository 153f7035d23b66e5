"""Reference centralities from NetworkX for NetworkXReferenceTest.

Usage: /usr/bin/python3 networkx_reference.py EDGES EIGEN_MAX_ITER BETWEENNESS

BETWEENNESS is "all" (hops and distance), "hops" or "none": NetworkX's pure-Python betweenness takes about
1 microsecond per (source, edge), so large test graphs ask only for what they check.

EDGES: first line the vertex count n, then one "u v weight" line per distinct undirected edge over 0..n-1.
Prints one JSON object of lists indexed by vertex: degree, strength, eigenvector (weight='weight'),
pagerank (weight='weight'), betweenness (normalized, hops) and betweenness_distance (normalized,
weight='distance' with distance = 1 / weight), when asked for. A centrality that fails to converge is null.
"""
import json
import sys

import networkx as nx


def main():
    path, eigen_max_iter = sys.argv[1], int(sys.argv[2])
    betweenness = sys.argv[3]
    G = nx.Graph()
    with open(path) as f:
        n = int(f.readline())
        G.add_nodes_from(range(n))
        for line in f:
            u, v, w = line.split()
            G.add_edge(int(u), int(v), weight=float(w), distance=1.0 / float(w))
    nodes = range(n)

    def as_list(d):
        return [d[v] for v in nodes]

    out = {
        "networkx": nx.__version__,
        "degree": [G.degree(v) for v in nodes],
        "strength": [G.degree(v, weight="weight") for v in nodes],
    }
    try:
        out["eigenvector"] = as_list(nx.eigenvector_centrality(G, max_iter=eigen_max_iter, tol=1e-12, weight="weight"))
    except nx.PowerIterationFailedConvergence:
        out["eigenvector"] = None
    try:
        out["pagerank"] = as_list(nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-6, max_iter=100))
    except nx.PowerIterationFailedConvergence:
        out["pagerank"] = None
    if betweenness in ("hops", "all"):
        out["betweenness"] = as_list(nx.betweenness_centrality(G, normalized=True))
    if betweenness == "all":
        out["betweenness_distance"] = as_list(nx.betweenness_centrality(G, normalized=True, weight="distance"))
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
