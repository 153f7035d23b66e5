#!/usr/bin/env bash
# Company strings resolved to their company (issue 21, docs/affiliations.md "Companies"): ingest and resolve of all
# of ../shared/data with the command line, then CompanyStringsRealDataTest on that run, which prints one row per
# company (distinct strings naming it, those resolved to a ROR id of it or of a subsidiary, misses by reason).
#
#   deploy/bench/companies.sh [--misses]      (--misses also lists every unresolved string with its reason)
#
# Needs ../shared/data and Maven with the project's dependencies in the local repository (runs offline).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # root, cli, scratch_work
data="$root/../shared/data"
scratch_work
inputs="[{format=ieee-xplore-api,path=\"$data/ieee-xplore\"},{format=acm-dl,path=\"$data/acm-dl\"},"
inputs+="{format=wos,path=\"$data/wos\"},{format=scopus,path=\"$data/scopus\"}]"
"$cli" ingest --run-id companies --set output.dir="$work/out" --set ingest.years=all \
  --set generate.before-ingest=false --set "ingest.inputs=$inputs" >"$work/i.txt" 2>"$work/i.err"
"$cli" resolve --run-id companies --set output.dir="$work/out" --ror "$data/ror/ror-v2-partial.json.gz" \
  >"$work/r.txt" 2>"$work/r.err"
misses=()
if [[ "${1:-}" == --misses ]]; then
  misses=(-Dcollabatlas.companies.misses=1)
fi
(cd "$root" && mvn -o -q -pl jobs -am test -Dtest=CompanyStringsRealDataTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcollabatlas.companies.run="$work/out/runs/companies" ${misses[@]+"${misses[@]}"}) \
  | sed -n '/^company strings of /,/^not in the ROR dump/p;/^[A-Z].*\t/p'
