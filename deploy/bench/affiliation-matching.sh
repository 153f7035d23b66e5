#!/usr/bin/env bash
# Affiliation matching: quality on the development gold sets and speed at N distinct strings (default 2,000,000),
# single-threaded (match-affiliations: one JVM, one thread, gazetteer load and index build included) and through
# the Spark resolve stage (ingest of the same strings as OpenAlex works, then resolve; its _run.json step times).
#
#   deploy/bench/affiliation-matching.sh [N] [SEED]      (default 2000000 42)
#
# Needs ../shared/data (ROR partial dump and gold sets) and /usr/bin/python3. Writes docs/benchmarks/affiliations.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-2000000}"; seed="${2:-42}"
data="$root/../shared/data"; ror="$data/ror/ror-v2-partial.json.gz"
cli="$root/deploy/bin/collab-atlas"; py=/usr/bin/python3
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$py" "$root/deploy/bench/affiliation_strings.py" "$n" "$seed" "$ror" "$work" \
  "$data/affiliations/crossref-train.csv" "$data/affiliations/ror-logs-train.csv" >/dev/null

now() { date +%s.%N; }
t0=$(now); "$cli" evaluate-affiliations --gold "$data/affiliations/crossref-train.csv" --ror "$ror" >"$work/q1.txt" 2>"$work/q1.err"
"$cli" evaluate-affiliations --gold "$data/affiliations/ror-logs-train.csv" --ror "$ror" >"$work/q2.txt" 2>"$work/q2.err"
t1=$(now); "$cli" match-affiliations --in "$work/strings.csv" --out "$work/matches.csv" --ror "$ror" \
  >"$work/m.txt" 2>"$work/m.err"
t2=$(now)
single=$(echo "$t2 - $t1" | bc)
matched=$("$py" -c "import csv,sys; r=list(csv.DictReader(open(sys.argv[1],encoding='utf-8'))); print(sum(1 for x in r if x['ror_ids']), len(r))" "$work/matches.csv")

"$cli" ingest --run-id bench --set output.dir="$work/out" --set ingest.years=all \
  --set "ingest.inputs=[{format=openalex,path=\"$work/works\"}]" >"$work/i.txt" 2>"$work/i.err"
t3=$(now); "$cli" resolve --run-id bench --set output.dir="$work/out" --ror "$ror" >"$work/r.txt" 2>"$work/r.err"
t4=$(now)
resolve=$(echo "$t4 - $t3" | bc)
cores=$(nproc)
"$py" - "$n" "$single" "$resolve" "$cores" "$matched" "$work/out/runs/bench/resolve/_run.json" "$work/q1.txt" \
  "$work/q2.txt" "$root/docs/benchmarks/affiliations.md" "$(uptime)" <<'PY'
import json, sys
n, single, resolve, cores = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
matched, total = map(int, sys.argv[5].split())
run = json.load(open(sys.argv[6])); steps = run["steps_seconds"]; c = run["counts"]
q1, q2 = open(sys.argv[7]).read(), open(sys.argv[8]).read()
md = f"""# Affiliation matching: measured quality and speed

Produced by `deploy/bench/affiliation-matching.sh {n}` (seed 42) on a {cores}-core machine; load at the end:
`{sys.argv[10].strip()}`. Figures are wall-clock and include JVM start-up.

## Quality (partial ROR dump, development gold sets)

`collab-atlas evaluate-affiliations --gold ../shared/data/affiliations/crossref-train.csv --ror ../shared/data/ror/ror-v2-partial.json.gz`

```
{q1.strip()}
```

`collab-atlas evaluate-affiliations --gold ../shared/data/affiliations/ror-logs-train.csv --ror ../shared/data/ror/ror-v2-partial.json.gz`

```
{q2.strip()}
```

## Speed at {n:,} distinct strings

| path | wall s | distinct strings/s | per core | notes |
|---|---|---|---|---|
| `match-affiliations` (one thread) | {single:.1f} | {n/single:,.0f} | {n/single:,.0f} | gazetteer load + index + CSV read/write included; {matched:,} of {total:,} rows matched |
| `resolve` stage (Spark, local[{cores}]) | {resolve:.1f} | {n/resolve:,.0f} | {n/resolve/cores:,.0f} | whole command; steps: {", ".join(f"{k} {v:.1f} s" for k, v in steps.items())} |

resolve counts: distinct {c.get("distinct_affiliations")}, clusters {c.get("clusters")}, by match method {c.get("by_match_method")}.
"""
open(sys.argv[9], "w").write(md)
print(md)
PY
