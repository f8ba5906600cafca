"""w3host over real sockets: a folder URL as IIS's DefaultDocumentModule and
DirectoryListingModule answer it: <defaultDocument> as the folder's configuration files
say it now, names matched as Windows' file system matches them, and 403.14 when there is
neither a default document nor a listing.

usage: default_document_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import run
from static_content_test import logged_statuses
from w3host_client import free_port, request


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def default_documents(folder, *names, stamp=None):
    """A web.config in folder whose <defaultDocument> lists only `names`; stamp: its
    modification time (seconds), so that a rewrite is seen as one whatever the clock."""
    adds = "".join('<add value="%s"/>' % n for n in names)
    path = os.path.join(folder, "web.config")
    write(path, "<configuration><system.webServer><defaultDocument><files><clear/>%s"
                "</files></defaultDocument></system.webServer></configuration>" % adds)
    if stamp is not None:
        os.utime(path, (stamp, stamp))


def test_changed_web_config_default_document_is_picked_up(tmp):
    site = make_site(tmp)
    docs = os.path.join(site, "docs")
    write(os.path.join(docs, "first.htm"), "first\n")
    write(os.path.join(docs, "second.htm"), "second\n")
    default_documents(docs, "first.htm", stamp=1700000000)
    port = free_port()
    with config_host(write_config(tmp, port, site), port) as h:
        r = request(h, "/docs/")
        check(r.status == 200 and r.body == b"first\n", "first.htm: %r %r" % (r.status, r.body))
        r = request(h, "/docs/")
        check(r.status == 200 and r.body == b"first\n", "the same again: %r" % r.body)
        default_documents(docs, "second.htm", stamp=1700000100)
        r = request(h, "/docs/")
        check(r.status == 200 and r.body == b"second\n",
              "the rewritten web.config names second.htm: %r %r" % (r.status, r.body))
        default_documents(docs, "none.htm", stamp=1700000200)
        r = request(h, "/docs/")
        check(r.status == 403, "no listed document exists and no listing: %r" % r.status)


def test_default_document_matches_names_without_regard_to_case(tmp):
    site = make_site(tmp)
    mixed = os.path.join(site, "mixed")
    write(os.path.join(mixed, "Default.HTM"), "<p>mixed</p>\n")
    default_documents(mixed, "missing.htm", "default.htm")
    port = free_port()
    with config_host(write_config(tmp, port, site), port) as h:
        r = request(h, "/mixed/")
        check(r.status == 200 and r.body == b"<p>mixed</p>\n",
              "default.htm finds Default.HTM: %r %r" % (r.status, r.body[:200]))
        check(r.header("Content-Type") == "text/html", "typed by .HTM: %r" % r.header("Content-Type"))
        r = request(h, "/mixed/", method="HEAD")
        check(r.status == 200 and r.header("Content-Length") == "13", "HEAD: %r" % r.status)


def test_folder_without_default_document_or_listing_is_403_14(tmp):
    site = make_site(tmp)
    os.makedirs(os.path.join(site, "empty"))
    port = free_port()
    logs = os.path.join(tmp, "logs")
    with config_host(write_config(tmp, port, site), port, "--log-dir", P(logs),
                     "--log-buffer", "0") as h:
        r = request(h, "/empty/")
        check(r.status == 403, "no page.htm and directoryBrowse off: %r" % r.status)
        check(b"HTTP Error 403.14 - Forbidden" in r.body and
              b"configured to not list the contents of this directory" in r.body,
              "the detailed page (a local client) says 403.14 and why: %r" % r.body[:400])
        r = request(h, "/sub/")
        check(r.status == 200 and r.body == b"sub page\n", "sub/ has page.htm: %r" % r.status)
    rows = logged_statuses(logs)
    check(("/empty/", "403", "14") in rows, "sc-substatus 14 in the W3C log: %r" % rows)


if __name__ == "__main__":
    sys.exit(run(globals()))
