#!/usr/bin/env bash
# Scorecard benchmark (issue 5): 1,000 synthetic firms of src/bench/sets/bench-100.yaml (seed
# 20261125), every firm's card as PDF and 150-dpi PNG plus one combined PDF; prints cards/s.
#   src/bench/scorecards.sh [CARDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rm -f target/bench/scorecards.txt
./mvnw -q -B -Pbench test -Dtest=ScorecardBench -Dbench.cards="${1:-1000}" -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/scorecards.txt
