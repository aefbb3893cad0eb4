#!/usr/bin/env bash
# Times the report command end to end, JVM start included, on a year of the example grown to 50 services (every one
# measured by time) with 500,000 outage records, as ReportBenchmark writes them; and credit --from --to on the same
# input, for comparison. The machine is shared and absolute times drift, so each round runs both in turn.
#
#   ./mvnw -B -Pbench -DskipTests package && scripts/bench-report.sh [ROUNDS] [SERVICES] [ROWS]
#
# Commands run through bin/sla-studio, as the installed launcher runs them: with the class-data archive and the JVM
# options of installer/image.args.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
services=${2:-50}
rows=${3:-500000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
launcher=bin/sla-studio
# The JVM drops an archive that does not match the jar (its path, size or modification time) without a word, and
# every command then takes about twice as long: ask it to refuse one instead, once, before timing.
if [[ ! target/sla-studio.jsa -nt target/sla-studio.jar ]]; then
    echo "no class-data archive beside the jar: timing without it" >&2
elif ! java -Xshare:on -XX:SharedArchiveFile=target/sla-studio.jsa -jar target/sla-studio.jar --version >/dev/null 2>&1; then
    echo "target/sla-studio.jsa does not match target/sla-studio.jar (copied or touched since it was made):" \
        "timing without it; make both again with ./mvnw -B package" >&2
fi
java -cp target/benchmarks.jar org.slastudio.export.bench.ReportBenchmark "$work/grown.sla.json" "$work/outages.csv" \
    "$services" "$rows"

seconds() { # the wall-clock seconds a command takes
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    printf "%.3f" "$(echo "scale=3; ($end - $start) / 1000000000" | bc)"
}

declare -a report credit
for ((i = 0; i < rounds; i++)); do
    report+=("$(seconds "$launcher" report "$work/grown.sla.json" --from 2026-01 --to 2026-12 \
        --outages "$work/outages.csv" --as-of 2027-01-20 -o "$work/report.pdf")")
    credit+=("$(seconds "$launcher" credit "$work/grown.sla.json" --from 2026-01 --to 2026-12 \
        --outages "$work/outages.csv" --as-of 2027-01-20 --format csv)")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "$services services x 12 months, $rows outage rows, $rounds interleaved rounds, median wall-clock seconds"
echo "  (bin/sla-studio; load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  report (PDF):              $(median "${report[@]}")   [${report[*]}]"
echo "  credit --from --to (csv):  $(median "${credit[@]}")   [${credit[*]}]"
