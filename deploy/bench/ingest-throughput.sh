#!/usr/bin/env bash
# Ingest throughput on the real records of ../shared/data, replicated COPIES times (default 1) so that the run is
# long enough to measure. Copies keep their DOIs, so all but one copy of each paper merge as duplicates.
# Prints one Markdown table row: machine, copies, records read, wall time of the stage, records/s.
#
#   deploy/bench/ingest-throughput.sh [COPIES]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
copies="${1:-1}"
data="$root/../shared/data"
[ -d "$data" ] || { echo "no $data: the benchmark needs the shared real data" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for fmt in ieee-xplore acm-dl wos scopus; do
  for i in $(seq 1 "$copies"); do
    mkdir -p "$work/in/$fmt/copy$i"
    for f in "$data/$fmt"/*; do ln -s "$f" "$work/in/$fmt/copy$i/$(basename "$f")"; done
  done
done
"$root/deploy/bin/collab-atlas" ingest --run-id bench --set output.dir="$work/out" --set ingest.years=all \
  --set "ingest.inputs=[{format=ieee-xplore-api,path=\"$work/in/ieee-xplore\"},{format=acm-dl,path=\"$work/in/acm-dl\"},{format=wos,path=\"$work/in/wos\"},{format=scopus,path=\"$work/in/scopus\"}]" \
  >"$work/stdout" 2>"$work/log"
[ -n "${BENCH_VERBOSE:-}" ] && /usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[\"steps_seconds\"])" "$work/out/runs/bench/ingest/_run.json"
/usr/bin/python3 - "$work/out/runs/bench/ingest/_run.json" "$copies" <<'PY'
import json, sys, os
d = json.load(open(sys.argv[1]))
c = d["counts"]; wall = d["wall_seconds"]
parse = sum(v for k, v in d["steps_seconds"].items() if k.startswith("parse"))
print(f"| {os.cpu_count()} cores | x{sys.argv[2]} | {c['read']:,} | {c['accepted']:,} | {c['merged']:,} | "
      f"{parse:.1f} | {wall:.1f} | {c['read']/wall:,.0f} |")
PY
