#!/usr/bin/env bash
# Time to generate a synthetic corpus of N papers (default: the study's 1,772,843) with `collab-atlas generate`,
# JVM and Spark start-up included in "command", the generation itself (_run.json) separately.
# Prints one Markdown table row: date, machine, load before, N, gzip, tasks, command (s), generate step (s),
# papers/s, bytes written.
#
#   deploy/bench/generate.sh [N] [gzip]          e.g. deploy/bench/generate.sh 1772843
#   BENCH_WORK=/big/disk deploy/bench/generate.sh (the corpus is about 1.9 KB a paper uncompressed)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-1772843}"
gzip_opt=(); [ "${2:-}" == gzip ] && gzip_opt=(--gzip)
work="$(mktemp -d "${BENCH_WORK:-/tmp}/collab-atlas-generate.XXXXXX")"
trap 'rm -rf "$work"' EXIT
load="$(cut -d' ' -f1 /proc/loadavg)"
t0=$(date +%s.%N)
"$root/deploy/bin/collab-atlas" generate --papers "$n" --out "$work/corpus" --set output.dir="$work/out" \
  "${gzip_opt[@]}" >"$work/stdout" 2>"$work/log" || { tail -20 "$work/log" >&2; exit 1; }
t1=$(date +%s.%N)
bytes=$(du -sb --exclude='.*' "$work/corpus" | cut -f1)
/usr/bin/python3 - "$work/corpus/_run.json" "$n" "$(echo "$t1 - $t0" | bc)" "$bytes" "$load" "${2:-plain}" <<'PY'
import json, os, sys, datetime
d = json.load(open(sys.argv[1]))
n, cmd, size, load, gz = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
gen = sum(v for k, v in d["steps_seconds"].items() if k.startswith("generate"))
print(f"| {datetime.datetime.utcnow():%Y-%m-%d %H:%M} | {os.cpu_count()} cores | {load} | {n:,} | {gz} | "
      f"{d.get('tasks')} | {cmd:.1f} | {gen:.1f} | {n / gen:,.0f} | {size / 1e9:.2f} GB |")
PY
