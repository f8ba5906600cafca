"""w3host over real sockets: the certificate facts of HTTPS_* and CERT_* read the same
whichever TLS backend serves (OpenSSL natively, mbedTLS in the Wine lane): names as
`openssl x509 -nameopt sep_comma_plus_space,sname,utf8,esc_ctrl` prints them, serial
numbers without DER's sign byte, multi-valued RDNs in DER order, the key sizes of ECDSA
certificates; client certificates with `require` and no trusted issuers, and on a second
connection (TLS 1.2 resumes the session, TLS 1.3 does a full handshake); the cipher
suite the client prefers among the AEAD ones both offer (HTTPS_KEYSIZE), no others; RSA
and ECDSA P-256/P-384 certificates, no others.

usage: tls_facts_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import ssl
import subprocess
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from tls_test import client_context, issued, openssl, self_signed, tls_connect, tls_get, tls_host
from w3host_client import TIMEOUT


def openssl_name(crt, which):
    """The subject or issuer of crt as OpenSSL prints it with the server's options."""
    out = subprocess.run(["openssl", "x509", "-in", crt, "-noout", "-" + which, "-nameopt",
                          "sep_comma_plus_space,sname,utf8,esc_ctrl"], check=True,
                         capture_output=True, timeout=TIMEOUT).stdout.decode("utf-8")
    return out.strip().split("=", 1)[1]


def utf8(value):
    """A header value as the bytes the server sent, read as UTF-8."""
    return value.encode("latin-1").decode("utf-8") if value is not None else None


def test_tls_names_read_as_openssl_prints_them(tmp):
    ca = self_signed(tmp, "ca", "/C=DE/O=W3 Test, Root/CN=W3 Test CA")
    subject = "/C=DE/O=Zo\u00eb & Co/OU=Ops+CN=bob/emailAddress=bob@example.test"
    crt, key = os.path.join(tmp, "bob.crt"), os.path.join(tmp, "bob.key")
    csr = os.path.join(tmp, "bob.csr")
    openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
            "-utf8", "-multivalue-rdn", "-subj", subject)
    openssl("x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-set_serial", "0x80ff",
            "-days", "2", "-out", crt)
    srv = self_signed(tmp, "srv", "/O=W3 Test/OU=Web+CN=localhost")
    with tls_host(tmp, [(None, srv)],
                  "--tls-client-certs", "negotiate", "--tls-client-ca", P(ca[0])) as h:
        s = tls_connect(h, client_context(cert=(crt, key)))
        r = tls_get(s)
        s.close()
        check(r.status == 200, "served")
        expected = openssl_name(crt, "subject")
        check(expected == "C=DE, O=Zo\u00eb & Co, CN=bob + OU=Ops, emailAddress=bob@example.test",
              "openssl prints: %r" % expected)
        got = utf8(r.header("X-CERT-SUBJECT"))
        check(got == expected, "CERT_SUBJECT: %r, OpenSSL: %r" % (got, expected))
        got = r.header("X-CERT-ISSUER")
        check(got == openssl_name(crt, "issuer") == "C=DE, O=W3 Test, Root, CN=W3 Test CA",
              "CERT_ISSUER: %r" % got)
        check(r.header("X-CERT-SERIALNUMBER") == "80-ff",
              "CERT_SERIALNUMBER without the sign byte: %r" % r.header("X-CERT-SERIALNUMBER"))
        check(r.header("X-CERT-FLAGS") == "1", "issued by the trusted CA: CERT_FLAGS=1")
        got = r.header("X-HTTPS-SERVER-SUBJECT")
        check(got == openssl_name(srv[0], "subject") and " + " in got,
              "HTTPS_SERVER_SUBJECT: %r" % got)


def test_tls_ecdsa_certificate_key_sizes(tmp):
    crt, key = os.path.join(tmp, "ec.crt"), os.path.join(tmp, "ec.key")
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", key, "-out", crt, "-days", "2", "-subj", "/CN=localhost")
    with tls_host(tmp, [(None, (crt, key))]) as h:
        for version in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
            s = tls_connect(h, client_context(version=version))
            r = tls_get(s)
            cipher = s.cipher()
            s.close()
            check(r.status == 200, "served over %s with an ECDSA certificate" % version.name)
            check(r.header("X-HTTPS-SECRETKEYSIZE") == "256", "HTTPS_SECRETKEYSIZE: P-256")
            check(r.header("X-HTTPS-KEYSIZE") == str(cipher[2]),
                  "HTTPS_KEYSIZE: the cipher's %d bits, got %r" % (cipher[2],
                                                                   r.header("X-HTTPS-KEYSIZE")))


def test_tls_required_certificate_without_client_ca(tmp):
    stranger = self_signed(tmp, "stranger", "/CN=stranger")
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))],
                  "--tls-client-certs", "require") as h:
        s = tls_connect(h, client_context(cert=stranger))
        r = tls_get(s)
        s.close()
        check(r.status == 200 and r.header("X-CERT-SUBJECT") == "CN=stranger",
              "require without --tls-client-ca: any certificate is taken")
        check(r.header("X-CERT-FLAGS") == "3", "... and reported untrusted: CERT_FLAGS=3")
        refused = False
        try:
            s = tls_connect(h)
            refused = tls_get(s) is None  # TLS 1.3: the alert comes after the handshake
            s.close()
        except (ssl.SSLError, ConnectionResetError, AssertionError):
            refused = True
        check(refused, "without a certificate the handshake fails")


def test_tls_second_connection_keeps_the_client_certificate(tmp):
    ca = self_signed(tmp, "ca", "/CN=W3 Test Client CA")
    alice = issued(tmp, "alice", "/CN=alice", ca, "0x2a")
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))],
                  "--tls-client-certs", "negotiate", "--tls-client-ca", P(ca[0])) as h:
        for version in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
            ctx = client_context(cert=alice, version=version)
            s = tls_connect(h, ctx)
            first = tls_get(s)
            session = s.session
            s.close()
            s = tls_connect(h, ctx, session=session)
            again = tls_get(s)
            reused = s.session_reused
            s.close()
            # TLS 1.2 resumes with the certificate; TLS 1.3 sends no tickets when client
            # certificates are asked for (mbedTLS's cannot keep one): a full handshake.
            check(reused == (version == ssl.TLSVersion.TLSv1_2),
                  "%s: resumed %s" % (version.name, reused))
            for name in ("X-CERT-SUBJECT", "X-CERT-ISSUER", "X-CERT-SERIALNUMBER",
                         "X-CERT-FLAGS", "X-CERT-COOKIE"):
                check(again.header(name) == first.header(name),
                      "%s resumed: %s %r, first %r" % (version.name, name, again.header(name),
                                                       first.header(name)))
            check(again.header("X-CERT-SUBJECT") == "CN=alice" and
                  again.header("X-CERT-FLAGS") == "1", "the trusted client certificate")


def s_client_keysize(h, *args):
    """HTTPS_KEYSIZE of a GET through `openssl s_client` with the given options."""
    p = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % h.port, "-quiet",
                        "-ign_eof"] + list(args),
                       input=b"GET /index.html HTTP/1.1\r\nHost: localhost\r\n"
                             b"Connection: close\r\n\r\n",
                       capture_output=True, timeout=TIMEOUT)
    for line in p.stdout.decode("latin-1").split("\r\n"):
        if line.startswith("X-HTTPS-KEYSIZE: "):
            return line.split(": ", 1)[1]
    return None


def test_tls_client_preferred_cipher_suite(tmp):
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))]) as h:
        for order, bits in (("TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384", "128"),
                            ("TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256", "256")):
            got = s_client_keysize(h, "-tls1_3", "-ciphersuites", order)
            check(got == bits, "TLS 1.3 %s: the client's first, HTTPS_KEYSIZE %r" % (order, got))
        for order, bits in (("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384", "128"),
                            ("ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256", "256")):
            ctx = client_context(version=ssl.TLSVersion.TLSv1_2)
            ctx.set_ciphers(order)
            s = tls_connect(h, ctx)
            r = tls_get(s)
            s.close()
            check(r.header("X-HTTPS-KEYSIZE") == bits,
                  "TLS 1.2 %s: HTTPS_KEYSIZE %r" % (order, r.header("X-HTTPS-KEYSIZE")))
        for cbc in ("ECDHE-RSA-AES128-SHA", "AES256-GCM-SHA384"):  # CBC; no ECDHE
            ctx = client_context(version=ssl.TLSVersion.TLSv1_2)
            ctx.set_ciphers(cbc)
            try:
                tls_connect(h, ctx).close()
                check(False, "%s is refused" % cbc)
            except ssl.SSLError as e:
                check("HANDSHAKE_FAILURE" in str(e).upper(), "%s: handshake_failure: %s" % (cbc, e))


def test_tls_only_rsa_and_ecdsa_p256_p384_certificates(tmp):
    for name, key_args in (("ed", ["-newkey", "ed25519"]),
                           ("p521", ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:secp521r1"])):
        crt, key = os.path.join(tmp, name + ".crt"), os.path.join(tmp, name + ".key")
        openssl("req", "-x509", *key_args, "-nodes", "-keyout", key, "-out", crt, "-days", "2",
                "-subj", "/CN=localhost")
        expect_exit_2(["--root", P(tmp), "--tls-cert", P(crt), "--tls-key", P(key)],
                      "TLS: certificate", name + ".crt")
    crt, key = os.path.join(tmp, "p384.crt"), os.path.join(tmp, "p384.key")
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:secp384r1", "-nodes",
            "-keyout", key, "-out", crt, "-days", "2", "-subj", "/CN=localhost")
    with tls_host(tmp, [(None, (crt, key))]) as h:
        s = tls_connect(h)
        r = tls_get(s)
        s.close()
        check(r.status == 200 and r.header("X-HTTPS-SECRETKEYSIZE") == "384", "P-384 served")


if __name__ == "__main__":
    sys.exit(run(globals()))
