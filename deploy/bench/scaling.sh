#!/usr/bin/env bash
# One core against two: the whole pipeline on a generated corpus of N papers with local[2], then again with the
# JVM pinned to one core (taskset -c 0) and local[1], the same command and JVM flags otherwise (conf/jvm.args names
# the collector, so the pinned JVM does not fall back to the Serial collector it picks below two processors).
# Prints a Markdown table: per stage and step, wall time on one core and on two and their ratio; per stage, the
# tasks' CPU time summed over the event log on each (two cores that scale use the same CPU for the same work);
# and the whole pipeline's ratio. Run it with nothing else running: it is two end-to-end runs (deploy/bench/end-to-end.sh).
#
#   deploy/bench/scaling.sh N            e.g. deploy/bench/scaling.sh 443211   (0.25x of the study, ~10 min)
#   BENCH_WORK=/big/disk for the work directory; BENCH_KEEP=1 keeps it; COLLAB_ATLAS_HEAP as end-to-end.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:?usage: scaling.sh N}"
work="$(mktemp -d "${BENCH_WORK:-/tmp}/collab-atlas-scaling.XXXXXX")"
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
BENCH_KEEP=1 BENCH_DIR="$work/two" "$root/deploy/bench/end-to-end.sh" "$n" 'local[2]' >"$work/two.md"
BENCH_KEEP=1 BENCH_DIR="$work/one" taskset -c 0 "$root/deploy/bench/end-to-end.sh" "$n" 'local[1]' >"$work/one.md"
/usr/bin/python3 - "$work" "$n" <<'PY'
import datetime, glob, json, sys
work, n = sys.argv[1], int(sys.argv[2])
STAGES = ["ingest", "resolve", "classify", "graph", "centrality", "uncertainty", "report"]
def ts(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() * 1000
def load(run):
    out = {}
    for s in STAGES:
        d = json.load(open(f"{work}/{run}/out/runs/bench/{s}/_run.json"))
        out[s] = {"wall": d["wall_seconds"], "steps": d["steps_seconds"], "from": ts(d["started"]),
                  "to": ts(d["finished"]), "cpu": 0.0, "jvm": d.get("jvm", {})}
    for line in open(glob.glob(f"{work}/{run}/events/*")[0]):
        ev = json.loads(line)
        if ev.get("Event") == "SparkListenerTaskEnd":
            t = ev["Task Info"]["Finish Time"]
            for s in out.values():
                if s["from"] <= t <= s["to"] + 1000:
                    s["cpu"] += (ev.get("Task Metrics") or {}).get("Executor CPU Time", 0) / 1e9
                    break
    return out
one, two = load("one"), load("two")
def jvm(r):
    j = r["ingest"]["jvm"]
    thp = "huge pages" if "-XX:+UseTransparentHugePages" in j.get("flags", []) else "no huge pages"
    return f"{j.get('available_processors')} processors, {' + '.join(j.get('gc', []))}, {thp}"
print(f"### 1 core against 2, N = {n:,}, {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC")
print()
print(f"`deploy/bench/scaling.sh {n}`: two cores: `local[2]`, JVM {jvm(two)}; one core: `taskset -c 0`, `local[1]`, "
      f"JVM {jvm(one)}.")
if one["ingest"]["jvm"].get("gc") != two["ingest"]["jvm"].get("gc"):
    print()
    print("**The two runs used different collectors: their times do not compare.**")
print()
print("| stage / step | 1 core (s) | 2 cores (s) | 1 / 2 | task CPU 1 core (s) | task CPU 2 cores (s) |")
print("|---|---|---|---|---|---|")
t1 = t2 = 0.0
for s in STAGES:
    a, b = one[s], two[s]
    t1 += a["wall"]; t2 += b["wall"]
    print(f"| **{s}** | {a['wall']:.1f} | {b['wall']:.1f} | {a['wall'] / b['wall']:.2f}x | {a['cpu']:.1f} | {b['cpu']:.1f} |")
    for k, v in a["steps"].items():
        w = b["steps"].get(k)
        if w and max(v, w) >= 1.0:
            print(f"| {s}: {k} | {v:.1f} | {w:.1f} | {v / w:.2f}x | | |")
print(f"| **ingest .. report** | **{t1:.1f}** | **{t2:.1f}** | **{t1 / t2:.2f}x** | "
      f"{sum(x['cpu'] for x in one.values()):.1f} | {sum(x['cpu'] for x in two.values()):.1f} |")
PY
echo
echo "Each run's own table (end-to-end.sh):"
cat "$work/two.md" "$work/one.md"
