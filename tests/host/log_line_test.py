"""w3host over real sockets: the values of W3C log lines as IIS writes them (bytes that
would split a field become '+', at any place in values of any length), and lines
longer than the log buffer written whole and in order.

usage: log_line_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import free_port, request


def buffered_log(tmp, site, flags, size):
    """A config logging `flags` into tmp/logs with a `size`-byte buffer written every
    second; returns (config, port, the site's log folder)."""
    port = free_port()
    logs = os.path.join(tmp, "logs")
    cfg = write_config(tmp, port, site, extra='<logBuffer size="%d" flushSeconds="1"/>' % size)
    with open(cfg) as f:
        text = f.read()
    log_file = '<logFile directory="%s" logExtFileFlags="%s"/>' % (P(logs), flags)
    text = text.replace("</sites>", "  <siteDefaults>%s</siteDefaults>\n    </sites>" % log_file)
    with open(cfg, "w") as f:
        f.write(text)
    return cfg, port, os.path.join(logs, "W3SVC3")


def logged_rows(folder, count):
    """The rows of the site's one log file once it has `count`."""
    deadline = time.monotonic() + 15
    rows = []
    while time.monotonic() < deadline:
        files = log_files(folder) if os.path.isdir(folder) else []
        if files:
            with open(os.path.join(folder, files[0]), "rb") as f:
                lines = f.read().decode("latin-1").split("\r\n")[:-1]
            rows = [l.split(" ") for l in lines if not l.startswith("#")]
            if len(rows) >= count:
                return rows
        time.sleep(0.1)
    raise AssertionError("%s has not %d rows: %r" % (folder, count, rows))


# User-Agent values and what the log says of them: short and long, with the bytes to
# replace at the start, in the middle, in the last (overlapping) word and at the end.
AGENTS = [
    ("a b", "a+b"),
    ("abcdefgh", "abcdefgh"),
    ("abcdefg h", "abcdefg+h"),
    ("x\ty z", "x+y+z"),
    ("Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101",
     "Mozilla/5.0+(X11;+Linux+x86_64)+Gecko/20100101"),
    ("seventeen-bytes!!", "seventeen-bytes!!"),
    ("caf\xe9 \xff", "caf\xe9+\xff"),
]


def test_log_values_replace_separators_at_any_place(tmp):
    site = make_site(tmp)
    cfg, port, folder = buffered_log(tmp, site, "UriStem, UserAgent, HttpStatus", 65536)
    with config_host(cfg, port) as h:
        for agent, _ in AGENTS:
            check(request(h, "/index.html", {"User-Agent": agent}).status == 200, "served")
        rows = logged_rows(folder, len(AGENTS))
    check(all(len(r) == 3 for r in rows), "three fields a row: %r" % rows)
    got = [r[1] for r in rows]
    check(got == [logged for _, logged in AGENTS], "cs(User-Agent): %r" % got)
    check(all(r[0] == "/index.html" and r[2] == "200" for r in rows), "stem and status: %r" % rows)


def test_log_lines_longer_than_the_buffer_stay_whole_and_in_order(tmp):
    site = make_site(tmp)
    cfg, port, folder = buffered_log(tmp, site, "UriStem, UserAgent", 256)
    agents = ["short-1", "L" * 300 + " " + "M" * 400, "short-2", "x" * 200, "y" * 250, "short-3"]
    with config_host(cfg, port) as h:
        for agent in agents:
            check(request(h, "/index.html", {"User-Agent": agent}).status == 200, "served")
        rows = logged_rows(folder, len(agents))
    expected = [["/index.html", a.replace(" ", "+")] for a in agents]
    check(rows == expected, "every line once, whole, in order: %r" % [r[1][:12] for r in rows])


if __name__ == "__main__":
    sys.exit(run(globals()))
