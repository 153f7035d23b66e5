"""Times igraph and NetworkX on an edge list and compares them with collab-atlas's metrics.csv.

Usage: /usr/bin/python3 reference_centralities.py EDGES.csv OURS_METRICS.csv WHAT
WHAT: comma-separated subset of igraph-betweenness, igraph-eigenvector, networkx-eigenvector.
Prints one JSON object: seconds per tool and the largest absolute difference from ours. igraph's betweenness is
normalised as NetworkX's (divided by (n-1)(n-2)/2); eigenvectors are scaled to unit Euclidean norm.
"""
import csv
import json
import math
import sys
import time


def main():
    edges_path, ours_path, what = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    with open(edges_path) as f:
        rows = [(r["src"], r["dst"], float(r["weight"])) for r in csv.DictReader(f)]
    with open(ours_path) as f:
        ours = {r["id"]: r for r in csv.DictReader(f)}
    ids = sorted(ours)
    out = {"vertices": len(ids), "edges": len(rows)}
    if any(w.startswith("igraph") for w in what):
        import igraph
        index = {v: i for i, v in enumerate(ids)}
        g = igraph.Graph(n=len(ids), edges=[(index[a], index[b]) for a, b, _ in rows], directed=False)
        g.es["weight"] = [w for _, _, w in rows]
        n = len(ids)
        if "igraph-betweenness" in what:
            t = time.time()
            bc = g.betweenness(directed=False)
            out["igraph_betweenness_seconds"] = time.time() - t
            scale = 2.0 / ((n - 1) * (n - 2))
            out["igraph_betweenness_max_diff"] = max(abs(bc[i] * scale - float(ours[v]["betweenness"]))
                                                     for i, v in enumerate(ids))
        if "igraph-eigenvector" in what:
            t = time.time()
            ev = g.eigenvector_centrality(directed=False, scale=False, weights="weight")
            out["igraph_eigenvector_seconds"] = time.time() - t
            norm = math.sqrt(sum(x * x for x in ev))
            out["igraph_eigenvector_max_diff"] = max(abs(ev[i] / norm - float(ours[v]["eigenvector"]))
                                                     for i, v in enumerate(ids))
    if "networkx-eigenvector" in what:
        import networkx as nx
        G = nx.Graph()
        G.add_weighted_edges_from(rows)
        t = time.time()
        ev = nx.eigenvector_centrality(G, weight="weight", max_iter=1000, tol=1e-9)
        out["networkx_eigenvector_seconds"] = time.time() - t
        out["networkx_eigenvector_max_diff"] = max(abs(ev[v] - float(ours[v]["eigenvector"])) for v in ids)
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
