"""w3host over real sockets: the #Date directive of a W3C log file is the time the file
was created (with the first request it logs), not the time its buffered lines were first
written out.

usage: log_date_test.py [--wine] W3HOST CASE (see host_case.py)."""
import calendar
import os
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import request

FLUSH_SECONDS = 5


def directives(path):
    """The '#Name: value' lines of a log file, as a dict."""
    with open(path, "rb") as f:
        lines = f.read().decode("utf-8").split("\r\n")
    return dict(line[1:].split(": ", 1) for line in lines if line.startswith("#"))


def logged_lines(path):
    with open(path, "rb") as f:
        return [line for line in f.read().decode("utf-8").split("\r\n")
                if line and not line.startswith("#")]


def test_log_date_is_when_the_file_was_created(tmp):
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-buffer", "65536",
              "--log-flush", str(FLUSH_SECONDS)) as h:
        before = time.time()
        r = request(h, "/index.html")
        after = time.time()
        check(r.status == 200, "served: %r" % r.status)
        deadline = time.monotonic() + FLUSH_SECONDS + 30
        lines = []
        while not lines and time.monotonic() < deadline:
            files = log_files(logs)
            lines = logged_lines(os.path.join(logs, files[0])) if files else []
            time.sleep(0.1)
        check(len(lines) == 1 and "/index.html" in lines[0],
              "the request is logged once the buffer is flushed: %r" % lines)
        flushed = time.time()
    stamp = directives(os.path.join(logs, log_files(logs)[0])).get("Date", "")
    created = calendar.timegm(time.strptime(stamp, "%Y-%m-%d %H:%M:%S"))
    check(int(before) <= created <= after + 1,
          "#Date %s is the request's time (%.0f-%.0f), not the flush's (%.0f)" %
          (stamp, before, after, flushed))


if __name__ == "__main__":
    sys.exit(run(globals()))
