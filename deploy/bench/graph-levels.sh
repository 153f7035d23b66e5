#!/usr/bin/env bash
# Graph building and all centralities for chosen graph levels (default: country and institution, the study's
# tables) on a completed run, e.g. of a generated corpus of 1,772,843 papers: the issue's "graph + all metrics for
# the country and institution graphs within 3 minutes" figure. Prints one Markdown row: levels, slices, vertices and
# edges of the whole-window graphs, graph stage (s), centrality stage (s), both together, and the whole commands.
#
#   deploy/bench/graph-levels.sh OUTPUT_DIR RUN_ID [LEVELS]      (LEVELS default: country,institution)
#
# The run's ingest, resolve and classify stages are linked (not copied) into a scratch output directory.
# BENCH_STEPS=1 also prints each stage's steps with their wall times (from _run.json); BENCH_KEEP=1 keeps the
# scratch directory; extra settings go in BENCH_SET (e.g. BENCH_SET='--set spark.shuffle-partitions=16').
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$1"; run="$2"; levels="${3:-country,institution}"
work="$(mktemp -d "${BENCH_WORK:-/tmp}/collab-atlas-levels.XXXXXX")"
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
cli="$root/deploy/bin/collab-atlas"
mkdir -p "$work/runs/b"
for stage in ingest resolve classify; do
  [ -d "$out/runs/$run/$stage" ] && ln -s "$out/runs/$run/$stage" "$work/runs/b/$stage"
done
load="$(cut -d' ' -f1 /proc/loadavg)"
t0=$(date +%s.%N)
"$cli" graph --run-id b --set output.dir="$work" --set "graph.levels=[$levels]" ${BENCH_SET:-} >"$work/graph.log" 2>&1 \
  || { tail -30 "$work/graph.log"; exit 1; }
t1=$(date +%s.%N)
"$cli" centrality --run-id b --set output.dir="$work" ${BENCH_SET:-} >"$work/centrality.log" 2>&1 \
  || { tail -30 "$work/centrality.log"; exit 1; }
t2=$(date +%s.%N)
/usr/bin/python3 - "$work/runs/b" "$levels" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)" "$load" <<'PY'
import datetime, json, os, sys
run, levels, gcmd, ccmd, load = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
g = json.load(open(f"{run}/graph/_run.json"))
c = json.load(open(f"{run}/centrality/_run.json"))
whole = ", ".join(f"{lv} {g['counts']['vertices'].get(lv + '/all', 0):,} v / {g['counts']['edges'].get(lv + '/all', 0):,} e"
                  for lv in levels.split(","))
print(f"| {datetime.datetime.utcnow():%Y-%m-%d %H:%M} | {os.cpu_count()} cores, load {load} | {levels} | "
      f"{c['counts']['slices']} | {whole} | {g['wall_seconds']:.1f} | {c['wall_seconds']:.1f} | "
      f"{g['wall_seconds'] + c['wall_seconds']:.1f} | {gcmd + ccmd:.1f} |")
PY
if [ -n "${BENCH_STEPS:-}" ]; then
  /usr/bin/python3 - "$work/runs/b" <<'PY'
import json, sys
for stage in ("graph", "centrality"):
    d = json.load(open(f"{sys.argv[1]}/{stage}/_run.json"))
    for name, sec in d.get("steps_seconds", {}).items():
        print(f"  {stage}: {name}: {sec} s")
PY
fi
