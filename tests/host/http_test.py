"""w3host over real sockets: HTTP framing through the engine: keep-alive, pipelining, timeouts, smuggling, and filters and extensions on the wire.

usage: http_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import socket
import subprocess
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import TIMEOUT, request


def test_keep_alive(tmp):
    with host(tmp) as h:
        c = h.connect()
        for _ in range(3):
            c.send("GET /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n")
            r = c.read_response()
            check(r is not None and r.status == 200 and r.body == b"<html>home</html>\n",
                  "keep-alive response")
        c.close()


def test_http10_closes(tmp):
    with host(tmp) as h:
        c = h.connect()
        c.send("GET /index.html HTTP/1.0\r\n\r\n")
        r = c.read_response()
        check(r.status == 200, "HTTP/1.0 answered")
        check(c.closed_by_server(), "HTTP/1.0 without keep-alive is closed")


def test_connection_close_honoured(tmp):
    with host(tmp) as h:
        c = h.connect()
        c.send("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        check(c.read_response().status == 200, "answered")
        check(c.closed_by_server(), "closed after Connection: close")


def test_pipelined_1000_in_order(tmp):
    with host(tmp) as h:
        c = h.connect()
        reqs = "".join("GET /digits.txt HTTP/1.1\r\nHost: localhost\r\nRange: bytes=%d-%d\r\n\r\n"
                       % (i, i) for i in range(1000))
        c.send(reqs)
        for i in range(1000):
            r = c.read_response()
            check(r is not None and r.status == 206, "response %d is a 206" % i)
            check(r.header("Content-Range") == "bytes %d-%d/2000" % (i, i),
                  "response %d answers request %d: %s" % (i, i, r.header("Content-Range")))
            check(r.body == str(i % 10).encode(), "body of response %d" % i)
        c.close()


def test_slow_header_gets_408(tmp):
    with host(tmp, "--header-timeout", "0.5") as h:
        c = h.connect()
        c.send("GET / HTTP/1.1\r\nHost: localhost\r\n")  # headers never finished
        r = c.read_response()
        check(r is not None and r.status == 408, "408 for a slow header")
        check(c.closed_by_server(), "closed after 408")


def test_slow_body_gets_408(tmp):
    with host(tmp, "--header-timeout", "0.5", "--body-timeout", "1.5") as h:
        c = h.connect()
        c.send("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\n12")
        time.sleep(1.0)  # past the header-read timeout: the body has its own
        last_bytes = time.monotonic()
        c.send("345")  # a read of the body restarts its timeout
        r = c.read_response()
        waited = time.monotonic() - last_bytes
        check(r is not None and r.status == 408, "408 for a body that stopped arriving")
        check(waited >= 1.4, "the body-read timeout ran from the last bytes: %.2f s" % waited)
        check(c.closed_by_server(), "closed after 408")


def test_idle_keep_alive_closed(tmp):
    with host(tmp, "--idle-timeout", "0.5") as h:
        c = h.connect()
        c.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        check(c.read_response().status == 200, "answered")
        started = time.monotonic()
        check(c.closed_by_server(), "idle connection closed")
        check(time.monotonic() - started < TIMEOUT, "within the timeout")


def test_idle_timeout_runs_from_the_last_answer(tmp):
    with host(tmp, "--idle-timeout", "1") as h:
        c = h.connect()
        for _ in range(3):  # each request comes before the one before it would time out
            c.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
            r = c.read_response()
            check(r is not None and r.status == 200, "answered on the kept connection")
            last_answer = time.monotonic()
            time.sleep(0.7)
        check(c.closed_by_server(), "closed once idle")
        idle = time.monotonic() - last_answer
        check(idle >= 0.95, "idle for the whole timeout after the last answer: %.2f s" % idle)


def test_stalled_reader_is_dropped(tmp):
    site, _ = big_site(tmp, "big.txt", 8 << 20)
    with host(tmp, "--send-timeout", "0.5", site=site) as h:
        c = h.connect()
        c.send("GET /big.txt HTTP/1.1\r\nHost: x\r\n\r\n" * 4)  # 32 MB, never read
        time.sleep(2)
        received = 0
        try:
            while True:
                chunk = c.sock.recv(1 << 20)
                if not chunk:
                    break
                received += len(chunk)
        except (ConnectionResetError, socket.timeout):
            pass
        check(received < 4 * (8 << 20), "dropped before the whole answer (%d bytes)" % received)
        check(request(h, "/index.html").status == 200, "the server goes on")


def smuggling_case(tmp, raw):
    with host(tmp) as h:
        c = h.connect()
        c.send(raw)
        r = c.read_response()
        check(r is not None and r.status == 400, "400, got %s" % (r and r.status))
        check(c.closed_by_server(), "closed after 400")
        c.close()


def test_smuggling_cl_and_te(tmp):
    smuggling_case(tmp, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
                        "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /secret HTTP/1.1\r\n\r\n")


def test_smuggling_duplicate_content_length(tmp):
    smuggling_case(tmp, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
                        "Content-Length: 5\r\n\r\nabcde")


def test_smuggling_obs_fold(tmp):
    smuggling_case(tmp, "GET / HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n")


def test_smuggling_bad_chunk_size(tmp):
    smuggling_case(tmp, "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "zz\r\nabc\r\n0\r\n\r\n")


def test_expect_100_continue(tmp):
    with host(tmp) as h:
        c = h.connect()
        c.send("POST /index.html HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
               "Content-Length: 3\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 100, "100 Continue before the body")
        c.send("abc")
        check(c.read_response().status == 405, "then the final response")
        c.close()


def test_listen_ipv6_loopback(tmp):
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
            port = s.getsockname()[1]
    except OSError:
        raise Skip("no IPv6 loopback here")
    with host(tmp, "--listen", "[::1]:%d" % port, wait=False) as h:
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                s = socket.create_connection(("::1", port), timeout=TIMEOUT)
                break
            except OSError:
                check(time.monotonic() < deadline and h.proc.poll() is None,
                      "listening on [::1]: " + h.stderr())
                time.sleep(0.05)
        s.sendall(b"GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        s.close()
        check(data.startswith(b"HTTP/1.1 200"), "served over IPv6")


def test_host_required_on_11(tmp):
    with host(tmp) as h:
        c = h.connect()
        c.send("GET / HTTP/1.1\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 400, "HTTP/1.1 without Host gets 400")


def test_filter_loaded_with_flag(tmp):
    stamp = built_filter("w3host_stamp_filter")
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--filter", stamp, "--log-dir", P(logs), "--log-buffer", "0") as h:
        r = request(h, "/index.html", {"User-Agent": "Mozilla/5.0 (Test; w3host)",
                                       "Referer": "http://example.test/a page"})
        check(r.status == 200 and r.header("X-Stamp") == "w3host", "the filter stamped it")
    line = open(os.path.join(logs, log_files(logs)[0])).read().splitlines()[4].split(" ")
    check(len(line) == 15, "15 fields: %s" % line)
    check(line[7] == "stamp-user", "SF_NOTIFY_LOG's user name is logged: %s" % line)
    check(line[9] == "Mozilla/5.0+(Test;+w3host)", "cs(User-Agent), spaces as '+': %s" % line)
    check(line[10] == "http://example.test/a+page", "cs(Referer), spaces as '+': %s" % line)


def test_filter_url_map_and_send_response_header(tmp):
    path_filter = built_filter("w3host_path_filter")
    with host(tmp, "--filter", path_filter) as h:
        c = h.connect()
        c.send("GET /alias/page.htm HTTP/1.1\r\nHost: localhost\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 200 and r.body == b"sub page\n",
              "the file URL_MAP's rewritten path names is served")
        c.send("GET /deny HTTP/1.1\r\nHost: localhost\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 403 and r.body == b"denied",
              "SEND_RESPONSE_HEADER sends the body after ul1's blank line")
        c.send("GET /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 200, "framed: the connection is kept")
        c.close()


def test_extension_echo_and_redirect(tmp):
    echo = built_filter("echo_extension")
    with host(tmp, "--extension", echo + "=/echo.dll") as h:
        c = h.connect()
        c.send("POST /echo.dll/a/b?x=1 HTTP/1.1\r\nHost: localhost\r\n"
               "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello")
        r = c.read_response()
        check(r is not None and r.status == 200, "the extension answers")
        text = r.body.decode()
        check("REQUEST_METHOD: POST\nQUERY_STRING: x=1\nPATH_INFO: /a/b\n" in text, text)
        check("REMOTE_ADDR: 127.0.0.1\n" in text and text.endswith("\n\nhello"), text)
        c.send("GET /echo.dll/redirect HTTP/1.1\r\nHost: localhost\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 302 and r.header("Location") == "/index.html",
              "redirect on the kept connection")
        c.close()
        r = request(h, "/index.html")
        check(r.status == 200 and r.body == b"<html>home</html>\n", "other URLs: static files")


def test_extension_refused_stops_the_host(tmp):
    p = subprocess.run(exe_cmd() + ["--root", P(make_site(tmp)), "--listen", "127.0.0.1:0",
                                    "--extension", P(os.path.join(tmp, "missing.dll")) + "=/x"],
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    check(p.returncode != 0, "w3host does not serve without its extension")
    check(b"ISAPI extension 'missing'" in p.stderr, p.stderr.decode(errors="replace"))


def test_http10_keep_alive(tmp):
    with host(tmp) as h:
        c = h.connect()
        for _ in range(2):
            c.send("GET /index.html HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            r = c.read_response()
            check(r is not None and r.status == 200, "HTTP/1.0 keep-alive answered")
        c.close()


def test_absolute_form_target(tmp):
    with host(tmp) as h:
        r = request(h, "http://localhost/index.html")
        check(r.status == 200 and r.body == b"<html>home</html>\n", "absolute-form served")


def test_chunked_response_and_http10_close_delimited(tmp):
    with host(tmp, "--module", built_filter("w3host_stream")) as h:
        c = h.connect()
        c.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        raw = c.take_raw_until(b"0\r\n\r\n")
        head, _, body = raw.partition(b"\r\n\r\n")
        check(b"Transfer-Encoding: chunked" in head and b"Content-Length" not in head,
              "a flushed response without a length is chunked: %r" % head)
        check(body == b"b\r\nfirst part\n\r\nc\r\nsecond part\n\r\n0\r\n\r\n",
              "two chunks and the last one: %r" % body)
        c.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 200, "the connection goes on after it")
        c.close()

        c = h.connect()
        c.send("GET /stream HTTP/1.0\r\n\r\n")
        raw = c.take_raw_until(b"\0")  # no marker: read until the server closes
        head, _, body = raw.partition(b"\r\n\r\n")
        check(b"Transfer-Encoding" not in head and b"Content-Length" not in head,
              "HTTP/1.0: no framing header: %r" % head)
        check(body == b"first part\nsecond part\n", "the body ends with the connection: %r" % body)


def test_chunked_body_then_next_request(tmp):
    with host(tmp) as h:
        c = h.connect()
        c.send("POST /index.html HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
               "5\r\nhello\r\n0\r\n\r\nGET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
        r = c.read_response()
        check(r.status == 405 and r.header("Allow") == "GET, HEAD", "POST to a file: 405")
        r = c.read_response()
        check(r is not None and r.status == 200, "the request after the chunked body")
        c.close()


if __name__ == "__main__":
    sys.exit(run(globals()))
