"""w3host's command line: -t (test the configuration), --version, --help, IIS Express's
flags, a second server on a taken port, and Win32 errors with their system text.

usage: cli_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import re
import socket
import subprocess
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import TIMEOUT, W3Host, free_port, request

FLAGS_DEF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "host", "src",
                         "flags.def")


def w3host(*args):
    """Runs w3host to its end: (exit status, stdout, stderr)."""
    p = subprocess.run(exe_cmd() + list(args), stdin=subprocess.DEVNULL, capture_output=True,
                       timeout=TIMEOUT)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def module_not_found():
    """FormatMessage's text for ERROR_MOD_NOT_FOUND: Windows's (compat's), or Wine's."""
    return "Module not found." if lane.wine else "The specified module could not be found."


def port_is_free(port):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def test_check_config_good_loads_everything_and_serves_nothing(tmp):
    site = make_site(tmp)
    port = free_port()
    module = '<globalModules><add name="Probe" image="%s"/></globalModules>' % built_filter(
        "w3host_global_probe")
    cfg = write_config(tmp, port, site, web="    " + module + "\n")
    status, out, err = w3host("-t", "--config", P(cfg))
    check(status == 0, "a good configuration: exit 0, got %d: %s" % (status, err))
    check("is good" in err, "says so: %r" % err)
    check("listening" not in err and port_is_free(port), "nothing was served")


def test_check_config_reports_every_problem_with_file_and_line(tmp):
    site = make_site(tmp)
    # 1: two errors in one file, both named.
    cfg = write_config(tmp, 8080, site, '\n    <timeouts headerRead="soon"/>\n    <bogus/>')
    status, _, err = w3host("-t", "--config", P(cfg))
    check(status == 2, "bad values: exit 2, got %d" % status)
    check(P(cfg) + ":17: <timeouts>" in err and P(cfg) + ":18: <bogus>" in err,
          "both errors, each with its line: %r" % err)
    check("has problems" in err, "the verdict: %r" % err)
    # 2: a module and a filter that do not load, both named with their line.
    web = ('    <globalModules><add name="Gone" image="%s"/></globalModules>\n'
           '    <isapiFilters><filter name="Lost" path="%s"/></isapiFilters>\n' %
           (P(os.path.join(tmp, "gone.so")), P(os.path.join(tmp, "lost.so"))))
    cfg = write_config(tmp, 8080, site, web=web)
    status, _, err = w3host("-t", "--config", P(cfg))
    check(status == 2, "modules that do not load: exit 2, got %d" % status)
    check(re.search(re.escape(P(cfg)) + r":15: global native module 'Gone'.*error 126: " +
                    re.escape(module_not_found()), err) is not None,
          "the module with file, line and the system's text: %r" % err)
    check(re.search(re.escape(P(cfg)) + r":16: ISAPI filter 'Lost'.*error 126", err) is not None,
          "the filter too: %r" % err)
    # 3: two sites claiming one binding, and a site root that is missing.
    cfg = os.path.join(tmp, "sites.config")
    with open(cfg, "w") as f:
        f.write('<configuration><system.applicationHost><sites>\n'
                '<site name="one" id="1"><bindings><binding protocol="http" '
                'bindingInformation="*:8080:x"/></bindings>\n'
                '<application path="/"><virtualDirectory path="/" physicalPath="%s"/>'
                '</application></site>\n'
                '<site name="two" id="2"><bindings><binding protocol="http" '
                'bindingInformation="*:8080:x"/></bindings></site>\n'
                '</sites></system.applicationHost></configuration>\n' %
                P(os.path.join(tmp, "nowhere")))
    status, _, err = w3host("-t", "--config", P(cfg))
    check(status == 2, "conflicting sites: exit 2, got %d" % status)
    check(P(cfg) + ':4: <site name="two">: binding 0.0.0.0:8080:x is also site "one"' in err,
          "the second site's line: %r" % err)
    check("nowhere: not a directory" in err, "the missing root too: %r" % err)


def test_version(tmp):
    status, out, _ = w3host("--version")
    out = out.replace("\r\n", "\n")  # Windows's text-mode stdout
    check(status == 0 and re.match(r"w3host \d+\.\d+\.\d+\n$", out) is not None,
          "version line: %d %r" % (status, out))


def test_help_lists_every_flag(tmp):
    status, out, _ = w3host("--help")
    check(status == 0, "--help exits 0")
    names = re.findall(r'^(?:FLAG|IIS_EXPRESS)\("([^"]+)"', open(FLAGS_DEF).read(), re.M)
    check("--quiet" in names and "/port" in names and len(names) > 30, "flags.def read")
    for name in names:
        check(re.search(r"^\s+%s\b" % re.escape(name), out, re.M) is not None,
              "%s in --help" % name)


def test_iis_express_flags(tmp):
    site = make_site(tmp)
    port = free_port()
    args = ["/path:" + P(site), "/port:%d" % port, "/trace:none", "/clr:v4.0", "/systray:false"]
    with W3Host(exe_cmd(), args, port=port) as h:
        r = request(h, "/index.html")
        check(r.status == 200 and r.body == b"<html>home</html>\n", "/path and /port serve")
        err = h.stderr()
        check("/clr ignored" in err and "/systray ignored" in err, "a note for each: %r" % err)
        check("listening" not in err, "/trace:none is --quiet: %r" % err)
    status, _, err = w3host("/path:" + P(site), "/frob:1")
    check(status == 2 and "/frob:1" in err, "an IIS Express flag w3host lacks: %r" % err)
    status, _, err = w3host("/path:" + P(site), "/trace:loud")
    check(status == 2 and "/trace:loud" in err, "an unknown trace level: %r" % err)


def test_second_server_on_taken_port_exits_2(tmp):
    """Two worker processes share the port (SO_REUSEPORT) on POSIX; on Windows --workers
    is one process. Either way a second server is refused."""
    site = make_site(tmp)
    with host(tmp, "--workers", "2", site=site) as first:
        if not lane.wine:
            workers_listening(first, time.monotonic() + TIMEOUT)
        status, _, err = w3host("--root", P(site), "--workers", "2", "--listen",
                                "127.0.0.1:%d" % first.port)
        check(status == 2, "the second server exits 2, got %d: %s" % (status, err))
        check("127.0.0.1:%d: address already in use" % first.port in err, "says why: %r" % err)
        check(request(first, "/index.html").status == 200, "the first one still serves")


def test_filter_load_error_has_system_text(tmp):
    status, _, err = w3host("--root", P(tmp), "--filter", P(os.path.join(tmp, "nofilter.dll")))
    check(status == 2, "exit 2")
    check("could not be loaded: error 126: %s" % module_not_found() in err,
          "the error code with its FormatMessage text: %r" % err)


if __name__ == "__main__":
    sys.exit(run(globals()))
