#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (in build-fuzz, or
# $SKOPS_FUZZ_BUILD) and runs each for N seconds (default 60; 0 only
# builds), starting from seed corpora made from tests/data plus
# tests/data/regressions. Fails on any crash, sanitizer report, leak or
# timeout; the input that found it is saved as
# build-fuzz/artifacts/<target>-crash-… (README, "Fuzzing and sanitizers").
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${SKOPS_FUZZ_BUILD:-build-fuzz}
targets=(fuzz_skops_open fuzz_roundtrip fuzz_json fuzz_npy fuzz_npz)

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSKOPS_FUZZ=ON -DBUILD_TESTING=OFF > /dev/null
cmake --build "$build" --target "${targets[@]}" fuzz_seeds
if [ "$seconds" -eq 0 ]; then
    exit 0 # build only
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
mkdir -p "$build/artifacts"
failed=()
for target in "${targets[@]}"; do
    case $target in
        fuzz_npy) kind=npy; dict=fuzz/npy.dict ;;
        fuzz_npz) kind=npz; dict=fuzz/npy.dict ;;
        fuzz_json) kind=json; dict=fuzz/schema.dict ;;
        *) kind=skops; dict=fuzz/schema.dict ;;
    esac
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    seeds=("$build/fuzz/seeds/$kind")
    [ -d "tests/data/regressions/$kind" ] && seeds+=("tests/data/regressions/$kind")
    echo "== $target: ${seconds}s"
    if ! "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -max_len=65536 -print_final_stats=1 -dict="$dict" \
        -artifact_prefix="$build/artifacts/$target-" "$corpus" "${seeds[@]}" \
        > "$build/artifacts/$target.log" 2>&1; then
        tail -n 60 "$build/artifacts/$target.log"
        failed+=("$target")
    else
        grep -E '^stat::number_of_executed_units|^Done' "$build/artifacts/$target.log" || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $build/artifacts)" >&2
    exit 1
fi
echo "fuzzing: no problems found in ${#targets[@]} targets × ${seconds}s"
