#!/usr/bin/env bash
# On a Mac: makes icons/sla-studio.icns (needed by macos.args) from the 1024 px master with iconutil.
set -euo pipefail
cd "$(dirname "$0")/icons"
set_dir=$(mktemp -d)/sla-studio.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
  sips -z "$size" "$size" sla-studio-1024.png --out "$set_dir/icon_${size}x${size}.png" >/dev/null
  sips -z $((size * 2)) $((size * 2)) sla-studio-1024.png --out "$set_dir/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$set_dir" -o sla-studio.icns
