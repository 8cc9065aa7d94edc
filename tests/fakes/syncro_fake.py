#!/usr/bin/env python3
"""syncro_fake.py - a loopback fake of the Syncro RMM API v1 for tests.

    syncro_fake.py --script S.json --log REQ.log --port-file PORT [--ready FILE]

Listens on 127.0.0.1, port 0 (the kernel picks a free one), writes the
port number to --port-file once it accepts connections, and serves until
killed.  Responses follow the shapes of Syncro's OpenAPI description
(shared/spec/sources/syncro-openapi.json) and the research note
syncro-api.md: {"tickets": [...], "meta": {"total_pages", "page"}} and so on.

The script (JSON) is re-read whenever its file changes, so a test can change
the world between two runs of the client:

  "key":        accepted API token; sent raw, as "Bearer T", or ?api_key=T.
                Absent: no authentication.
  "tickets":    a count of generated tickets, or a list of ticket objects
  "ticket_page_size": 25 (tickets have no per_page in the spec)
  "updated":    {"<ticket id>": "<updated_at>"} overrides for generated ones
  "comments_per_ticket": 0, "comment_page_size": 10 (per_page honoured
                up to "comment_page_max", 100)
  "no_meta":    true: list answers without "meta" (one page)
  "total_pages": a lie told in every meta (the client must stop at an
                empty page)
  "page_loop":  true: page= is ignored, every list answers its page 1
  "infinite_pages": true: the tickets list never ends: page N holds
                tickets generated for it, meta claims 10^9 pages
  "customers":  a count; "customer_page_size": 25
  "customer_names": business names of the first customers, in order (a
                README example links real sample names)
  "contacts_per_customer": 2; "contact_page_size": 50
  "assets_per_customer": 0; "asset_page_size": 25 (GET /customer_assets,
                items under "assets", each with its customer_id)
  "delay":      seconds to wait before every answer
  "faults":     a list; the first that matches a request answers it:
      {"path": "/tickets", "page": "3", "query": {"k": "v"},
       "after": 0,            skip the first N matching requests
       "times": 1,            then fire N times (absent = always)
       "status": 429, "headers": {...}, "body": <string or JSON value>,
       "retry_after": "1",    adds a Retry-After header
       "delay": 5,            sleep before answering (beyond a timeout)
       "truncate": true,      Content-Length larger than the body, then close
       "reset": true,         close the connection without an answer
       "html": true,          200 with an HTML page (a proxy's)
       "echo_key": true}      the body quotes the Authorization header
                              and api_key it got (a careless server's 401)

Ticket time (sdc-push-syncro), see PushStore below:
  "users":      [[id, "name"], ...] for GET /users (the OpenAPI shape)
  "timer_page_size": 25 for GET /ticket_timers
  "epoch":      changing it empties the store (a fresh Syncro)
  "store":      a file where the created tickets and timers are written
                (JSON) after every change, for the test to read
  "write_fault": {"nth": N, "mode": "fail" | "stall_before" |
                "stall_after", "status": 500, "seconds": 30}: the N-th
                write (POST/PUT of a ticket or timer; 1-based) answers
                status without storing (fail), or hangs before storing,
                or stores and then hangs (a client killed there has
                posted without knowing it)
  GET /tickets?customer_id=N lists that customer's tickets (scripted and
  created ones); POST /tickets creates one; POST
  /tickets/{id}/timer_entry, PUT /tickets/{id}/update_timer_entry, POST
  .../delete_timer_entry and .../charge_timer_entry work on the stored
  timers; bodies are checked against the types of Syncro's OpenAPI
  description (422 on a wrong type or a missing start_at, 404 on an
  unknown ticket or timer_entry_id).

For the HTTP layer's own tests: any method on /echo answers
{"method", "query", "headers", "body"}; GET /big?n=N answers N bytes.

Every request is appended to --log as one JSON line:
  {"t": unix time, "method", "path", "query": {k: v}, "headers": {k: v},
   "status"}
"""

import argparse
import datetime as dt
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

BASE = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
NOT_AUTHORIZED = {"error": "Not authorized. Please ask account admin to "
                           "update your group permissions."}
NOT_FOUND = {"message": "Not found"}


def iso(t):
    return t.isoformat(timespec="milliseconds")


def parse_time(s):
    s = s.strip().replace("Z", "+00:00")
    t = dt.datetime.fromisoformat(s)
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t


def gen_comment(tid, j):
    """Comment j (1-based) of ticket tid; kinds rotate so every type occurs."""
    created = BASE + dt.timedelta(days=tid - 1000, minutes=10 * j)
    kind = j % 4
    return {
        "id": tid * 100 + j, "ticket_id": tid,
        "subject": "Update" if j > 1 else "Initial Issue",
        "body": "Comment %d on ticket %d." % (j, tid),
        "tech": "Tech %d" % (j % 3), "created_at": iso(created),
        "updated_at": iso(created + dt.timedelta(seconds=5)),
        "hidden": kind == 3, "user_id": 101200 + j % 3,
        "sms_body": "sms %d" % j if kind == 1 else "",
        "destination_emails": "c%d@example.com, " % tid if kind == 2 else None,
        "email_sender": None, "is_rich_text": False, "user": {},
    }


def gen_ticket(i, updated, ncomments):
    tid = 1000 + i
    created = BASE + dt.timedelta(days=i)
    upd = updated.get(str(tid)) or iso(created + dt.timedelta(minutes=30))
    first = [gen_comment(tid, 1)] if ncomments else []
    return {
        "id": tid, "number": i, "subject": "Ticket %d: printer offline" % i,
        "created_at": iso(created), "customer_id": 18000000 + i % 7,
        "customer_business_then_name": "Customer %d" % (i % 7),
        "due_date": None, "resolved_at": None, "start_at": None,
        "end_at": None, "location_id": None, "location_name": None,
        "problem_type": "Remote Support", "status": "In Progress",
        "ticket_type_id": None, "ticket_type_name": None, "properties": {},
        "user_id": 101202, "updated_at": upd, "pdf_url": None,
        "priority": "2 Normal", "billing_status": None,
        "tag_list": ["t%d" % (i % 3)], "sla_name": None,
        "creator_name_or_email": "Creator %d" % (i % 5),
        "contact_fullname": "Contact %d" % i, "contract_name": None,
        "address_id": None, "parent": False, "parent_id": None,
        "child": False, "recurring": False, "customer_reply": False,
        "total_formatted_billable_time": None, "contact_id": 1750000 + i,
        "sla_breached": False, "sla_breaching_soon": False,
        "contract_id": None, "sla_id": None, "customer_tag_list": [],
        "resolution_time": None, "response_time": None,
        "customer_icons": [], "comments": first, "user": None,
    }


# Where the test customers are (Syncro's address fields): one in four has
# none, as a customer entered without an address.
TOWNS = [None, ("Durban", "KZN", "4001"), ("Pretoria", "GP", "0002"),
         ("East London", "EC", "5201")]


def gen_customer(i, ncontacts):
    cid = 18000000 + i
    business = None if i % 5 == 0 else "Business %d" % i
    contacts = [gen_contact(cid, k) for k in range(1, ncontacts + 1)]
    town = TOWNS[i % 4]
    city, state, zipcode = town or (None, None, None)
    return {
        "id": cid, "firstname": "First%d" % i, "lastname": "Last%d" % i,
        "fullname": "First%d Last%d" % (i, i), "business_name": business,
        "email": "c%d@example.com" % i, "phone": None, "mobile": None,
        "created_at": iso(BASE), "updated_at": iso(BASE), "pdf_url": None,
        "address": town and "%d Main Road" % i, "address_2": None,
        "city": city, "state": state, "zip": zipcode,
        "latitude": None, "longitude": None, "notes": None,
        "get_sms": False, "opt_out": False, "disabled": False,
        "no_email": False, "location_name": None, "location_id": None,
        "properties": {}, "online_profile_url": None, "tax_rate_id": None,
        "notification_email": None, "invoice_cc_emails": None,
        "invoice_term_id": None, "referred_by": None, "ref_customer_id": None,
        "business_and_full_name": business or "First%d Last%d" % (i, i),
        "business_then_name": business or "First%d Last%d" % (i, i),
        # The list embeds at most the first contact; /contacts has all.
        "contacts": contacts[:1],
    }


def gen_contact(cid, k):
    return {
        "id": cid * 10 + k, "name": "Person %d-%d" % (cid % 1000, k),
        "address1": None, "address2": None, "city": None, "state": None,
        "zip": None, "email": "p%d.%d@example.com" % (cid % 1000, k),
        "phone": None, "mobile": None, "latitude": None, "longitude": None,
        "customer_id": cid, "account_id": 62302, "notes": None,
        "created_at": iso(BASE), "updated_at": iso(BASE), "vendor_id": None,
        "properties": {}, "opt_out": False, "extension": None,
    }


def gen_asset(cid, k):
    # The shape of the customer_assets example in syncro-openapi.json.
    return {
        "id": cid * 100 + k, "name": "WS-%d-%d" % (cid % 1000, k),
        "customer_id": cid, "contact_id": None, "created_at": iso(BASE),
        "updated_at": iso(BASE), "properties": {}, "asset_type": "Desktop",
        "asset_serial": "SN%d%d" % (cid, k), "external_rmm_link": None,
        "rmm_links": [],
    }


class World:
    """The script and what it generates, reloaded when the file changes."""

    def __init__(self, path):
        self.path = path
        self.mtime = None
        self.lock = threading.Lock()
        self.fired = {}
        self.load()

    def load(self):
        st = os.stat(self.path)
        if (st.st_mtime_ns, st.st_size) == self.mtime:
            return
        with open(self.path) as f:
            s = json.load(f)
        self.mtime = (st.st_mtime_ns, st.st_size)
        self.script = s
        self.fired = {}
        nc = s.get("comments_per_ticket", 0)
        t = s.get("tickets", 0)
        if isinstance(t, int):
            upd = s.get("updated", {})
            t = [gen_ticket(i, upd, nc) for i in range(1, t + 1)]
        self.tickets = t
        nk = s.get("contacts_per_customer", 2)
        self.customers = [gen_customer(i, nk)
                          for i in range(1, s.get("customers", 0) + 1)]
        for c, name in zip(self.customers, s.get("customer_names", [])):
            c["business_name"] = name
        self.assets = [gen_asset(c["id"], k) for c in self.customers
                       for k in range(1, s.get("assets_per_customer", 0) + 1)]
        self.contacts = [gen_contact(c["id"], k) for c in self.customers
                         for k in range(1, nk + 1)]

    def fault(self, path, query):
        for n, f in enumerate(self.script.get("faults", [])):
            if f.get("path", path) != path:
                continue
            if "page" in f and query.get("page", "1") != str(f["page"]):
                continue
            if any(query.get(k) != v for k, v in f.get("query", {}).items()):
                continue
            seen = self.fired.get(n, 0)
            self.fired[n] = seen + 1
            if seen < f.get("after", 0):
                continue
            if "times" in f and seen >= f.get("after", 0) + f["times"]:
                continue
            return f
        return None


def paged(items, key, query, size, meta_extra, script):
    page = max(1, int(query.get("page", "1") or 1))
    if script.get("page_loop"):
        page = 1
    total = max(1, (len(items) + size - 1) // size)
    body = {key: items[(page - 1) * size:page * size],
            "meta": {"total_pages": script.get("total_pages", total),
                     "page": page}}
    if meta_extra:
        body["meta"].update(total_entries=len(items), per_page=size)
    if script.get("no_meta"):
        del body["meta"]
    return body


def authorized(key, headers, query):
    if key is None:
        return True
    a = headers.get("Authorization", "").strip()
    scheme, _, token = a.partition(" ")
    if a == key or (scheme.lower() == "bearer" and token.strip() == key):
        return True
    return query.get("api_key") == key


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def record(self, status):
        u = urlsplit(self.path)
        line = {"t": self.t0, "method": self.command, "path": u.path,
                "query": dict(parse_qsl(u.query, keep_blank_values=True)),
                "headers": dict(self.headers.items()), "status": status}
        with self.server.log_lock:
            self.server.log.write(json.dumps(line) + "\n")
            self.server.log.flush()

    def send(self, status, body, headers=None, ctype="application/json"):
        if not isinstance(body, (str, bytes)):
            body = json.dumps(body)
        if isinstance(body, str):
            body = body.encode()
        self.record(status)
        self.send_response(status)
        self.send_header("Content-Type", ctype + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Request-Id", "fake-%d" % time.monotonic_ns())
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    posted = b""  # the body of the request being answered

    def do_POST(self):
        self.posted = self.rfile.read(int(self.headers.get(
            "Content-Length") or 0))
        try:
            self.do_GET()
        finally:
            self.posted = b""

    do_PUT = do_DELETE = do_POST

    def do_GET(self):
        self.t0 = time.time()  # arrival, so the log shows the pacing
        w = self.server.world
        with w.lock:
            w.load()
            u = urlsplit(self.path)
            path = u.path.removeprefix("/api/v1")
            q = dict(parse_qsl(u.query, keep_blank_values=True))
            f = w.fault(path, q)
            s = w.script
        time.sleep(s.get("delay", 0))
        if f and self.faulty(f):
            return
        if not authorized(s.get("key"), self.headers, q):
            return self.send(401, NOT_AUTHORIZED)
        if path == "/echo":
            return self.send(200, {"method": self.command, "query": q,
                                   "headers": dict(self.headers.items()),
                                   "body": self.posted.decode("utf-8",
                                                              "replace")})
        if path == "/big":
            return self.send(200, "x" * int(q.get("n", "0")), None,
                             "text/plain")
        parts = path.strip("/").split("/")
        if self.push_route(w, s, path, parts, q):
            return
        if path == "/tickets":
            return self.send(200, self.tickets(w, s, q))
        if len(parts) == 3 and parts[0] == "tickets" and \
                parts[2] == "comments":
            return self.comments(s, parts[1], q)
        if path == "/customers":
            return self.send(200, paged(w.customers, "customers", q,
                             s.get("customer_page_size", 25), True, s))
        if path == "/contacts":
            return self.send(200, paged(w.contacts, "contacts", q,
                             s.get("contact_page_size", 50), True, s))
        if path == "/customer_assets":
            return self.send(200, paged(w.assets, "assets", q,
                             s.get("asset_page_size", 25), True, s))
        return self.send(404, NOT_FOUND)

    def tickets(self, w, s, q):
        if s.get("infinite_pages"):
            page = max(1, int(q.get("page", "1") or 1))
            size = s.get("ticket_page_size", 25)
            return {"tickets": [gen_ticket((page - 1) * size + i, {}, 0)
                                for i in range(1, size + 1)],
                    "meta": {"total_pages": 10 ** 9, "page": page}}
        t = w.tickets
        if "since_updated_at" in q:
            since = parse_time(q["since_updated_at"])
            t = [x for x in t if parse_time(x["updated_at"]) > since]
        if "created_after" in q:
            after = parse_time(q["created_after"])
            t = [x for x in t if parse_time(x["created_at"]) > after]
        return paged(t, "tickets", q, s.get("ticket_page_size", 25), False,
                     s)

    def comments(self, s, tid, q):
        n = s.get("comments_per_ticket", 0)
        if not tid.isdigit() or not any(
                str(t["id"]) == tid for t in self.server.world.tickets):
            return self.send(404, NOT_FOUND)
        c = [gen_comment(int(tid), j) for j in range(1, n + 1)]
        if q.get("sort_direction", "DESC").upper() != "ASC":
            c.reverse()  # newest first, as the live API does
        size = int(q.get("per_page") or s.get("comment_page_size", 10))
        size = min(size, s.get("comment_page_max", 100))
        body = paged(c, "comments", q, size, False, s)
        if "meta" in body:
            body["meta"]["per_page"] = size
        return self.send(200, body)

    def faulty(self, f):
        """Answer as f says; False when f only delays the true answer."""
        time.sleep(f.get("delay", 0))
        if not {"reset", "html", "truncate", "status", "body",
                "echo_key"} & f.keys():
            return False
        if f.get("reset"):
            self.record(0)
            self.close_connection = True
            return True
        headers = dict(f.get("headers", {}))
        if "retry_after" in f:
            headers["Retry-After"] = str(f["retry_after"])
        if f.get("html"):
            self.send(200, "<!DOCTYPE html>\n<html><head><title>"
                      "Just a moment...</title></head><body>checking"
                      "</body></html>\n", headers, "text/html")
            return True
        if f.get("truncate"):
            body = b'{"tickets": [{"id": 1, "subj'
            self.record(200)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body) + 500))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
            return True
        status = f.get("status", 500)
        body = f.get("body", {"error": "fake fault %d" % status})
        if f.get("echo_key"):
            q = dict(parse_qsl(urlsplit(self.path).query))
            body = {"error": "Invalid token: %s %s" % (
                self.headers.get("Authorization", ""), q.get("api_key", ""))}
        ctype = "application/json" if not isinstance(body, str) \
            else f.get("content_type", "text/plain")
        self.send(status, body, headers, ctype)
        return True


    # --- ticket time (sdc-push-syncro) ---

    def push_route(self, w, s, path, parts, q):
        """Answer the ticket-time endpoints; False for any other path."""
        st = self.server.push
        with st.lock:
            if s.get("epoch") != st.epoch:  # a new epoch: an empty store
                st.__init__(s.get("epoch"))
        if path == "/users":
            self.send(200, {"users": s.get("users", [[101202, "Admin User"]])})
        elif path == "/ticket_timers":
            self.send(200, st.list_timers(q, s))
        elif path == "/tickets" and self.command == "POST":
            self.push_write(s, lambda b: st.new_ticket(b, w), TICKET_TYPES)
        elif path == "/tickets" and "customer_id" in q:
            t = [x for x in w.tickets + st.tickets
                 if str(x.get("customer_id")) == q["customer_id"]]
            self.send(200, paged(t, "tickets", q,
                                 s.get("ticket_page_size", 25), False, s))
        elif len(parts) == 3 and parts[0] == "tickets" and \
                parts[2] in TIMER_OPS:
            tid = int(parts[1]) if parts[1].isdigit() else -1
            if not any(x["id"] == tid for x in w.tickets + st.tickets):
                self.send(404, NOT_FOUND)
            else:
                op = getattr(st, parts[2])
                self.push_write(s, lambda b: op(tid, b),
                                TIMER_OPS[parts[2]])
        else:
            return False
        return True

    def push_write(self, s, apply, types):
        """Validate, count, maybe fault, then apply a write."""
        st = self.server.push
        try:
            body = json.loads(self.posted or b"{}")
        except ValueError:
            return self.send(400, {"error": "bad JSON"})
        bad = check_types(body, types)
        if bad:
            return self.send(422, {"error": bad})
        with st.lock:
            st.writes += 1
            n = st.writes
            st.save(s.get("store"))  # a test waits for the n-th write
        f = s.get("write_fault") or {}
        hit = f.get("nth") == n
        if hit and f.get("mode", "fail") == "fail":
            return self.send(f.get("status", 500), {"error": "fake write fault"})
        if hit and f.get("mode") == "stall_before":
            epoch = st.epoch
            time.sleep(f.get("seconds", 30))
            if st.epoch != epoch:  # its client was killed long ago
                return self.send(500, {"error": "stale"})
        with st.lock:
            status, answer = apply(body)
            st.save(s.get("store"))
        if hit and f.get("mode") == "stall_after":
            time.sleep(f.get("seconds", 30))
        self.send(status, answer)


# Request body types of Syncro's OpenAPI description (syncro-openapi.json):
# POST /tickets/{id}/timer_entry, PUT .../update_timer_entry, POST
# .../delete_timer_entry and .../charge_timer_entry (TimerEntryId), POST
# /tickets (requestBodies/Ticket, the fields sdc sends).
TIMER = {"start_at": "date-time", "end_at": "date-time",
         "duration_minutes": int, "user_id": int, "notes": str,
         "product_id": int}
TIMER_OPS = {"timer_entry": TIMER,
             "update_timer_entry": dict(TIMER, timer_entry_id=int),
             "delete_timer_entry": {"timer_entry_id": int},
             "charge_timer_entry": {"timer_entry_id": int}}
del TIMER_OPS["update_timer_entry"]["end_at"]
TICKET_TYPES = {"customer_id": int, "subject": str, "status": str,
                "problem_type": str, "ticket_type_id": int, "user_id": int,
                "comments_attributes": list}


def check_types(body, types):
    """The first field of body whose type the description contradicts."""
    if not isinstance(body, dict):
        return "body is not an object"
    for k, v in body.items():
        want = types.get(k)
        if want is None:
            continue
        if want == "date-time":
            try:
                parse_time(v)
                continue
            except (TypeError, ValueError, AttributeError):
                return "%s: not a date-time" % k
        if want is int and isinstance(v, bool) or not isinstance(
                v, str if want == "date-time" else want):
            return "%s: not %s" % (k, getattr(want, "__name__", want))
    return None


class PushStore:
    """Tickets and timers created through the API; they outlive script
    reloads, so a test can change faults between runs."""

    def __init__(self, epoch=None):
        self.lock = threading.Lock()
        self.epoch = epoch
        self.timers, self.tickets = [], []
        self.writes = 0
        self.next_id = 1

    def save(self, path):
        if not path:
            return
        with open(path + ".tmp", "w") as f:
            json.dump({"timers": self.timers, "tickets": self.tickets,
                       "writes": self.writes}, f)
        os.rename(path + ".tmp", path)

    def list_timers(self, q, s):
        t = self.timers
        if "created_at_gt" in q:
            after = parse_time(q["created_at_gt"])
            t = [x for x in t if parse_time(x["created_at"]) > after]
        return paged(t, "ticket_timers", q, s.get("timer_page_size", 25),
                     False, s)

    def find(self, tid, body):
        i = body.get("timer_entry_id")
        return next((x for x in self.timers
                     if x["id"] == i and x["ticket_id"] == tid), None)

    def timer_entry(self, tid, b):
        if "start_at" not in b:
            return 422, {"error": "no implicit conversion of nil into String"}
        start = parse_time(b["start_at"])
        end = parse_time(b["end_at"]) if "end_at" in b else \
            start + dt.timedelta(minutes=b.get("duration_minutes", 0))
        now = iso(dt.datetime.now(dt.timezone.utc))
        t = {"id": self.next_id, "ticket_id": tid,
             "user_id": b.get("user_id", 1), "start_time": iso(start),
             "end_time": iso(end), "recorded": False, "created_at": now,
             "updated_at": now, "billable": True, "notes": b.get("notes"),
             "toggl_id": None, "product_id": b.get("product_id"),
             "comment_id": None, "ticket_line_item_id": None,
             "active_duration": int((end - start).total_seconds()),
             "billable_time": b.get("duration_minutes"),
             "billable_override": None}
        self.next_id += 1
        self.timers.append(t)
        return 200, t

    def update_timer_entry(self, tid, b):
        t = self.find(tid, b)
        if t is None:
            return 404, NOT_FOUND
        if "start_at" in b:
            t["start_time"] = iso(parse_time(b["start_at"]))
        if "duration_minutes" in b:
            t["billable_time"] = b["duration_minutes"]
            t["end_time"] = iso(parse_time(t["start_time"]) + dt.timedelta(
                minutes=b["duration_minutes"]))
        for k in ("notes", "user_id", "product_id"):
            if k in b:
                t[k] = b[k]
        t["updated_at"] = iso(dt.datetime.now(dt.timezone.utc))
        return 200, t

    def delete_timer_entry(self, tid, b):
        t = self.find(tid, b)
        if t is None:
            return 404, NOT_FOUND
        self.timers.remove(t)
        return 200, {"success": True}

    def charge_timer_entry(self, tid, b):
        t = self.find(tid, b)
        if t is None:
            return 404, NOT_FOUND
        t["recorded"] = True
        return 200, t

    def new_ticket(self, b, w):
        if "customer_id" not in b:
            return 422, {"error": "Customer required field"}
        now = iso(dt.datetime.now(dt.timezone.utc))
        cs = [dict(c, id=len(self.tickets) * 10 + k + 1, created_at=now)
              for k, c in enumerate(b.get("comments_attributes", []))]
        t = {"id": 90000001 + len(self.tickets), "number": 5000 + len(
            self.tickets), "subject": b.get("subject"),
             "customer_id": b["customer_id"], "status": b.get("status", "New"),
             "problem_type": b.get("problem_type"), "created_at": now,
             "updated_at": now, "resolved_at": None, "comments": cs[:1]}
        self.tickets.append(t)
        return 200, {"ticket": t}


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that hung up (timeout tests) is not news


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--script", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--port-file", required=True)
    a = ap.parse_args()
    srv = Server(("127.0.0.1", 0), Handler)
    srv.world = World(a.script)
    srv.push = PushStore()
    srv.log = open(a.log, "a")
    srv.log_lock = threading.Lock()
    tmp = a.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % srv.server_address[1])
    os.rename(tmp, a.port_file)
    srv.serve_forever()


if __name__ == "__main__":
    main()
