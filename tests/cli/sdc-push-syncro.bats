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
# The linked, billable work items of the sample.
billable() {
	jq -s '[.[] | select(.customer_id != null and .calculated_insights.billable_minutes > 0)] | length' "$W/workitems.jsonl"
}

@test "--help, --version, usage errors exit 2" {
	run "$P" --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"usage: sdc-push-syncro"* ]]
	run "$P" --version
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

@test "plan, apply, apply again, change one session: the acceptance run" {
	fake
	n=$(billable)
	[ "$n" -eq 14 ]
	push --create-tickets --plan plan.jsonl workitems.jsonl
	[ "$status" -eq 0 ]
	# NDJSON when stdout is not a terminal, the same as the kept plan
	jq -e . out >/dev/null
	[ "$(jq -s '[.[] | select(.action != "total")] | length' plan.jsonl)" -eq 19 ]
	[ "$(jq -s '[.[] | select(.action == "create")] | length' plan.jsonl)" -eq 14 ]
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
	[ "$(jq -s '[.[] | select(.action == "unchanged")] | length' out)" -eq 14 ]
	# one session runs 29 minutes longer: exactly one entry is updated
	jq -c 'if .meta.session_id == "37855717-e097-5d9c-b3d9-35885304ba55"
	    then .insights.session_end_time_utc = "2025-01-09T00:30:00Z" else . end' \
	    "$F/sessions.jsonl" >sessions.jsonl
	"$SDC_BIN/sdc-group" sessions.jsonl >workitems.jsonl
	push --create-tickets --plan plan2.jsonl workitems.jsonl
	[ "$status" -eq 0 ]
	[ "$(jq -s '[.[] | select(.action == "update")] | length' plan2.jsonl)" -eq 1 ]
	[ "$(jq -s '[.[] | select(.action == "create")] | length' plan2.jsonl)" -eq 0 ]
	push --apply --plan plan2.jsonl
	[ "$status" -eq 0 ]
	[ "$(writes)" -eq $((w + 1)) ]
	[ "$(grep -c '"PUT"' req.log)" -eq 1 ]
	[ "$(timers)" -eq 14 ]
	jq -e '.timers[] | select(.ticket_id == 82020001 and .billable_time == 180)' store.json
}
