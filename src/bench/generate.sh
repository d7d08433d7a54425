#!/usr/bin/env bash
# Generation benchmark: FIRMS firms (default 50,000) × the 100 indicators of
# src/bench/sets/bench-100.yaml, written as CSV and as xlsx by SyntheticFirms and read back by
# DataLoader, in a JVM with a fixed heap (default 1g). Prints time, file size and peak heap of each
# step and the JVM's peak RSS; the files stay in target/bench/. With "write" as third argument the
# files are only written, not read back (reading needs far more heap than writing).
#   src/bench/generate.sh [FIRMS] [HEAP] [write]     e.g. src/bench/generate.sh 50000 64m write
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
firms="${1:-50000}"
heap="${2:-1g}"
read=true
[[ "${3:-}" == write ]] && read=false
rm -f target/bench/generate.txt
./mvnw -q -B -Pbench test -Dbench.firms="$firms" -Dbench.xmx="$heap" -Dbench.read="$read" -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/generate.txt
