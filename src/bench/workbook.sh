#!/usr/bin/env bash
# Workbook benchmark (issue 5): the full Excel workbook of 50,000 firms × the 100 indicators of
# src/bench/sets/bench-100.yaml (generated once with a fixed seed, kept in target/bench/, scored as
# src/bench/score.sh scores it) against, in the same JVM and alternating, fastexcel writing the
# same cells unstyled (at its default compression and at the workbook's) and POI's SXSSF writing
# them styled; prints the medians, the ratio to fastexcel (goal ≤ 1.5) and each one's peak heap.
#   src/bench/workbook.sh [FIRMS] [RUNS] [HEAP]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rm -f target/bench/workbook.txt
./mvnw -q -B -Pbench test -Dtest=WorkbookBench -Dbench.firms="${1:-50000}" -Dbench.runs="${2:-3}" \
  -Dbench.xmx="${3:-2g}" -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/workbook.txt
