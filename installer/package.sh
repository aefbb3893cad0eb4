#!/usr/bin/env bash
# Builds the SLA Studio app image with jpackage, and on Linux the .deb where fakeroot and dpkg-deb exist.
# Needs `./mvnw -B package` first (target/sla-studio.jar and target/lib); `./mvnw -B -Pinstaller package` does both.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

jpackage="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
if ! command -v "$jpackage" >/dev/null && command -v java >/dev/null; then
  jpackage="$(dirname "$(readlink -f "$(command -v java)")")/jpackage"
fi
command -v "$jpackage" >/dev/null || { echo "jpackage not found: set JAVA_HOME to a JDK 17 or newer" >&2; exit 2; }
[[ -f target/sla-studio.jar && -d target/lib && -f target/classes/org/slastudio/version.properties ]] \
  || { echo "target/sla-studio.jar missing: run ./mvnw -B package first" >&2; exit 2; }

# jpackage wants a purely numeric version: 0.2.0-SNAPSHOT becomes 0.2.0.
version=$(sed -n 's/^version=\([0-9.]*\).*/\1/p' target/classes/org/slastudio/version.properties)
[[ -n "$version" ]] || { echo "no version in target/classes/org/slastudio/version.properties" >&2; exit 2; }

case "$(uname -s)" in
  Linux) platform=linux; fx=linux; icon=installer/icons/sla-studio-256.png ;;
  Darwin) platform=macos; fx=$([[ "$(uname -m)" == arm64 ]] && echo mac-aarch64 || echo mac); icon=installer/icons/sla-studio.icns ;;
  *) platform=windows; fx=win; icon=installer/icons/sla-studio.ico ;;
esac

# JavaFX goes on the module path so jlink keeps only the modules we name; everything else stays on the class path.
build=installer/build
rm -rf "$build"
mkdir -p "$build/input/lib" "$build/javafx" "$build/out"
cp target/sla-studio.jar "$build/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-"$fx".jar) cp "$jar" "$build/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$build/input/lib/" ;;
  esac
done

"$jpackage" @installer/common.args @installer/image.args --type app-image --app-version "$version" \
  --input "$build/input" --module-path "$build/javafx" --dest "$build/out" \
  --icon "$icon"
image="$build/out/sla-studio"
[[ $platform == macos ]] && image="$build/out/sla-studio.app"
# The launcher maps the class-data archive named in image.args, made by the image's own runtime where the image is
# (Linux here: the macOS and Windows launchers are not run where the packages are built).
[[ $platform == linux ]] && installer/class-archive.sh image "$image"
image_seconds=$((SECONDS - started))

if [[ $platform == linux ]] && command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  # The package carries the class list, not this image's archive: its postinst makes one where it installs the app.
  mv "$image/lib/app/sla-studio.jsa" "$build/sla-studio.jsa"
  "$jpackage" @installer/common.args @installer/linux.args --type deb --app-version "$version" \
    --app-image "$image" --dest "$build/out"
  mv "$build/sla-studio.jsa" "$image/lib/app/sla-studio.jsa"
elif [[ $platform == linux ]]; then
  echo "fakeroot or dpkg-deb missing: built the app image only" >&2
else
  # Not run on Linux CI: windows.args needs the WiX toolset, macos.args the .icns from macos-icns.sh.
  "$jpackage" @installer/common.args @installer/$platform.args --app-version "$version" \
    --app-image "$image" --dest "$build/out"
fi

echo "app image: $image ($(du -sm "$image" | cut -f1) MB, built in $image_seconds s)"
for pkg in "$build"/out/*.{deb,msi,dmg}; do
  if [[ -e "$pkg" ]]; then echo "package:   $pkg ($(( ($(wc -c < "$pkg") + 524288) / 1048576 )) MB)"; fi
done
echo "everything built in $((SECONDS - started)) s"
