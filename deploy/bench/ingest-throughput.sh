#!/usr/bin/env bash
# Ingest throughput on the real records of ../shared/data, replicated COPIES times (default 1) so that the run is
# long enough to measure. Copies keep their DOIs, so all but one copy of each paper merge as duplicates.
# Prints one Markdown table row: machine, copies, records read, wall time of the stage, records/s.
#
#   deploy/bench/ingest-throughput.sh [COPIES]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # root, cli, report, scratch_work
copies="${1:-1}"
data="$root/../shared/data"
[ -d "$data" ] || { echo "no $data: the benchmark needs the shared real data" >&2; exit 1; }
scratch_work
for fmt in ieee-xplore acm-dl wos scopus; do
  for i in $(seq 1 "$copies"); do
    mkdir -p "$work/in/$fmt/copy$i"
    for f in "$data/$fmt"/*; do ln -s "$f" "$work/in/$fmt/copy$i/$(basename "$f")"; done
  done
done
"$cli" ingest --run-id bench --set output.dir="$work/out" --set ingest.years=all \
  --set "ingest.inputs=[{format=ieee-xplore-api,path=\"$work/in/ieee-xplore\"},{format=acm-dl,path=\"$work/in/acm-dl\"},{format=wos,path=\"$work/in/wos\"},{format=scopus,path=\"$work/in/scopus\"}]" \
  >"$work/stdout" 2>"$work/log"
[ -n "${BENCH_VERBOSE:-}" ] && report ingest-steps "$work/out/runs/bench/ingest/_run.json"
report ingest-throughput "$work/out/runs/bench/ingest/_run.json" "$copies"
