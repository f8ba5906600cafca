"""w3host over real sockets: HTTPS listeners (--tls-cert/--tls-key): what filters see on a
secure port, SNI, ALPN, client certificates, session resumption, static files, and bad
or slow handshakes. Python's ssl module is the client; certificates are made with
`openssl` at test time. The same cases run against both backends (docs/tls.md): OpenSSL
natively, mbedTLS in the Wine lane.

usage: tls_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import socket
import ssl
import subprocess
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import TIMEOUT, Conn, free_port


def openssl(*args):
    subprocess.run(["openssl"] + list(args), check=True, capture_output=True, timeout=TIMEOUT)


def self_signed(tmp, name, subject):
    """A self-signed certificate and its key: (cert path, key path)."""
    crt, key = os.path.join(tmp, name + ".crt"), os.path.join(tmp, name + ".key")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", crt,
            "-days", "2", "-subj", subject)
    return crt, key


def issued(tmp, name, subject, ca, serial):
    """A certificate signed by ca (its (cert, key)), with the given serial number."""
    crt, key = os.path.join(tmp, name + ".crt"), os.path.join(tmp, name + ".key")
    csr = os.path.join(tmp, name + ".csr")
    openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
            "-subj", subject)
    openssl("x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-set_serial", serial,
            "-days", "2", "-out", crt)
    return crt, key


def tls_host(tmp, certs, *args, **kw):
    """w3host with the secure-port probe filter on an HTTPS listener; certs: [(host or
    None, (cert, key))]."""
    flags = []
    for name, (crt, key) in certs:
        flags += ["--tls-cert", (name + "=" if name else "") + P(crt), "--tls-key", P(key)]
    return host(tmp, "--filter", built_filter("w3host_secure_probe"), *(flags + list(args)), **kw)


def client_context(cert=None, alpn=None, version=None):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    if cert is not None:
        ctx.load_cert_chain(cert[0], cert[1])
    if alpn is not None:
        ctx.set_alpn_protocols(alpn)
    if version is not None:
        ctx.minimum_version = ctx.maximum_version = version
    return ctx


def tls_connect(h, ctx=None, server_name="localhost", session=None):
    raw = socket.create_connection(("127.0.0.1", h.port), timeout=TIMEOUT)
    try:
        return (ctx or client_context()).wrap_socket(raw, server_hostname=server_name,
                                                     session=session)
    except Exception:
        raw.close()
        raise


def tls_get(s, path="/index.html", close=True):
    c = Conn(s)
    c.send("GET %s HTTP/1.1\r\nHost: localhost\r\n%s\r\n" %
           (path, "Connection: close\r\n" if close else ""))
    return c.read_response()


def test_tls_secure_port_filter_sees_https(tmp):
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/O=W3 Test/CN=localhost"))]) as h:
        for version in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
            s = tls_connect(h, client_context(version=version))
            r = tls_get(s)
            s.close()
            check(r.status == 200 and r.body == b"<html>home</html>\n", "the page over TLS")
            check(r.header("X-Secure-Port") == "1", "SF_NOTIFY_SECURE_PORT filter called")
            check(r.header("X-SERVER-PORT-SECURE") == "1", "SERVER_PORT_SECURE=1")
            check(r.header("X-HTTPS") == "on", "HTTPS=on: %r" % r.header("X-HTTPS"))
            check(r.header("X-HTTPS-KEYSIZE") in ("128", "256"), "HTTPS_KEYSIZE")
            check(r.header("X-HTTPS-SECRETKEYSIZE") == "2048", "HTTPS_SECRETKEYSIZE: RSA 2048")
            subject = r.header("X-HTTPS-SERVER-SUBJECT")
            check(subject == "O=W3 Test, CN=localhost", "HTTPS_SERVER_SUBJECT: %r" % subject)
            check(r.header("X-HTTPS-SERVER-ISSUER") == subject, "self-signed: issuer = subject")
            check(r.header("X-CERT-FLAGS") == "0", "no client certificate: CERT_FLAGS=0")
            check(r.header("X-CERT-SUBJECT") == "", "no client certificate: CERT_SUBJECT empty")
            check(r.header("X-Ssl-Ctxt") == "yes", "SF_PROPERTY_SSL_CTXT answers")
        check("listening on https://" in h.stderr(), "the banner says https")
        check_clean_exit(h)


def test_tls_plain_listener_is_not_a_secure_port(tmp):
    with host(tmp, "--filter", built_filter("w3host_secure_probe")) as h:
        c = h.connect()
        c.send("GET /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        r = c.read_response()
        c.close()
        check(r.status == 200, "served")
        check(r.header("X-Secure-Port") is None,
              "a SECURE_PORT-only filter is not called on a plain connection")


def test_tls_sni_selects_the_certificate(tmp):
    a = self_signed(tmp, "a", "/CN=a.example.test")
    b = self_signed(tmp, "b", "/CN=b.example.test")
    fallback = self_signed(tmp, "default", "/CN=default.example.test")
    with tls_host(tmp, [(None, fallback), ("a.example.test", a), ("*.b.example.test", b)]) as h:
        for name, expected in (("a.example.test", "CN=a.example.test"),
                               ("www.b.example.test", "CN=b.example.test"),
                               ("other.example.test", "CN=default.example.test"),
                               (None, "CN=default.example.test")):
            s = tls_connect(h, server_name=name)
            r = tls_get(s)
            s.close()
            check(r.status == 200, "served to %s" % name)
            got = r.header("X-HTTPS-SERVER-SUBJECT")
            check(got == expected, "SNI %s: certificate %r, expected %r" % (name, got, expected))


def test_tls_plaintext_to_the_tls_port_is_dropped(tmp):
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))]) as h:
        c = h.connect()
        c.send("GET /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n")
        check(c.closed_by_server(), "the server closes the connection")
        check(b"HTTP/" not in bytes(c.buf), "no HTTP answer: %r" % bytes(c.buf))
        c.close()
        deadline = time.monotonic() + TIMEOUT
        while "plain HTTP sent to the HTTPS port" not in h.stderr():
            check(time.monotonic() < deadline, "logged: " + h.stderr())
            time.sleep(0.05)
        s = tls_connect(h)
        check(tls_get(s).status == 200, "the next TLS client is served")
        s.close()


def test_tls_bad_and_slow_handshakes_cost_only_their_connection(tmp):
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))],
                  "--header-timeout", "1") as h:
        slow = h.connect()  # sends nothing: the header timeout ends its handshake
        bad = h.connect()
        bad.send(b"\x16\x03\x01\x00\x05hello-not-tls")
        check(bad.closed_by_server(), "a bad handshake closes its connection")
        bad.close()
        s = tls_connect(h)
        check(tls_get(s).status == 200, "a good client is served meanwhile")
        s.close()
        started = time.monotonic()
        check(slow.closed_by_server(), "the silent client is closed")
        check(time.monotonic() - started < 5, "within the header timeout")
        slow.close()
        err = h.stderr()
        check("TLS handshake failed from 127.0.0.1" in err, "bad handshake logged: " + err)
        check("TLS handshake timed out from 127.0.0.1" in err, "slow handshake logged: " + err)


def test_tls_client_certificate_reaches_cert_subject(tmp):
    ca = self_signed(tmp, "ca", "/O=W3 Test/CN=W3 Test Client CA")
    alice = issued(tmp, "alice", "/O=W3 Test/CN=alice", ca, "0x1f2e3d")
    stranger = self_signed(tmp, "stranger", "/CN=stranger")
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))],
                  "--tls-client-certs", "negotiate", "--tls-client-ca", P(ca[0]),
                  "--module", built_filter("w3host_cert_probe")) as h:
        s = tls_connect(h, client_context(cert=alice))
        r = tls_get(s)
        s.close()
        with open(alice[0]) as f:
            alice_der = ssl.PEM_cert_to_DER_cert(f.read())
        check(r.header("X-Cert-Hr") == "00000000" and r.header("X-Cert-Negotiated") == "1",
              "GetClientCertificate: S_OK, negotiated")
        check(r.header("X-Cert-Bytes") == str(len(alice_der)) and
              r.header("X-Cert-Der-Tag") == "30", "GetClientCertificate: the DER certificate")
        check(r.header("X-CERT-SUBJECT") == "O=W3 Test, CN=alice",
              "CERT_SUBJECT: %r" % r.header("X-CERT-SUBJECT"))
        check(r.header("X-CERT-ISSUER") == "O=W3 Test, CN=W3 Test Client CA", "CERT_ISSUER")
        check(r.header("X-CERT-SERIALNUMBER") == "1f-2e-3d",
              "CERT_SERIALNUMBER: %r" % r.header("X-CERT-SERIALNUMBER"))
        check(r.header("X-CERT-FLAGS") == "1", "present and trusted: CERT_FLAGS=1")
        check(len(r.header("X-CERT-COOKIE") or "") == 64, "CERT_COOKIE: a SHA-256 in hex")
        s = tls_connect(h, client_context(cert=stranger))
        r = tls_get(s)
        s.close()
        check(r.header("X-CERT-SUBJECT") == "CN=stranger", "an untrusted certificate is taken")
        check(r.header("X-CERT-FLAGS") == "3", "... with CERT_FLAGS bit 1 (issuer not trusted)")
        s = tls_connect(h)
        r = tls_get(s)
        s.close()
        check(r.status == 200 and r.header("X-CERT-FLAGS") == "0",
              "negotiate: a client without one is served")
        check(r.header("X-Cert-Hr") == "80070490" and r.header("X-Cert-Bytes") == "none",
              "GetClientCertificate without one: HRESULT_FROM_WIN32(ERROR_NOT_FOUND)")
        check_clean_exit(h)


def test_tls_required_client_certificate(tmp):
    ca = self_signed(tmp, "ca", "/CN=W3 Test Client CA")
    alice = issued(tmp, "alice", "/CN=alice", ca, "7")
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))],
                  "--tls-client-certs", "require", "--tls-client-ca", P(ca[0])) as h:
        s = tls_connect(h, client_context(cert=alice))
        r = tls_get(s)
        s.close()
        check(r.status == 200 and r.header("X-CERT-SUBJECT") == "CN=alice", "with a certificate")
        refused = False
        try:
            s = tls_connect(h)
            refused = tls_get(s) is None  # TLS 1.3: the alert comes after the handshake
            s.close()
        except (ssl.SSLError, ConnectionResetError, AssertionError):
            refused = True
        check(refused, "without a certificate the handshake fails")


def test_tls_request_timeout_answers_encrypted_408(tmp):
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))],
                  "--header-timeout", "1") as h:
        s = tls_connect(h)
        c = Conn(s)
        c.send("GET /index.html HTTP/1.1\r\nHost: local")  # and nothing more
        r = c.read_response()
        check(r is not None and r.status == 408, "408 through the TLS session")
        s.close()


def test_tls_alpn_http11(tmp):
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))]) as h:
        s = tls_connect(h, client_context(alpn=["h2", "http/1.1"]))
        check(s.selected_alpn_protocol() == "http/1.1", "ALPN picks http/1.1")
        check(tls_get(s).status == 200, "served")
        s.close()
        s = tls_connect(h)
        check(s.selected_alpn_protocol() is None, "no ALPN offered: none selected")
        s.close()
        idle = tls_connect(h)  # open while the server stops: closed with close_notify
        check(tls_get(idle, close=False).status == 200, "keep-alive connection served")
        try:
            s = tls_connect(h, client_context(alpn=["h2"]))
            s.close()
            check(False, "a client offering only h2 is refused")
        except ssl.SSLError as e:
            check("NO APPLICATION PROTOCOL" in str(e).upper().replace("_", " "),
                  "no_application_protocol alert: %s" % e)
        check_clean_exit(h)
        idle.close()


def test_tls_static_file_byte_exact(tmp):
    site, data = big_site(tmp, size=3 << 20)
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))], site=site) as h:
        s = tls_connect(h)
        for _ in range(2):  # two requests on one keep-alive connection
            r = tls_get(s, "/big.zip", close=False)
            check(r.status == 200 and len(r.body) == len(data), "whole file: %d" % len(r.body))
            check(digest(r.body) == digest(data), "byte-exact over TLS")
        s.close()


def test_tls_session_resumption(tmp):
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))]) as h:
        for version, tickets in ((ssl.TLSVersion.TLSv1_2, True), (ssl.TLSVersion.TLSv1_2, False),
                                 (ssl.TLSVersion.TLSv1_3, True)):
            ctx = client_context(version=version)
            if not tickets:  # TLS 1.2 session ids: the server's session cache
                ctx.options |= ssl.OP_NO_TICKET
            s = tls_connect(h, ctx)
            check(tls_get(s).status == 200, "first connection served")
            session = s.session  # TLS 1.3: the ticket came with the response
            s.close()
            s = tls_connect(h, ctx, session=session)
            check(s.session_reused, "%s session resumed (tickets: %s)" % (version.name, tickets))
            check(tls_get(s).status == 200, "resumed connection served")
            s.close()


TLS_CONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost><sites><site name="Secure" id="4"><bindings>
    <binding protocol="https" bindingInformation="127.0.0.1:%(port)d:"/>
  </bindings>
  <application path="/"><virtualDirectory path="/" physicalPath="%(root)s"/></application>
  </site></sites></system.applicationHost>
  <system.webServer>
    <isapiFilters><filter name="SecureProbe" path="%(probe)s"/></isapiFilters>
    <security><access sslFlags="Ssl, SslNegotiateCert"/></security>
  </system.webServer>
  <w3compat><tls clientCertificateAuthorities="%(ca)s">
    <certificate hostName="a.example.test" certificateFile="%(a_crt)s" keyFile="%(a_key)s"/>
    <certificate certificateFile="%(d_crt)s" keyFile="%(d_key)s"/>
  </tls></w3compat>
</configuration>
"""


def test_tls_config_https_binding(tmp):
    a = self_signed(tmp, "a", "/CN=a.example.test")
    fallback = self_signed(tmp, "default", "/CN=default.example.test")
    ca = self_signed(tmp, "ca", "/CN=W3 Test Client CA")
    alice = issued(tmp, "alice", "/CN=alice", ca, "42")
    port = free_port()
    cfg = os.path.join(tmp, "applicationHost.config")
    with open(cfg, "w") as f:
        f.write(TLS_CONFIG % {"port": port, "root": P(make_site(tmp)), "ca": P(ca[0]),
                              "probe": built_filter("w3host_secure_probe"), "a_crt": P(a[0]),
                              "a_key": P(a[1]), "d_crt": P(fallback[0]),
                              "d_key": P(fallback[1])})
    with config_host(cfg, port) as h:
        s = tls_connect(h, client_context(cert=alice), server_name="a.example.test")
        r = tls_get(s)
        s.close()
        check(r.status == 200 and r.header("X-Secure-Port") == "1", "served over https")
        check(r.header("X-HTTPS-SERVER-SUBJECT") == "CN=a.example.test", "SNI from <certificate>")
        check(r.header("X-CERT-SUBJECT") == "CN=alice" and r.header("X-CERT-FLAGS") == "1",
              "sslFlags SslNegotiateCert: the client certificate, trusted")
        s = tls_connect(h, server_name="www.example.test")
        r = tls_get(s)
        s.close()
        check(r.header("X-HTTPS-SERVER-SUBJECT") == "CN=default.example.test",
              "the certificate without hostName is the default")


def test_tls_certificate_errors_exit_2(tmp):
    crt, key = self_signed(tmp, "srv", "/CN=localhost")
    other_crt, other_key = self_signed(tmp, "other", "/CN=other")
    missing = os.path.join(tmp, "missing.crt")
    expect_exit_2(["--tls-cert", P(missing), "--tls-key", P(key)], "missing.crt")
    expect_exit_2(["--tls-cert", P(crt), "--tls-key", P(other_key)], "private key", "other.key")
    expect_exit_2(["--tls-cert", P(crt)], "has no --tls-key")
    expect_exit_2(["--tls-cert", P(crt), "--tls-key", P(key), "--tls-client-certs", "maybe"],
                  "--tls-client-certs")


if __name__ == "__main__":
    sys.exit(run(globals()))
