#!/usr/bin/env python3
"""Generate a session store and a run's worth of new sessions for bench-merge.

gen-merge.py STORE NEW [SESSIONS [NEW_SESSIONS]]

The store holds SESSIONS linked, LLM-enriched ScreenConnect sessions in start
order (what months of nightly runs leave), a few with hand edits.  NEW holds
NEW_SESSIONS: half re-ingested store sessions (a fifth of those with a grown
segment), half sessions not seen before."""
import json, random, sys, uuid

rng = random.Random(7)
NS = uuid.uuid5(uuid.NAMESPACE_DNS, "sdc.syncro-data-consolidator")
WORDS = "Alpha Beta Dental Partners Health Group Services Legal Wellness East West Family Clinic Realty Logistics".split()
CUSTOMERS = ["%s %s %s" % (rng.choice(WORDS), rng.choice(WORDS), rng.choice(["LLC", "Inc", "Group", ""])) for _ in range(2000)]
TECHS = ["AdminUser", "jsmith", "mlopez", "tnguyen", "Front Desk"]
MACHINES = ["WKSTN-%02d" % i for i in range(40)] + ["SRV-MAIN", "MAC-DESIGN", "LAPTOP-HR1", "PRINT-SRV"]
BASE = 1704067200  # 2024-01-01


def ts(t):
    return __import__("time").strftime("%Y-%m-%dT%H:%M:%SZ", __import__("time").gmtime(t))


def session(i, start, grown=False, enriched=True):
    cust = CUSTOMERS[i % len(CUSTOMERS)].strip()
    tech = TECHS[i % len(TECHS)]
    segs, t = [], start
    for k in range(2):
        conn = str(uuid.uuid5(NS, "conn:%d:%d" % (i, k)))
        secs = 120 + (i * 37 + k * 611) % 3000 + (900 if grown and k == 1 else 0)
        segs.append({"segment_id": str(uuid.uuid5(NS, "ScreenConnect:%s:%d" % (conn, t))), "start_time_utc": ts(t),
                     "end_time_utc": ts(t + secs), "type": "RemoteConnection", "author": tech,
                     "content": "Connected to machine: %s" % MACHINES[(i + k) % len(MACHINES)],
                     "metadata": {"connection_id": conn, "process_type": "Host", "session_type": "Access",
                                  "duration_seconds": secs}})
        t += secs + 60
    end = t - 60
    log = ["sdc-sc2jsonl/0.1.0", 'sdc-link/0.1.0 customer rule=exact score=100 guessed="%s"' % cust]
    ins = {"session_start_time_utc": ts(start), "session_end_time_utc": ts(end),
           "session_duration_minutes": (end - start) // 60, "source_title": "ScreenConnect Session for %s" % tech,
           "llm_generated_title": None, "llm_generated_category": None, "generated_summaries": {},
           "structured_llm_results": {}, "user_notes": ""}
    if enriched:
        ins["llm_generated_title"] = "Remote maintenance on %s" % MACHINES[i % len(MACHINES)]
        ins["llm_generated_category"] = rng.choice(["Hardware", "Software", "Network", "Account"])
        ins["generated_summaries"] = {"default": "%s connected to %s for %s to apply updates and check the backup job. "
                                      "The issue was resolved." % (tech, MACHINES[i % len(MACHINES)], cust)}
        log += ["sdc-llm:%s/0.1.0 model=extractive" % t for t in ("title", "summary", "category")]
    links = []
    if enriched and i % 50 == 0:
        ins["user_notes"] = "Billed %d min" % ((end - start) // 60)
        links = ["Project: Server refresh"]
        log.append("manual/2025-08-14 kim")
    stamp = ts(BASE + 400 * 86400)
    return {"meta": {"session_id": str(uuid.uuid5(NS, "bench:%d" % i)), "schema_version": "2.0",
                     "source_system": "ScreenConnect", "source_identifiers": ["export-%d.csv" % (i // 5000), "lines %d" % (i % 5000 + 2)],
                     "processing_status": "Linked", "processing_log": log, "ingestion_timestamp_utc": stamp,
                     "last_updated_timestamp_utc": stamp},
            "context": {"customer_id": 1000 + i % len(CUSTOMERS), "customer_name": cust, "contact_id": None,
                        "contact_name": None, "links": links},
            "insights": ins, "segments": segs}


def main():
    store_path, new_path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 1000000
    m = int(sys.argv[4]) if len(sys.argv) > 4 else 10000
    starts = [BASE + i * 27 + rng.randrange(20) for i in range(n + m // 2)]
    dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
    with open(store_path, "w") as f:
        for i in range(n):
            f.write(dumps(session(i, starts[i])) + "\n")
    again = rng.sample(range(n), m - m // 2)
    with open(new_path, "w") as f:
        for j, i in enumerate(again):
            f.write(dumps(session(i, starts[i], grown=j % 5 == 0, enriched=False)) + "\n")
        for i in range(n, n + m // 2):
            f.write(dumps(session(i, starts[i], enriched=False)) + "\n")


main()
