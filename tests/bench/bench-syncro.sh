#!/usr/bin/env bash
# bench-syncro.sh - sdc-fetch-syncro against the loopback fake.
#
# 1. Pacing: 1,000 tickets, 50 a page, 3 comments each (1,020 requests) at
#    zero latency with --rate RATE (default 3000/min, so the run takes about
#    20 s; the Python fake tops out near 5,000 requests/min on 2 cores).
#    Then 30 one-ticket pages at the default 150/min (12 s), where gaps of
#    400 ms dwarf the fake's jitter: the smallest gap.  From the fake's request
#    log: the achieved rate and the most requests in any sliding window of
#    1 s, 10 s and 60/RATE*10 s, against what the rate allows (rate * window
#    + 1, the bucket holding one token).  Single gaps are not compared: the
#    fake's arrival times jitter by a few ms under load; both the
#    fake's log and the client's --log (send times, ms) are measured.
# 2. CPU per ticket (parse + convert + write): --from-file on N saved tickets
#    with 3 comments each, minus the cost of an empty file; reference: jq -c
#    over the same file (parse + serialise only) in the same run.
set -eu
cd "$(dirname "$0")"
BIN=${SDC_BIN:-$(cd ../../bin && pwd)}
FAKE=$(cd ../fakes && pwd)/syncro_fake.py
PY=/usr/bin/python3
RATE=${RATE:-3000}
N=${N:-20000}
D=data/syncro
rm -rf "$D"
mkdir -p "$D"
export SYNCRO_API_KEY=Tbench-0000 SOURCE_DATE_EPOCH=1740787200

cpu() {	# cpu CMD...: user+sys seconds of CMD's children (in a subshell)
	local me=$BASHPID t0 t1
	t0=$(awk '{print $16+$17}' "/proc/$me/stat")
	"$@"
	t1=$(awk '{print $16+$17}' "/proc/$me/stat")
	awk -v a="$t0" -v b="$t1" -v hz="$(getconf CLK_TCK)" \
	    'BEGIN { printf "%.3f\n", (b - a) / hz }'
}

calc() {	# calc EXPR: floating-point arithmetic
	awk "BEGIN { printf \"%.1f\n\", $1 }"
}

echo '{"key": "Tbench-0000", "tickets": 1000, "ticket_page_size": 50,
  "comments_per_ticket": 3}' >"$D/script.json"
$PY "$FAKE" --script "$D/script.json" --log "$D/req.log" \
    --port-file "$D/port" &
fake=$!
trap 'kill $fake 2>/dev/null || true' EXIT
for _ in $(seq 200); do [ -s "$D/port" ] && break; sleep 0.05; done
url=http://127.0.0.1:$(cat "$D/port")/api/v1

fetch() {
	"$BIN/sdc-fetch-syncro" --base-url "$url" --rate "$RATE" \
	    --initial-days 3650 --state "$D/state.json" -j 4 \
	    --log "$D/client.log" tickets >"$D/out.jsonl"
}
w0=$(date +%s.%N)
netcpu=$(cpu fetch)
wall=$(calc "$(date +%s.%N) - $w0")
tickets=$(wc -l <"$D/out.jsonl")
segs=$(jq '.segments | length' "$D/out.jsonl" | sort -u | tr '\n' ' ')

pacing() {	# pacing LOG RATE
	$PY syncro_pacing.py "$@"
}
read -r nreq achieved m1 m10s m10 w10 mingap <<<"$(pacing "$D/req.log" "$RATE")"
read -r cnreq cachieved cm1 cm10s cm10 _ cmingap \
    <<<"$(pacing "$D/client.log" "$RATE")"

# The default rate: 30 pages of one ticket each.
echo '{"key": "Tbench-0000", "tickets": 30, "ticket_page_size": 1}' \
    >"$D/script.json"
: >"$D/req.log"
"$BIN/sdc-fetch-syncro" --base-url "$url" --initial-days 3650 \
    --state "$D/state150.json" --no-comments --log "$D/client150.log" \
    tickets >/dev/null
read -r n150 rate150 _ _ _ _ min150 <<<"$(pacing "$D/req.log" 150)"
read -r _ crate150 _ _ _ _ cmin150 <<<"$(pacing "$D/client150.log" 150)"

# CPU per ticket, without the network
# Saved pages of 50, as the API sends them.
mkdir -p "$D/pages"
$PY - "$N" "$D/pages" <<EOF
import json, sys
sys.path.insert(0, "$(dirname "$FAKE")")
from syncro_fake import gen_ticket, gen_comment
n, out = int(sys.argv[1]), sys.argv[2]
pages = (n + 49) // 50
for p in range(pages):
    ts = []
    for i in range(p * 50 + 1, min(n, p * 50 + 50) + 1):
        t = gen_ticket(i, {}, 0)
        t["comments"] = [gen_comment(t["id"], j) for j in (3, 2, 1)]
        ts.append(t)
    with open("%s/%05d.json" % (out, p + 1), "w") as f:
        json.dump({"tickets": ts, "meta": {"total_pages": pages,
                   "page": p + 1}}, f)
EOF
echo '{"tickets": []}' >"$D/empty.json"
best() {	# best of 3 CPU times of CMD
	local a b c
	a=$(cpu "$@") b=$(cpu "$@") c=$(cpu "$@")
	printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -g | head -1
}
base=$(best "$BIN/sdc-fetch-syncro" --from-file "$D/empty.json" tickets)
args=$(for f in "$D"/pages/*.json; do printf -- '--from-file %s ' "$f"; done)
full=$(best sh -c "'$BIN/sdc-fetch-syncro' $args tickets >/dev/null")
ref=$(best sh -c "cat '$D'/pages/*.json | jq -c '.tickets[]' >/dev/null")
us=$(calc "($full - $base) * 1000000 / $N")
refus=$(calc "$ref * 1000000 / $N")
netus=$(calc "$netcpu * 1000000 / $tickets")
mb=$(du -cm "$D"/pages/*.json | tail -1 | cut -f1)

cat <<EOF
### sdc-fetch-syncro ($(date -u +%Y-%m-%d), $(nproc) cores)

Pacing against the fake (zero latency): $tickets tickets, segments per
session: $segs, $nreq requests at --rate $RATE -j 4, ${wall}s wall.

| measure | client sends (--log) | fake arrivals | allowed |
|---|---|---|---|
| requests | $cnreq | $nreq | |
| achieved rate (req/min) | $cachieved | $achieved | $RATE |
| most requests in any 1 s window | $cm1 | $m1 | $(calc "$RATE / 60 + 1") |
| most requests in any 10 s window | $cm10s | $m10s | $(calc "$RATE / 6 + 1") |
| most requests in any ${w10} s window (10 gaps) | $cm10 | $m10 | 11 |
| smallest gap (ms) | $cmingap | $mingap | $(calc "60000 / $RATE") |

At the default --rate 150, $n150 requests: achieved $crate150 req/min at the
client ($rate150 at the fake); smallest gap $cmin150 ms at the client,
$min150 ms at the fake (400 allowed).

CPU per ticket (user+sys, best of 3), $N tickets with 3 comments each
in saved pages of 50 ($mb MB), --from-file, startup subtracted:

| | µs per ticket |
|---|---|
| sdc-fetch-syncro (parse + convert + write) | $us |
| reference: jq -c '.tickets[]' (parse + print only) | $refus |
| sdc-fetch-syncro over the network run above (+ libcurl, 1.02 requests/ticket) | $netus |

Target: under 50 µs per ticket.
EOF
