#!/usr/bin/env bats
# sdc-fetch-screenconnect against tests/fakes/screenconnect_fake.py on
# 127.0.0.1.

bats_require_minimum_version 1.5.0

setup() {
	W=$BATS_TEST_TMPDIR
	P=$SDC_BIN/sdc-fetch-screenconnect
	export PATH="$SDC_BIN:$PATH"
	FAKE=$SDC_TOP/tests/fakes/screenconnect_fake.py
	SC=$SDC_FIXTURES/screenconnect
	GUID=2d558935-686a-4bd0-9991-07539f5fe749
	SECRET='s3cr3t-Ab9+/x'
	export SCREENCONNECT_AUTH_SECRET=$SECRET
	export SOURCE_DATE_EPOCH=1736899200	# 2025-01-15T00:00:00Z
	EXTRA=
	cd "$W"
}

load fakes

teardown() {
	stop_fake
}

# fake SCRIPT: start the fake with this script; writes cfg.json for it.
fake() {
	start_fake "$FAKE" "$1" --dump "$W/world.json"
	URL=http://127.0.0.1:$PORT
	config
}

# config [EXTRA-JSON-MEMBERS]: the screenconnect section for the fake.
config() {
	printf '{"screenconnect": {"base_url": "%s", "extension_guid": "%s", "rate_per_minute": 600000, "backoff_base_ms": 20, "timeout_seconds": 2, "item_limit": 1000%s}}\n' \
	    "$URL" "$GUID" "${1:+, $1}" >"$W/cfg.json"
}

# rescript SCRIPT: change the fake's world between two runs.
rescript() {
	printf '%s\n' "$1" >"$W/script.json.new"
	mv "$W/script.json.new" "$W/script.json"
}

# fetch ARGS...: stdout in out, stderr in err, exit status in $status.
fetch() {
	status=0
	"$P" --config "$W/cfg.json" --state "$W/state.json" "$@" >"$W/out" \
	    2>"$W/err" || status=$?
}

# fails_cleanly PATTERN: exit 3 saying PATTERN; no output, no state.
fails_cleanly() {
	[ "$status" -eq 3 ]
	grep -q -- "$1" err
	[ ! -s out ]
	[ ! -e got.json ]
	[ ! -e state.json ]
}

# ids FILE: the ConnectionIDs of a fetched document, sorted.
ids() {
	jq -r '.FieldNames as $f | .Items[] | .[$f | index("ConnectionID")]' "$1" | sort
}

# world_ids [jq-filter]: the fake's Host rows' ConnectionIDs, sorted.
world_ids() {
	jq -r ".[] | select(.ProcessType == \"Host\") ${1:-} | .ConnectionID" "$W/world.json" | sort
}

@test "--help, --version; usage and configuration errors exit 2" {
	run "$P" --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"usage: sdc-fetch-screenconnect [options]"* ]]
	[[ "$output" == *"--item-limit N"* ]]
	run "$P" --version
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-fetch-screenconnect 0.1.0" ]
	run --separate-stderr "$P" --bogus
	[ "$status" -eq 2 ]
	echo '{}' >empty.json
	run --separate-stderr "$P" --config empty.json
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"no server address: set screenconnect.base_url"* ]]
	echo '{"screenconnect": {"base_url": "http://127.0.0.1:9"}}' >noguid.json
	run --separate-stderr "$P" --config noguid.json
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"screenconnect.extension_guid"* ]]
	printf '{"screenconnect": {"base_url": "http://127.0.0.1:9", "extension_guid": "%s"}}\n' "$GUID" >ok.json
	run --separate-stderr "$P" --config ok.json --process-type robots
	[ "$status" -eq 2 ]
	run --separate-stderr env -u SCREENCONNECT_AUTH_SECRET "$P" --config ok.json
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"no secret: set SCREENCONNECT_AUTH_SECRET"* ]]
}

@test "--if-configured: not configured is one line and exit 0" {
	echo '{}' >empty.json
	run --separate-stderr "$P" --config empty.json --if-configured
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-fetch-screenconnect: not configured (no screenconnect.base_url in empty.json): nothing fetched" ]
	[ -z "$stderr" ]
}

@test "the §9 exchange: POST, CTRLAuthHeader, Origin, JSON body; same sessions as the CSV export" {
	fake '{"secret": "'"$SECRET"'", "origin": "https://support.example.com", "rows": '"$(cat "$SC/section9-rows.json")"'}'
	config '"origin": "https://support.example.com", "fields": ["ProcessType","SessionSessionType","SessionName","ParticipantName","ConnectedTime","DisconnectedTime","DurationSeconds","ConnectionID","SessionSessionID","SessionCustomProperty1"]'
	fetch --since 2025-01-01 --until 2025-01-15 -o section9.json
	[ "$status" -eq 0 ]
	[ "$(jq -r .method req.log)" = POST ]
	[ "$(jq -r .path req.log)" = "/App_Extensions/$GUID/Service.ashx/GetReport" ]
	[ "$(jq -r '.headers.CTRLAuthHeader' req.log)" = "$SECRET" ]
	[ "$(jq -r '.headers.Origin' req.log)" = https://support.example.com ]
	[ "$(jq -r '.headers["Content-Type"]' req.log)" = application/json ]
	[ "$(jq -c '.body[0] | [.ReportType, .ItemLimit, (.SelectFieldNames | length)]' req.log)" = '["SessionConnection",1000,10]' ]
	[ "$(jq -r '.body[0].FilterExpression' req.log)" = "ConnectedTime >= '2025-01-01 00:00:00' AND ConnectedTime < '2025-01-15 00:00:00' AND ProcessType = 'Host'" ]
	# acceptance 2: the same sessions as the same rows exported to CSV
	strip='del(.meta.source_identifiers)'
	sdc-sc2jsonl section9.json | jq -c "$strip" >from-api.jsonl
	sdc-sc2jsonl "$SC/section9.csv" | jq -c "$strip" >from-csv.jsonl
	[ "$(wc -l <from-api.jsonl)" -eq 2 ]
	diff -u from-csv.jsonl from-api.jsonl
	[ "$(jq -s -c 'map(.segments[0].metadata.open)' from-api.jsonl)" = '[null,true]' ]
	# no state for a one-off export
	[ ! -e state.json ]
}

@test "401: exit 3 naming the variable; the secret never in output or logs" {
	fake '{"secret": "the-right-one", "generate": {"n": 5}}'
	fetch -v --log audit.log
	[ "$status" -eq 3 ]
	grep -q 'the server refused the secret in SCREENCONNECT_AUTH_SECRET (HTTP 401)' err
	grep -q 'CTRLAuthHeader: \*\*\*' err
	grep -q 'CTRLAuthHeader: \*\*\*' audit.log
	! grep -q -F "$SECRET" err out audit.log || false
	[ ! -e state.json ]
	# the variable the config names
	config '"auth_secret_env": "MY_SC_SECRET"'
	status=0
	MY_SC_SECRET=wrong "$P" --config cfg.json --state state.json >out 2>err || status=$?
	[ "$status" -eq 3 ]
	grep -q 'refused the secret in MY_SC_SECRET' err
	[ "$(tail -1 req.log | jq -r .headers.CTRLAuthHeader)" = wrong ]
}

@test "500 Web method does not exist: says the extension GUID is wrong" {
	fake '{"secret": "'"$SECRET"'", "guid": "00000000-0000-0000-0000-000000000000", "generate": {"n": 5}}'
	fetch
	fails_cleanly 'Web method does not exist: wrong screenconnect.extension_guid'
	[ "$(wc -l <req.log)" -eq 1 ]	# not retried
}

@test "500 Unknown parameter: named, not retried" {
	fake '{"secret": "'"$SECRET"'", "generate": {"n": 5}, "faults": [{"status": 500, "body": "Unknown parameter: ItemLimit"}]}'
	fetch
	fails_cleanly 'HTTP 500: Unknown parameter: ItemLimit: the extension takes other parameters'
	[ "$(wc -l <req.log)" -eq 1 ]
}

@test "an HTML login page with 200 is an error, not rows" {
	fake '{"secret": "'"$SECRET"'", "generate": {"n": 5}, "faults": [{"html": true}]}'
	fetch -o got.json
	fails_cleanly 'HTTP 200: an HTML page, not a report (a login page?'
}

@test "other 500s, truncated and slow answers are retried; then it works" {
	fake '{"secret": "'"$SECRET"'", "generate": {"n": 20, "start": "2025-01-01T00:00:00Z", "days": 10}, "faults": [{"times": 1, "status": 500, "body": "Timeout expired"}, {"times": 1, "truncate": true, "body": "{\"FieldNames\": [\"ConnectedTime\"], \"Items\": ["}, {"times": 1, "delay": 3}]}'
	fetch
	[ "$status" -eq 0 ]
	[ "$(wc -l <req.log)" -ge 3 ]
	[ "$(ids out | wc -l)" -eq 20 ]
	# retries exhausted: exit 3, nothing written, no state
	rm state.json
	rescript '{"secret": "'"$SECRET"'", "generate": {"n": 20}, "faults": [{"status": 503, "body": "busy"}]}'
	fetch --retries 1
	[ "$status" -eq 3 ]
	[ ! -s out ]
	[ ! -e state.json ]
}

@test "never truncated: 10,000 connections, ItemLimit 100, every row once, requests within 2x the minimum" {
	fake '{"secret": "'"$SECRET"'", "max_limit": 100, "generate": {"n": 10000, "guests": 300, "seed": 7, "start": "2024-12-01T00:00:00Z", "days": 40}}'
	config '"item_limit": 100'
	fetch -v --initial-days 60 -o all.json
	[ "$status" -eq 0 ]
	ids all.json >got
	world_ids >want
	[ "$(wc -l <got)" -eq 10000 ]
	[ -z "$(uniq -d got)" ]
	diff -u want got
	n=$(wc -l <req.log)
	min=$(( (10000 + 98) / 99 ))	# a full answer (100) proves nothing: 99 a window
	echo "requests: $n, minimum $min" >&3
	echo "$n" >"$BATS_TEST_TMPDIR/requests"
	[ "$n" -le $((2 * min)) ]
	# no answer reached the limit without being split again
	[ "$(jq -s 'map(select(.rows == 100)) | length' req.log)" -gt 0 ]
	grep -q "windows split" err
}

@test "a minimum window still at ItemLimit is exit 3 naming the window" {
	fake '{"secret": "'"$SECRET"'", "max_limit": 10, "rows": '"$(jq -c '[range(12) as $i | .[0] | .ConnectionID = "c\($i)" | .ConnectedTime = "2025-01-10T10:00:0\($i % 10).0000000Z"]' "$SC/section9-rows.json")"'}'
	config '"item_limit": 10, "min_window_seconds": 60'
	fetch -o got.json
	fails_cleanly 'window 2025-01-10T[0-9:]*Z\.\.2025-01-10T[0-9:]*Z (the minimum, 60 s) still returns ItemLimit 10 rows'
}

@test "filters: Host rows by default, --filter ANDed, a quote in a participant cannot inject" {
	fake '{"secret": "'"$SECRET"'", "generate": {"n": 200, "guests": 50, "start": "2025-01-01T00:00:00Z", "days": 10}}'
	fetch
	[ "$status" -eq 0 ]
	diff -u <(world_ids) <(ids out)
	fetch --since 2025-01-01 --process-type all
	[ "$(ids out | wc -l)" -eq 250 ]
	fetch --since 2025-01-01 --filter "SessionSessionType = 'Support'"
	[ "$(jq -r '.body[0].FilterExpression' req.log | tail -1)" = "ConnectedTime >= '2025-01-01 00:00:00' AND ConnectedTime < '2025-01-15 00:00:00' AND ProcessType = 'Host' AND (SessionSessionType = 'Support')" ]
	diff -u <(world_ids '| select(.SessionSessionType == "Support")') <(ids out)
	# a real name with a quote: asked with LIKE, checked on return
	fetch --since 2025-01-01 --participant "O'Brien, Pat"
	[ "$status" -eq 0 ]
	[[ "$(jq -r '.body[0].FilterExpression' req.log | tail -1)" == *"AND (ParticipantName LIKE 'O%Brien, Pat')" ]]
	diff -u <(world_ids '| select(.ParticipantName == "O'"'"'Brien, Pat")') <(ids out)
	# an injection attempt returns nothing, not every Guest row
	fetch --since 2025-01-01 --participant "x' OR ProcessType = 'Guest"
	[ "$status" -eq 0 ]
	[ "$(ids out | wc -l)" -eq 0 ]
	[ "$(tail -1 req.log | jq .rows)" -eq 0 ]
}

@test "open connections: null, empty, missing and year 1 are all open" {
	for how in null '""' '"0001-01-01T00:00:00"' '"missing"'; do
		rm -f req.log port
		fake '{"secret": "'"$SECRET"'", "open_as": '"$how"', "generate": {"n": 6, "open": 2, "start": "2025-01-10T00:00:00Z", "days": 4}}'
		fetch
		[ "$status" -eq 0 ]
		[ "$(ids out | wc -l)" -eq 6 ]
		[ "$(jq '.FieldNames as $f | [.Items[] | .[$f | index("DisconnectedTime")]] | map(select(. == null)) | length' out)" -eq 2 ]
		[ "$(jq '.open | length' state.json)" -eq 2 ]
		[ "$(sdc-sc2jsonl out | jq -s '[.[].segments[] | select(.metadata.open)] | length')" -eq 2 ]
		kill "$FAKE_PID"; rm state.json
	done
}

@test "incremental: from the mark minus the overlap; duplicates dropped; an open connection comes back closed" {
	fake '{"secret": "'"$SECRET"'", "generate": {"n": 50, "open": 3, "start": "2025-01-12T00:00:00Z", "days": 3}}'
	fetch -o run1.json
	[ "$status" -eq 0 ]
	[ "$(ids run1.json | wc -l)" -eq 50 ]
	[ "$(jq -r .fetched_until state.json)" = 2025-01-15T00:00:00Z ]
	open1=$(jq -r '.open | keys[]' state.json | sort)
	[ "$(echo "$open1" | wc -l)" -eq 3 ]
	first_open=$(jq -r '.open | to_entries | min_by(.value) | .value' state.json)
	# a day later: the open connections closed, 20 new ones
	jq '.[0:3] |= map(.DisconnectedTime = "2025-01-15T01:00:00.0000000Z" | .DurationSeconds = 60)' world.json >closed.json
	rescript '{"secret": "'"$SECRET"'", "rows": '"$(cat closed.json)"', "generate": {"n": 20, "seed": 9, "start": "2025-01-15T00:00:00Z", "days": 1}}'
	export SOURCE_DATE_EPOCH=1736985600	# 2025-01-16
	fetch -v -o run2.json
	[ "$status" -eq 0 ]
	# asked from the oldest open connection minus the overlap (1 h)
	since=$(jq -r '.body[0].FilterExpression' req.log | tail -1 | sed "s/^ConnectedTime >= '\([^']*\)'.*/\1/")
	[ "$since" = "$(date -u -d "$first_open - 1 hour" '+%Y-%m-%d %H:%M:%S')" ]
	# the 20 new rows and the 3 that closed; nothing written twice
	[ "$(ids run2.json | wc -l)" -eq 23 ]
	[ "$(comm -12 <(ids run1.json) <(ids run2.json))" = "$open1" ]
	grep -q 'fetched before' err
	[ "$(jq '.open | length' state.json)" -eq 0 ]
	# sdc-sc2jsonl over both files: the closed rows win, one segment each
	sdc-sc2jsonl run1.json run2.json >sessions.jsonl
	[ "$(jq -s '[.[].segments[]] | length' sessions.jsonl)" -eq 70 ]
	[ "$(jq -s '[.[].segments[] | select(.metadata.open)] | length' sessions.jsonl)" -eq 0 ]
	sdc-sc2jsonl run2.json run1.json >sessions2.jsonl
	[ "$(jq -s '[.[].segments[] | select(.metadata.open)] | length' sessions2.jsonl)" -eq 0 ]
	# a third run with nothing new writes nothing
	fetch -o run3.json
	[ "$status" -eq 0 ]
	[ "$(ids run3.json | wc -l)" -eq 0 ]
}

@test "the mark advances only after the rows are written; a failed run changes nothing" {
	fake '{"secret": "'"$SECRET"'", "generate": {"n": 30, "start": "2025-01-10T00:00:00Z", "days": 4}}'
	fetch -o run1.json
	[ "$status" -eq 0 ]
	cp state.json state.before
	export SOURCE_DATE_EPOCH=1736985600
	fetch -o /nonexistent/dir/out.json
	[ "$status" -eq 3 ]
	cmp state.json state.before
	rescript '{"secret": "other", "generate": {"n": 30}}'
	fetch -o run2.json
	[ "$status" -eq 3 ]
	cmp state.json state.before
	[ ! -e run2.json ]
	# stdout that cannot be written: exit 3, state untouched
	rescript '{"secret": "'"$SECRET"'", "generate": {"n": 30, "start": "2025-01-10T00:00:00Z", "days": 4}}'
	status=0
	"$P" --config cfg.json --state state.json >/dev/full 2>err || status=$?
	[ "$status" -eq 3 ]
	cmp state.json state.before
}

@test "kill -9 mid-fetch, re-run: nothing lost, nothing duplicated, state whole" {
	fake '{"secret": "'"$SECRET"'", "max_limit": 50, "generate": {"n": 400, "start": "2025-01-01T00:00:00Z", "days": 14}}'
	config '"item_limit": 50'
	fetch -o run1.json
	[ "$status" -eq 0 ]
	cp state.json state.before
	# the world grows by 300 rows; a slow server; the fetch is killed in flight
	more='"generate": {"n": 300, "seed": 5, "start": "2025-01-15T00:00:00Z", "days": 4}'
	rescript '{"secret": "'"$SECRET"'", "max_limit": 50, "delay": 0.2, "rows": '"$(cat world.json)"', '"$more"'}'
	export SOURCE_DATE_EPOCH=1737244800	# 2025-01-19
	"$P" --config cfg.json --state state.json -o run2.json 2>err &
	pid=$!
	for _ in $(seq 100); do [ "$(wc -l <req.log)" -ge 5 ] && break; sleep 0.1; done
	kill -9 "$pid"
	wait "$pid" || true
	[ ! -e run2.json ]
	cmp state.json state.before
	jq -e .fetched_until state.json >/dev/null
	rescript '{"secret": "'"$SECRET"'", "max_limit": 50, "rows": '"$(cat world.json)"', '"$more"'}'
	fetch -o run2.json
	[ "$status" -eq 0 ]
	cat <(ids run1.json) <(ids run2.json) | sort >got
	[ -z "$(uniq -d got)" ]
	{ jq -r '.[].ConnectionID' world.json
	  python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import screenconnect_fake as f
print("\n".join(r["ConnectionID"] for r in f.generate({"n": 300, "seed": 5, "start": "2025-01-15T00:00:00Z", "days": 4})))' "$SDC_TOP/tests/fakes"
	} | sort >want
	[ "$(wc -l <want)" -eq 700 ]
	diff -u want got
}

@test "GenerateReportForAutomate: the Automate extension's positional body" {
	fake '{"secret": "'"$SECRET"'", "generate": {"n": 12, "start": "2025-01-10T00:00:00Z", "days": 4}}'
	printf '{"screenconnect": {"base_url": "%s", "api": "GenerateReportForAutomate", "rate_per_minute": 600000}}\n' "$URL" >cfg.json
	fetch
	[ "$status" -eq 0 ]
	[ "$(jq -r .path req.log)" = /App_Extensions/fc234f0e-2e8e-4a1f-b977-ba41b14031f7/ReportService.ashx/GenerateReportForAutomate ]
	[ "$(jq -r '.headers.CWAIKToken' req.log)" = "$SECRET" ]
	[ "$(jq -c '.body | [.[0], .[1], (.[2] | length), .[4], .[5]]' req.log)" = '["SessionConnection",[],12,"",1000]' ]
	diff -u <(world_ids) <(ids out)
}

# pipe TARGET...: the pipeline on a private data dir, with the config.
pipe() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL SDC_CONFIG="$W/cfg.json" \
	    make -s -C "$SDC_TOP" DATA="$W/data" SEED=yes PIPELINE_BIN="$SDC_BIN" \
	    PIPELINE_BUILD= SYNCRO=off "$@"
}

@test "make ingest-screenconnect: not configured is one line, the exports still convert" {
	echo '{}' >cfg.json
	run pipe ingest-screenconnect
	[ "$status" -eq 0 ]
	[ "$(grep -c 'sdc: ScreenConnect: no server (screenconnect.base_url and extension_guid in' <<<"$output")" -eq 1 ]
	[ -s data/work/screenconnect.jsonl ]
	[ ! -e data/state/screenconnect.json ]
	run pipe status
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: screenconnect "*"up to date"* ]]
}

@test "make ingest-screenconnect: fetches when configured, converts with the exports; nothing new, nothing re-run" {
	fake '{"secret": "'"$SECRET"'", "generate": {"n": 40, "start": "2025-01-10T00:00:00Z", "days": 4}}'
	run pipe ingest-screenconnect
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: 40 connections from the server in $W/data/input/screenconnect/server-"*".json"* ]]
	[ "$(ls data/input/screenconnect/server-*.json | wc -l)" -eq 1 ]
	[ "$(jq -s '[.[].segments[] | select(.metadata.connection_id)] | length' data/work/screenconnect.jsonl)" -ge 40 ]
	jq -e .fetched_until data/state/screenconnect.json >/dev/null
	cp data/work/screenconnect.jsonl before.jsonl
	stamp=$(stat -c %y data/work/screenconnect.jsonl)
	dir=$(stat -c %y data/input/screenconnect)
	# nothing new on the server: no new file, the work file untouched
	run pipe ingest-screenconnect
	[ "$status" -eq 0 ]
	[ "$(ls data/input/screenconnect/server-*.json | wc -l)" -eq 1 ]
	[ "$(stat -c %y data/work/screenconnect.jsonl)" = "$stamp" ]
	[ "$(stat -c %y data/input/screenconnect)" = "$dir" ]
	run pipe ingest-screenconnect
	[ "$status" -eq 0 ]
	[ "$(stat -c %y data/work/screenconnect.jsonl)" = "$stamp" ]
	# new connections: a second file, the conversion runs again
	jq -c '.[0:5] | map(.ConnectionID += "-new" | .ConnectedTime = "2025-01-15T10:00:00.0000000Z")' world.json >new.json
	rescript '{"secret": "'"$SECRET"'", "rows": '"$(jq -s -c add world.json new.json)"'}'
	export SOURCE_DATE_EPOCH=1736985600	# 2025-01-16
	run pipe ingest-screenconnect
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: 5 connections from the server in"* ]]
	[ "$(ls data/input/screenconnect/server-*.json | wc -l)" -eq 2 ]
	[ "$(stat -c %y data/work/screenconnect.jsonl)" != "$stamp" ]
	[ "$(grep -c -- '-new"' data/work/screenconnect.jsonl)" -ge 1 ]
	# a file fetched by a run killed before it was moved in is moved in next time
	cp "$(ls data/input/screenconnect/server-*.json | tail -1)" data/work/screenconnect-fetched.json
	run pipe ingest-screenconnect
	[ "$status" -eq 0 ]
	[ "$(ls data/input/screenconnect/server-*.json | wc -l)" -eq 3 ]
	[ ! -e data/work/screenconnect-fetched.json ]
	cp data/work/screenconnect.jsonl before.jsonl
	# a server failure stops the stage with its exit status
	rescript '{"secret": "wrong", "generate": {"n": 40, "start": "2025-01-10T00:00:00Z", "days": 4}}'
	run pipe ingest-screenconnect
	[ "$status" -ne 0 ]
	[[ "$output" == *"sdc-fetch-screenconnect failed (exit 3)"* ]]
	cmp before.jsonl data/work/screenconnect.jsonl
}

@test "sdc-doctor: the server's settings checked, the secret's variable named" {
	echo '{}' >cfg.json
	run sdc-doctor --offline --config cfg.json --data "$W/data"
	[ "$status" -eq 0 ]
	[[ "$output" == *"--  screenconnect  no server: connections come from the exports in $W/data/input/screenconnect/"* ]]
	printf '{"screenconnect": {"base_url": "https://sc.example.com"}}\n' >cfg.json
	run sdc-doctor --offline --config cfg.json --data "$W/data"
	[ "$status" -eq 1 ]
	[[ "$output" == *"FIX screenconnect  https://sc.example.com but no screenconnect.extension_guid"* ]]
	printf '{"screenconnect": {"base_url": "https://sc.example.com", "extension_guid": "%s", "auth_secret_env": "MY_SC"}}\n' "$GUID" >cfg.json
	run sdc-doctor --offline --config cfg.json --data "$W/data"
	[ "$status" -eq 1 ]
	[[ "$output" == *"FIX screenconnect  https://sc.example.com but no secret: export MY_SC"* ]]
	MY_SC=x run sdc-doctor --offline --config cfg.json --data "$W/data"
	[[ "$output" == *"ok  screenconnect  https://sc.example.com, GetReport, secret from MY_SC"* ]]
}
