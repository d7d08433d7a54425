#!/usr/bin/env bash
# Export benchmark (issue 5 §4): 50,000 firms × the 100 indicators of src/bench/sets/bench-100.yaml
# (the load benchmark's data, generated once with a fixed seed, kept in target/bench/), scored as
# src/bench/score.sh scores them, then exported wide as CSV, xlsx and JSON, tidy as CSV and wide
# pseudonymised; prints the median seconds of RUNS runs, rows and file size of each (files in
# target/bench/export/).
#   src/bench/export.sh [FIRMS] [RUNS] [HEAP]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rm -f target/bench/export.txt
./mvnw -q -B -Pbench test -Dtest=ExportBench -Dbench.firms="${1:-50000}" -Dbench.runs="${2:-3}" -Dbench.xmx="${3:-1g}" \
  -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/export.txt
