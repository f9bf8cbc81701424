#!/usr/bin/env bash
# Updates the Qt Linguist files from the sources (run after adding or changing a tr() string):
#   translations/update.sh                   rewrite translations/orglens_*.ts with lupdate
#   translations/update.sh --check [LUPDATE] fail if lupdate would change a .ts file or warns, or a translation is
#                                            unfinished
# Then translate the new entries (type="unfinished") with Qt Linguist or an editor. English is the source language:
# orglens_en.ts holds only the strings with a count (lupdate -pluralonly), whose English forms it gives
# ("%n row(s)": "%n row", "%n rows").
set -euo pipefail
cd "$(dirname "$0")/.."

mode=update
if [ "${1:-}" = "--check" ]; then
    mode=check
    shift
fi
LUPDATE=${1:-${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}}
TS_FILES=(translations/orglens_de.ts translations/orglens_fr.ts translations/orglens_en.ts)
# Keep in step with ORGLENS_LUPDATE_OPTIONS in translations/CMakeLists.txt.
OPTIONS=(-locations none -no-obsolete -extensions cpp,h,ui)
SOURCES=(core widgets app)
# Every lupdate warning fails: a class calling tr() without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, or a scope lupdate
# cannot resolve, files strings under another context than the one the code looks them up in (see README.md).
# The plural-only English file takes -pluralonly.
run_lupdate() {
    local log warnings options=("${OPTIONS[@]}")
    [[ "$1" == *_en.ts ]] && options+=(-pluralonly)
    log=$(mktemp)
    if ! "$LUPDATE" "${options[@]}" "${SOURCES[@]}" -ts "$@" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        return 1
    fi
    warnings=$(grep -E '^[^ ]+:[0-9]+: ' "$log" || true)
    grep -v -E '^[^ ]+:[0-9]+: ' "$log" || true
    rm -f "$log"
    if [ -n "$warnings" ]; then
        echo "$warnings" >&2
        echo "lupdate would file the strings above under the wrong context: give the class Q_DECLARE_TR_FUNCTIONS." >&2
        return 1
    fi
}

if [ "$mode" = update ]; then
    run_lupdate translations/orglens_de.ts translations/orglens_fr.ts
    run_lupdate translations/orglens_en.ts
    exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in "${TS_FILES[@]}"; do
    copy="$scratch/$(basename "$ts")"
    cp "$ts" "$copy"
    run_lupdate "$copy" >/dev/null || status=1
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
