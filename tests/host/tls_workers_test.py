"""w3host over real sockets: HTTPS session tickets across worker processes (--workers):
every worker encrypts tickets under the key the supervisor made before forking, so a
ticket resumes on any of them. Registered only where w3host forks workers (not in Windows
builds, where --workers runs one process: tests/host/CMakeLists.txt).

usage: tls_workers_test.py W3HOST CASE (see host_case.py)."""
import ssl
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from tls_test import client_context, self_signed, tls_connect, tls_get, tls_host
from w3host_client import TIMEOUT


def test_tls_session_resumes_on_any_worker(tmp):
    with tls_host(tmp, [(None, self_signed(tmp, "srv", "/CN=localhost"))],
                  "--workers", "2") as h:
        check(len(workers_listening(h, time.monotonic() + TIMEOUT)) == 2, "two workers")
        ctx = client_context(version=ssl.TLSVersion.TLSv1_3)
        s = tls_connect(h, ctx)
        check(tls_get(s).status == 200, "first connection served")
        session = s.session
        s.close()
        for i in range(10):  # the kernel spreads them over both workers
            s = tls_connect(h, ctx, session=session)
            check(s.session_reused, "resumption %d: the workers share the ticket key" % i)
            check(tls_get(s).status == 200, "resumed connection served")
            s.close()


if __name__ == "__main__":
    sys.exit(run(globals()))
