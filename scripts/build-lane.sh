#!/bin/sh
# build-lane.sh NAME BUILD_DIR [cmake options...]: configures and builds a lane whose
# tests cannot run on this machine (no emulator for it), so that it at least compiles.
set -eu

name=$1
dir=$2
shift 2
echo "=== lane $name: configure and build only"
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$dir.configure.log" 2>&1 ||
    { cat "$dir.configure.log"; exit 1; }
cmake --build "$dir" -j "$(nproc 2>/dev/null || echo 2)"
