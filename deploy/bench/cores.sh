#!/usr/bin/env bash
# Do this machine's two cores scale, apart from the project's code? One process, then two at once, of: a CPU-bound
# Python loop (throughput ratio), a dependent random walk over 1 GiB (DRAM latency), and a dependent random walk
# over arrays of 8, 24 and 64 MB (below, near and above a 32 MiB last-level cache), and the cost of a page fault
# with 4 KiB and with huge pages, one thread and two threads of one process at once. Run it with nothing else
# running, or its figures mean nothing. Needs gcc and python3.
#   deploy/bench/cores.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/cores"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
gcc -O2 -o "$tmp/walk" "$here/walk.c"
gcc -O2 -pthread -o "$tmp/faults" "$here/faults.c"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in 1 2 3; do python3 "$here/cpu_loop.py"; done
"$tmp/walk" dram
for mb in 8 24 64; do "$tmp/walk" "$mb"; done
"$tmp/faults"
