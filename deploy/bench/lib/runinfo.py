"""What a collab-atlas run leaves behind, read for the benchmark scripts of deploy/bench.

A run directory (<output.dir>/runs/<run-id>) holds one summary per stage, <stage>/_run.json: wall_seconds, the
stage's window (started, finished: ISO-8601 UTC), steps_seconds, counts, and the driver JVM (jvm: processors,
collectors, flags). A generated corpus has the same summary (<output.dir>/generated-corpus/_run.json). The Spark
event log (spark.eventLog.enabled; deploy/bench/end-to-end.sh turns it on) has one JSON event a line; its tasks are
given to the stage whose window holds their finish time, which is how per-stage shuffle, spill, heap and task CPU
are counted.

Standard library only; run with /usr/bin/python3. As a command, for a look at a run:

    runinfo.py stages RUN_DIR [EVENTS_DIR]    per stage: wall seconds; with the event log, its tasks' metrics
    runinfo.py steps RUN_DIR                   per stage and step: wall seconds
    runinfo.py jvm RUN_DIR                     the driver JVM of the first stage that recorded one
"""

import datetime
import glob
import json
import os
import sys

# The pipeline's stages, in order.
STAGES = ("ingest", "resolve", "classify", "graph", "centrality", "uncertainty", "report")

# A task that finishes up to this long after its stage's recorded end is still the stage's: the stage's summary
# is written when its last job returns, a little before the event log records the last task's end.
WINDOW_SLACK_MS = 1000


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def ts(iso):
    """Milliseconds since the epoch of an ISO-8601 time such as 2026-12-05T07:04:11.123Z (the event log's unit)."""
    return datetime.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp() * 1000


def stage(path, name):
    """One stage's summary, with zeroed task metrics for add_task_metrics to fill in."""
    d = read_json(path)
    return {"name": name, "wall": d["wall_seconds"], "steps": d.get("steps_seconds", {}),
            "from": ts(d["started"]), "to": ts(d["finished"]), "counts": d.get("counts", {}),
            "jvm": d.get("jvm") or {}, "summary": d,
            "shuffle_written": 0, "shuffle_read": 0, "spilled": 0, "heap": 0, "cpu": 0.0}


def stages(run_dir, names=STAGES, required=True):
    """The summaries of a run's stages, in pipeline order. A stage with no _run.json is an error when required,
    else left out."""
    out = []
    for name in names:
        path = os.path.join(run_dir, name, "_run.json")
        if required or os.path.exists(path):
            out.append(stage(path, name))
    return out


def generated_corpus(output_dir):
    """The summary of the corpus that `pipeline` generated under output_dir, as a stage named generate, or None."""
    path = os.path.join(output_dir, "generated-corpus", "_run.json")
    return stage(path, "generate") if os.path.exists(path) else None


def event_log(events_dir):
    """The event log file in events_dir (a benchmark runs one application, so one file), or None."""
    logs = sorted(glob.glob(os.path.join(events_dir, "*")))
    return logs[0] if logs else None


def events(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def add_task_metrics(runs, log):
    """Adds each finished task's shuffle bytes written and read, bytes spilled to disk, executor CPU seconds and
    JVM heap (the largest seen) to the first of runs whose window [from, to + slack] holds the task's finish time.
    Returns the peak JVM heap over the whole log (tasks and stage executor metrics); 0 without a log."""
    peak = 0
    if log is None:
        return peak
    for ev in events(log):
        kind = ev.get("Event")
        if kind == "SparkListenerTaskEnd":
            t = ev["Task Info"]["Finish Time"]
            m = ev.get("Task Metrics") or {}
            heap = (ev.get("Task Executor Metrics") or {}).get("JVMHeapMemory", 0)
            for s in runs:
                if s["from"] <= t <= s["to"] + WINDOW_SLACK_MS:
                    s["shuffle_written"] += m.get("Shuffle Write Metrics", {}).get("Shuffle Bytes Written", 0)
                    r = m.get("Shuffle Read Metrics", {})
                    s["shuffle_read"] += r.get("Remote Bytes Read", 0) + r.get("Local Bytes Read", 0)
                    s["spilled"] += m.get("Disk Bytes Spilled", 0)
                    s["cpu"] += m.get("Executor CPU Time", 0) / 1e9
                    s["heap"] = max(s["heap"], heap)
                    break
            peak = max(peak, heap)
        elif kind == "SparkListenerStageExecutorMetrics":
            peak = max(peak, (ev.get("Executor Metrics") or {}).get("JVMHeapMemory", 0))
    return peak


def jvm(summary_jvm):
    """(processors, collectors joined by ' + ', huge pages on) of a stage's recorded driver JVM."""
    return (summary_jvm.get("available_processors"), " + ".join(summary_jvm.get("gc", [])),
            "-XX:+UseTransparentHugePages" in summary_jvm.get("flags", []))


def machine():
    """(cores, GiB of RAM) of this machine."""
    return os.cpu_count(), os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30


def mib(b):
    return f"{b / 2**20:,.0f} MiB"


def utc_now():
    """Now in UTC, naive (as the benchmark tables print it)."""
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def main(argv):
    if len(argv) >= 2 and argv[0] == "stages":
        runs = stages(argv[1], required=False)
        peak = add_task_metrics(runs, event_log(argv[2])) if len(argv) > 2 else None
        for s in runs:
            line = f"{s['name']}: wall {s['wall']:.1f} s"
            if peak is not None:
                line += (f", task CPU {s['cpu']:.1f} s, shuffle written {mib(s['shuffle_written'])}, read "
                         f"{mib(s['shuffle_read'])}, spilled {mib(s['spilled'])}, peak heap {mib(s['heap'])}")
            print(line)
        if peak is not None:
            print(f"peak JVM heap: {mib(peak)}")
    elif len(argv) == 2 and argv[0] == "steps":
        for s in stages(argv[1], required=False):
            for name, sec in s["steps"].items():
                print(f"{s['name']}: {name}: {sec} s")
    elif len(argv) == 2 and argv[0] == "jvm":
        recorded = [s["jvm"] for s in stages(argv[1], required=False) if s["jvm"]]
        if not recorded:
            print("JVM not recorded")
        else:
            processors, gc, thp = jvm(recorded[0])
            print(f"{processors} processors, {gc}, huge pages {'on' if thp else 'off'}")
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
