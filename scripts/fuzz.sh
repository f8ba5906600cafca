#!/bin/sh
# fuzz.sh SECONDS [TARGET...]: builds the fuzz targets with clang, libFuzzer, ASan and
# UBSan in build/fuzz, then fuzzes each target (all of fuzz/ by default) for SECONDS.
# Each target starts from its committed seeds (fuzz/corpus/NAME) and grows its corpus
# in build/fuzz/corpus/NAME, kept between runs; crashing inputs land in
# build/fuzz/artifacts/NAME/. Prints one line per target: executions, coverage, corpus
# size, crashes. Exits nonzero if any target crashed. `make fuzz` and CI's smoke run it.
# Warnings are not errors here: gcc and MinGW are the warning gates, clang sees others.
set -eu

seconds=$1
shift
build=${W3_FUZZ_BUILD:-build/fuzz}
jobs=$(nproc 2>/dev/null || echo 2)

for tool in clang clang++; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "fuzz: $tool is not installed (apt-get install clang libclang-rt-14-dev)" >&2
        exit 1
    }
done

mkdir -p "$build"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DW3_FUZZ=ON -DW3_SANITIZE=ON -DW3_BUILD_TESTS=OFF -DW3_WERROR=OFF >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log"; exit 1; }

targets=${*:-$(ls fuzz/corpus)}
for name in $targets; do
    cmake --build "$build" -j "$jobs" --target "${name}_fuzz" >"$build/build-$name.log" 2>&1 ||
        { cat "$build/build-$name.log"; exit 1; }
done

status=0
for name in $targets; do
    corpus=$build/corpus/$name
    artifacts=$build/artifacts/$name/
    mkdir -p "$corpus" "$artifacts"
    dict=""
    [ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
    log=$build/fuzz-$name.log
    # The committed seeds are read, never written: new inputs go to $corpus only.
    # No leak check after each input: the engine keeps what modules and filters register
    # (their factories, for one) in its own page pools, which LeakSanitizer does not scan,
    # so mid-run checks report them. Leaks are checked by the sanitizer lane's replay of
    # every corpus, which tears the servers down before LeakSanitizer looks.
    # shellcheck disable=SC2086
    "$build/bin/${name}_fuzz" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
        -detect_leaks=0 \
        -print_final_stats=1 -artifact_prefix="$artifacts" $dict \
        "$corpus" "fuzz/corpus/$name" >"$log" 2>&1 || status=1
    execs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | awk '{print $2}')
    crashes=$(find "$artifacts" -type f | wc -l)
    echo "fuzz $name: ${seconds} s, ${execs:-0} executions, coverage ${cov:-?} edges," \
        "corpus $(ls "$corpus" | wc -l) + $(ls "fuzz/corpus/$name" | wc -l) seeds, $crashes crashes"
    if [ "$crashes" -gt 0 ] || [ -z "$execs" ]; then
        status=1
        tail -n 40 "$log"
    fi
done
exit $status
