#!/usr/bin/env python3
"""flag-table.py [--check]: writes w3host's flag tables into host/README.md, between
<!-- flags:begin --> and <!-- flags:end -->, from host/src/flags.def (the list --help
prints). With --check, writes nothing and fails if the README is not what it would write
(make test runs it; `make flag-table` updates the README)."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEF = os.path.join(ROOT, "host", "src", "flags.def")
README = os.path.join(ROOT, "host", "README.md")
BEGIN, END = "<!-- flags:begin -->", "<!-- flags:end -->"
STRING = r'"((?:[^"\\]|\\.)*)"'


def entries(kind, count):
    pattern = r"^%s\(%s\)\s*$" % (kind, r",\s*".join([STRING] * count))
    return re.findall(pattern, open(DEF).read(), re.M)


def table():
    lines = ["| flag | meaning | default |", "|---|---|---|"]
    for name, value, meaning, default in entries("FLAG", 4):
        flag = "`%s%s`" % (name, " " + value if value else "")
        lines.append("| %s | %s | %s |" % (flag, meaning, default))
    lines += ["", "IIS Express's flags (`/name:value`, any case) are taken as these:", "",
              "| IIS Express | w3host | meaning |", "|---|---|---|"]
    for name, flag, meaning in entries("IIS_EXPRESS", 3):
        lines.append("| `%s` | %s | %s |" % (name, "`%s`" % flag if flag else "ignored", meaning))
    return "\n".join(lines) + "\n"


def main():
    text = open(README).read()
    if BEGIN not in text or END not in text:
        print("flag-table: %s has no %s ... %s" % (README, BEGIN, END), file=sys.stderr)
        return 1
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    wanted = head + BEGIN + "\n" + table() + END + tail
    if "--check" in sys.argv[1:]:
        if wanted != text:
            print("flag-table: host/README.md's flag table is not flags.def's; "
                  "run `make flag-table`", file=sys.stderr)
            return 1
        print("flag-table: host/README.md lists every flag of flags.def")
        return 0
    with open(README, "w") as f:
        f.write(wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
