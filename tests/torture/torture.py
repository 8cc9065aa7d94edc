#!/usr/bin/env python3
"""tests/torture/torture.py - make check-torture: every program's fixtures,
mutated in a fixed, seeded way, run under the ASan+UBSan build.

For each program of PROGRAMS and each of its fixtures (tests/fixtures), a
fixed list of mutations (mutations.py: truncations in the first KiB, bit
flips, NUL bytes, a 1 MB field, huge numbers, 10,000 levels of nesting,
wrong types, duplicate keys, CRLF/LF mixes, BOMs, UTF-16) is written to a
file and the program run on it, with a timeout.  A run fails when

  - it exits other than 0, 1 or 2 (86/87: a sanitizer; a signal), or
  - a sanitizer report is on stderr, or it hangs (timeout), or
  - a rejected record is not in the --reject file (fewer lines there than
    records rejected), or has no "sdc-X: FILE:LINE:" message (FILE: for a
    whole-document or JSON-path position): fewer such messages than the
    summary's rejected count (and sdc-llm's failed sessions, which pass
    through), or exit 1 without anything rejected or failed, or
  - the counts do not add up (each program's own summary, -v), or the
    records written are not the lines on stdout, each one whole JSON.

    tests/torture/torture.py [--bin DIR] [--jobs N] [--only PROG] [-v]

sdc-push-syncro plans against tests/fakes/syncro_fake.py, started once on
127.0.0.1 for the whole run.

Prints one line per failure (program, fixture, mutation, what) and ends
with "torture: N runs, M failed"; exit 1 when M > 0.  A failing input is
kept in --keep DIR (default: the system temp dir) to rerun by hand.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mutations  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.path.join(TOP, "tests", "fixtures")
SEED = 20261203


def fx(*parts):
    return os.path.join(FIX, *parts)


def extra(s, name):
    return s["extra"].get(name, 0)


# Each program: its fixtures (each mutated in turn, with its kind for the
# mutations), the command for a mutated file IN, whether stdout is JSONL
# records (one per record written), and how its counts add up.
def sc2_counts(s):
    return s["read"] == s["rejected"] + extra(s, "filtered by process type") + \
        extra(s, "duplicates dropped") + extra(s, "rows in sessions")


def st_counts(s):
    return s["read"] == s["rejected"] + extra(s, "headers") + extra(s, "messages") + \
        extra(s, "duplicates") + extra(s, "skipped")


def merge_counts(s):
    merged = extra(s, "updated") + extra(s, "unchanged")
    kept, added = extra(s, "kept"), extra(s, "added")
    return s["read"] == s["rejected"] + kept + 2 * merged + added and \
        s["written"] == kept + merged + added


def read_counts(s):
    """Every record read is written or rejected (one in, one out)."""
    return s["read"] == s["written"] + s["rejected"]


def at_most(s):
    return s["rejected"] <= s["read"]


PROGRAMS = {
    "sdc-sc2jsonl": dict(
        fixtures=[("csv", fx("screenconnect", "spec-example.csv")),
                  ("csv", fx("screenconnect", "bad-rows.csv")),
                  ("json", fx("screenconnect", "getreport.json"))],
        cmd=lambda f: ["sdc-sc2jsonl", "-q", "-v", f],
        jsonl=True, counts=sc2_counts),
    "sdc-st2jsonl": dict(
        fixtures=[("jsonl", fx("sillytavern", "formats", "v1.15-iso.jsonl")),
                  ("jsonl", fx("sillytavern", "group", "2025-12-01@16h40m00s000ms.jsonl")),
                  ("jsonl", fx("sillytavern", "special", "bad-lines.jsonl"))],
        cmd=lambda f: ["sdc-st2jsonl", "-q", "-v", "--no-state", f],
        jsonl=True, counts=st_counts,
        # -v notes lines it skips on purpose at FILE:LINE; not rejections
        not_reject=re.compile(r": skipped ")),
    "sdc-notes2jsonl": dict(
        fixtures=[("json", fx("notes", "tricky.json")),
                  ("json", fx("notes", "notes.json"))],
        cmd=lambda f: ["sdc-notes2jsonl", "-q", "-v", f],
        jsonl=True, counts=at_most),
    "sdc-merge": dict(
        fixtures=[("jsonl", fx("merge", "store.jsonl")),
                  ("jsonl", fx("merge", "new.jsonl"))],
        # the mutated file plays its own part; the other is the fixture
        cmd=lambda f, orig=None: ["sdc-merge", "-q", "-v", f, fx("merge", "new.jsonl")]
        if orig.endswith("store.jsonl") else
        ["sdc-merge", "-q", "-v", fx("merge", "store.jsonl"), f],
        jsonl=True, counts=merge_counts),
    "sdc-group": dict(
        fixtures=[("jsonl", fx("report", "sample-sessions.jsonl")),
                  ("jsonl", fx("merge", "store.jsonl"))],
        cmd=lambda f: ["sdc-group", "-q", "-v", f],
        jsonl=True, counts=at_most),
    "sdc-report": dict(
        fixtures=[("jsonl", fx("report", "sample-workitems.jsonl")),
                  ("jsonl", fx("report", "sample-sessions.jsonl"))],
        # the format turns with the mutation: md, csv, html
        cmd=lambda f, orig=None, n=0: ["sdc-report", "-q", "-v",
                                       "--format", ("md", "csv", "html")[n % 3]] +
        (["--sessions", fx("report", "sample-sessions.jsonl"), f]
         if orig.endswith("workitems.jsonl") else
         ["--sessions", f, fx("report", "sample-workitems.jsonl")]),
        jsonl=False, counts=at_most),
    "sdc-link": dict(
        fixtures=[("jsonl", fx("link", "sessions.jsonl")),
                  ("json", fx("link", "customers.json"))],
        cmd=lambda f, orig=None: ["sdc-link", "-q", "-v", "--no-memory", "--no-llm",
                                  "--rules", "/dev/null"] +
        (["--customers", fx("link", "customers.json"), f]
         if orig.endswith("sessions.jsonl") else
         ["--customers", f, fx("link", "sessions.jsonl")]),
        jsonl=True, counts=read_counts),
    "sdc-llm": dict(
        fixtures=[("jsonl", fx("llm", "sessions.jsonl"))],
        cmd=lambda f: ["sdc-llm", "-v", "--model", "extractive", "--no-cache",
                       "title", "summary", "category", "notes", f],
        jsonl=True, counts=read_counts,
        # a session that fails passes through unchanged, said at FILE:LINE,
        # and makes the exit status 1 (sdc-llm(1)); its own summary counts them
        failed=re.compile(r"^sdc-llm: \d+ sessions: .*?(\d+) failed", re.M)),
    "sdc-fetch-syncro": dict(
        fixtures=[("json", fx("syncro", "rmm_tickets_response.json"))],
        cmd=lambda f: ["sdc-fetch-syncro", "-q", "-v", "--from-file", f, "tickets"],
        jsonl=True, counts=read_counts,
        # A saved response stands for the API's answer: one that is no
        # tickets list is an API failure, exit 3 (sdc-fetch-syncro(1)),
        # said at FILE.
        fatal=re.compile(r"^sdc-fetch-syncro: (\S+): not a saved tickets response: ", re.M)),
    "sdc-push-syncro": dict(
        fixtures=[("jsonl", fx("push", "workitems.jsonl")),
                  ("jsonl", fx("push", "sessions.jsonl"))],
        # the plan only (nothing is sent), against the Syncro fake
        cmd=lambda f, orig=None: ["sdc-push-syncro", "-q", "-v", "--base-url", SERVER["syncro"],
                                  "--rate", "60000", "--config", fx("push", "billing.json"),
                                  "--ledger", "ledger.jsonl", "--plan", "plan.jsonl",
                                  "--format", "ndjson"] +
        (["--sessions", fx("push", "sessions.jsonl"), f]
         if orig.endswith("workitems.jsonl") else
         ["--sessions", f, fx("push", "workitems.jsonl")]),
        env=dict(SYNCRO_API_KEY="T0a1b2c3d4e5f6-9f8e7d6c5b4a39281706",
                 SOURCE_DATE_EPOCH="1740787200"),
        server="syncro", jsonl=False, counts=at_most),
}

# Servers some programs talk to (127.0.0.1 fakes), started once: name -> URL.
SERVER = {}


def start_syncro(tmp):
    """tests/fakes/syncro_fake.py on the push fixtures' world; its URL."""
    with open(fx("push", "fake.json")) as f:
        script = json.load(f)
    script["store"] = os.path.join(tmp, "store.json")
    with open(os.path.join(tmp, "script.json"), "w") as f:
        json.dump(script, f)
    port = os.path.join(tmp, "port")
    proc = subprocess.Popen([sys.executable, os.path.join(TOP, "tests", "fakes", "syncro_fake.py"),
                             "--script", os.path.join(tmp, "script.json"),
                             "--log", os.path.join(tmp, "req.log"), "--port-file", port],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if os.path.exists(port) and os.path.getsize(port):
            break
        time.sleep(0.05)
    with open(port) as f:
        SERVER["syncro"] = "http://127.0.0.1:%s/api/v1" % f.read().strip()
    return proc


SUMMARY = re.compile(r"^(\S+): (\d+) read, (\d+) written, (\d+) rejected(.*)$")


def parse_summary(prog, err):
    for line in reversed(err.splitlines()):
        m = SUMMARY.match(line)
        if m and m.group(1) == prog:
            ex = {}
            for part in m.group(5).split(", ")[1:]:
                n, _, name = part.partition(" ")
                if n.isdigit():
                    ex[name] = int(n)
            return dict(read=int(m.group(2)), written=int(m.group(3)),
                        rejected=int(m.group(4)), extra=ex)
    return None


SANITIZER = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|"
                       r"SUMMARY: (Address|Undefined|Leak)")


def reject_lines(rej):
    try:
        with open(rej, "rb") as f:
            return f.read().count(b"\n")
    except FileNotFoundError:
        return 0


def judge(prog, spec, path, rc, out, err, rej):
    """What is wrong with one run, or None."""
    if rc is None:
        return "hang (timeout)"
    if SANITIZER.search(err):
        first = next(l for l in err.splitlines() if SANITIZER.search(l))
        return "sanitizer: " + first.strip()[:200]
    if rc == 3 and spec.get("fatal") and spec["fatal"].search(err):
        return None     # the program's documented fatal error, said
    if rc not in (0, 1, 2):
        return "exit %d" % rc
    if rc == 2:
        return None     # a usage or configuration error: nothing was read
    s = parse_summary(prog, err)
    if s is None:
        return "no summary line (-v)"
    head = "%s: %s:" % (prog, path)
    skip = spec.get("not_reject")
    msgs = sum(1 for l in err.splitlines()
               if l.startswith(head) and not (skip and skip.search(l[len(head):])))
    m = spec.get("failed") and spec["failed"].search(err)
    failed = int(m.group(1)) if m else 0
    if msgs < s["rejected"] + failed:
        return "%d rejected, %d failed, only %d FILE:LINE messages" % (
            s["rejected"], failed, msgs)
    if rc == 1 and s["rejected"] + failed == 0:
        return "exit 1 with nothing rejected"
    if rc == 0 and s["rejected"] > 0:
        return "exit 0 with %d rejected" % s["rejected"]
    kept = reject_lines(rej)
    if kept < s["rejected"]:
        return "%d rejected, only %d lines in the --reject file" % (s["rejected"], kept)
    if not spec["counts"](s):
        return "counts do not add up: %s" % err.splitlines()[-1]
    if spec["jsonl"]:
        return judge_jsonl(out, s["written"])
    return None


def judge_jsonl(out, written):
    """stdout is the records written: that many lines, each one JSON."""
    lines = out.split(b"\n")
    if lines.pop() != b"":
        return "stdout ends in a partial line"
    if len(lines) != written:
        return "%d written, %d lines on stdout" % (written, len(lines))
    for n, line in enumerate(lines, 1):
        try:
            json.loads(line)
        except ValueError:
            return "stdout line %d is not JSON" % n
    return None


def env_for(tmp):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SDC_", "ASAN_", "UBSAN_", "LSAN_"))}
    env.update(LC_ALL="C", TZ="UTC", HOME=tmp, XDG_CONFIG_HOME=tmp,
               XDG_STATE_HOME=tmp, XDG_CACHE_HOME=tmp,
               ASAN_OPTIONS="exitcode=86:detect_leaks=1",
               LSAN_OPTIONS="exitcode=86",
               UBSAN_OPTIONS="halt_on_error=1:exitcode=87:print_stacktrace=1")
    for k in ("SYNCRO_API_KEY", "OPENAI_API_KEY", "GEMINI_API_KEY", "ANTHROPIC_API_KEY"):
        env.pop(k, None)
    return env


def command(spec, path, orig, n):
    cmd = spec["cmd"]
    names = cmd.__code__.co_varnames[:cmd.__code__.co_argcount]
    kw = {}
    if "orig" in names:
        kw["orig"] = orig
    if "n" in names:
        kw["n"] = n
    return cmd(path, **kw)


def run_one(job, bindir, timeout, keep):
    prog, spec, kind, orig, n, mname, data = job
    tmp = tempfile.mkdtemp(prefix="sdc-torture-")
    try:
        path = os.path.join(tmp, "in" + os.path.splitext(orig)[1])
        with open(path, "wb") as f:
            f.write(data)
        argv = command(spec, path, orig, n)
        rej = os.path.join(tmp, "rejected")
        argv[0:1] = [os.path.join(bindir, argv[0]), "--reject", rej]
        t0 = time.monotonic()
        try:
            env = env_for(tmp)
            env.update(spec.get("env", {}))
            p = subprocess.run(argv, cwd=tmp, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=timeout)
            rc, out, err = p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            rc, out, err = None, b"", ""
        secs = time.monotonic() - t0
        why = judge(prog, spec, path, rc, out, err, rej)
        if why:
            kept = os.path.join(keep, "%s-%s-%s" % (prog, os.path.basename(orig), mname))
            shutil.copyfile(path, kept)
            why = "%s (input kept: %s)" % (why, kept)
        return prog, orig, mname, why, secs, rc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def jobs_for(only):
    for prog, spec in PROGRAMS.items():
        if only and prog not in only:
            continue
        for kind, orig in spec["fixtures"]:
            with open(orig, "rb") as f:
                base = f.read()
            for n, (mname, data) in enumerate(mutations.mutate(base, kind, SEED, orig)):
                yield (prog, spec, kind, orig, n, mname, data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(TOP, "bin", ".sanitize"))
    ap.add_argument("--jobs", type=int, default=int(os.environ.get("TORTURE_JOBS", "2")))
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--only", action="append", help="a program (repeatable)")
    ap.add_argument("--keep", default=tempfile.gettempdir())
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    a.bin = os.path.abspath(a.bin)
    for prog in (a.only or PROGRAMS):
        if prog not in PROGRAMS:
            ap.error("no such program: %s" % prog)
        if not os.access(os.path.join(a.bin, prog), os.X_OK):
            print("torture: %s/%s: not built (make check-sanitize builds it)" % (a.bin, prog),
                  file=sys.stderr)
            return 2
    t0 = time.monotonic()
    runs = failed = 0
    per = {}
    servers, stmp = [], tempfile.mkdtemp(prefix="sdc-torture-servers-")
    if any(PROGRAMS[p].get("server") == "syncro" for p in (a.only or PROGRAMS)):
        servers.append(start_syncro(stmp))
    try:
        runs, failed = run_all(a, per)
    finally:
        for proc in servers:
            proc.terminate()
            proc.wait()
        shutil.rmtree(stmp, ignore_errors=True)
    for p, codes in per.items():    # what the runs ended with: a check of the check
        print("torture: %s: %d runs, exit %s" % (p, sum(codes.values()), ", ".join(
            "%s %d" % ("timeout" if c is None else c, n) for c, n in sorted(
                codes.items(), key=lambda x: -1 if x[0] is None else x[0]))))
    print("torture: %d runs, %d failed (%.0f s, %d jobs)" % (runs, failed,
                                                            time.monotonic() - t0, a.jobs))
    return 1 if failed else 0


def run_all(a, per):
    runs = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        futs = [pool.submit(run_one, j, a.bin, a.timeout, a.keep) for j in jobs_for(a.only)]
        for fut in futs:
            prog, orig, mname, why, secs, rc = fut.result()
            runs += 1
            per.setdefault(prog, {})
            per[prog][rc] = per[prog].get(rc, 0) + 1
            if why:
                failed += 1
                print("FAIL %s %s %s: %s" % (prog, os.path.relpath(orig, FIX), mname, why))
            elif a.verbose:
                print("ok   %s %s %s %.2fs" % (prog, os.path.relpath(orig, FIX), mname, secs))
    return runs, failed


if __name__ == "__main__":
    sys.exit(main())
