#!/usr/bin/env bash
# AddressSanitizer + UndefinedBehaviorSanitizer: builds everything with clang (plus the libFuzzer targets of
# tests/fuzz), runs the whole test suite under the sanitizers, then runs every fuzz target for a bounded time.
# CI runs it after the test suite (.ci/run, through installer/setup.sh sanitize); run it by hand the same way.
#
# Environment: ORGLENS_SANITIZE_BUILD_DIR (default build-sanitize), FUZZ_SECONDS per target (default 45; 0 skips
# fuzzing), FUZZ_JOBS targets at once (default: the number of CPUs), ORGLENS_NODE_MODULES (the node_modules with jose
# for the demo tenant's Actions; installer/setup.sh sanitize fetches it).
# Any sanitizer report fails the run: halt_on_error everywhere, leaks included (suppressions: installer/sanitizer/).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${ORGLENS_SANITIZE_BUILD_DIR:-build-sanitize}
FUZZ_SECONDS=${FUZZ_SECONDS:-45}
FUZZ_JOBS=${FUZZ_JOBS:-$(nproc)}
SUPPRESSIONS=$PWD/installer/sanitizer

export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$SUPPRESSIONS/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$SUPPRESSIONS/ubsan.supp
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer || true)}

started=$(date +%s)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DORGLENS_SANITIZE=address,undefined -DORGLENS_FUZZ=ON "${launcher[@]}" \
    ${ORGLENS_NODE_MODULES:+-DORGLENS_NODE_MODULES="$ORGLENS_NODE_MODULES"}
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
built=$(date +%s)

ORGLENS_BUILD_DIR=$BUILD_DIR installer/setup.sh check
tested=$(date +%s)

fuzz_target() {
    local name=$1 work=$2
    mkdir -p "$work/$name"
    # New inputs go to the scratch folder; the seed corpus in the repository is only read.
    "$BUILD_DIR/tests/fuzz/fuzz_$name" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$work/$name-" "$work/$name" "tests/fuzz/corpus/$name" \
        >"$work/$name.log" 2>&1
}

if [ "$FUZZ_SECONDS" -gt 0 ]; then
    work=$(mktemp -d)
    targets=(token_decoder jwks token_diff csv_reader oauth_responses demo_tenant)
    failed=()
    for ((i = 0; i < ${#targets[@]}; i += FUZZ_JOBS)); do
        pids=()
        for name in "${targets[@]:i:FUZZ_JOBS}"; do
            fuzz_target "$name" "$work" &
            pids+=("$!:$name")
        done
        for entry in "${pids[@]}"; do
            wait "${entry%%:*}" || failed+=("${entry#*:}")
        done
    done
    echo "Fuzzing, $FUZZ_SECONDS s per target:"
    for name in "${targets[@]}"; do
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name.log")
        printf '  %-16s %12s executions\n' "$name" "${runs:-?}"
    done
    if [ ${#failed[@]} -gt 0 ]; then
        for name in "${failed[@]}"; do
            echo "fuzz_$name found a problem (reproducer: $work/$name-*):" >&2
            tail -n 60 "$work/$name.log" >&2
        done
        exit 1
    fi
    rm -rf "$work"
fi
echo "Sanitizer job: build $((built - started)) s, tests $((tested - built)) s, fuzzing $(($(date +%s) - tested)) s."
