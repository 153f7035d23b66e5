#!/usr/bin/env bash
# The whole pipeline on a generated corpus of N papers (the embedded default's path: generate, then ingest ->
# resolve -> graph -> centrality), then its accuracy against the corpus's ground truth. Prints a Markdown section:
# per stage wall time (_run.json), papers/s, shuffle bytes written and read, bytes spilled to disk and peak JVM
# heap (Spark event log: task metrics and executor metrics, tasks assigned to a stage by their finish time;
# in local mode the driver is the executor, so it is one JVM's peak), then ER accuracy (evaluate-corpus).
#
#   deploy/bench/end-to-end.sh N [MASTER]          e.g. deploy/bench/end-to-end.sh 1772843 'local[2]'
#   COLLAB_ATLAS_HEAP=4g (default here) sets the driver heap; BENCH_WORK=/big/disk for the corpus and outputs;
#   BENCH_RECORD=1 appends the section to docs/benchmarks/end-to-end.md; BENCH_KEEP=1 keeps the work directory;
#   BENCH_DIR=DIR names the work directory (new or empty) instead of a fresh one under BENCH_WORK.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # root, cli, now, seconds_between, load1, report
n="${1:?usage: end-to-end.sh N [MASTER]}"
master="${2:-local[*]}"
export COLLAB_ATLAS_HEAP="${COLLAB_ATLAS_HEAP:-4g}"
if [ -n "${BENCH_DIR:-}" ]; then
  mkdir -p "$BENCH_DIR"
  [ -z "$(ls -A "$BENCH_DIR")" ] || { echo "end-to-end.sh: BENCH_DIR $BENCH_DIR is not empty" >&2; exit 2; }
  work="$(cd "$BENCH_DIR" && pwd)"
  [ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
else
  bench_work e2e
fi
mkdir -p "$work/events"
load="$(load1)"
# shuffle partitions for the size: conf/local.conf's 8 suits the 20,000-paper default; at millions of papers
# partitions of about 25,000 papers keep each cached partition well inside a 4 GiB heap (BENCH_PARTITIONS overrides)
parts="${BENCH_PARTITIONS:-$(( n / 25000 > 8 ? (n + 24999) / 25000 : 8 ))}"
# sampled betweenness of graphs over centrality.betweenness.exact-max-vertices (the author graph): the issue's
# epsilon 0.05 (delta 0.1); the config's default 0.01 costs 25x the samples (BENCH_EPSILON overrides)
eps="${BENCH_EPSILON:-0.05}"
cmd=(pipeline --run-id bench --set "output.dir=$work/out" --set "generate.papers=$n"
  --set "spark.master=\"$master\"" --set "spark.shuffle-partitions=$parts"
  --set "centrality.betweenness.epsilon=$eps"
  --set "spark.properties={\"spark.eventLog.enabled\"=\"true\",\"spark.eventLog.dir\"=\"file://$work/events\",\"spark.eventLog.logStageExecutorMetrics\"=\"true\"}")
t0=$(now)
"$cli" "${cmd[@]}" >"$work/stdout" 2>"$work/log" || { tail -30 "$work/log" >&2; exit 1; }
t1=$(now)
"$cli" evaluate-corpus --in "$work/out/runs/bench" --out "$work/eval" \
  --set "output.dir=$work/out" >>"$work/stdout" 2>>"$work/log" || { tail -30 "$work/log" >&2; exit 1; }
section=$(report end-to-end "$work" "$n" "$master" "$(seconds_between "$t0" "$t1")" "$load" "$COLLAB_ATLAS_HEAP" \
  "$parts" "$eps")
echo "$section"
if [ -n "${BENCH_RECORD:-}" ]; then
  printf '\n%s\n' "$section" >>"$root/docs/benchmarks/end-to-end.md"
fi
