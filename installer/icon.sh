#!/usr/bin/env bash
# Draws the SLA Studio icon (a draft with a check mark on the brand navy of the PDF export) with ImageMagick,
# in the sizes each platform wants. The results are committed, so packaging needs no ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/icons"

navy='#1f3a5f'; paper='#ffffff'; fold='#c9d3df'; check='#2da44e'; lines='#9aa7b5'
convert -size 1024x1024 xc:none \
  -fill "$navy" -draw 'roundrectangle 48,48 976,976 180,180' \
  -fill "$paper" -draw 'polygon 272,160 632,160 784,312 784,864 272,864' \
  -fill "$fold" -draw 'polygon 632,160 632,312 784,312' \
  -fill "$lines" -draw 'roundrectangle 352,360 560,392 16,16' \
  -draw 'roundrectangle 352,448 704,480 16,16' -draw 'roundrectangle 352,536 704,568 16,16' \
  -stroke "$check" -strokewidth 88 -fill none -draw 'polyline 392,712 496,808 752,600' \
  -depth 8 sla-studio-1024.png

for size in 512 256 128 48 32 16; do
  convert sla-studio-1024.png -resize "${size}x${size}" -depth 8 "sla-studio-$size.png"
done
convert sla-studio-256.png sla-studio-48.png sla-studio-32.png sla-studio-16.png sla-studio.ico
# ImageMagick cannot write .icns (it silently writes a PNG); macos-icns.sh makes it on a Mac from the 1024 master.
rm -f sla-studio-512.png sla-studio-32.png sla-studio-16.png
