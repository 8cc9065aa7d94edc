#!/usr/bin/env bats
# sdc-push-syncro against tests/fakes/syncro_fake.py on 127.0.0.1, on the
# work items of the bundled sample data (tests/fixtures/push/README).

bats_require_minimum_version 1.5.0

setup() {
	W=$BATS_TEST_TMPDIR
	P=$SDC_BIN/sdc-push-syncro
	FAKE=$SDC_TOP/tests/fakes/syncro_fake.py
	F=$SDC_FIXTURES/push
	export SYNCRO_API_KEY=T0a1b2c3d4e5f6-9f8e7d6c5b4a39281706
	export SOURCE_DATE_EPOCH=1740787200
	cp "$F/billing.json" "$W/cfg.json"
	cp "$F/sessions.jsonl" "$F/workitems.jsonl" "$W/"
	cd "$W"
}

teardown() {
	if [ -n "${FAKE_PID:-}" ]; then kill "$FAKE_PID" 2>/dev/null || true; fi
}

# fake [JQ-EDIT]: start the fake on fixtures/push/fake.json (edited by the
# jq filter), storing what is posted in $W/store.json; sets URL.
fake() {
	[ -z "${FAKE_PID:-}" ] || { kill "$FAKE_PID"; wait "$FAKE_PID" 2>/dev/null || :; }
	rm -f "$W/port" "$W/store.json"
	jq --arg s "$W/store.json" "${1:-.} | .store = \$s" "$F/fake.json" >"$W/script.json"
	/usr/bin/python3 "$FAKE" --script "$W/script.json" --log "$W/req.log" \
	    --port-file "$W/port" &
	FAKE_PID=$!
	for _ in $(seq 200); do [ -s "$W/port" ] && break; sleep 0.05; done
	URL=http://127.0.0.1:$(cat "$W/port")/api/v1
}

# rescript JQ-EDIT: change the fake's world (faults) between two runs.
rescript() {
	jq "$1" "$W/script.json" >"$W/script.new" && mv "$W/script.new" "$W/script.json"
}

# push ARGS...: stdout in out, stderr in err, exit status in $status.
push() {
	status=0
	"$P" --base-url "$URL" --rate 60000 --config "$W/cfg.json" \
	    --ledger "$W/ledger.jsonl" --sessions "$W/sessions.jsonl" "$@" \
	    >"$W/out" 2>"$W/err" || status=$?
}

timers() { jq '.timers | length' "$W/store.json"; }
writes() { jq '.writes' "$W/store.json"; }
# Timers whose marker and user appear more than once: must print nothing.
doubles() {
	jq -r '.timers[] | "\(.notes | capture("\\[sdc:(?<w>[^]]*)\\]").w)/\(.user_id)"' \
	    "$W/store.json" | sort | uniq -d
}
# A fresh fake, and the sample's plan (without new tickets) applied to it.
fake_and_apply() {
	fake
	push --plan plan.jsonl workitems.jsonl
	push --apply --plan plan.jsonl
	[ "$status" -eq 0 ]
}
# count ACTION FILE: the entries of the plan (or results) FILE with ACTION.
count() {
	jq -s --arg a "$1" '[.[] | select(.action == $a)] | length' "$2"
}
# The linked, billable work items of the sample.
billable() {
	jq -s '[.[] | select(.customer_id != null and .calculated_insights.billable_minutes > 0)] | length' "$W/workitems.jsonl"
}

@test "--help, --version, usage errors exit 2" {
	run "$P" --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"usage: sdc-push-syncro"* ]]
	run "$P" --version
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-push-syncro 0.1.0" ]
	run --separate-stderr "$P" --apply
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--plan FILE"* ]]
	run --separate-stderr "$P" --format html
	[ "$status" -eq 2 ]
	run --separate-stderr "$P" --bogus
	[ "$status" -eq 2 ]
}

@test "an unmapped technician stops the plan, names every one, sends nothing" {
	fake
	jq '.billing.technicians = {"AdminUser": 101202}' "$F/billing.json" >cfg.json
	push workitems.jsonl
	[ "$status" -eq 2 ]
	grep -q 'no Syncro user for technician "Admin User"' err
	grep -q 'billing.technicians' err
	[ ! -s out ]
	[ ! -e store.json ] || [ "$(writes)" -eq 0 ]
	! grep -q '"POST"' req.log
}

@test "a work item claiming 2^63-1 billable minutes is skipped, said why, no time computed from it (torture: huge numbers)" {
	fake
	id=$(jq -rs '[.[] | select(.customer_id != null and .calculated_insights.billable_minutes > 0)][0].work_item_id' workitems.jsonl)
	jq -c --arg id "$id" 'if .work_item_id == $id then .calculated_insights.billable_minutes = 9223372036854775807 else . end' \
	    workitems.jsonl >huge.jsonl
	push --plan plan.jsonl huge.jsonl
	[ "$status" -eq 0 ]
	[ "$(jq -rs --arg id "$id" '[.[] | select(.work_item_id == $id)] | map(.action + ": " + (.reason // "")) | join(",")' plan.jsonl)" = \
	    "skip: billable_minutes over ten years" ]
	[ "$(count create plan.jsonl)" -ge 1 ]
}

@test "plan, apply, apply again, change one session: the acceptance run" {
	fake
	n=$(billable)
	[ "$n" -eq 14 ]
	push --create-tickets --plan plan.jsonl workitems.jsonl
	[ "$status" -eq 0 ]
	# NDJSON when stdout is not a terminal, the same as the kept plan
	jq -e . out >/dev/null
	[ "$(jq -s '[.[] | select(.action != "total")] | length' plan.jsonl)" -eq 19 ]
	[ "$(count create plan.jsonl)" -eq 14 ]
	[ "$(jq -s '[.[] | select(.new_ticket != null)] | length' plan.jsonl)" -eq 8 ]
	# unlinked items are listed, never pushed
	[ "$(jq -s '[.[] | select(.reason == "no linked customer")] | length' plan.jsonl)" -eq 3 ]
	! grep -q '"POST"' req.log	# the plan sends nothing
	push --apply --plan plan.jsonl
	[ "$status" -eq 0 ]
	[ "$(timers)" -eq 14 ]
	[ -z "$(doubles)" ]
	# each on the right ticket: the Syncro sessions' own, the open one,
	# else a new ticket of the same customer
	[ "$(jq '[.timers[] | select(.ticket_id == 78677614)] | length' store.json)" -eq 1 ]
	[ "$(jq '[.timers[] | select(.ticket_id == 82012345)] | length' store.json)" -eq 1 ]
	[ "$(jq '[.timers[] | select(.ticket_id == 82020001)] | length' store.json)" -eq 4 ]
	jq -e '[.tickets[] | .customer_id] | length == 8' store.json
	jq -e '(.tickets | map({(.id|tostring): .customer_id}) | add) as $c |
	    [.timers[] | select(.ticket_id >= 90000001) | $c[.ticket_id|tostring]] | length == 8' store.json
	[ "$(wc -l <ledger.jsonl)" -eq 22 ]	# 8 tickets + 14 timers
	w=$(writes)
	# a second --apply posts nothing
	push --apply --plan plan.jsonl
	[ "$status" -eq 0 ]
	[ "$(writes)" -eq "$w" ]
	[ "$(count unchanged out)" -eq 14 ]
	# one session runs 29 minutes longer: exactly one entry is updated
	jq -c 'if .meta.session_id == "37855717-e097-5d9c-b3d9-35885304ba55"
	    then .insights.session_end_time_utc = "2025-01-09T00:30:00Z" else . end' \
	    "$F/sessions.jsonl" >sessions.jsonl
	"$SDC_BIN/sdc-group" sessions.jsonl >workitems.jsonl
	push --create-tickets --plan plan2.jsonl workitems.jsonl
	[ "$status" -eq 0 ]
	[ "$(count update plan2.jsonl)" -eq 1 ]
	[ "$(count create plan2.jsonl)" -eq 0 ]
	push --apply --plan plan2.jsonl
	[ "$status" -eq 0 ]
	[ "$(writes)" -eq $((w + 1)) ]
	[ "$(grep -c '"PUT"' req.log)" -eq 1 ]
	[ "$(timers)" -eq 14 ]
	jq -e '.timers[] | select(.ticket_id == 82020001 and .billable_time == 180)' store.json
}

# run_killed N MODE: --apply with the N-th write stalled (MODE
# stall_before: not stored yet; stall_after: stored, no answer yet), killed
# with SIGKILL there; then the fault is lifted and --apply runs again.
run_killed() {
	rescript ".write_fault = {\"nth\": $1, \"mode\": \"$2\", \"seconds\": 30}"
	"$P" --base-url "$URL" --rate 60000 --config cfg.json --ledger ledger.jsonl \
	    --apply --plan plan.jsonl >/dev/null 2>&1 &
	pid=$!
	for _ in $(seq 400); do
		[ -e store.json ] && [ "$(writes)" -ge "$1" ] && break
		sleep 0.02
	done
	kill -9 "$pid"
	wait "$pid" 2>/dev/null || :
	rescript 'del(.write_fault)'
	push --apply --plan plan.jsonl
	[ "$status" -eq 0 ]
}

@test "kill -9 at every write, then re-run: no timer twice, none lost" {
	fake
	push --create-tickets --plan plan.jsonl workitems.jsonl
	[ "$status" -eq 0 ]
	total=22	# 8 new tickets + 14 timers
	for n in $(seq 1 $total); do
		# stored but unanswered is the dangerous point: every write;
		# not yet stored: every fourth
		for mode in stall_after $([ $((n % 4)) -eq 1 ] && echo stall_before); do
			rescript ".epoch = \"$n-$mode\""
			rm -f ledger.jsonl store.json
			run_killed "$n" "$mode"
			[ "$(timers)" -eq 14 ] || { echo "kill at write $n ($mode): $(timers) timers"; return 1; }
			[ -z "$(doubles)" ] || { echo "kill at write $n ($mode): doubles $(doubles)"; return 1; }
			[ "$(jq '.tickets | length' store.json)" -eq 8 ] || { echo "kill at write $n ($mode): tickets"; return 1; }
		done
	done
}

@test "a write answered 502 or timed out is checked, not posted twice" {
	fake '.write_fault = {"nth": 3, "mode": "fail", "status": 502}'
	push --plan plan.jsonl workitems.jsonl
	[ "$status" -eq 0 ]
	push --apply --plan plan.jsonl
	[ "$status" -eq 0 ]
	[ "$(timers)" -eq 6 ]
	[ -z "$(doubles)" ]
	fake '.write_fault = {"nth": 2, "mode": "stall_after", "seconds": 3}'
	rm ledger.jsonl
	push --timeout 1 --apply --plan plan.jsonl
	[ "$status" -eq 0 ]
	[ "$(timers)" -eq 6 ]
	[ -z "$(doubles)" ]
	grep -q 'checking Syncro before sending again' err
}

@test "a 403 stops the run at once (exit 3); a 422 refuses one entry (exit 1)" {
	fake '.write_fault = {"nth": 2, "mode": "fail", "status": 403}'
	push --plan plan.jsonl workitems.jsonl
	push --apply --plan plan.jsonl
	[ "$status" -eq 3 ]
	[ "$(writes)" -eq 2 ]
	[ "$(timers)" -eq 1 ]
	[ "$(wc -l <ledger.jsonl)" -eq 1 ]
	fake '.write_fault = {"nth": 2, "mode": "fail", "status": 422}'
	rm ledger.jsonl
	push --apply --plan plan.jsonl
	[ "$status" -eq 1 ]
	[ "$(timers)" -eq 5 ]
	[ "$(count refused out)" -eq 1 ]
}

@test "amounts: rates from the config in the plan and the md/csv/html reports; totals are the sums" {
	fake
	push --create-tickets --plan plan.jsonl workitems.jsonl
	[ "$status" -eq 0 ]
	# each entry: rate x minutes, to the cent; the customer rule, the
	# customer-name rule, the default
	jq -s -e 'map(select(.action == "create")) | all(.amount == ((.rate * .duration_minutes / 60 * 100 | round) / 100))' plan.jsonl
	jq -s -e 'map(select(.customer_id == 18005432 and .action == "create")) | all(.rate == 150 and .product_id == 1002)' plan.jsonl
	jq -s -e 'map(select(.customer_name == "Wellness Partners West" and .action == "create")) | all(.rate == 95.5)' plan.jsonl
	jq -s -e 'map(select(.customer_id == 47914465 and .action == "create")) | all(.rate == 120 and .product_id == 1001)' plan.jsonl
	# per-customer totals are the sums of the entries
	jq -s -e '(map(select(.action == "create")) | group_by(.customer_id)
	    | map({key: (.[0].customer_id | tostring), value: (map(.amount * 100 | round) | add)}) | from_entries) as $sum
	    | map(select(.action == "total")) | all(($sum[.customer_id | tostring]) == (.amount * 100 | round))' plan.jsonl
	t=$(jq -s "[.[] | select(.action == \"total\") | .amount * 100 | round] | add" plan.jsonl)
	[ "$t" -eq 214189 ]	# 225 + 120 + 180 + 30 + 596.89 + 990
	# the table shows the same totals
	push --format table --create-tickets workitems.jsonl
	grep -q 'Keystone Financial .* 90 min *225.00 USD' out
	# sdc-report: the same rates and amounts, per item and per customer
	"$SDC_BIN/sdc-report" --config cfg.json --format csv --sessions sessions.jsonl workitems.jsonl >r.csv
	head -1 r.csv | grep -q ',rate,amount'
	python3 - r.csv plan.jsonl <<-'PY'
		import csv, json, sys
		rows = list(csv.DictReader(open(sys.argv[1], newline="")))
		plan = [json.loads(l) for l in open(sys.argv[2])]
		for r in rows:
		    want = round(float(r["rate"]) * int(r["billable_minutes"]) / 60 + 1e-9, 2)
		    assert abs(float(r["amount"]) - want) < 0.005, r
		for e in plan:
		    if e["action"] == "create":
		        r = next(r for r in rows if r["work_item_id"] == e["work_item_id"])
		        assert float(r["rate"]) == e["rate"] and float(r["amount"]) == e["amount"], (r, e)
		for t in (e for e in plan if e["action"] == "total"):
		    s = sum(round(float(r["amount"]) * 100) for r in rows
		            if r["customer_id"] == str(t["customer_id"]) and int(r["billable_minutes"]) > 0)
		    assert s == round(t["amount"] * 100), (t, s)
	PY
	"$SDC_BIN/sdc-report" --config cfg.json --format md --sessions sessions.jsonl workitems.jsonl >r.md
	grep -q '^\*\*Total Keystone Financial:\*\* 3 work items · 1:30 billable · 225.00 USD$' r.md
	grep -q '^| Customer | Work items | Billable | Hours | Amount (USD) |$' r.md
	all=$(python3 -c 'import csv,sys; print("%.2f" % (sum(round(float(r["amount"])*100) for r in csv.DictReader(open("r.csv")))/100))')
	grep -q "^| \*\*All\*\* | 19 | .* | $all |\$" r.md
	"$SDC_BIN/sdc-report" --config cfg.json --format html --sessions sessions.jsonl workitems.jsonl >r.html
	grep -q '<th class="n">Amount (USD)</th>' r.html
	grep -q "<td class=\"n\">$all</td></tr></tfoot>" r.html
}

@test "lost ledger: a re-run finds every timer and ticket by its marker" {
	fake
	push --create-tickets --plan plan.jsonl workitems.jsonl
	push --apply --plan plan.jsonl
	[ "$status" -eq 0 ]
	w=$(writes)
	rm ledger.jsonl
	push --create-tickets --plan again.jsonl workitems.jsonl
	[ "$status" -eq 0 ]
	[ "$(count unchanged again.jsonl)" -eq 14 ]
	[ "$(jq -s '[.[] | select(.new_ticket != null)] | length' again.jsonl)" -eq 0 ]
	rm ledger.jsonl
	push --apply --plan plan.jsonl	# the old plan, still saying "create"
	[ "$status" -eq 0 ]
	[ "$(writes)" -eq "$w" ]
	[ "$(jq '.tickets | length' store.json)" -eq 8 ]
}

@test "a work item grown by a session updates its timer; a vanished one is kept unless --prune" {
	fake_and_apply
	[ "$(timers)" -eq 6 ]
	# a new session joins the Wellness Partners East item of Jan 10: new
	# work item id, same timer
	jq -c 'select(.meta.session_id == "37855717-e097-5d9c-b3d9-35885304ba55")
	    | .meta.session_id = "00000000-0000-5000-8000-000000000001"
	    | .insights.session_start_time_utc = "2025-01-10T19:00:00Z"
	    | .insights.session_end_time_utc = "2025-01-10T19:30:00Z"' \
	    "$F/sessions.jsonl" >>sessions.jsonl
	"$SDC_BIN/sdc-group" sessions.jsonl >workitems.jsonl
	push --plan plan2.jsonl workitems.jsonl
	[ "$(count update plan2.jsonl)" -eq 1 ]
	[ "$(jq -s '[.[] | select(.action == "create" or .action == "vanished")] | length' plan2.jsonl)" -eq 0 ]
	push --apply --plan plan2.jsonl
	[ "$(timers)" -eq 6 ]
	[ -z "$(doubles)" ]
	# the Jan 9 03:50 item disappears from the input
	gone=$(jq -r 'select(.calculated_insights.work_item_start_time_utc == "2025-01-09T03:50:00Z") | .work_item_id' workitems.jsonl)
	grep -v "$gone" workitems.jsonl >w3.jsonl
	push --plan plan3.jsonl w3.jsonl
	[ "$(jq -s --arg g "$gone" '[.[] | select(.action == "vanished" and .work_item_id == $g)] | length' plan3.jsonl)" -eq 1 ]
	push --apply --plan plan3.jsonl
	[ "$(timers)" -eq 6 ]
	push --prune --plan plan4.jsonl w3.jsonl
	[ "$(count delete plan4.jsonl)" -eq 1 ]
	push --apply --plan plan4.jsonl
	[ "$status" -eq 0 ]
	[ "$(timers)" -eq 5 ]
}

@test "--charge charges each timer once; users lists the technicians' ids" {
	fake_and_apply
	[ "$(jq '[.timers[] | select(.recorded)] | length' store.json)" -eq 0 ]
	push --apply --charge --plan plan.jsonl
	[ "$status" -eq 0 ]
	[ "$(jq '[.timers[] | select(.recorded)] | length' store.json)" -eq 6 ]
	w=$(writes)
	push --apply --charge --plan plan.jsonl
	[ "$(writes)" -eq "$w" ]
	push users
	[ "$status" -eq 0 ]
	[ "$(cat out)" = '{"Admin User":101202}' ]
	! grep -q "$SYNCRO_API_KEY" out err
}

# Prism (make prism) as a validating proxy in front of the fake: every
# request sdc-push-syncro sends must match Syncro's OpenAPI description.
@test "requests validated against Syncro's OpenAPI description (Prism)" {
	prism=$SDC_TOP/tests/.prism/node_modules/.bin/prism
	[ -x "$prism" ] || prism=$(command -v prism || true)
	if [ -z "$prism" ]; then
		[ -z "${CI:-}" ] || { echo "prism missing in CI: run make prism" >&2; return 1; }
		skip "prism not installed (make prism installs @stoplight/prism-cli)"
	fi
	fake
	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	"$prism" proxy --errors -h 127.0.0.1 -p "$port" "$F/openapi-timers.json" \
	    "http://127.0.0.1:$(cat port)" >prism.log 2>&1 &
	PRISM_PID=$!
	for _ in $(seq 300); do
		curl -s -o /dev/null "http://127.0.0.1:$port/users" && break
		sleep 0.1
	done
	# first: Prism does refuse a body the description forbids
	code=$(curl -s -o bad.json -w '%{http_code}' -X POST -H "Authorization: Bearer x" \
	    -H 'Content-Type: application/json' -d '{"start_at": "2025-01-10T15:58:00Z", "duration_minutes": "ninety"}' \
	    "http://127.0.0.1:$port/tickets/82020001/timer_entry")
	[ "$code" -eq 422 ]
	grep -q duration_minutes bad.json
	# Prism logs the violation after it answers: wait for it, so that none
	# of the probe's lines are counted as the program's
	for _ in $(seq 100); do grep -q 'Violation' prism.log && break; sleep 0.05; done
	probes=$(wc -l <prism.log)	# the probes above are refused, rightly
	URL=http://127.0.0.1:$port
	push --create-tickets --plan plan.jsonl workitems.jsonl
	[ "$status" -eq 0 ]
	push --apply --plan plan.jsonl
	[ "$status" -eq 0 ]
	jq -c 'if .meta.session_id == "37855717-e097-5d9c-b3d9-35885304ba55"
	    then .insights.session_end_time_utc = "2025-01-09T00:30:00Z" else . end' \
	    "$F/sessions.jsonl" >sessions.jsonl
	"$SDC_BIN/sdc-group" sessions.jsonl | grep -v a4b6d4f0 >w2.jsonl
	push --create-tickets --prune --plan plan2.jsonl w2.jsonl
	[ "$status" -eq 0 ]
	push --apply --charge --plan plan2.jsonl
	kill "$PRISM_PID"
	[ "$status" -eq 0 ]
	[ "$(timers)" -eq 13 ]
	[ "$(jq '[.timers[] | select(.recorded)] | length' store.json)" -eq 13 ]
	grep -q 'Forwarding "post" request to .*/timer_entry' prism.log
	grep -q 'Forwarding "post" request to .*/tickets\.\.\.' prism.log
	grep -q 'Forwarding "put" request to .*/update_timer_entry' prism.log
	grep -q 'Forwarding "post" request to .*/delete_timer_entry' prism.log
	grep -q 'Forwarding "post" request to .*/charge_timer_entry' prism.log
	tail -n +$((probes + 1)) prism.log >sent.log
	grep -q 'Request received' sent.log
	if grep -Ei 'violation|✖|error' sent.log; then return 1; fi
}
