#!/usr/bin/env bash
# Chart benchmark (issue 5 §2): one radar chart per synthetic firm (cn-first-class-7, seed 20261125),
# drawn only, as PNG, as SVG with text as outlines and as SVG with <text>; prints ms per chart.
#   src/bench/charts.sh [CHARTS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rm -f target/bench/charts.txt
./mvnw -q -B -Pbench test -Dtest=ChartBench -Dbench.charts="${1:-1000}" -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/charts.txt
