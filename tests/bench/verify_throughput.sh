#!/bin/bash
# Measures signature verification throughput of `orglens-cli decode --verify --batch` on one CPU core and
# compares it with `openssl speed rsa2048` (raw RSA-2048 verifications) on the same core, in the same run.
# Rates are per CPU second (user + system), as `openssl speed` reports them: on a shared machine, time spent
# waiting for the core would otherwise count against whichever side ran during a busy moment.
#   usage: tests/bench/verify_throughput.sh BUILD_DIR [TOKEN_COUNT]
# Needs taskset (util-linux) and the openssl command line tool. Prints tokens/s, verify/s and their ratio.
set -eu

build=${1:?usage: verify_throughput.sh BUILD_DIR [TOKEN_COUNT]}
count=${2:-10000}
cli="$build/app/cli/orglens-cli"
make_tokens="$build/tests/bench/bench_make_tokens"
in_process="$build/tests/bench/bench_verify_inprocess"
for tool in "$cli" "$make_tokens" "$in_process"; do
    [ -x "$tool" ] || { echo "verify_throughput: $tool is missing; build the project first" >&2; exit 2; }
done
command -v taskset >/dev/null || { echo "verify_throughput: taskset is required" >&2; exit 2; }
command -v openssl >/dev/null || { echo "verify_throughput: openssl is required" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
"$make_tokens" "$count" "$work/tokens.txt" "$work/jwks.json"

# Every token must verify: a fast run that rejects tokens proves nothing.
taskset -c 0 "$cli" decode --verify --jwks "$work/jwks.json" --batch < "$work/tokens.txt" > "$work/out.jsonl"
lines=$(wc -l < "$work/out.jsonl")
[ "$lines" -eq "$count" ] || { echo "verify_throughput: expected $count output lines, got $lines" >&2; exit 1; }

max() { echo "if ($1 > $2) $1 else $2" | bc -l; }

# The three measurements alternate, ROUNDS times, and each keeps its best round: on a shared machine the
# ratio then compares runs that saw the same conditions instead of whichever ran during a busy moment.
rounds=${ROUNDS:-3}
cli_rate=0
in_process_rate=0
openssl_rate=0
for _ in $(seq "$rounds"); do
    cpu=$( { TIMEFORMAT='%3U + %3S'; time taskset -c 0 "$cli" decode --verify --jwks "$work/jwks.json" --batch \
        < "$work/tokens.txt" > /dev/null; } 2>&1 )
    cli_rate=$(max "$cli_rate" "$(echo "$count / ($cpu)" | bc -l)")

    rate=$(taskset -c 0 "$in_process" "$work/tokens.txt" "$work/jwks.json" | sed -n 's/.* tokens\/s \([0-9]*\).*/\1/p')
    in_process_rate=$(max "$in_process_rate" "$rate")

    # "rsa 2048 bits 0.000262s 0.000014s   3812.7  69969.7": the last field is verifications per second.
    rate=$(taskset -c 0 openssl speed -seconds 2 rsa2048 2>/dev/null | awk '/^rsa 2048 bits/ {print $NF}')
    openssl_rate=$(max "$openssl_rate" "$rate")
done

printf 'orglens-cli decode --verify --batch: %.0f tokens/CPU-s (%s tokens, 1 core, best of %s rounds)\n' "$cli_rate" "$count" "$rounds"
printf 'in-process decode + verify:          %.0f tokens/CPU-s\n' "$in_process_rate"
printf 'openssl speed rsa2048:               %.0f verify/CPU-s\n' "$openssl_rate"
printf 'ratio cli / openssl:                 %.2f\n' "$(echo "$cli_rate / $openssl_rate" | bc -l)"
printf 'ratio in-process / openssl:          %.2f\n' "$(echo "$in_process_rate / $openssl_rate" | bc -l)"
