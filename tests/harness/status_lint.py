#!/usr/bin/env python3
"""status_lint.py - every `run` in a bats test is followed by a check of
$status before the next `run` or the end of the test, and no program's
exit status is lost in a pipe inside `bash -c` or to `|| true`.

    status_lint.py FILE.bats...    prints FILE:LINE: reason, exit 1 if any
"""
import re
import sys

RUN = re.compile(r'^\s*(!\s*)?run\b(?!_)')
STATUS = re.compile(r'\$\{?status\b|assert_(success|failure)')
PIPE_IN_C = re.compile(r'''\brun\b.*\bbash -c\b.*['"].*\|(?!\|)''')
OR_TRUE = re.compile(r'\|\|\s*true\b')


def check(path):
    bad = []
    lines = open(path, encoding="utf-8").read().split("\n")
    in_test, pending = False, None
    for n, line in enumerate(lines, 1):
        if line.startswith("@test "):
            in_test, pending = True, None
            continue
        if in_test and line.startswith("}"):
            if pending:
                bad.append((pending, "run without a check of $status"))
            in_test, pending = False, None
            continue
        if not in_test:
            continue
        if RUN.match(line):
            if pending:
                bad.append((pending, "run without a check of $status"))
            pending = n
            if PIPE_IN_C.search(line) and "PIPESTATUS" not in line and "pipefail" not in line:
                bad.append((n, "a pipe inside bash -c loses the program's exit status (use set -o pipefail)"))
        if STATUS.search(line) and not RUN.match(line):
            pending = None
        # (a killed process's status is known; cleanup may fail harmlessly)
        if OR_TRUE.search(line) and not re.search(r'\b(kill|wait|rm|command -v)\b', line):
            bad.append((n, "|| true hides an exit status"))
    return ["%s:%d: %s" % (path, n, why) for n, why in bad]


def main():
    out = [b for p in sys.argv[1:] for b in check(p)]
    for b in out:
        print(b)
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
