"""w3host over real sockets: the static file handler: types, validators, ranges, and files sent from the thread pool.

usage: static_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import signal
import socket
import struct
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import lane, run
from w3host_client import TIMEOUT, request


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
        time.sleep(1.0 if lane.wine else 0.3)
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


if __name__ == "__main__":
    sys.exit(run(globals()))
