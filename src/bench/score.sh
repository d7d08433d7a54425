#!/usr/bin/env bash
# Scoring benchmark (issue 4): 50,000 firms × the 100 indicators of src/bench/sets/bench-100.yaml
# (generated once with a fixed seed, kept in target/bench/), scored through every step with
# winsorising and entropy weights; prints the median of the runs (goal ≤ 1 s) and the heap used.
#   src/bench/score.sh [FIRMS] [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rm -f target/bench/score.txt
./mvnw -q -B -Pbench test -Dtest=ScoreBench -Dbench.firms="${1:-50000}" -Dbench.runs="${2:-7}" \
  -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/score.txt
