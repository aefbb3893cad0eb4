#!/usr/bin/env bash
# Our Monte Carlo against the NumPy peer (../shared/bench/mc_numpy.py) on the peer's own model, on one core, in
# interleaved rounds (ours, the peer's, ours, ...): the machine is shared and absolute times drift. Each side is
# timed from outside as a whole process, start included (user + system CPU: every thread, JIT, GC, Python's import
# of NumPy), and prints its mean credit, which must agree within sampling error.
#
#   ./mvnw -B -Pbench -DskipTests package && scripts/bench-simulate.sh [ROUNDS] [MONTHS]
#
# The peer needs python3-numpy (Debian's package: apt-get install python3-numpy).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
months=${2:-10000000}
peer=../shared/bench/mc_numpy.py
[ -f target/benchmarks.jar ] || { echo "no target/benchmarks.jar: run ./mvnw -B -Pbench -DskipTests package" >&2; exit 2; }
python3 -c 'import numpy' 2>/dev/null || { echo "no NumPy: apt-get install python3-numpy" >&2; exit 2; }
log=$(mktemp)
archive=$(mktemp -u --suffix .jsa)
trap 'rm -f "$log" "$archive"' EXIT
# The JVM as the launcher runs a command (bin/sla-studio, installer/image.args): C1 alone, one compiler thread, and
# a class-data archive, made here once and untimed by a short run, as the build makes the app's. On one core the
# JVM picks the serial collector anyway.
jvm=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1)
java "${jvm[@]}" -XX:ArchiveClassesAtExit="$archive" -cp target/benchmarks.jar org.slastudio.simulation.PeerModelRun 120000 \
    >/dev/null 2>&1
[ -s "$archive" ] && jvm+=(-XX:SharedArchiveFile="$archive") || echo "no class-data archive made: timing without one" >&2

# Prints "CPU-seconds wall-seconds", and keeps the command's own line (with its mean credit) in $log.
timed() {
    /usr/bin/time -f "%U %S %e" -o "$log.time" taskset -c 0 "$@" >> "$log"
    awk '{printf "%.3f %.3f", $1 + $2, $3}' "$log.time"
}

declare -a ours theirs
for ((i = 0; i < rounds; i++)); do
    ours+=("$(timed java "${jvm[@]}" -cp target/benchmarks.jar org.slastudio.simulation.PeerModelRun "$months")")
    theirs+=("$(timed env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 python3 "$peer" "$months")")
done
rm -f "$log.time"

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
cpu() { for r in "$@"; do echo "${r%% *}"; done; }
ourCpu=$(median $(cpu "${ours[@]}"))
theirCpu=$(median $(cpu "${theirs[@]}"))
echo "$months service-months on one core, $rounds interleaved rounds; whole-process CPU seconds (user + system), median"
echo "  SLA Studio (PeerModelRun):  $ourCpu s  = $(echo "scale=2; $months / $ourCpu / 1000000" | bc) M service-months per CPU-second   [$(cpu "${ours[@]}" | tr '\n' ' ')]"
echo "  NumPy peer (mc_numpy.py):   $theirCpu s  = $(echo "scale=2; $months / $theirCpu / 1000000" | bc) M service-months per CPU-second   [$(cpu "${theirs[@]}" | tr '\n' ' ')]"
echo "  ratio, ours to the peer's:  $(echo "scale=2; $theirCpu / $ourCpu" | bc)x"
echo "Mean credit, each run (the same seed each time, so each side repeats itself):"
sed -E 's/^(java|numpy):.*(mean credit [0-9.]+%( \(standard error [0-9.]+\))?).*/  \1 \2/' "$log" | sort | uniq -c
