#!/bin/sh
# check-user-project.sh NATIVE_BUILD MINGW_BUILD WORK_DIR: builds samples/user-project the
# way a user would, from installed packages only: NATIVE_BUILD and MINGW_BUILD (a MinGW
# x86_64 build of w3compat) are installed into temporary prefixes, the template is
# configured against them and its ctest runs its tests natively and under Wine. Then
# the template with its filter broken must fail its test: the tests can fail.
set -eu

native=$1
mingw=$2
work=$3
src=$(cd "$(dirname "$0")/.." && pwd)/samples/user-project
start=$(date +%s)

fail() {
    echo "=== user project: FAILED: $*" >&2
    exit 1
}

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
echo "=== user project: install w3compat into $work/native and $work/mingw64"
cmake --install "$native" --prefix "$work/native" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "native install"; }
cmake --install "$mingw" --prefix "$work/mingw64" >>"$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "MinGW install"; }

# configure SOURCE BUILD [options]: only the temporary prefixes can provide w3compat.
configure() {
    cmake -S "$1" -B "$2" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$work/native" \
        -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF \
        -DCMAKE_C_FLAGS="-Wall -Wextra -Werror" -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror" \
        "$@" >"$2.configure.log" 2>&1 || { cat "$2.configure.log"; fail "configure $1"; }
    grep -q "^w3compat_DIR:PATH=$work/native/" "$2/CMakeCache.txt" ||
        fail "w3compat was not found in the temporary install"
}

echo "=== user project: build and test (native lane, and Wine lane from the MinGW install)"
configure "$src" "$work/build" -DW3COMPAT_MINGW_PREFIX="$work/mingw64"
cmake --build "$work/build" >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build"; }
(cd "$work/build" && ctest --output-on-failure --no-tests=error) || fail "its tests fail"
# Every test ran, in both lanes.
for t in api_key_filter_test hello_module_test api_key_filter_test.wine hello_module_test.wine; do
    (cd "$work/build" && ctest -N) | grep -q "Test *#[0-9]*: $t\$" || fail "no test $t"
done

echo "=== user project: the same with a broken filter must fail its test"
cp -r "$src" "$work/broken"
sed -i 's/#define API_KEY "let-me-in"/#define API_KEY "changed"/' "$work/broken/src/api_key_filter.c"
grep -q '"changed"' "$work/broken/src/api_key_filter.c" || fail "the filter could not be broken"
configure "$work/broken" "$work/broken-build"
cmake --build "$work/broken-build" >"$work/broken-build.log" 2>&1 ||
    { cat "$work/broken-build.log"; fail "build of the broken filter"; }
if (cd "$work/broken-build" && ctest -R '^api_key_filter_test$' --output-on-failure \
    >"$work/broken-test.log" 2>&1); then
    cat "$work/broken-test.log"
    fail "the test passed with a broken filter"
fi
grep -q 'request_with_key_goes_through\|resp.status == 200' "$work/broken-test.log" ||
    { cat "$work/broken-test.log"; fail "the broken filter's test failed for another reason"; }
echo "=== user project: passed, and fails with a broken filter ($(($(date +%s) - start)) s)"
