"""w3host built without TLS (the Windows build, docs/tls.md): a TLS flag is refused with
exit status 2 and the reason, instead of serving plain HTTP where HTTPS was asked for.
Registered only in builds without TLS (tls_test.py covers the others).

usage: tls_unavailable_test.py [--wine] W3HOST CASE (see host_case.py)."""
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run


def test_tls_flags_refused_without_tls(tmp):
    expect_exit_2(["--tls-cert", P(tmp + "/site.crt"), "--tls-key", P(tmp + "/site.key")],
                  "--tls-cert: this build has no TLS")
    expect_exit_2(["--tls-client-certs", "negotiate"], "this build has no TLS")


if __name__ == "__main__":
    sys.exit(run(globals()))
