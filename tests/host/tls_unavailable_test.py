"""w3host built without TLS (the Windows build, docs/tls.md): a TLS flag, and a site's
https binding, are refused with exit status 2 and the reason, instead of serving plain
HTTP where HTTPS was asked for.
Registered only in builds without TLS (tls_test.py covers the others).

usage: tls_unavailable_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import free_port

HTTPS_SITE = """<configuration><system.applicationHost><sites>
<site name="Secure" id="3"><bindings>
<binding protocol="https" bindingInformation="127.0.0.1:%d:"/></bindings></site>
</sites></system.applicationHost>
<w3compat><tls><certificate certificateFile="site.crt" keyFile="site.key"/></tls></w3compat>
</configuration>
"""


def test_tls_flags_refused_without_tls(tmp):
    expect_exit_2(["--tls-cert", P(tmp + "/site.crt"), "--tls-key", P(tmp + "/site.key")],
                  "--tls-cert: this build has no TLS")
    expect_exit_2(["--tls-client-certs", "negotiate"], "this build has no TLS")


def test_https_binding_refused_without_tls(tmp):
    port = free_port()
    cfg = os.path.join(tmp, "applicationHost.config")
    with open(cfg, "w") as f:
        f.write(HTTPS_SITE % port)
    expect_exit_2(["--config", P(cfg)], '<site name="Secure">',
                  "https binding 127.0.0.1:%d:: this build has no TLS" % port)


if __name__ == "__main__":
    sys.exit(run(globals()))
