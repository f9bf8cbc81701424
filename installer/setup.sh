#!/usr/bin/env bash
# One entry point for developers and CI on Debian 12:
#   installer/setup.sh run    install packages, configure, build, launch OrgLens on the demo tenant
#   installer/setup.sh test   install packages, configure, build, run the whole test suite (in CI, then the
#                             sanitizer and fuzzing job: installer/sanitize.sh)
#   installer/setup.sh check  run the test suite of an existing build ($ORGLENS_BUILD_DIR)
#   installer/setup.sh build  install packages, configure, build
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${ORGLENS_BUILD_DIR:-build}
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev
    qt6-svg-dev qtkeychain-qt6-dev libssl-dev libqrencode-dev libgl-dev
    xvfb xauth dbus dbus-x11 gnome-keyring openssl
    clang llvm libclang-rt-14-dev ccache
)

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    install_packages
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    cmake -S . -B "$BUILD_DIR" -G Ninja -DORGLENS_WERROR=$werror
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

# The tests talk to a real gnome-keyring in a private D-Bus session and a private HOME,
# so they never touch the user's own keychain or settings.
run_tests() {
    dbus-run-session -- sh -c '
        export HOME=$(mktemp -d)
        eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets)"
        ctest --test-dir "$0" --output-on-failure --parallel "$(nproc)" --label-exclude bench
    ' "$BUILD_DIR"
}

case "${1:-}" in
    run)
        build
        exec "$BUILD_DIR/app/gui/orglens" --demo
        ;;
    test)
        build
        run_tests
        if [ -n "${CI:-}" ]; then
            installer/sanitize.sh
        fi
        ;;
    check)
        run_tests
        ;;
    build)
        build
        ;;
    *)
        echo "usage: installer/setup.sh run|test|build|check" >&2
        exit 2
        ;;
esac
