#!/usr/bin/env bash
# Checks the benchmark scripts without running a benchmark: every script parses (bash -n), and the Python helpers
# pass their tests, on a made-up run and, given one, on a real run's work directory (end-to-end.sh or scaling.sh
# with BENCH_KEEP=1, e.g. deploy/bench/end-to-end.sh 2000 'local[2]').
#
#   deploy/bench/lib/check.sh [WORK_DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"     # root, py, bench_lib
for script in "$root"/deploy/bench/*.sh "$bench_lib"/*.sh; do
  bash -n "$script"
done
"$py" "$bench_lib/test_runinfo.py" "$@"
