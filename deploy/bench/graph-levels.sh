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
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # cli, now, seconds_between, load1, report, bench_work
out="$1"; run="$2"; levels="${3:-country,institution}"
bench_work levels
link_stages "$out" "$run" "$work/runs/b"
load="$(load1)"
t0=$(now)
"$cli" graph --run-id b --set output.dir="$work" --set "graph.levels=[$levels]" ${BENCH_SET:-} >"$work/graph.log" 2>&1 \
  || { tail -30 "$work/graph.log"; exit 1; }
t1=$(now)
"$cli" centrality --run-id b --set output.dir="$work" ${BENCH_SET:-} >"$work/centrality.log" 2>&1 \
  || { tail -30 "$work/centrality.log"; exit 1; }
t2=$(now)
report graph-levels "$work/runs/b" "$levels" "$(seconds_between "$t0" "$t1")" "$(seconds_between "$t1" "$t2")" "$load"
if [ -n "${BENCH_STEPS:-}" ]; then
  report steps "$work/runs/b" graph centrality
fi
