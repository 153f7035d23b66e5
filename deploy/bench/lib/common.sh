# What the benchmark scripts of deploy/bench share (sourced, not run): the repository root, the collab-atlas
# command, the Python that prints their tables (lib/reports.py, reading runs through lib/runinfo.py), wall-clock
# timing, the load average and their work folders.

bench_lib="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_lib/../../.." && pwd)"
cli="$root/deploy/bin/collab-atlas"
py=/usr/bin/python3

# The time now, in seconds with nanoseconds, for seconds_between.
now() { date +%s.%N; }

# seconds_between T0 T1: the seconds from T0 to T1 (both from now).
seconds_between() { echo "$2 - $1" | bc; }

# The one-minute load average (the first figure of /proc/loadavg).
load1() { cut -d' ' -f1 /proc/loadavg; }

# report COMMAND ARGS...: a table or row of lib/reports.py (its docstring lists the commands).
report() { "$py" "$bench_lib/reports.py" "$@"; }

# scratch_work: sets work to a fresh folder under $TMPDIR (default /tmp), removed when the script exits.
scratch_work() {
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
}

# bench_work NAME: sets work to a fresh folder collab-atlas-NAME.* under $BENCH_WORK (default /tmp: a benchmark at
# scale needs a large disk), removed when the script exits unless BENCH_KEEP is set.
bench_work() {
  work="$(mktemp -d "${BENCH_WORK:-/tmp}/collab-atlas-$1.XXXXXX")"
  if [ -z "${BENCH_KEEP:-}" ]; then
    trap 'rm -rf "$work"' EXIT
  fi
}

# link_stages OUTPUT_DIR RUN_ID DEST_RUN_DIR: links (does not copy) the run's ingest, resolve and classify stages
# into DEST_RUN_DIR, so later stages can be run and timed alone on them.
link_stages() {
  mkdir -p "$3"
  local stage
  for stage in ingest resolve classify; do
    if [ -d "$1/runs/$2/$stage" ]; then
      ln -s "$1/runs/$2/$stage" "$3/$stage"
    fi
  done
}
