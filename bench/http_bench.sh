#!/bin/sh
# http_bench.sh BUILD_DIR [SECONDS]: w3host against nginx, measured in the same run with
# wrk (2 threads, 50 keep-alive connections, loopback), and their ratios. Cases
# (BENCH_CASES, all by default):
#   hello      the hello_world module against nginx `return 200`, no logs
#   realistic  a module that reads a server variable, keeps a request context, sets a
#              header and writes a body, behind three filters (PREPROC_HEADERS,
#              SEND_RESPONSE, LOG), with the W3C log on; against nginx doing the same
#              (add_header, return with $remote_addr) with its access log unbuffered,
#              then with `buffer=64k`; and the floor: bench/floor_server.c, the same
#              response written with nothing else done
#   static     a 1 KB and a 1 MB file, against nginx with sendfile on, no logs
#   idle       memory per idle keep-alive connection: the servers' RSS with 10,000
#              connections open, each after one request, against their RSS before
#   tls        hello over HTTPS: the same RSA 2048 certificate, TLS 1.2 and 1.3 offered by
#              both (w3host's AEAD suites, docs/tls.md, and nginx's defaults; the one
#              negotiated is printed)
# Both servers run with the same number of processes: 2 (nginx's worker_processes,
# w3host's --workers; one per core), then 1 for hello and realistic. Each throughput case
# is run BENCH_RUNS times per server (default 3), the servers taking turns, and the
# median is printed. Beside requests/s each case prints the servers' CPU time per request:
# user+system time of the master and its workers (/proc/PID/stat) over the run, divided by
# the requests wrk completed. With wrk and the servers sharing 2 cores, requests/s also
# measures the scheduler; CPU per request much less (compare the ratios of one run).
# BENCH_PIN=1 pins wrk to CPU 1 and the servers to CPU 0: runs then vary less (on a
# loaded 2-core machine, 1 process: 64k-67k requests/s pinned against 104k-136k not), but
# a server's processes share one core, so it is not the default (README.md, Benchmarks). Installs nginx, wrk and curl when missing and run as
# root. Not a test: it prints numbers.
set -eu

build=$1
seconds=${2:-10}
cases=${BENCH_CASES:-hello realistic static idle tls}
runs=${BENCH_RUNS:-3}
pin=${BENCH_PIN:-0}
clk_tck=$(getconf CLK_TCK)
bin="$build/bin"
w3host="$bin/w3host"
work=$(mktemp -d)
trap 'stop_servers; rm -rf "$work"' EXIT
w3host_pid=
nginx_pid=
scheme=http            # https in the tls case
nginx_listen_flags=    # "ssl" in the tls case
nginx_server_extra=    # its certificate

# Debian puts nginx in /usr/sbin, which a non-root PATH may lack.
PATH=$PATH:/usr/sbin
for tool in nginx wrk curl openssl; do
    command -v "$tool" >/dev/null 2>&1 || {
        [ "$(id -u)" -eq 0 ] || { echo "http_bench: $tool is not installed" >&2; exit 1; }
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
    }
done
# w3compat_add_module and w3compat_add_filter name their files NAME.so.
for f in w3host floor_server hello_world.so bench_realistic_module.so bench_preproc_filter.so \
    bench_send_filter.so bench_log_filter.so; do
    [ -f "$bin/$f" ] || {
        echo "http_bench: build $build natively first (needs bin/$f)" >&2
        exit 1
    }
done

# nginx's workers run as another user: the site must be readable by everyone.
chmod 755 "$work"
mkdir -p "$work/site" "$work/logs"
head -c 1024 /dev/urandom | od -An -tx1 | tr -d ' \n' | head -c 1024 >"$work/site/1k.txt"
head -c 1048576 /dev/zero | tr '\0' 'x' >"$work/site/1m.txt"

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

wait_for() {
    for _ in $(seq 1 100); do
        curl -sk -o /dev/null "$scheme://127.0.0.1:$1/" && return 0
        sleep 0.1
    done
    echo "http_bench: nothing answers on port $1" >&2
    exit 1
}

# The CPU time (user + system, in clock ticks) of a process and its children so far.
cpu_ticks() {
    pids="$1 $(cat /proc/"$1"/task/*/children 2>/dev/null)"
    for p in $pids; do
        # Fields after the command name (which may hold spaces): utime is the 12th.
        sed 's/^.*) //' /proc/"$p"/stat 2>/dev/null | awk '{ print $12 + $13 }'
    done | awk '{ s += $1 } END { print s + 0 }'
}

# wrk_run PID PORT PATH: one wrk run against the server PID; prints its requests/s and
# the server's CPU microseconds per request.
wrk_run() {
    before=$(cpu_ticks "$1")
    if [ "$pin" = 1 ]; then
        out=$(taskset -c 1 wrk -t2 -c50 -d"${seconds}s" -H "User-Agent: wrk" "$scheme://127.0.0.1:$2$3")
    else
        out=$(wrk -t2 -c50 -d"${seconds}s" -H "User-Agent: wrk" "$scheme://127.0.0.1:$2$3")
    fi
    after=$(cpu_ticks "$1")
    echo "$out" | awk -v b="$before" -v a="$after" -v hz="$clk_tck" '
        / requests in / { n = $1 }
        /^Requests\/sec:/ { rate = $2 }
        END { printf "%s %.2f\n", rate, (n > 0 ? (a - b) * 1e6 / hz / n : 0) }'
}

stop_servers() {
    kill $w3host_pid $nginx_pid 2>/dev/null || true
    wait $w3host_pid $nginx_pid 2>/dev/null || true
    w3host_pid=
    nginx_pid=
}

# start_nginx PROCESSES LOCATION_BODY [HTTP_EXTRA]
start_nginx() {
    nginx_port=$(free_port)
    rm -rf "$work/nginx"
    mkdir -p "$work/nginx"
    cat >"$work/nginx/nginx.conf" <<CONF
worker_processes $1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 20000; }
http {
    access_log off;
    keepalive_requests 1000000;
    keepalive_timeout 300s;
    client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx;
    fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx;
    scgi_temp_path $work/nginx;
    ${3:-}
    server {
        listen 127.0.0.1:$nginx_port $nginx_listen_flags;
        $nginx_server_extra
        location / { $2 }
    }
}
CONF
    $server_pin nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
    nginx_pid=$!
    wait_for "$nginx_port"
}

# start_w3host PROCESSES [FLAGS...]
start_w3host() {
    w3host_port=$(free_port)
    procs=$1
    shift
    $server_pin "$w3host" --root "$work/site" --listen "127.0.0.1:$w3host_port" \
        --workers "$procs" --idle-timeout 300 --quiet "$@" &
    w3host_pid=$!
    wait_for "$w3host_port"
}

# median VALUES...: the middle value (the mean of the two middle ones for an even count).
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
        END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

# answers_200 PORT PATH: the server answers the benchmark's request with 200.
answers_200() {
    code=$(curl -sk -o /dev/null -w '%{http_code}' "$scheme://127.0.0.1:$1$2")
    [ "$code" = 200 ] || {
        echo "http_bench: 127.0.0.1:$1$2 answers $code, not 200" >&2
        exit 1
    }
}

# rates PATH: BENCH_RUNS runs of each server, taking turns (which one goes first
# alternates); appends each run's requests/s and CPU µs per request to w3_runs, w3_cpus,
# ng_runs, ng_cpus, and sets w3, ng (median requests/s) and w3_cpu, ng_cpu (median CPU µs
# per request) over everything appended since reset_runs.
rates() {
    answers_200 "$w3host_port" "$1"
    answers_200 "$nginx_port" "$1"
    i=0
    while [ "$i" -lt "$runs" ]; do
        if [ $((i % 2)) = 0 ]; then
            w3_run=$(wrk_run "$w3host_pid" "$w3host_port" "$1")
            ng_run=$(wrk_run "$nginx_pid" "$nginx_port" "$1")
        else
            ng_run=$(wrk_run "$nginx_pid" "$nginx_port" "$1")
            w3_run=$(wrk_run "$w3host_pid" "$w3host_port" "$1")
        fi
        w3_runs="$w3_runs ${w3_run% *}"
        w3_cpus="$w3_cpus ${w3_run#* }"
        ng_runs="$ng_runs ${ng_run% *}"
        ng_cpus="$ng_cpus ${ng_run#* }"
        i=$((i + 1))
    done
    # shellcheck disable=SC2086 # the lists split into their values
    {
        w3=$(median $w3_runs)
        ng=$(median $ng_runs)
        w3_cpu=$(median $w3_cpus)
        ng_cpu=$(median $ng_cpus)
    }
}

reset_runs() {
    w3_runs= w3_cpus= ng_runs= ng_cpus=
}

# report W3_LABEL NG_LABEL: the lines of a case with one nginx configuration.
report() {
    printf '  %-30s %s requests/s (runs:%s), %s µs CPU/request\n' "$1:" "$w3" "$w3_runs" "$w3_cpu"
    printf '  %-30s %s requests/s (runs:%s), %s µs CPU/request\n' "$2:" "$ng" "$ng_runs" "$ng_cpu"
    echo "  ratio w3host/nginx requests/s (median): $(ratio "$w3" "$ng")"
    echo "  ratio nginx/w3host CPU per request:     $(ratio "$ng_cpu" "$w3_cpu")"
}

hello_case() {
    start_nginx "$1" 'return 200 "Hello, world!\n";'
    start_w3host "$1" --module "$bin/hello_world.so"
    reset_runs
    rates /
    stop_servers
    echo "hello, $1 process(es) each:"
    report "w3host + hello_world module" "nginx return 200"
}

realistic_case() {
    location='add_header X-Client $remote_addr; add_header X-Frame-Options DENY;
              default_type text/plain; return 200 "Hello, $remote_addr\n";'
    rm -rf "$work/logs"
    start_w3host "$1" --module "$bin/bench_realistic_module.so" \
        --filter "$bin/bench_preproc_filter.so" --filter "$bin/bench_send_filter.so" \
        --filter "$bin/bench_log_filter.so" --log-dir "$work/logs"
    start_nginx "$1" "$location" "access_log $work/nginx/access.log;"
    reset_runs
    rates /
    w3_plain_runs=$w3_runs w3_plain_cpus=$w3_cpus
    ng_plain=$ng ng_plain_cpu=$ng_cpu ng_plain_runs=$ng_runs
    stop_servers
    rm -rf "$work/logs"
    start_w3host "$1" --module "$bin/bench_realistic_module.so" \
        --filter "$bin/bench_preproc_filter.so" --filter "$bin/bench_send_filter.so" \
        --filter "$bin/bench_log_filter.so" --log-dir "$work/logs"
    start_nginx "$1" "$location" "access_log $work/nginx/access.log combined buffer=64k;"
    reset_runs
    w3_runs=$w3_plain_runs w3_cpus=$w3_plain_cpus # w3host's median is over both halves
    rates /
    stop_servers
    floor_rates "$1"
    echo "realistic (module + 3 filters + W3C log), $1 process(es) each:"
    printf '  %-30s %s requests/s (runs:%s), %s µs CPU/request\n' "w3host:" "$w3" "$w3_runs" "$w3_cpu"
    printf '  %-30s %s requests/s (runs:%s), %s µs CPU/request\n' \
        "nginx, access_log unbuffered:" "$ng_plain" "$ng_plain_runs" "$ng_plain_cpu"
    printf '  %-30s %s requests/s (runs:%s), %s µs CPU/request\n' \
        "nginx, access_log buffer=64k:" "$ng" "$ng_runs" "$ng_cpu"
    echo "  ratio w3host/nginx unbuffered requests/s (median): $(ratio "$w3" "$ng_plain")"
    echo "  ratio w3host/nginx buffer=64k requests/s (median): $(ratio "$w3" "$ng")"
    echo "  ratio nginx unbuffered/w3host CPU per request:     $(ratio "$ng_plain_cpu" "$w3_cpu")"
    echo "  ratio nginx buffer=64k/w3host CPU per request:     $(ratio "$ng_cpu" "$w3_cpu")"
    printf '  %-30s %s requests/s (runs:%s), %s µs CPU/request\n' \
        "floor (libuv, fixed answer):" "$floor" "$floor_runs" "$floor_cpu"
    echo "  ratio floor/nginx unbuffered requests/s (median):  $(ratio "$floor" "$ng_plain")"
}

# floor_rates PROCESSES: BENCH_RUNS runs of floor_server, the realistic case's response
# written after each request head with nothing else done (bench/floor_server.c): what a
# server on w3host's event loop and system calls reaches at best. Sets floor, floor_cpu
# (medians) and floor_runs.
floor_rates() {
    floor_port=$(free_port)
    $server_pin "$bin/floor_server" "$floor_port" "$1" &
    floor_pid=$!
    wait_for "$floor_port"
    floor_runs= floor_cpus=
    i=0
    while [ "$i" -lt "$runs" ]; do
        run=$(wrk_run "$floor_pid" "$floor_port" /)
        floor_runs="$floor_runs ${run% *}"
        floor_cpus="$floor_cpus ${run#* }"
        i=$((i + 1))
    done
    kill "$floor_pid"
    wait "$floor_pid" 2>/dev/null || true
    # shellcheck disable=SC2086 # the lists split into their values
    {
        floor=$(median $floor_runs)
        floor_cpu=$(median $floor_cpus)
    }
}

static_case() {
    start_nginx 2 "root $work/site;" "sendfile on; tcp_nopush on;"
    start_w3host 2
    for file in 1k.txt 1m.txt; do
        reset_runs
        rates "/$file"
        echo "static /$file, 2 processes each:"
        report "w3host" "nginx sendfile on"
    done
    stop_servers
}

# The resident memory of a process and its children, in KB.
rss_kb() {
    pids="$1 $(cat /proc/"$1"/task/*/children 2>/dev/null)"
    for p in $pids; do
        awk '/^VmRSS:/ {print $2}' /proc/"$p"/status 2>/dev/null
    done | awk '{ s += $1 } END { print s + 0 }'
}

# idle_bytes PID PORT: bytes of RSS per connection with 10,000 idle keep-alive connections.
idle_bytes() {
    before=$(rss_kb "$1")
    python3 "$(dirname "$0")/idle_connections.py" "$2" 10000 "$work/idle.ready" "$work/idle.done" &
    client=$!
    for _ in $(seq 1 600); do
        [ -f "$work/idle.ready" ] && break
        sleep 0.1
    done
    after=$(rss_kb "$1")
    touch "$work/idle.done"
    wait "$client"
    rm -f "$work/idle.ready" "$work/idle.done"
    awk -v a="$after" -v b="$before" 'BEGIN { printf "%d", (a - b) * 1024 / 10000 }'
}

idle_case() {
    ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
    start_w3host 1
    w3=$(idle_bytes "$w3host_pid" "$w3host_port")
    w3_total=$(rss_kb "$w3host_pid")
    stop_servers
    start_nginx 1 'return 200 "Hello, world!\n";'
    ng=$(idle_bytes "$nginx_pid" "$nginx_port")
    ng_total=$(rss_kb "$nginx_pid")
    stop_servers
    echo "idle keep-alive connections, 10,000 open, 1 process each:"
    echo "  w3host: $w3 bytes per connection (RSS $w3_total KB after)"
    echo "  nginx:  $ng bytes per connection (RSS $ng_total KB after)"
    echo "  ratio w3host/nginx: $(ratio "$w3" "$ng")"
}

# The TLS version and cipher a client gets from the server on PORT.
negotiated() {
    curl -skv -o /dev/null "https://127.0.0.1:$1/" 2>&1 |
        awk '/SSL connection using/ { sub(/.*using /, ""); print; exit }'
}

tls_case() {
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/tls.key" -out "$work/tls.crt" \
        -days 2 -subj "/CN=localhost" 2>/dev/null
    chmod 644 "$work/tls.key"
    scheme=https
    nginx_listen_flags=ssl
    nginx_server_extra="ssl_certificate $work/tls.crt; ssl_certificate_key $work/tls.key;
        ssl_protocols TLSv1.2 TLSv1.3;"
    start_nginx "$1" 'return 200 "Hello, world!\n";'
    start_w3host "$1" --module "$bin/hello_world.so" --tls-cert "$work/tls.crt" \
        --tls-key "$work/tls.key"
    w3_cipher=$(negotiated "$w3host_port")
    ng_cipher=$(negotiated "$nginx_port")
    reset_runs
    rates /
    stop_servers
    scheme=http
    nginx_listen_flags=
    nginx_server_extra=
    echo "tls hello (keep-alive: one handshake per connection), $1 process(es) each:"
    report "w3host + hello_world module" "nginx return 200"
    echo "  ciphers: w3host $w3_cipher; nginx $ng_cipher"
}

server_pin=
if [ "$pin" = 1 ]; then
    server_pin="taskset -c 0"
    echo "wrk -t2 -c50 -d${seconds}s, loopback, $runs runs each; wrk on CPU 1, the servers on CPU 0"
else
    echo "wrk -t2 -c50 -d${seconds}s, loopback, $runs runs each; the servers share the 2 cores with wrk"
fi
for c in $cases; do
    case $c in
    hello)
        hello_case 2
        hello_case 1
        ;;
    realistic)
        realistic_case 2
        realistic_case 1
        ;;
    static) static_case ;;
    idle) idle_case ;;
    tls)
        tls_case 2
        tls_case 1
        ;;
    *)
        echo "http_bench: unknown case $c" >&2
        exit 2
        ;;
    esac
done
