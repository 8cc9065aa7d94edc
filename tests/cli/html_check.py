#!/usr/bin/env python3
"""html_check.py REPORT.html WORKITEMS.jsonl - check an sdc-report HTML page.

Well-formed (parsed as XML: every tag closed, attributes quoted, entities
escaped), self-contained (no script, no external URL, no src/href), and one
timeline bar with a tooltip for every session of every work item.  Prints
"bars N days D customers C" and exits 1 with the reason when a check fails.
"""
import json
import re
import sys
import xml.dom.minidom


def fail(why):
    print("html_check: " + why)
    sys.exit(1)


page, items = sys.argv[1], sys.argv[2]
text = open(page, encoding="utf-8").read()
try:
    dom = xml.dom.minidom.parseString(text.encode("utf-8"))
except Exception as e:  # the parser's message says where
    fail("not well-formed: %s" % e)
if dom.getElementsByTagName("script"):
    fail("has a <script>")
if re.search(r"(https?:|//[a-z]|@import|url\()", text, re.I):
    fail("refers to something outside the page")
for el in dom.getElementsByTagName("*"):
    for attr in ("src", "href", "onload", "onclick", "onerror"):
        if el.hasAttribute(attr):
            fail("<%s %s=...>" % (el.tagName, attr))
bars = {}
for r in dom.getElementsByTagName("rect"):
    if "bar" in r.getAttribute("class").split():
        titles = r.getElementsByTagName("title")
        if not titles or not titles[0].firstChild:
            fail("bar without a tooltip")
        bars[r.getAttribute("data-session")] = titles[0].firstChild.data
want = [s for line in open(items, encoding="utf-8")
        for s in json.loads(line)["component_session_ids"]]
missing = [s for s in want if s not in bars]
if missing:
    fail("no bar for session %s" % missing[0])
if len(bars) != len(want):
    fail("%d bars for %d sessions" % (len(bars), len(want)))
days = len(dom.getElementsByTagName("svg")) - 1
custs = len([t for t in dom.getElementsByTagName("rect")
             if t.getAttribute("class") == "hbar"])
print("bars %d days %d customers %d" % (len(bars), days, custs))
