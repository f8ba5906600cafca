#!/bin/sh
# check-package.sh BUILD_DIR SOURCE_DIR WORK_DIR EXPORT_TOOL [TOOLCHAIN_FILE]
#   Installs BUILD_DIR into a fresh prefix, builds tests/modules/package (a user's
#   project calling w3compat_add_module) against it, and checks that the module exports
#   exactly RegisterModule.
set -eu
build=$1
src=$2
work=$3
tool=$4
toolchain=${5:-}
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$src/tests/modules/package" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" \
    -DSAMPLE_DIR="$src/samples/modules" ${toolchain:+-DCMAKE_TOOLCHAIN_FILE="$toolchain"} \
    -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror" >/dev/null
cmake --build "$work/consumer" >/dev/null
suffix=.so
[ -n "$toolchain" ] && suffix=.dll
sh "$src/tests/filters/check-exports.sh" "$tool" "$work/consumer/hello$suffix" RegisterModule
