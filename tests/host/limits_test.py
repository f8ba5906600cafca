"""w3host over real sockets: Limits: HTTP/0.9, bare LF, requests per connection, connections.

usage: limits_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import TIMEOUT, free_port, request


def test_http09_request_line_gets_400_at_once(tmp):
    with host(tmp, "--header-timeout", "30") as h:
        c = h.connect()
        started = time.monotonic()
        c.send("GET /index.html\r\n")
        r = c.read_response()
        check(r is not None and r.status == 400, "HTTP/0.9 request line answered 400")
        check(time.monotonic() - started < 5, "at once, not after the header timeout")
        check(c.closed_by_server(), "and the connection closed")


def test_bare_lf_line_ends_get_400(tmp):
    with host(tmp) as h:
        c = h.connect()
        c.send("GET /index.html HTTP/1.1\nHost: x\n\n")
        r = c.read_response()
        check(r is not None and r.status == 400, "bare LF refused as HTTP.sys does")


def test_requests_per_connection_limit(tmp):
    with host(tmp, "--max-requests-per-connection", "3") as h:
        c = h.connect()
        for i in range(3):
            c.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
            r = c.read_response()
            check(r is not None and r.status == 200, "request %d answered" % (i + 1))
            closing = (r.header("Connection") or "").lower() == "close"
            check(closing == (i == 2), "Connection: close on the third response only")
        check(c.closed_by_server(), "closed after the third request")
        check(request(h, "/index.html").status == 200, "a new connection is served")


def limit_config(tmp, port, max_connections, max_requests):
    site = make_site(tmp)
    cfg = os.path.join(tmp, "applicationHost.config")
    with open(cfg, "w") as f:
        f.write("""<configuration><system.applicationHost><sites><site name="s" id="1">
<application path="/"><virtualDirectory path="/" physicalPath="%s"/></application>
<bindings><binding protocol="http" bindingInformation="127.0.0.1:%d:"/></bindings>
<limits maxConnections="%d"/>
</site></sites></system.applicationHost>
<w3compat><limits maxRequestsPerConnection="%d"/></w3compat></configuration>
""" % (P(site), port, max_connections, max_requests))
    return cfg


def open_served(h, n):
    """n connections, each after one answered keep-alive request."""
    conns = []
    for _ in range(n):
        c = h.connect()
        c.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
        check(c.read_response().status == 200, "served under the limit")
        conns.append(c)
    return conns


def check_connection_limit(h):
    conns = open_served(h, 2)
    over = h.connect()
    r = over.read_response()
    check(r is not None and r.status == 503, "503 over the connection limit")
    check(over.closed_by_server(), "and closed")
    conns[0].close()
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:  # the server sees the close asynchronously
        c = h.connect()
        c.send("GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        r = c.read_response()
        c.close()
        if r is not None and r.status == 200:
            break
        time.sleep(0.05)
    check(r is not None and r.status == 200, "served again once a connection closed")
    for c in conns[1:]:
        c.close()


def test_max_connections_from_config(tmp):
    port = free_port()
    cfg = limit_config(tmp, port, 2, 0)
    with config_host(cfg, port) as h:
        check_connection_limit(h)


def test_max_requests_per_connection_from_config(tmp):
    port = free_port()
    cfg = limit_config(tmp, port, 4294967295, 2)
    with config_host(cfg, port) as h:
        c = h.connect()
        c.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n" * 3)
        check(c.read_response().status == 200 and c.read_response().status == 200, "two")
        check(c.closed_by_server() and c.read_response() is None, "then closed, third dropped")


@posix_only("one worker process on Windows")
def test_max_connections_counts_every_worker(tmp):
    with host(tmp, "--workers", "2", "--max-connections", "2") as h:
        workers_listening(h, time.monotonic() + TIMEOUT)
        check_connection_limit(h)


if __name__ == "__main__":
    sys.exit(run(globals()))
