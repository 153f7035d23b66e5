#!/usr/bin/env bash
# The bootstrap stage (collab-atlas uncertainty) on the country graphs of all the real records of ../shared/data
# (IEEE, ACM, WoS, Scopus; every year: slice "all" plus one slice per year), B replicates per slice (default 100).
# Runs the whole pipeline once, then reads the uncertainty stage's own wall time from its _run.json.
# Prints one Markdown table row; docs/uncertainty.md keeps the measured rows.
#
#   deploy/bench/uncertainty-bootstrap.sh [B]        (COLLAB_ATLAS_DATA: another data folder)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # root, cli, load1, report, scratch_work
b="${1:-100}"
data="${COLLAB_ATLAS_DATA:-$root/../shared/data}"
[ -d "$data" ] || { echo "no $data: the benchmark needs the shared real data" >&2; exit 1; }
scratch_work
load=$(load1)
"$cli" pipeline --run-id bench --set output.dir="$work/out" --set ingest.years=all \
  --set uncertainty.replicates="$b" \
  --set "ingest.inputs=[{format=ieee-xplore-api,path=\"$data/ieee-xplore\"},{format=acm-dl,path=\"$data/acm-dl\"},{format=wos,path=\"$data/wos\"},{format=scopus,path=\"$data/scopus\"}]" \
  >"$work/stdout" 2>"$work/log"
report uncertainty-bootstrap "$work/out/runs/bench/uncertainty/_run.json" "$load" "$(load1)"
