#!/bin/bash
# Measures start-up: runs a command that starts Orgwright with --exit-after-first-frame RUNS
# times under one Xvfb screen (after one warm-up run that is not counted), and prints each
# "first frame after N ms" with the wall-clock time of the whole run, then the medians.
#
#   packaging/measure-startup.sh [RUNS] COMMAND...
#   packaging/measure-startup.sh 9 java -jar target/orgwright.jar
#   packaging/measure-startup.sh 9 target/packaging/image/Orgwright/bin/Orgwright
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
"$@" --exit-after-first-frame >/dev/null 2>&1 || true   # warm-up: file caches, JavaFX's native cache
frames=(); walls=()
for i in $(seq "$runs"); do
  t0=$(date +%s%N)
  line=$("$@" --exit-after-first-frame 2>/dev/null | grep -o 'first frame after [0-9]* ms' || true)
  wall=$(( ($(date +%s%N) - t0) / 1000000 ))
  [[ -n $line ]] || { echo "run $i: no first frame reported" >&2; exit 1; }
  ms=${line//[^0-9]/}
  frames+=("$ms"); walls+=("$wall")
  echo "run $i: first frame after $ms ms, process ran $wall ms"
done
echo "median of $runs runs: first frame after $(printf '%s\n' "${frames[@]}" | median) ms," \
     "process ran $(printf '%s\n' "${walls[@]}" | median) ms"
INNER
xvfb-run -a -s '-screen 0 1600x1000x24' bash "$inner" "$runs" "$@"
