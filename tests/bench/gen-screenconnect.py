#!/usr/bin/env python3
"""Generate a realistic ScreenConnect SessionConnection CSV export.

Usage: gen-screenconnect.py ROWS > export.csv

Technicians work in clustered blocks (several machines of one customer within
minutes, then a break), about 2000 customers whose names include commas and
quotes, Guest agent rows mixed in, open connections, and a few exact
duplicates from overlapping exports.  Deterministic (fixed seed)."""
import random
import sys
import uuid
from datetime import datetime, timedelta

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
rnd = random.Random(42)
words = ("Acme Alpha Beta Wellness Partners Health Group Keystone Financial Dental "
         "Innovatech Services Summit Ridge Valley Coastal Legal Family Medical North "
         "South East West Global Tech Solutions Bright Star Pioneer Harbor Oak Maple "
         "Cedar River Lake Mountain Prairie Metro City County Law Office Clinic").split()
suffixes = ["", "", " LLC", ", LLC", " Inc.", ", Inc.", " Ltd", " Corp", " & Co", " PLLC"]
customers = set()
while len(customers) < 2000:
    name = " ".join(rnd.sample(words, rnd.randint(1, 3))) + rnd.choice(suffixes)
    if rnd.random() < 0.02:
        name = name + ' "East"'
    customers.add(name)
customers = sorted(customers)
techs = ["AdminUser", "jdoe", "O'Brien, Pat", "msmith", "tech.ops"]
machines = ["WKSTN-%02d" % i for i in range(1, 40)] + ["SRV-MAIN", "DC-01", "MAC-DESIGN", "Printer jam, 2nd floor"]


def q(s):
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def fmt(t):
    return "%d/%d/%d %d:%02d" % (t.month, t.day, t.year, t.hour, t.minute)


out = sys.stdout
out.write("ProcessType,SessionSessionType,SessionName,ParticipantName,ConnectedTime,"
          "DisconnectedTime,DurationSeconds,ConnectionID,SessionSessionID,"
          "SessionCustomProperty1,SessionCustomProperty2,ClientType,NetworkAddress\r\n")
t = datetime(2024, 1, 1, 8, 0)
n = 0
last = None
while n < rows:
    cust = rnd.choice(customers)
    tech = rnd.choice(techs)
    t += timedelta(minutes=rnd.randint(1, 40))  # several technicians at work
    for _ in range(rnd.randint(1, 6)):
        if n >= rows:
            break
        start = t + timedelta(minutes=rnd.randint(0, 25))
        dur = rnd.randint(30, 5400)
        end = start + timedelta(seconds=dur)
        guest = rnd.random() < 0.1
        open_row = rnd.random() < 0.01
        cid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        sid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        line = ",".join([
            "Guest" if guest else "Host", rnd.choice(["Access", "Support", "Meeting"]),
            q(rnd.choice(machines)), "" if guest else q(tech), fmt(start),
            "" if open_row else fmt(end), "" if open_row else str(dur), cid, sid,
            q(cust), q(rnd.choice(["Main office", "Branch, 2nd floor", ""])),
            "DotNetWinForms", "198.51.100.%d" % rnd.randint(1, 254)]) + "\r\n"
        out.write(line)
        n += 1
        if last is not None and rnd.random() < 0.002 and n < rows:
            out.write(last)
            n += 1
        last = line
