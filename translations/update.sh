#!/usr/bin/env bash
# Updates the Qt Linguist files from the sources (run after adding or changing a tr() string):
#   translations/update.sh                   rewrite translations/orglens_*.ts with lupdate
#   translations/update.sh --check [LUPDATE] fail if lupdate would change a .ts file or a translation is unfinished
# Then translate the new entries (type="unfinished") with Qt Linguist or an editor.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=update
if [ "${1:-}" = "--check" ]; then
    mode=check
    shift
fi
LUPDATE=${1:-${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}}
TS_FILES=(translations/orglens_de.ts translations/orglens_fr.ts)
# Keep in step with ORGLENS_LUPDATE_OPTIONS in translations/CMakeLists.txt.
OPTIONS=(-locations none -no-obsolete -extensions cpp,h,ui)
SOURCES=(core widgets app)

if [ "$mode" = update ]; then
    "$LUPDATE" "${OPTIONS[@]}" "${SOURCES[@]}" -ts "${TS_FILES[@]}"
    exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in "${TS_FILES[@]}"; do
    copy="$scratch/$(basename "$ts")"
    cp "$ts" "$copy"
    "$LUPDATE" -silent "${OPTIONS[@]}" "${SOURCES[@]}" -ts "$copy" >/dev/null
    if ! diff -u "$ts" "$copy"; then
        echo "$ts is out of date with the sources: run translations/update.sh and translate the new strings." >&2
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$ts has $unfinished unfinished translation(s):" >&2
        grep -B2 'type="unfinished"' "$ts" | grep '<source>' >&2 || true
        status=1
    fi
done
[ $status -eq 0 ] && echo "Translations are complete and up to date: ${TS_FILES[*]}"
exit $status
