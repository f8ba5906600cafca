"""w3host over real sockets: static content and request filtering as IIS's
StaticFileModule and RequestFilteringModule: IIS's default MIME map, <staticContent> per
folder, <clientCache>, and the <requestFiltering> denials with their substatus in the
W3C log.

usage: static_content_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import free_port, request


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def web_config(folder, web_server):
    write(os.path.join(folder, "web.config"),
          "<configuration><system.webServer>%s</system.webServer></configuration>" % web_server)


def logged_statuses(logs):
    """(uri-stem, status, substatus) of every line of the W3C log, by its #Fields line; with
    --config the site's log is in its folder W3SVC<id>, as IIS writes it."""
    folders = [logs] + [os.path.join(logs, d) for d in sorted(os.listdir(logs))
                        if d.startswith("W3SVC")]
    rows = []
    for path in [os.path.join(d, name) for d in folders for name in log_files(d)]:
        fields = []
        for line in open(path).read().splitlines():
            if line.startswith("#Fields:"):
                fields = line.split(" ")[1:]
            elif line and not line.startswith("#"):
                values = dict(zip(fields, line.split(" ")))
                rows.append((values["cs-uri-stem"], values["sc-status"], values["sc-substatus"]))
    return rows


def expect_logged(logs, expected):
    rows = logged_statuses(logs)
    for row in expected:
        check(row in rows, "%r in the log: %r" % (row, rows))


def test_iis_default_mime_types(tmp):
    site = make_site(tmp)
    types = {
        "big.bin": "application/octet-stream",
        "report.docx":
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "sheet.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "setup.exe": "application/octet-stream",
        "setup.MSI": "application/octet-stream",
        "clip.IVF": "video/x-ivf",
        "lib.min.js": "application/javascript",
        "app.exe.config": "text/xml",
    }
    for name in types:
        write(os.path.join(site, name), "x")
    with host(tmp, site=site) as h:
        for name, want in types.items():
            r = request(h, "/" + name)
            check(r.status == 200 and r.header("Content-Type") == want,
                  "%s: %d %r, want %r" % (name, r.status, r.header("Content-Type"), want))


def test_unknown_extension_is_404_3_in_the_log(tmp):
    site = make_site(tmp)
    write(os.path.join(site, "data.unknownext"), "x")
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-buffer", "0", site=site) as h:
        check(request(h, "/data.unknownext").status == 404, "no MIME map: 404")
        check(request(h, "/noext").status == 404, "no extension: 404")
        check(request(h, "/digits.txt").status == 200, "a mapped type is served")
    expect_logged(logs, [("/data.unknownext", "404", "3"), ("/noext", "404", "3"),
                         ("/digits.txt", "200", "0")])


def test_mime_map_added_in_a_folder_and_removed_in_another(tmp):
    site = make_site(tmp)
    for folder in ("maps", "maps/inner", "plain"):
        write(os.path.join(site, folder, "tune.sysex"), "F0")
        write(os.path.join(site, folder, "page.htm"), "page")
    web_config(os.path.join(site, "maps"),
               '<staticContent><mimeMap fileExtension=".sysex" mimeType="audio/syx"/>'
               '</staticContent>')
    web_config(os.path.join(site, "maps", "inner"),
               '<staticContent><remove fileExtension=".sysex"/><remove fileExtension=".htm"/>'
               '</staticContent>')
    web_config(os.path.join(site, "plain"),
               '<staticContent><clear/><mimeMap fileExtension=".sysex" mimeType="x/y"/>'
               '</staticContent>')
    port = free_port()
    with config_host(write_config(tmp, port, site), port) as h:
        r = request(h, "/maps/tune.sysex")
        check(r.status == 200 and r.header("Content-Type") == "audio/syx", "added: %r" % r.headers)
        check(request(h, "/maps/page.htm").header("Content-Type") == "text/html",
              "the defaults stay beside an added type")
        check(request(h, "/maps/inner/tune.sysex").status == 404, "removed below: 404")
        check(request(h, "/maps/inner/page.htm").status == 404, "a default removed: 404")
        check(request(h, "/digits.txt").status == 200, "the root keeps the defaults")
        check(request(h, "/plain/tune.sysex").header("Content-Type") == "x/y", "after <clear/>")
        check(request(h, "/plain/page.htm").status == 404, "<clear/> removes the defaults")
        check_clean_exit(h)


def test_client_cache_headers(tmp):
    site = make_site(tmp)
    write(os.path.join(site, "cached", "a.css"), "a{}")
    write(os.path.join(site, "nocache", "a.css"), "a{}")
    write(os.path.join(site, "expires", "a.css"), "a{}")
    web_config(os.path.join(site, "cached"),
               '<staticContent><clientCache cacheControlMode="UseMaxAge"'
               ' cacheControlMaxAge="02:00:00" cacheControlCustom="public"/></staticContent>')
    web_config(os.path.join(site, "nocache"),
               '<staticContent><clientCache cacheControlMode="DisableCache"/></staticContent>')
    web_config(os.path.join(site, "expires"),
               '<staticContent><clientCache cacheControlMode="UseExpires"'
               ' httpExpires="Tue, 19 Jan 2038 03:14:07 GMT" setEtag="false"/></staticContent>')
    port = free_port()
    with config_host(write_config(tmp, port, site), port) as h:
        r = request(h, "/cached/a.css")
        check(r.header("Cache-Control") == "max-age=7200, public", "max-age: %r" % r.headers)
        etag = r.header("ETag")
        r = request(h, "/cached/a.css", {"If-None-Match": etag})
        check(r.status == 304 and r.header("Cache-Control") == "max-age=7200, public",
              "a 304 says it too: %r" % r.headers)
        check(request(h, "/nocache/a.css").header("Cache-Control") == "no-cache", "no-cache")
        r = request(h, "/expires/a.css")
        check(r.header("Expires") == "Tue, 19 Jan 2038 03:14:07 GMT" and
              r.header("Cache-Control") is None, "Expires: %r" % r.headers)
        check(r.header("ETag") is None, "setEtag=false: no ETag")
        check(request(h, "/digits.txt").header("Cache-Control") is None, "NoControl elsewhere")


def test_hidden_segments_404_8(tmp):
    site = make_site(tmp)
    write(os.path.join(site, "bin", "x.txt"), "x")
    write(os.path.join(site, "App_Data", "x.txt"), "x")
    write(os.path.join(site, "web.config"), "<configuration/>")
    write(os.path.join(site, "binary", "x.txt"), "x")
    logs = os.path.join(tmp, "logs")
    with host(tmp, "--log-dir", P(logs), "--log-buffer", "0", site=site) as h:
        for url in ("/bin/x.txt", "/App_Data/x.txt", "/app_data/x.txt", "/web.config",
                    "/bin/", "/%62in/x.txt"):
            check(request(h, url).status == 404, "%s is hidden" % url)
        check(request(h, "/binary/x.txt").status == 200, "only whole segments are hidden")
    expect_logged(logs, [("/bin/x.txt", "404", "8"), ("/App_Data/x.txt", "404", "8"),
                         ("/web.config", "404", "8"), ("/binary/x.txt", "200", "0")])


def test_request_filtering_rules_from_config(tmp):
    site = make_site(tmp)
    write(os.path.join(site, "a.inc"), "x")
    write(os.path.join(site, "open", "a.inc"), "x")
    write(os.path.join(site, "open", "secret", "x.txt"), "x")
    write(os.path.join(site, "a b.txt"), "x")
    rules = ('<security><requestFiltering>'
             '<fileExtensions><add fileExtension=".inc" allowed="false"/></fileExtensions>'
             '<denyUrlSequences><add sequence="..."/></denyUrlSequences>'
             '<denyQueryStringSequences><add sequence="drop"/></denyQueryStringSequences>'
             '<verbs><add verb="DELETE" allowed="false"/></verbs>'
             '</requestFiltering></security>')
    web_config(site, rules)
    web_config(os.path.join(site, "open"),
               '<security><requestFiltering><fileExtensions><remove fileExtension=".inc"/>'
               '</fileExtensions><hiddenSegments><add segment="secret"/></hiddenSegments>'
               '</requestFiltering></security>'
               '<staticContent><mimeMap fileExtension=".inc" mimeType="text/plain"/>'
               '</staticContent>')
    port = free_port()
    logs = os.path.join(tmp, "logs")
    with config_host(write_config(tmp, port, site), port, "--log-dir", P(logs),
                     "--log-buffer", "0") as h:
        check(request(h, "/a.inc").status == 404, "denied extension")
        check(request(h, "/open/a.inc").status == 200, "allowed again in open/")
        check(request(h, "/open/secret/x.txt").status == 404, "hidden in open/")
        check(request(h, "/x...y.txt").status == 404, "denied sequence")
        check(request(h, "/digits.txt?q=drop").status == 404, "denied query sequence")
        c = h.connect()
        c.send("DELETE /digits.txt HTTP/1.1\r\nHost: x\r\n\r\n")
        check(c.read_response().status == 404, "denied verb")
        c.close()
        check(request(h, "/a%2520b.txt").status == 404, "double escaping")
        check(request(h, "/a+b.txt").status == 404, "'+' counts as double escaping")
        check(request(h, "/a%20b.txt").status == 200, "one escape is fine")
        check_clean_exit(h)
    expect_logged(logs, [("/a.inc", "404", "7"), ("/open/a.inc", "200", "0"),
                         ("/open/secret/x.txt", "404", "8"), ("/x...y.txt", "404", "5"),
                         ("/digits.txt", "404", "18"), ("/digits.txt", "404", "6")])
    double = [row for row in logged_statuses(logs) if row[1:] == ("404", "11")]
    check(len(double) == 2, "two requests denied as double-escaped: %r" % double)


def test_request_limits_from_config(tmp):
    site = make_site(tmp)
    web_config(os.path.join(site, "sub"),
               '<security><requestFiltering><requestLimits maxUrl="20" maxQueryString="5"/>'
               '</requestFiltering></security>')
    port = free_port()
    logs = os.path.join(tmp, "logs")
    with config_host(write_config(tmp, port, site), port, "--log-dir", P(logs),
                     "--log-buffer", "0") as h:
        check(request(h, "/sub/page.htm?abcde").status == 200, "within the limits")
        check(request(h, "/sub/page.htm?abcdef").status == 404, "query string too long")
        check(request(h, "/sub/aaaaaaaaaaaaaaaaaaaaaaaaaa.htm").status == 404, "URL too long")
        check(request(h, "/aaaaaaaaaaaaaaaaaaaaaaaaaa.htm").status == 404,
              "the root's limit is IIS's: only no such file")
        c = h.connect()
        c.send("POST /page.htm HTTP/1.1\r\nHost: x\r\nContent-Length: 1001\r\n\r\n")
        check(c.read_response().status == 413, "maxAllowedContentLength of the config: 413")
        c.close()
    expect_logged(logs, [("/sub/page.htm", "404", "15"),
                         ("/sub/aaaaaaaaaaaaaaaaaaaaaaaaaa.htm", "404", "14"),
                         ("/aaaaaaaaaaaaaaaaaaaaaaaaaa.htm", "404", "0")])
    too_large = [row for row in logged_statuses(logs) if row[1:] == ("413", "1")]
    check(len(too_large) == 1, "413.1 in the log: %r" % logged_statuses(logs))


def test_filtering_rules_change_with_the_file(tmp):
    site = make_site(tmp)
    port = free_port()
    with config_host(write_config(tmp, port, site), port) as h:
        check(request(h, "/digits.txt").status == 200, "served before the rule")
        web_config(site, '<security><requestFiltering><fileExtensions allowUnlisted="false">'
                         '<add fileExtension=".htm" allowed="true"/></fileExtensions>'
                         '</requestFiltering></security>')
        check(request(h, "/digits.txt").status == 404, "the new web.config is read at once")
        check(request(h, "/sub/page.htm").status == 200, "a listed extension passes")
        os.remove(os.path.join(site, "web.config"))
        check(request(h, "/digits.txt").status == 200, "served again without it")


if __name__ == "__main__":
    sys.exit(run(globals()))
