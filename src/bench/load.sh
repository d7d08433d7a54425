#!/usr/bin/env bash
# Load benchmark (issue 3): 50,000 firms × the 100 indicators of src/bench/sets/bench-100.yaml,
# generated once with a fixed seed (kept in target/bench/), read as xlsx and as CSV by lexbench's
# full load and, in the same JVM and alternating, by the fastest streaming reader used directly
# (fastexcel-reader, FastCSV): the floor. Prints the medians, the ratio to the floor (goal ≤ 1.5)
# and the peak heap of the load, in a JVM capped at HEAP (default 1g: goal < 1 GiB).
#   src/bench/load.sh [FIRMS] [RUNS] [HEAP]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
firms="${1:-50000}"
runs="${2:-5}"
heap="${3:-1g}"
rm -f target/bench/load.txt
./mvnw -q -B -Pbench test -Dtest=LoadBench -Dbench.firms="$firms" -Dbench.runs="$runs" -Dbench.xmx="$heap" \
  -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/load.txt
