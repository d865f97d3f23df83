#!/usr/bin/env bash
# Coverage-guided fuzzing of otp_pg's pure Rust modules (tests/fuzz, cargo-fuzz + libFuzzer).
# Not part of scripts/test.sh: it is CPU-bound for as long as it is told to run.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   default 60; the targets run one after another
#
#   OTP_PG_FUZZ_SANITIZER   cargo fuzz --sanitizer (default none: the fuzzed modules are safe Rust,
#                           so AddressSanitizer finds nothing a panic or an overflow check would
#                           not, and it costs two to four times the executions; `address` for it)
#
# Each target starts from a scratch copy of its seeds in tests/fuzz/corpus/<target>, so the
# repository keeps only the seeds. Crash inputs are kept in tests/fuzz/artifacts/<target>/. Ends
# with a table (target, executions, corpus size, crashes) and exits non-zero if anything crashed.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

seconds=${1:-60}
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS_PER_TARGET]" >&2
    exit 2
fi
sanitizer=${OTP_PG_FUZZ_SANITIZER:-none}
# cargo fuzz needs unstable rustc flags (-Zsanitizer, sanitizer-coverage); the toolchain is stable.
export RUSTC_BOOTSTRAP=1
fuzz_dir=tests/fuzz

log() { printf '\033[1;34m[fuzz]\033[0m %s\n' "$*"; }

if ! cargo fuzz --version >/dev/null 2>&1; then
    log "installing cargo-fuzz"
    cargo install cargo-fuzz --version 0.13.2 --locked
fi

scratch=$(mktemp -d /tmp/otp_pg-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

log "building the targets (sanitizer: $sanitizer)"
cargo fuzz build --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer"
mapfile -t targets < <(cargo fuzz list --fuzz-dir "$fuzz_dir")

declare -A executions corpus_size crashes
status=0
for target in "${targets[@]}"; do
    corpus="$scratch/corpus/$target"
    artifacts="$fuzz_dir/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    cp "$fuzz_dir/corpus/$target"/seed-* "$corpus"/
    before=$(find "$artifacts" -type f | wc -l)
    log "$target: ${seconds}s"
    out="$scratch/$target.log"
    # -timeout: an input that runs for 30 s is a hang, reported like a crash.
    if ! cargo fuzz run --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer" "$target" "$corpus" -- \
        -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" >"$out" 2>&1; then
        status=1
        tail -n 60 "$out"
    fi
    executions[$target]=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out" | tail -n 1)
    corpus_size[$target]=$(find "$corpus" -type f | wc -l)
    crashes[$target]=$(($(find "$artifacts" -type f | wc -l) - before))
    if [[ ${crashes[$target]} -gt 0 ]]; then
        status=1
        log "$target: reproduce with cargo fuzz run --fuzz-dir $fuzz_dir $target <file>, files in $artifacts"
    fi
done

find "$fuzz_dir/artifacts" -type d -empty -delete

log "summary: ${seconds}s per target"
printf '%-18s %12s %12s %8s\n' target executions corpus crashes
for target in "${targets[@]}"; do
    printf '%-18s %12s %12s %8s\n' "$target" "${executions[$target]:-?}" "${corpus_size[$target]}" "${crashes[$target]}"
done
exit $status
