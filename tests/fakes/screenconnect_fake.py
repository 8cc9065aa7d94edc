#!/usr/bin/env python3
"""screenconnect_fake.py - a loopback fake ScreenConnect report service.

    screenconnect_fake.py --script S.json --log REQ.log --port-file PORT
                          [--dump ROWS.json]

Listens on 127.0.0.1 (a port the kernel picks, written to --port-file once
it accepts connections) and serves until killed.  Shapes follow the research
note shared/spec/sources/screenconnect.md:

  POST /App_Extensions/{guid}/Service.ashx/GetReport          (§6, §9)
       body [{"ReportType", "SelectFieldNames", "FilterExpression",
              "ItemLimit"}]
  POST /App_Extensions/{guid}/ReportService.ashx/GenerateReportForAutomate
       body [reportType, groupFields, selectFields, filter, aggregate, limit]
  answer {"FieldNames": [...], "Items": [[...], ...]}, at most ItemLimit
  items, in no particular order (the real engine promises none, §3.8).

The filter is evaluated, not pattern-matched: field = 'x' (case-insensitive,
like the server's SQL collation), <> < > <= >= on times (literals
'YYYY-MM-DD HH:MM:SS' or ISO 8601, UTC), LIKE with % and _, IS [NOT] NULL,
NOT, AND, OR, parentheses.  A literal ends at the next quote: there is no
escape, so a quote smuggled into a literal changes the expression (which is
what the injection test looks for).  A filter it cannot parse is a 500.

The script (JSON) is re-read whenever its file changes:
  "secret":   the CTRLAuthHeader (or CWAIKToken) value; absent = no check
  "guid":     the GetReport extension (default 2d558935-...-07539f5fe749)
  "origin":   when set, requests must carry this Origin (else 403)
  "rows":     a list of row objects {FieldName: value}, and/or
  "generate": {"n": 10000, "guests": 0, "seed": 1, "start": ISO, "days": 30,
               "open": 0, "shape": "uniform"}  generated Host rows (plus
               Guest rows), "open" of them still connected, spread evenly or
               ("workday") over 08:00-18:00 on weekdays; deterministic
  "open_as":  how an open DisconnectedTime is sent: null (default), "",
              "0001-01-01T00:00:00", or "missing" (the item is cut short)
  "max_limit": the server's own cap on ItemLimit
  "delay":    seconds to wait before every answer
  "faults":   a list; the first that matches answers the request:
      {"after": 0, "times": 1, "status": 500, "body": "text or JSON",
       "delay": 5, "truncate": true, "html": true}

Every request is appended to --log as one JSON line: {"t", "method", "path",
"headers", "body", "status", "rows"}.  --dump writes the world's rows.
"""

import argparse
import datetime as dt
import functools
import json
import os
import random
import re
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GUID = "2d558935-686a-4bd0-9991-07539f5fe749"
AUTOMATE = "fc234f0e-2e8e-4a1f-b977-ba41b14031f7"
FIELDS = ["ProcessType", "SessionSessionType", "SessionName",
          "ParticipantName", "ConnectedTime", "DisconnectedTime",
          "DurationSeconds", "ConnectionID", "SessionSessionID",
          "SessionCustomProperty1", "ClientType", "NetworkAddress"]
TIME_FIELDS = {"connectedtime", "disconnectedtime"}
LOGIN = ("<!DOCTYPE html><html><head><title>Login</title></head><body>"
         "<h1>ScreenConnect</h1><form>Log in</form></body></html>")


def iso7(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (t.microsecond * 10)


@functools.lru_cache(maxsize=None)
def parse_time(s):
    if s is None or s == "":
        return None
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)"
                 r"(?:\.(\d+))?)?Z?$", s.strip())
    if not m:
        raise ValueError("not a time literal: %r" % s)
    y, mo, d, h, mi = (int(x) for x in m.groups()[:5])
    sec = int(m.group(6) or 0)
    frac = (m.group(7) or "0")[:6].ljust(6, "0")
    if y < 1970:
        return None
    return dt.datetime(y, mo, d, h, mi, sec, int(frac))


def generate(g):
    rnd = random.Random(g.get("seed", 1))
    start = parse_time(g.get("start", "2024-12-01T00:00:00Z"))
    days = g.get("days", 30)
    people = ["jdoe", "asmith", "O'Brien, Pat", "lee"]
    firms = ["Acme Dental, LLC", "Beta Wellness Group", "Innovatech Services"]
    rows = []
    total = g.get("n", 100) + g.get("guests", 0)
    for i in range(total):
        t = start + dt.timedelta(seconds=rnd.randrange(days * 86400),
                                 microseconds=rnd.randrange(1000000))
        if g.get("shape") == "workday":
            # Working hours on weekdays only: windows must adapt.
            day = rnd.randrange(days)
            while (start + dt.timedelta(days=day)).weekday() >= 5:
                day = rnd.randrange(days)
            t = start + dt.timedelta(days=day, hours=8,
                                     seconds=rnd.randrange(36000),
                                     microseconds=rnd.randrange(1000000))
        dur = rnd.randrange(30, 7200)
        host = i < g.get("n", 100)
        rows.append({
            "ProcessType": "Host" if host else "Guest",
            "SessionSessionType": rnd.choice(["Access", "Support"]),
            "SessionName": "PC-%03d" % rnd.randrange(500),
            "ParticipantName": rnd.choice(people) if host else "",
            "ConnectedTime": iso7(t),
            "DisconnectedTime": iso7(t + dt.timedelta(seconds=dur)),
            "DurationSeconds": dur,
            "ConnectionID": str(uuid.UUID(int=rnd.getrandbits(128))),
            "SessionSessionID": str(uuid.UUID(int=rnd.getrandbits(128))),
            "SessionCustomProperty1": rnd.choice(firms),
            "ClientType": "DotNetWinForms",
            "NetworkAddress": "198.51.100.%d" % rnd.randrange(256),
        })
    for r in rows[:g.get("open", 0)]:
        r["DisconnectedTime"] = None
        r["DurationSeconds"] = None
    return rows


# --- the filter language subset -------------------------------------------

TOKEN = re.compile(r"\s*(?:(?P<str>'[^']*')|(?P<num>-?\d+(?:\.\d+)?)|"
                   r"(?P<op><>|!=|<=|>=|=|<|>|\(|\))|(?P<word>[A-Za-z_]\w*))")


def tokenize(s):
    pos, out = 0, []
    while pos < len(s):
        if s[pos:].strip() == "":
            break
        m = TOKEN.match(s, pos)
        if not m:
            raise ValueError("unexpected %r" % s[pos:pos + 10])
        pos = m.end()
        kind = m.lastgroup
        text = m.group(kind)
        if kind == "str":
            out.append(("lit", text[1:-1]))
        elif kind == "num":
            out.append(("lit", float(text)))
        elif kind == "word" and text.upper() in ("AND", "OR", "NOT", "LIKE",
                                                  "IS", "NULL"):
            out.append((text.upper(), text))
        else:
            out.append((kind, text))
    return out


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("end", "")

    def take(self, kind=None):
        t = self.peek()
        if kind and t[0] != kind and t[1] != kind:
            raise ValueError("expected %s, found %r" % (kind, t[1]))
        self.i += 1
        return t

    def parse(self):
        e = self.expr()
        if self.peek()[0] != "end":
            raise ValueError("trailing %r" % self.peek()[1])
        return e

    def expr(self):
        e = self.conj()
        while self.peek()[0] == "OR":
            self.take()
            e = ("or", e, self.conj())
        return e

    def conj(self):
        e = self.unary()
        while self.peek()[0] == "AND":
            self.take()
            e = ("and", e, self.unary())
        return e

    def unary(self):
        if self.peek()[0] == "NOT":
            self.take()
            return ("not", self.unary())
        if self.peek()[1] == "(":
            self.take("(")
            e = self.expr()
            self.take(")")
            return e
        field = self.take("word")[1].lower()
        t = self.take()
        if t[0] == "IS":
            neg = self.peek()[0] == "NOT"
            if neg:
                self.take()
            self.take("NULL")
            return ("null", field, neg)
        if t[0] == "LIKE":
            return ("like", field, self.take("lit")[1])
        if t[0] != "op" or t[1] in "()":
            raise ValueError("expected an operator after %s" % field)
        return ("cmp", t[1], field, self.take("lit")[1])


def value_of(row, field):
    for k, v in row.items():
        if k.lower() == field:
            return v
    raise ValueError("unknown field %s" % field)


def compare(op, a, b, field):
    if a is None:
        return False
    if field in TIME_FIELDS:
        a, b = parse_time(a), parse_time(str(b))
        if a is None or b is None:
            return False
    elif isinstance(b, str):
        a, b = str(a).lower(), b.lower()
    return {"=": a == b, "<>": a != b, "!=": a != b, "<": a < b,
            ">": a > b, "<=": a <= b, ">=": a >= b}[op]


def evaluate(e, row):
    kind = e[0]
    if kind == "and":
        return evaluate(e[1], row) and evaluate(e[2], row)
    if kind == "or":
        return evaluate(e[1], row) or evaluate(e[2], row)
    if kind == "not":
        return not evaluate(e[1], row)
    if kind == "null":
        v = value_of(row, e[1])
        return (v is not None and v != "") if e[2] else (v is None or v == "")
    if kind == "like":
        v = value_of(row, e[1])
        pat = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c)
                      for c in str(e[2]))
        return v is not None and re.fullmatch(pat, str(v), re.S | re.I) is not None
    return compare(e[1], value_of(row, e[2]), e[3], e[2])


# --- the server -------------------------------------------------------------

class World:
    def __init__(self, path):
        self.path = path
        self.mtime = None
        self.script = {}
        self.rows = []
        self.fired = {}
        self.lock = threading.Lock()

    def refresh(self):
        st = os.stat(self.path)
        if st.st_mtime_ns == self.mtime:
            return
        with open(self.path) as fp:
            self.script = json.load(fp)
        self.mtime = st.st_mtime_ns
        self.rows = list(self.script.get("rows", []))
        if "generate" in self.script:
            self.rows += generate(self.script["generate"])
        self.fired = {}


def make_handler(world, log):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def send(self, status, body, ctype="application/json",
                 truncate=False):
            data = body if isinstance(body, bytes) else body.encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype + "; charset=utf-8")
            self.send_header("Content-Length",
                             str(len(data) + (100 if truncate else 0)))
            self.end_headers()
            self.wfile.write(data)
            if truncate:
                self.wfile.flush()
                self.close_connection = True

        def record(self, status, body, nrows):
            with world.lock, open(log, "a") as fp:
                fp.write(json.dumps({
                    "t": time.time(), "method": self.command,
                    "path": self.path, "headers": dict(self.headers),
                    "body": body, "status": status, "rows": nrows}) + "\n")

        def fault(self):
            for i, f in enumerate(world.script.get("faults", [])):
                n = world.fired.get(i, 0)
                world.fired[i] = n + 1
                if n < f.get("after", 0):
                    continue
                if "times" in f and n >= f.get("after", 0) + f["times"]:
                    continue
                return f
            return None

        def answer_fault(self, f, body):
            time.sleep(f.get("delay", 0))
            if f.get("html"):
                self.record(200, body, None)
                return self.send(200, LOGIN, "text/html")
            b = f.get("body", "")
            b = b if isinstance(b, str) else json.dumps(b)
            self.record(f.get("status", 200), body, None)
            self.send(f.get("status", 200), b,
                      "application/json" if b[:1] in "{[" else "text/plain",
                      truncate=f.get("truncate", False))

        def do_POST(self):
            n = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(n).decode("utf-8", "replace")
            try:
                body = json.loads(raw)
            except ValueError:
                body = raw
            with world.lock:
                world.refresh()
                s = world.script
                f = self.fault()
            time.sleep(s.get("delay", 0))
            if f:
                return self.answer_fault(f, body)
            status, answer, nrows = self.report(s, body)
            self.record(status, body, nrows)
            if isinstance(answer, str):
                return self.send(status, answer, "text/plain")
            self.send(status, json.dumps(answer))

        def report(self, s, body):
            m = re.match(r"^/App_Extensions/([^/]+)/(Service|ReportService)"
                         r"\.ashx/(\w+)$", self.path)
            secret = s.get("secret")
            got = self.headers.get("CTRLAuthHeader") or \
                self.headers.get("CWAIKToken")
            if secret is not None and got != secret:
                return 401, "Unauthorized", None
            if s.get("origin") and self.headers.get("Origin") != s["origin"]:
                return 403, "Origin not allowed", None
            if not m:
                return 404, "Not found", None
            guid, svc, method = m.groups()
            if (svc, method, guid) == ("Service", "GetReport",
                                       s.get("guid", GUID)):
                args = self.getreport_args(body)
            elif (svc, method, guid) == ("ReportService",
                                         "GenerateReportForAutomate",
                                         AUTOMATE):
                args = self.automate_args(body)
            else:
                return 500, "Web method does not exist", None
            if isinstance(args, str):
                return 500, args, None
            return self.run_report(s, *args)

        def getreport_args(self, body):
            if not (isinstance(body, list) and len(body) == 1 and
                    isinstance(body[0], dict)):
                return "Invalid JSON primitive"
            o = body[0]
            known = {"ReportType", "SelectFieldNames", "FilterExpression",
                     "ItemLimit", "GroupFieldNames",
                     "AggregateFilterExpression"}
            for k in o:
                if k not in known:
                    return "Unknown parameter: %s" % k
            return (o.get("ReportType"), o.get("SelectFieldNames") or FIELDS,
                    o.get("FilterExpression") or "", o.get("ItemLimit"))

        def automate_args(self, body):
            if not (isinstance(body, list) and len(body) == 6):
                return "Invalid JSON primitive"
            return (body[0], body[2] or FIELDS, body[3] or "", body[5])

        def run_report(self, s, rtype, fields, flt, limit):
            if rtype != "SessionConnection":
                return 500, "Unknown report type: %s" % rtype, None
            for f in fields:
                if f not in FIELDS:
                    return 500, "Unknown field: %s" % f, None
            try:
                e = Parser(flt).parse() if flt.strip() else None
                rows = [r for r in world.rows if e is None or evaluate(e, r)]
            except ValueError as err:
                return 500, "Filter parse error: %s" % err, None
            if s.get("open_as") == "missing" and "DisconnectedTime" in fields:
                # Open rows' items end before DisconnectedTime.
                fields = [f for f in fields if f != "DisconnectedTime"] + \
                    ["DisconnectedTime"]
            random.Random(len(rows)).shuffle(rows)
            if s.get("max_limit"):
                limit = min(limit or s["max_limit"], s["max_limit"])
            if limit:
                rows = rows[:limit]
            return 200, {"FieldNames": fields,
                         "Items": [self.item(s, r, fields) for r in rows]}, \
                len(rows)

        def item(self, s, r, fields):
            out = [r.get(f) for f in fields]
            open_as = s.get("open_as")
            if r.get("DisconnectedTime") is None and \
                    "DisconnectedTime" in fields:
                k = fields.index("DisconnectedTime")
                if open_as == "missing":
                    return out[:k]
                out[k] = open_as
            return out

    return Handler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--script", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--dump")
    a = ap.parse_args()
    world = World(a.script)
    world.refresh()
    if a.dump:
        with open(a.dump, "w") as fp:
            json.dump(world.rows, fp)
    srv = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(world, a.log))
    srv.daemon_threads = True
    tmp = a.port_file + ".tmp"
    with open(tmp, "w") as fp:
        fp.write(str(srv.server_address[1]))
    os.rename(tmp, a.port_file)
    srv.serve_forever()


if __name__ == "__main__":
    main()
