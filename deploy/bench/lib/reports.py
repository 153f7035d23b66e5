"""The tables and rows the benchmark scripts of deploy/bench print, from what their runs leave behind (read through
runinfo). One command per script, named after it; the shell script runs collab-atlas, times it and passes the
paths and figures here:

    reports.py end-to-end WORK N MASTER COMMAND_SECONDS LOAD HEAP PARTITIONS EPSILON
    reports.py scaling WORK N
    reports.py generate CORPUS_RUN_JSON N COMMAND_SECONDS BYTES LOAD GZIP
    reports.py graph-levels RUN_DIR LEVELS GRAPH_COMMAND_SECONDS CENTRALITY_COMMAND_SECONDS LOAD
    reports.py steps RUN_DIR STAGE...
    reports.py ingest-throughput INGEST_RUN_JSON COPIES
    reports.py ingest-steps INGEST_RUN_JSON
    reports.py uncertainty-bootstrap UNCERTAINTY_RUN_JSON LOAD_BEFORE LOAD_AFTER
    reports.py author-graph-counts GRAPH_RUN_JSON
    reports.py author-graph CENTRALITY_RUN_JSON EPSILON COMMAND_SECONDS
    reports.py sampled-betweenness EXACT_CSV SAMPLED_CSV RUN_JSON COMMAND_SECONDS EPSILON DELTA
    reports.py edge-metrics-times RUN_JSON COMMAND_SECONDS
    reports.py centrality-vs-reference OURS_JSON REFERENCE_JSON
    reports.py matched-rows MATCHES_CSV
    reports.py affiliation-matching N SINGLE_SECONDS RESOLVE_SECONDS CORES MATCHED RESOLVE_RUN_JSON Q1 Q2 OUT UPTIME

Standard library only; run with /usr/bin/python3.
"""

import csv
import json
import os
import sys

import runinfo
from runinfo import mib, read_json


def end_to_end(work, n, master, total, load, heap, parts, eps):
    """deploy/bench/end-to-end.sh: the Markdown section of one pipeline run and its accuracy."""
    n, total = int(n), float(total)
    run_dir = f"{work}/out/runs/bench"
    stages = runinfo.stages(run_dir, required=False)
    generated = runinfo.generated_corpus(f"{work}/out")
    if generated:
        stages.insert(0, generated)
    peak = runinfo.add_task_metrics(stages, runinfo.event_log(f"{work}/events"))
    acc = read_json(f"{work}/eval/accuracy.json")
    recorded = read_json(f"{run_dir}/ingest/_run.json").get("jvm") or {}
    if recorded:
        processors, gc, thp = runinfo.jvm(recorded)
        jvm_line = f"JVM sees {processors} processors, collectors {gc}, huge pages {'on' if thp else 'off'}"
    else:
        jvm_line = "JVM not recorded"
    cores, gib = runinfo.machine()
    out = []
    out.append(f"### N = {n:,}, {master}, {runinfo.utc_now():%Y-%m-%d %H:%M} UTC")
    out.append("")
    out.append(f"Machine: {cores} cores, {gib:.0f} GiB; "
               f"load average before the run {load}; driver heap {heap}; {jvm_line}; {parts} shuffle partitions; "
               f"betweenness epsilon {eps}. Command: `deploy/bench/end-to-end.sh {n} '{master}'` "
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
        out.append(f"| {s['name']} | {s['wall']:.1f} | {n / s['wall']:,.0f} | "
                   f"{records if records == '' else f'{records:,}'} | {mib(s['shuffle_written'])} | "
                   f"{mib(s['shuffle_read'])} | {mib(s['spilled'])} | {mib(s['heap']) if s['heap'] else '-'} |")
    out.append(f"| **pipeline (ingest..)** | **{pipeline:.1f}** | **{n / pipeline:,.0f}** | | | | | **{mib(peak)}** |")
    out.append("")
    line = (f"ER accuracy against the ground truth ({acc['truth_authorships']:,} authorships): country accuracy "
            f"{acc['country_accuracy']:.4f}, coverage {acc['country_coverage']:.4f}, precision "
            f"{acc['country_precision']:.4f}")
    if acc.get("institutions_evaluated") and "registry_institution_precision" in acc:
        line += (f"; registry institutions ({acc['registry_institution_rows']:,} rows) precision "
                 f"{acc['registry_institution_precision']:.4f}, recall {acc['registry_institution_recall']:.4f}; "
                 f"invented institutions ({acc['invented_institution_rows']:,} rows, "
                 f"{acc['invented_institutions_true']:,} true, {acc['invented_institutions_predicted']:,} predicted) "
                 f"B-cubed precision {acc['invented_institution_bcubed_precision']:.4f}, recall "
                 f"{acc['invented_institution_bcubed_recall']:.4f}, F1 {acc['invented_institution_bcubed_f1']:.4f}, "
                 f"pairwise precision {acc['invented_institution_pairwise_precision']:.4f}, recall "
                 f"{acc['invented_institution_pairwise_recall']:.4f}")
    elif acc.get("institutions_evaluated"):  # accuracy.json from before issue 21: precision over all rows
        line += (f"; institutions (all rows, old definition) precision {acc['institution_precision']:.4f}, "
                 f"recall {acc['institution_recall']:.4f}")
    else:
        line += "; institutions: not evaluated (authorships_resolved has no institution_ids yet)"
    out.append(line + ".")
    print("\n".join(out))


def scaling(work, n):
    """deploy/bench/scaling.sh: one core (WORK/one) against two (WORK/two), per stage and step."""
    n = int(n)

    def load(name):
        runs = runinfo.stages(f"{work}/{name}/out/runs/bench")
        runinfo.add_task_metrics(runs, runinfo.event_log(f"{work}/{name}/events"))
        return {s["name"]: s for s in runs}

    def describe(r):
        processors, gc, thp = runinfo.jvm(r["ingest"]["jvm"])
        return f"{processors} processors, {gc}, {'huge pages' if thp else 'no huge pages'}"

    one, two = load("one"), load("two")
    print(f"### 1 core against 2, N = {n:,}, {runinfo.utc_now():%Y-%m-%d %H:%M} UTC")
    print()
    print(f"`deploy/bench/scaling.sh {n}`: two cores: `local[2]`, JVM {describe(two)}; one core: `taskset -c 0`, "
          f"`local[1]`, JVM {describe(one)}.")
    if one["ingest"]["jvm"].get("gc") != two["ingest"]["jvm"].get("gc"):
        print()
        print("**The two runs used different collectors: their times do not compare.**")
    print()
    print("| stage / step | 1 core (s) | 2 cores (s) | 1 / 2 | task CPU 1 core (s) | task CPU 2 cores (s) |")
    print("|---|---|---|---|---|---|")
    t1 = t2 = 0.0
    for s in runinfo.STAGES:
        a, b = one[s], two[s]
        t1 += a["wall"]
        t2 += b["wall"]
        print(f"| **{s}** | {a['wall']:.1f} | {b['wall']:.1f} | {a['wall'] / b['wall']:.2f}x | {a['cpu']:.1f} | "
              f"{b['cpu']:.1f} |")
        for k, v in a["steps"].items():
            w = b["steps"].get(k)
            if w and max(v, w) >= 1.0:
                print(f"| {s}: {k} | {v:.1f} | {w:.1f} | {v / w:.2f}x | | |")
    print(f"| **ingest .. report** | **{t1:.1f}** | **{t2:.1f}** | **{t1 / t2:.2f}x** | "
          f"{sum(x['cpu'] for x in one.values()):.1f} | {sum(x['cpu'] for x in two.values()):.1f} |")


def generate(run_json, n, cmd, size, load, gz):
    """deploy/bench/generate.sh: one row."""
    d = read_json(run_json)
    n, cmd, size = int(n), float(cmd), int(size)
    gen = sum(v for k, v in d["steps_seconds"].items() if k.startswith("generate"))
    print(f"| {runinfo.utc_now():%Y-%m-%d %H:%M} | {os.cpu_count()} cores | {load} | {n:,} | {gz} | "
          f"{d.get('tasks')} | {cmd:.1f} | {gen:.1f} | {n / gen:,.0f} | {size / 1e9:.2f} GB |")


def graph_levels(run, levels, gcmd, ccmd, load):
    """deploy/bench/graph-levels.sh: one row."""
    gcmd, ccmd = float(gcmd), float(ccmd)
    g = read_json(f"{run}/graph/_run.json")
    c = read_json(f"{run}/centrality/_run.json")
    whole = ", ".join(f"{lv} {g['counts']['vertices'].get(lv + '/all', 0):,} v / "
                      f"{g['counts']['edges'].get(lv + '/all', 0):,} e" for lv in levels.split(","))
    print(f"| {runinfo.utc_now():%Y-%m-%d %H:%M} | {os.cpu_count()} cores, load {load} | {levels} | "
          f"{c['counts']['slices']} | {whole} | {g['wall_seconds']:.1f} | {c['wall_seconds']:.1f} | "
          f"{g['wall_seconds'] + c['wall_seconds']:.1f} | {gcmd + ccmd:.1f} |")


def steps(run, *stages):
    """Each named stage's steps with their wall times (graph-levels.sh with BENCH_STEPS=1)."""
    for stage in stages:
        d = read_json(f"{run}/{stage}/_run.json")
        for name, sec in d.get("steps_seconds", {}).items():
            print(f"  {stage}: {name}: {sec} s")


def ingest_throughput(run_json, copies):
    """deploy/bench/ingest-throughput.sh: one row."""
    d = read_json(run_json)
    c = d["counts"]
    wall = d["wall_seconds"]
    parse = sum(v for k, v in d["steps_seconds"].items() if k.startswith("parse"))
    print(f"| {os.cpu_count()} cores | x{copies} | {c['read']:,} | {c['accepted']:,} | {c['merged']:,} | "
          f"{parse:.1f} | {wall:.1f} | {c['read'] / wall:,.0f} |")


def ingest_steps(run_json):
    """The ingest stage's steps as a dict (ingest-throughput.sh with BENCH_VERBOSE)."""
    print(read_json(run_json)["steps_seconds"])


def uncertainty_bootstrap(run_json, load_before, load_after):
    """deploy/bench/uncertainty-bootstrap.sh: one row."""
    d = read_json(run_json)
    s = d["slices"]
    a = s["country/all"]
    boot = next(v for k, v in d["steps_seconds"].items() if k.startswith("bootstrap"))
    print(f"| {os.cpu_count()} cores, load {load_before} -> {load_after} | {d['replicates']} | {len(s)} | "
          f"{a['countries']} | {a['papers']:,} | {a['country_sets']:,} | {d['counts']['replicates_computed']:,} | "
          f"{boot:.1f} | {d['wall_seconds']:.1f} |")


def author_graph_counts(run_json):
    """deploy/bench/author-graph.sh: the author graph's vertices, edges, papers over the author cap, key kinds."""
    c = read_json(run_json)["counts"]
    print(c["vertices"], c["edges"], c.get("papers_over_author_cap"), c.get("author_keys_by_kind"))


def author_graph(run_json, eps, seconds):
    """deploy/bench/author-graph.sh: one row per epsilon."""
    s = read_json(run_json)["slices"]["author/all"]
    samples = f"{s['samples']:,}" if "samples" in s else "-"  # exact betweenness (a small graph) has no samples
    print(f"| {eps} | {s['vertices']:,} | {s['edges']:,} | {samples} | "
          f"{s['eigenvector']['seconds']:.1f} | {s['pagerank']['seconds']:.1f} | {s['betweenness']['seconds']:.1f} | "
          f"{float(seconds):.1f} |")


def sampled_betweenness(exact_csv, sampled_csv, run_json, seconds, eps, delta):
    """deploy/bench/sampled-betweenness.sh: one row, the largest error against exact betweenness."""
    with open(exact_csv, encoding="utf-8") as f:
        exact = {r["id"]: float(r["betweenness"]) for r in csv.DictReader(f)}
    with open(sampled_csv, encoding="utf-8") as f:
        sampled = {r["id"]: float(r["betweenness"]) for r in csv.DictReader(f)}
    run = read_json(run_json)
    worst = max(abs(exact[v] - sampled[v]) for v in exact)
    b = run["metrics"]["betweenness"]
    print(f"| {run['counts']['vertices']:,} | {run['counts']['edges']:,} | {eps} | {delta} | "
          f"{run['metrics'].get('vertex_diameter_bound', '-')} | {float(seconds):.1f} | {b['seconds']:.1f} | "
          f"{worst:.4f} | {'held' if worst <= float(eps) else 'VIOLATED'} |")


def edge_metrics_times(run_json, seconds):
    """centrality-vs-reference.sh: collab-atlas edge-metrics' times as JSON, for centrality-vs-reference."""
    d = read_json(run_json)
    m = d["metrics"]
    print(json.dumps({"wall": float(seconds), "betweenness": m["betweenness"]["seconds"],
                      "eigenvector": m["eigenvector"]["seconds"],
                      "eigen_iterations": m["eigenvector"]["iterations"], "edges": d["counts"]["edges"]}))


def centrality_vs_reference(ours_json, ref_json):
    """deploy/bench/centrality-vs-reference.sh: one row, ours against igraph and NetworkX."""
    o, r = read_json(ours_json), read_json(ref_json)

    def g(k, f):
        return format(r[k], f) if k in r else "-"

    ratio = f"{r['igraph_betweenness_seconds'] / o['wall']:.2f}x" if "igraph_betweenness_seconds" in r else "-"
    eig_ratio = (f"{r['networkx_eigenvector_seconds'] / o['eigenvector']:.0f}x"
                 if "networkx_eigenvector_seconds" in r and o["eigenvector"] > 0 else "-")
    print(f"| {r['vertices']:,} | {o['edges']:,} | {o['wall']:.1f} | {o['betweenness']:.1f} | "
          f"{g('igraph_betweenness_seconds', '.1f')} | {ratio} | {g('igraph_betweenness_max_diff', '.1e')} | "
          f"{o['eigenvector']:.3f} | {g('networkx_eigenvector_seconds', '.2f')} | {eig_ratio} | "
          f"{g('networkx_eigenvector_max_diff', '.1e')} | {g('igraph_eigenvector_seconds', '.2f')} |")


def matched_rows(matches_csv):
    """affiliation-matching.sh: rows of match-affiliations' output with a ROR id, and all rows."""
    with open(matches_csv, encoding="utf-8") as f:
        r = list(csv.DictReader(f))
    print(sum(1 for x in r if x["ror_ids"]), len(r))


def affiliation_matching(n, single, resolve, cores, matched, run_json, q1_txt, q2_txt, out_md, uptime,
                         matcher="rules"):
    """deploy/bench/affiliation-matching.sh: docs/benchmarks/affiliations.md, written to out_md and printed."""
    n, single, resolve, cores = int(n), float(single), float(resolve), int(cores)
    matched, total = map(int, matched.split())
    run = read_json(run_json)
    steps, c = run["steps_seconds"], run["counts"]
    with open(q1_txt, encoding="utf-8") as f:
        q1 = f.read()
    with open(q2_txt, encoding="utf-8") as f:
        q2 = f.read()
    md = f"""# Affiliation matching: measured quality and speed

Produced by `MATCHER={matcher} deploy/bench/affiliation-matching.sh {n}` (seed 42; decision `resolve.matcher =
{matcher}`) on a {cores}-core machine; load at the end:
`{uptime.strip()}`. Figures are wall-clock and include JVM start-up.

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
    with open(out_md, "w", encoding="utf-8") as f:
        f.write(md)
    print(md)


COMMANDS = {
    "end-to-end": end_to_end,
    "scaling": scaling,
    "generate": generate,
    "graph-levels": graph_levels,
    "steps": steps,
    "ingest-throughput": ingest_throughput,
    "ingest-steps": ingest_steps,
    "uncertainty-bootstrap": uncertainty_bootstrap,
    "author-graph-counts": author_graph_counts,
    "author-graph": author_graph,
    "sampled-betweenness": sampled_betweenness,
    "edge-metrics-times": edge_metrics_times,
    "centrality-vs-reference": centrality_vs_reference,
    "matched-rows": matched_rows,
    "affiliation-matching": affiliation_matching,
}


def main(argv):
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    COMMANDS[argv[0]](*argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
