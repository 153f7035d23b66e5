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
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:?usage: end-to-end.sh N [MASTER]}"
master="${2:-local[*]}"
export COLLAB_ATLAS_HEAP="${COLLAB_ATLAS_HEAP:-4g}"
if [ -n "${BENCH_DIR:-}" ]; then
  mkdir -p "$BENCH_DIR"
  [ -z "$(ls -A "$BENCH_DIR")" ] || { echo "end-to-end.sh: BENCH_DIR $BENCH_DIR is not empty" >&2; exit 2; }
  work="$(cd "$BENCH_DIR" && pwd)"
else
  work="$(mktemp -d "${BENCH_WORK:-/tmp}/collab-atlas-e2e.XXXXXX")"
fi
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/events"
load="$(cut -d' ' -f1 /proc/loadavg)"
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
t0=$(date +%s.%N)
"$root/deploy/bin/collab-atlas" "${cmd[@]}" >"$work/stdout" 2>"$work/log" || { tail -30 "$work/log" >&2; exit 1; }
t1=$(date +%s.%N)
"$root/deploy/bin/collab-atlas" evaluate-corpus --in "$work/out/runs/bench" --out "$work/eval" \
  --set "output.dir=$work/out" >>"$work/stdout" 2>>"$work/log" || { tail -30 "$work/log" >&2; exit 1; }
section=$(/usr/bin/python3 - "$work" "$n" "$master" "$(echo "$t1 - $t0" | bc)" "$load" "$COLLAB_ATLAS_HEAP" "$parts" "$eps" <<'PY'
import datetime, glob, json, os, sys
work, n, master, total, load, heap, parts, eps = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7], sys.argv[8]
run = json.load(open(f"{work}/out/runs/bench/_run.json"))
def ts(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() * 1000
stages = []
for s in ["ingest", "resolve", "classify", "graph", "centrality", "uncertainty", "report"]:
    p = f"{work}/out/runs/bench/{s}/_run.json"
    if os.path.exists(p):
        d = json.load(open(p))
        stages.append({"name": s, "wall": d["wall_seconds"], "from": ts(d["started"]), "to": ts(d["finished"]),
                       "counts": d.get("counts", {}), "sw": 0, "sr": 0, "spill": 0, "heap": 0})
gen_run = f"{work}/out/generated-corpus/_run.json"
if os.path.exists(gen_run):
    d = json.load(open(gen_run))
    stages.insert(0, {"name": "generate", "wall": d["wall_seconds"], "from": ts(d["started"]), "to": ts(d["finished"]),
                      "counts": d.get("counts", {}), "sw": 0, "sr": 0, "spill": 0, "heap": 0})
peak = 0
logs = glob.glob(f"{work}/events/*")
for line in open(logs[0]) if logs else []:
    ev = json.loads(line)
    kind = ev.get("Event")
    if kind == "SparkListenerTaskEnd":
        t = ev["Task Info"]["Finish Time"]
        m = ev.get("Task Metrics") or {}
        em = ev.get("Task Executor Metrics") or {}
        for s in stages:
            if s["from"] <= t <= s["to"] + 1000:
                s["sw"] += m.get("Shuffle Write Metrics", {}).get("Shuffle Bytes Written", 0)
                r = m.get("Shuffle Read Metrics", {})
                s["sr"] += r.get("Remote Bytes Read", 0) + r.get("Local Bytes Read", 0)
                s["spill"] += m.get("Disk Bytes Spilled", 0)
                s["heap"] = max(s["heap"], em.get("JVMHeapMemory", 0))
                break
        peak = max(peak, em.get("JVMHeapMemory", 0))
    elif kind == "SparkListenerStageExecutorMetrics":
        peak = max(peak, (ev.get("Executor Metrics") or {}).get("JVMHeapMemory", 0))
def mb(b):
    return f"{b / 2**20:,.0f} MiB"
acc = json.load(open(f"{work}/eval/accuracy.json"))
jvm = json.load(open(f"{work}/out/runs/bench/ingest/_run.json")).get("jvm") or {}
jvm_line = (f"JVM sees {jvm.get('available_processors')} processors, collectors {' + '.join(jvm.get('gc', []))}, "
            f"huge pages {'on' if '-XX:+UseTransparentHugePages' in jvm.get('flags', []) else 'off'}") if jvm else "JVM not recorded"
out = []
out.append(f"### N = {n:,}, {master}, {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC")
out.append("")
out.append(f"Machine: {os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; "
           f"load average before the run {load}; driver heap {heap}; {jvm_line}; {parts} shuffle partitions; betweenness epsilon {eps}. Command: `deploy/bench/end-to-end.sh {n} '{master}'` "
           f"(whole command {total:.0f} s, JVM start-up included).")
out.append("")
out.append("| stage | wall (s) | papers/s | records | shuffle written | shuffle read | spilled to disk | peak JVM heap |")
out.append("|---|---|---|---|---|---|---|---|")
pipeline = 0
for s in stages:
    c = s["counts"]
    records = c.get("read") or c.get("records") or ""
    if s["name"] != "generate":
        pipeline += s["wall"]
    out.append(f"| {s['name']} | {s['wall']:.1f} | {n / s['wall']:,.0f} | {records if records == '' else f'{records:,}'} | "
               f"{mb(s['sw'])} | {mb(s['sr'])} | {mb(s['spill'])} | {mb(s['heap']) if s['heap'] else '-'} |")
out.append(f"| **pipeline (ingest..)** | **{pipeline:.1f}** | **{n / pipeline:,.0f}** | | | | | **{mb(peak)}** |")
out.append("")
line = (f"ER accuracy against the ground truth ({acc['truth_authorships']:,} authorships): country accuracy "
        f"{acc['country_accuracy']:.4f}, coverage {acc['country_coverage']:.4f}, precision {acc['country_precision']:.4f}")
if acc.get("institutions_evaluated"):
    line += (f"; institutions precision {acc['institution_precision']:.4f}, recall {acc['institution_recall']:.4f}")
else:
    line += "; institutions: not evaluated (authorships_resolved has no institution_ids yet)"
out.append(line + ".")
print("\n".join(out))
PY
)
echo "$section"
if [ -n "${BENCH_RECORD:-}" ]; then
  printf '\n%s\n' "$section" >>"$root/docs/benchmarks/end-to-end.md"
fi
