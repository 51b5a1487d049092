#!/usr/bin/env bash
# Renders assets/icon.svg into the PNG sizes the manifest needs (public/icon/<size>.png).
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). Run after editing the SVG; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 32 48 128; do
  rsvg-convert -w "$size" -h "$size" assets/icon.svg -o "public/icon/$size.png"
done
