"""NetworkX's centralities for an exported collab-atlas graph (an independent reference for the tests).

Usage: /usr/bin/python3 networkx_metrics.py EXPORT_SLICE_DIR [no-betweenness]
       /usr/bin/python3 networkx_metrics.py --many EXPORT_SLICE_DIR...
Reads edges.csv (src,dst,weight) and the ids of metrics.csv (so that vertices without edges are included) and
prints one JSON object: {id: {degree, strength, eigenvector, pagerank, betweenness}}; with no-betweenness the
betweenness (NetworkX's slowest part, minutes on 10,000 vertices) is left out. With --many, every slice directory
in one process (NetworkX is imported once): {dir: {id: {...}}}, betweenness included.
"""
import csv
import json
import sys

import networkx as nx


def metrics(d, with_bc):
    G = nx.Graph()
    with open(d + "/metrics.csv", newline="", encoding="utf-8") as f:
        G.add_nodes_from(r["id"] for r in csv.DictReader(f))
    with open(d + "/edges.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            G.add_edge(r["src"], r["dst"], weight=float(r["weight"]))
    eig = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12, weight="weight")
    pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)
    bc = nx.betweenness_centrality(G, normalized=True) if with_bc else {}
    return {v: {"degree": G.degree(v), "strength": G.degree(v, weight="weight"), "eigenvector": eig[v],
                "pagerank": pr[v], **({"betweenness": bc[v]} if with_bc else {})} for v in G.nodes}


def main():
    if sys.argv[1] == "--many":
        json.dump({d: metrics(d, True) for d in sys.argv[2:]}, sys.stdout)
    else:
        with_bc = not (len(sys.argv) > 2 and sys.argv[2] == "no-betweenness")
        json.dump(metrics(sys.argv[1], with_bc), sys.stdout)


if __name__ == "__main__":
    main()
