"""w3host over real sockets: error pages as IIS's <httpErrors> makes them (errorMode,
<error> by File, ExecuteURL and Redirect, existingResponse, per-folder web.config).

usage: errors_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import socket
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import W3Host, free_port, request

PROBE = ('    <globalModules><add name="ErrorProbe" image="%s"/></globalModules>\n'
         '    <modules><add name="ErrorProbe"/></modules>\n')


def error_site(tmp):
    """make_site plus the pages the errors point to."""
    site = make_site(tmp)
    os.makedirs(os.path.join(site, "errors"))
    with open(os.path.join(site, "errors", "404.htm"), "w") as f:
        f.write("<html>custom 404 from a file</html>\n")
    with open(os.path.join(site, "errors", "oops.htm"), "w") as f:
        f.write("<html>executed error page</html>\n")
    return site


def errors_host(tmp, http_errors, web_extra=""):
    site = error_site(tmp)
    port = free_port()
    cfg = write_config(tmp, port, site, web=web_extra + "    " + http_errors + "\n")
    return config_host(cfg, port), site


def test_error_page_from_file(tmp):
    h, site = errors_host(tmp, '<httpErrors errorMode="Custom"><remove statusCode="404"/>'
                               '<error statusCode="404" path="errors\\404.htm"/></httpErrors>')
    with h:
        r = request(h, "/missing.htm")
        check(r.status == 404, "the status stays 404: %d" % r.status)
        check(r.body == b"<html>custom 404 from a file</html>\n", "the file's bytes: %r" % r.body)
        check(r.header("content-type") == "text/html", "text/html: %r" % r.header("content-type"))
        r = request(h, "/missing.htm", method="HEAD")
        check(r.status == 404 and r.body == b"", "HEAD: status only")
        r = request(h, "/index.html")
        check(r.status == 200 and r.body == b"<html>home</html>\n", "other requests unchanged")


def test_error_page_by_language(tmp):
    """prefixLanguageFilePath (with an environment variable): the file of the client's
    language, else en-US's."""
    os.environ["W3TEST_CUSTERR"] = P(os.path.join(tmp, "custerr"))  # %VARIABLES% expand
    h, site = errors_host(tmp, '<httpErrors errorMode="Custom"><error statusCode="404" '
                               'prefixLanguageFilePath="%W3TEST_CUSTERR%" path="404.htm"/>'
                               '</httpErrors>')
    for lang in ("en-US", "de-DE"):
        os.makedirs(os.path.join(tmp, "custerr", lang))
        with open(os.path.join(tmp, "custerr", lang, "404.htm"), "w") as f:
            f.write("404 in %s\n" % lang)
    with h:
        r = request(h, "/missing.htm", {"Accept-Language": "de-DE,de;q=0.8,en;q=0.5"})
        check(r.status == 404 and r.body == b"404 in de-DE\n", "German: %r" % r.body)
        r = request(h, "/missing.htm", {"Accept-Language": "fr-FR;q=0.9"})
        check(r.body == b"404 in en-US\n", "no French page: en-US's: %r" % r.body)
        r = request(h, "/missing.htm", {"Accept-Language": "../../secret"})
        check(r.body == b"404 in en-US\n", "a path is no language: %r" % r.body)


def test_error_page_by_execute_url(tmp):
    h, site = errors_host(tmp, '<httpErrors errorMode="Custom">'
                               '<error statusCode="404" path="/errors/oops.htm" '
                               'responseMode="ExecuteURL"/></httpErrors>')
    with h:
        r = request(h, "/nothing/here.htm?x=1")
        check(r.status == 404, "the error's status, not the page's 200: %d" % r.status)
        check(r.body == b"<html>executed error page</html>\n", "the URL's entity: %r" % r.body)
        check_clean_exit(h)  # the child request's memory is back (sanitizer lane)


def test_error_page_by_redirect(tmp):
    h, site = errors_host(tmp, '<httpErrors errorMode="Custom" defaultResponseMode="File">'
                               '<error statusCode="404" path="http://example.test/sorry" '
                               'responseMode="Redirect"/></httpErrors>')
    with h:
        r = request(h, "/missing.htm")
        check(r.status == 302, "302: %d" % r.status)
        check(r.header("location") == "http://example.test/sorry", "Location: %r" %
              r.header("location"))


def test_error_substatus_and_default_pages(tmp):
    h, site = errors_host(tmp, '<httpErrors errorMode="Custom" defaultPath="errors\\oops.htm">'
                               '<error statusCode="404" subStatusCode="7" path="errors\\404.htm"/>'
                               '</httpErrors>')
    with h:
        r = request(h, "/missing.htm")
        check(r.status == 404 and r.body == b"<html>executed error page</html>\n",
              "404.0 has no entry of its own (only 404.7): defaultPath answers: %r" % r.body)
    second = os.path.join(tmp, "second")
    os.makedirs(second)
    h, site = errors_host(second, '<httpErrors errorMode="Custom"><clear/></httpErrors>')
    with h:
        r = request(h, "/missing.htm")
        check(r.status == 404 and b"404.0" in r.body and b"Detailed" not in r.body,
              "no entry and no defaultPath: the server's short custom page: %r" % r.body)


def test_error_mode_detailed(tmp):
    h, site = errors_host(tmp, '<httpErrors errorMode="Detailed">'
                               '<error statusCode="404" path="errors\\404.htm"/></httpErrors>')
    with h:
        r = request(h, "/missing.htm?q=<b>")
        check(r.status == 404, "404")
        check(b"HTTP Error 404.0" in r.body and b"Detailed Error Information" in r.body,
              "the detailed page, not the custom one: %r" % r.body)
        check(b"<b>" not in r.body and b"custom 404" not in r.body, "the URL is escaped")


def non_loopback_address():
    """This machine's address on a network (None if it has none)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))
            ip = s.getsockname()[0]
            return None if ip.startswith("127.") else ip
    except OSError:
        return None


def test_detailed_local_only(tmp):
    """The default errorMode: local (loopback) clients see the detailed page, others the
    custom one."""
    site = error_site(tmp)
    port = free_port()
    cfg = write_config(tmp, port, site, web='    <httpErrors><error statusCode="404" '
                       'path="errors\\404.htm"/></httpErrors>\n')
    with open(cfg) as f:
        text = f.read().replace("127.0.0.1:%d:" % port, "*:%d:" % port)
    with open(cfg, "w") as f:
        f.write(text)
    with config_host(cfg, port) as h:
        r = request(h, "/missing.htm")
        check(r.status == 404 and b"Detailed Error Information" in r.body,
              "loopback: detailed: %r" % r.body)
        ip = non_loopback_address()
        if ip is not None:
            s = socket.create_connection((ip, port), timeout=20)
            s.sendall(b"GET /missing.htm HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
            s.close()
            check(data.startswith(b"HTTP/1.1 404") and
                  data.endswith(b"<html>custom 404 from a file</html>\n"),
                  "from %s: the custom page: %r" % (ip, data))


def probe_errors(tmp, existing):
    return errors_host(tmp, '<httpErrors errorMode="Custom" existingResponse="%s">'
                            '<error statusCode="500" path="errors\\oops.htm"/></httpErrors>'
                       % existing, PROBE % built_filter("w3host_error_probe"))


def test_existing_response_auto(tmp):
    h, site = probe_errors(tmp, "Auto")
    with h:
        r = request(h, "/probe/skip")
        check(r.status == 500 and r.body == b"probe body",
              "fTrySkipCustomErrors: the module's entity stays: %r" % r.body)
        r = request(h, "/probe/plain")
        check(r.status == 500 and r.body == b"<html>executed error page</html>\n",
              "without it: the custom page: %r" % r.body)


def test_existing_response_replace(tmp):
    h, site = probe_errors(tmp, "Replace")
    with h:
        for url in ("/probe/skip", "/probe/plain"):
            r = request(h, url)
            check(r.status == 500 and r.body == b"<html>executed error page</html>\n",
                  "%s: replaced: %r" % (url, r.body))


def test_existing_response_pass_through(tmp):
    h, site = probe_errors(tmp, "PassThrough")
    with h:
        for url in ("/probe/skip", "/probe/plain"):
            r = request(h, url)
            check(r.status == 500 and r.body == b"probe body", "%s: kept: %r" % (url, r.body))
        r = request(h, "/missing.htm")
        check(r.status == 404 and b"404.0" in r.body,
              "the server's own 404 is still replaced: %r" % r.body)


def test_error_pages_per_folder_web_config(tmp):
    h, site = errors_host(tmp, '<httpErrors errorMode="Custom">'
                               '<error statusCode="404" path="errors\\404.htm"/></httpErrors>')
    with open(os.path.join(site, "sub", "web.config"), "w") as f:
        f.write('<configuration><system.webServer><httpErrors errorMode="Detailed"/>'
                '</system.webServer></configuration>')
    os.makedirs(os.path.join(site, "other"))
    with open(os.path.join(site, "other", "web.config"), "w") as f:
        f.write('<configuration><system.webServer><httpErrors>'
                '<remove statusCode="404"/><error statusCode="404" path="/errors/oops.htm" '
                'responseMode="ExecuteURL"/></httpErrors></system.webServer></configuration>')
    with h:
        r = request(h, "/missing.htm")
        check(r.body == b"<html>custom 404 from a file</html>\n", "root: the file: %r" % r.body)
        r = request(h, "/sub/missing.htm")
        check(b"Detailed Error Information" in r.body, "sub/: detailed: %r" % r.body)
        r = request(h, "/other/missing.htm")
        check(r.status == 404 and r.body == b"<html>executed error page</html>\n",
              "other/: its own entry replaces the inherited one: %r" % r.body)


if __name__ == "__main__":
    sys.exit(run(globals()))
