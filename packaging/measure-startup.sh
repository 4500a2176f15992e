#!/bin/bash
# Measures start-up: runs each command (one argument each, a command line that starts Orgwright)
# with --exit-after-first-frame RUNS times under one Xvfb screen, the commands taking turns so
# that a change in the machine's load hits them alike. One warm-up run of each is not counted.
# Prints per run "first frame after N ms" (counted by the program from the JVM's start), the
# wall-clock time of the whole process and its CPU time (user + system), then the medians.
#
#   packaging/measure-startup.sh [RUNS] COMMAND...
#   packaging/measure-startup.sh 9 'java -jar target/orgwright.jar' \
#                                  target/packaging/image/Orgwright/bin/Orgwright
#
# Needs xvfb-run (Debian: xvfb) and GTK 3 (libgtk-3-0).
set -euo pipefail
runs=9
if [[ ${1:-} =~ ^[0-9]+$ ]]; then runs=$1; shift; fi
[[ $# -gt 0 ]] || { echo "usage: $0 [RUNS] COMMAND..." >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb libgtk-3-0" >&2; exit 2; }

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'INNER'
runs=$1; shift
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A frames walls cpus
for c in "$@"; do bash -c "$c --exit-after-first-frame" >/dev/null 2>&1 || true; done   # warm-up
for i in $(seq "$runs"); do
  for c in "$@"; do
    out=$(mktemp)
    TIMEFORMAT='%3U %3S'
    t0=$(date +%s%N)
    { time bash -c "$c --exit-after-first-frame" >"$out" 2>/dev/null; } 2>"$out.cpu"
    wall=$(( ($(date +%s%N) - t0) / 1000000 ))
    ms=$(grep -o 'first frame after [0-9]* ms' "$out" | tr -dc 0-9 || true)
    cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$out.cpu")
    rm -f "$out" "$out.cpu"
    [[ -n $ms ]] || { echo "$c: no first frame reported" >&2; exit 1; }
    frames[$c]+="$ms "; walls[$c]+="$wall "; cpus[$c]+="$cpu "
    echo "run $i: $c: first frame after $ms ms; process: $wall ms wall, $cpu ms CPU"
  done
done
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
for c in "$@"; do
  echo "median of $runs: $c: first frame after $(tr ' ' '\n' <<<"${frames[$c]}" | grep . | median) ms;" \
       "process $(tr ' ' '\n' <<<"${walls[$c]}" | grep . | median) ms wall," \
       "$(tr ' ' '\n' <<<"${cpus[$c]}" | grep . | median) ms CPU"
done
INNER
xvfb-run -a -s '-screen 0 1600x1000x24' bash "$inner" "$runs" "$@"
