#!/bin/sh
# docker-check.sh [IMAGE]: builds packaging/docker/Dockerfile (unless IMAGE names one
# already built) and checks what a container user relies on: the site is served by a
# non-root w3host, the probes and metrics answer, Docker's HEALTHCHECK turns healthy, a
# SIGHUP recycles, and `docker stop` drains and exits 0 within its grace period.
# DOCKER_NETWORK=host runs the container on the host's network (for daemons without a
# bridge), on free ports instead of the published 8080/9100.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
image=${1:-}
name=w3host-check-$$
network=${DOCKER_NETWORK:-bridge}

fail() {
    echo "=== docker check: FAILED: $*" >&2
    docker logs "$name" 2>&1 | tail -20 >&2 || true
    docker rm -f "$name" >/dev/null 2>&1 || true
    exit 1
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

if [ -z "$image" ]; then
    image=w3host:check
    echo "=== docker check: build $image"
    docker build --network host -f "$src/packaging/docker/Dockerfile" -t "$image" "$src" ||
        fail "docker build"
fi

web=$(free_port)
ops=$(free_port)
if [ "$network" = host ]; then
    docker run -d --name "$name" --network host \
        --health-cmd "curl -fsS http://127.0.0.1:$ops/healthz >/dev/null || exit 1" \
        --health-interval 2s "$image" --root /srv/www --listen "127.0.0.1:$web" \
        --workers 2 --log-dir /var/log/w3host --metrics "127.0.0.1:$ops" >/dev/null ||
        fail "docker run"
else
    docker run -d --name "$name" --health-interval 2s -p "127.0.0.1:$web:8080" \
        -p "127.0.0.1:$ops:9100" "$image" >/dev/null || fail "docker run"
fi

get() { curl -fsS --max-time 5 "$@"; }
tries=0
until get -o /dev/null "http://127.0.0.1:$web/" 2>/dev/null; do
    tries=$((tries + 1))
    [ $tries -lt 50 ] || fail "the site did not answer on port $web"
    sleep 0.2
done

echo "=== docker check: the sample site"
get "http://127.0.0.1:$web/" | grep -q "<html" || fail "GET / did not return the sample page"
user=$(docker exec "$name" stat -c %U /proc/1)
[ "$user" = w3host ] || fail "w3host runs as '$user', not as the w3host user"

echo "=== docker check: probes and metrics"
get "http://127.0.0.1:$ops/healthz" >/dev/null || fail "/healthz"
get "http://127.0.0.1:$ops/readyz" >/dev/null || fail "/readyz"
get "http://127.0.0.1:$ops/metrics" | grep -q '^w3host_requests_total' ||
    fail "/metrics has no w3host_requests_total"
tries=0
until [ "$(docker inspect -f '{{.State.Health.Status}}' "$name")" = healthy ]; do
    tries=$((tries + 1))
    [ $tries -lt 40 ] || fail "Docker's HEALTHCHECK never reported healthy"
    sleep 0.5
done

echo "=== docker check: SIGHUP recycles"
docker kill -s HUP "$name" >/dev/null
tries=0
until docker logs "$name" 2>&1 | grep -q recycled; do
    tries=$((tries + 1))
    [ $tries -lt 50 ] || fail "no 'recycled' line after SIGHUP"
    sleep 0.2
done
get -o /dev/null "http://127.0.0.1:$web/" || fail "not serving after the recycle"
# The retired workers flushed their buffered W3C records as they drained.
tries=0
until docker exec "$name" sh -c 'grep -qs "GET /" $(find /var/log/w3host -name "*.log")'; do
    tries=$((tries + 1))
    [ $tries -lt 50 ] || fail "no W3C record under /var/log/w3host after the recycle"
    sleep 0.2
done

echo "=== docker check: docker stop drains"
docker stop -t 20 "$name" >/dev/null
code=$(docker inspect -f '{{.State.ExitCode}}' "$name")
docker rm "$name" >/dev/null
[ "$code" = 0 ] || fail "w3host exited $code on docker stop"
echo "=== docker check: passed"
