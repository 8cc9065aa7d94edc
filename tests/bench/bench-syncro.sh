#!/usr/bin/env bash
# bench-syncro.sh - sdc-fetch-syncro against the loopback fake.
#
# 1. Pacing: 1,000 tickets, 50 a page, 3 comments each (1,020 requests) at
#    zero latency with --rate RATE (default 6000/min, so the run takes about
#    10 s; the pacing code is the same at 150/min).  From the fake's request
#    log: the achieved rate and the most requests in any sliding window of
#    1 s, 10 s and 60/RATE*10 s, against what the rate allows (rate * window
#    + 1, the bucket holding one token).  Single gaps are not compared: the
#    fake's arrival times jitter by a few ms under load.
# 2. CPU per ticket (parse + convert + write): --from-file on N saved tickets
#    with 3 comments each, minus the cost of an empty file; reference: jq -c
#    over the same file (parse + serialise only) in the same run.
set -eu
cd "$(dirname "$0")"
BIN=${SDC_BIN:-$(cd ../../bin && pwd)}
FAKE=$(cd ../fakes && pwd)/syncro_fake.py
PY=/usr/bin/python3
RATE=${RATE:-6000}
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
	    --initial-days 3650 --state "$D/state.json" -j 4 tickets \
	    >"$D/out.jsonl"
}
w0=$(date +%s.%N)
netcpu=$(cpu fetch)
wall=$(calc "$(date +%s.%N) - $w0")
tickets=$(wc -l <"$D/out.jsonl")
segs=$(jq '.segments | length' "$D/out.jsonl" | sort -u | tr '\n' ' ')

stats=$($PY - "$D/req.log" "$RATE" <<'EOF'
import json, sys
t = sorted(json.loads(l)["t"] for l in open(sys.argv[1]))
rate = float(sys.argv[2])
gap = 60.0 / rate
def most(w):
    j = best = 0
    for i in range(len(t)):
        while t[i] - t[j] >= w:
            j += 1
        best = max(best, i - j + 1)
    return best
span = t[-1] - t[0]
w10 = gap * 10
print(len(t), "%.1f" % ((len(t) - 1) / span * 60),
    most(1.0), int(rate / 60 + 1), most(10.0), int(rate / 6 + 1),
    "%.2f" % w10, most(w10), 11)
EOF
)
read -r nreq achieved m1 a1 m10s a10s w10 m10 a10 <<<"$stats"

# CPU per ticket, without the network
$PY - "$N" >"$D/big.json" <<EOF
import json, sys
sys.path.insert(0, "$(dirname "$FAKE")")
from syncro_fake import gen_ticket, gen_comment
n = int(sys.argv[1])
ts = []
for i in range(1, n + 1):
    t = gen_ticket(i, {}, 0)
    t["comments"] = [gen_comment(t["id"], j) for j in (3, 2, 1)]
    ts.append(t)
json.dump({"tickets": ts, "meta": {"total_pages": 1, "page": 1}},
          sys.stdout)
EOF
echo '{"tickets": []}' >"$D/empty.json"
best() {	# best of 3 CPU times of CMD
	local a b c
	a=$(cpu "$@") b=$(cpu "$@") c=$(cpu "$@")
	printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -g | head -1
}
base=$(best "$BIN/sdc-fetch-syncro" --from-file "$D/empty.json" tickets)
full=$(best sh -c "'$BIN/sdc-fetch-syncro' --from-file '$D/big.json' tickets >/dev/null")
ref=$(best sh -c "jq -c '.tickets[]' '$D/big.json' >/dev/null")
us=$(calc "($full - $base) * 1000000 / $N")
refus=$(calc "$ref * 1000000 / $N")
netus=$(calc "$netcpu * 1000000 / $tickets")
mb=$(du -m "$D/big.json" | cut -f1)

cat <<EOF
### sdc-fetch-syncro ($(date -u +%Y-%m-%d), $(nproc) cores)

Pacing against the fake (zero latency): $tickets tickets, segments per
session: $segs, $nreq requests at --rate $RATE -j 4, ${wall}s wall.

| measure | measured | allowed by --rate $RATE |
|---|---|---|
| achieved rate (req/min) | $achieved | $RATE |
| most requests in any 1 s window | $m1 | $a1 |
| most requests in any 10 s window | $m10s | $a10s |
| most requests in any ${w10} s window | $m10 | $a10 |

CPU per ticket (user+sys, best of 3), $N tickets with 3 comments each
($mb MB), --from-file, startup subtracted:

| | µs per ticket |
|---|---|
| sdc-fetch-syncro (parse + convert + write) | $us |
| reference: jq -c '.tickets[]' (parse + print only) | $refus |
| sdc-fetch-syncro over the network run above (+ libcurl, 1.02 requests/ticket) | $netus |

Target: under 50 µs per ticket.
EOF
