"""Tests of runinfo.py and reports.py on a tiny made-up run (two stages, an event log of four tasks), and, given the
work directory of deploy/bench/end-to-end.sh (run with BENCH_KEEP=1) or of scaling.sh, on that real run too.

    /usr/bin/python3 deploy/bench/lib/test_runinfo.py [WORK_DIR]      (deploy/bench/lib/check.sh runs it)

Not part of the Maven build: the benchmark scripts are not part of the product.
"""

import contextlib
import io
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reports  # noqa: E402
import runinfo  # noqa: E402

if __name__ == "__main__" and len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
    os.environ["RUNINFO_WORK"] = sys.argv.pop(1)  # before the skip decision below

def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f)


def summary(started, finished, wall, **more):
    d = {"started": started, "finished": finished, "wall_seconds": wall, "steps_seconds": {"a step": wall - 1.0},
         "counts": {}, "jvm": {"available_processors": 2, "gc": ["G1 Young Generation", "G1 Old Generation"],
                               "flags": ["-XX:+UseG1GC", "-XX:+UseTransparentHugePages"]}}
    d.update(more)
    return d


def task_end(finish_ms, written=0, read=0, spilled=0, cpu_ns=0, heap=0):
    return {"Event": "SparkListenerTaskEnd", "Task Info": {"Finish Time": finish_ms},
            "Task Metrics": {"Shuffle Write Metrics": {"Shuffle Bytes Written": written},
                             "Shuffle Read Metrics": {"Remote Bytes Read": read, "Local Bytes Read": read},
                             "Disk Bytes Spilled": spilled, "Executor CPU Time": cpu_ns},
            "Task Executor Metrics": {"JVMHeapMemory": heap}}


T0 = runinfo.ts("2026-12-05T07:00:00Z")  # ingest 07:00:00-07:00:10, resolve 07:00:10-07:00:30


class MadeUpRun(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.work = self.tmp.name
        self.run_dir = os.path.join(self.work, "out", "runs", "bench")
        write_json(f"{self.run_dir}/ingest/_run.json",
                   summary("2026-12-05T07:00:00Z", "2026-12-05T07:00:10Z", 10.0, counts={"read": 1234}))
        write_json(f"{self.run_dir}/resolve/_run.json",
                   summary("2026-12-05T07:00:10.500Z", "2026-12-05T07:00:30Z", 19.5))
        os.makedirs(f"{self.work}/events")
        with open(f"{self.work}/events/app-1", "w", encoding="utf-8") as f:
            for ev in [{"Event": "SparkListenerApplicationStart"},
                       task_end(T0 + 5_000, written=2**20, read=2**19, cpu_ns=2_000_000_000, heap=100),
                       # 0.8 s after ingest's end, inside its 1 s slack: still ingest's (the first window wins)
                       task_end(T0 + 10_800, written=2**20, spilled=5, cpu_ns=500_000_000, heap=300),
                       task_end(T0 + 20_000, read=2**20, cpu_ns=1_000_000_000, heap=200),
                       task_end(T0 + 99_000, heap=50),  # after every window: no stage's, but the peak's
                       {"Event": "SparkListenerStageExecutorMetrics", "Executor Metrics": {"JVMHeapMemory": 400}}]:
                f.write(json.dumps(ev) + "\n")

    def tearDown(self):
        self.tmp.cleanup()

    def test_ts_is_milliseconds_since_the_epoch(self):
        self.assertEqual(runinfo.ts("1970-01-01T00:00:01.5Z"), 1500.0)
        self.assertEqual(runinfo.ts("1970-01-01T01:00:00+01:00"), 0.0)

    def test_stages_in_order_and_only_those_present(self):
        self.assertEqual([s["name"] for s in runinfo.stages(self.run_dir, required=False)], ["ingest", "resolve"])
        with self.assertRaises(FileNotFoundError):
            runinfo.stages(self.run_dir)
        self.assertIsNone(runinfo.generated_corpus(f"{self.work}/out"))

    def test_tasks_go_to_the_stage_whose_window_holds_their_end(self):
        runs = runinfo.stages(self.run_dir, required=False)
        peak = runinfo.add_task_metrics(runs, runinfo.event_log(f"{self.work}/events"))
        ingest, resolve = runs
        self.assertEqual(peak, 400)
        self.assertEqual((ingest["shuffle_written"], ingest["shuffle_read"], ingest["spilled"]), (2**21, 2**20, 5))
        self.assertAlmostEqual(ingest["cpu"], 2.5)
        self.assertEqual(ingest["heap"], 300)
        self.assertEqual((resolve["shuffle_written"], resolve["shuffle_read"], resolve["heap"]), (0, 2**21, 200))
        self.assertAlmostEqual(resolve["cpu"], 1.0)

    def test_no_event_log(self):
        self.assertIsNone(runinfo.event_log(f"{self.work}/no-events"))
        self.assertEqual(runinfo.add_task_metrics([], None), 0)

    def test_jvm(self):
        facts = runinfo.jvm(runinfo.stages(self.run_dir, required=False)[0]["jvm"])
        self.assertEqual(facts, (2, "G1 Young Generation + G1 Old Generation", True))
        self.assertEqual(runinfo.jvm({}), (None, "", False))

    def test_end_to_end_section(self):
        write_json(f"{self.work}/eval/accuracy.json",
                   {"truth_authorships": 5000, "country_accuracy": 0.99951, "country_coverage": 0.9996,
                    "country_precision": 0.99991, "institutions_evaluated": False})
        out = capture(reports.end_to_end, self.work, "1000", "local[2]", "42.4", "0.5", "4g", "8", "0.05")
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith("### N = 1,000, local[2], "), lines[0])
        self.assertIn("load average before the run 0.5; driver heap 4g; JVM sees 2 processors, collectors "
                      "G1 Young Generation + G1 Old Generation, huge pages on; 8 shuffle partitions; betweenness "
                      "epsilon 0.05. Command: `deploy/bench/end-to-end.sh 1000 'local[2]'` (whole command 42 s", lines[2])
        self.assertIn("| ingest | 10.0 | 100 | 1,234 | 2 MiB | 1 MiB | 0 MiB | 0 MiB |", lines)
        self.assertIn("| resolve | 19.5 | 51 |  | 0 MiB | 2 MiB | 0 MiB | 0 MiB |", lines)
        self.assertIn("| **pipeline (ingest..)** | **29.5** | **34** | | | | | **0 MiB** |", lines)
        self.assertEqual(lines[-1], "ER accuracy against the ground truth (5,000 authorships): country accuracy 0.9995, "
                         "coverage 0.9996, precision 0.9999; institutions: not evaluated (authorships_resolved has "
                         "no institution_ids yet).")

    def test_rows_of_one_summary(self):
        write_json(f"{self.work}/u.json", {"slices": {"country/all": {"countries": 70, "papers": 2000,
                                                                      "country_sets": 300}, "country/2020": {}},
                                           "steps_seconds": {"signatures": 1.0, "bootstrap 100 replicates": 2.54},
                                           "replicates": 100, "counts": {"replicates_computed": 1600},
                                           "wall_seconds": 6.61})
        out = capture(reports.uncertainty_bootstrap, f"{self.work}/u.json", "1.5", "2.5")
        self.assertTrue(out.rstrip().endswith("| 100 | 2 | 70 | 2,000 | 300 | 1,600 | 2.5 | 6.6 |"), out)


@unittest.skipUnless(os.environ.get("RUNINFO_WORK"), "no real work directory given")
class RealRun(unittest.TestCase):
    """The helpers on a real end-to-end.sh work directory (or on each half of a scaling.sh one)."""

    def work_dirs(self):
        work = os.environ["RUNINFO_WORK"]
        halves = [os.path.join(work, h) for h in ("two", "one") if os.path.isdir(os.path.join(work, h))]
        return halves or [work]

    def test_every_stage_is_read_and_its_tasks_counted(self):
        for work in self.work_dirs():
            runs = runinfo.stages(f"{work}/out/runs/bench")
            self.assertEqual([s["name"] for s in runs], list(runinfo.STAGES))
            log = runinfo.event_log(f"{work}/events")
            self.assertIsNotNone(log, "end-to-end.sh turns the event log on")
            peak = runinfo.add_task_metrics(runs, log)
            self.assertGreater(peak, 0)
            self.assertGreater(sum(s["cpu"] for s in runs), 0)
            for s in runs:
                self.assertLessEqual(s["from"], s["to"], s["name"])
                self.assertGreater(s["wall"], 0, s["name"])
            self.assertTrue(runinfo.jvm(runs[0]["jvm"])[0], "the driver JVM is recorded")

    def test_reports_of_the_run(self):
        for work in self.work_dirs():
            run_dir = f"{work}/out/runs/bench"
            out = capture(reports.end_to_end, work, "2000", "local[2]", "1.0", "0.0", "4g", "8", "0.05")
            self.assertIn("| **pipeline (ingest..)** |", out)
            for stage in runinfo.STAGES:
                self.assertIn(f"| {stage} |", out)
            self.assertIn(f"| {os.cpu_count()} cores | x1 |",
                          capture(reports.ingest_throughput, f"{run_dir}/ingest/_run.json", "1"))
            self.assertIn("country,institution", capture(reports.graph_levels, run_dir, "country,institution", "1",
                                                         "1", "0.0"))
            self.assertIn("graph: ", capture(reports.steps, run_dir, "graph", "centrality"))
            self.assertIn("| 0.05 |", capture(reports.author_graph, f"{run_dir}/centrality/_run.json", "0.05", "1"))
            corpus = f"{work}/out/generated-corpus/_run.json"
            self.assertIn("| plain |", capture(reports.generate, corpus, "2000", "1", "1", "0.0", "plain"))
        if os.path.isdir(os.path.join(os.environ["RUNINFO_WORK"], "one")):
            out = capture(reports.scaling, os.environ["RUNINFO_WORK"], "2000")
            self.assertIn("| **ingest .. report** |", out)


def capture(fn, *args):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        fn(*args)
    return buf.getvalue()


if __name__ == "__main__":
    unittest.main()
