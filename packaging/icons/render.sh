#!/usr/bin/env bash
# Renders goalbook.svg into the PNG sizes that desktops and jpackage use. Run once after changing the SVG and commit
# the PNGs: the build then needs no SVG renderer. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" goalbook.svg --output "goalbook-$size.png"
done
