#!/usr/bin/env bash
# One core against two: the whole pipeline on a generated corpus of N papers with local[2], then again with the
# JVM pinned to one core (taskset -c 0) and local[1], the same command and JVM flags otherwise (conf/jvm.args names
# the collector, so the pinned JVM does not fall back to the Serial collector it picks below two processors).
# Prints a Markdown table: per stage and step, wall time on one core and on two and their ratio; per stage, the
# tasks' CPU time summed over the event log on each (two cores that scale use the same CPU for the same work);
# and the whole pipeline's ratio. Run it with nothing else running: it is two end-to-end runs (deploy/bench/end-to-end.sh).
#
#   deploy/bench/scaling.sh N            e.g. deploy/bench/scaling.sh 443211   (0.25x of the study)
#   BENCH_WORK=/big/disk for the work directory; BENCH_KEEP=1 keeps it; COLLAB_ATLAS_HEAP as end-to-end.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"     # root, report, bench_work
n="${1:?usage: scaling.sh N}"
bench_work scaling
BENCH_KEEP=1 BENCH_DIR="$work/two" "$root/deploy/bench/end-to-end.sh" "$n" 'local[2]' >"$work/two.md"
BENCH_KEEP=1 BENCH_DIR="$work/one" taskset -c 0 "$root/deploy/bench/end-to-end.sh" "$n" 'local[1]' >"$work/one.md"
report scaling "$work" "$n"
echo
echo "Each run's own table (end-to-end.sh):"
cat "$work/two.md" "$work/one.md"
