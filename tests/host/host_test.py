"""Integration tests of w3host over real loopback sockets.

usage: host_test.py [--wine] W3HOST CASE     (exit 0 pass, 1 fail, 77 skipped)
Each case starts its own w3host on a free 127.0.0.1 port and stops it. With --wine,
W3HOST is the MinGW build, run under Wine, and is given Windows paths (Z: is /)."""
import datetime
import hashlib
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

from w3host_client import TIMEOUT, W3Host, free_port, request

EXE = None
WINE = False
SKIP = 77


class Skip(Exception):
    pass


def make_site(root):
    """A document root with a secret file beside it that no URL may reach."""
    site = os.path.join(root, "site")
    os.makedirs(os.path.join(site, "sub"))
    with open(os.path.join(site, "index.html"), "w") as f:
        f.write("<html>home</html>\n")
    with open(os.path.join(site, "digits.txt"), "w") as f:
        f.write("".join(str(i % 10) for i in range(2000)))
    with open(os.path.join(site, "sub", "page.htm"), "w") as f:
        f.write("sub page\n")
    with open(os.path.join(site, "noext"), "w") as f:
        f.write("no MIME type\n")
    with open(os.path.join(root, "secret.txt"), "w") as f:
        f.write("SECRET\n")
    return site


def P(path):
    """A path as the program under test names it."""
    return "Z:" + path if WINE else path


def exe_cmd():
    return ["wine", EXE] if WINE else [EXE]


def built_filter(name):
    """An ISAPI filter or native module built beside w3host."""
    return P(os.path.join(os.path.dirname(EXE), name + (".dll" if WINE else ".so")))


def posix_only(why):
    """Cases about POSIX processes and signals: skipped in the Wine lane."""
    def wrap(fn):
        def run(tmp):
            if WINE:
                raise Skip("not under Wine: " + why)
            fn(tmp)
        return run
    return wrap


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def host(tmp, *args, site=None, **kw):
    """w3host serving site (None: a new make_site(tmp))."""
    site = site or make_site(tmp)
    return W3Host(exe_cmd(), ["--root", P(site)] + list(args), **kw)


def config_host(cfg, port, *args):
    return W3Host(exe_cmd(), ["--config", P(cfg)] + list(args), port=port)


# ---- HTTP framing through the engine ----

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


# ---- static files ----

def test_static_content_type_and_validators(tmp):
    with host(tmp) as h:
        r = request(h, "/index.html")
        check(r.status == 200 and r.header("Content-Type") == "text/html", "text/html")
        check(r.header("ETag", ) is not None and r.header("Last-Modified") is not None,
              "validators present")
        check(request(h, "/noext").status == 404, "no MIME map: 404 as in IIS")


def test_static_conditional_304(tmp):
    with host(tmp) as h:
        first = request(h, "/digits.txt")
        etag, modified = first.header("ETag"), first.header("Last-Modified")
        r = request(h, "/digits.txt", {"If-None-Match": etag})
        check(r.status == 304 and r.body == b"", "If-None-Match -> 304")
        r = request(h, "/digits.txt", {"If-None-Match": '"other"'})
        check(r.status == 200, "other ETag -> 200")
        r = request(h, "/digits.txt", {"If-Modified-Since": modified})
        check(r.status == 304, "If-Modified-Since -> 304")
        r = request(h, "/digits.txt", {"If-Modified-Since": "Thu, 01 Jan 1998 00:00:00 GMT"})
        check(r.status == 200, "older If-Modified-Since -> 200")


def test_static_range(tmp):
    with host(tmp) as h:
        r = request(h, "/digits.txt", {"Range": "bytes=10-14"})
        check(r.status == 206 and r.body == b"01234", "206 with the bytes")
        check(r.header("Content-Range") == "bytes 10-14/2000", "Content-Range")
        r = request(h, "/digits.txt", {"Range": "bytes=-3"})
        check(r.status == 206 and r.body == b"789", "suffix range")
        r = request(h, "/digits.txt", {"Range": "bytes=5000-"})
        check(r.status == 416 and r.header("Content-Range") == "bytes */2000", "416")
        r = request(h, "/digits.txt", {"Range": "bytes=0-1,5-6"})
        check(r.status == 200 and len(r.body) == 2000, "several ranges: whole file")


def test_static_head(tmp):
    with host(tmp) as h:
        c = h.connect()
        c.send("HEAD /digits.txt HTTP/1.1\r\nHost: x\r\n\r\nGET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
        r = c.read_response(head=True)
        check(r.status == 200 and r.header("Content-Length") == "2000", "HEAD length")
        r = c.read_response()
        check(r.status == 200 and r.body == b"<html>home</html>\n", "no body after HEAD")
        c.close()


# ---- static files sent from the thread pool (sendfile on Linux) ----

def big_site(tmp, name="big.zip", size=12 << 20):
    """make_site plus a file of `size` random bytes; returns (site, its bytes)."""
    site = make_site(tmp)
    data = os.urandom(size)
    with open(os.path.join(site, name), "wb") as f:
        f.write(data)
    return site, data


def digest(data):
    return hashlib.sha256(data).hexdigest()


def check_clean_exit(h):
    """SIGTERM ends the server with status 0 (in the sanitizer lane: nothing leaked).
    Under Wine the signal goes to the wine process, whose status says nothing."""
    if not WINE:
        check(h.stop() == 0, "clean exit after SIGTERM: " + h.stderr())


def test_big_file_arrives_byte_exact(tmp):
    site, data = big_site(tmp)
    with host(tmp, site=site) as h:
        r = request(h, "/big.zip")
        check(r.status == 200 and r.header("Content-Length") == str(len(data)), "200, length")
        check(digest(r.body) == digest(data), "the body is the file")
        r = request(h, "/big.zip", {"Range": "bytes=1000001-9000000"})
        check(r.status == 206 and r.header("Content-Range") ==
              "bytes 1000001-9000000/%d" % len(data), "206 with its range")
        check(digest(r.body) == digest(data[1000001:9000001]), "the range's bytes")
        check_clean_exit(h)


def test_slow_file_reader_does_not_stall_others(tmp):
    site, data = big_site(tmp, size=32 << 20)
    # A 3 s send timeout: the slow reader keeps its connection only because file bytes
    # count as progress.
    with host(tmp, "--send-timeout", "3", site=site) as h:
        slow = h.connect(rcvbuf=64 << 10)
        slow.send("GET /big.zip HTTP/1.1\r\nHost: x\r\n\r\n")
        got = slow.sock.recv(65536)
        check(got.startswith(b"HTTP/1.1 200"), "the big file's response started")
        slow.buf += got
        for i in range(20):
            r = request(h, "/digits.txt", {"Range": "bytes=%d-%d" % (i, i)})
            check(r.status == 206 and r.body == str(i % 10).encode(),
                  "request %d answered while the big file is on its way" % i)
        started = time.monotonic()
        while time.monotonic() - started < 4.0:  # at most 64 KB every 10 ms, for 4 s
            chunk = slow.sock.recv(64 << 10)
            check(chunk, "connection kept while the reader is slow but steady")
            slow.buf += chunk
            time.sleep(0.01)
        check(len(slow.buf) < len(data), "the file was still on its way after 4 s")
        r = slow.read_response()
        check(r.status == 200 and digest(r.body) == digest(data), "the slow reader's file whole")
        check_clean_exit(h)


def test_pipelined_after_file_in_order(tmp):
    site, data = big_site(tmp, size=6 << 20)
    with host(tmp, site=site) as h:
        c = h.connect()
        c.send("GET /big.zip HTTP/1.1\r\nHost: x\r\n\r\n"
               "GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n"
               "GET /big.zip HTTP/1.1\r\nHost: x\r\nRange: bytes=-10\r\n\r\n"
               "GET /digits.txt HTTP/1.1\r\nHost: x\r\nRange: bytes=3-5\r\n\r\n")
        r = c.read_response()
        check(r.status == 200 and digest(r.body) == digest(data), "first: the big file")
        r = c.read_response()
        check(r.status == 200 and r.body == b"<html>home</html>\n", "second: index.html")
        r = c.read_response()
        check(r.status == 206 and r.body == data[-10:], "third: the file's last bytes")
        r = c.read_response()
        check(r.status == 206 and r.body == b"345", "fourth: digits")
        c.close()


def test_client_closing_mid_file(tmp):
    site, data = big_site(tmp, size=32 << 20)
    with host(tmp, site=site) as h:
        for _ in range(3):
            c = h.connect()
            c.send("GET /big.zip HTTP/1.1\r\nHost: x\r\n\r\n")
            got = c.sock.recv(65536)
            check(got.startswith(b"HTTP/1.1 200"), "the file's response started: %r" % got[:100])
            c.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            c.close()  # reset, with most of the file unsent
        r = request(h, "/index.html")
        check(r is not None and r.status == 200, "the next request is served")
        r = request(h, "/big.zip", {"Range": "bytes=0-99999"})
        check(r.status == 206 and r.body == data[:100000], "and the next file")
        check("could not be sent" not in h.stderr(), "a client leaving is no error: " + h.stderr())
        check_clean_exit(h)


def test_file_gone_before_sending_closes_connection(tmp):
    site, data = big_site(tmp, size=32 << 20)
    with open(os.path.join(site, "gone.zip"), "wb") as f:
        f.write(b"g" * 5000)
    with host(tmp, site=site) as h:
        c = h.connect()
        # The second file is looked up at once but waits behind the first, which the
        # client does not read yet; it disappears meanwhile.
        c.send("GET /big.zip HTTP/1.1\r\nHost: x\r\n\r\nGET /gone.zip HTTP/1.1\r\nHost: x\r\n\r\n")
        check(c.sock.recv(1).startswith(b"H"), "the first response started")
        time.sleep(1.0 if WINE else 0.3)
        os.remove(os.path.join(site, "gone.zip"))
        r = c.read_response()
        check(r.status == 200 and digest(r.body) == digest(data), "the first file whole")
        r = c.read_response(head=True)
        check(r is not None and r.status == 200 and r.header("Content-Length") == "5000",
              "the second response's headers went out")
        check(c.closed_by_server() and c.buf == b"", "then the connection closed, no body")
        check(request(h, "/index.html").status == 200, "the server goes on")
        check("gone.zip" in h.stderr() and "could not be sent" in h.stderr(),
              "the error names the file: " + h.stderr())
        check_clean_exit(h)


@posix_only("drains on SIGTERM")
def test_sigterm_during_file_transfer(tmp):
    site, data = big_site(tmp, size=32 << 20)
    with host(tmp, "--shutdown-timeout", "0.5", site=site) as h:
        c = h.connect()
        c.send("GET /big.zip HTTP/1.1\r\nHost: x\r\n\r\n")
        check(c.sock.recv(65536).startswith(b"HTTP/1.1 200"), "the file's response started")
        h.proc.send_signal(signal.SIGTERM)  # the client reads nothing more
        check(h.proc.wait(TIMEOUT) == 0, "exit 0 at the deadline, nothing leaked: " + h.stderr())
        c.close()


def test_static_default_document_and_listing(tmp):
    with host(tmp) as h:
        check(request(h, "/").body == b"<html>home</html>\n", "default document")
        r = request(h, "/sub")
        check(r.status == 301 and r.header("Location") == "/sub/", "slash redirect")
        check(request(h, "/sub/").status == 403, "no listing unless enabled")
    with host(tmp + "/2", "--directory-browse") as h:
        r = request(h, "/sub/")
        check(r.status == 200 and b'href="page.htm"' in r.body, "listing")


def test_static_path_traversal(tmp):
    with host(tmp) as h:
        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/sub/../../secret.txt",
                     "/%2E%2E%2Fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
                     "/%c0%ae%c0%ae/secret.txt", "/index.html%00.txt", "/%c0%af",
                     "/sub/%2e%2e/%2e%2e/secret.txt", "/secret.txt"]:
            r = request(h, path)
            check(r is not None and r.status in (400, 404), "%s -> %s" % (path, r and r.status))
            check(b"SECRET" not in r.body, "%s leaked the file" % path)
        check(request(h, "/sub/../index.html").status == 200, ".. inside the root resolves")


# ---- native modules ----

def test_module_hello_world(tmp):
    with host(tmp, "--module", built_filter("hello_world")) as h:
        c = h.connect()
        for path in ("/index.html", "/no/such/file"):
            c.send("GET %s HTTP/1.1\r\nHost: x\r\n\r\n" % path)
            r = c.read_response()
            check(r is not None and r.status == 200, "%s answered by the module" % path)
            check(r.body == b"Hello World", "module body: %r" % r.body)
            check(r.header("Content-Type") == "text/plain", "module Content-Type")
            check(r.header("Content-Length") == "11", "Content-Length of the body")
        c.close()


def test_module_async_completion(tmp):
    answer = b"sum 1..1000 = 500500"
    with host(tmp, "--module", built_filter("async_worker")) as h:
        c = h.connect()
        c.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n" * 3)  # pipelined behind a pending one
        for i in range(3):
            r = c.read_response()
            check(r is not None and r.status == 200 and r.body == answer,
                  "pipelined request %d completed by the worker: %r" % (i, r and r.body))
        c.close()
        conns = [h.connect() for _ in range(20)]
        for k in conns:
            k.send("GET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        for k in conns:
            r = k.read_response()
            check(r is not None and r.body == answer, "concurrent asynchronous requests")
            k.close()


def test_async_module_outlasts_timeouts(tmp):
    with host(tmp, "--module", built_filter("w3host_slow_async"), "--header-timeout", "0.3",
              "--idle-timeout", "0.3") as h:
        c = h.connect()
        c.send("GET /?1500 HTTP/1.1\r\nHost: x\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 200 and r.body == b"slow done",
              "a request a module works on for 1.5 s is not timed out at 0.3 s: %r" %
              (r and r.status))
        check(c.closed_by_server(), "idle time counts again after the response")


def test_global_module_counts_requests(tmp):
    with host(tmp, "--module", built_filter("request_counter")) as h:
        seen = []
        c = h.connect()
        for _ in range(3):
            c.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
            r = c.read_response()
            check(r.status == 200 and r.body == b"<html>home</html>\n",
                  "the static file is still served")
            seen.append(r.header("X-Request-Number"))
        c.close()
        seen += [request(h, "/digits.txt").header("X-Request-Number") for _ in range(2)]
        check(seen == ["1", "2", "3", "4", "5"], "requests numbered in order: %s" % seen)


def test_health_check_interval(tmp):
    with host(tmp, "--module", built_filter("w3host_global_probe"), "--health-check", "0.1") as h:
        first = int(request(h, "/index.html").header("X-Health-Checks"))
        later = health_checks_reach(h, first + 3)
        check(later >= first + 3, "GL_HEALTH_CHECK every 0.1 s: %d then %d" % (first, later))


@posix_only("drains on SIGTERM")
def test_sigterm_waits_for_async_module(tmp):
    with host(tmp, "--module", built_filter("w3host_slow_async"), "--module",
              built_filter("w3host_global_probe")) as h:
        c = h.connect()
        c.send("GET /?1000 HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.2)
        h.proc.send_signal(signal.SIGTERM)
        r = c.read_response()
        check(r is not None and r.status == 200 and r.body == b"slow done",
              "the module's request finished after SIGTERM")
        check(h.proc.wait(TIMEOUT) == 0, "exit 0 after draining")
        check("global_probe: stop listening" in h.stderr(), "GL_STOP_LISTENING: " + h.stderr())


@posix_only("drains on SIGTERM")
def test_shutdown_deadline_waits_for_module_completion(tmp):
    with host(tmp, "--module", built_filter("w3host_slow_async"), "--shutdown-timeout",
              "0.3") as h:
        c = h.connect()
        c.send("GET /?1500 HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.2)
        started = time.monotonic()
        h.proc.send_signal(signal.SIGTERM)
        check(c.closed_by_server() and c.buf == b"", "closed at the deadline, unanswered")
        check(h.proc.wait(TIMEOUT) == 0, "exit 0 once the module completed: " + h.stderr())
        check(time.monotonic() - started > 1.0, "the process waited for the module")
        check("waiting for 1 module completion" in h.stderr(), "said so: " + h.stderr())


def test_modules_from_config(tmp):
    site = make_site(tmp)
    port = free_port()
    web = ('    <globalModules>\n'
           '      <add name="Hello" image="%s" preCondition="bitness64"/>\n'
           '      <add name="Counter" image="%s"/>\n'
           '    </globalModules>\n'
           '    <modules><add name="Counter" preCondition="integratedMode"/></modules>\n'
           % (built_filter("hello_world"), built_filter("request_counter")))
    cfg = write_config(tmp, port, site, web=web)
    with config_host(cfg, port) as h:
        r = request(h, "/index.html")
        check(r.status == 200 and r.body == b"<html>home</html>\n",
              "Hello is not enabled by <modules>: the static file is served")
        check(r.header("X-Request-Number") == "1", "Counter is enabled by <modules>")
    bad = web.replace('<modules><add name="Counter"', '<modules><add name="Nobody"')
    cfg = write_config(tmp, port, site, web=bad)
    expect_exit_2(["--config", P(cfg)], "Nobody", "not in <globalModules>")
    missing = web.replace(built_filter("request_counter"), P(os.path.join(tmp, "gone.so")))
    cfg = write_config(tmp, port, site, web=missing)
    expect_exit_2(["--config", P(cfg)], "'Counter'", "gone.so")


def test_module_header_rules_per_folder(tmp):
    """The header_rules sample reads its own section (its schema file in schema/) through
    IHttpServer::GetAdminManager at the request's configuration path: the rules of
    applicationHost.config, replaced in sub/ by a web.config, changed between requests."""
    site = make_site(tmp)
    port = free_port()
    schema = os.path.join(tmp, "schema")
    os.makedirs(schema)
    shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples",
                             "modules", "header_rules_schema.xml"), schema)
    web = ('    <globalModules><add name="Rules" image="%s"/></globalModules>\n'
           '    <modules><add name="Rules"/></modules>\n'
           '    <headerRules><add name="X-Rules" action="Set" value="root"/></headerRules>\n'
           % built_filter("header_rules"))
    cfg = write_config(tmp, port, site, web=web)
    sub_config = os.path.join(site, "sub", "web.config")
    with open(sub_config, "w") as f:
        f.write('<configuration><system.webServer><headerRules><clear/>'
                '<add name="ETag"/><add name="X-Rules" action="Set" value="sub"/>'
                '</headerRules></system.webServer></configuration>')
    with config_host(cfg, port) as h:
        r = request(h, "/index.html")
        check(r.status == 200 and r.header("X-Rules") == "root", "root rule: %r" % r.headers)
        check(r.header("ETag") is not None, "ETag kept outside sub/")
        r = request(h, "/sub/page.htm")
        check(r.status == 200 and r.body == b"sub page\n", "sub page served")
        check(r.header("X-Rules") == "sub", "sub/web.config's rule: %r" % r.headers)
        check(r.header("ETag") is None, "ETag removed in sub/ only: %r" % r.headers)
        with open(sub_config, "w") as f:
            f.write('<configuration><system.webServer><headerRules enabled="false"/>'
                    '</system.webServer></configuration>')
        r = request(h, "/sub/page.htm")
        check(r.header("X-Rules") is None and r.header("ETag") is not None,
              "the changed web.config is read by the next request: %r" % r.headers)


def test_malformed_web_config_gives_500_19_below_it(tmp):
    site = make_site(tmp)
    port = free_port()
    cfg = write_config(tmp, port, site)
    with open(os.path.join(site, "sub", "web.config"), "w") as f:
        f.write("<configuration>\n<system.webServer>\n</configuration>\n")
    with config_host(cfg, port) as h:
        r = request(h, "/sub/page.htm")
        check(r is not None and r.status == 500, "500.19 under the malformed web.config")
        r = request(h, "/index.html")
        check(r is not None and r.status == 200, "the rest of the site keeps serving")
        with open(os.path.join(site, "sub", "web.config"), "w") as f:
            f.write("<configuration/>")
        r = request(h, "/sub/page.htm")
        check(r is not None and r.status == 200, "served again once the file is mended")
        log = h.stderr()
        check("500.19 /sub/page.htm" in log and "web.config:3:" in log and "mismatched tag" in log,
              "the error log names the file, line and reason: " + log)


def test_web_config_changes_default_document_and_listing_per_folder(tmp):
    site = make_site(tmp)
    port = free_port()
    cfg = write_config(tmp, port, site)
    with open(os.path.join(site, "sub", "web.config"), "w") as f:
        f.write('<configuration><system.webServer>'
                '<defaultDocument><files><clear/><add value="none.htm"/></files></defaultDocument>'
                '<directoryBrowse enabled="true"/></system.webServer></configuration>')
    os.makedirs(os.path.join(site, "other"))
    with open(os.path.join(site, "other", "page.htm"), "w") as f:
        f.write("other page\n")
    with config_host(cfg, port) as h:
        r = request(h, "/other/")
        check(r.status == 200 and r.body == b"other page\n",
              "applicationHost.config's default document page.htm: %r" % r.status)
        r = request(h, "/sub/")
        check(r.status == 200 and b"page.htm" in r.body and b"sub page" not in r.body,
              "sub/web.config: no page.htm default, a listing instead: %r" % r.body[:200])
        r = request(h, "/")
        check(r.status == 403, "no listing outside sub/: %r" % r.status)


def test_global_module_not_in_modules_gets_global_notifications_only(tmp):
    site = make_site(tmp)
    port = free_port()
    web = ('    <globalModules><add name="Dual" image="%s"/></globalModules>\n'
           '    <modules>%s</modules>\n')
    probe = built_filter("w3host_dual_probe")
    cfg = write_config(tmp, port, site, web=web % (probe, ""))
    with config_host(cfg, port) as h:
        r = request(h, "/index.html")
        check(r.status == 200 and r.body == b"<html>home</html>\n", "the static file is served")
        check(r.header("X-Global-Probe") == "ran", "loaded: GL_PRE_BEGIN_REQUEST ran")
        check(r.header("X-Request-Probe") is None, "not enabled: RQ_BEGIN_REQUEST did not run")
    cfg = write_config(tmp, port, site, web=web % (probe, '<add name="Dual"/>'))
    with config_host(cfg, port) as h:
        r = request(h, "/index.html")
        check(r.header("X-Global-Probe") == "ran" and r.header("X-Request-Probe") == "ran",
              "enabled by <modules>: both sides ran")
    missing = web % (P(os.path.join(tmp, "gone.so")), "")
    cfg = write_config(tmp, port, site, web=missing)
    expect_exit_2(["--config", P(cfg)], "global native module 'Dual'", "gone.so")


# ---- configuration ----

CONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost>
    <sites>
      <site name="Sample" id="3">
        <bindings><binding protocol="http" bindingInformation="127.0.0.1:%(port)d:"/></bindings>
        <application path="/"><virtualDirectory path="/" physicalPath="%(root)s"/></application>
      </site>
    </sites>
  </system.applicationHost>
  <system.webServer>
    <defaultDocument enabled="true"><files><clear/><add value="page.htm"/></files></defaultDocument>
    <directoryBrowse enabled="false"/>
    <security><requestFiltering><requestLimits maxAllowedContentLength="1000"/></requestFiltering></security>
%(web)s  </system.webServer>
  <w3compat>%(extra)s</w3compat>
</configuration>
"""


def write_config(tmp, port, root, extra="", web=""):
    path = os.path.join(tmp, "applicationHost.config")
    with open(path, "w") as f:
        f.write(CONFIG % {"port": port, "root": P(root), "extra": extra, "web": web})
    return path


def test_config_file_serves(tmp):
    site = make_site(tmp)
    port = free_port()
    cfg = write_config(tmp, port, os.path.join(site, "sub"))
    with config_host(cfg, port) as h:
        r = request(h, "/")
        check(r.status == 200 and r.body == b"sub page\n", "default document from config")


def test_config_request_limits(tmp):
    site = make_site(tmp)
    port = free_port()
    cfg = write_config(tmp, port, site, '<limits maxRequestBytes="300" maxHeaderCount="5"/>')
    with config_host(cfg, port) as h:
        c = h.connect()
        c.send("POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 413, "maxAllowedContentLength 1000: 413")
        c.close()
        r = request(h, "/index.html", {"X-Long": "v" * 400})
        check(r is not None and r.status == 431, "maxRequestBytes 300 in the headers: 431")
        r = request(h, "/index.html?" + "q" * 400)
        check(r is not None and r.status == 414, "maxRequestBytes 300 in the request line: 414")
        three = {"X-%d" % i: "v" for i in range(3)}
        check(request(h, "/index.html", three).status == 200, "5 header lines are allowed")
        four = {"X-%d" % i: "v" for i in range(4)}
        r = request(h, "/index.html", four)
        check(r is not None and r.status == 431, "maxHeaderCount 5: the sixth line gets 431")
        check(request(h, "/index.html", {"X-Short": "v" * 50}).status == 200, "within limits")


def expect_exit_2(args, *needles):
    p = subprocess.run(exe_cmd() + args, stdin=subprocess.DEVNULL, capture_output=True,
                       timeout=TIMEOUT)
    err = p.stderr.decode()
    check(p.returncode == 2, "exit status 2, got %d (%s)" % (p.returncode, err))
    for n in needles:
        check(n in err, "%r in %r" % (n, err))


def health_checks_reach(h, count):
    """Polls the X-Health-Checks header of w3host_global_probe until it reaches count."""
    deadline = time.monotonic() + TIMEOUT
    seen = int(request(h, "/index.html").header("X-Health-Checks"))
    while seen < count and time.monotonic() < deadline:
        time.sleep(0.2)
        seen = int(request(h, "/index.html").header("X-Health-Checks"))
    return seen


def test_health_check_interval_from_config(tmp):
    site = make_site(tmp)
    port = free_port()
    web = ('    <globalModules><add name="Probe" image="%s"/></globalModules>\n'
           '    <modules><add name="Probe"/></modules>\n' % built_filter("w3host_global_probe"))
    cfg = write_config(tmp, port, site, '<healthCheck interval="1"/>', web=web)
    with config_host(cfg, port) as h:
        seen = health_checks_reach(h, 2)
        check(seen >= 2, "GL_HEALTH_CHECK every second, as configured (default 30 s): %d" % seen)
    cfg = write_config(tmp, port, site, '<healthCheck interval="86400"/>', web=web)
    with config_host(cfg, port, "--health-check", "0.1") as h:
        seen = health_checks_reach(h, 3)
        check(seen >= 3, "--health-check 0.1 overrides the config's 86400 s: %d" % seen)
    cfg = write_config(tmp, port, site, '\n    <healthCheck interval="0"/>', web=web)
    expect_exit_2(["--config", P(cfg)], P(cfg) + ":19:", "<healthCheck>",
                  'interval="0" is not a whole number from 1 to 86400')


def test_config_error_names_file_line_element(tmp):
    cfg = write_config(tmp, 8080, tmp, '\n    <timeouts headerRead="soon"/>')
    expect_exit_2(["--config", P(cfg)], P(cfg) + ":17:", "<timeouts>", "headerRead")
    cfg = write_config(tmp, 8080, tmp, '\n\n    <bogus/>')
    expect_exit_2(["--config", P(cfg)], P(cfg) + ":18:", "<bogus>")
    with open(cfg, "w") as f:
        f.write("<configuration>\n<system.webServer>\n</configuration>\n")
    expect_exit_2(["--config", P(cfg)], P(cfg) + ":3:", "mismatched tag")
    expect_exit_2(["--config", P(os.path.join(tmp, "missing.config"))], "missing.config")


def test_flag_errors_exit_2(tmp):
    expect_exit_2(["--root", P(os.path.join(tmp, "nowhere"))], "nowhere", "not a directory")
    expect_exit_2(["--listen", "localhost"], "--listen", "IP:PORT")
    expect_exit_2(["--workers", "0"], "--workers")
    expect_exit_2(["--frobnicate", "1"], "--frobnicate")
    expect_exit_2(["--root", P(tmp), "--module", P("/m/hello.so")], "'hello'", "hello.so",
                  "module")
    expect_exit_2(["--root", P(tmp), "--filter", P(os.path.join(tmp, "nofilter.so"))],
                  "nofilter.so")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        expect_exit_2(["--root", P(tmp), "--listen", "127.0.0.1:%d" % port], str(port))


# ---- limits: HTTP/0.9, bare LF, requests per connection, connections ----

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


# ---- shutdown, logging, workers ----

@posix_only("drains on SIGTERM")
def test_sigterm_drains_in_flight(tmp):
    with host(tmp) as h:
        busy = h.connect()
        busy.send("GET /index.html HTTP/1.1\r\nHost: x\r\n")  # in flight
        idle = h.connect()
        idle.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        check(idle.read_response().status == 200, "idle connection answered")
        time.sleep(0.2)
        h.proc.send_signal(signal.SIGTERM)
        check(idle.closed_by_server(), "idle connection closed at shutdown")
        busy.send("\r\n")
        r = busy.read_response()
        check(r is not None and r.status == 200, "in-flight request finished")
        check(h.proc.wait(TIMEOUT) == 0, "exit 0 after draining")
        try:
            socket.create_connection(("127.0.0.1", h.port), timeout=2).close()
            check(False, "still listening after shutdown")
        except OSError:
            pass


def log_files(d):
    return sorted(f for f in os.listdir(d) if f.startswith("u_ex"))


def test_w3c_log_format(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-buffer", "0") as h:
        request(h, "/index.html?x=1")
        request(h, "/missing")
    files = log_files(logs)
    today = datetime.datetime.now(datetime.timezone.utc).strftime("u_ex%y%m%d.log")
    check(files == [today], "daily file name %s, got %s" % (today, files))
    lines = open(os.path.join(logs, files[0]), newline="").read().split("\r\n")
    check(lines[0].startswith("#Software: ") and lines[1] == "#Version: 1.0" and
          lines[2].startswith("#Date: "), "directives")
    check(lines[3] == "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
          "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
          "sc-win32-status time-taken", "fields line")
    first = lines[4].split(" ")
    check(len(first) == 15, "15 fields")
    check(first[2:7] == ["127.0.0.1", "GET", "/index.html", "x=1", str(h.port)] and
          first[8] == "127.0.0.1" and first[9:11] == ["-", "-"] and
          first[11:14] == ["200", "0", "0"],
          "request line fields: %s" % first)
    check(lines[5].split(" ")[11] == "404", "status of the second request")


def test_w3c_log_read_by_goaccess(tmp):
    goaccess = shutil.which("goaccess")
    if goaccess is None:
        raise Skip("goaccess is not installed (scripts/install-deps.sh installs it)")
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-buffer", "0") as h:
        for path in ["/", "/index.html", "/digits.txt", "/missing"]:
            request(h, path)
    path = os.path.join(logs, log_files(logs)[0])
    out = os.path.join(tmp, "report.json")
    p = subprocess.run([goaccess, path, "--log-format=W3C", "--no-global-config",
                        "-o", out], capture_output=True, timeout=60)
    check(p.returncode == 0, "goaccess failed: %s" % p.stderr.decode())
    report = json.load(open(out))
    check(report["general"]["total_requests"] == 4,
          "goaccess counted %s requests" % report["general"]["total_requests"])
    check(report["general"].get("failed_requests", 0) == 0, "no line goaccess rejected")


@posix_only("SIGHUP")
def test_sighup_reopens_log(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-buffer", "0") as h:
        request(h, "/")
        deadline = time.monotonic() + TIMEOUT
        while not log_files(logs) and time.monotonic() < deadline:
            time.sleep(0.02)
        name = log_files(logs)[0]
        os.rename(os.path.join(logs, name), os.path.join(logs, "rotated.log"))
        h.proc.send_signal(signal.SIGHUP)
        # The signal is handled asynchronously: request until a line lands in a new file.
        while not log_files(logs) and time.monotonic() < deadline:
            request(h, "/index.html")
            time.sleep(0.05)
    check(log_files(logs) == [name], "a new file after SIGHUP")
    text = open(os.path.join(logs, name)).read()
    check(text.startswith("#Software") and "/index.html" in text, "new file has the line")


def logged_targets(logs, names=None):
    """The cs-uri-stem?cs-uri-query of every line in the log files, in file order."""
    out = []
    for name in names or log_files(logs):
        with open(os.path.join(logs, name), newline="") as f:
            for line in f.read().split("\r\n"):
                if line and not line.startswith("#"):
                    fields = line.split(" ")
                    out.append(fields[4] + "?" + fields[5])
    return out


def wait_for_lines(logs, count, deadline):
    while time.monotonic() < deadline:
        if os.path.isdir(logs) and log_files(logs) and len(logged_targets(logs)) >= count:
            return True
        time.sleep(0.05)
    return False


def test_log_lines_wait_for_the_flush_interval(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-flush", "2") as h:
        sent = time.monotonic()
        request(h, "/index.html")
        check(logged_targets(logs) == [] or time.monotonic() - sent > 1.5,
              "the line is buffered, not written with the response")
        check(wait_for_lines(logs, 1, time.monotonic() + TIMEOUT),
              "the line is written once the flush interval has passed")
        check(logged_targets(logs) == ["/index.html?-"], "one line: %s" % logged_targets(logs))


@posix_only("SIGHUP")
def test_sighup_writes_the_log_buffer(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-flush", "3600") as h:
        for i in range(5):
            request(h, "/index.html?n=%d" % i)
        check(logged_targets(logs) == [], "nothing written before the signal")
        h.proc.send_signal(signal.SIGHUP)
        check(wait_for_lines(logs, 5, time.monotonic() + TIMEOUT), "written at SIGHUP")
        check(logged_targets(logs) == ["/index.html?n=%d" % i for i in range(5)],
              "in order: %s" % logged_targets(logs))


@posix_only("an orderly stop by SIGTERM")
def test_shutdown_writes_the_log_buffer(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-flush", "3600") as h:
        c = h.connect()
        for i in range(300):
            c.send("GET /index.html?n=%d HTTP/1.1\r\nHost: x\r\n\r\n" % i)
            check(c.read_response().status == 200, "answered")
        c.close()
    check(logged_targets(logs) == ["/index.html?n=%d" % i for i in range(300)],
          "every line once, in order, at shutdown: %d lines" % len(logged_targets(logs)))


@posix_only("SIGHUP")
def test_log_rotation_loses_and_repeats_nothing(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-flush", "3600") as h:
        for i in range(40):
            request(h, "/index.html?n=%d" % i)
        h.proc.send_signal(signal.SIGHUP)
        check(wait_for_lines(logs, 40, time.monotonic() + TIMEOUT), "first lines written")
        name = log_files(logs)[0]
        for i in range(40, 60):
            request(h, "/index.html?n=%d" % i)
        os.rename(os.path.join(logs, name), os.path.join(logs, "rotated.log"))
        h.proc.send_signal(signal.SIGHUP)
        for i in range(60, 80):
            request(h, "/index.html?n=%d" % i)
    lines = logged_targets(logs, ["rotated.log", name])
    check(lines == ["/index.html?n=%d" % i for i in range(80)],
          "80 lines across the rotation, once each, in order: %s" % lines)
    check(logged_targets(logs, ["rotated.log"])[:40] == lines[:40],
          "the lines before the rotation stay in the rotated file")


@posix_only("one worker process on Windows")
def test_killed_worker_loses_at_most_one_log_buffer(tmp):
    if not os.path.exists("/proc/self/task"):
        raise Skip("needs /proc to find the workers")
    logs = os.path.join(tmp, "logs")
    buffer = 4096
    total = 400
    with host(tmp, "--workers", "2", "--log-dir", P(logs), "--log-buffer", str(buffer),
              "--log-flush", "3600") as h:
        deadline = time.monotonic() + TIMEOUT
        workers = workers_listening(h, deadline)
        check(len(workers) == 2, "two workers: %s" % workers)
        for i in range(total):
            check(request(h, "/index.html?n=%d" % i).status == 200, "answered")
        os.kill(workers[0], signal.SIGKILL)
        while time.monotonic() < deadline:  # replaced
            now = children_of(h.proc.pid)
            if len(now) == 2 and workers[0] not in now:
                break
            time.sleep(0.05)
        check(h.stop() == 0, "supervisor stops cleanly: %s" % h.stderr())
    lines = logged_targets(logs)
    check(len(set(lines)) == len(lines), "no line twice")
    lost = total - len(lines)
    with open(os.path.join(logs, log_files(logs)[0]), "rb") as f:
        body = [l for l in f.read().split(b"\r\n") if l and not l.startswith(b"#")]
    shortest = min(len(l) + 2 for l in body)
    print("killed worker lost %d of %d lines (%d bytes at most; buffer %d)" %
          (lost, total, lost * max(len(l) + 2 for l in body), buffer))
    check(lost * shortest <= buffer, "at most one buffer lost: %d lines" % lost)


def children_of(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return sorted(int(x) for x in f.read().split())
    except OSError:
        return []


def workers_listening(h, deadline):
    """Waits until both workers say they are listening; returns the worker pids."""
    while h.stderr().count("listening on") < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    return children_of(h.proc.pid)


@posix_only("one worker process on Windows")
def test_killed_worker_is_replaced(tmp):
    if not os.path.exists("/proc/self/task"):
        raise Skip("needs /proc to find the workers")
    with host(tmp, "--workers", "2") as h:
        deadline = time.monotonic() + TIMEOUT
        while len(children_of(h.proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = workers_listening(h, deadline)
        check(len(workers) == 2, "two workers: %s" % workers)
        os.kill(workers[0], signal.SIGKILL)
        # Connections the kernel queued on the dying worker's socket are lost (a limit of
        # SO_REUSEPORT); once it is reaped, every connection goes to a live worker.
        while workers[0] in children_of(h.proc.pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        for _ in range(20):  # the other keeps answering meanwhile
            check(request(h, "/").status == 200, "served while a worker is down")
        while time.monotonic() < deadline:
            now = children_of(h.proc.pid)
            if len(now) == 2 and workers[0] not in now:
                break
            time.sleep(0.05)
        now = children_of(h.proc.pid)
        check(len(now) == 2 and workers[0] not in now and workers[1] in now,
              "replaced: before %s, after %s" % (workers, now))
        for _ in range(20):
            check(request(h, "/").status == 200, "served after the restart")
        check("killed by signal 9" in h.stderr(), "the death is logged")
        check(h.stop() == 0, "supervisor stops cleanly")
        check(children_of(h.proc.pid) == [], "no worker left")


@posix_only("one worker process on Windows")
def test_crashing_filter_takes_down_only_its_worker(tmp):
    crash = built_filter("w3host_crash_filter")
    with host(tmp, "--workers", "2", "--filter", crash) as h:
        deadline = time.monotonic() + TIMEOUT
        workers = workers_listening(h, deadline)
        try:
            r = request(h, "/crash")
            check(r is None, "no response from a crashed worker")
        except (ConnectionResetError, AssertionError):
            pass
        while len(set(children_of(h.proc.pid)) & set(workers)) == 2 and \
                time.monotonic() < deadline:
            time.sleep(0.01)
        for _ in range(20):
            check(request(h, "/").status == 200, "the other worker answers")
        while len(children_of(h.proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        check(len(children_of(h.proc.pid)) == 2, "the crashed worker was replaced")
        check("killed by signal" in h.stderr(), "the crash is logged")


@posix_only("one worker process on Windows")
def test_workers_stop_with_their_supervisor(tmp):
    if not os.path.exists("/proc/self/task"):
        raise Skip("needs /proc to find the workers")
    with host(tmp, "--workers", "2") as h:
        deadline = time.monotonic() + TIMEOUT
        workers = workers_listening(h, deadline)
        check(len(workers) == 2, "two workers")
        c = h.connect()
        c.send("GET / HTTP/1.1\r\nHost: x\r\n")  # in flight in one worker
        time.sleep(0.2)
        h.proc.send_signal(signal.SIGINT)  # Ctrl-C: drained, not cut short
        c.send("\r\n")
        r = c.read_response()
        check(r is not None and r.status == 200, "in-flight request finished after SIGINT")
        check(h.proc.wait(TIMEOUT) == 0, "supervisor exit 0")
    with host(tmp + "/2", "--workers", "2") as h:
        workers = workers_listening(h, deadline)
        h.proc.kill()
        h.proc.wait()
        while any(os.path.exists("/proc/%d" % w) for w in workers) and \
                time.monotonic() < deadline:
            time.sleep(0.05)
        check(not any(os.path.exists("/proc/%d" % w) for w in workers),
              "workers end when the supervisor is killed")


@posix_only("one worker process on Windows")
def test_rapid_fail_protection(tmp):
    site = make_site(tmp)
    p = subprocess.run([EXE, "--root", site, "--listen", "127.0.0.1:0", "--workers", "2",
                        "--filter", os.path.join(tmp, "missing-filter.so")],
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    err = p.stderr.decode()
    check(p.returncode == 2, "supervisor gives up with 2, got %d" % p.returncode)
    check(err.count("rapid-fail protection, not restarting") == 2, "both slots stopped: " + err)
    check(err.count("exited with status 2") == 10, "5 starts per slot: " + err)


def test_memory_limit_503_and_page_heap(tmp):
    with host(tmp, "--memory-limit", "1") as h:
        r = request(h, "/index.html")
        check(r is not None and r.status == 503, "503 when the engine has no memory")
    with host(tmp + "/2", "--page-heap") as h:
        check(request(h, "/index.html").status == 200, "page heap serves")


def main():
    global EXE, WINE
    args = sys.argv[1:]
    if args and args[0] == "--wine":
        WINE = True
        args = args[1:]
    EXE, case = args[0], args[1]
    fn = globals().get("test_" + case)
    if fn is None:
        print("no test case %s" % case)
        return 1
    tmp = tempfile.mkdtemp(prefix="w3host-test-")
    try:
        fn(tmp)
    except Skip as s:
        print("SKIPPED: %s" % s)
        return SKIP
    except AssertionError as e:
        print("FAILED: %s" % e)
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
