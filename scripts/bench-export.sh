#!/usr/bin/env bash
# Times the whole export command, JVM start included, for the 100-service agreement, as Word and as PDF, side by
# side with the peer (LibreOffice headless converting ../shared/bench/lo_doc.py's agreement of 100 services), in
# interleaved rounds: the machine is shared and absolute times drift, so each round runs all of them in turn.
#
#   ./mvnw -B -Pbench -DskipTests package && scripts/bench-export.sh [ROUNDS]
#
# Commands run through bin/sla-studio, as the installed launcher runs them: with the class-data archive and the JVM
# options of installer/image.args. LibreOffice (libreoffice-writer-nogui) is
# optional; without it only our figures are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
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
java -cp target/benchmarks.jar org.slastudio.export.bench.ExportBenchmark "$work/grown.sla.json" 100
peer=""
if command -v soffice >/dev/null && [ -f ../shared/bench/lo_doc.py ]; then
    (cd "$work" && python3 "$OLDPWD/../shared/bench/lo_doc.py" 100)
    peer=yes
fi

seconds() { # the wall-clock seconds a command takes
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    printf "%.3f" "$(echo "scale=3; ($end - $start) / 1000000000" | bc)"
}

declare -a docx pdf lo
for ((i = 0; i < rounds; i++)); do
    docx+=("$(seconds "$launcher" export "$work/grown.sla.json" -o "$work/out.docx" --force)")
    pdf+=("$(seconds "$launcher" export "$work/grown.sla.json" -o "$work/out.pdf" --force)")
    if [ -n "$peer" ]; then
        lo+=("$(cd "$work" && seconds soffice --headless --convert-to pdf agreement.html)")
    fi
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "100-service agreement, $rounds interleaved rounds, median wall-clock seconds (bin/sla-studio)"
echo "  export to Word (.docx):      $(median "${docx[@]}")   [${docx[*]}]"
echo "  export to PDF:               $(median "${pdf[@]}")   [${pdf[*]}]"
if [ -n "$peer" ]; then
    echo "  LibreOffice HTML to PDF:     $(median "${lo[@]}")   [${lo[*]}]"
fi
