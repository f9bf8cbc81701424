#!/bin/sh
# Regenerates docs/screenshots/*.png from the running app: starts `orglens --demo` under Xvfb with the hidden option
# --screenshot-dir, which obtains two tokens from the built-in demo tenant, opens them in Tokens and Compare, grabs
# every view with QWidget::grab() and quits. Settings go to a throw-away directory, so the user's own window layout
# and profiles are neither used nor changed.
#
#   docs/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]     (defaults: build, docs/screenshots)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$repo/build"}
out=${2:-"$repo/docs/screenshots"}
app="$build/app/gui/orglens"
[ -x "$app" ] || { echo "No $app: build the orglens target first (cmake --build $build --target orglens)." >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (Debian: apt install xvfb)." >&2; exit 2; }

config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
mkdir -p "$out"
rm -f "$out"/*.png
XDG_CONFIG_HOME="$config" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --screenshot-dir "$out"
# About half the size as 256-colour PNGs (ImageMagick), which keeps the repository small; UI shots lose nothing visible.
if command -v convert >/dev/null; then
    for png in "$out"/*.png; do convert "$png" -colors 256 "PNG8:$png"; done
fi
ls -1 "$out"
