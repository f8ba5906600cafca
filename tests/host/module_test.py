"""w3host over real sockets: Native modules in w3host: hello world, asynchronous completion, global notifications, per-folder configuration.

usage: module_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import shutil
import signal
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import TIMEOUT, free_port, request


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


if __name__ == "__main__":
    sys.exit(run(globals()))
