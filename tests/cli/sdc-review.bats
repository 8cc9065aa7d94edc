#!/usr/bin/env bats
# sdc-review: the review queue that learns.  Decisions by key on a terminal
# (driven through a pty with script(1)) or as TSV, written as rules that
# the next make run follows.
load helpers

REVIEW='{"type":"customer","name":"Keystone","sessions":2,"why":"best \"Keystone Financial\" has confidence 50 < 80","candidates":[{"id":4,"name":"Keystone Financial","score":100,"confidence":50}],"machines":["KF-RECEP1"]}
{"type":"customer","name":"Wellness Partners","sessions":1,"why":"tie","candidates":[{"id":8,"name":"Wellness Partners East","score":100,"confidence":60},{"id":9,"name":"Wellness Partners West","score":100,"confidence":60}],"machines":[]}
{"type":"contact","name":"Nobody Known","customer_id":1,"sessions":1,"why":"x","candidates":[],"machines":[]}
{"type":"customer","name":"Test Account","sessions":3,"why":"no candidate","candidates":[],"machines":[]}'

# keys KEYS FILE: sdc-review on a pseudo-terminal, typing KEYS.
keys() {
	printf '%s' "$1" | script -qec "sdc-review --rules '$TMP/rules.jsonl' '$2'" /dev/null
}

@test "--help, --version, bad usage" {
	run sdc-review --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ sdc-review* ]]
	run sdc-review --version
	[ "$output" = "sdc-review 0.1.0" ]
	run sdc-review --bogus
	[ "$status" -eq 2 ]
	run sdc-review "$TMP/none.jsonl" </dev/null
	[ "$status" -eq 2 ]
}

@test "terminal: one key each - a candidate, not a customer, skip; machines get rules" {
	echo "$REVIEW" >"$TMP/review.jsonl"
	run keys 12n "$TMP/review.jsonl"
	[ "$status" -eq 0 ]
	[[ "$output" == *'[1/3] "Keystone": 2 sessions; machine KF-RECEP1'* ]]
	[[ "$output" == *'1  Keystone Financial (id 4)  confidence 50  score 100'* ]]
	[[ "$output" == *'[3/3] "Test Account"'*'not a customer'* ]]
	printf '%s\n' '{"type":"alias","name":"Keystone","customer_id":4}' \
	    '{"type":"machine","name":"KF-RECEP1","customer_id":4}' \
	    '{"type":"alias","name":"Wellness Partners","customer_id":9}' \
	    '{"type":"not_customer","name":"Test Account"}' >"$TMP/want"
	same "$TMP/rules.jsonl" "$TMP/want"
	# s skips, q quits: nothing more is written
	run keys sq "$TMP/review.jsonl"
	[ "$status" -eq 0 ]
	[[ "$output" == *skipped*quit* ]]
	same "$TMP/rules.jsonl" "$TMP/want"
}

@test "no terminal: TSV decisions, bad lines reported" {
	echo "$REVIEW" >"$TMP/review.jsonl"
	run --separate-stderr sdc-review --rules "$TMP/rules.jsonl" "$TMP/review.jsonl" \
	    < <(printf 'Keystone\t4\nTest Account\t-\nWellness Partners\t\nbroken line\nX\tabc\n')
	[ "$status" -eq 1 ]
	[[ "$stderr" == *'-:4: no TAB between name and customer id'* ]]
	[[ "$stderr" == *'-:5: customer id is not a number'* ]]
	[[ "$stderr" == *'1 linked, 1 not customers, 1 skipped'* ]]
	[ "$(jq -r .type "$TMP/rules.jsonl" | tr '\n' ' ')" = "alias machine not_customer " ]
}

# The sample data, plus three tickets whose names sdc-link cannot settle.
extra_notes() {
	mkdir -p "$1/input/notes"
	jq '{tickets: [.tickets[0] | (.ticketNumber = "9001" | .customer = "Wellness Partners"),
	    (.ticketNumber = "9002" | .customer = "Keystone"),
	    (.ticketNumber = "9003" | .customer = "HealthGroup")]}' \
	    "$SDC_TOP/tests/fixtures/notes/notes.json" >"$1/input/notes/extra.json"
}

@test "make run, sdc-review on a pty settles three names, the next make run links them unasked" {
	unset MAKEFLAGS MFLAGS MAKELEVEL
	D=$TMP/data
	make -s -C "$SDC_TOP" DATA="$D" PIPELINE_BIN="$SDC_BIN" PIPELINE_BUILD= SYNCRO=off SEED=yes pipeline-seed >/dev/null
	extra_notes "$D"
	make -s -C "$SDC_TOP" DATA="$D" PIPELINE_BIN="$SDC_BIN" PIPELINE_BUILD= SYNCRO=off run >/dev/null 2>&1
	jq -r .name "$D/out/needs-review.jsonl" | sort >"$TMP/names"
	printf '%s\n' HealthGroup "Innovate Industries" Keystone "Sample Corp" "Wellness Partners" >"$TMP/want"
	same "$TMP/names" "$TMP/want"
	# in the file's order: a key for each of the five names (the
	# candidate's position in its list, n or s)
	k=$(jq -r '(.name) as $n | ({"Wellness Partners": "Wellness Partners West",
	    "Keystone": "Keystone Financial", "HealthGroup": "HealthGroup Alpha"}[$n]) as $want
	    | if $want then ([.candidates[].name] | index($want) + 1 | tostring)
	      elif $n == "Sample Corp" then "n" else "s" end' "$D/out/needs-review.jsonl" | tr -d '\n')
	[ "${#k}" -eq 5 ]
	printf '%s' "$k" | script -qec "cd '$TMP' && sdc-review" /dev/null >"$TMP/screen"
	[ "$(grep -c '"type":"alias"' "$D/state/link-rules.jsonl")" -eq 3 ]
	make -s -C "$SDC_TOP" DATA="$D" PIPELINE_BIN="$SDC_BIN" PIPELINE_BUILD= SYNCRO=off run >/dev/null 2>&1
	[ "$(jq -r .name "$D/out/needs-review.jsonl")" = "Innovate Industries" ]
	jq -c 'select(.meta.source_identifiers[0] | endswith("extra.json"))
	    | [.context.customer_name, .meta.processing_status]' "$D/out/sessions.jsonl" | sort >"$TMP/got"
	printf '%s\n' '["HealthGroup Alpha","Linked"]' '["Keystone Financial","Linked"]' \
	    '["Wellness Partners West","Linked"]' >"$TMP/want"
	same "$TMP/got" "$TMP/want"
	[ "$(jq -r 'select(.context.customer_name == "Sample Corp") | .meta.processing_status' "$D/out/sessions.jsonl")" = Reviewed ]
}
