#!/usr/bin/env bash
# Sampled betweenness (Riondato-Kornaropoulos sample size, bidirectional path sampling) on a seeded community
# graph: time of the whole command, and the largest error against exact values computed once with exact Brandes
# and cached in ${XDG_CACHE_HOME:-~/.cache}/collab-atlas-bench/.
#
#   deploy/bench/sampled-betweenness.sh [N] [M] [EPSILON] [DELTA]     (default 50000 1000000 0.01 0.1)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # root, cli, py, now, seconds_between, report, scratch_work
n="${1:-50000}"; m="${2:-1000000}"; eps="${3:-0.01}"; delta="${4:-0.1}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/collab-atlas-bench"; mkdir -p "$cache"
scratch_work
"$py" "$root/deploy/bench/community_graph.py" "$n" "$m" "$((n / 100))" 0.8 42 "$work/edges.csv"
exact="$cache/exact-$n-$m.csv"
if [ ! -f "$exact" ]; then
  echo "computing exact betweenness once (cached in $exact) ..." >&2
  "$cli" edge-metrics --in "$work/edges.csv" --out "$work/exact" \
    --set centrality.betweenness.exact-max-vertices=10000000 --set centrality.betweenness.exact-max-work=1e150 >"$work/exact.log" 2>&1
  cp "$work/exact/metrics.csv" "$exact"
fi
t0=$(now)
"$cli" edge-metrics --in "$work/edges.csv" --out "$work/sampled" \
  --set centrality.betweenness.exact-max-vertices=1 --set centrality.betweenness.epsilon="$eps" \
  --set centrality.betweenness.delta="$delta" >"$work/sampled.log" 2>&1
t1=$(now)
report sampled-betweenness "$exact" "$work/sampled/metrics.csv" "$work/sampled/_run.json" \
  "$(seconds_between "$t0" "$t1")" "$eps" "$delta"
