#!/bin/sh
# Regenerates the screenshot tour from the running app, once per screen size: starts `orglens --demo` under Xvfb
# with the hidden option --screenshot-dir, which fills the screen, obtains two tokens from the built-in demo tenant,
# opens them in Tokens and Compare, grabs every view with QWidget::grab() and quits. Settings go to a throw-away
# directory, so the user's own window layout and profiles are neither used nor changed.
#
#   docs/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]     (defaults: build, docs/screenshots)
# writes OUTPUT_DIR/1024x700/*.png (a small laptop screen) and OUTPUT_DIR/1920x1080/*.png.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$repo/build"}
out=${2:-"$repo/docs/screenshots"}
app="$build/app/gui/orglens"
[ -x "$app" ] || { echo "No $app: build the orglens target first (cmake --build $build --target orglens)." >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (Debian: apt install xvfb)." >&2; exit 2; }

for size in 1024x700 1920x1080; do
    config=$(mktemp -d)
    mkdir -p "$out/$size"
    rm -f "$out/$size"/*.png
    XDG_CONFIG_HOME="$config" HOME="$config" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 ${size}x24" "$app" --demo --screenshot-dir "$out/$size"
    rm -rf "$config"
    # About half the size as 256-colour PNGs (ImageMagick), which keeps the repository small; UI shots lose nothing
    # visible.
    if convert -version >/dev/null 2>&1; then
        for png in "$out/$size"/*.png; do convert "$png" -colors 256 "PNG8:$png"; done
    fi
done
ls -1 "$out"/*
