#!/usr/bin/env bash
# Makes the app icons in static/icons/ from static/favicon.svg. Run by hand after changing the
# favicon; the PNGs are committed. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
out=static/icons
mkdir -p "$out"

rsvg-convert -w 192 -h 192 static/favicon.svg -o "$out/icon-192.png"
rsvg-convert -w 512 -h 512 static/favicon.svg -o "$out/icon-512.png"

# Maskable: the platform crops to its own shape, keeping only a centred circle of 80 % of the
# width; so the background fills the square and the mark shrinks to stay inside that circle.
mark=$(sed -e 's/^<svg[^>]*>//' -e 's#</svg>$##' -e 's#<rect[^>]*/>##' static/favicon.svg)
printf '%s' "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" fill=\"#2456c8\"/><g transform=\"translate(32 32) scale(0.8) translate(-32 -32)\">$mark</g></svg>" |
	rsvg-convert -w 512 -h 512 -o "$out/icon-maskable-512.png"
