"""w3host over real sockets: https bindings of IIS sites. Sites share an https port as
they share an http one: SNI picks the certificate, then the decrypted request's Host
picks the site; a site with http and https bindings is served on both listeners.
Runs in both lanes, as tls_test.py, whose helpers it uses.

usage: sites_tls_test.py W3HOST CASE (see host_case.py)."""
import os
import subprocess
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from tls_test import self_signed, tls_connect
from w3host_client import TIMEOUT, Conn, free_port

SITES = """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost>
    <sites>
      <site name="Alpha" id="1">
        <bindings>
%(alpha_bindings)s        </bindings>
        <application path="/"><virtualDirectory path="/" physicalPath="%(a)s"/></application>
      </site>
      <site name="Beta" id="2">
        <bindings>
%(beta_bindings)s        </bindings>
        <application path="/"><virtualDirectory path="/" physicalPath="%(b)s"/></application>
      </site>
    </sites>
  </system.applicationHost>
  <system.webServer>
    <isapiFilters><filter name="SecureProbe" path="%(probe)s"/></isapiFilters>
  </system.webServer>
  <w3compat><tls>
%(certificates)s  </tls></w3compat>
</configuration>
"""


def binding(protocol, port, host_name=""):
    return '          <binding protocol="%s" bindingInformation="127.0.0.1:%d:%s"/>\n' % (
        protocol, port, host_name)


def certificate(host_name, pair):
    return '    <certificate %scertificateFile="%s" keyFile="%s"/>\n' % (
        'hostName="%s" ' % host_name if host_name else "", P(pair[0]), P(pair[1]))


def two_sites(tmp, alpha_bindings, beta_bindings, certificates):
    """Alpha and Beta with the given bindings and <certificate> lines; the config file."""
    values = {"alpha_bindings": alpha_bindings, "beta_bindings": beta_bindings,
              "certificates": certificates, "probe": built_filter("w3host_secure_probe")}
    for name, text in (("a", "alpha home\n"), ("b", "beta home\n")):
        os.makedirs(os.path.join(tmp, name), exist_ok=True)
        with open(os.path.join(tmp, name, "index.html"), "w") as f:
            f.write(text)
        values[name] = P(os.path.join(tmp, name))
    path = os.path.join(tmp, "applicationHost.config")
    with open(path, "w") as f:
        f.write(SITES % values)
    return path


def https_get(h, server_name, host_header, path="/"):
    s = tls_connect(h, server_name=server_name)
    try:
        c = Conn(s)
        c.send("GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" % (path, host_header))
        return c.read_response()
    finally:
        s.close()


def test_https_sites_share_a_port_by_sni_and_host(tmp):
    port = free_port()
    a = self_signed(tmp, "a", "/CN=a.example")
    b = self_signed(tmp, "b", "/CN=b.example")
    cfg = two_sites(tmp, binding("https", port, "a.example"), binding("https", port, "b.example"),
                    certificate("a.example", a) + certificate("b.example", b))
    with config_host(cfg, port) as h:
        for name, body in (("a.example", b"alpha home\n"), ("b.example", b"beta home\n")):
            r = https_get(h, name, name)
            check(r.status == 200 and r.body == body, "%s: %d %r" % (name, r.status, r.body))
            check(r.header("X-Secure-Port") == "1", "%s is served on a secure port" % name)
            subject = r.header("X-HTTPS-SERVER-SUBJECT")
            check(subject == "CN=" + name, "SNI %s picks its certificate: %r" % (name, subject))
        # The certificate follows SNI, the site follows the Host header of the request.
        r = https_get(h, "a.example", "b.example")
        check(r.body == b"beta home\n" and r.header("X-HTTPS-SERVER-SUBJECT") == "CN=a.example",
              "SNI a, Host b: a's certificate, Beta's page: %r" % r.body)
        r = https_get(h, "a.example", "c.example")
        check(r.status == 400 and b"Invalid Hostname" in r.body,
              "a Host no binding takes: 400 Invalid Hostname, encrypted: %d" % r.status)
        check("listening on https://127.0.0.1:%d/" % port in h.stderr(), "the banner says https")
        check_clean_exit(h)


def test_site_with_http_and_https_bindings_is_served_on_both(tmp):
    http_port, https_port = free_port(), free_port()
    cfg = two_sites(tmp, binding("http", http_port) + binding("https", https_port),
                    binding("http", free_port()),
                    certificate(None, self_signed(tmp, "srv", "/CN=localhost")))
    with config_host(cfg, http_port) as h:
        r = get_with_host(http_port, "localhost")
        check(r.status == 200 and r.body == b"alpha home\n", "http: %d %r" % (r.status, r.body))
        check(r.header("X-Secure-Port") is None, "http: the SECURE_PORT-only filter is not called")
        r = https_get(PortOf(https_port), "localhost", "localhost")
        check(r.status == 200 and r.body == b"alpha home\n", "https: %d %r" % (r.status, r.body))
        check(r.header("X-Secure-Port") == "1" and r.header("X-HTTPS") == "on",
              "https is a secure port with HTTPS=on")
        err = h.stderr()
        check("listening on http://127.0.0.1:%d/" % http_port in err and
              "listening on https://127.0.0.1:%d/" % https_port in err, "both listeners: " + err)
        check_clean_exit(h)


def test_https_binding_problems_exit_2(tmp):
    port = free_port()
    cfg = two_sites(tmp, binding("https", port, "a.example"), binding("http", free_port()), "")
    expect_exit_2(["--config", P(cfg)], '<site name="Alpha">',
                  "https binding 127.0.0.1:%d:a.example needs a certificate" % port)
    cfg = two_sites(tmp, binding("https", port, "a.example"), binding("http", port, "b.example"),
                    certificate(None, self_signed(tmp, "srv", "/CN=localhost")))
    expect_exit_2(["--config", P(cfg)], '<site name="Beta">',
                  'http binding 127.0.0.1:%d:b.example: site "Alpha" has an https binding' % port)


def test_listen_with_tls_cert_makes_the_first_site_https(tmp):
    port = free_port()
    crt, key = self_signed(tmp, "srv", "/CN=localhost")
    cfg = two_sites(tmp, binding("http", free_port()), binding("http", free_port()), "")
    with config_host(cfg, port, "--listen", "127.0.0.1:%d" % port, "--tls-cert", P(crt),
                     "--tls-key", P(key)) as h:
        r = https_get(h, "localhost", "localhost")
        check(r.status == 200 and r.body == b"alpha home\n", "https: %d %r" % (r.status, r.body))
        check(r.header("X-HTTPS-SERVER-SUBJECT") == "CN=localhost", "the --tls-cert certificate")
        check("listening on https://127.0.0.1:%d/" % port in h.stderr(), "the banner says https")


def test_t_loads_the_https_certificates(tmp):
    pair = self_signed(tmp, "srv", "/CN=localhost")
    cfg = two_sites(tmp, binding("https", free_port()), binding("http", free_port()),
                    certificate(None, pair))
    p = subprocess.run(exe_cmd() + ["-t", "--config", P(cfg)], stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=TIMEOUT)
    check(p.returncode == 0 and b"is good" in p.stderr, "-t: good: %r" % p.stderr)
    missing = os.path.join(tmp, "missing.crt")
    cfg = two_sites(os.path.join(tmp, "second"), binding("https", free_port()),
                    binding("http", free_port()), certificate(None, (missing, pair[1])))
    expect_exit_2(["-t", "--config", P(cfg)], "missing.crt", "has problems")


if __name__ == "__main__":
    sys.exit(run(globals()))
