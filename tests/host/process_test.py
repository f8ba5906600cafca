"""w3host over real sockets: Shutdown, logging and workers.

usage: process_test.py [--wine] W3HOST CASE (see host_case.py)."""
import datetime
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import lane, run
from w3host_client import TIMEOUT, request


@posix_only("drains on SIGTERM")
def test_sigterm_drains_in_flight(tmp):
    with host(tmp) as h:
        busy = h.connect()
        busy.send("GET /index.html HTTP/1.1\r\nHost: x\r\n")  # in flight
        idle = h.connect()
        idle.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        check(idle.read_response().status == 200, "idle connection answered")
        time.sleep(0.2)
        h.proc.send_signal(signal.SIGTERM)
        check(idle.closed_by_server(), "idle connection closed at shutdown")
        busy.send("\r\n")
        r = busy.read_response()
        check(r is not None and r.status == 200, "in-flight request finished")
        check(h.proc.wait(TIMEOUT) == 0, "exit 0 after draining")
        try:
            socket.create_connection(("127.0.0.1", h.port), timeout=2).close()
            check(False, "still listening after shutdown")
        except OSError:
            pass


def test_w3c_log_format(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-buffer", "0") as h:
        request(h, "/index.html?x=1")
        request(h, "/missing")
    files = log_files(logs)
    today = datetime.datetime.now(datetime.timezone.utc).strftime("u_ex%y%m%d.log")
    check(files == [today], "daily file name %s, got %s" % (today, files))
    lines = open(os.path.join(logs, files[0]), newline="").read().split("\r\n")
    check(lines[0].startswith("#Software: ") and lines[1] == "#Version: 1.0" and
          lines[2].startswith("#Date: "), "directives")
    check(lines[3] == "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
          "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
          "sc-win32-status time-taken", "fields line")
    first = lines[4].split(" ")
    check(len(first) == 15, "15 fields")
    check(first[2:7] == ["127.0.0.1", "GET", "/index.html", "x=1", str(h.port)] and
          first[8] == "127.0.0.1" and first[9:11] == ["-", "-"] and
          first[11:14] == ["200", "0", "0"],
          "request line fields: %s" % first)
    check(lines[5].split(" ")[11] == "404", "status of the second request")


def test_w3c_log_read_by_goaccess(tmp):
    goaccess = shutil.which("goaccess")
    if goaccess is None:
        raise Skip("goaccess is not installed (scripts/install-deps.sh installs it)")
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-buffer", "0") as h:
        for path in ["/", "/index.html", "/digits.txt", "/missing"]:
            request(h, path)
    path = os.path.join(logs, log_files(logs)[0])
    out = os.path.join(tmp, "report.json")
    p = subprocess.run([goaccess, path, "--log-format=W3C", "--no-global-config",
                        "-o", out], capture_output=True, timeout=60)
    check(p.returncode == 0, "goaccess failed: %s" % p.stderr.decode())
    report = json.load(open(out))
    check(report["general"]["total_requests"] == 4,
          "goaccess counted %s requests" % report["general"]["total_requests"])
    check(report["general"].get("failed_requests", 0) == 0, "no line goaccess rejected")


@posix_only("SIGHUP")
def test_sighup_reopens_log(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-buffer", "0") as h:
        request(h, "/")
        deadline = time.monotonic() + TIMEOUT
        while not log_files(logs) and time.monotonic() < deadline:
            time.sleep(0.02)
        name = log_files(logs)[0]
        os.rename(os.path.join(logs, name), os.path.join(logs, "rotated.log"))
        h.proc.send_signal(signal.SIGHUP)
        # The signal is handled asynchronously: request until a line lands in a new file.
        while not log_files(logs) and time.monotonic() < deadline:
            request(h, "/index.html")
            time.sleep(0.05)
    check(log_files(logs) == [name], "a new file after SIGHUP")
    text = open(os.path.join(logs, name)).read()
    check(text.startswith("#Software") and "/index.html" in text, "new file has the line")


def logged_targets(logs, names=None):
    """The cs-uri-stem?cs-uri-query of every line in the log files, in file order."""
    out = []
    for name in names or log_files(logs):
        with open(os.path.join(logs, name), newline="") as f:
            for line in f.read().split("\r\n"):
                if line and not line.startswith("#"):
                    fields = line.split(" ")
                    out.append(fields[4] + "?" + fields[5])
    return out


def wait_for_lines(logs, count, deadline):
    while time.monotonic() < deadline:
        if os.path.isdir(logs) and log_files(logs) and len(logged_targets(logs)) >= count:
            return True
        time.sleep(0.05)
    return False


def test_log_lines_wait_for_the_flush_interval(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-flush", "2") as h:
        sent = time.monotonic()
        request(h, "/index.html")
        check(logged_targets(logs) == [] or time.monotonic() - sent > 1.5,
              "the line is buffered, not written with the response")
        check(wait_for_lines(logs, 1, time.monotonic() + TIMEOUT),
              "the line is written once the flush interval has passed")
        check(logged_targets(logs) == ["/index.html?-"], "one line: %s" % logged_targets(logs))


@posix_only("SIGHUP")
def test_sighup_writes_the_log_buffer(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-flush", "3600") as h:
        for i in range(5):
            request(h, "/index.html?n=%d" % i)
        check(logged_targets(logs) == [], "nothing written before the signal")
        h.proc.send_signal(signal.SIGHUP)
        check(wait_for_lines(logs, 5, time.monotonic() + TIMEOUT), "written at SIGHUP")
        check(logged_targets(logs) == ["/index.html?n=%d" % i for i in range(5)],
              "in order: %s" % logged_targets(logs))


@posix_only("an orderly stop by SIGTERM")
def test_shutdown_writes_the_log_buffer(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-flush", "3600") as h:
        c = h.connect()
        for i in range(300):
            c.send("GET /index.html?n=%d HTTP/1.1\r\nHost: x\r\n\r\n" % i)
            check(c.read_response().status == 200, "answered")
        c.close()
    check(logged_targets(logs) == ["/index.html?n=%d" % i for i in range(300)],
          "every line once, in order, at shutdown: %d lines" % len(logged_targets(logs)))


@posix_only("SIGHUP")
def test_log_rotation_loses_and_repeats_nothing(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-flush", "3600") as h:
        for i in range(40):
            request(h, "/index.html?n=%d" % i)
        h.proc.send_signal(signal.SIGHUP)
        check(wait_for_lines(logs, 40, time.monotonic() + TIMEOUT), "first lines written")
        name = log_files(logs)[0]
        for i in range(40, 60):
            request(h, "/index.html?n=%d" % i)
        os.rename(os.path.join(logs, name), os.path.join(logs, "rotated.log"))
        h.proc.send_signal(signal.SIGHUP)
        for i in range(60, 80):
            request(h, "/index.html?n=%d" % i)
    lines = logged_targets(logs, ["rotated.log", name])
    check(lines == ["/index.html?n=%d" % i for i in range(80)],
          "80 lines across the rotation, once each, in order: %s" % lines)
    check(logged_targets(logs, ["rotated.log"])[:40] == lines[:40],
          "the lines before the rotation stay in the rotated file")


@posix_only("one worker process on Windows")
def test_killed_worker_loses_at_most_one_log_buffer(tmp):
    if not os.path.exists("/proc/self/task"):
        raise Skip("needs /proc to find the workers")
    logs = os.path.join(tmp, "logs")
    buffer = 4096
    total = 400
    with host(tmp, "--workers", "2", "--log-dir", P(logs), "--log-buffer", str(buffer),
              "--log-flush", "3600") as h:
        deadline = time.monotonic() + TIMEOUT
        workers = workers_listening(h, deadline)
        check(len(workers) == 2, "two workers: %s" % workers)
        for i in range(total):
            check(request(h, "/index.html?n=%d" % i).status == 200, "answered")
        os.kill(workers[0], signal.SIGKILL)
        while time.monotonic() < deadline:  # replaced
            now = children_of(h.proc.pid)
            if len(now) == 2 and workers[0] not in now:
                break
            time.sleep(0.05)
        check(h.stop() == 0, "supervisor stops cleanly: %s" % h.stderr())
    lines = logged_targets(logs)
    check(len(set(lines)) == len(lines), "no line twice")
    lost = total - len(lines)
    with open(os.path.join(logs, log_files(logs)[0]), "rb") as f:
        body = [l for l in f.read().split(b"\r\n") if l and not l.startswith(b"#")]
    shortest = min(len(l) + 2 for l in body)
    print("killed worker lost %d of %d lines (%d bytes at most; buffer %d)" %
          (lost, total, lost * max(len(l) + 2 for l in body), buffer))
    check(lost * shortest <= buffer, "at most one buffer lost: %d lines" % lost)


@posix_only("one worker process on Windows")
def test_killed_worker_is_replaced(tmp):
    if not os.path.exists("/proc/self/task"):
        raise Skip("needs /proc to find the workers")
    with host(tmp, "--workers", "2") as h:
        # Each step waits for what shows it is done, with a bound of its own: on a loaded
        # machine a step may take seconds.
        workers = workers_listening(h, time.monotonic() + TIMEOUT)
        check(len(workers) == 2, "two workers: %s" % workers)
        os.kill(workers[0], signal.SIGKILL)
        # Connections the kernel queued on the dying worker's socket are lost (a limit of
        # SO_REUSEPORT); once it is reaped, every connection goes to a live worker.
        wait_until(lambda: workers[0] not in children_of(h.proc.pid))
        for _ in range(20):  # the other keeps answering meanwhile
            check(request(h, "/").status == 200, "served while a worker is down")
        now = wait_until(lambda: replaced(children_of(h.proc.pid), workers[0]))
        now = now or children_of(h.proc.pid)
        check(len(now) == 2 and workers[0] not in now and workers[1] in now,
              "replaced: before %s, after %s" % (workers, now))
        # Forked is not yet serving: the replacement says when it listens.
        said = "w3host[%d]: listening on" % [pid for pid in now if pid != workers[1]][0]
        check(wait_until(lambda: said in h.stderr()), "the replacement listens: " + h.stderr())
        for _ in range(20):
            check(request(h, "/").status == 200, "served after the restart")
        check("killed by signal 9" in h.stderr(), "the death is logged")
        check(h.stop() == 0, "supervisor stops cleanly")
        check(children_of(h.proc.pid) == [], "no worker left")


def replaced(children, gone):
    """The children once there are two again without `gone`, else None."""
    return children if len(children) == 2 and gone not in children else None


def wait_until(cond, seconds=TIMEOUT):
    """cond()'s first true value, polled until `seconds` pass (then its last value)."""
    deadline = time.monotonic() + seconds
    value = cond()
    while not value and time.monotonic() < deadline:
        time.sleep(0.05)
        value = cond()
    return value


@posix_only("one worker process on Windows")
def test_crashing_filter_takes_down_only_its_worker(tmp):
    crash = built_filter("w3host_crash_filter")
    with host(tmp, "--workers", "2", "--filter", crash) as h:
        deadline = time.monotonic() + TIMEOUT
        workers = workers_listening(h, deadline)
        try:
            r = request(h, "/crash")
            check(r is None, "no response from a crashed worker")
        except (ConnectionResetError, AssertionError):
            pass
        while len(set(children_of(h.proc.pid)) & set(workers)) == 2 and \
                time.monotonic() < deadline:
            time.sleep(0.01)
        for _ in range(20):
            check(request(h, "/").status == 200, "the other worker answers")
        while len(children_of(h.proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        check(len(children_of(h.proc.pid)) == 2, "the crashed worker was replaced")
        check("killed by signal" in h.stderr(), "the crash is logged")


@posix_only("one worker process on Windows")
def test_workers_stop_with_their_supervisor(tmp):
    if not os.path.exists("/proc/self/task"):
        raise Skip("needs /proc to find the workers")
    with host(tmp, "--workers", "2") as h:
        deadline = time.monotonic() + TIMEOUT
        workers = workers_listening(h, deadline)
        check(len(workers) == 2, "two workers")
        c = h.connect()
        c.send("GET / HTTP/1.1\r\nHost: x\r\n")  # in flight in one worker
        time.sleep(0.2)
        h.proc.send_signal(signal.SIGINT)  # Ctrl-C: drained, not cut short
        c.send("\r\n")
        r = c.read_response()
        check(r is not None and r.status == 200, "in-flight request finished after SIGINT")
        check(h.proc.wait(TIMEOUT) == 0, "supervisor exit 0")
    with host(tmp + "/2", "--workers", "2") as h:
        workers = workers_listening(h, deadline)
        h.proc.kill()
        h.proc.wait()
        while any(os.path.exists("/proc/%d" % w) for w in workers) and \
                time.monotonic() < deadline:
            time.sleep(0.05)
        check(not any(os.path.exists("/proc/%d" % w) for w in workers),
              "workers end when the supervisor is killed")


@posix_only("one worker process on Windows")
def test_rapid_fail_protection(tmp):
    site = make_site(tmp)
    p = subprocess.run([lane.exe, "--root", site, "--listen", "127.0.0.1:0", "--workers", "2",
                        "--filter", os.path.join(tmp, "missing-filter.so")],
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    err = p.stderr.decode()
    check(p.returncode == 2, "supervisor gives up with 2, got %d" % p.returncode)
    check(err.count("rapid-fail protection, not restarting") == 2, "both slots stopped: " + err)
    check(err.count("exited with status 2") == 10, "5 starts per slot: " + err)


def test_memory_limit_503_and_page_heap(tmp):
    with host(tmp, "--memory-limit", "1") as h:
        r = request(h, "/index.html")
        check(r is not None and r.status == 503, "503 when the engine has no memory")
    with host(tmp + "/2", "--page-heap") as h:
        check(request(h, "/index.html").status == 200, "page heap serves")


if __name__ == "__main__":
    sys.exit(run(globals()))
