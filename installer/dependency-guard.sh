#!/usr/bin/env bash
# Dependency guard: catches a package that a build or test uses but installer/setup.sh does not install, on a machine
# where extra packages happen to be installed (every development machine, and CI, which runs on one). After configure
# and build, each of these must belong to a Debian package in the dependency closure of setup.sh's packages, or to
# the base system (the essential packages and apt, as `mmdebstrap --variant=apt` or a minimal install has them):
#   - every CMake package configuration CMake found under /usr (the *_DIR entries of CMakeCache.txt; optional files
#     CMake merely noticed, such as libGLU or git, are not needs);
#   - every shared library the built programs, libraries and test executables link (ldd);
#   - every program the test suite and setup.sh run (TEST_PROGRAMS below).
#   installer/dependency-guard.sh [BUILD_DIR] [--packages FILE]
# --packages reads the package list from FILE instead of `installer/setup.sh packages` (the guard's own test uses it
# to remove one package and see the guard name it). Exit code 0 when all is covered, 1 with one line per problem.
set -euo pipefail
cd "$(dirname "$0")/.."

# Programs run by the tests (tests/support/NodeRunner.h: node; TestExplainToolsCli: curl; the keychain and display
# wrappers of setup.sh and the tests), by setup.sh, package-test.sh and docs/screenshots.sh.
TEST_PROGRAMS=(
    cmake ctest cpack ninja c++ g++ ccache npm node openssl curl tar gzip base64
    dbus-run-session dbus-daemon gnome-keyring-daemon xvfb-run Xvfb xauth
    dpkg-deb desktop-file-validate appstreamcli help2man file clang++ llvm-symbolizer
)

build_dir=build
package_file=""
while [ $# -gt 0 ]; do
    case "$1" in
        --packages) package_file=$2; shift 2 ;;
        -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
        *) build_dir=$1; shift ;;
    esac
done
cache=$build_dir/CMakeCache.txt
[ -f "$cache" ] || { echo "dependency guard: $cache not found: configure and build first (installer/setup.sh build)" >&2; exit 2; }

if [ -n "$package_file" ]; then
    mapfile -t listed < <(grep -v '^\s*$' "$package_file")
else
    mapfile -t listed < <(installer/setup.sh packages)
fi

# Package names (virtual ones included) reachable through Depends and Pre-Depends.
closure_of() {
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
        --no-enhances "$@" 2>/dev/null | grep -v '^ ' | tr -d '<>' | sed 's/:any$//'
}
mapfile -t essential < <(dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" { print $1 }')
allowed=$(
    {
        closure_of "${listed[@]}"
        closure_of apt "${essential[@]}"
    } | sort -u
)

# Each needed file, with why it is needed: "FILE<TAB>REASON".
needs=$(mktemp)
problems=$(mktemp)
trap 'rm -f "$needs" "$problems"' EXIT

while IFS='=' read -r key dir; do
    name=${key%%_DIR:PATH}
    config=$(find "$dir" -maxdepth 1 \( -name "*Config.cmake" -o -name "*-config.cmake" \) -print -quit)
    printf '%s\t%s\n' "${config:-$dir}" "CMake package $name ($key)" >>"$needs"
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/usr/' "$cache")

while IFS= read -r binary; do
    ldd "$binary" 2>/dev/null | awk -v who="${binary#"$build_dir"/}" '$2 == "=>" && $3 ~ /^\// { print $3 "\tlinked by " who }'
done < <(find "$build_dir" -type f \( -perm -u+x -o -name '*.so*' \) -not -path '*/CMakeFiles/*' \
    -exec sh -c 'head -c 4 "$1" | grep -q "ELF"' _ {} \; -print) | sort -u -k1,1 >>"$needs"

for program in "${TEST_PROGRAMS[@]}"; do
    if path=$(command -v "$program"); then
        printf '%s\t%s\n' "$path" "program $program, run by the tests or setup" >>"$needs"
    else
        echo "$program is not installed, but the tests or setup run it: add its package to installer/setup.sh" >>"$problems"
    fi
done

# Owners of every needed path in two dpkg look-ups (one dpkg-query call reads the whole file database): the path as
# given, then for the rest its other merged-/usr spelling (/lib/x.so is known to dpkg as /lib/x.so or /usr/lib/x.so)
# and its target through symlinks (alternatives such as /usr/bin/c++). Output: "PATH<TAB>OWNER".
owners=$(mktemp)
trap 'rm -f "$needs" "$problems" "$owners"' EXIT
dpkg_owners() {
    dpkg-query -S "$@" 2>/dev/null | grep -v '^diversion by' |
        awk -F': ' '{ n = split($1, pkgs, ", "); for (i = 1; i <= n; i++) { sub(/:.*/, "", pkgs[i]); print $2 "\t" pkgs[i] } }'
}
mapfile -t paths < <(cut -f1 "$needs" | sort -u)
dpkg_owners "${paths[@]}" >"$owners" || true
declare -A alias_of=() owned=()
while IFS=$'\t' read -r path _; do owned[$path]=1; done <"$owners"
for path in "${paths[@]}"; do
    [ -n "${owned[$path]:-}" ] && continue
    for candidate in "${path#/usr}" "/usr$path" "$(readlink -f "$path")"; do
        [ "$candidate" != "$path" ] && [ -z "${alias_of[$candidate]:-}" ] && alias_of[$candidate]=$path
    done
done
if [ ${#alias_of[@]} -gt 0 ]; then
    dpkg_owners "${!alias_of[@]}" | while IFS=$'\t' read -r candidate owner; do
        printf '%s\t%s\n' "${alias_of[$candidate]}" "$owner"
    done >>"$owners" || true
fi

checked=0
while IFS=$'\t' read -r file reason; do
    checked=$((checked + 1))
    mapfile -t file_owners < <(awk -F'\t' -v f="$file" '$1 == f { print $2 }' "$owners" | sort -u)
    if [ ${#file_owners[@]} -eq 0 ]; then
        echo "$file ($reason) belongs to no Debian package: it will be missing on a fresh machine" >>"$problems"
        continue
    fi
    covered=false
    for owner in "${file_owners[@]}"; do
        grep -qx "$owner" <<<"$allowed" && covered=true && break
    done
    $covered || echo "${file_owners[0]} is needed but not installed by installer/setup.sh: $file ($reason)." \
        "Add it to PACKAGES." >>"$problems"
done < <(sort -u -t$'\t' -k1,1 "$needs")

if [ -s "$problems" ]; then
    sort -u "$problems"
    echo "dependency guard: $(sort -u "$problems" | wc -l) problem(s) in $checked files checked" >&2
    exit 1
fi
echo "dependency guard: all $checked files (CMake packages, linked libraries, test programs) come from the" \
    "${#listed[@]} packages of installer/setup.sh, their dependencies or the base system"
