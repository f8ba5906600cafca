"""w3host over real sockets: module names in <globalModules> and <modules> (<add>,
<remove>, in applicationHost.config and web.config files) compared without regard to
case, as IIS compares them.

usage: module_names_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from modules_per_path_test import HELLO, body_of, modules_host, web_config


def test_module_names_compare_without_regard_to_case(tmp):
    site, h = modules_host(tmp, '<add name="HELLO"/>')
    web_config(site, "off", '<remove name="hello"/>')
    web_config(site, os.path.join("off", "on"), '<add name="hElLo"/>')
    with h:
        check(body_of(h, "/index.html") == HELLO, "<add name=\"HELLO\"> enables Hello at /")
        check(body_of(h, "/off/page.htm") == b"off page\n", "<remove name=\"hello\"> in /off")
        check(body_of(h, "/off/on/page.htm") == HELLO, "<add name=\"hElLo\"> again in /off/on")


if __name__ == "__main__":
    sys.exit(run(globals()))
