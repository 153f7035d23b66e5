#!/usr/bin/env bash
# Sampled betweenness (Riondato-Kornaropoulos sample size, bidirectional path sampling) on a seeded community
# graph: time of the whole command, and the largest error against exact values computed once with exact Brandes
# and cached in ${XDG_CACHE_HOME:-~/.cache}/collab-atlas-bench/.
#
#   deploy/bench/sampled-betweenness.sh [N] [M] [EPSILON] [DELTA]     (default 50000 1000000 0.01 0.1)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-50000}"; m="${2:-1000000}"; eps="${3:-0.01}"; delta="${4:-0.1}"
py=/usr/bin/python3
cache="${XDG_CACHE_HOME:-$HOME/.cache}/collab-atlas-bench"; mkdir -p "$cache"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$py" "$root/deploy/bench/community_graph.py" "$n" "$m" "$((n / 100))" 0.8 42 "$work/edges.csv"
exact="$cache/exact-$n-$m.csv"
if [ ! -f "$exact" ]; then
  echo "computing exact betweenness once (cached in $exact) ..." >&2
  "$root/deploy/bin/collab-atlas" edge-metrics --in "$work/edges.csv" --out "$work/exact" \
    --set centrality.betweenness.exact-max-vertices=10000000 --set centrality.betweenness.exact-max-work=1e150 >"$work/exact.log" 2>&1
  cp "$work/exact/metrics.csv" "$exact"
fi
t0=$(date +%s.%N)
"$root/deploy/bin/collab-atlas" edge-metrics --in "$work/edges.csv" --out "$work/sampled" \
  --set centrality.betweenness.exact-max-vertices=1 --set centrality.betweenness.epsilon="$eps" \
  --set centrality.betweenness.delta="$delta" >"$work/sampled.log" 2>&1
t1=$(date +%s.%N)
"$py" - "$exact" "$work/sampled/metrics.csv" "$work/sampled/_run.json" "$(echo "$t1 - $t0" | bc)" "$eps" "$delta" <<'PY'
import csv, json, sys
exact = {r["id"]: float(r["betweenness"]) for r in csv.DictReader(open(sys.argv[1]))}
sampled = {r["id"]: float(r["betweenness"]) for r in csv.DictReader(open(sys.argv[2]))}
run = json.load(open(sys.argv[3]))
worst = max(abs(exact[v] - sampled[v]) for v in exact)
b = run["metrics"]["betweenness"]
print(f"| {run['counts']['vertices']:,} | {run['counts']['edges']:,} | {sys.argv[5]} | {sys.argv[6]} | "
      f"{run['metrics'].get('vertex_diameter_bound', '-')} | {float(sys.argv[4]):.1f} | {b['seconds']:.1f} | "
      f"{worst:.4f} | {'held' if worst <= float(sys.argv[5]) else 'VIOLATED'} |")
PY
