#!/usr/bin/env bash
# Draws the studio's application icon (the frame icon of the branding, frame48.gif, as shapes on a
# 48-unit grid) at 1024 px and scales it to the sizes installers and desktops ask for. The outputs are
# committed, so builds on Windows and macOS need no ImageMagick; run this again after changing the design.
set -euo pipefail
cd "$(dirname "$0")"
unit=$((1024 / 48))
convert -size 1024x1024 xc:none \
  -fill '#6E8BFF' -draw "roundrectangle $((2 * unit)),$((2 * unit)) $((46 * unit)),$((46 * unit)) $((8 * unit)),$((8 * unit))" \
  -fill white -draw "polygon $((18 * unit)),$((25 * unit / 2)) $((37 * unit)),$((24 * unit)) $((18 * unit)),$((71 * unit / 2))" \
  /tmp/sorastudio-icon-1024.png
for size in 16 32 48 128 256 512; do
  convert /tmp/sorastudio-icon-1024.png -filter Lanczos -resize "${size}x${size}" "PNG32:sorastudio-$size.png"
done
# Windows installers and launchers take one .ico holding several sizes.
convert sorastudio-256.png sorastudio-128.png sorastudio-48.png sorastudio-32.png sorastudio-16.png sorastudio.ico
rm /tmp/sorastudio-icon-1024.png
