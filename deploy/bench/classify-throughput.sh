#!/usr/bin/env bash
# Throughput of the keyword classifier (the pure code the classify stage runs per paper) on one thread: the real
# records of ../shared/data with the shipped taxonomy, repeated to 2 million papers, three rounds.
#
#   deploy/bench/classify-throughput.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ -d "$root/../shared/data" ] || { echo "no $root/../shared/data: the benchmark needs the shared real data" >&2; exit 1; }
cd "$root"
mvn -q -o -pl common test-compile
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -q -o -pl common dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
java -Xmx2g -Dcollabatlas.root="$root" -cp "common/target/test-classes:common/target/classes:$(cat "$cp")" \
  org.collabatlas.common.classify.KeywordClassifierBenchmark
