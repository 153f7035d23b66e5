#!/usr/bin/env bash
# Affiliation matching: quality on the development gold sets and speed at N distinct strings (default 2,000,000),
# single-threaded (match-affiliations: one JVM, one thread, gazetteer load and index build included) and through
# the Spark resolve stage (ingest of the same strings as OpenAlex works, then resolve; its _run.json step times).
#
#   deploy/bench/affiliation-matching.sh [N] [SEED]      (default 2000000 42)
#   MATCHER=rules deploy/bench/affiliation-matching.sh ...  (resolve.matcher: learned, the default, or rules)
#
# Needs ../shared/data (ROR partial dump and gold sets) and /usr/bin/python3. Writes docs/benchmarks/affiliations.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # root, cli, py, now, seconds_between, report, scratch_work
n="${1:-2000000}"; seed="${2:-42}"; matcher="${MATCHER:-learned}"
data="$root/../shared/data"; ror="$data/ror/ror-v2-partial.json.gz"
scratch_work
"$py" "$root/deploy/bench/affiliation_strings.py" "$n" "$seed" "$ror" "$work" \
  "$data/affiliations/crossref-train.csv" "$data/affiliations/ror-logs-train.csv" >/dev/null

t0=$(now); "$cli" evaluate-affiliations --gold "$data/affiliations/crossref-train.csv" --ror "$ror" --set resolve.matcher="$matcher" >"$work/q1.txt" 2>"$work/q1.err"
"$cli" evaluate-affiliations --gold "$data/affiliations/ror-logs-train.csv" --ror "$ror" --set resolve.matcher="$matcher" >"$work/q2.txt" 2>"$work/q2.err"
t1=$(now); "$cli" match-affiliations --in "$work/strings.csv" --out "$work/matches.csv" --ror "$ror" --set resolve.matcher="$matcher" \
  >"$work/m.txt" 2>"$work/m.err"
t2=$(now)
single=$(seconds_between "$t1" "$t2")
matched=$(report matched-rows "$work/matches.csv")

"$cli" ingest --run-id bench --set output.dir="$work/out" --set ingest.years=all \
  --set "ingest.inputs=[{format=openalex,path=\"$work/works\"}]" >"$work/i.txt" 2>"$work/i.err"
t3=$(now); "$cli" resolve --run-id bench --set output.dir="$work/out" --ror "$ror" --set resolve.matcher="$matcher" >"$work/r.txt" 2>"$work/r.err"
t4=$(now)
resolve=$(seconds_between "$t3" "$t4")
cores=$(nproc)
report affiliation-matching "$n" "$single" "$resolve" "$cores" "$matched" "$work/out/runs/bench/resolve/_run.json" \
  "$work/q1.txt" "$work/q2.txt" "$root/docs/benchmarks/affiliations-$matcher.md" "$(uptime)" "$matcher"
