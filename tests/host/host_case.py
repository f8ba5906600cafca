"""What every w3host integration case shares: the program under test, paths as it names
them, a test site, and the runner.

usage: <suite>_test.py [--wine] W3HOST CASE     (exit 0 pass, 1 fail, 77 skipped)
Each case starts its own w3host on a free 127.0.0.1 port and stops it. With --wine,
W3HOST is the MinGW build, run under Wine, and is given Windows paths (Z: is /)."""
import hashlib
import os
import socket
import shutil
import sys
import subprocess
import tempfile
import time

from w3host_client import TIMEOUT, Conn, W3Host, request


class Lane:
    """The w3host under test: its path, and whether it runs under Wine."""
    exe = None
    wine = False


lane = Lane()
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
    return "Z:" + path if lane.wine else path


def exe_cmd():
    return ["wine", lane.exe] if lane.wine else [lane.exe]


def built_filter(name):
    """An ISAPI filter or native module built beside w3host."""
    return P(os.path.join(os.path.dirname(lane.exe), name + (".dll" if lane.wine else ".so")))


def posix_only(why):
    """Cases about POSIX processes and signals: skipped in the Wine lane."""
    def wrap(fn):
        def run(tmp):
            if lane.wine:
                raise Skip("not under Wine: " + why)
            fn(tmp)
        return run
    return wrap


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def started(h, args):
    """h once every listener is open (the metrics one too): the port answering shows
    only that the supervisor bound it, the start-up lines are written after the last."""
    deadline = time.monotonic() + TIMEOUT
    while ("--quiet" not in args and "listening on" not in h.stderr() and
           time.monotonic() < deadline):
        time.sleep(0.02)
    return h


def host(tmp, *args, site=None, **kw):
    """w3host serving site (None: a new make_site(tmp))."""
    site = site or make_site(tmp)
    return started(W3Host(exe_cmd(), ["--root", P(site)] + list(args), **kw), args)


def config_host(cfg, port, *args):
    """w3host with a config file, once every listener is open."""
    return started(W3Host(exe_cmd(), ["--config", P(cfg)] + list(args), port=port), args)


class PortOf(W3Host):
    """Another port of a running w3host, to connect to."""
    def __init__(self, port):  # noqa: no process of its own
        self.port = port


def get_with_host(port, host_header, path="/", address="127.0.0.1"):
    """The response to GET path with that Host header, on a connection of its own."""
    c = Conn(socket.create_connection((address, port), timeout=TIMEOUT))
    try:
        c.send("GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" % (path, host_header))
        return c.read_response()
    finally:
        c.close()


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
    if not lane.wine:
        check(h.stop() == 0, "clean exit after SIGTERM: " + h.stderr())


def log_files(d):
    return sorted(f for f in os.listdir(d) if f.startswith("u_ex"))


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


def run(cases):
    """Runs the case named on the command line from `cases` (a suite's globals())."""
    args = sys.argv[1:]
    if args and args[0] == "--wine":
        lane.wine = True
        args = args[1:]
    lane.exe, case = args[0], args[1]
    fn = cases.get("test_" + case)
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
