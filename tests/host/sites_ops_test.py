"""w3host over real sockets with several sites and what operations see of them: each
site's own <logFile> (fields, folder W3SVC<id>), workers that accept on every site's
port, a second server refused on a port the first holds, metrics and health summed
over the sites, applicationHost.config's script maps in every site.

usage: sites_ops_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import re
import socket
import subprocess
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import TIMEOUT, W3Host, free_port

SITES = """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost>
    <sites>
      <siteDefaults>
        <logFile directory="%(defaults)s" logExtFileFlags="Date, Time, UriStem, HttpStatus"/>
      </siteDefaults>
      <site name="Alpha" id="1">
        <bindings>
          <binding protocol="http" bindingInformation="127.0.0.1:%(port)d:a.example"/>
        </bindings>
        <logFile directory="%(own)s" logExtFileFlags="Date, Time, UriStem, UriQuery"/>
        <application path="/"><virtualDirectory path="/" physicalPath="%(a)s"/></application>
      </site>
      <site name="Beta" id="7">
        <bindings>
          <binding protocol="http" bindingInformation="127.0.0.1:%(port)d:b.example"/>
        </bindings>
        <application path="/"><virtualDirectory path="/" physicalPath="%(b)s"/></application>
      </site>
      <site name="Gamma" id="12">
        <bindings><binding protocol="http" bindingInformation="127.0.0.1:%(port2)d:"/></bindings>
        <logFile enabled="false"/>
        <application path="/"><virtualDirectory path="/" physicalPath="%(c)s"/></application>
      </site>
    </sites>
  </system.applicationHost>
  <system.webServer>%(web)s</system.webServer>
  <w3compat><logBuffer size="0"/>%(extra)s</w3compat>
</configuration>
"""


def site_folder(tmp, name, text):
    path = os.path.join(tmp, name)
    os.makedirs(path)
    with open(os.path.join(path, "index.html"), "w") as f:
        f.write(text)
    return path


def three_sites(tmp, extra="", web=""):
    """Alpha (its own <logFile>) and Beta (<siteDefaults>') on one port by host name,
    Gamma (logging disabled) on another; returns the config file and the two ports."""
    port, port2 = free_port(), free_port()
    values = {"port": port, "port2": port2, "extra": extra, "web": web,
              "defaults": P(os.path.join(tmp, "defaults")), "own": P(os.path.join(tmp, "own")),
              "a": P(site_folder(tmp, "a", "alpha\n")), "b": P(site_folder(tmp, "b", "beta\n")),
              "c": P(site_folder(tmp, "c", "gamma\n"))}
    path = os.path.join(tmp, "applicationHost.config")
    with open(path, "w") as f:
        f.write(SITES % values)
    return path, port, port2


def get(port, path, host_header="x"):
    """(status, body) of GET path on 127.0.0.1:port on a connection of its own."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as s:
        s.sendall(("GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n"
                   % (path, host_header)).encode())
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


def lines_of(folder):
    """The lines of the one log file in folder, once it has a request's line."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        names = log_files(folder) if os.path.isdir(folder) else []
        if names:
            with open(os.path.join(folder, names[0]), "rb") as f:
                lines = f.read().decode().split("\r\n")[:-1]
            if lines and not lines[-1].startswith("#"):
                check(len(names) == 1, "one file in %s: %r" % (folder, names))
                return lines
        time.sleep(0.05)
    raise AssertionError("no log line in %s" % folder)


def test_each_site_logs_with_its_own_log_file(tmp):
    cfg, port, port2 = three_sites(tmp)
    with config_host(cfg, port) as h:
        check(get(port, "/index.html?from=a", "a.example") == (200, b"alpha\n"), "Alpha")
        check(get(port, "/index.html?from=b", "b.example") == (200, b"beta\n"), "Beta")
        check(get(port2, "/index.html?from=c")[0] == 200, "Gamma")
        alpha = lines_of(os.path.join(tmp, "own", "W3SVC1"))
        beta = lines_of(os.path.join(tmp, "defaults", "W3SVC7"))
    check("#Fields: date time cs-uri-stem cs-uri-query" in alpha, "Alpha's fields: %r" % alpha)
    check(alpha[-1].endswith(" /index.html from=a"), "Alpha's line: %r" % alpha[-1])
    check("#Fields: date time cs-uri-stem sc-status" in beta, "siteDefaults' fields: %r" % beta)
    check(beta[-1].endswith(" /index.html 200"), "Beta's line: %r" % beta[-1])
    check(not os.path.exists(os.path.join(tmp, "defaults", "W3SVC1")), "Alpha's own directory")
    check(not os.path.exists(os.path.join(tmp, "defaults", "W3SVC12")), "Gamma logs nothing")


@posix_only("one worker process on Windows")
def test_workers_accept_on_every_sites_port(tmp):
    cfg, port, port2 = three_sites(tmp)
    with config_host(cfg, port, "--workers", "2") as h:
        deadline = time.monotonic() + TIMEOUT
        while h.stderr().count("listening on") < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        check(h.stderr().count("listening on") == 4, "each worker on both ports: " + h.stderr())
        check(len(children_of(h.proc.pid)) == 2, "two workers")
        for _ in range(4):
            check(get(port, "/", "b.example") == (200, b"beta\n"), "Beta on the shared port")
            check(get(port2, "/") == (200, b"gamma\n"), "Gamma on its own port")
        # A second server with the same sites: refused, the first keeps serving.
        p = subprocess.run(exe_cmd() + ["--config", P(cfg), "--workers", "2"],
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
        err = p.stderr.decode()
        check(p.returncode == 2 and "address already in use" in err, "refused: %r" % err)
        check(get(port2, "/") == (200, b"gamma\n"), "the first still serves")
        check_clean_exit(h)


def test_second_server_on_a_sites_port_exits_2(tmp):
    cfg, port, port2 = three_sites(tmp)
    with config_host(cfg, port):
        expect_exit_2(["--config", P(cfg)], "127.0.0.1:%d" % port, "address already in use")


def test_metrics_and_health_count_every_site(tmp):
    mport = free_port()
    cfg, port, port2 = three_sites(tmp, '<metrics port="%d"/>' % mport)
    with config_host(cfg, port):
        get(port, "/", "a.example")
        get(port, "/", "b.example")
        get(port2, "/")
        get(port2, "/missing.txt")
        deadline = time.monotonic() + TIMEOUT
        while True:
            status, text = get(mport, "/metrics")
            counts = dict(re.findall(r'^w3host_requests_total\{class="(\dxx)"\} (\d+)$',
                                     text.decode(), re.M))
            if counts.get("2xx") == "3" and counts.get("4xx") == "1":
                break
            check(time.monotonic() < deadline, "the three sites' requests: %r" % counts)
            time.sleep(0.1)
        check(status == 200, "/metrics answers")
        check(get(mport, "/healthz") == (200, b"healthy\n"), "every site is healthy")


SCRIPT_MAP = """
    <handlers><add name="Fwd" path="*.fwd" verb="GET" modules="IsapiModule"
                   scriptProcessor="%s" resourceType="Unspecified"/></handlers>
    <security><isapiCgiRestriction notListedIsapisAllowed="false">
      <add path="%s" allowed="true"/></isapiCgiRestriction></security>
"""


def test_script_map_applies_to_every_site(tmp):
    echo = built_filter("echo_extension")
    cfg, port, port2 = three_sites(tmp, web=SCRIPT_MAP % (echo, echo))
    with config_host(cfg, port):
        for where, (p, name) in {"Alpha": (port, "a.example"), "Beta": (port, "b.example"),
                                 "Gamma": (port2, "x")}.items():
            status, body = get(p, "/d/page.fwd", name)
            check(status == 200 and b"PATH_INFO: /d/page.fwd\n" in body,
                  "%s runs the script map: %d %r" % (where, status, body[:200]))


if __name__ == "__main__":
    sys.exit(run(globals()))
