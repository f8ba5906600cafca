"""w3host over real sockets: several IIS sites, host-name bindings, virtual directories,
and what follows the site (server variables, IHttpSite, the log folder W3SVC<id>).

usage: sites_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import W3Host, free_port

SITES = """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost>
    <sites>
      <site name="Alpha" id="1">
        <bindings>
          <binding protocol="http" bindingInformation="127.0.0.1:%(port)d:a.example"/>
        </bindings>
        <application path="/"><virtualDirectory path="/" physicalPath="%(a)s"/>
          <virtualDirectory path="/img" physicalPath="%(img)s"/></application>
        <application path="/app"><virtualDirectory path="/" physicalPath="%(app)s"/></application>
      </site>
      <site name="Beta" id="7">
        <bindings>
          <binding protocol="http" bindingInformation="127.0.0.1:%(port)d:b.example"/>
%(beta_extra)s        </bindings>
        <application path="/"><virtualDirectory path="/" physicalPath="%(b)s"/></application>
      </site>
      <site name="Gamma" id="12">
        <bindings><binding protocol="http" bindingInformation="127.0.0.1:%(port2)d:"/></bindings>
        <application path="/"><virtualDirectory path="/" physicalPath="%(c)s"/></application>
      </site>
    </sites>
  </system.applicationHost>
  <system.webServer>
    <globalModules><add name="SiteProbe" image="%(probe)s"/></globalModules>
    <modules><add name="SiteProbe"/></modules>
  </system.webServer>
</configuration>
"""


def folder(tmp, name, files):
    path = os.path.join(tmp, name)
    os.makedirs(path)
    for file_name, text in files.items():
        with open(os.path.join(path, file_name), "w") as f:
            f.write(text)
    return path


def three_sites(tmp, beta_extra=""):
    """Alpha and Beta on one port by host name, Gamma alone on another; returns the config
    file and the two ports."""
    port, port2 = free_port(), free_port()
    values = {
        "port": port, "port2": port2,
        "a": P(folder(tmp, "a", {"index.html": "alpha home\n", "only-a.txt": "A\n"})),
        "img": P(folder(tmp, "img", {"logo.txt": "logo from img\n"})),
        "app": P(folder(tmp, "app", {"page.htm": "app page\n"})),
        "b": P(folder(tmp, "b", {"index.html": "beta home\n"})),
        "c": P(folder(tmp, "c", {"index.html": "gamma home\n"})),
        "probe": built_filter("w3host_site_probe"),
        "beta_extra": beta_extra,
    }
    path = os.path.join(tmp, "applicationHost.config")
    with open(path, "w") as f:
        f.write(SITES % values)
    return path, port, port2


def get(h, path, host_header, port=None):
    """GET path with the given Host header (None: none, HTTP/1.0) on a new connection."""
    if host_header is not None:
        return get_with_host(port or h.port, host_header, path)
    c = h.connect()
    try:
        c.send("GET %s HTTP/1.0\r\n\r\n" % path)
        return c.read_response()
    finally:
        c.close()


def probe(h, host_header, path="/probe"):
    r = get(h, path, host_header)
    check(r is not None and r.status == 200, "probe answered: %r" % (r and r.status))
    return dict(line.split("=", 1) for line in r.body.decode().splitlines())


def test_two_sites_on_one_port_by_host_name(tmp):
    cfg, port, _ = three_sites(tmp)
    with config_host(cfg, port) as h:
        r = get(h, "/", "a.example")
        check(r.status == 200 and r.body == b"alpha home\n", "a.example: Alpha's root: %r" % r.body)
        r = get(h, "/", "b.example")
        check(r.status == 200 and r.body == b"beta home\n", "b.example: Beta's root: %r" % r.body)
        r = get(h, "/index.html", "B.Example:%d" % port)
        check(r.body == b"beta home\n", "host names match in any case, without the port")
        check(get(h, "/only-a.txt", "b.example").status == 404, "Beta has no file of Alpha's")


def test_unknown_host_gets_400_invalid_hostname(tmp):
    cfg, port, _ = three_sites(tmp)
    with config_host(cfg, port) as h:
        c = h.connect()
        c.send("GET / HTTP/1.1\r\nHost: other.example\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 400, "no binding takes other.example: 400")
        check(b"Bad Request - Invalid Hostname" in r.body, "IIS's page: %r" % r.body)
        check(r.header("content-length") == "334", "HTTP.sys's page, byte for byte")
        check(c.closed_by_server(), "the connection is closed after it")
        c.close()
        r = get(h, "/", None)
        check(r is not None and r.status == 400, "HTTP/1.0 without Host and no catch-all: 400")


def test_keep_alive_connection_stays_with_its_site(tmp):
    cfg, port, _ = three_sites(tmp)
    with config_host(cfg, port) as h:
        c = h.connect()
        c.send("GET / HTTP/1.1\r\nHost: a.example\r\n\r\n")
        check(c.read_response().body == b"alpha home\n", "the first request picks Alpha")
        c.send("GET /only-a.txt HTTP/1.1\r\nHost: A.example:%d\r\n\r\n" % port)
        check(c.read_response().body == b"A\n", "Alpha's name again: served")
        c.send("GET / HTTP/1.1\r\nHost: b.example\r\n\r\n")
        r = c.read_response()
        check(r is not None and r.status == 400 and b"Invalid Hostname" in r.body,
              "Beta's name on Alpha's connection is refused, never served by Alpha: %r" %
              (r and r.body))
        check(c.closed_by_server(), "and the connection closes")
        c.close()
        check(get(h, "/", "b.example").body == b"beta home\n", "a new connection reaches Beta")


def test_binding_without_host_takes_the_other_names(tmp):
    extra = ('          <binding protocol="http" bindingInformation="127.0.0.1:%d:"/>\n')
    port = free_port()
    cfg, port, _ = three_sites(tmp)
    with open(cfg) as f:
        text = f.read()
    # Beta also binds the shared port with no host name: every other name is Beta's.
    text = text.replace('b.example"/>\n', 'b.example"/>\n' + extra % port)
    with open(cfg, "w") as f:
        f.write(text)
    with config_host(cfg, port) as h:
        check(get(h, "/", "a.example").body == b"alpha home\n", "an exact name comes first")
        check(get(h, "/", "other.example").body == b"beta home\n", "then the empty host name")
        check(get(h, "/", None).body == b"beta home\n", "a request without Host too")


def test_site_on_another_port(tmp):
    cfg, port, port2 = three_sites(tmp)
    with config_host(cfg, port) as h:
        r = get(h, "/", "anything.example", port=port2)
        check(r.status == 200 and r.body == b"gamma home\n", "Gamma's port: %r" % r.body)
        values = probe(PortOf(port2), "x")
        check(values["INSTANCE_ID"] == "12" and values["SiteName"] == "Gamma", str(values))


def test_virtual_directory_maps_its_path(tmp):
    cfg, port, _ = three_sites(tmp)
    with config_host(cfg, port) as h:
        r = get(h, "/img/logo.txt", "a.example")
        check(r.status == 200 and r.body == b"logo from img\n", "/img is its own folder: %r" % r.body)
        r = get(h, "/app/page.htm", "a.example")
        check(r.status == 200 and r.body == b"app page\n", "/app is the application's folder")
        check(get(h, "/img/../only-a.txt", "a.example").body == b"A\n", "'..' leaves /img")
        check(get(h, "/img/logo.txt", "b.example").status == 404, "Beta has no /img")
        root = probe(h, "a.example")
        app = probe(h, "a.example", "/app/probe")
        check(root["APPL_MD_PATH"] == "/LM/W3SVC/1/ROOT", str(root))
        check(app["APPL_MD_PATH"] == "/LM/W3SVC/1/ROOT/app", str(app))
        check(app["APPL_PHYSICAL_PATH"].rstrip("\\").endswith("app"), str(app))


def test_server_variables_and_site_follow_the_site(tmp):
    cfg, port, _ = three_sites(tmp)
    with config_host(cfg, port) as h:
        a = probe(h, "a.example")
        b = probe(h, "b.example:%d" % port)
        check(a["INSTANCE_ID"] == "1" and b["INSTANCE_ID"] == "7", "%s %s" % (a, b))
        check(a["INSTANCE_NAME"] == "Alpha" and b["INSTANCE_NAME"] == "Beta", str(b))
        check(a["SERVER_NAME"] == "a.example" and b["SERVER_NAME"] == "b.example", str(b))
        check(b["APPL_MD_PATH"] == "/LM/W3SVC/7/ROOT", str(b))
        check(a["SiteId"] == "1" and a["SiteName"] == "Alpha", str(a))
        check(b["SiteId"] == "7" and b["SiteName"] == "Beta", str(b))


def test_log_folder_per_site(tmp):
    cfg, port, _ = three_sites(tmp)
    logs = os.path.join(tmp, "logs")
    with config_host(cfg, port, "--log-dir", P(logs), "--log-buffer", "0") as h:
        get(h, "/index.html?from=a", "a.example")
        get(h, "/index.html?from=b", "b.example")
    for site_id, mine, other in (("1", "from=a", "from=b"), ("7", "from=b", "from=a")):
        folder_path = os.path.join(logs, "W3SVC" + site_id)
        names = log_files(folder_path) if os.path.isdir(folder_path) else []
        check(len(names) == 1, "one log file in W3SVC%s: %r" % (site_id, names))
        text = open(os.path.join(folder_path, names[0])).read()
        check(mine in text and other not in text, "W3SVC%s has its site's lines: %r" % (site_id, text))


def test_site_flag_serves_one_site(tmp):
    cfg, port, _ = three_sites(tmp)
    with config_host(cfg, port, "--site", "Beta") as h:
        check(get(h, "/", "b.example").body == b"beta home\n", "Beta is served")
        check(get(h, "/", "a.example").status == 400, "Alpha is not")
    args = ["/config:" + P(cfg), "/siteid:1"]
    with started(W3Host(exe_cmd(), args, port=port), args) as h:
        check(get(h, "/", "a.example").body == b"alpha home\n", "/siteid:1 serves Alpha")
        check(get(h, "/", "b.example").status == 400, "and not Beta")
    expect_exit_2(["--config", P(cfg), "--site", "Nope"], 'no site named "Nope"')
    expect_exit_2(["--config", P(cfg), "--site-id", "99"], "no site with id 99")


if __name__ == "__main__":
    sys.exit(run(globals()))
