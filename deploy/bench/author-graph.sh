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
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$1"; run="$2"; shift 2
epsilons=("${@:-0.05 0.02 0.01}"); read -r -a epsilons <<<"${epsilons[*]}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cli="$root/deploy/bin/collab-atlas"
mkdir -p "$work/runs/b"
for stage in ingest resolve classify; do
  [ -d "$out/runs/$run/$stage" ] && ln -s "$out/runs/$run/$stage" "$work/runs/b/$stage"
done
t0=$(date +%s.%N)
"$cli" graph --run-id b --set output.dir="$work" --set 'graph.levels=[author]' >"$work/graph.log" 2>&1 \
  || { tail -30 "$work/graph.log"; exit 1; }
t1=$(date +%s.%N)
echo "graph (author level): $(echo "$t1 - $t0" | bc) s wall, $(/usr/bin/python3 -c "import json,sys; \
c=json.load(open('$work/runs/b/graph/_run.json'))['counts']; print(c['vertices'], c['edges'], \
c.get('papers_over_author_cap'), c.get('author_keys_by_kind'))")"
echo "| epsilon | vertices | edges | samples | eigenvector s | PageRank s | betweenness s | centrality stage s |"
echo "|---|---|---|---|---|---|---|---|"
for eps in "${epsilons[@]}"; do
  rm -rf "$work/runs/b/centrality"
  t0=$(date +%s.%N)
  "$cli" centrality --run-id b --set output.dir="$work" --set centrality.betweenness.epsilon="$eps" \
    >"$work/centrality-$eps.log" 2>&1 || { tail -30 "$work/centrality-$eps.log"; exit 1; }
  t1=$(date +%s.%N)
  /usr/bin/python3 - "$work/runs/b/centrality/_run.json" "$eps" "$(echo "$t1 - $t0" | bc)" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["slices"]["author/all"]
print(f"| {sys.argv[2]} | {s['vertices']:,} | {s['edges']:,} | {s.get('samples', '-'):,} | "
      f"{s['eigenvector']['seconds']:.1f} | {s['pagerank']['seconds']:.1f} | {s['betweenness']['seconds']:.1f} | "
      f"{float(sys.argv[3]):.1f} |")
PY
done
