"""NetworkX's centralities for an exported collab-atlas graph (an independent reference for the tests).

Usage: /usr/bin/python3 networkx_metrics.py EXPORT_SLICE_DIR [no-betweenness]
Reads edges.csv (src,dst,weight) and the ids of metrics.csv (so that vertices without edges are included) and
prints one JSON object: {id: {degree, strength, eigenvector, pagerank, betweenness}}; with no-betweenness the
betweenness (NetworkX's slowest part, minutes on 10,000 vertices) is left out.
"""
import csv
import json
import sys

import networkx as nx


def main():
    d = sys.argv[1]
    G = nx.Graph()
    with open(d + "/metrics.csv", newline="", encoding="utf-8") as f:
        G.add_nodes_from(r["id"] for r in csv.DictReader(f))
    with open(d + "/edges.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            G.add_edge(r["src"], r["dst"], weight=float(r["weight"]))
    eig = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12, weight="weight")
    pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)
    with_bc = not (len(sys.argv) > 2 and sys.argv[2] == "no-betweenness")
    bc = nx.betweenness_centrality(G, normalized=True) if with_bc else {}
    out = {v: {"degree": G.degree(v), "strength": G.degree(v, weight="weight"), "eigenvector": eig[v],
               "pagerank": pr[v], **({"betweenness": bc[v]} if with_bc else {})} for v in G.nodes}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
