#!/usr/bin/env bash
# Draws the application icon from knotwork.svg in every size the platforms need and writes:
#   src/main/resources/org/knotwork/app/icon/knotwork-<size>.png   window and task-bar icons
#   installer/linux/knotwork.png                                   .deb and app image (512 px)
#   installer/windows/knotwork.ico                                 .msi and the .exe launcher
#   installer/macos/knotwork.icns                                  .dmg and the .app bundle
# The outputs are committed; run this again only after changing the drawing.
# Needs python3, rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
cd "$here"
python3 trefoil.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" knotwork.svg -o "$tmp/$size.png"
done
res="$root/src/main/resources/org/knotwork/app/icon"
mkdir -p "$res" "$root/installer/linux" "$root/installer/windows" "$root/installer/macos"
for size in 16 32 48 64 128 256; do
  cp "$tmp/$size.png" "$res/knotwork-$size.png"
done
cp "$tmp/512.png" "$root/installer/linux/knotwork.png"
convert "$tmp"/{16,24,32,48,64,128,256}.png "$root/installer/windows/knotwork.ico"
png2icns "$root/installer/macos/knotwork.icns" "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null
echo "Icons written."
