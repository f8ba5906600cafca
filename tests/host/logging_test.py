"""w3host over real sockets: W3C logs as applicationHost.config's <siteDefaults><logFile>
and <site><logFile> ask (fields, #Fields line, file names per period, the W3SVC<id>
folder), read back by GoAccess; an unwritable log folder stops the start.

usage: logging_test.py [--wine] W3HOST CASE (see host_case.py)."""
import json
import os
import subprocess
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import free_port, request

# The W3C names of logExtFileFlags' fields, in IIS's order, and GoAccess's specifier.
W3C_NAMES = [("Date", "date", "%d"), ("Time", "time", "%t"), ("SiteName", "s-sitename", "%^"),
             ("ComputerName", "s-computername", "%^"), ("ServerIP", "s-ip", "%^"),
             ("Method", "cs-method", "%m"), ("UriStem", "cs-uri-stem", "%U"),
             ("UriQuery", "cs-uri-query", "%q"), ("ServerPort", "s-port", "%^"),
             ("UserName", "cs-username", "%^"), ("ClientIP", "c-ip", "%h"),
             ("ProtocolVersion", "cs-version", "%H"), ("UserAgent", "cs(User-Agent)", "%u"),
             ("Cookie", "cs(Cookie)", "%^"), ("Referer", "cs(Referer)", "%R"),
             ("Host", "cs-host", "%v"), ("HttpStatus", "sc-status", "%s"),
             ("HttpSubStatus", "sc-substatus", "%^"), ("Win32Status", "sc-win32-status", "%^"),
             ("BytesSent", "sc-bytes", "%b"), ("BytesRecv", "cs-bytes", "%^"),
             ("TimeTaken", "time-taken", "%L")]


def log_config(tmp, site, log_file, site_log=""):
    """write_config with <siteDefaults><logFile .../> (and the site's own <logFile>),
    lines written at once (no buffer to flush)."""
    port = free_port()
    cfg = write_config(tmp, port, site, extra='<logBuffer size="0"/>')
    with open(cfg) as f:
        text = f.read()
    text = text.replace("</sites>", "  <siteDefaults>%s</siteDefaults>\n    </sites>" % log_file)
    text = text.replace("</bindings>", "</bindings>" + site_log)
    with open(cfg, "w") as f:
        f.write(text)
    return cfg, port


def read_lines(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8").split("\r\n")[:-1]


def wait_for(path, lines):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if os.path.exists(path) and len(read_lines(path)) >= lines:
            return read_lines(path)
        time.sleep(0.05)
    raise AssertionError("%s has not %d lines" % (path, lines))


def wait_files(folder, count=1):
    """The log files of a folder once there are `count` (lines are written after the
    response goes out)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if os.path.isdir(folder) and len(log_files(folder)) >= count:
            break
        time.sleep(0.05)
    return log_files(folder) if os.path.isdir(folder) else []


def test_log_fields_from_config(tmp):
    site = make_site(tmp)
    logs = os.path.join(tmp, "logs")
    chosen = ["Date", "Time", "SiteName", "ClientIP", "Method", "UriStem", "UriQuery",
              "ProtocolVersion", "UserAgent", "Cookie", "Referer", "Host", "HttpStatus",
              "BytesSent", "TimeTaken"]
    flags = ", ".join(reversed(chosen))  # IIS's order comes from IIS, not from the text
    cfg, port = log_config(tmp, site, '<logFile directory="%s" logExtFileFlags="%s"/>' %
                           (P(logs), flags))
    with config_host(cfg, port) as h:
        request(h, "/index.html?a=1", {"User-Agent": "Mozilla/5.0 (X11)", "Cookie": "k=v",
                                       "Referer": "http://ref.test/"})
        request(h, "/missing.htm", {"User-Agent": "curl/8"})
        folder = os.path.join(logs, "W3SVC3")
        files = wait_files(folder)
        check(len(files) == 1 and len(files[0]) == len("u_exYYMMDD.log"),
              "one daily file in W3SVC3: %r" % files)
        lines = wait_for(os.path.join(folder, files[0]), 6)
        check_clean_exit(h)
    names = [w3c for flag, w3c, _ in W3C_NAMES if flag in chosen]
    fields = [l for l in lines if l.startswith("#Fields: ")]
    check(fields == ["#Fields: " + " ".join(names)], "the #Fields line: %r" % fields)
    rows = [l.split(" ") for l in lines if not l.startswith("#")]
    check(len(rows) == 2 and all(len(r) == len(names) for r in rows), "two lines: %r" % rows)
    row = dict(zip(names, rows[0]))
    check(row["s-sitename"] == "W3SVC3" and row["cs-uri-stem"] == "/index.html" and
          row["cs-uri-query"] == "a=1" and row["cs-version"] == "HTTP/1.1" and
          row["cs(User-Agent)"] == "Mozilla/5.0+(X11)" and row["cs(Cookie)"] == "k=v" and
          row["cs(Referer)"] == "http://ref.test/" and row["cs-host"] == "localhost" and
          row["sc-status"] == "200" and row["sc-bytes"].isdigit(), "the values: %r" % row)
    check(dict(zip(names, rows[1]))["sc-status"] == "404", "the second request's status")
    # GoAccess reads the file with the log format the #Fields line names.
    fmt = " ".join(spec for flag, _, spec in W3C_NAMES if flag in chosen)
    out = os.path.join(tmp, "report.json")
    p = subprocess.run(["goaccess", os.path.join(folder, files[0]), "--no-global-config",
                        "--log-format=" + fmt, "--date-format=%Y-%m-%d", "--time-format=%T",
                        "-o", out], stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    check(p.returncode == 0, "goaccess: %s" % p.stderr.decode())
    with open(out) as f:
        general = json.load(f)["general"]
    check(general["valid_requests"] == 2 and general["failed_requests"] == 0,
          "GoAccess parses both lines: %r" % general)


def test_log_default_fields_and_site_log_file(tmp):
    """The site's <logFile> wins over <siteDefaults>; without logExtFileFlags, IIS's
    default fields."""
    site = make_site(tmp)
    defaults, own = os.path.join(tmp, "defaults"), os.path.join(tmp, "own")
    cfg, port = log_config(tmp, site, '<logFile directory="%s" period="Hourly"/>' % P(defaults),
                           '<logFile directory="%s"/>' % P(own))
    with config_host(cfg, port) as h:
        request(h, "/index.html")
        folder = os.path.join(own, "W3SVC3")
        files = wait_files(folder)
        check(not os.path.exists(defaults), "siteDefaults' directory is not used")
        check(len(files) == 1 and len(files[0]) == len("u_exYYMMDDHH.log"),
              "the site's directory, siteDefaults' period: %r" % files)
        lines = wait_for(os.path.join(folder, files[0]), 5)
    check("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
          "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken" in lines,
          "IIS's default fields: %r" % lines)


def test_log_period_hourly_file_name(tmp):
    site = make_site(tmp)
    logs = os.path.join(tmp, "logs")
    cfg, port = log_config(tmp, site, '<logFile directory="%s" period="Hourly"/>' % P(logs))
    with config_host(cfg, port) as h:
        before = time.strftime("u_ex%y%m%d%H.log", time.gmtime())
        request(h, "/index.html")
        after = time.strftime("u_ex%y%m%d%H.log", time.gmtime())
        files = wait_files(os.path.join(logs, "W3SVC3"))
        check(files in ([before], [after]), "%r is the UTC hour's file %s" % (files, before))


@posix_only("the time zone comes from TZ on POSIX only")
def test_log_local_time_rollover(tmp):
    """localTimeRollover: the file's hour is local time (here UTC+14), the lines' times
    stay UTC."""
    site = make_site(tmp)
    logs = os.path.join(tmp, "logs")
    cfg, port = log_config(tmp, site, '<logFile directory="%s" period="Hourly" '
                           'localTimeRollover="true" logExtFileFlags="Date, Time, UriStem"/>'
                           % P(logs))
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "XXX-14"
    try:
        h = config_host(cfg, port)
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
    with h:
        now = time.time()
        request(h, "/index.html")
        files = wait_files(os.path.join(logs, "W3SVC3"))
        local = [time.strftime("u_ex%y%m%d%H.log", time.gmtime(t + 14 * 3600))
                 for t in (now, time.time())]
        check(files[:1] in ([local[0]], [local[1]]), "%r is UTC+14's hour %s" % (files, local))
        lines = wait_for(os.path.join(logs, "W3SVC3", files[0]), 5)
    utc_hours = {time.strftime("%H", time.gmtime(t)) for t in (now, time.time())}
    check(lines[-1].split(" ")[1][:2] in utc_hours, "the line's time is UTC: %r" % lines[-1])


def test_log_max_size_files(tmp):
    site = make_site(tmp)
    logs = os.path.join(tmp, "logs")
    cfg, port = log_config(tmp, site, '<logFile directory="%s" period="MaxSize" '
                           'truncateSize="400"/>' % P(logs))
    with config_host(cfg, port) as h:
        for i in range(6):
            request(h, "/index.html?n=%d" % i)
        folder = os.path.join(logs, "W3SVC3")
        wait_files(folder, 2)
        request(h, "/index.html?n=6")  # the last line is surely out once this one answers
        files = wait_files(folder, 2)
    check(files[:2] == ["u_extend1.log", "u_extend2.log"], "u_extendN.log files: %r" % files)
    for f in files:
        check(read_lines(os.path.join(folder, f))[0].startswith("#Software"),
              "%s begins with the directives" % f)
    queries = [l.split(" ")[5] for f in files for l in read_lines(os.path.join(folder, f))
               if not l.startswith("#")]
    check(queries[:6] == ["n=%d" % i for i in range(6)], "every line once, in order: %r" %
          queries)


def test_log_folder_unwritable_exits_2(tmp):
    site = make_site(tmp)
    blocker = os.path.join(tmp, "a-file")
    with open(blocker, "w") as f:
        f.write("not a folder\n")
    cfg, port = log_config(tmp, site, '<logFile directory="%s"/>' % P(os.path.join(blocker, "logs")))
    expect_exit_2(["--config", P(cfg)], "log folder", P(os.path.join(blocker, "logs")))
    # The reason is the system's: "not a directory" on POSIX, Wine says the path is missing.
    expect_exit_2(["--root", P(site), "--listen", "127.0.0.1:%d" % free_port(), "--log-dir",
                   P(os.path.join(blocker, "logs"))], "log folder %s: " % P(os.path.join(blocker, "logs")))


def test_log_disabled_writes_nothing(tmp):
    site = make_site(tmp)
    logs = os.path.join(tmp, "logs")
    cfg, port = log_config(tmp, site, '<logFile directory="%s" enabled="false"/>' % P(logs))
    with config_host(cfg, port) as h:
        check(request(h, "/index.html").status == 200, "served")
    check(not os.path.exists(logs), "no log folder when logging is disabled")


@posix_only("%SystemDrive% is Wine's C: there")
def test_config_alone_writes_log(tmp):
    """IIS's default directory, %SystemDrive%\\inetpub\\logs\\LogFiles: with no
    SystemDrive in the environment it is the configuration's folder."""
    site = make_site(tmp)
    port = free_port()
    cfg = write_config(tmp, port, site, extra='<logBuffer size="0"/>')
    saved = os.environ.pop("SystemDrive", None)
    try:
        with config_host(cfg, port) as h:
            request(h, "/index.html")
            folder = os.path.join(tmp, "inetpub", "logs", "LogFiles", "W3SVC3")
            files = wait_files(folder)
            check(len(files) == 1, "a daily file in %s: %r" % (folder, files))
            wait_for(os.path.join(folder, files[0]), 5)
    finally:
        if saved is not None:
            os.environ["SystemDrive"] = saved


if __name__ == "__main__":
    sys.exit(run(globals()))
