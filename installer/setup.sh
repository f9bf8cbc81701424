#!/usr/bin/env bash
# One entry point for developers and CI on Debian 12:
#   installer/setup.sh run    install packages, configure, build, launch OrgLens on the demo tenant
#   installer/setup.sh test   install packages, configure, build, run the whole test suite
#   installer/setup.sh sanitize  ASan + UBSan build with clang, the whole suite under it, each fuzzer for a while
#   installer/setup.sh check  run the test suite of an existing build ($ORGLENS_BUILD_DIR)
#   installer/setup.sh build  install packages, configure, build
#   installer/setup.sh package-test  build the .deb, install it with apt, run it, remove it (installer/package-test.sh)
# In CI (CI set), `test` also runs the package test after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${ORGLENS_BUILD_DIR:-build}
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev
    qt6-svg-dev qtkeychain-qt6-dev libssl-dev libqrencode-dev libgl-dev
    xvfb xauth dbus dbus-x11 gnome-keyring openssl
    nodejs curl ca-certificates
    help2man desktop-file-utils appstream dpkg-dev file
    clang llvm libclang-rt-14-dev ccache
)

# The generated Custom Token Exchange Action is tested with the real `jose` library (no dependencies of its own),
# fetched from the npm registry and checked against its published integrity hash.
JOSE_VERSION=5.9.5
JOSE_SHA512=L3QtkVIHR7qOCRO8ZSH2VCww7hA5/GtUPMUx06llC22DLsw7TcjIoGtSgTejx4ZM94QWzXSNZcI83tb/YrLvbg==

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

fetch_jose() {
    local modules="$BUILD_DIR/node-jose/node_modules"
    [ -f "$modules/jose/package.json" ] && return 0
    mkdir -p "$modules/jose"
    local archive="$BUILD_DIR/node-jose/jose-$JOSE_VERSION.tgz"
    curl -fsSL "https://registry.npmjs.org/jose/-/jose-$JOSE_VERSION.tgz" -o "$archive"
    [ "$(openssl dgst -sha512 -binary "$archive" | base64 -w0)" = "$JOSE_SHA512" ] ||
        { echo "jose-$JOSE_VERSION.tgz does not match its published sha512" >&2; exit 1; }
    tar -xzf "$archive" -C "$modules/jose" --strip-components=1
}

build() {
    install_packages
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    fetch_jose
    cmake -S . -B "$BUILD_DIR" -G Ninja -DORGLENS_WERROR=$werror -DORGLENS_NODE_MODULES="$(realpath "$BUILD_DIR/node-jose/node_modules")"
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
        # CI also installs and removes the package; the whole test suite runs last, so its summary ends the output.
        if [ -n "${CI:-}" ]; then
            installer/package-test.sh "$BUILD_DIR"
        fi
        run_tests
        ;;
    sanitize)
        # ASan + UBSan build, the whole suite under it, then each fuzzer for FUZZ_SECONDS (see tests/fuzz/README.md).
        install_packages
        installer/sanitize.sh
        ;;
    check)
        run_tests
        ;;
    package-test)
        build
        installer/package-test.sh "$BUILD_DIR"
        ;;
    build)
        build
        ;;
    *)
        echo "usage: installer/setup.sh run|test|build|check|package-test|sanitize" >&2
        exit 2
        ;;
esac
