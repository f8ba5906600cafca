#!/bin/sh
# check-install.sh MODE BUILD_DIR SOURCE_DIR WORK_DIR [TOOLCHAIN_FILE]
#   MODE pkg-config: install BUILD_DIR into a fresh prefix, compile every_family.c with
#                    the compiler and `pkg-config --cflags --libs w3compat`, run it;
#   MODE cmake:      the same through find_package(w3compat CONFIG) in a user project.
# The program's output must equal expected_output.txt. With a MinGW toolchain file the
# program is cross-compiled and run under wine.
set -eu

mode=$1
build=$2
src=$3
work=$4
toolchain=${5:-}
here="$src/tests/install"
prefix="$work/prefix"

rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$prefix" >/dev/null

if [ -n "$toolchain" ]; then
    cc=$(sed -n 's/^set(W3_MINGW_ARCH \(.*\))$/\1/p' "$toolchain")-w64-mingw32-gcc
    run=wine
    exe_suffix=.exe
else
    cc=gcc
    run=
    exe_suffix=
fi

case $mode in
pkg-config)
    exe="$work/every_family$exe_suffix"
    # shellcheck disable=SC2046 # the flags are meant to split
    $cc -Wall -Wextra -Werror "$here/every_family.c" \
        $(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --cflags --libs w3compat) -o "$exe"
    ;;
cmake)
    cmake -S "$here/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$prefix" \
        ${toolchain:+-DCMAKE_TOOLCHAIN_FILE="$toolchain"} \
        -DCMAKE_C_FLAGS="-Wall -Wextra -Werror" >/dev/null
    cmake --build "$work/consumer" >/dev/null
    exe="$work/consumer/every_family$exe_suffix"
    ;;
*)
    echo "check-install: unknown mode $mode" >&2
    exit 2
    ;;
esac

# On Windows the program finds libw3compat's DLL next to itself.
[ -n "$toolchain" ] && cp "$prefix"/bin/*.dll "$(dirname "$exe")/"
$run "$exe" 2>/dev/null | tr -d '\r' >"$work/output.txt"
diff -u "$here/expected_output.txt" "$work/output.txt"
echo "check-install $mode: output matches"
