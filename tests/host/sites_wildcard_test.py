"""w3host over real sockets: a "*" binding and bindings to one address on the same port,
as HTTP.sys serves them: one listening socket, the connection's local address choosing
the binding to that address, the wildcard's bindings (by Host) serving the rest.

usage: sites_wildcard_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import free_port

SITES = """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost>
    <sites>
%(sites)s
    </sites>
  </system.applicationHost>
</configuration>
"""

SITE = """      <site name="%(name)s" id="%(id)d">
        <bindings><binding protocol="http" bindingInformation="%(binding)s"/></bindings>
        <application path="/"><virtualDirectory path="/" physicalPath="%(root)s"/></application>
      </site>"""


def site_folder(tmp, name):
    path = os.path.join(tmp, name)
    os.makedirs(path)
    with open(os.path.join(path, "index.html"), "w") as f:
        f.write("%s home\n" % name)
    return P(path)


def config(tmp, port, bindings):
    """applicationHost.config with one site per (name, bindingInformation % port)."""
    sites = "\n".join(SITE % {"name": name, "id": i + 1, "binding": binding % port,
                              "root": site_folder(tmp, name)}
                      for i, (name, binding) in enumerate(bindings))
    path = os.path.join(tmp, "applicationHost.config")
    with open(path, "w") as f:
        f.write(SITES % {"sites": sites})
    return path


def expect_site(address, port, name, host_header="localhost"):
    r = get_with_host(port, host_header, "/", address)
    check(r is not None and r.status == 200 and r.body == ("%s home\n" % name).encode(),
          "%s:%d (Host %s) is %s's: %r" % (address, port, host_header, name,
                                            r and (r.status, r.body)))


def test_wildcard_and_address_binding_share_a_port(tmp):
    port = free_port()
    cfg = config(tmp, port, [("Any", "*:%d:"), ("Loopback", "127.0.0.1:%d:")])
    with config_host(cfg, port) as h:
        expect_site("127.0.0.1", port, "Loopback")
        expect_site("127.0.0.2", port, "Any")
        expect_site("127.0.0.1", port, "Loopback")
        check(h.proc.poll() is None, "one w3host serves both: " + h.stderr())


def test_address_binding_listed_first_still_shares_the_wildcard(tmp):
    port = free_port()
    cfg = config(tmp, port, [("Loopback", "127.0.0.1:%d:"), ("Any", "*:%d:"),
                             ("Named", "*:%d:named.example")])
    with config_host(cfg, port):
        expect_site("127.0.0.1", port, "Loopback")
        expect_site("127.0.0.3", port, "Any")
        expect_site("127.0.0.3", port, "Named", "named.example")


@posix_only("workers are processes forked by the supervisor")
def test_workers_share_the_wildcard_socket(tmp):
    port = free_port()
    cfg = config(tmp, port, [("Any", "*:%d:"), ("Loopback", "127.0.0.1:%d:")])
    with config_host(cfg, port, "--workers", "2"):
        for _ in range(4):  # connections land on either worker
            expect_site("127.0.0.1", port, "Loopback")
            expect_site("127.0.0.2", port, "Any")


if __name__ == "__main__":
    sys.exit(run(globals()))
