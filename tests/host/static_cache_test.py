"""w3host over real sockets: the static file handler's file cache (IIS's file cache, nginx's
open_file_cache): a changed, replaced or deleted file is seen at most a second later, and
the files kept open are bounded.

usage: static_cache_test.py [--wine] W3HOST CASE (see host_case.py)."""
import os
import sys
import time

from host_case import *  # noqa: F401,F403 (the shared helpers of every suite)
from host_case import lane, run
from w3host_client import request

# The cache's re-validation interval (W3S_FILE_CACHE_VALID_MS, OPEN_FILE_CACHE_VALID_MS),
# with a margin.
AFTER_INTERVAL = 1.3


def write(path, text, mtime_offset=0):
    with open(path, "w") as f:
        f.write(text)
    if mtime_offset:
        t = time.time() + mtime_offset
        os.utime(path, (t, t))


def test_file_changed_in_place_is_served_fresh_after_the_interval(tmp):
    site = make_site(tmp)
    path = os.path.join(site, "v.txt")
    write(path, "first")
    with host(tmp, site=site) as h:
        r = request(h, "/v.txt")
        check(r.status == 200 and r.body == b"first", "first version: %r" % r.body)
        etag = r.header("ETag")
        write(path, "the second, longer version", mtime_offset=5)
        time.sleep(AFTER_INTERVAL)
        r = request(h, "/v.txt")
        check(r.status == 200 and r.body == b"the second, longer version",
              "second version: %r" % r.body)
        check(r.header("Content-Length") == "26", "its length: %s" % r.header("Content-Length"))
        check(r.header("ETag") != etag, "a new ETag: %s" % r.header("ETag"))


def test_file_replaced_by_rename_is_served_fresh_after_the_interval(tmp):
    site = make_site(tmp)
    path = os.path.join(site, "r.txt")
    write(path, "old file")
    with host(tmp, site=site) as h:
        check(request(h, "/r.txt").body == b"old file", "old file served")
        write(path + ".new", "new file!", mtime_offset=5)
        os.replace(path + ".new", path)
        time.sleep(AFTER_INTERVAL)
        r = request(h, "/r.txt")
        check(r.status == 200 and r.body == b"new file!", "new file: %r" % r.body)


def test_deleted_file_is_404_after_the_interval(tmp):
    site = make_site(tmp)
    path = os.path.join(site, "d.txt")
    write(path, "here")
    with host(tmp, site=site) as h:
        check(request(h, "/d.txt").status == 200, "served while there")
        os.remove(path)
        time.sleep(AFTER_INTERVAL)
        check(request(h, "/d.txt").status == 404, "404 once deleted")
        write(path, "back again")
        r = request(h, "/d.txt")
        check(r.status == 200 and r.body == b"back again", "a missing name is not cached")


def open_files_below(pid, folder):
    """The files below folder that process pid holds open. Only those: the socket of the
    last connection may not be closed yet."""
    fds, below, held = "/proc/%d/fd" % pid, os.path.realpath(folder) + "/", []
    for fd in os.listdir(fds):
        try:
            target = os.readlink(os.path.join(fds, fd))
        except FileNotFoundError:  # closed since the listing
            continue
        if target.startswith(below):
            held.append(target)
    return held


@posix_only("counts the process's open descriptors in /proc")
def test_files_kept_open_are_bounded(tmp):
    site = make_site(tmp)
    names = ["f%03d.txt" % i for i in range(600)]
    for name in names:
        write(os.path.join(site, name), name)
    with host(tmp, site=site) as h:
        for name in names:
            r = request(h, "/" + name)
            check(r.status == 200 and r.body == name.encode(), "%s: %r" % (name, r.body))
        kept = len(open_files_below(h.proc.pid, site))
        # OPEN_FILE_CACHE_ENTRIES is 256: every file past that closed another.
        check(0 < kept <= 256, "%d files kept open" % kept)


if __name__ == "__main__":
    sys.exit(run(globals()))
