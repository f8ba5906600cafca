"""w3host over real sockets: which native modules run for a request comes from the merged
<modules> section at its path (applicationHost.config, then each folder's web.config):
<remove> turns a module off below a folder, <add> turns it on again (or on where
applicationHost.config only installs it in <globalModules>), changes apply to the next
request, and global notifications keep running everywhere.

usage: modules_per_path_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from w3host_client import free_port, request

HELLO = b"Hello World"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def web_config(site, folder, modules):
    write(os.path.join(site, folder, "web.config"),
          "<configuration><system.webServer><modules>%s</modules></system.webServer>"
          "</configuration>" % modules)


def modules_host(tmp, enabled):
    """A site with off/page.htm and off/on/page.htm; hello_world ("Hello") and the global
    request_counter ("Counter") installed, `enabled` the root's <modules> entries."""
    site = make_site(tmp)
    write(os.path.join(site, "off", "page.htm"), "off page\n")
    write(os.path.join(site, "off", "on", "page.htm"), "on page\n")
    port = free_port()
    web = ('    <globalModules><add name="Hello" image="%s"/><add name="Counter" image="%s"/>'
           '</globalModules>\n    <modules>%s</modules>\n'
           % (built_filter("hello_world"), built_filter("request_counter"), enabled))
    return site, config_host(write_config(tmp, port, site, web=web), port)


def body_of(h, path):
    r = request(h, path)
    check(r is not None and r.status == 200, "%s answers 200: %r" % (path, r and r.status))
    # Hello clears the response it answers; a static file keeps the counter's header.
    check(r.body == HELLO or r.header("X-Request-Number") is not None,
          "%s: the global module's notification runs: %r" % (path, r.headers))
    return r.body


def test_module_removed_and_added_again_per_folder(tmp):
    site, h = modules_host(tmp, '<add name="Hello"/>')
    web_config(site, "off", '<remove name="Hello"/>')
    web_config(site, os.path.join("off", "on"), '<add name="Hello"/>')
    with h:
        check(body_of(h, "/index.html") == HELLO, "Hello runs at /")
        check(body_of(h, "/off/page.htm") == b"off page\n", "Hello removed in /off")
        check(body_of(h, "/off/on/page.htm") == HELLO, "Hello added again in /off/on")
        check(body_of(h, "/sub/page.htm") == HELLO, "Hello runs in a folder without web.config")


def test_changed_web_config_applies_to_the_next_request(tmp):
    site, h = modules_host(tmp, '<add name="Hello"/>')
    web_config(site, "off", '<remove name="Hello"/>')
    with h:
        check(body_of(h, "/off/page.htm") == b"off page\n", "Hello removed in /off")
        web_config(site, "off", "<clear/>")
        check(body_of(h, "/off/page.htm") == b"off page\n", "<clear/> keeps it off")
        web_config(site, "off", "")
        check(body_of(h, "/off/page.htm") == HELLO,
              "Hello back once the web.config stops removing it")


def test_installed_module_enabled_in_a_folder_only(tmp):
    site, h = modules_host(tmp, "")
    web_config(site, "off", '<add name="Hello"/>')
    with h:
        check(body_of(h, "/index.html") == b"<html>home</html>\n",
              "Hello is only installed at /: the static file is served")
        check(body_of(h, "/off/page.htm") == HELLO, "Hello enabled by /off/web.config")
        check(body_of(h, "/off/on/page.htm") == HELLO, "and below it")


if __name__ == "__main__":
    sys.exit(run(globals()))
