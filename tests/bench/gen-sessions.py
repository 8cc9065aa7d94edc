#!/usr/bin/env python3
"""gen-sessions.py N DAYS CUSTOMERS [SEED] - N realistic Session records.

A technician's work over DAYS days for CUSTOMERS customers: ScreenConnect
connections (60%), Syncro tickets with notes (20%), notes.json tickets (5%),
SillyTavern chats without a customer (15%); 2-90 minutes each, often
overlapping, one or two segments.  Written with string templates, not
json.dumps, so a million records take seconds.
"""
import random
import sys
import uuid

n, days, ncust = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
EPOCH = 1704067200  # 2024-01-01T00:00:00Z
names = ["Wellness Partners East", "Keystone Financial", "HealthGroup Alpha",
         "Innovatech Services", "Horizon Properties", "Acme Incorporated"]
SEG = ('{"segment_id":"%s","start_time_utc":"%s","end_time_utc":"%s",'
       '"type":"%s","author":"AdminUser","content":"%s","metadata":%s}')
REC = ('{"meta":{"session_id":"%s","schema_version":"2.0","source_system":"%s",'
       '"source_identifiers":["%s","%s"],"processing_status":"%s",'
       '"processing_log":["sdc-import/0.1.0","sdc-link/0.1.0"],'
       '"ingestion_timestamp_utc":"2025-08-13T21:01:01Z",'
       '"last_updated_timestamp_utc":"2025-08-13T21:01:01Z"},'
       '"context":{"customer_id":%s,"customer_name":%s,"contact_id":null,'
       '"contact_name":null,"links":[%s]},'
       '"insights":{"session_start_time_utc":"%s","session_end_time_utc":"%s",'
       '"session_duration_minutes":%d,"source_title":"%s",'
       '"llm_generated_title":%s,"llm_generated_category":null,'
       '"generated_summaries":{%s},"structured_llm_results":{},"user_notes":""},'
       '"segments":[%s]}\n')


def ts(t):
    d, s = divmod(t, 86400)
    y, m, dd = civil(d)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, dd, s // 3600,
                                               s // 60 % 60, s % 60)


def civil(z):  # days since 1970 -> (y, m, d), Howard Hinnant's algorithm
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


out = sys.stdout
buf = []
for i in range(n):
    day = i * days // n
    start = EPOCH + day * 86400 + rnd.randrange(13 * 3600, 23 * 3600, 60)
    dur = rnd.randrange(2, 91) * 60
    end = start + dur
    r = rnd.random()
    cid = rnd.randrange(ncust)
    cust = ("%d" % (48000000 + cid), '"%s %d"' % (names[cid % 6], cid))
    links, title, summ = "", None, ""
    sid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
    if r < 0.60:
        src, status = "ScreenConnect", "Linked"
        title = "ScreenConnect Session for AdminUser"
        segs = SEG % (sid, ts(start), ts(end), "RemoteConnection",
                      "Connected to machine: WKSTN-%02d" % (i % 40),
                      '{"connection_id":"%s","process_type":"Host",'
                      '"session_type":"Access","duration_seconds":%d}'
                      % (sid, dur))
    elif r < 0.80:
        src, status = "SyncroRMM", "Linked"
        title = "User is unable to print."
        segs = ",".join(SEG % (sid, ts(t), ts(t), typ, body, "{}")
                        for t, typ, body in
                        ((start, "TicketInitialIssue", "User is unable to print."),
                         (end, "PublicNote", "Laptop was on the guest network.")))
        summ = '"default":"Moved the laptop to the office network; printing works."'
    elif r < 0.85:
        src, status = "notes.json", "Needs Review"
        cust = ("null", '"%s %d"' % (names[cid % 6], cid))
        end = start
        title = "Server Hardware Alert"
        segs = SEG % (sid, ts(start), ts(start), "TicketNote",
                      "Inspect server hardware status indicators", "{}")
    else:
        src, status = "SillyTavern", "Complete"
        cust = ("null", "null")
        title = "SillyTavern Chat with Work Log"
        links = '"st_chat_id:%d"' % (1645423684533243 + i)
        segs = SEG % (sid, ts(start), ts(end), "ChatMessage",
                      "I just did some work on the front desk PC", "{}")
    if i % 50 == 0:
        links = (links + "," if links else "") + '"Project: Firewall"'
    buf.append(REC % (sid, src, "bench.jsonl", "line %d" % (i + 1), status,
                      cust[0], cust[1], links, ts(start), ts(end),
                      (end - start) // 60, title,
                      '"Fixed printing"' if summ else "null", summ, segs))
    if len(buf) == 10000:
        out.write("".join(buf))
        buf = []
out.write("".join(buf))
