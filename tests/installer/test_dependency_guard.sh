#!/usr/bin/env bash
# The dependency guard's own test: with setup.sh's whole package list it passes; with one package removed from the
# list it fails and names that package. One removal per kind of need: a CMake package configuration
# (qt6-websockets-dev, the package once missing from the list), a linked shared library (libqrencode-dev brings
# libqrencode4) and a program the tests run (gnome-keyring).
#   tests/installer/test_dependency_guard.sh BUILD_DIR
set -uo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$1
guard=$source_dir/installer/dependency-guard.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {
    if [ "$1" = ok ]; then
        passed=$((passed + 1)); echo "PASS: $2"
    else
        failed=$((failed + 1)); echo "FAIL: $2"; sed 's/^/    /' "$work/out"
    fi
}

"$source_dir/installer/setup.sh" packages >"$work/all"
if "$guard" "$build_dir" --packages "$work/all" >"$work/out" 2>&1; then
    check ok "the whole package list covers the build and the tests"
else
    check fail "the whole package list covers the build and the tests"
fi

for removed in qt6-websockets-dev libqrencode-dev gnome-keyring; do
    grep -vx "$removed" "$work/all" >"$work/list"
    status=0
    "$guard" "$build_dir" --packages "$work/list" >"$work/out" 2>&1 || status=$?
    # The owner named may be the package itself or the library package it brings (libqrencode4 for -dev).
    expected=$removed
    [ "$removed" = libqrencode-dev ] && expected=libqrencode4
    if [ $status -eq 1 ] && grep -q "^$expected is needed but not installed by installer/setup.sh" "$work/out"; then
        check ok "without $removed the guard fails and names $expected"
    else
        check fail "without $removed the guard fails and names $expected (exit $status)"
    fi
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
