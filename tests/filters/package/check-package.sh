#!/bin/sh
# check-package.sh BUILD_DIR SOURCE_DIR WORK_DIR EXPORT_TOOL [TOOLCHAIN_FILE]
#   Installs BUILD_DIR into a fresh prefix, builds tests/filters/package (a user's
#   project calling w3compat_add_filter) against it, and checks what the filters export.
set -eu
build=$1
src=$2
work=$3
tool=$4
toolchain=${5:-}
here="$src/tests/filters"
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$here/package" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" \
    -DSAMPLE_DIR="$src/samples/filters" ${toolchain:+-DCMAKE_TOOLCHAIN_FILE="$toolchain"} \
    -DCMAKE_C_FLAGS="-Wall -Wextra -Werror" >/dev/null
cmake --build "$work/consumer" >/dev/null
suffix=.so
[ -n "$toolchain" ] && suffix=.dll
sh "$here/check-exports.sh" "$tool" "$work/consumer/counter$suffix" \
    GetFilterVersion HttpFilterProc TerminateFilter
sh "$here/check-exports.sh" "$tool" "$work/consumer/deffed$suffix" \
    GetFilterVersion HttpFilterProc
