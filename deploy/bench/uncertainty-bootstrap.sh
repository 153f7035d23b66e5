#!/usr/bin/env bash
# The bootstrap stage (collab-atlas uncertainty) on the country graphs of all the real records of ../shared/data
# (IEEE, ACM, WoS, Scopus; every year: slice "all" plus one slice per year), B replicates per slice (default 100).
# Runs the whole pipeline once, then reads the uncertainty stage's own wall time from its _run.json.
# Prints one Markdown table row; docs/uncertainty.md keeps the measured rows.
#
#   deploy/bench/uncertainty-bootstrap.sh [B]        (COLLAB_ATLAS_DATA: another data folder)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
b="${1:-100}"
data="${COLLAB_ATLAS_DATA:-$root/../shared/data}"
[ -d "$data" ] || { echo "no $data: the benchmark needs the shared real data" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
load=$(cut -d' ' -f1 /proc/loadavg)
"$root/deploy/bin/collab-atlas" pipeline --run-id bench --set output.dir="$work/out" --set ingest.years=all \
  --set uncertainty.replicates="$b" \
  --set "ingest.inputs=[{format=ieee-xplore-api,path=\"$data/ieee-xplore\"},{format=acm-dl,path=\"$data/acm-dl\"},{format=wos,path=\"$data/wos\"},{format=scopus,path=\"$data/scopus\"}]" \
  >"$work/stdout" 2>"$work/log"
/usr/bin/python3 - "$work/out/runs/bench/uncertainty/_run.json" "$load" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import json, sys, os
d = json.load(open(sys.argv[1]))
s = d["slices"]; a = s["country/all"]; steps = d["steps_seconds"]
boot = next(v for k, v in steps.items() if k.startswith("bootstrap"))
print(f"| {os.cpu_count()} cores, load {sys.argv[2]} -> {sys.argv[3]} | {d['replicates']} | {len(s)} | "
      f"{a['countries']} | {a['papers']:,} | {a['country_sets']:,} | {d['counts']['replicates_computed']:,} | "
      f"{boot:.1f} | {d['wall_seconds']:.1f} |")
PY
