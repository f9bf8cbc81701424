#!/usr/bin/env bash
# One entry point for developers and CI on Debian 12:
#   installer/setup.sh run    install packages, configure, build, launch OrgLens on the demo tenant
#   installer/setup.sh test   install packages, configure, build, run the whole test suite
#   installer/setup.sh sanitize  ASan + UBSan build with clang, the whole suite under it, each fuzzer for a while
#   installer/setup.sh check  run the test suite of an existing build ($ORGLENS_BUILD_DIR)
#   installer/setup.sh build  install packages, configure, build
#   installer/setup.sh package-test  build the .deb, install it with apt, run it, remove it (installer/package-test.sh)
#   installer/setup.sh packages  print the Debian packages every command needs, one per line
# In CI (CI set), `test` also runs the package test after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${ORGLENS_BUILD_DIR:-build}
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev
    qt6-websockets-dev
    qt6-svg-dev qtkeychain-qt6-dev libssl-dev libqrencode-dev libgl-dev zlib1g-dev
    xvfb xauth dbus dbus-x11 gnome-keyring openssl
    nodejs npm curl ca-certificates
    help2man desktop-file-utils appstream dpkg-dev file
    clang llvm libclang-rt-14-dev clang-format ccache
)

# The generated Custom Token Exchange Action is tested with the real `jose` library (no dependencies of its own),
# fetched from the npm registry and checked against its published integrity hash.
JOSE_VERSION=5.9.5
JOSE_SHA512=L3QtkVIHR7qOCRO8ZSH2VCww7hA5/GtUPMUx06llC22DLsw7TcjIoGtSgTejx4ZM94QWzXSNZcI83tb/YrLvbg==

# A package counts as present when it is installed or provided by an installed package (for example a `nodejs`
# from another repository that bundles npm and conflicts with Debian's `npm`).
install_packages() {
    local provided missing=()
    provided=$(dpkg-query -W -f='${db:Status-Abbrev} ${Provides}\n' 2>/dev/null | awk '$1 == "ii" { $1 = ""; print }' |
        tr ',' '\n' | sed 's/([^)]*)//; s/:any//; s/ //g')
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" && continue
        grep -qx "$package" <<<"$provided" && continue
        missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Through the ordinary npm client, so the user's npm configuration (registry mirror, proxy, cache) applies; the
# archive must still match the integrity hash pinned here.
fetch_jose() {
    local folder="$BUILD_DIR/node-jose"
    [ -f "$folder/node_modules/jose/package.json" ] && return 0
    rm -rf "$folder" && mkdir -p "$folder/node_modules/jose"
    (cd "$folder" && npm pack --loglevel=error "jose@$JOSE_VERSION" >/dev/null) || {
        echo "npm could not fetch jose@$JOSE_VERSION (the tests run the generated Actions with it). Check npm's" \
            "registry, proxy and CA settings (npm config list), then run this again." >&2
        exit 1
    }
    local archive="$folder/jose-$JOSE_VERSION.tgz"
    [ "$(openssl dgst -sha512 -binary "$archive" | base64 -w0)" = "$JOSE_SHA512" ] ||
        { echo "jose-$JOSE_VERSION.tgz does not match its published sha512" >&2; exit 1; }
    tar -xzf "$archive" -C "$folder/node_modules/jose" --strip-components=1
}

build() {
    install_packages
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    fetch_jose
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$BUILD_DIR" -G Ninja -DORGLENS_WERROR=$werror "${launcher[@]}" \
        -DORGLENS_NODE_MODULES="$(realpath "$BUILD_DIR/node-jose/node_modules")"
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
        # Checked first, so a machine without a display learns it before a long build, not from Qt's plugin error.
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            cat >&2 <<'EOF'
installer/setup.sh run: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
  On a desktop session, run it from a terminal there.
  On a server or over SSH without X forwarding, run it under a virtual display:  xvfb-run -a installer/setup.sh run
  Or use the command-line twin, which needs no display:  installer/setup.sh build, then build/app/cli/orglens-cli --help
EOF
            exit 2
        fi
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
        # The Actions it runs need jose, as in the ordinary build.
        install_packages
        BUILD_DIR=${ORGLENS_SANITIZE_BUILD_DIR:-build-sanitize}
        fetch_jose
        ORGLENS_NODE_MODULES="$(realpath "$BUILD_DIR/node-jose/node_modules")" installer/sanitize.sh
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
    packages)
        printf '%s\n' "${PACKAGES[@]}"
        ;;
    *)
        echo "usage: installer/setup.sh run|test|build|check|package-test|sanitize|packages" >&2
        exit 2
        ;;
esac
