#!/bin/sh
# The MinGW build of w3host.exe under Wine serves a file through a MinGW-built ISAPI
# filter, then answers through a MinGW-built native module (hello_world) with the
# filter still loaded, to curl on loopback.
# usage: wine_smoke.sh W3HOST_EXE FILTER_DLL MODULE_DLL SITE_DIR
set -u
exe=$1 filter=$2 module=$3 site=$4
tmp=$(mktemp -d)
pid=
stop_host() {
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    pid=
}
cleanup() {
    stop_host
    rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
    echo "FAILED: $*"
    echo "--- w3host output:"
    cat "$tmp/w3host.log"
    exit 1
}

# Starts w3host.exe with the given extra flags on a free port and waits until it
# answers GET $1. Wine's Z: drive is the Unix root; the output is detached so that no
# Wine helper inherits CTest's pipe.
start_host() {
    path=$1
    shift
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    wine "$exe" --root "Z:$site" --listen "127.0.0.1:$port" "$@" \
        </dev/null >"$tmp/w3host.log" 2>&1 &
    pid=$!
    tries=0
    until curl -s --max-time 5 -o "$tmp/body" -D "$tmp/headers" "http://127.0.0.1:$port$path"; do
        kill -0 "$pid" 2>/dev/null || fail "w3host.exe exited before answering"
        tries=$((tries + 1))
        [ "$tries" -lt 300 ] || fail "no answer on port $port within 60 s"
        sleep 0.2
    done
}

start_host /index.html --filter "Z:$filter"
head -n 1 "$tmp/headers" | grep -q "^HTTP/1.1 200" || fail "status: $(head -n 1 "$tmp/headers")"
grep -qi "^X-Stamp: w3host" "$tmp/headers" || fail "the filter's header is missing"
cmp -s "$tmp/body" "$site/index.html" || fail "the body is not index.html"
code=$(curl -s --max-time 10 -o /dev/null -w "%{http_code}" -H "Range: bytes=0-9" \
    "http://127.0.0.1:$port/css/site.css")
[ "$code" = 206 ] || fail "Range request: $code"
code=$(curl -s --max-time 10 -o /dev/null -w "%{http_code}" --path-as-is \
    "http://127.0.0.1:$port/%2e%2e/%2e%2e/etc/passwd")
[ "$code" = 400 ] || fail "traversal: $code"
stop_host

# hello_world answers every request in RQ_BEGIN_REQUEST; the filter still stamps it.
start_host /index.html --filter "Z:$filter" --module "Z:$module"
head -n 1 "$tmp/headers" | grep -q "^HTTP/1.1 200" || fail "module status: $(head -n 1 "$tmp/headers")"
grep -qi "^Content-Type: text/plain" "$tmp/headers" || fail "the module's Content-Type is missing"
grep -qi "^X-Stamp: w3host" "$tmp/headers" || fail "the filter's header is missing beside the module"
[ "$(cat "$tmp/body")" = "Hello World" ] || fail "module body: $(cat "$tmp/body")"
echo "passed"
