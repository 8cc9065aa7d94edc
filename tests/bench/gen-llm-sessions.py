#!/usr/bin/env python3
"""gen-llm-sessions.py N - N Linked Session records (NDJSON) on stdout, each a
different short support conversation, for bench-llm.sh."""
import json
import sys

WORDS = ["printer", "vpn", "password", "outlook", "router", "monitor", "backup", "license",
         "driver", "firewall", "laptop", "excel", "wifi", "server", "account", "update"]


def session(i):
    w = WORDS[i % len(WORDS)]
    segs = [{"segment_id": "seg-%d-%d" % (i, k), "start_time_utc": "2025-01-03T17:%02d:00Z" % k,
             "end_time_utc": "2025-01-03T17:%02d:00Z" % k, "type": "ChatMessage",
             "author": "Tech" if k % 2 else "User %d" % i,
             "content": "Message %d about the %s on machine WS-%04d: it failed again after step %d." % (k, w, i, k),
             "metadata": {}} for k in range(6)]
    return {"meta": {"session_id": "bench-%06d" % i, "schema_version": "2.0", "source_system": "SyncroRMM",
                     "source_identifiers": ["bench", "/%d" % i], "processing_status": "Linked",
                     "processing_log": ["sdc-link/0.1.0"], "ingestion_timestamp_utc": "2025-01-03T17:43:00Z",
                     "last_updated_timestamp_utc": "2025-01-03T17:43:00Z"},
            "context": {"customer_id": i, "customer_name": "Customer %d" % i, "contact_id": None,
                        "contact_name": None, "links": []},
            "insights": {"session_start_time_utc": "2025-01-03T17:00:00Z", "session_end_time_utc": "2025-01-03T17:05:00Z",
                         "session_duration_minutes": 5, "source_title": "Ticket %d: %s problem" % (i, w),
                         "llm_generated_title": None, "llm_generated_category": None, "generated_summaries": {},
                         "structured_llm_results": {}, "user_notes": ""},
            "segments": segs}


for i in range(int(sys.argv[1])):
    sys.stdout.write(json.dumps(session(i), separators=(",", ":")) + "\n")
