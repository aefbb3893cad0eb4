#!/usr/bin/env bash
# Times a year of records for 50 services (500,000 outage rows) through the term history (credit --from --to) and,
# where the command is there, the service report, end to end with the installed launcher's JVM options, in
# interleaved rounds.
#
#   ./mvnw -B -Pbench -DskipTests package && scripts/bench-history.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=target/sla-studio.jar
options=$(sed -n 's/^--java-options //p' installer/image.args | tr '\n' ' ')
java -cp target/benchmarks.jar org.slastudio.export.bench.ExportBenchmark "$work/fifty.sla.json" 50
java -cp target/benchmarks.jar org.slastudio.engine.bench.YearOfRecords "$work/year.csv" 50 500000
report=""
java -jar "$jar" report --help 2>/dev/null | grep -q "Usage: sla-studio report" && report=yes

seconds() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    printf "%.3f" "$(echo "scale=3; ($end - $start) / 1000000000" | bc)"
}

declare -a history reports
for ((i = 0; i < rounds; i++)); do
    # shellcheck disable=SC2086
    history+=("$(seconds java $options -jar "$jar" credit "$work/fifty.sla.json" --from 2026-01 --to 2026-12 \
        --outages "$work/year.csv" --as-of 2027-01-15 --format csv --force)")
    if [ -n "$report" ]; then
        # shellcheck disable=SC2086
        reports+=("$(seconds java $options -jar "$jar" report "$work/fifty.sla.json" --from 2026-01 --to 2026-12 \
            --outages "$work/year.csv" --as-of 2027-01-15 -o "$work/report.pdf" --force)")
    fi
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "50 services, 12 months, 500,000 outage rows; $rounds interleaved rounds, median wall-clock seconds"
echo "  credit --from 2026-01 --to 2026-12 (history, csv): $(median "${history[@]}")   [${history[*]}]"
if [ -n "$report" ]; then
    echo "  report --from 2026-01 --to 2026-12 (PDF):           $(median "${reports[@]}")   [${reports[*]}]"
fi
