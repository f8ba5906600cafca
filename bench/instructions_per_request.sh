#!/bin/sh
# instructions_per_request.sh BUILD_DIR [REQUESTS]: user-space instructions w3host runs per
# request, counted by valgrind's callgrind (the same on a busy machine, unlike requests/s,
# and where perf cannot read hardware counters). One worker, one keep-alive connection,
# one request at a time; cases as http_bench.sh's:
#   hello      the hello_world module, no log
#   realistic  bench_realistic_module behind the three bench filters, W3C log on
#   static     a 1 KB file from the static file handler, no log
# Counting starts after 200 warm-up requests (callgrind_control --zero) and ends after
# REQUESTS more (default 5000, --dump): the figure is that dump's total over REQUESTS.
# Keep the callgrind.out files with KEEP=DIR to read them with callgrind_annotate.
# Installs valgrind and curl when missing and run as root. Not a test: it prints numbers.
set -eu

build=$1
requests=${2:-5000}
bin="$build/bin"
work=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

for tool in valgrind curl; do
    command -v "$tool" >/dev/null 2>&1 || {
        [ "$(id -u)" -eq 0 ] || { echo "instructions_per_request: $tool is not installed" >&2; exit 1; }
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
    }
done
for f in w3host hello_world.so bench_realistic_module.so bench_preproc_filter.so \
    bench_send_filter.so bench_log_filter.so; do
    [ -f "$bin/$f" ] || {
        echo "instructions_per_request: build $build natively first (needs bin/$f)" >&2
        exit 1
    }
done
mkdir -p "$work/site" "$work/logs"
head -c 1024 /dev/zero | tr '\0' 'x' >"$work/site/1k.txt"

# A keep-alive client: N requests, each sent once the previous answer has come whole.
cat >"$work/client.py" <<'PY'
import socket, sys
port, n, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3].encode()
request = b"GET " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: wrk\r\n\r\n"
s = socket.create_connection(("127.0.0.1", port))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
buf = b""
for _ in range(n):
    s.sendall(request)
    while True:
        end = buf.find(b"\r\n\r\n")
        if end >= 0:
            length = 0
            for line in buf[:end].split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(buf) >= end + 4 + length:
                if not buf.startswith(b"HTTP/1.1 200 "):
                    sys.exit("not 200: %r" % buf[:40])
                buf = buf[end + 4 + length:]
                break
        more = s.recv(65536)
        if not more:
            sys.exit("connection closed")
        buf += more
PY

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# count CASE PATH FLAGS...: prints the instructions per request of one case.
count() {
    name=$1
    path=$2
    shift 2
    port=$(free_port)
    valgrind --tool=callgrind --compress-strings=no --callgrind-out-file="$work/$name.out" \
        "$bin/w3host" \
        --root "$work/site" --listen "127.0.0.1:$port" --workers 1 --idle-timeout 300 \
        --quiet "$@" 2>"$work/$name.valgrind" &
    pid=$!
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "http://127.0.0.1:$port/" && break
        sleep 0.2
    done
    python3 "$work/client.py" "$port" 200 "$path"
    callgrind_control --zero "$pid" >/dev/null 2>&1
    python3 "$work/client.py" "$port" "$requests" "$path"
    callgrind_control --dump "$pid" >/dev/null 2>&1
    kill "$pid"
    wait "$pid" || true
    pid=
    total=$(callgrind_annotate "$work/$name.out.1" 2>/dev/null |
        awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
    [ -z "${KEEP:-}" ] || cp "$work/$name.out.1" "$KEEP/callgrind.$name.out"
    awk -v t="$total" -v n="$requests" -v c="$name" \
        'BEGIN { printf "  %-10s %d instructions per request (%d over %d requests)\n", c, t / n, t, n }'
}

echo "w3host, user-space instructions per request (callgrind), 1 worker, 1 connection:"
count hello / --module "$bin/hello_world.so"
count realistic / --module "$bin/bench_realistic_module.so" \
    --filter "$bin/bench_preproc_filter.so" --filter "$bin/bench_send_filter.so" \
    --filter "$bin/bench_log_filter.so" --log-dir "$work/logs"
count static /1k.txt
