#!/bin/sh
# http_bench.sh BUILD_DIR [SECONDS]: requests per second of w3host serving the
# hello-world sample module, and of nginx answering `return 200`, measured in the same
# run with wrk (2 threads, 50 keep-alive connections, loopback), and their ratio.
# Both servers run with the same number of processes: 2 (nginx's worker_processes,
# w3host's --workers; one per core), then 1. Each figure is the better of two runs, the
# servers taking turns. Installs nginx and wrk when missing and run as root. Not a
# test: it prints numbers.
set -eu

build=$1
seconds=${2:-10}
w3host="$build/bin/w3host"
module="$build/bin/hello_world.so"
work=$(mktemp -d)
trap 'stop_servers; rm -rf "$work"' EXIT
w3host_pid=
nginx_pid=

# Debian puts nginx in /usr/sbin, which a non-root PATH may lack.
PATH=$PATH:/usr/sbin
for tool in nginx wrk; do
    command -v "$tool" >/dev/null 2>&1 || {
        [ "$(id -u)" -eq 0 ] || { echo "http_bench: $tool is not installed" >&2; exit 1; }
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
    }
done
# w3compat_add_module names the module NAME.so, without the usual lib prefix.
[ -x "$w3host" ] && [ -f "$module" ] || {
    echo "http_bench: build $build natively first (needs bin/w3host and bin/hello_world.so)" >&2
    exit 1
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

wait_for() {
    for _ in $(seq 1 100); do
        curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
        sleep 0.1
    done
    echo "http_bench: nothing answers on port $1" >&2
    exit 1
}

requests_per_second() {
    wrk -t2 -c50 -d"${seconds}s" "http://127.0.0.1:$1/" | awk '/^Requests\/sec:/ {print $2}'
}

stop_servers() {
    kill $w3host_pid $nginx_pid 2>/dev/null || true
    wait $w3host_pid $nginx_pid 2>/dev/null || true
    w3host_pid=
    nginx_pid=
}

# nginx as the toolchain notes set it up: `return 200`, no access log, keep-alive
# requests raised so wrk's connections stay open.
start_nginx() {
    nginx_port=$(free_port)
    rm -rf "$work/nginx"
    mkdir -p "$work/nginx"
    cat >"$work/nginx/nginx.conf" <<CONF
worker_processes $1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx;
    fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx;
    scgi_temp_path $work/nginx;
    server {
        listen 127.0.0.1:$nginx_port;
        location / { return 200 "Hello, world!\n"; }
    }
}
CONF
    nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
    nginx_pid=$!
    wait_for "$nginx_port"
}

start_w3host() {
    w3host_port=$(free_port)
    mkdir -p "$work/site"
    "$w3host" --root "$work/site" --listen "127.0.0.1:$w3host_port" --module "$module" \
        --workers "$1" --quiet &
    w3host_pid=$!
    wait_for "$w3host_port"
}

better() {
    awk -v a="$1" -v b="$2" 'BEGIN { print (a > b ? a : b) }'
}

compare() {
    start_nginx "$1"
    start_w3host "$1"
    w3a=$(requests_per_second "$w3host_port")
    nga=$(requests_per_second "$nginx_port")
    ngb=$(requests_per_second "$nginx_port")
    w3b=$(requests_per_second "$w3host_port")
    stop_servers
    w3=$(better "$w3a" "$w3b")
    ng=$(better "$nga" "$ngb")
    echo "$1 process(es) each:"
    echo "  w3host --workers $1 + hello_world module: $w3 requests/s (runs: $w3a, $w3b)"
    echo "  nginx worker_processes $1, return 200:    $ng requests/s (runs: $nga, $ngb)"
    awk -v a="$w3" -v b="$ng" 'BEGIN { printf "  ratio w3host/nginx: %.2f\n", a / b }'
}

echo "wrk -t2 -c50 -d${seconds}s, loopback; the servers share the 2 cores with wrk"
compare 2
compare 1
