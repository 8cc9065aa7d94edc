#!/usr/bin/env python3
"""syncro_pacing.py LOG RATE - pacing of requests, for bench-syncro.sh.

LOG is the fake's request log (JSON lines with "t", arrival time) or the
client's --log file ("> GET" lines, millisecond timestamps: send time).
Prints: requests, achieved req/min, the most requests in any sliding 1 s,
10 s and 10-gap window, the 10-gap window in s, the smallest gap in ms."""
import datetime
import json
import sys


def times(path):
    if path.endswith("req.log"):
        return sorted(json.loads(line)["t"] for line in open(path))
    fmt = "%Y-%m-%dT%H:%M:%S.%fZ"
    utc = datetime.timezone.utc
    return sorted(datetime.datetime.strptime(line.split()[0], fmt)
                  .replace(tzinfo=utc).timestamp()
                  for line in open(path) if " > GET " in line)


def most(t, w):
    """The most times in any half-open window [x, x + w)."""
    j = best = 0
    for i in range(len(t)):
        while t[i] - t[j] >= w - 1e-6:
            j += 1
        best = max(best, i - j + 1)
    return best


t, rate = times(sys.argv[1]), float(sys.argv[2])
w10 = 600.0 / rate
print(len(t), "%.1f" % ((len(t) - 1) / (t[-1] - t[0]) * 60),
      most(t, 1.0), most(t, 10.0), most(t, w10), "%.2f" % w10,
      "%.1f" % (min(b - a for a, b in zip(t, t[1:])) * 1000))
