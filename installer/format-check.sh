#!/usr/bin/env bash
# Fails, naming each file and line, when C++ sources under core/, app/, widgets/ and tests/ differ from .clang-format.
# Fix with: installer/format-check.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -d '' sources < <(find core app widgets tests \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${sources[@]}"
    exit 0
fi
if ! clang-format --dry-run --Werror "${sources[@]}"; then
    echo "These files differ from .clang-format; run installer/format-check.sh --fix" >&2
    exit 1
fi
echo "${#sources[@]} files match .clang-format"
