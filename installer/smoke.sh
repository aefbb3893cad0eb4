#!/usr/bin/env bash
# Headless check of what package.sh built: the packaged launcher runs the command line without a display,
# and the .deb's desktop entry opens a double-clicked draft (MimeType plus %f on the Exec line).
set -euo pipefail
cd "$(dirname "$0")/.."
unset DISPLAY WAYLAND_DISPLAY

out=installer/build/out
launcher="$out/sla-studio/bin/sla-studio"
[[ -x "$launcher" ]] || { echo "no app image at $out: run installer/package.sh first" >&2; exit 2; }
fail() { echo "smoke: $*" >&2; exit 1; }

version=$("$launcher" --version) || fail "--version exited with $?"
[[ "$version" =~ ^SLA\ Studio\ [0-9] ]] || fail "--version printed '$version'"
echo "smoke: $version"

# The class-data archive (ADR 0024) is there and maps: with -Xshare:on a JVM that cannot map it refuses to start.
cfg="$out/sla-studio/lib/app/sla-studio.cfg"
[[ -s "$out/sla-studio/lib/app/sla-studio.jsa" ]] || fail "no class-data archive in the app image"
cp "$cfg" "$cfg.smoke"
echo "java-options=-Xshare:on" >> "$cfg"
mapped=$("$launcher" --version 2>&1) || true
mv -f "$cfg.smoke" "$cfg"
[[ "$mapped" == "$version" ]] || fail "the launcher cannot map its class-data archive: $mapped"
echo "smoke: the launcher maps its class-data archive"

report=$("$launcher" validate templates/example-cloud-hosting.sla.json) || fail "validate of the example exited with $?"
[[ "$report" == *"0 errors"* ]] || fail "validate of the example reported: $report"
echo "smoke: $report"

# The Word round trip needs the runtime image's java.xml: export the example as .docx and read it back unchanged.
word=$(mktemp -d)
"$launcher" export templates/example-cloud-hosting.sla.json -o "$word/example.docx" >/dev/null \
  || fail "export to Word exited with $?"
read=$("$launcher" import "$word/example.docx" --base templates/example-cloud-hosting.sla.json -o "$word/theirs.sla.json") \
  || fail "import of the exported Word document exited with $?"
[[ "$read" == *"0 term changes, 0 edits outside the terms"* ]] || fail "import of the exported Word document read: $read"
rm -rf "$word"
echo "smoke: the example exported as a Word document reads back with no changes"

deb=$(ls "$out"/*.deb 2>/dev/null | head -n 1 || true)
if [[ -z "$deb" ]]; then
  echo "smoke: no .deb built, desktop entry not checked"
  exit 0
fi
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop=$(ls "$unpacked"/opt/sla-studio/lib/*.desktop)
grep -qx 'MimeType=application/x-sla-draft+json' "$desktop" || fail "no MimeType line in $(basename "$desktop")"
grep -qx 'Exec=/opt/sla-studio/bin/sla-studio %f' "$desktop" || fail "Exec line does not pass the file (%f)"
grep -q 'glob pattern="\*\.sla\.json"' "$unpacked"/opt/sla-studio/lib/*MimeInfo.xml || fail "no *.sla.json glob"
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail "the .deb does not depend on libgtk-3-0"
[[ -s "$unpacked"/opt/sla-studio/lib/app/sla-studio.classlist && -x "$unpacked"/opt/sla-studio/lib/make-class-archive ]] \
  || fail "the .deb lacks the class list or make-class-archive its postinst makes the class-data archive with"
[[ ! -e "$unpacked"/opt/sla-studio/lib/app/sla-studio.jsa ]] || fail "the .deb carries the build's class-data archive"
echo "smoke: $(basename "$deb") opens *.sla.json drafts from the desktop"
