#!/usr/bin/env bash
# bench-scfetch.sh - sdc-fetch-screenconnect against the loopback fake.
#
# 1. CPU per 1,000 rows: N connections (default 50,000) fetched with
#    ItemLimit 1000 (the default) through libcurl from the fake; the
#    client's user+sys time (best of 3) minus a run that fetches nothing,
#    per 1,000 rows written.  Reference in the same run: jq -c over the
#    fetched document (parse + print only).
# 2. Requests: 10,000 connections with ItemLimit 100, spread evenly over 40
#    days and on weekday working hours only; requests sent against the
#    minimum (a full answer proves nothing, so 99 rows a request:
#    ceil(10000 / 99) = 102).
set -eu
cd "$(dirname "$0")"
BIN=${SDC_BIN:-$(cd ../../bin && pwd)}
FAKE=$(cd ../fakes && pwd)/screenconnect_fake.py
PY=/usr/bin/python3
N=${N:-50000}
D=data/scfetch
rm -rf "$D"
mkdir -p "$D"
export SCREENCONNECT_AUTH_SECRET=bench SOURCE_DATE_EPOCH=1736899200

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

best() {	# best of 3 CPU times of CMD
	local a b c
	a=$(cpu "$@") b=$(cpu "$@") c=$(cpu "$@")
	printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -g | head -1
}

fake_pid=
start() {	# start SCRIPT-JSON: (re)start the fake with this world
	[ -z "$fake_pid" ] || { kill "$fake_pid"; wait "$fake_pid" 2>/dev/null || :; }
	printf '%s\n' "$1" >"$D/script.json"
	rm -f "$D/port"
	: >"$D/req.log"
	$PY "$FAKE" --script "$D/script.json" --log "$D/req.log" --port-file "$D/port" \
	    >/dev/null 2>&1 &
	fake_pid=$!
	for _ in $(seq 600); do [ -s "$D/port" ] && break; sleep 0.05; done
	printf '{"screenconnect": {"base_url": "http://127.0.0.1:%s", "extension_guid": "2d558935-686a-4bd0-9991-07539f5fe749", "rate_per_minute": 1000000, "item_limit": %s}}\n' \
	    "$(cat "$D/port")" "$2" >"$D/cfg.json"
}
trap '[ -z "$fake_pid" ] || kill $fake_pid 2>/dev/null || true' EXIT

fetch() {	# fetch SINCE UNTIL OUT
	"$BIN/sdc-fetch-screenconnect" --config "$D/cfg.json" --since "$1" \
	    --until "$2" -o "$3" 2>>"$D/err"
}

# 1. CPU per 1,000 rows
start "{\"secret\": \"bench\", \"generate\": {\"n\": $N, \"start\": \"2024-12-01T00:00:00Z\", \"days\": 40}}" 1000
full=$(best fetch 2024-12-01 2025-01-15 "$D/all.json")
rows=$(jq '.Items | length' "$D/all.json")
reqs=$(( $(wc -l <"$D/req.log") / 3 ))
empty=$(best fetch 2020-01-01 2020-01-02 "$D/none.json")
ref=$(best sh -c "jq -c '.Items[]' '$D/all.json' >/dev/null")
per=$(calc "($full - $empty) * 1000000 / $rows")	# ms per 1,000 rows
refper=$(calc "$ref * 1000000 / $rows")
mb=$(du -m "$D/all.json" | cut -f1)

# 2. Requests with ItemLimit 100
count() {	# count SHAPE: requests to fetch 10,000 rows with ItemLimit 100
	start "{\"secret\": \"bench\", \"max_limit\": 100, \"generate\": {\"n\": 10000, \"seed\": 7, \"start\": \"2024-12-01T00:00:00Z\", \"days\": 40, \"shape\": \"$1\"}}" 100
	fetch 2024-11-15 2025-01-15 "$D/$1.json"
	echo "$(wc -l <"$D/req.log") $(jq '.Items | length' "$D/$1.json") $(jq -s 'map(select(.rows == 100)) | length' "$D/req.log")" >"$D/$1.count"
}
count uniform
count workday
read -r ureq urows ufull <"$D/uniform.count"
read -r wreq wrows wfull <"$D/workday.count"

cat <<EOT
### sdc-fetch-screenconnect ($(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))

CPU (user+sys of the client, best of 3, a fetch of nothing subtracted):
$rows rows ($mb MB of GetReport JSON) in $reqs requests of ItemLimit 1000
from the loopback fake.

| | ms per 1,000 rows |
|---|---|
| sdc-fetch-screenconnect (HTTP + parse + de-duplicate + write) | $per |
| reference: jq -c '.Items[]' over the written file (parse + print only) | $refper |

Target: under 20 ms per 1,000 rows.

Requests for 10,000 connections at ItemLimit 100 (minimum 102: a full
answer proves nothing, so 99 rows a request at best; 2x = 204):

| spread over 40 days | rows written | requests | answers at the limit (split) |
|---|---|---|---|
| evenly | $urows | $ureq | $ufull |
| weekday working hours only (08-18) | $wrows | $wreq | $wfull |
EOT
