#!/usr/bin/env bash
# Clean-room check of the README's quick start: builds a minimal Debian 12 root (mmdebstrap --variant=apt: the
# essential packages and apt, nothing else), copies a clean clone of this repository's HEAD into it and runs the two
# README commands there exactly as written:
#   1. `installer/setup.sh run` without a display must say how to run it (exit 2), before anything is installed;
#   2. `installer/setup.sh run` on a private Xvfb (the host's, its socket shared into the root) until the OrgLens
#      window is mapped, then the app is closed;
#   3. `installer/setup.sh test` to the end.
# Prints each command's result and time. Needs root (chroot, mounts) and Debian's packages (it installs mmdebstrap,
# xvfb and x11-utils on the host if missing). The root's apt sources are the host's, so a local mirror applies.
#   installer/clean-room.sh [--keep]     --keep leaves the root in place (its path is printed)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
keep=false
[ "${1:-}" = "--keep" ] && keep=true
[ "$(id -u)" -eq 0 ] || { echo "installer/clean-room.sh needs root (chroot and mounts): run it with sudo" >&2; exit 2; }

host_tools=()
command -v mmdebstrap >/dev/null || host_tools+=(mmdebstrap)
command -v Xvfb >/dev/null || host_tools+=(xvfb)
command -v xwininfo >/dev/null || host_tools+=(x11-utils)
if [ ${#host_tools[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${host_tools[@]}"
fi

root=$(mktemp -d /var/tmp/orglens-clean-room.XXXXXX)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    # Every process still running inside the root (the app, a keyring daemon) goes before its mounts do.
    for proc in /proc/[0-9]*; do
        [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] && kill -9 "${proc#/proc/}" 2>/dev/null || true
    done
    for mount in tmp/.X11-unix dev/shm dev/pts dev sys proc; do
        mountpoint -q "$root/$mount" && umount -l "$root/$mount"
    done
    if $keep; then echo "The root is kept at $root"; else rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT

elapsed() { printf '%d min %02d s' $(($1 / 60)) $(($1 % 60)); }
report() { printf '%-58s %s\n' "$1" "$2"; }

sources=()
for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -s "$file" ] && grep -qE '^[[:space:]]*(deb |Types:)' "$file" && sources+=("$file")
done
started=$(date +%s)
mmdebstrap --quiet --variant=apt bookworm "$root" "${sources[@]}"
report "minimal Debian 12 root (mmdebstrap --variant=apt)" "$(elapsed $(($(date +%s) - started))), $(du -sh "$root" | cut -f1)"

# The network this machine is on, as a fresh machine here would have it: the locally added CA certificates (a
# TLS-inspecting proxy's; the ca-certificates package that setup.sh installs picks them up), and below, the CA and
# proxy environment and the npm configuration.
if [ -d /usr/local/share/ca-certificates ]; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
[ -f "$HOME/.npmrc" ] && cp "$HOME/.npmrc" "$root/root/.npmrc"
network_environment=()
for variable in NODE_EXTRA_CA_CERTS SSL_CERT_FILE SSL_CERT_DIR http_proxy https_proxy no_proxy HTTP_PROXY \
    HTTPS_PROXY NO_PROXY; do
    [ -n "${!variable:-}" ] && network_environment+=("$variable=${!variable}")
done

mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mount -t tmpfs tmpfs "$root/dev/shm"
mkdir -p "$root/tmp/.X11-unix"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# What the Debian installer writes and mmdebstrap does not: without it, "localhost" does not resolve.
[ -s "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"

# A clean clone of HEAD, as a user would have it: nothing of this work tree's build or untracked files.
git clone --quiet --no-local "$repo" "$root/root/orglens"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb "${network_environment[@]}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# 1. No display: a clear message and exit code 2, nothing installed yet.
status=0
message=$(in_root bash -c 'cd /root/orglens && installer/setup.sh run' 2>&1) || status=$?
if [ $status -eq 2 ] && grep -q "xvfb-run" <<<"$message"; then
    report "installer/setup.sh run (no display)" "clear message, exit 2"
else
    report "installer/setup.sh run (no display)" "FAILED (exit $status): $message"
    exit 1
fi

# 2. On a display: set up, build and launch; done when the OrgLens window is mapped.
display=99
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.2; done
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"

log_run=$root/root/setup-run.log
started=$(date +%s)
in_root env DISPLAY=":$display" bash -c 'cd /root/orglens && installer/setup.sh run' >"$log_run" 2>&1 &
run_pid=$!
window=""
while kill -0 "$run_pid" 2>/dev/null; do
    window=$(xwininfo -display ":$display" -root -tree 2>/dev/null | grep -m1 '"OrgLens' || true)
    [ -n "$window" ] && break
    sleep 2
done
run_seconds=$(($(date +%s) - started))
if [ -z "$window" ]; then
    report "installer/setup.sh run" "FAILED after $(elapsed $run_seconds), no window; the end of its output:"
    tail -n 40 "$log_run"
    exit 1
fi
report "installer/setup.sh run" "window up after $(elapsed $run_seconds): ${window#*\"}"
for proc in /proc/[0-9]*; do
    [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] && grep -q orglens "$proc/cmdline" 2>/dev/null &&
        kill -TERM "${proc#/proc/}" 2>/dev/null || true
done
wait "$run_pid" 2>/dev/null || true

# 3. The whole test suite.
log_test=$root/root/setup-test.log
started=$(date +%s)
status=0
in_root bash -c 'cd /root/orglens && installer/setup.sh test' >"$log_test" 2>&1 || status=$?
test_seconds=$(($(date +%s) - started))
summary=$(grep -E "tests passed|tests failed" "$log_test" | tail -n 1)
if [ $status -eq 0 ]; then
    report "installer/setup.sh test" "passed in $(elapsed $test_seconds): $summary"
else
    report "installer/setup.sh test" "FAILED (exit $status) in $(elapsed $test_seconds); the end of its output:"
    tail -n 60 "$log_test"
    exit 1
fi
echo "Both README commands succeed on a clean Debian 12 root."
