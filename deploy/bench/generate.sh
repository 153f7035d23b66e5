#!/usr/bin/env bash
# Time to generate a synthetic corpus of N papers (default: the study's 1,772,843) with `collab-atlas generate`,
# JVM and Spark start-up included in "command", the generation itself (_run.json) separately.
# Prints one Markdown table row: date, machine, load before, N, gzip, tasks, command (s), generate step (s),
# papers/s, bytes written.
#
#   deploy/bench/generate.sh [N] [gzip]          e.g. deploy/bench/generate.sh 1772843
#   BENCH_WORK=/big/disk deploy/bench/generate.sh (the corpus is about 1.9 KB a paper uncompressed); BENCH_KEEP=1
#   keeps the work directory.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # cli, now, seconds_between, load1, report, bench_work
n="${1:-1772843}"
gzip_opt=(); [ "${2:-}" == gzip ] && gzip_opt=(--gzip)
bench_work generate
load="$(load1)"
t0=$(now)
"$cli" generate --papers "$n" --out "$work/corpus" --set output.dir="$work/out" \
  "${gzip_opt[@]}" >"$work/stdout" 2>"$work/log" || { tail -20 "$work/log" >&2; exit 1; }
t1=$(now)
bytes=$(du -sb --exclude='.*' "$work/corpus" | cut -f1)
report generate "$work/corpus/_run.json" "$n" "$(seconds_between "$t0" "$t1")" "$bytes" "$load" "${2:-plain}"
