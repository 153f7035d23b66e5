#!/usr/bin/env bash
# The author graph at scale: graph building (author level) and all centralities (degree, strength, PageRank,
# eigenvector, sampled betweenness) for several epsilons, on a completed run (e.g. of a generated corpus of
# 1,772,843 papers). Prints one Markdown row per epsilon: vertices, edges, sample count, seconds per metric, and
# the stage's wall time; the sample count grows as 1/epsilon^2 (Riondato-Kornaropoulos), the time with it.
#
#   deploy/bench/author-graph.sh OUTPUT_DIR RUN_ID [EPSILONS...]      (default epsilons: 0.05 0.02 0.01)
#
# The run's ingest and resolve stages are linked (not copied) into a scratch output directory.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # cli, now, seconds_between, report, scratch_work
out="$1"; run="$2"; shift 2
epsilons=("${@:-0.05 0.02 0.01}"); read -r -a epsilons <<<"${epsilons[*]}"
scratch_work
link_stages "$out" "$run" "$work/runs/b"
t0=$(now)
"$cli" graph --run-id b --set output.dir="$work" --set 'graph.levels=[author]' >"$work/graph.log" 2>&1 \
  || { tail -30 "$work/graph.log"; exit 1; }
t1=$(now)
echo "graph (author level): $(seconds_between "$t0" "$t1") s wall, $(report author-graph-counts "$work/runs/b/graph/_run.json")"
echo "| epsilon | vertices | edges | samples | eigenvector s | PageRank s | betweenness s | centrality stage s |"
echo "|---|---|---|---|---|---|---|---|"
for eps in "${epsilons[@]}"; do
  rm -rf "$work/runs/b/centrality"
  t0=$(now)
  "$cli" centrality --run-id b --set output.dir="$work" --set centrality.betweenness.epsilon="$eps" \
    >"$work/centrality-$eps.log" 2>&1 || { tail -30 "$work/centrality-$eps.log"; exit 1; }
  t1=$(now)
  report author-graph "$work/runs/b/centrality/_run.json" "$eps" "$(seconds_between "$t0" "$t1")"
done
