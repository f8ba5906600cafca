#!/bin/sh
# Installs the Debian packages the build and the test lanes need, if any is missing.
# Needs root to install; otherwise it names what is missing and fails.
set -eu

# wrk drives the recycle-under-load case; prometheus brings promtool, which checks the
# metrics endpoint's output (both cases skip that part without them).
packages="cmake make gcc g++ pkg-config mingw-w64 wine wine64 goaccess clang libclang-rt-14-dev libssl-dev openssl wrk prometheus"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages:$missing (run 'make test' as root, or apt-get install them)" >&2
    exit 1
fi
echo "install-deps: installing$missing"
# An index that fails to refresh (a mirror mid-sync) must not stop an install that the
# remaining indexes can satisfy.
apt-get update -qq || echo "install-deps: apt-get update reported errors; trying the install anyway" >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
