"""w3host over real sockets: applicationHost.config as w3host reads it, and the errors it reports.

usage: config_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import socket
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import free_port, request


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


if __name__ == "__main__":
    sys.exit(run(globals()))
