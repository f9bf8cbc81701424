#!/usr/bin/env bash
# CI packaging check on Debian 12 (needs root, or sudo): builds the .deb and .tar.gz with CPack, installs the
# .deb with apt, runs the installed orglens-cli, validates the desktop integration files, removes the package
# and checks that none of its files are left. Prints the package sizes and each step's result.
#   installer/package-test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-${ORGLENS_BUILD_DIR:-build}}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "Building the packages (cpack: DEB, TGZ)"
rm -f "$BUILD_DIR"/orglens_*.deb "$BUILD_DIR"/orglens-*.tar.gz
cmake --build "$BUILD_DIR" --target package
deb=$(ls "$BUILD_DIR"/orglens_*.deb)
tgz=$(ls "$BUILD_DIR"/orglens-*.tar.gz)
echo "package sizes: $(basename "$deb") $(du -k "$deb" | cut -f1) KiB, $(basename "$tgz") $(du -k "$tgz" | cut -f1) KiB"
dpkg-deb --info "$deb" | grep -E "^ (Package|Version|Architecture|Depends|Recommends|Installed-Size):"
files=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's#^\./#/#' | grep -v '/$')
echo "$files"
for expected in /usr/bin/orglens /usr/bin/orglens-cli /usr/share/applications/io.github.orglens.OrgLens.desktop \
    /usr/share/metainfo/io.github.orglens.OrgLens.metainfo.xml /usr/share/mime/packages/orglens.xml \
    /usr/share/icons/hicolor/scalable/apps/orglens.svg /usr/share/icons/hicolor/48x48/apps/orglens.png \
    /usr/share/man/man1/orglens-cli.1.gz /usr/share/doc/orglens/copyright /usr/share/doc/orglens/LICENSE \
    /usr/share/doc/orglens/README.md /usr/share/orglens/node_modules/jose/package.json; do
    grep -qx "$expected" <<<"$files" || fail "the package lacks $expected"
done

step "Installing with apt-get install ./$(basename "$deb")"
if dpkg-query -W -f='${Status}' orglens 2>/dev/null | grep -q "install ok installed"; then
    $sudo apt-get remove -y -qq orglens >/dev/null
fi
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" || fail "apt-get install"
echo "install: ok"

step "Running the installed orglens-cli"
[ "$(command -v orglens-cli)" = /usr/bin/orglens-cli ] || fail "orglens-cli is not /usr/bin/orglens-cli"
/usr/bin/orglens-cli --version
/usr/bin/orglens-cli --version | grep -q "^orglens-cli $(sed -n 's/^project(OrgLens VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt) " \
    || fail "orglens-cli --version does not show the project version"
# An unsigned test token ({"alg":"none"} header, a few claims): decode needs no network and no keys.
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"k1"}' | base64 -w0 | tr '+/' '-_' | tr -d '=')
payload=$(printf '{"iss":"https://acme.eu.auth0.com/","sub":"auth0|123","aud":"https://api.acme.test/","exp":4102444800,"org_id":"org_demo"}' \
    | base64 -w0 | tr '+/' '-_' | tr -d '=')
printf '%s.%s.c2ln' "$header" "$payload" | /usr/bin/orglens-cli decode --json - >/tmp/orglens-decode.json \
    || fail "orglens-cli decode"
grep -q '"org_id": *"org_demo"' /tmp/orglens-decode.json || fail "decode output lacks the org_id claim"
echo "decode: ok ($(wc -c </tmp/orglens-decode.json) bytes of JSON)"
ORGLENS_LANGUAGE=de /usr/bin/orglens-cli --help | grep -q "^Befehle:" || fail "the German translation is not used"
echo "translations: ok (ORGLENS_LANGUAGE=de)"
# The roff source, so that the check needs no man-db on a minimal machine.
zcat /usr/share/man/man1/orglens-cli.1.gz | grep -q '^\.SS decode' || fail "the man page lacks the decode command"
echo "man page: ok"
QT_QPA_PLATFORM=offscreen /usr/bin/orglens --version || fail "orglens --version"

step "Validating the desktop integration"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/io.github.orglens.OrgLens.desktop || fail "desktop-file-validate"
    echo "desktop-file-validate: ok"
else
    echo "desktop-file-validate not installed (apt-get install desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/io.github.orglens.OrgLens.metainfo.xml || fail "appstreamcli validate"
fi
# The dpkg trigger of shared-mime-info has registered *.jwt.
if [ -f /usr/share/mime/application/jwt.xml ]; then
    echo "MIME type application/jwt: registered"
else
    echo "MIME type application/jwt: not registered (shared-mime-info not installed?)"
fi

step "Removing with apt-get remove orglens"
$sudo apt-get remove -y -qq orglens >/dev/null || fail "apt-get remove"
left=""
while read -r file; do
    [ -e "$file" ] && left+="$file "
done <<<"$files"
[ -z "$left" ] || fail "files left after removal: $left"
dpkg-query -W -f='${Status}' orglens 2>/dev/null | grep -q "install ok installed" && fail "orglens is still installed"
echo "remove: ok (none of the $(wc -l <<<"$files") files is left)"
echo "PACKAGE TEST PASSED"
