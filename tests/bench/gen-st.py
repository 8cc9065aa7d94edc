#!/usr/bin/env python3
"""gen-st.py DIR MEGABYTES [SEED] - SillyTavern chat directories for the
sdc-st2jsonl benchmark: many characters, long chats in the meridiem format
with UTC generation times (the zone is inferred), and branch files that
repeat a prefix of their parent (the duplicates to skip)."""
import json, os, random, sys

out, megabytes = sys.argv[1], float(sys.argv[2])
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
words = ("printer router password laptop reset VPN ticket invoice backup "
         "server firewall update driver email account Bob Carol office "
         "replaced cleaned checked restarted configured the a and for with "
         "to of in on it was is then after before minutes").split()
months = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def text(n):
    return " ".join(rnd.choices(words, k=n)) + "."


def meridiem(t):
    """t: seconds since epoch as naive local time (UTC-4 here)."""
    import time
    tm = time.gmtime(t)
    h = tm.tm_hour % 12 or 12
    return "%s %d, %d %d:%02d%s" % (months[tm.tm_mon - 1], tm.tm_mday,
                                    tm.tm_year, h, tm.tm_min,
                                    "pm" if tm.tm_hour >= 12 else "am")


def iso(t):
    import time
    ms = int(t * 1000) % 1000
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % ms


def chat(user, char, start, n):
    lines, t = [], start
    for i in range(n):
        t += rnd.randint(20, 400) if i % 40 else 7200
        local = t - 4 * 3600
        if i % 2 == 0:
            m = {"name": user, "is_user": True, "is_system": False,
                 "send_date": meridiem(local), "mes": text(rnd.randint(10, 60)),
                 "extra": {"isSmallSys": False, "token_count": 20}}
        else:
            body = text(rnd.randint(60, 300))
            m = {"extra": {"api": "openai", "model": "gpt-4o",
                           "reasoning": "", "token_count": 150},
                 "name": char, "is_user": False,
                 "send_date": meridiem(local), "mes": body, "title": "",
                 "gen_started": iso(t - 5), "gen_finished": iso(t),
                 "swipe_id": 0, "swipes": [body]}
        lines.append(json.dumps(m, separators=(",", ":")))
    return lines, t


def write(path, header, lines):
    with open(path, "w") as f:
        f.write("\n".join([json.dumps(header, separators=(",", ":"))] + lines))
    return os.path.getsize(path)


total, limit, c = 0, megabytes * 1e6, 0
t0 = 1754500000
while total < limit:
    char = "Character%03d" % c
    d = os.path.join(out, "chats", char)
    os.makedirs(d, exist_ok=True)
    for k in range(3):
        lines, t0 = chat("Tech", char, t0, rnd.randint(200, 600))
        name = "%s - 2025-8-%d @18h 39m %02ds %03dms" % (char, k + 1, k, c)
        header = {"user_name": "Tech", "character_name": char,
                  "create_date": "2025-08-06@18h48m10s",
                  "chat_metadata": {"chat_id_hash": 1000 * c + k,
                                    "tainted": True}}
        total += write(os.path.join(d, name + ".jsonl"), header, lines)
        cut = rnd.randint(len(lines) // 4, len(lines) // 2)
        more, t0 = chat("Tech", char, t0, 20)
        header["chat_metadata"]["main_chat"] = name
        total += write(os.path.join(d, "Branch #%d - %s.jsonl" % (cut, name)),
                       header, lines[:cut] + more)
    c += 1
print("%d bytes in %d characters" % (total, c))
