#!/usr/bin/env bash
# collab-atlas's centralities against igraph and NetworkX (Debian's python3-igraph / python3-networkx) on the
# same seeded community graph, in one run. Our time is the whole command, JVM and Spark start-up included.
#
#   deploy/bench/centrality-vs-reference.sh [N] [M] [WHAT]   (default 20000 400000, all three references)
# WHAT: comma-separated subset of igraph-betweenness,igraph-eigenvector,networkx-eigenvector.
#
# Prints a Markdown table row; docs/benchmarks/centrality.md keeps the measured rows.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-20000}"; m="${2:-400000}"; what="${3:-igraph-betweenness,igraph-eigenvector,networkx-eigenvector}"
py=/usr/bin/python3
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$py" "$root/deploy/bench/community_graph.py" "$n" "$m" 200 0.8 42 "$work/edges.csv"
t0=$(date +%s.%N)
"$root/deploy/bin/collab-atlas" edge-metrics --in "$work/edges.csv" --out "$work/ours" \
  --set centrality.betweenness.exact-max-vertices=10000000 --set centrality.betweenness.exact-max-work=1e15 >"$work/ours.log" 2>&1
t1=$(date +%s.%N)
ours=$(echo "$t1 - $t0" | bc)
"$py" - "$work/ours/_run.json" "$ours" <<'PY' > "$work/ours.json"
import json, sys
d = json.load(open(sys.argv[1])); s = d["steps_seconds"]; m = d["metrics"]
print(json.dumps({"wall": float(sys.argv[2]), "betweenness": m["betweenness"]["seconds"],
                  "eigenvector": m["eigenvector"]["seconds"],
                  "eigen_iterations": m["eigenvector"]["iterations"], "edges": d["counts"]["edges"]}))
PY
"$py" "$root/deploy/bench/reference_centralities.py" "$work/edges.csv" "$work/ours/metrics.csv" \
  "$what" > "$work/ref.json"
"$py" - "$work/ours.json" "$work/ref.json" <<'PY'
import json, sys, os
o = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[2]))
g = lambda k, f: format(r[k], f) if k in r else "-"
ratio = f"{r['igraph_betweenness_seconds'] / o['wall']:.2f}x" if "igraph_betweenness_seconds" in r else "-"
eig_ratio = (f"{r['networkx_eigenvector_seconds'] / o['eigenvector']:.0f}x"
             if "networkx_eigenvector_seconds" in r and o["eigenvector"] > 0 else "-")
print(f"| {r['vertices']:,} | {o['edges']:,} | {o['wall']:.1f} | {o['betweenness']:.1f} | "
      f"{g('igraph_betweenness_seconds', '.1f')} | {ratio} | {g('igraph_betweenness_max_diff', '.1e')} | "
      f"{o['eigenvector']:.3f} | {g('networkx_eigenvector_seconds', '.2f')} | {eig_ratio} | "
      f"{g('networkx_eigenvector_max_diff', '.1e')} | {g('igraph_eigenvector_seconds', '.2f')} |")
PY
