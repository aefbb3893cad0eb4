#!/usr/bin/env bash
# Writes the class-data sharing archive (AppCDS) that a launch maps instead of reading, verifying and linking the
# 3,000-odd classes a command needs one by one: about 0.2 s of every command (ADR 0024).
#
#   installer/class-archive.sh jar          target/sla-studio.jsa, for bin/sla-studio (java -jar target/sla-studio.jar)
#   installer/class-archive.sh image DIR    DIR/lib/app/sla-studio.jsa, for the app image's launcher DIR/bin/sla-studio,
#                                           from DIR/lib/app/sla-studio.classlist by DIR/lib/make-class-archive, which
#                                           the package's postinst runs again where it installs the app
#
# The commands a user runs most are run once each on the example agreement, each writing the classes it loaded; the
# lists are merged and dumped as a static archive by the very Java that will map it (the JDK for the jar, the image's
# own runtime for the launcher). A launch whose jars or Java differ from the archive's quietly loads classes as before.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
  jar)
    [[ -f target/sla-studio.jar ]] || { echo "target/sla-studio.jar missing: run ./mvnw -B package first" >&2; exit 2; }
    java=("${JAVA_HOME:+$JAVA_HOME/bin/}java")
    # By its absolute path, as bin/sla-studio names it: the archive holds the class path it was made for.
    jar=$PWD/target/sla-studio.jar
    launch() { JDK_JAVA_OPTIONS="$1" "${java[@]}" -jar "$jar" "${@:2}"; }
    ;;
  image)
    image=${2:?give the app image directory, e.g. installer/build/out/sla-studio}
    # The runtime has no java command, and the launcher ignores JDK_JAVA_OPTIONS: it reads its JVM options from
    # lib/app/sla-studio.cfg, so each run gets its own options there and the file is put back afterwards.
    cfg=$image/lib/app/sla-studio.cfg
    [[ -x "$image/bin/sla-studio" && -f "$cfg" ]] || { echo "no app image launcher in $image" >&2; exit 2; }
    cp "$cfg" "$cfg.orig"
    launch() {
      { cat "$cfg.orig"; for option in $1; do echo "java-options=$option"; done; } > "$cfg"
      "$image/bin/sla-studio" "${@:2}"
    }
    ;;
  *)
    echo "usage: installer/class-archive.sh jar | image DIR" >&2
    exit 2
    ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"; [[ -z "${cfg:-}" ]] || mv -f "$cfg.orig" "$cfg"' EXIT
example=templates/example-cloud-hosting.sla.json
cat > "$work/outages.csv" <<'CSV'
service,start,end,planned
kubernetes,2026-02-03T09:00:00Z,2026-02-03T10:30:00Z,false
customer-portal,2026-02-10T22:00:00+01:00,2026-02-11T00:15:00+01:00,false
kubernetes,2026-03-01T02:00:00Z,2026-03-01T02:20:00Z,true
CSV
sed 's/"99\.95"/"99.9"/; s/99\.95/99.9/' "$example" > "$work/next.sla.json"

n=0
train() {
  n=$((n + 1))
  # Findings or differences (status 1) are what some of these commands are for; only a refusal is worth a word.
  launch "-XX:DumpLoadedClassList=$work/classes.$n" "$@" >/dev/null 2>"$work/err" \
    || { status=$?; [[ $status -le 1 ]] || echo "class-archive: $1 exited with $status: $(tail -n 1 "$work/err")" >&2; }
}
train --version
train --help
train validate "$example"
train validate --format json "$example"
train export "$example" -o "$work/agreement.pdf"
train export "$example" -o "$work/agreement.docx"
train export "$example" -o "$work/slos.yaml"
train import "$work/agreement.docx" --base "$example" -o "$work/theirs.sla.json"
train diff "$example" "$work/next.sla.json"
train diff "$example" "$work/next.sla.json" --redline "$work/redline.docx"
train simulate "$example" --trials 200
train downtime --target 99.9 --period 2026-02
train credit "$example" --service kubernetes --period 2026-02 --outages "$work/outages.csv"
train credit "$example" --from 2026-01 --to 2026-03 --outages "$work/outages.csv" --as-of 2026-04-15 --format csv --force
train report "$example" --from 2026-01 --to 2026-03 --outages "$work/outages.csv" --as-of 2026-04-15 -o "$work/report.pdf" --force
train composite "$example"
train templates
# The app's start, up to the start screen, where there is a display or an Xvfb to start it on.
app_start() {
  n=$((n + 1))
  launch "-XX:DumpLoadedClassList=$work/classes.$n -Dslastudio.exitWhenShown=true" >/dev/null 2>&1 &
  local app=$! waited=0
  while kill -0 "$app" 2>/dev/null && ((waited < 60)); do sleep 1; waited=$((waited + 1)); done
  kill "$app" 2>/dev/null && echo "class-archive: the app did not reach its start screen in 60 s" >&2
  wait "$app" 2>/dev/null || true
}
if [[ -n "${DISPLAY:-}" ]]; then
  app_start
elif command -v Xvfb >/dev/null; then
  Xvfb :87 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY=:87 app_start
  kill "$xvfb" 2>/dev/null || true
fi

# One list, each class once, in the order first loaded (a class before the classes that need it).
cat "$work"/classes.* | grep -v '^#' | awk '!seen[$0]++' > "$work/classes"
[[ -s "$work/classes" ]] || { echo "class-archive: the training runs loaded no classes" >&2; exit 1; }
if [[ $mode == jar ]]; then
  archive=target/sla-studio.jsa
  rm -f "$archive"
  "${java[@]}" -Xshare:dump -XX:SharedClassListFile="$work/classes" -XX:SharedArchiveFile="$archive" -jar "$jar" \
    > "$work/dump.log" 2>&1 || true
  [[ -s "$archive" ]] || { cat "$work/dump.log" >&2; echo "class-archive: no archive written" >&2; exit 1; }
else
  mv -f "$cfg.orig" "$cfg"
  cfg=""
  cp "$work/classes" "$image/lib/app/sla-studio.classlist"
  cp installer/make-class-archive "$image/lib/make-class-archive"
  "$image/lib/make-class-archive"
  archive=$image/lib/app/sla-studio.jsa
fi
echo "class-archive: $archive ($(( ($(wc -c < "$archive") + 524288) / 1048576 )) MB, $(wc -l < "$work/classes") classes)"
