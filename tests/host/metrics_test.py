"""w3host's operations surface: Prometheus metrics that agree with a counted load,
/healthz (GL_HEALTH_CHECK and the modules' ReportUnhealthy), /readyz during a drain.

usage: metrics_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import lane, run
from w3host_client import TIMEOUT, free_port, request

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*",?)*\})? '
                    r'(-?[0-9.e+-]+|\+Inf|NaN)$')


def get(port, path):
    """(status, content type, body) of GET path on 127.0.0.1:port."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as s:
        s.sendall(("GET %s HTTP/1.1\r\nHost: x\r\n\r\n" % path).encode())
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict((k.strip().lower(), v.strip()) for k, _, v in
                   (line.partition(":") for line in lines[1:]))
    check(int(headers["content-length"]) == len(body), "Content-Length matches the body")
    return int(lines[0].split()[1]), headers.get("content-type"), body.decode()


def parse(text):
    """The samples of a Prometheus text exposition, checked strictly: every line is a
    HELP, a TYPE (before the metric's samples, once) or a sample of a declared metric;
    returns {"name{labels}": value}."""
    check(text.endswith("\n"), "ends with a newline")
    types, samples = {}, {}
    for line in text[:-1].split("\n"):
        if line.startswith("# HELP "):
            check(len(line.split(" ", 3)) == 4, "HELP has a text: " + line)
            continue
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ")
            check(kind in ("counter", "gauge", "histogram"), "type: " + line)
            check(name not in types, "one TYPE per metric: " + name)
            types[name] = kind
            continue
        m = SAMPLE.match(line)
        check(m is not None, "a sample line: %r" % line)
        name = m.group(1)
        base = re.sub(r"_(bucket|sum|count)$", "", name)
        check(name in types or types.get(base) == "histogram", "declared: " + name)
        if types.get(name) == "counter":
            check(name.endswith("_total"), "a counter ends in _total: " + name)
        key = name + (m.group(2) or "")
        check(key not in samples, "one sample per series: " + key)
        samples[key] = float(m.group(3))
    return samples


def scrape(port):
    status, ctype, body = get(port, "/metrics")
    check(status == 200, "metrics: 200, got %d" % status)
    check(ctype == "text/plain; version=0.0.4; charset=utf-8", "content type " + str(ctype))
    promtool = shutil.which("promtool")
    if promtool is not None:
        p = subprocess.run([promtool, "check", "metrics"], input=body.encode(),
                           capture_output=True, timeout=TIMEOUT)
        check(p.returncode == 0 and p.stdout.strip() == b"" and p.stderr.strip() == b"",
              "promtool check metrics: %s %s" % (p.stdout, p.stderr))
    return parse(body)


def exchange(h, path):
    """One request as raw bytes: (bytes sent, bytes received)."""
    c = h.connect()
    req = "GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" % path
    c.send(req)
    got = c.take_raw_until(b"\0never\0")
    c.close()
    return len(req), len(got)


def eventually(what, cond):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.1)
    raise AssertionError("timed out waiting for " + what)


def test_metrics_agree_with_a_counted_load(tmp):
    mport = free_port()
    with host(tmp, "--metrics", "127.0.0.1:%d" % mport) as h:
        sent = received = 0
        for path in ["/index.html"] * 12 + ["/missing"] * 3 + ["/digits.txt"] * 5:
            s, r = exchange(h, path)
            sent += s
            received += r
        m = scrape(mport)
        check(m['w3host_requests_total{class="2xx"}'] == 17, "2xx: %s" % m)
        check(m['w3host_requests_total{class="4xx"}'] == 3, "4xx")
        check(m['w3host_requests_total{class="5xx"}'] == 0, "5xx")
        check(m["w3host_received_bytes_total"] == sent, "request bytes %s, sent %d" %
              (m["w3host_received_bytes_total"], sent))
        check(m["w3host_sent_bytes_total"] == received, "response bytes %s, received %d" %
              (m["w3host_sent_bytes_total"], received))
        check(m["w3host_request_duration_seconds_count"] == 20, "histogram count")
        check(m['w3host_request_duration_seconds_bucket{le="+Inf"}'] == 20, "+Inf bucket")
        buckets = [v for k, v in m.items() if k.startswith("w3host_request_duration_seconds_b")]
        check(buckets == sorted(buckets), "buckets are cumulative")
        check(m["w3host_worker_processes"] == 1, "one process")
        check(m["w3host_draining"] == 0, "not draining")
        # Connections: one active (a request sent in part), one idle (answered, kept).
        busy = h.connect()
        busy.send("GET /index.html HTTP/1.1\r\nHost: x\r\n")
        idle = h.connect()
        idle.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
        check(idle.read_response().status == 200, "answered")

        def two_connections():
            m = scrape(mport)
            return (m['w3host_connections{state="active"}'] == 1 and
                    m['w3host_connections{state="idle"}'] == 1)
        eventually("one active and one idle connection", two_connections)
        busy.close()
        idle.close()
        check(get(mport, "/other")[0] == 404, "other paths: 404")
        check_clean_exit(h)


@posix_only("worker processes")
def test_metrics_add_up_across_workers_and_restarts(tmp):
    mport = free_port()
    with host(tmp, "--workers", "2", "--metrics", "127.0.0.1:%d" % mport) as h:
        pids = workers_listening(h, time.monotonic() + TIMEOUT)
        check(len(pids) == 2, "two workers")
        for _ in range(40):
            check(request(h, "/index.html").status == 200, "served")
        m = scrape(mport)
        check(m['w3host_requests_total{class="2xx"}'] == 40, "40 counted: %s" % m)
        check(m["w3host_worker_processes"] == 2, "two workers counted")
        os.kill(pids[0], signal.SIGKILL)
        eventually("the restart", lambda: scrape(mport)["w3host_worker_restarts_total"] == 1)
        eventually("two workers again", lambda: scrape(mport)["w3host_worker_processes"] == 2)
        m = scrape(mport)
        check(m['w3host_requests_total{class="2xx"}'] == 40, "a dead worker's count stays")
        check(m["w3host_rapid_fail_slots"] == 0, "no slot stopped")
        h.proc.send_signal(signal.SIGHUP)
        eventually("the recycle", lambda: scrape(mport)["w3host_recycles_total"] == 1)
        check(scrape(mport)['w3host_requests_total{class="2xx"}'] == 40, "kept over a recycle")
        check_clean_exit(h)


def test_healthz_reports_the_modules_answer(tmp):
    mport = free_port()
    probe = built_filter("w3host_ops_probe")
    # No periodic GL_HEALTH_CHECK during the case: only /healthz raises one.
    with host(tmp, "--module", probe, "--health-check", "86400", "--metrics",
              "127.0.0.1:%d" % mport) as h:
        before = int(request(h, "/index.html").header("X-Health-Probe-Checks"))
        status, _, body = get(mport, "/healthz")
        check(status == 200 and body == "healthy\n", "healthy: %d %r" % (status, body))
        after = int(request(h, "/index.html").header("X-Health-Probe-Checks"))
        check(after == before + 1, "GL_HEALTH_CHECK ran for the probe: %d -> %d" % (before, after))
        # Two requests so far: the module's IHttpPerfCounterInfo counters reach the metrics.
        eventually("the module's counters", lambda: scrape(mport).get(
            'w3host_module_perf_value{scope="server",index="3"}') == 2)
        m = scrape(mport)
        check(m['w3host_module_perf_value{scope="site",index="5"}'] == 4, "site counter 5")
        check(not any(k.startswith("w3host_module_perf_value") and "index=\"3\"" not in k
                      and "index=\"5\"" not in k for k in m), "only the counters raised")
        check_clean_exit(h)
    os.environ["W3HOST_TEST_UNHEALTHY"] = "disk full"
    try:
        mport = free_port()
        with host(tmp + "/2", "--module", probe, "--metrics", "127.0.0.1:%d" % mport) as h:
            status, _, body = get(mport, "/healthz")
            check(status == 503, "unhealthy: 503, got %d" % status)
            check(body == "unhealthy: disk full (0x80004005)\n", "the module's reason: %r" % body)
            check_clean_exit(h)
    finally:
        del os.environ["W3HOST_TEST_UNHEALTHY"]


@posix_only("drains on SIGTERM")
def test_readyz_is_false_while_draining(tmp):
    mport = free_port()
    with host(tmp, "--module", built_filter("w3host_slow_async"), "--metrics",
              "127.0.0.1:%d" % mport) as h:
        check(get(mport, "/readyz") == (200, "text/plain; charset=utf-8", "ready\n"), "ready")
        c = h.connect()
        c.send("GET /?1500 HTTP/1.1\r\nHost: x\r\n\r\n")  # keeps the drain going
        time.sleep(0.2)
        h.proc.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        status, _, body = get(mport, "/readyz")
        check(status == 503 and body == "draining\n", "not ready: %d %r" % (status, body))
        check(get(mport, "/healthz")[0] == 200, "still healthy while it drains")
        check(scrape(mport)["w3host_draining"] == 1, "the gauge says so")
        r = c.read_response()
        check(r is not None and r.status == 200, "the request in flight finished")
        check(h.proc.wait(TIMEOUT) == 0, "exit 0")


def test_metrics_pool_memory_and_its_limit(tmp):
    mport = free_port()
    limit = 160 * 1024
    with host(tmp, "--memory-limit", str(limit), "--metrics", "127.0.0.1:%d" % mport) as h:
        m = scrape(mport)
        check(m["w3host_pool_memory_limit_bytes"] == limit, "the limit")
        check(m["w3host_pool_memory_low_processes"] == 0, "not low at start")
        # A request whose headers are still arriving holds pool memory (an idle
        # connection holds none): start them until the pools are at the low-memory mark
        # (90% of the limit) or the server refuses one (503, and the connection closes).
        conns, low, refused = [], False, False
        for _ in range(20):
            for _ in range(2):
                c = h.connect()
                conns.append(c)
                c.send("GET /index.html HTTP/1.1\r\nHost: x\r\n")
            time.sleep(1.1)  # the gauges are refreshed every second
            answered, _, _ = select.select([c.sock for c in conns], [], [], 0)
            refused = len(answered) != 0
            m = scrape(mport)
            check(0 < m["w3host_pool_memory_committed_bytes"] <= limit,
                  "committed within the limit: %s" % m["w3host_pool_memory_committed_bytes"])
            if m["w3host_pool_memory_low_processes"] == 1:
                low = True
                check(m["w3host_pool_memory_committed_bytes"] >= limit * 0.9, "at the mark")
                break
            if refused:
                break
        check(low, "the low-memory state is reported")
        for c in conns:
            c.close()
        check_clean_exit(h)


def test_metrics_time_modules_and_filters(tmp):
    mport = free_port()
    with host(tmp, "--filter", built_filter("w3host_stamp_filter"), "--module",
              built_filter("w3host_dual_probe"), "--metrics", "127.0.0.1:%d" % mport) as h:
        for _ in range(10):
            check(request(h, "/index.html").status == 200, "served")
        probe = 'w3host_module_calls_total{module="w3host_dual_probe"}'
        # GL_PRE_BEGIN_REQUEST and RQ_BEGIN_REQUEST for each request.
        eventually("the module's calls", lambda: scrape(mport).get(probe) == 20)
        m = scrape(mport)
        check(m['w3host_module_seconds_total{module="w3host_dual_probe"}'] > 0, "its time")
        stamp = 'w3host_filter_calls_total{filter="%s"}' % os.path.basename(
            built_filter("w3host_stamp_filter"))
        # SF_NOTIFY_PREPROC_HEADERS and SF_NOTIFY_LOG for each request.
        check(m.get(stamp) == 20, "the filter's calls: %s" % m.get(stamp))
        check(m[stamp.replace("calls", "seconds")] > 0, "the filter's time")
        check(m['w3host_module_calls_total{module="IsapiFilterModule"}'] > 0,
              "the built-in filter module is listed")
        check_clean_exit(h)


def test_metrics_settings_errors(tmp):
    site = make_site(tmp)
    expect_exit_2(["--root", P(site), "--metrics", "127.0.0.1"], "--metrics", "not IP:PORT")
    expect_exit_2(["--root", P(site), "--metrics", "127.0.0.1:0"], "--metrics")
    cfg = write_config(tmp, free_port(), site, extra='<metrics path="/m"/>')
    expect_exit_2(["--config", P(cfg)], "<metrics>", "port is missing")
    cfg = write_config(tmp, free_port(), site, extra='<metrics port="9" path="m"/>')
    expect_exit_2(["--config", P(cfg)], "<metrics>", "does not start with /")


def test_metrics_path_from_config(tmp):
    port, mport = free_port(), free_port()
    site = make_site(tmp)
    cfg = write_config(tmp, port, site, extra='<metrics port="%d" path="/stats"/>' % mport)
    with config_host(cfg, port) as h:
        request(h, "/index.html")
        status, _, body = get(mport, "/stats")
        check(status == 200 and parse(body)['w3host_requests_total{class="2xx"}'] == 1,
              "metrics at /stats")
        check(get(mport, "/metrics")[0] == 404, "not at /metrics")
        check(request(h, "/stats").status == 404, "not on the site's port")
        check_clean_exit(h)


if __name__ == "__main__":
    sys.exit(run(globals()))
