"""w3host over real sockets: ISAPI extensions (httpext.h) as IIS's IsapiModule hosts them:
the samples (an answer written from another thread, a DLL that is both filter and
extension), bodies past the 48 KB preload on a kept connection, and the extensions that
applicationHost.config maps (<handlers>, <isapiCgiRestriction>).

usage: extension_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import shutil
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import TIMEOUT, free_port, request


def built_path(name):
    """A library built beside w3host, as this process names it (for copying)."""
    return os.path.join(os.path.dirname(lane.exe), name + (".dll" if lane.wine else ".so"))


def test_extension_answers_from_another_thread(tmp):
    echo = built_filter("echo_extension")
    with host(tmp, "--extension", echo + "=/echo.dll") as h:
        c = h.connect()
        for _ in range(2):  # the session ends in the completion; the connection stays
            c.send("GET /echo.dll/async HTTP/1.1\r\nHost: localhost\r\n\r\n")
            r = c.read_response()
            check(r is not None and r.status == 200, "answered after HSE_STATUS_PENDING")
            check(r.body == b"written asynchronously from another thread\n", repr(r.body))
        c.close()


def test_post_past_the_preload_and_keep_alive(tmp):
    echo = built_filter("echo_extension")
    body = bytes((i * 7) % 251 for i in range(100000))
    with host(tmp, "--extension", echo + "=/echo.dll") as h:
        c = h.connect()
        c.send(b"POST /echo.dll/up HTTP/1.1\r\nHost: localhost\r\nContent-Length: %d\r\n\r\n"
               % len(body) + body)
        r = c.read_response()
        check(r is not None and r.status == 200, "the extension answers")
        check(b"TOTAL_BYTES: 100000\n" in r.body, r.body[:200])
        check(r.body.endswith(b"\n\n" + body), "lpbData's 48 KB, then ReadClient's rest")
        c.send("POST /echo.dll/chunked HTTP/1.1\r\nHost: localhost\r\n"
               "Transfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n3\r\nefg\r\n0\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.body.endswith(b"\n\nabcdefg"),
              "chunked upload on the connection HSE_STATUS_SUCCESS_AND_KEEP_CONN kept")
        check(b"TOTAL_BYTES: 4294967295\n" in r.body, "no length: 0xFFFFFFFF")
        c.close()


def test_filter_and_extension_in_one_dll(tmp):
    dll = built_filter("url_forward")
    with host(tmp, "--filter", dll, "--extension", dll + "=/forward.dll") as h:
        r = request(h, "/app/orders/7?full=1")
        check(r.status == 200 and r.body == b"forwarded GET /app/orders/7?full=1\n", repr(r.body))
        r = request(h, "/forward.dll", headers={"X-Forwarded-Url": "/forged"})
        check(r.status == 404 and r.body == b"not forwarded\n", "the filter's header only")
        r = request(h, "/index.html")
        check(r.status == 200 and r.body == b"<html>home</html>\n", "other URLs: static files")


def test_report_unhealthy_reaches_the_host(tmp):
    ext = built_filter("test_extension")
    with host(tmp, "--extension", ext + "=/ext", "--health-check", "0.2") as h:
        r = request(h, "/ext/unhealthy")
        check(r.status == 200 and r.body == b"reported", "HSE_REQ_REPORT_UNHEALTHY succeeds")
        line = "reports this worker unhealthy: database gone"
        deadline = time.monotonic() + TIMEOUT
        while line not in h.stderr() and time.monotonic() < deadline:
            time.sleep(0.1)
        check(h.stderr().count(line) == 1, "the next health check says it once: " + h.stderr())


def test_transmit_file_of_8_mb_arrives_whole(tmp):
    """HSE_REQ_TRANSMIT_FILE hands the file to w3host's file output (sendfile from the
    thread pool on Linux): the status and headers of HSE_IO_SEND_HEADERS, 8 MB and the
    tail arrive in order, byte for byte, and the kept connection answers again."""
    ext = built_filter("test_extension")
    data = os.urandom(8 << 20)
    path = os.path.join(tmp, "big.bin")
    with open(path, "wb") as f:
        f.write(data)
    with host(tmp, "--extension", ext + "=/ext") as h:
        c = h.connect()
        for _ in range(2):
            c.send("GET /ext/transmit-whole?%s HTTP/1.1\r\nHost: localhost\r\n\r\n" % P(path))
            r = c.read_response()
            check(r is not None and r.status == 201, "pszStatusCode's status")
            check(r.headers.get("x-head") == "1", "the head buffer's headers: %r" % r.headers)
            check(len(r.body) == len(data) + 1, "the file and the tail: %d bytes" % len(r.body))
            check(r.body == data + b"!", "the file byte for byte, then the tail")
        c.close()


HANDLERS = """    <handlers accessPolicy="Read, Script, Execute">
      <add name="ISAPI-dll" path="*.dll" verb="*" modules="IsapiModule" resourceType="File"
           requireAccess="Execute" allowPathInfo="true"/>
      <add name="Fwd" path="*.fwd" verb="GET" modules="IsapiModule"
           scriptProcessor="%(echo)s" resourceType="Unspecified"/>
    </handlers>
    <security><isapiCgiRestriction notListedIsapisAllowed="false">
      <add path="%(allowed)s" allowed="true"/>
      <add path="%(echo)s" allowed="true"/>
    </isapiCgiRestriction></security>
"""


def test_isapi_dll_and_script_map_from_config(tmp):
    site = make_site(tmp)
    os.makedirs(os.path.join(site, "scripts"))
    shutil.copy(built_path("echo_extension"), os.path.join(site, "scripts", "echo.dll"))
    shutil.copy(built_path("echo_extension"), os.path.join(site, "scripts", "other.dll"))
    port = free_port()
    web = HANDLERS % {"echo": built_filter("echo_extension"),
                      "allowed": P(os.path.join(site, "scripts", "echo.dll"))}
    cfg = write_config(tmp, port, site, web=web)
    with config_host(cfg, port) as h:
        r = request(h, "/scripts/echo.dll/some/path?q=1")
        check(r.status == 200 and b"QUERY_STRING: q=1\nPATH_INFO: /some/path\n" in r.body,
              "ISAPI-dll: the .dll under the site runs: %r" % r.body[:200])
        r = request(h, "/scripts/other.dll")
        check(r.status == 404, "not in <isapiCgiRestriction>: 404.2, got %d" % r.status)
        r = request(h, "/scripts/missing.dll")
        check(r.status == 404, "no such .dll: 404")
        r = request(h, "/a/b.fwd")
        check(r.status == 200 and b"PATH_INFO: /a/b.fwd\n" in r.body,
              "script map: the whole URL is the path info: %r" % r.body[:200])
        r = request(h, "/a/b.fwd", method="POST")
        check(r.status != 200 or b"PATH_INFO" not in r.body, "POST is not the script map's")


if __name__ == "__main__":
    sys.exit(run(globals()))
