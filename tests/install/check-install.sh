#!/bin/sh
# check-install.sh MODE BUILD_DIR SOURCE_DIR WORK_DIR [TOOLCHAIN_FILE]
#   MODE pkg-config: install BUILD_DIR into a fresh prefix, compile every_family.c with
#                    the compiler and `pkg-config --cflags --libs w3compat`,
#                    engine_request.c with w3engine's and harness_request.c with
#                    w3compat-harness's, and run them;
#   MODE cmake:      the same through find_package(w3compat CONFIG) in a user project
#                    (targets w3compat::compat, ::engine, ::harness).
# The programs' output must equal expected_output.txt and expected_requests.txt. With a
# MinGW toolchain file the programs are cross-compiled and run under wine, and the
# install must have the toolchain files users configure their projects with.
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

fail() {
    echo "check-install $mode: $*" >&2
    exit 1
}

for f in share/w3compat/toolchains/mingw-w64-x86_64.cmake \
    share/w3compat/toolchains/mingw-w64-i686.cmake lib/cmake/w3compat/W3CompatTest.cmake; do
    [ -f "$prefix/$f" ] || fail "$f is not installed"
done

case $mode in
pkg-config)
    export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
    # Each package brings what it requires: the harness the engine, the engine compat.
    libs=$(pkg-config --libs w3compat-harness)
    for lib in -lw3harness -lw3engine -lw3compat; do
        case " $libs " in *" $lib "*) ;; *) fail "pkg-config --libs w3compat-harness lacks $lib: $libs" ;; esac
    done
    case " $(pkg-config --libs w3engine) " in *" -lw3harness "*) fail "w3engine links the harness" ;; esac
    dir="$work"
    for pair in every_family:w3compat engine_request:w3engine harness_request:w3compat-harness; do
        prog=${pair%%:*}
        pkg=${pair#*:}
        # shellcheck disable=SC2046 # the flags are meant to split
        $cc -Wall -Wextra -Werror "$here/$prog.c" $(pkg-config --cflags --libs "$pkg") \
            -o "$dir/$prog$exe_suffix" || fail "$prog.c does not build with pkg-config $pkg"
    done
    ;;
cmake)
    cmake -S "$here/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$prefix" \
        ${toolchain:+-DCMAKE_TOOLCHAIN_FILE="$toolchain"} \
        -DCMAKE_C_FLAGS="-Wall -Wextra -Werror" >/dev/null
    cmake --build "$work/consumer" >/dev/null
    dir="$work/consumer"
    ;;
*)
    echo "check-install: unknown mode $mode" >&2
    exit 2
    ;;
esac

# On Windows the programs find the DLLs next to themselves.
[ -n "$toolchain" ] && cp "$prefix"/bin/*.dll "$dir/"
$run "$dir/every_family$exe_suffix" 2>/dev/null | tr -d '\r' >"$work/output.txt"
diff -u "$here/expected_output.txt" "$work/output.txt"
{
    $run "$dir/engine_request$exe_suffix"
    $run "$dir/harness_request$exe_suffix"
} | tr -d '\r' >"$work/requests.txt"
diff -u "$here/expected_requests.txt" "$work/requests.txt"
echo "check-install $mode: output matches"
