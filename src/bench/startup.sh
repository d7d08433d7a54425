#!/usr/bin/env bash
# Start-up benchmark: what each launcher technique buys, and the two start-up goals
# (`./lexbench version` <= 0.6 s, interactive prompt <= 1 s). Median of N runs (default 7) after
# one warm-up; wall time from bash's `time`, peak memory from GNU time when installed.
#   src/bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs="${1:-7}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./lexbench version >/dev/null            # builds target/app and its class-data-sharing archive
app=target/app
# the launcher's own flags: the archive is only used by a JVM started with the options it was recorded with
quiet=(-Dlexbench.stdin.tty=false -Dlexbench.columns=0 -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8
       -Dsun.stderr.encoding=UTF-8 -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED)
cds=(-XX:SharedArchiveFile="$app/lexbench.jsa" -Xshare:auto)
[[ -f "$app/lexbench.aot" ]] && cds=(-XX:AOTCache="$app/lexbench.aot")
c1=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

measure() {   # label, command…
  local label="$1"; shift
  "$@" >/dev/null 2>&1 || true
  local times=() mem=""
  for _ in $(seq "$runs"); do
    local t
    t="$( { TIMEFORMAT=%R; time "$@" >/dev/null 2>&1; } 2>&1 )"
    times+=("$t")
  done
  if [[ -x /usr/bin/time ]]; then
    mem="$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1)"
    mem="$((mem / 1024)) MB"
  fi
  printf '%-58s %8s s %10s\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "$mem"
}

printf '%-58s %10s %10s\n' "configuration (JDK $("$java" -version 2>&1 | head -n1 | cut -d'"' -f2), $runs runs)" "median" "peak RSS"
measure "fat jar"                                        "$java" "${quiet[@]}" -jar target/lexbench.jar version
measure "extracted jar"                                  "$java" "${quiet[@]}" -jar "$app/lexbench.jar" version
measure "extracted + CDS archive"                        "$java" "${quiet[@]}" "${cds[@]}" -jar "$app/lexbench.jar" version
measure "extracted + CDS + C1 only + serial GC"          "$java" "${quiet[@]}" "${cds[@]}" "${c1[@]}" -jar "$app/lexbench.jar" version
measure "  same, beans created eagerly (no lazy init)"   "$java" "${quiet[@]}" "${cds[@]}" "${c1[@]}" -Dspring.main.lazy-initialization=false -jar "$app/lexbench.jar" version
measure "./lexbench version (launcher checks included)"  ./lexbench version
measure "./lexbench sets"                                ./lexbench sets

if command -v tmux >/dev/null 2>&1; then
  session="lexbench-bench-$$"
  tmux new-session -d -s "$session" -x 120 -y 30
  trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
  times=()
  for i in $(seq "$((runs + 1))"); do
    start=$(date +%s%N)
    tmux new-window -t "$session" -n "p$i" "cd '$PWD' && ./lexbench"
    until tmux capture-pane -p -t "$session:p$i" 2>/dev/null | grep -q 'lexbench>'; do sleep 0.005; done
    end=$(date +%s%N)
    tmux send-keys -t "$session:p$i" quit Enter
    sleep 0.3
    (( i > 1 )) && times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b - a) / 1e9}')")
  done
  printf '%-58s %8s s\n' "interactive prompt on screen (tmux)" "$(printf '%s\n' "${times[@]}" | median)"
else
  echo "interactive prompt: tmux not installed, not measured"
fi
