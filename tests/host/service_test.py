"""w3host as a systemd service: the readiness protocol (sd_notify datagrams on a socket
the test binds, as systemd's $NOTIFY_SOCKET), journald priority prefixes on stderr, and
the unit file that packaging/ installs.

usage: service_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import lane, run
from w3host_client import TIMEOUT, free_port

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def notify_socket(tmp):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = os.path.join(tmp, "notify.sock")
    s.bind(path)
    s.settimeout(TIMEOUT)
    return s, path


def next_datagram(s):
    return s.recv(4096).decode()


@posix_only("systemd's notify socket")
def test_sd_notify_ready_reloading_stopping(tmp):
    s, path = notify_socket(tmp)
    os.environ["NOTIFY_SOCKET"] = path
    try:
        h = host(tmp, "--workers", "2")
    finally:
        del os.environ["NOTIFY_SOCKET"]
    with h:
        check(next_datagram(s) == "READY=1", "READY=1 once the workers listen")
        check(len(workers_listening(h, time.monotonic() + TIMEOUT)) == 2, "both listen")
        h.proc.send_signal(signal.SIGHUP)
        msg = next_datagram(s)
        check(re.match(r"^RELOADING=1\nMONOTONIC_USEC=[0-9]+$", msg) is not None,
              "RELOADING=1 with the time: %r" % msg)
        check(next_datagram(s) == "READY=1", "READY=1 after the recycle")
        h.proc.send_signal(signal.SIGTERM)
        check(next_datagram(s) == "STOPPING=1", "STOPPING=1")
        check(h.proc.wait(TIMEOUT) == 0, "exit 0")
    s.close()


@posix_only("systemd's notify socket")
def test_sd_notify_single_process_and_abstract_socket(tmp):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    name = "w3host-test-%d" % os.getpid()
    s.bind("\0" + name)
    s.settimeout(TIMEOUT)
    os.environ["NOTIFY_SOCKET"] = "@" + name
    try:
        h = host(tmp)
    finally:
        del os.environ["NOTIFY_SOCKET"]
    with h:
        check(next_datagram(s) == "READY=1", "READY=1")
        h.proc.send_signal(signal.SIGTERM)
        check(next_datagram(s) == "STOPPING=1", "STOPPING=1")
        check(h.proc.wait(TIMEOUT) == 0, "exit 0")
    s.close()


@posix_only("journald's stream")
def test_journal_stream_gets_priority_prefixes(tmp):
    site = make_site(tmp)
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    port = busy.getsockname()[1]
    for journal in (True, False):
        with open(os.path.join(tmp, "err.txt"), "w+b") as err:
            st = os.fstat(err.fileno())
            env = dict(os.environ)
            # systemd names the stream it connected; a stream it did not connect (a
            # wrapper redirected stderr) gets plain lines.
            env["JOURNAL_STREAM"] = "%d:%d" % (st.st_dev, st.st_ino if journal else 1)
            p = subprocess.run(exe_cmd() + ["--root", P(site), "--listen", "127.0.0.1:%d" % port],
                               stdin=subprocess.DEVNULL, stdout=err, stderr=err, env=env,
                               timeout=TIMEOUT)
            check(p.returncode == 2, "a busy port: exit 2")
            err.seek(0)
            text = err.read().decode()
        line = [l for l in text.splitlines() if "cannot listen" in l]
        check(len(line) == 1, "the error line: %r" % text)
        if journal:
            check(line[0].startswith("<3>w3host: cannot listen"), "an error, <3>: %r" % line)
        else:
            check(line[0].startswith("w3host: cannot listen"), "no prefix: %r" % line)
    busy.close()


def test_systemd_unit_is_valid(tmp):
    template = os.path.join(SOURCE, "packaging", "systemd", "w3host.service.in")
    text = open(template).read()
    for needle in ["Type=notify", "NotifyAccess=main", "ExecReload=/bin/kill -HUP $MAINPID",
                   "KillSignal=SIGTERM", "--check"]:
        check(needle in text, "the unit has " + needle)
    analyze = shutil.which("systemd-analyze")
    if analyze is None or lane.wine:
        raise Skip("systemd-analyze is not installed, or a Windows build")
    unit = os.path.join(tmp, "w3host.service")
    with open(unit, "w") as f:  # as cmake --install writes it
        f.write(text.replace("@CMAKE_INSTALL_FULL_BINDIR@", os.path.dirname(lane.exe))
                .replace("@CMAKE_INSTALL_FULL_DOCDIR@", "/usr/share/doc/w3compat"))
    p = subprocess.run([analyze, "verify", "--man=no", unit], capture_output=True,
                       timeout=TIMEOUT)
    check(p.returncode == 0 and p.stderr.strip() == b"",
          "systemd-analyze verify: %s" % p.stderr.decode())


def test_check_flag_loads_without_serving(tmp):
    site = make_site(tmp)
    port = free_port()
    web = ('    <globalModules><add name="Probe" image="%s"/></globalModules>\n'
           '    <modules><add name="Probe"/></modules>\n' % built_filter("w3host_dual_probe"))
    cfg = write_config(tmp, port, site, web=web)
    p = subprocess.run(exe_cmd() + ["--config", P(cfg), "--check"], stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=TIMEOUT)
    check(p.returncode == 0, "a good configuration: exit 0: %s" % p.stderr.decode())
    check(b"is good" in p.stderr, "says so: %r" % p.stderr)
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        check(False, "--check does not listen")
    except OSError:
        pass
    web = web.replace(built_filter("w3host_dual_probe"), P(os.path.join(tmp, "missing.dll")))
    cfg = write_config(tmp, port, site, web=web)
    expect_exit_2(["--config", P(cfg), "-t"], "native module 'Probe'", "could not be loaded")
    cfg = write_config(tmp, port, site, extra='<workers count="0"/>')
    expect_exit_2(["--config", P(cfg), "--check"], "<workers>")


if __name__ == "__main__":
    sys.exit(run(globals()))
