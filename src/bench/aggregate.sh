#!/usr/bin/env bash
# Aggregation benchmark: one node of FIRMS firms (default 50,000) × CHILDREN children (default 100),
# scores 1–100 with 5% missing, aggregated by every method (arithmetic, geometric, harmonic,
# TOPSIS vector and min-max, VIKOR) alternately after a warm-up. Prints the median time of each.
#   src/bench/aggregate.sh [FIRMS] [CHILDREN] [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
firms="${1:-50000}"
children="${2:-100}"
runs="${3:-21}"
rm -f target/bench/aggregate.txt
./mvnw -q -B -Pbench test -Dtest=AggregationBench -Dbench.firms="$firms" -Dbench.children="$children" \
  -Dbench.runs="$runs" -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/aggregate.txt
