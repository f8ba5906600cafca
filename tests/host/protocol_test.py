"""w3host over real sockets: IIS's <httpProtocol> (customHeaders on every response,
redirectHeaders on redirects, allowKeepAlive).

usage: protocol_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import free_port, request

HEADERS = ('<httpProtocol><customHeaders><clear/><add name="X-Powered-By" value="ASP.NET"/>'
           '<add name="X-Site" value="errors test"/><remove name="X-Powered-By"/>'
           '<add name="X-Frame-Options" value="DENY"/></customHeaders>'
           '<redirectHeaders><add name="X-Redirected" value="yes"/></redirectHeaders>'
           '</httpProtocol>')


def protocol_host(tmp, section):
    site = make_site(tmp)
    port = free_port()
    cfg = write_config(tmp, port, site, web="    " + section + "\n")
    return config_host(cfg, port), site


def test_custom_headers_on_every_response(tmp):
    h, site = protocol_host(tmp, HEADERS)
    with h:
        ok = request(h, "/digits.txt")
        missing = request(h, "/missing.htm")
        c = h.connect()
        c.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
        first = c.read_response()
        c.send("GET /index.html HTTP/1.1\r\nHost: x\r\nIf-None-Match: %s\r\n"
               "Connection: close\r\n\r\n" % first.header("etag"))
        not_modified = c.read_response()
        c.close()
        check(ok.status == 200 and len(ok.body) == 2000, "the static file is whole")
        check(missing.status == 404 and not_modified.status == 304,
              "404 and 304: %d %d" % (missing.status, not_modified.status))
        for what, r in (("200", ok), ("404", missing), ("304", not_modified)):
            check(r.header("x-site") == "errors test" and r.header("x-frame-options") == "DENY",
                  "%s carries the custom headers: %r" % (what, r.headers))
            check(r.header("x-powered-by") is None, "%s: <remove> took X-Powered-By off" % what)
            check(r.header("x-redirected") is None, "%s: no redirect header" % what)
        c = h.connect()
        c.send("GET /index.html HTTP/1.1\r\n\r\n")  # no Host: refused as HTTP.sys does
        refused = c.read_response()
        c.close()
        check(refused.status == 400 and refused.header("x-site") is None,
              "a request refused before IIS sees it gets no custom headers: %r" %
              refused.headers)


def test_redirect_headers_only_on_redirects(tmp):
    h, site = protocol_host(tmp, HEADERS)
    with h:
        r = request(h, "/sub")
        check(r.status == 301 and r.header("location") is not None, "/sub redirects: %d" %
              r.status)
        check(r.header("x-redirected") == "yes", "the redirect header: %r" % r.headers)
        check(r.header("x-site") == "errors test", "custom headers too")


def test_custom_headers_per_folder(tmp):
    h, site = protocol_host(tmp, HEADERS)
    with open(os.path.join(site, "sub", "web.config"), "w") as f:
        f.write('<configuration><system.webServer><httpProtocol><customHeaders>'
                '<remove name="X-Site"/><add name="X-Folder" value="sub"/></customHeaders>'
                '</httpProtocol></system.webServer></configuration>')
    with h:
        r = request(h, "/sub/page.htm")
        check(r.status == 200 and r.header("x-folder") == "sub", "the folder's own header")
        check(r.header("x-site") is None and r.header("x-frame-options") == "DENY",
              "inherited ones, less the removed: %r" % r.headers)
        r = request(h, "/index.html")
        check(r.header("x-folder") is None and r.header("x-site") == "errors test", "root")


def test_allow_keep_alive_false_closes(tmp):
    h, site = protocol_host(tmp, '<httpProtocol allowKeepAlive="false"/>')
    with h:
        c = h.connect()
        c.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
        r = c.read_response()
        check(r.status == 200 and r.header("connection") == "close",
              "Connection: close on a keep-alive request: %r" % r.headers)
        check(c.closed_by_server(), "the server closes after the response")
        c.close()
    second = os.path.join(tmp, "second")
    os.makedirs(second)
    h, site = protocol_host(second, '<httpProtocol allowKeepAlive="true"/>')
    with h:
        c = h.connect()
        c.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
        check(c.read_response().header("connection") is None, "kept alive by default")
        c.send("GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        check(c.read_response().status == 200, "a second request on the connection")
        c.close()


if __name__ == "__main__":
    sys.exit(run(globals()))
