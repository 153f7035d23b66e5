#!/usr/bin/env bash
# collab-atlas's centralities against igraph and NetworkX (Debian's python3-igraph / python3-networkx) on the
# same seeded community graph, in one run. Our time is the whole command, JVM and Spark start-up included.
#
#   deploy/bench/centrality-vs-reference.sh [N] [M] [WHAT]   (default 20000 400000, all three references)
# WHAT: comma-separated subset of igraph-betweenness,igraph-eigenvector,networkx-eigenvector.
#
# Prints a Markdown table row; docs/benchmarks/centrality.md keeps the measured rows.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # root, cli, py, now, seconds_between, report, scratch_work
n="${1:-20000}"; m="${2:-400000}"; what="${3:-igraph-betweenness,igraph-eigenvector,networkx-eigenvector}"
scratch_work
"$py" "$root/deploy/bench/community_graph.py" "$n" "$m" 200 0.8 42 "$work/edges.csv"
t0=$(now)
"$cli" edge-metrics --in "$work/edges.csv" --out "$work/ours" \
  --set centrality.betweenness.exact-max-vertices=10000000 --set centrality.betweenness.exact-max-work=1e15 >"$work/ours.log" 2>&1
t1=$(now)
report edge-metrics-times "$work/ours/_run.json" "$(seconds_between "$t0" "$t1")" > "$work/ours.json"
"$py" "$root/deploy/bench/reference_centralities.py" "$work/edges.csv" "$work/ours/metrics.csv" \
  "$what" > "$work/ref.json"
report centrality-vs-reference "$work/ours.json" "$work/ref.json"
