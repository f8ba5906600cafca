"""w3host recycling, as IIS's application pools recycle: overlapped, under load, with a
new module DLL; refused when the new configuration does not start; triggered by
<periodicRestart requests/time>.

usage: recycle_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys
import shutil
import signal
import socket
import subprocess
import threading
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import lane, run
from w3host_client import TIMEOUT, free_port, request


def module_config(tmp, port, module_path, extra="", pool=""):
    """A config that loads the module at module_path as "versioned"; `extra` goes into
    <w3compat>, `pool` into <system.applicationHost>."""
    site = make_site(tmp)
    web = ('    <globalModules><add name="versioned" image="%s"/></globalModules>\n'
           '    <modules><add name="versioned"/></modules>\n' % P(module_path))
    path = write_config(tmp, port, site, extra=extra, web=web)
    if pool:
        text = open(path).read().replace("    </sites>\n", "    </sites>\n" + pool, 1)
        with open(path, "w") as f:
            f.write(text)
    return path


def install_module(src, dst):
    """Puts a DLL in place the way a deployment should: a new file renamed over the old
    one, so that processes that mapped the old one keep it intact."""
    tmp = dst + ".new"
    shutil.copyfile(src, tmp)
    os.replace(tmp, dst)


def built(name):
    return os.path.join(os.path.dirname(lane.exe), name + ".so")


class Load:
    """Threads that send keep-alive GETs until stopped, as a browser or a load balancer
    does: a connection is reused until a response says Connection: close. Every request
    that gets no complete 200 response counts as failed."""

    def __init__(self, port, threads=8):
        self.port = port
        self.ok = 0
        self.failures = []
        self.versions = []  # X-Module-Version of the responses, in arrival order
        self.lock = threading.Lock()
        self.stopping = False
        self.threads = [threading.Thread(target=self.loop) for _ in range(threads)]
        for t in self.threads:
            t.start()

    def one(self, conn):
        conn.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
        r = conn.read_response()
        if r is None:
            raise AssertionError("connection closed with the request unanswered")
        if r.status != 200:
            raise AssertionError("status %d" % r.status)
        return r

    def loop(self):
        from w3host_client import Conn
        conn = None
        while not self.stopping:
            try:
                if conn is None:
                    s = socket.create_connection(("127.0.0.1", self.port), timeout=TIMEOUT)
                    conn = Conn(s)
                r = self.one(conn)
                with self.lock:
                    self.ok += 1
                    self.versions.append(r.header("X-Module-Version"))
                if (r.header("Connection") or "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, AssertionError) as e:
                with self.lock:
                    self.failures.append(repr(e))
                if conn is not None:
                    conn.close()
                conn = None
        if conn is not None:
            conn.close()

    def stop(self):
        self.stopping = True
        for t in self.threads:
            t.join(TIMEOUT)
        return self


def wait_for(what, cond, seconds=TIMEOUT):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting for " + what)


@posix_only("workers and signals")
def test_recycle_under_load_swaps_the_module(tmp):
    port = free_port()
    module = os.path.join(tmp, "versioned.so")
    install_module(built("w3host_version_a"), module)
    cfg = module_config(tmp, port, module, extra='<workers count="2"/>')
    with config_host(cfg, port) as h:
        check(request(h, "/index.html").header("X-Module-Version") == "A", "module A at start")
        load = Load(port)
        time.sleep(0.5)
        install_module(built("w3host_version_b"), module)
        h.proc.send_signal(signal.SIGHUP)
        wait_for("the recycle", lambda: "recycled: generation 2 serves" in h.stderr())
        time.sleep(0.8)  # the old workers drain
        h.proc.send_signal(signal.SIGHUP)  # and once more, from B to B
        wait_for("the second recycle", lambda: "recycled: generation 3 serves" in h.stderr())
        time.sleep(0.8)
        load.stop()
        check(load.failures == [], "%d failed requests of %d: %s" %
              (len(load.failures), load.ok + len(load.failures), load.failures[:5]))
        check(load.ok > 200, "the load ran: %d requests" % load.ok)
        versions = load.versions
        check(versions[0] == "A" and versions[-1] == "B",
              "responses switch from A to B: first %s, last %s" % (versions[0], versions[-1]))
        last_a = max(i for i, v in enumerate(versions) if v == "A")
        check(all(v == "B" for v in versions[last_a + 1:]), "no A after the first B run")
        check(request(h, "/index.html").header("X-Module-Version") == "B", "module B after")
        check(len(children_of(h.proc.pid)) == 2, "two workers after the old ones drained")
        check_clean_exit(h)


@posix_only("workers and signals")
def test_recycle_refuses_a_broken_config(tmp):
    port = free_port()
    module = os.path.join(tmp, "versioned.so")
    install_module(built("w3host_version_a"), module)
    cfg = module_config(tmp, port, module, extra='<workers count="2"/>')
    with config_host(cfg, port) as h:
        before = workers_listening(h, time.monotonic() + TIMEOUT)
        good = open(cfg).read()
        with open(cfg, "w") as f:
            f.write(good.replace("<workers ", "<workers bogus=\"1\" "))
        h.proc.send_signal(signal.SIGHUP)
        wait_for("the refusal", lambda: "recycle refused" in h.stderr())
        err = h.stderr()
        check("unknown attribute 'bogus'" in err, "the cause is logged: " + err)
        time.sleep(0.3)
        check(children_of(h.proc.pid) == before, "the old workers keep serving")
        r = request(h, "/index.html")
        check(r.status == 200 and r.header("X-Module-Version") == "A", "served as before")
        # Fixed, the next SIGHUP recycles.
        with open(cfg, "w") as f:
            f.write(good)
        h.proc.send_signal(signal.SIGHUP)
        wait_for("the recycle", lambda: "recycled: generation" in h.stderr())
        check_clean_exit(h)


@posix_only("workers and signals")
def test_recycle_refuses_a_module_that_does_not_load(tmp):
    port = free_port()
    module = os.path.join(tmp, "versioned.so")
    install_module(built("w3host_version_a"), module)
    cfg = module_config(tmp, port, module, extra='<workers count="2"/>')
    with config_host(cfg, port) as h:
        before = workers_listening(h, time.monotonic() + TIMEOUT)
        with open(module + ".new", "wb") as f:
            f.write(b"not a shared object")
        os.replace(module + ".new", module)
        load = Load(port, threads=2)
        h.proc.send_signal(signal.SIGHUP)
        wait_for("the refusal", lambda: "recycle refused" in h.stderr())
        time.sleep(0.3)
        load.stop()
        check(load.failures == [], "no request failed: %s" % load.failures[:3])
        check(children_of(h.proc.pid) == before, "the old workers keep serving")
        check("could not be loaded" in h.stderr(), "the cause is logged: " + h.stderr())
        check(request(h, "/index.html").header("X-Module-Version") == "A", "module A still")
        check_clean_exit(h)


@posix_only("workers and signals")
def test_recycle_under_wrk_load(tmp):
    wrk = shutil.which("wrk")
    if wrk is None:
        raise Skip("wrk is not installed")
    port = free_port()
    module = os.path.join(tmp, "versioned.so")
    install_module(built("w3host_version_a"), module)
    cfg = module_config(tmp, port, module, extra='<workers count="2"/>')
    with config_host(cfg, port) as h:
        p = subprocess.Popen([wrk, "-t1", "-c32", "-d3s", "http://127.0.0.1:%d/index.html" % port],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        time.sleep(1)
        install_module(built("w3host_version_b"), module)
        h.proc.send_signal(signal.SIGHUP)
        out = p.communicate(timeout=TIMEOUT)[0].decode()
        check("recycled: generation 2 serves" in h.stderr(), "recycled: " + h.stderr())
        check(" requests in " in out, "wrk ran: " + out)
        check("Socket errors" not in out and "Non-2xx" not in out, "no failed request: " + out)
        check(request(h, "/index.html").header("X-Module-Version") == "B", "module B after")
        check_clean_exit(h)


@posix_only("workers and signals")
def test_sigusr1_reopens_logs_without_a_recycle(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--workers", "2", "--log-dir", P(logs), "--log-buffer", "0") as h:
        before = workers_listening(h, time.monotonic() + TIMEOUT)
        request(h, "/")
        wait_for("the log file", lambda: os.path.isdir(logs) and log_files(logs) != [])
        name = log_files(logs)[0]
        os.rename(os.path.join(logs, name), os.path.join(logs, "rotated.log"))
        h.proc.send_signal(signal.SIGUSR1)

        def new_file():  # each worker reopens when its signal arrives
            request(h, "/index.html")
            return log_files(logs) == [name]
        wait_for("a new log file", new_file)
        check(children_of(h.proc.pid) == before, "the same workers: no recycle")
        check("recycl" not in h.stderr(), "no recycle: " + h.stderr())
        check_clean_exit(h)


POOL = ('    <applicationPools>\n'
        '      <add name="Shop"><recycling><periodicRestart requests="%d"/></recycling></add>\n'
        '    </applicationPools>\n')


@posix_only("workers and signals")
def test_periodic_restart_requests_recycles_the_pool(tmp):
    port = free_port()
    module = os.path.join(tmp, "versioned.so")
    install_module(built("w3host_version_a"), module)
    cfg = module_config(tmp, port, module, pool=POOL % 10)
    text = open(cfg).read().replace('<application path="/">',
                                    '<application path="/" applicationPool="Shop">')
    with open(cfg, "w") as f:
        f.write(text)
    with config_host(cfg, port) as h:
        # One worker, but a supervisor: recycling replaces worker processes.
        wait_for("the worker", lambda: len(children_of(h.proc.pid)) == 1)
        first = children_of(h.proc.pid)
        for _ in range(9):
            check(request(h, "/index.html").status == 200, "served")
        time.sleep(0.3)
        check("recycling" not in h.stderr(), "not before the 10th request")
        check(request(h, "/index.html").status == 200, "the 10th request is served")
        wait_for("the recycle", lambda: "recycled: generation 2 serves" in h.stderr())
        wait_for("the old worker's end", lambda: len(children_of(h.proc.pid)) == 1)
        check(children_of(h.proc.pid) != first, "a new worker process")
        check("periodicRestart requests reached" in h.stderr(), "the reason is logged")
        check_clean_exit(h)


@posix_only("workers and signals")
def test_periodic_restart_time_in_w3compat(tmp):
    port = free_port()
    module = os.path.join(tmp, "versioned.so")
    install_module(built("w3host_version_a"), module)
    extra = '<recycling><periodicRestart time="00:00:01"/></recycling>'
    cfg = module_config(tmp, port, module, extra=extra)
    with config_host(cfg, port) as h:
        started = time.monotonic()
        wait_for("the recycle", lambda: "recycled: generation 2 serves" in h.stderr())
        check(time.monotonic() - started >= 0.8, "not before the time is up")
        check("recycling (periodicRestart time)" in h.stderr(), "the reason: " + h.stderr())
        check(request(h, "/index.html").status == 200, "served after it")
        check_clean_exit(h)


@posix_only("workers and signals")
def test_periodic_restart_private_memory(tmp):
    port = free_port()
    module = os.path.join(tmp, "versioned.so")
    install_module(built("w3host_version_a"), module)
    # 1 KB: every worker is over it at its first check (each second).
    extra = '<recycling><periodicRestart privateMemory="1"/></recycling>'
    cfg = module_config(tmp, port, module, extra=extra)
    with config_host(cfg, port) as h:
        wait_for("the recycle", lambda: "recycled: generation 2 serves" in h.stderr())
        check("periodicRestart privateMemory reached" in h.stderr(), "the reason is logged")
        check(request(h, "/index.html").status == 200, "served after it")
        # Every generation is over the limit at once, so the stop often lands while a
        # new worker is being forked: it must end too.
        check_clean_exit(h)


def test_bad_periodic_restart_time_is_a_config_error(tmp):
    port = free_port()
    module = os.path.join(tmp, "versioned.so")
    install_module(built_filter_path("w3host_version_a"), module)
    extra = '<recycling><periodicRestart time="25:00:00"/></recycling>'
    cfg = module_config(tmp, port, module, extra=extra)
    expect_exit_2(["--config", P(cfg)], "<periodicRestart>", "time=\"25:00:00\"")


def built_filter_path(name):
    """A module file as this machine names it (the DLL in the Wine lane)."""
    return os.path.join(os.path.dirname(lane.exe), name + (".dll" if lane.wine else ".so"))


if __name__ == "__main__":
    sys.exit(run(globals()))
