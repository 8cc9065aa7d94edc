#!/usr/bin/env bats
# sdc-link: each cascade rule, duplicates, contacts, memory, aliases,
# --review, --no-llm, and the LLM fallback against the loopback fake.
load helpers

CUST=$FIX/link/customers.json
FAKE=

teardown() {
	if [ -n "$FAKE" ]; then kill "$FAKE" 2>/dev/null || true; fi
	rm -rf "$TMP"
}
IN=$FIX/link/sessions.jsonl

# Each output session as "id,status,customer id", on one line.
links() {
	summary "$1" | cut -d, -f1-3 | tr -d '[]"' | tr '\n' ' '
}

# The linked fields of each output session, one line each.
summary() {
	jq -c '[.meta.session_id, .meta.processing_status, .context.customer_id,
	    .context.customer_name, .context.contact_id]' "$1"
}

link() {
	sdc-link --customers "$CUST" --memory "$TMP/mem.jsonl" "$@"
}

start_fake() {
	python3 "$SDC_TOP/tests/fakes/llm_fake.py" --port-file "$TMP/port" \
	    --log "$TMP/reqs.jsonl" "$@" &
	FAKE=$!
	for _ in $(seq 100); do [ -s "$TMP/port" ] && break; sleep 0.05; done
	cat >"$TMP/cfg.json" <<-CFG
	{"llm": {"providers": {"fake": {"type": "openai",
	  "base_url": "http://127.0.0.1:$(cat "$TMP/port")/v1",
	  "api_key_env": "SDC_TEST_NO_KEY"}},
	  "capabilities": {"lightweight": "fake:mini"}, "max_retries": 0,
	  "log_file": "$TMP/calls.jsonl"}}
	CFG
}

stop_fake() {
	kill "$FAKE" 2>/dev/null || true
	wait "$FAKE" 2>/dev/null || true
}

@test "--help, --version, bad option" {
	run sdc-link --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ sdc-link* ]]
	run sdc-link --version
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-link 0.1.0" ]
	run sdc-link --bogus
	[ "$status" -eq 2 ]
}

@test "every rule: exact, normalised, weighted (typo, acronym), subset, duplicates, margin" {
	link --no-llm "$IN" >"$TMP/out" 2>"$TMP/err"
	summary "$TMP/out" >"$TMP/got"
	cat >"$TMP/want" <<-'EOF'
	["s1","Linked",5,"Innovatech Services",null]
	["s2","Linked",1,"HealthGroup Alpha",11]
	["s3","Linked",10,"The Granite Legal Group, LLC",null]
	["s4","Needs Review",null,"Keystone",null]
	["s5","Linked",1,"HealthGroup Alpha",11]
	["s6","Needs Review",null,"(empty)",null]
	["s7","Needs Review",null,"Wellness Partners",null]
	["s8","Needs Linking",null,"Acme Dental",null]
	["s9","Linked",3,"Acme Dental",null]
	["s10","Linked",5,"Innovatech Services",null]
	["s11","Needs Review",null,"Wellness Partners Eest",null]
	EOF
	same "$TMP/got" "$TMP/want"
	run jq -r '.meta.processing_log[]' "$TMP/out"
	[ "$status" -eq 0 ]
	[[ "$output" == *'sdc-link/0.1.0 customer rule=weighted score=97 guessed="Innovatch Services" confidence='* ]]
	[[ "$output" == *'customer rule=exact score=100 guessed="healthgroup alpha"'* ]]
	[[ "$output" == *'customer rule=normalised score=100 guessed="Granite Legal Group"'* ]]
	[[ "$output" == *'contact rule=weighted score=96 guessed="Eleanr Vance"'* ]]
	[ "$(jq -r 'select(.meta.session_id == "s5") | .meta.processing_log[0]' "$TMP/out")" = \
	    'sdc-link/0.1.0 customer rule=weighted score=77 guessed="HG Alpha" confidence=83 evidence=name:exact+acronym' ]
}

@test "unknown keys are carried through; untouched records are byte-identical" {
	link --no-llm "$IN" >"$TMP/out"
	[ "$(jq -r 'select(.meta.session_id == "s1") | .x_user_key' "$TMP/out")" = kept ]
	grep '"s8"' "$IN" | jq -c . >"$TMP/want"
	grep '"s8"' "$TMP/out" >"$TMP/got"
	same "$TMP/got" "$TMP/want"
}

@test "-v: one audit line per decision" {
	run --separate-stderr link --no-llm -v "$IN"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *'customer "Keystone": no link: best "Keystone Financial" has confidence 75 < 81'* ]]
	[[ "$stderr" == *'customer "(empty)": no link: 2 candidates named "(empty)"'* ]]
	[[ "$stderr" == *'customer "Innovatch Services": rule=weighted score=97 confidence='*' -> 5 "Innovatech Services"'* ]]
	[ "$(grep -c 'customer "Innovatch Services"' <<<"$stderr")" -eq 1 ]	# memoised
	[[ "$stderr" == *"11 read, 11 written, 0 rejected"* ]]
}

@test "--review lists unresolved names with sessions and candidates" {
	link --no-llm --review "$TMP/review.jsonl" "$IN" >/dev/null
	run jq -c '[.name, .sessions, [.candidates[] | [.name, .confidence]]]' "$TMP/review.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '["Keystone",1,[["Keystone Financial",50]]]' ]
	[ "${lines[1]}" = '["(empty)",1,[]]' ]
	[ "${lines[2]}" = '["Wellness Partners",1,[["Wellness Partners East",60],["Wellness Partners West",60]]]' ]
	[ "${lines[3]}" = '["Wellness Partners Eest",1,[["Wellness Partners East",95],["Wellness Partners West",95]]]' ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "aliases win over every other rule; unknown alias ids are ignored" {
	echo '{"keystone": 4, "Innovatch Services": 3, "Nobody": 999}' >"$TMP/aliases.json"
	link --no-llm --aliases "$TMP/aliases.json" "$IN" >"$TMP/out"
	summary "$TMP/out" | grep -E '"s(1|4)"' >"$TMP/got"
	printf '%s\n' '["s1","Linked",3,"Acme Dental",null]' \
	    '["s4","Linked",4,"Keystone Financial",null]' >"$TMP/want"
	same "$TMP/got" "$TMP/want"
}

@test "memory: a second run reuses every decision" {
	link --no-llm "$IN" >"$TMP/out1"
	# all but "Wellness Partners Eest", which waits for a run with an LLM
	[ "$(wc -l <"$TMP/mem.jsonl")" -eq 9 ]
	run --separate-stderr link --no-llm -v "$IN"
	[ "$status" -eq 0 ]
	[ "$(grep -c '(remembered)' <<<"$stderr")" -eq 9 ]
	[ "$output" = "$(cat "$TMP/out1")" ]
}

@test "memory: an unresolved contact is remembered as such" {
	jq -c 'select(.meta.session_id == "s2") | .context.contact_name = "Nobody Known"' "$IN" >"$TMP/in"
	link --no-llm "$TMP/in" >"$TMP/out1"
	grep -q '"type":"contact","guess":"Nobody Known","customer_id":1,"contact_id":null' "$TMP/mem.jsonl"
	link --no-llm "$TMP/in" >"$TMP/out2"
	same "$TMP/out2" "$TMP/out1"
	[ "$(jq -r .context.contact_id "$TMP/out2")" = null ]
}

@test "memory: a remembered no-link expires when the customer list changes" {
	link --no-llm "$IN" >/dev/null
	jq -c '. + [{"id": 20, "business_name": "Keystone"}]' "$CUST" >"$TMP/c2.json"
	sdc-link --no-llm --customers "$TMP/c2.json" --memory "$TMP/mem.jsonl" "$IN" >"$TMP/out"
	[ "$(summary "$TMP/out" | grep '"s4"')" = '["s4","Linked",20,"Keystone",null]' ]
}

@test "the original's lean cache loads; sample names link" {
	printf '%s\n' "$(jq -c '.context.customer_name = "Acme Inc." | .context.contact_name = null' <(head -1 "$IN"))" >"$TMP/in"
	sdc-link --no-llm --no-memory --customers "$FIX/link/lean_customer_cache.json" "$TMP/in" >"$TMP/out"
	[ "$(summary "$TMP/out")" = '["s1","Linked",51797823,"Acme Incorporated",null]' ]
}

@test "--skip-source and other statuses pass through, counted" {
	run --separate-stderr link --no-llm -v --skip-source ScreenConnect "$IN"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"9 passed through"* ]]
	[ "$(summary <(echo "$output") | grep '"s8"')" = '["s8","Linked",3,"Acme Dental",null]' ]
}

@test "bad records are rejected with FILE:LINE, the rest goes on" {
	{ head -1 "$IN"; echo '{"no": "meta"}'; echo 'not json'; } >"$TMP/in"
	run --separate-stderr link --no-llm --reject "$TMP/rej" "$TMP/in"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "$stderr" == *"$TMP/in:2: not a session"* ]]
	[ "$(wc -l <"$TMP/rej")" -eq 2 ]
}

@test "a missing customers file is a usage error, nothing written" {
	run sdc-link --customers "$TMP/nope.json" --no-memory "$IN"
	[ "$status" -eq 2 ]
	[ -z "$output" ] || [[ "$output" == sdc-link:* ]]
}

@test "llm: the original's prompt over the candidates; a valid answer links" {
	start_fake --script <(echo '[{"text": " \"wellness partners west\" "}]')
	run --separate-stderr link --config "$TMP/cfg.json" -v "$IN"
	stop_fake
	[ "$status" -eq 0 ]
	grep -q '"s11","Linked",9,"Wellness Partners West"' <(summary <(echo "$output"))
	# only the plausible, ambiguous name: not "Keystone" (confidence 50 <
	# 60), not "Wellness Partners" (60, but the LLM band starts above),
	# not "(empty)" (duplicates)
	[ "$(wc -l <"$TMP/reqs.jsonl")" -eq 1 ]
	jq -r '.body.messages[1].content' "$TMP/reqs.jsonl" >"$TMP/prompt"
	printf '%s\n' 'From the following list of names:' '[' '  "Wellness Partners East",' \
	    '  "Wellness Partners West"' ']' '' \
	    'Which one is the most likely match for the name: "Wellness Partners Eest"?' >"$TMP/want"
	same "$TMP/prompt" "$TMP/want"
	[ "$(jq -r '.body.messages[0].content' "$TMP/reqs.jsonl")" = \
	    'Identify the single best match from a list of company names. Respond with only the name of the winner, exactly as it appears in the list provided.' ]
	[[ "$stderr" == *'rule=llm score=95 confidence=95 -> 9 "Wellness Partners West"'* ]]
	[ "$(jq -r .task "$TMP/calls.jsonl")" = link ]
}

@test "llm: an answer that names no candidate links nothing; memory makes a second run call nothing" {
	start_fake
	link --config "$TMP/cfg.json" "$IN" >"$TMP/out1"
	n1=$(wc -l <"$TMP/reqs.jsonl")
	link --config "$TMP/cfg.json" "$IN" >"$TMP/out2"
	stop_fake
	[ "$n1" -eq 1 ]
	[ "$(wc -l <"$TMP/reqs.jsonl")" -eq "$n1" ]
	grep -q '"s11","Needs Review"' <(summary "$TMP/out1")
	same "$TMP/out2" "$TMP/out1"
}

@test "--no-llm makes no call even with an LLM configured, and leaves the LLM's names to a later run" {
	start_fake
	link --config "$TMP/cfg.json" --no-llm "$IN" >/dev/null
	[ ! -s "$TMP/reqs.jsonl" ]
	! grep -q '"guess":"Wellness Partners Eest"' "$TMP/mem.jsonl" || false
	link --config "$TMP/cfg.json" "$IN" >/dev/null
	stop_fake
	[ "$(wc -l <"$TMP/reqs.jsonl")" -eq 1 ]
}

@test "-j: the LLM's names are asked at once, N in flight, and link as one at a time does" {
	for n in "Wellness Partners Eest" "wellness partners eest" "WELLNESS PARTNERS EEST" \
	    "Wellness partners Eest" "Wellness Partners EEST" "Wellness Partners Eest"; do
		grep '"s11"' "$IN" | jq -c --arg n "$n" '.context.customer_name = $n'
	done >"$TMP/in"
	cat "$IN" >>"$TMP/in"
	# each answer takes 2 s: one at a time, the five questions would be
	# 2 s apart; four in flight, the first four go at once
	start_fake --script <(jq -nc '[range(5) | {"text": "Wellness Partners West", "delay": 2}]')
	run --separate-stderr sdc-link --config "$TMP/cfg.json" --customers "$CUST" --no-memory -j 4 "$TMP/in"
	[ "$status" -eq 0 ]
	echo "$output" >"$TMP/out4"
	[ "$(wc -l <"$TMP/reqs.jsonl")" -eq 5 ]
	jq -s -e '(.[3].t - .[0].t) < 1.5' "$TMP/reqs.jsonl"
	stop_fake
	rm -f "$TMP/reqs.jsonl" "$TMP/port"
	start_fake --script <(jq -nc '[range(5) | {"text": "Wellness Partners West"}]')
	run --separate-stderr sdc-link --config "$TMP/cfg.json" --customers "$CUST" --no-memory -j 1 "$TMP/in"
	stop_fake
	[ "$status" -eq 0 ]
	[ "$(wc -l <"$TMP/reqs.jsonl")" -eq 5 ]
	summary <(echo "$output") >"$TMP/want"
	summary "$TMP/out4" >"$TMP/got"
	same "$TMP/got" "$TMP/want"
	[ "$(grep -c '"Linked",9,"Wellness Partners West"' "$TMP/got")" -eq 7 ]
}

@test "llm failure: no link, and the name is not remembered" {
	start_fake --script <(echo '[{"status": 400, "body": {"error": {"message": "bad"}}}]')
	run --separate-stderr link --config "$TMP/cfg.json" "$IN"
	stop_fake
	[ "$status" -eq 0 ]
	grep -q '"guess":"Keystone"' "$TMP/mem.jsonl"
	! grep -q '"guess":"Wellness Partners Eest"' "$TMP/mem.jsonl" || false
	[[ "$stderr" == *'LLM for "Wellness Partners Eest"'* ]]
}

@test "original sample: the original cascade's exact/fuzzy decisions hold; Acme Inc. links locally" {
	in=$FIX/link/sample-sessions.jsonl
	lean=$FIX/link/lean_customer_cache.json
	jq -r 'select(.meta.processing_status == "Needs Linking") | .context.customer_name' "$in" |
	    sort -u >"$TMP/names"
	sed 's/$/\t/' "$TMP/names" >"$TMP/names.tsv"
	/usr/bin/python3 "$SDC_TOP/tests/bench/original-link.py" "$lean" "$TMP/names.tsv" \
	    2>/dev/null | paste "$TMP/names" - >"$TMP/orig"
	sdc-link --no-llm --no-memory --customers "$lean" "$in" >"$TMP/out"
	jq -r 'select(.meta.processing_log[] | startswith("sdc-link"))
	    | [.context.customer_name, (.meta.processing_log[] | select(startswith("sdc-link/0.1.0 customer"))
	    | capture("guessed=\"(?<g>[^\"]*)\"").g), (.context.customer_id // "" | tostring)] | @tsv' \
	    "$TMP/out" | sort -u >"$TMP/ours"
	n=0
	while IFS=$'\t' read -r name rule id; do
		[ "$rule" = exact ] || [ "$rule" = fuzzy ] || continue
		n=$((n + 1))
		grep -qxF "$(printf '%s\t%s\t%s' "$(jq -r --arg id "$id" \
		    '.[] | select((.id | tostring) == $id) | .business_name' "$lean")" "$name" "$id")" "$TMP/ours" ||
		    { echo "original: $name -> $id; ours: $(grep -F "$name" "$TMP/ours")"; return 1; }
	done <"$TMP/orig"
	[ "$n" -eq 7 ]
	# the original asked the LLM about these two; normalisation settles one
	[ "$(awk -F'\t' '$2 == "llm" { print $1 }' "$TMP/orig" | tr '\n' ,)" = "Acme Inc.,Sample Corp," ]
	grep -qxF "$(printf 'Acme Incorporated\tAcme Inc.\t51797823')" "$TMP/ours"
	grep -q '^Sample Corp' "$TMP/ours"
	[ "$(jq -r 'select(.context.customer_name == "Sample Corp") | .meta.processing_status' "$TMP/out")" = "Needs Review" ]
}

# Issue 12, defect 11: a corrupt memory line was ignored without a message.
@test "memory: a corrupt line is named with FILE:LINE and ignored; the good ones still count" {
	link --no-llm "$IN" >"$TMP/out1"
	{ head -3 "$TMP/mem.jsonl"; echo '{"type": "customer", "guess": "Acme", "customer'; echo '[1, 2]'; echo '{"type": "customer"}'; tail -n +4 "$TMP/mem.jsonl"; } >"$TMP/m2"
	mv "$TMP/m2" "$TMP/mem.jsonl"
	run --separate-stderr link --no-llm -v "$IN"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"mem.jsonl:4: not a link decision ("*"); ignored"* ]]
	[[ "$stderr" == *"mem.jsonl:5: not a link decision (not a JSON object); ignored"* ]]
	[[ "$stderr" == *"mem.jsonl:6: not a link decision (no \"guess\"); ignored"* ]]
	[ "$(grep -c '(remembered)' <<<"$stderr")" -eq 9 ]
	[ "$output" = "$(cat "$TMP/out1")" ]
}

# A session for name NAME with machine MACHINE (or none) and contact CT.
mksession() {
	jq -nc --arg id "$1" --arg n "$2" --arg m "$3" --arg ct "$4" '{meta: {session_id: $id,
	    processing_status: "Needs Linking", processing_log: []},
	    context: {customer_id: null, customer_name: (if $n == "" then null else $n end),
	      contact_id: null, contact_name: (if $ct == "" then null else $ct end), links: []},
	    segments: (if $m == "" then [] else [{type: "RemoteConnection",
	      content: ("Connected to machine: " + $m), metadata: {session_id: ("sc-" + $id)}}] end)}'
}

with_assets() {
	jq -c 'map(if .id == 4 then .assets = [{"id": 40, "name": "KF-RECEP1"}, {"id": 41, "name": "FRONTDESK"},
	      {"id": 42, "name": "KS-WS01"}]
	    elif .id == 5 then .assets = [{"id": 50, "name": "FRONTDESK"}, {"id": 51, "name": "KS-WS01"}]
	    elif .id == 1 or .id == 2 or .id == 3 then .assets = [{"id": (.id * 10), "name": "FRONTDESK"}]
	    elif .id == 8 then .contacts = [{"id": 81, "name": "Nora Hayes", "email": "nora@wpeast.example"}]
	    else . end)' "$CUST" >"$TMP/cust.json"
}

@test "machine: a machine one customer owns, with a weak name, links; one many share proves nothing" {
	with_assets
	{ mksession m1 Keystone kf-recep1; mksession m2 Keystone FRONTDESK; } >"$TMP/in"
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(summary "$TMP/out" | sed -n 1p)" = '["m1","Linked",4,"Keystone Financial",null]' ]
	[ "$(jq -r 'select(.meta.session_id == "m1") | .meta.processing_log[0]' "$TMP/out")" = \
	    'sdc-link/0.1.0 customer rule=machine score=100 guessed="Keystone" confidence=100 evidence=name:exact,machine:+50' ]
	[ "$(summary "$TMP/out" | sed -n 2p)" = '["m2","Needs Review",null,"Keystone",null]' ]
}

# Issue 14 session 3: a machine two or three customers have ("KS-WS01" at
# two sites whose names begin alike) narrows the candidates to them; the
# name must still pick one of them by the margin.
@test "machine: one a few customers share links when the name picks one of them" {
	with_assets
	{ mksession f1 Keystone KS-WS01; mksession f2 "" KS-WS01; } >"$TMP/in"
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(summary "$TMP/out" | sed -n 1p)" = '["f1","Linked",4,"Keystone Financial",null]' ]
	[ "$(jq -r 'select(.meta.session_id == "f1") | .meta.processing_log[0]' "$TMP/out")" = \
	    'sdc-link/0.1.0 customer rule=machine-shared score=100 guessed="Keystone" confidence=90 evidence=name:exact,machine-shared:+40' ]
	# no name: the machine alone cannot tell its owners apart
	[ "$(summary "$TMP/out" | sed -n 2p)" = '["f2","Needs Review",null,null,null]' ]
}

@test "machine: alone it links a session whose name says nothing, never one whose name points elsewhere" {
	with_assets
	# no name, and a name of words no customer has: the machine decides;
	# a name another customer fits better keeps the session for review
	{ mksession m3 "" KF-RECEP1; mksession m4 KFRECEPTIONPC KF-RECEP1; mksession m5 "Acme Dental" KF-RECEP1; } >"$TMP/in"
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(jq -r 'select(.meta.session_id == "m3") | .meta.processing_log[0]' "$TMP/out")" = \
	    'sdc-link/0.1.0 customer rule=machine score=0 guessed="" confidence=50 evidence=machine:+50' ]
	[ "$(summary "$TMP/out" | sed -n 2p | jq -c '.[0:3]')" = '["m4","Linked",4]' ]
	[ "$(summary "$TMP/out" | sed -n 3p | jq -c '.[0:3]')" = '["m5","Linked",3]' ]
}

@test "contact: a contact name or e-mail domain under one candidate decides between near names" {
	with_assets
	{ mksession c1 "Wellness Partners" "" "Nora Hayes"; mksession c2 "Wellness Partners" "" "x@WPEast.example";
	  mksession c3 "Wellness Partners" "" "x@gmail.com"; } >"$TMP/in"
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	summary "$TMP/out" >"$TMP/got"
	printf '%s\n' '["c1","Linked",8,"Wellness Partners East",81]' \
	    '["c2","Linked",8,"Wellness Partners East",null]' \
	    '["c3","Needs Review",null,"Wellness Partners",null]' >"$TMP/want"
	same "$TMP/got" "$TMP/want"
	[[ "$(jq -r 'select(.meta.session_id == "c1") | .meta.processing_log[0]' "$TMP/out")" == *'rule=contact '*'evidence=name:exact,contact:+30' ]]
}

@test "history: a machine and a session linked before link the same way, across runs" {
	with_assets
	mksession h1 "Innovatch Services" WS-77 >"$TMP/in1"
	link --no-llm --customers "$TMP/cust.json" "$TMP/in1" >/dev/null
	grep -q '"type":"machine","key":"ws-77","customer_id":5' "$TMP/mem.jsonl"
	grep -q '"type":"session","key":"sc-h1","customer_id":5' "$TMP/mem.jsonl"
	{ mksession h2 "" WS-77; mksession h3 "Innovate" ws-77; } >"$TMP/in2"
	run --separate-stderr link --no-llm -v --customers "$TMP/cust.json" "$TMP/in2"
	[ "$status" -eq 0 ]
	summary <(echo "$output") >"$TMP/got"
	printf '%s\n' '["h2","Linked",5,"Innovatech Services",null]' \
	    '["h3","Linked",5,"Innovatech Services",null]' >"$TMP/want"
	same "$TMP/got" "$TMP/want"
	[[ "$stderr" == *'session "": rule=history'*'-> 5 "Innovatech Services"'* ]]
	# a machine two customers were linked from is ambiguous from then on
	mksession h4 "Keystone Financial" WS-77 >"$TMP/in3"
	link --no-llm --customers "$TMP/cust.json" "$TMP/in3" >/dev/null
	grep -q '"type":"machine","key":"ws-77","customer_id":null' "$TMP/mem.jsonl"
}

@test "history: lines read from their text and lines json-c reads give the same links" {
	cat >"$TMP/mem.jsonl" <<-'EOF'
	{"type":"machine","key":"ws-1","customer_id":5}
	{"type":"session","key":"sc-q2","customer_id":3}
	{"type":"machine","key":"ws-3","customer_id":null}
	{"type":"machine","key":"ws-4","customer_id":99}
	{"type":"machine","key":"ws-\"5","customer_id":1}
	{"type":"machine","key":"ws-6","customer_id":1.0}
	{"type":"machine","key":"ws-7","customer_id":"2"}
	{"type":"machine","customer_id":2}
	{"type":"chat","key":"c-8","customer_id":4}
	EOF
	sed 's/^{/{ /' "$TMP/mem.jsonl" >"$TMP/spaced.jsonl"	# no line in json-c's form
	for m in ws-1 ws-2 ws-3 ws-4 'ws-"5' ws-6 ws-7; do mksession "q${m#ws-}" "" "$m"; done >"$TMP/in"
	grep '"s1"' "$IN" | jq -c '.context.customer_name = null | .context.links = ["st_chat_id:c-8"]' >>"$TMP/in"
	cp "$TMP/mem.jsonl" "$TMP/m1"
	sdc-link --no-llm --customers "$CUST" --memory "$TMP/m1" "$TMP/in" >"$TMP/out1"
	run sdc-link --no-llm --customers "$CUST" --memory "$TMP/spaced.jsonl" "$TMP/in"
	[ "$status" -eq 0 ]
	same <(echo "$output") "$TMP/out1"
	summary "$TMP/out1" >"$TMP/got"
	# ws-1, sc-q2 (ws-2's session), ws-"5, ws-6 (1.0), ws-7 ("2": json-c
	# reads an id given as a string), the chat; not ws-3 (several
	# customers) nor ws-4 (no longer a customer)
	[ "$(grep -c '"Linked"' "$TMP/got")" -eq 6 ]
}

@test "rules: sdc-review's aliases, not-a-customer and machine rules win over memory" {
	with_assets
	{ mksession r1 Keystone ""; mksession r2 "(empty)" ""; mksession r3 "Wellness Partners" SITE-9; } >"$TMP/in"
	link --no-llm --customers "$TMP/cust.json" --rules "$TMP/rules.jsonl" "$TMP/in" >/dev/null
	grep -q '"guess":"Keystone","customer_id":null' "$TMP/mem.jsonl"
	printf '%s\n' '{"type":"alias","name":"keystone","customer_id":4}' \
	    '{"type":"not_customer","name":"(empty)"}' \
	    '{"type":"machine","name":"site-9","customer_id":9}' 'garbage' \
	    '{"type":"alias","name":"Nobody","customer_id":999}' >"$TMP/rules.jsonl"
	run --separate-stderr link --no-llm --customers "$TMP/cust.json" --rules "$TMP/rules.jsonl" "$TMP/in"
	[ "$status" -eq 0 ]
	summary <(echo "$output") >"$TMP/got"
	printf '%s\n' '["r1","Linked",4,"Keystone Financial",null]' \
	    '["r2","Reviewed",null,"(empty)",null]' \
	    '["r3","Linked",9,"Wellness Partners West",null]' >"$TMP/want"
	same "$TMP/got" "$TMP/want"
	[[ "$stderr" == *"$TMP/rules.jsonl:4: not a JSON object"* ]] || [[ "$stderr" == *"$TMP/rules.jsonl:4:"* ]]
	[[ "$stderr" == *'rule for "Nobody": customer 999 is not in the customer list; ignored'* ]]
}

# Issue 14 session 3: time evidence.  A ticket (a SyncroRMM session, as
# sdc-fetch-syncro writes it) of customer ID from START to END, STATUS.
mkticket() {
	jq -nc --arg id "$1" --arg s "$2" --arg e "$3" --arg st "$4" '{meta: {session_id: ("t" + $id + $s),
	    source_system: "SyncroRMM", processing_status: "Linked", processing_log: []},
	    context: {customer_id: ($id | tonumber), customer_name: "x"},
	    insights: {session_start_time_utc: $s, session_end_time_utc: $e},
	    segments: [{type: "TicketCreation", metadata: {status: $st}}]}'
}

# A remote session named NAME (or none) starting at TIME.
timed() {
	jq -nc --arg id "$1" --arg n "$2" --arg t "$3" '{meta: {session_id: $id,
	    source_system: "ScreenConnect", processing_status: "Needs Linking", processing_log: []},
	    context: {customer_id: null, customer_name: (if $n == "" then null else $n end),
	      contact_id: null, contact_name: null, links: []},
	    insights: {session_start_time_utc: $t}, segments: []}'
}

@test "time: an open ticket lifts a name that leads to the threshold; never alone, never makes the lead" {
	{ mkticket 4 2026-02-02T09:00:00Z 2026-02-04T10:00:00Z Resolved
	  mkticket 8 2026-01-02T09:00:00Z 2026-01-02T10:00:00Z "In Progress"; } >"$TMP/tickets"
	{ timed t1 KF 2026-02-03T14:00:00Z; timed t2 KF 2026-02-20T14:00:00Z
	  timed t3 "" 2026-02-03T14:00:00Z; timed t4 "Wellness Partners" 2026-02-03T14:00:00Z; } >"$TMP/in"
	run --separate-stderr sdc-link --no-llm --no-memory -v --customers "$CUST" --tickets "$TMP/tickets" "$TMP/in"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"2 tickets from $TMP/tickets (time evidence +20)"* ]]
	# "KF" fits Keystone Financial at 70 alone: its open ticket makes 90
	[ "$(jq -r 'select(.meta.session_id == "t1") | .meta.processing_log[-1]' <<<"$output")" = \
	    'sdc-link/0.1.0 customer rule=time score=10 guessed="KF" confidence=90 evidence=name:acronym,time:+20' ]
	[ "$(jq -c 'select(.meta.session_id == "t1") | .context.customer_id' <<<"$output")" = 4 ]
	# after the ticket closed (and four hours more): review
	[ "$(jq -r 'select(.meta.session_id == "t2") | .meta.processing_status' <<<"$output")" = "Needs Review" ]
	# no name: a ticket alone brings no candidate
	[ "$(jq -r 'select(.meta.session_id == "t3") | .meta.processing_status' <<<"$output")" = "Needs Review" ]
	# East and West fit alike; East's ticket (still open) does not choose
	[ "$(jq -r 'select(.meta.session_id == "t4") | .meta.processing_status' <<<"$output")" = "Needs Review" ]
	run sdc-link --no-llm --no-memory --no-tickets --customers "$CUST" "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(jq -r 'select(.meta.session_id == "t1") | .meta.processing_status' <<<"$output")" = "Needs Review" ]
	run sdc-link --no-llm --no-memory --customers "$CUST" --tickets "$TMP/none" "$TMP/in"
	[ "$status" -eq 2 ]
	[[ "$output" == *"$TMP/none"* ]]
}

# Issue 14 session 4: what a typed name says besides its words.
readings_customers() {
	cat >"$TMP/cust.json" <<-'JSON'
	[{"id": 1, "business_name": "Horvath Care Services Ltd",
	  "contacts": [{"id": 11, "name": "Keeley Horvath", "email": "keeley@hcsmail.co.uk"}]},
	 {"id": 2, "business_name": "Neve Attwell t/a Attwell Furniture"},
	 {"id": 3, "business_name": "Northley Freight"},
	 {"id": 4, "business_name": "Platte Property Management LLC"},
	 {"id": 5, "business_name": "Platte River Bakery"},
	 {"id": 6, "business_name": "Launceston Fabrications"},
	 {"id": 7, "business_name": "Launceston Fabrications Ltd Muskoka",
	  "assets": [{"id": 70, "name": "LFM-PC1"}]},
	 {"id": 8, "business_name": "Bearwood Financial Advisors LLC"},
	 {"id": 9, "business_name": "Harbour Dental"}, {"id": 10, "business_name": "Quayside Bakery"},
	 {"id": 11, "business_name": "Okeanis Suites",
	  "contacts": [{"id": 111, "name": "Maria Riga", "email": "maria@okeanissuites.gr"}]},
	 {"id": 12, "business_name": "Altın Dış Ticaret Ltd. Şti.",
	  "contacts": [{"id": 121, "name": "Şule Polat", "email": "sule@altindis.com.tr"}]},
	 {"id": 13, "business_name": "Altın Dış Ticaret Turizm Ltd. Şti.",
	  "contacts": [{"id": 131, "name": "Burak Kılıç", "email": "burak@altindis.com.tr"}]}]
	JSON
}

@test "readings: an address, words run together, a site, a trading name, a name cut short" {
	readings_customers
	{ mksession r1 'office@horvathcareservices.co.uk' ''
	  mksession r2 'www.HCSmail.co.uk' ''	# its contacts' domain only
	  mksession r3 'Attwell Furniture' ''
	  mksession r4 'Northley Freight - Head office' ''
	  mksession r5 'Platte Property' ''
	  mksession r6 'Deerwood Financial Advisors PC' ''
	  mksession r7 'Launceston Fabrications' ''
	  mksession r8 'Launceston Fabrications' 'LFM-PC1'
	  mksession r9 'okeanissuites.gr' ''	# a country's domain
	  mksession r10 'altindis.com.tr' ''; } >"$TMP/in"	# two customers'
	run --separate-stderr sdc-link --no-llm --no-memory -v --customers "$TMP/cust.json" "$TMP/in"
	[ "$status" -eq 0 ]
	echo "$output" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    'r1,Linked,1 r2,Linked,1 r3,Linked,2 r4,Linked,3 r5,Linked,4 r6,Needs Review,null r7,Needs Review,null r8,Linked,7 r9,Linked,11 r10,Needs Review,null ' ]
	log() { jq -r --arg id "$1" 'select(.meta.session_id == $id) | .meta.processing_log[0]' "$TMP/out"; }
	[[ "$(log r1)" == *'evidence=name:exact+glued'* ]]
	[[ "$(log r2)" == *'rule=domain '*'domain:+50' ]]
	[[ "$(log r8)" == *'rule=machine '* ]]
	[[ "$(log r4)" == *'+site'* ]]
	[[ "$(log r5)" == *',prefix:+25'* ]]
	[[ "$stderr" == *'"Launceston Fabrications" is a group'"'"'s name, and "Launceston Fabrications Ltd Muskoka" one of its sites'* ]]
}

@test "readings (session 5, late): umlauts as ae/oe/ue, Dutch ij as y, German and Dutch legal forms, no namesake by two slips" {
	cat >"$TMP/cust.json" <<-'JSON'
	[{"id": 1, "business_name": "Sachverständigenbüro Petra Jäger GmbH"},
	 {"id": 2, "business_name": "Schmidt Anlagenbau eG"},
	 {"id": 3, "business_name": "Waechter Formenbau GmbH & Co. KG"},
	 {"id": 4, "business_name": "Tandartspraktijk Reijnders B.V."},
	 {"id": 5, "business_name": "Harbour Dental"},
	 {"id": 6, "business_name": "Quayside Bakery"}]
	JSON
	{ mksession u1 'Sachverstaendigenbuero Petra Jaeger' ''
	  mksession u2 'Wächter Formenbau' ''
	  mksession u3 'Tandartspraktyk Reynders' ''
	  mksession u4 'Schmied Anlagenbau eG' ''; } >"$TMP/in"
	run --separate-stderr sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in"
	[ "$status" -eq 0 ]
	echo "$output" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    'u1,Linked,1 u2,Linked,3 u3,Linked,4 u4,Needs Review,null ' ]
}

@test "the customer index beside customers.json: written, mapped, rebuilt when the cache changes or it is damaged" {
	mkdir -p "$TMP/c"
	cp "$CUST" "$TMP/c/customers.json"
	cp "$CUST" "$TMP/c/list.json"
	run sdc-link --no-llm --no-memory --customers "$TMP/c/list.json" "$IN"
	[ "$status" -eq 0 ]
	summary <(echo "$output") >"$TMP/want"
	[ ! -e "$TMP/c/list.idx" ]	# another name: indexed in memory only
	for pass in built mapped; do
		run sdc-link --no-llm --no-memory --customers "$TMP/c/customers.json" "$IN"
		[ "$status" -eq 0 ]
		[ -s "$TMP/c/customers.idx" ]
		summary <(echo "$output") | diff - "$TMP/want"
	done
	cp "$TMP/c/customers.idx" "$TMP/idx.1"
	# damaged: the same decisions, and a good index again
	printf 'SDCCIDX\0 not an index' >"$TMP/c/customers.idx"
	run sdc-link --no-llm --no-memory --customers "$TMP/c/customers.json" "$IN"
	[ "$status" -eq 0 ]
	summary <(echo "$output") | diff - "$TMP/want"
	cmp "$TMP/c/customers.idx" "$TMP/idx.1"
	head -c 1000 "$TMP/idx.1" >"$TMP/c/customers.idx"	# cut short
	run sdc-link --no-llm --no-memory --customers "$TMP/c/customers.json" "$IN"
	[ "$status" -eq 0 ]
	summary <(echo "$output") | diff - "$TMP/want"
	# a cache written since: its names count, not the index's
	jq -c 'map(if .id == 5 then .business_name = "Zebra Works" else . end)' \
	    "$CUST" >"$TMP/c/customers.json"
	run sdc-link --no-llm --no-memory --customers "$TMP/c/customers.json" "$IN"
	[ "$status" -eq 0 ]
	! summary <(echo "$output") | grep -q '"Innovatech Services"'
	! cmp -s "$TMP/c/customers.idx" "$TMP/idx.1"
}

# Issue 14 session 5: the wrong links of gen-link-blind5, each in its
# general form.
wrong_customers() {
	cat >"$TMP/cust.json" <<-'JSON'
	[{"id": 1, "business_name": "Harvest Realty Group, LLC"},
	 {"id": 2, "business_name": "Pioneer Realty - Church St"},
	 {"id": 3, "business_name": "Copperleaf Urgent Care - Broad St"},
	 {"id": 4, "business_name": "Kingsley Internal Medicine, PC"},
	 {"id": 5, "business_name": "Pioneer Realty - Depot St",
	  "contacts": [{"id": 51, "name": "Jen Goodwin", "email": "jen@pioneerrealty.com"}]},
	 {"id": 6, "business_name": "Pioneer Realty Group"},
	 {"id": 7, "business_name": "VelvetRight #0769"},
	 {"id": 8, "business_name": "GoldenBlue Pools", "assets": [{"id": 80, "name": "STORE1382-BACK"}]},
	 {"id": 9, "business_name": "Spring Hill Plumbing",
	  "contacts": [{"id": 91, "name": "Jake Spalding", "email": "jake@shp.example"}]},
	 {"id": 10, "business_name": "Spring Hill Food Bank",
	  "contacts": [{"id": 101, "name": "Jake Moreau", "email": "jm@shfb.example"}]},
	 {"id": 11, "business_name": "Murray Funeral Directors"},
	 {"id": 12, "business_name": "Shoalhaven Rugby Club"},
	 {"id": 13, "business_name": "Quayside Bakery"}, {"id": 14, "business_name": "Harbour Dental"},
	 {"id": 15, "business_name": "Everett, Danforth & Calloway LLP"},
	 {"id": 16, "business_name": "Quarry Hill Dental",
	  "contacts": [{"id": 161, "firstname": "Ed", "lastname": "Brody"}]}]
	JSON
}

@test "wrong links: a site that is another's name, a domain that is another's, a caller's name as machine or as initials, numbers with zeros" {
	wrong_customers
	{ mksession w1 'harvest realty - church st' ''	# "Church St" is listed under another brand
	  mksession w2 'Kim - Copperleaf' ''		# a caller at Copperleaf, not "KIM"
	  mksession w3 'www.pioneerrealty.com' ''	# the group's name, the site's domain (domain evidence: the site)
	  mksession w4 'store 769' STORE1382-BACK	# VelvetRight's store, another's machine
	  mksession w5 'Spring Hill Plumbing' Jake	# "Jake": the caller typed as machine
	  mksession w6 'Sprng Hil' Jake
	  mksession w7 'VelvetRight 769' ''
	  mksession w8 'Murray Funeral Directors - Shoalhaven' ''
	  mksession w9 'Ed - Calloway' ''; } >"$TMP/in"	# "Ed": a caller, or E. D.?
	run --separate-stderr sdc-link --no-llm --no-memory -v --customers "$TMP/cust.json" "$TMP/in"
	[ "$status" -eq 0 ]
	echo "$output" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    'w1,Needs Review,null w2,Needs Review,null w3,Linked,5 w4,Linked,7 w5,Linked,9 w6,Needs Review,null w7,Linked,7 w8,Linked,11 w9,Needs Review,null ' ]
	[[ "$stderr" == *'"Kim - Copperleaf": no link: the site " - Copperleaf" is in another customer'* ]]
	[[ "$stderr" == *'"www.pioneerrealty.com": no link: the domain pioneerrealty.com is "Pioneer Realty - Depot St"'* ]]
}

@test "readings (session 5): a brand and one customer's site, a whole name with a note after it" {
	cat >"$TMP/cust.json" <<-'JSON'
	[{"id": 1, "business_name": "Granite Physical Therapy - Depot St"},
	 {"id": 2, "business_name": "Granite Physical Therapy - Mill Rd"},
	 {"id": 3, "business_name": "PipeSmile Kids #0903"},
	 {"id": 4, "business_name": "PipeSmile Kids #0412"},
	 {"id": 5, "business_name": "Wendt Sign Company"},
	 {"id": 6, "business_name": "Wendt Hauling"},
	 {"id": 7, "business_name": "Keystone Auto Care - Bridge St"},
	 {"id": 8, "business_name": "Keystone Realty - Bridge St"},
	 {"id": 9, "business_name": "Bexley Plumbing"},
	 {"id": 10, "business_name": "Quayside Bakery"}, {"id": 11, "business_name": "Harbour Dental"}]
	JSON
	{ mksession s1 'Granite Depot' ''
	  mksession s2 'store 903' ''
	  mksession s3 '903' ''			# a bare number says nothing
	  mksession s4 'Wendt Sign tkt 4412' ''
	  mksession s5 'Keystone @ Bridge St' ''	# two customers hold it
	  mksession s6 'Bexley Plumbing St' ''	# a tail of customers' words
	  mksession s7 'Wendt tkt 4412' ''; } >"$TMP/in"	# "Wendt": two
	run --separate-stderr sdc-link --no-llm --no-memory -v --customers "$TMP/cust.json" "$TMP/in"
	[ "$status" -eq 0 ]
	echo "$output" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    's1,Linked,1 s2,Linked,3 s3,Needs Review,null s4,Linked,5 s5,Needs Review,null s6,Needs Review,null s7,Needs Review,null ' ]
	log() { jq -r --arg id "$1" 'select(.meta.session_id == $id) | .meta.processing_log[0]' "$TMP/out"; }
	[[ "$(log s1)" == *',site:+25' ]]
	[[ "$(log s4)" == *',note:+25' ]]
}

# Issue 14 session 5: evidence beyond the name read from the typed name
# itself (a person, a domain typed bare), near-proof standing alone when
# the name agrees (not when a number typed is not the owner's), and a
# machine named as a person never learnt.
person_customers() {
	cat >"$TMP/cust.json" <<-'JSON'
	[{"id": 1, "business_name": "Tillman Insulation Co", "assets": [{"id": 10, "name": "XRAY"}],
	  "contacts": [{"id": 11, "firstname": "Deb", "lastname": "Tillman"}]},
	 {"id": 2, "business_name": "Copperleaf Urgent Care - Broad St", "assets": [{"id": 20, "name": "XRAY"}],
	  "contacts": [{"id": 21, "firstname": "Kim", "lastname": "Olander"}]},
	 {"id": 3, "business_name": "Copperleaf Realty - Union Ave", "assets": [{"id": 30, "name": "XRAY"}],
	  "contacts": [{"id": 31, "firstname": "Tony", "lastname": "Goodwin"}]},
	 {"id": 4, "business_name": "Kingsley Internal Medicine", "assets": [{"id": 40, "name": "XRAY"}]},
	 {"id": 5, "business_name": "Merriweather Auto Body", "assets": [{"id": 50, "name": "MAB-PC1"}],
	  "contacts": [{"id": 51, "firstname": "Sue", "lastname": "Dawes"}]},
	 {"id": 6, "business_name": "St. Matthew Parish School",
	  "contacts": [{"id": 61, "firstname": "Ben", "lastname": "Larsen"}]},
	 {"id": 7, "business_name": "Drummond, Kellerman & Patel",
	  "contacts": [{"id": 71, "firstname": "Kim", "lastname": "Kellerman", "email": "kk@kellermanpatel.example"}]},
	 {"id": 8, "business_name": "Greenbrook Christian Academy", "assets": [{"id": 80, "name": "GCA-LT01"}]},
	 {"id": 9, "business_name": "Greenbrook Christian Church"},
	 {"id": 12, "business_name": "Dillard & Sons Glass Inc", "assets": [{"id": 120, "name": "DSG-PC11"}]},
	 {"id": 13, "business_name": "Dillard Realty Group"}, {"id": 14, "business_name": "Dillard Roofing"}]
	JSON
}

@test "person, bare domain, machines: evidence read beyond the name" {
	person_customers
	{ mksession p1 'Sue Dawes' ''
	  mksession p2 'Kim - Copperleaf' ''
	  mksession p3 'Ben Larsen (personal)' ''
	  mksession p4 'kellermanpatel' ''
	  mksession p5 'Greenbrook' 'GCA-LT01'
	  mksession p6 'store 769' 'MAB-PC1'
	  mksession p8 'Tillman Insulation Co' 'Deb'
	  mksession p9 'tmp' 'Deb'
	  mksession p10 'Dillard - QB update' 'DSG-PC11'; } >"$TMP/in"
	run --separate-stderr sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in"
	[ "$status" -eq 0 ]
	echo "$output" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    'p1,Linked,5 p2,Linked,2 p3,Needs Review,null p4,Linked,7 p5,Linked,8 p6,Needs Review,null p8,Linked,1 p9,Needs Review,null p10,Linked,12 ' ]
	log() { jq -r --arg id "$1" 'select(.meta.session_id == $id) | .meta.processing_log[0]' "$TMP/out"; }
	[[ "$(log p1)" == *'rule=person '*'person:+50' ]]
	[[ "$(log p2)" == *'rule=person '* ]]
	[[ "$(log p4)" == *'rule=domain '*'domain:+50' ]]
	[[ "$(log p5)" == *'rule=machine '*'machine:+50' ]]
}

# Issue 14 session 6: a machine many customers have ("XRAY"), or one
# named as a contact is called ("Jen"), chooses among the name's
# candidates when it is the only one of them that has it, its name
# begins as typed, and so few customers have it that one of the
# candidates having it by chance is unlikely.
role_customers() {
	jq -nc '[{"id": 1, "business_name": "Dawes Welding",
	    "assets": [{"id": 10, "name": "XRAY"}, {"id": 11, "name": "CONF-ROOM"}],
	    "contacts": [{"id": 12, "firstname": "Jen", "lastname": "Ortiz"}]},
	  {"id": 2, "business_name": "Dawes Plumbing", "assets": [{"id": 20, "name": "CONF-ROOM"}],
	    "contacts": [{"id": 21, "firstname": "Bob", "lastname": "Dawes"}]},
	  {"id": 3, "business_name": "Dawes Roofing"},
	  {"id": 4, "business_name": "Harbour Dental", "assets": [{"id": 40, "name": "XRAY"}, {"id": 41, "name": "CONF-ROOM"}],
	    "contacts": [{"id": 42, "firstname": "Jen", "lastname": "Baird"}]},
	  {"id": 5, "business_name": "Quarry Hill Dental", "assets": [{"id": 50, "name": "XRAY"}, {"id": 51, "name": "CONF-ROOM"}]},
	  {"id": 6, "business_name": "Acme Orthodontics", "assets": [{"id": 60, "name": "XRAY"}]},
	  {"id": 7, "business_name": "Dr. Young Equipment Rental", "assets": [{"id": 70, "name": "XRAY"}]},
	  {"id": 8, "business_name": "Young & Sons Equipment Rental"}]
	  + [range(9; 209) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Welding", "Plumbing", "Roofing", "Dental"][. % 4])}]' >"$TMP/cust.json"
}

@test "machine-role, machine-caller: a machine many have, or a caller's name, picks the one of the name's candidates that has it" {
	role_customers
	{ mksession r1 'Dawes' XRAY		# only Dawes Welding of the Daweses has one
	  mksession r2 'Dawes' Jen		# Jen Ortiz: a contact of Dawes Welding only
	  mksession r3 'Dawes' CONF-ROOM	# two Daweses have one: no choice
	  mksession r4 'Dawes' Bob		# Bob Dawes: a contact of Dawes Plumbing
	  mksession r5 'Young Equipment Rental' XRAY; } >"$TMP/in"	# inside another's name: a third firm's, as often
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    'r1,Linked,1 r2,Linked,1 r3,Needs Review,null r4,Linked,2 r5,Needs Review,null ' ]
	[[ "$(jq -r 'select(.meta.session_id == "r1") | .meta.processing_log[0]' "$TMP/out")" == \
	    *'rule=machine-role '*'machine-role:+30' ]]
	[[ "$(jq -r 'select(.meta.session_id == "r2") | .meta.processing_log[0]' "$TMP/out")" == \
	    *'rule=machine-caller '*'machine-caller:+30' ]]
	# off in the config: neither links
	echo '{"link": {"evidence": {"machine_role": 0, "machine_caller": 0}}}' >"$TMP/off.json"
	sdc-link --config "$TMP/off.json" --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    'r1,Needs Review,null r2,Needs Review,null r3,Needs Review,null r4,Needs Review,null r5,Needs Review,null ' ]
}

# Session 30: a role machine few customers have among many ("URSULA-NB"
# at 4 of 2,004: at most 0.2%) picks the one of its owners the name
# reads though the name has words its name lacks (a site, a town the
# list does not know); one many have ("RECEPTION", 1%) does not, nor one
# under a customer's site prefix that begins as the name ("PILPLU-PC01":
# its owners are named alike; "URSULA", a prefix of Acme's, is a
# person's).  A name read as a person before a business ("Norman Public
# Schools / Elementary") is looked for whole too, and a name whose words
# are all typed but its legal form ("Pt. Ltd." for "Pvt. Ltd.") is read
# whole.
@test "machine-role: a machine few customers have picks the owner the name reads, site words and all" {
	jq -n '[{"id": 1, "business_name": "Pillay Plumbing",
	    "assets": [{"id": 10, "name": "URSULA-NB"}, {"id": 11, "name": "RECEPTION"},
	      {"id": 12, "name": "PILPLU-PC01"}]},
	  {"id": 2, "business_name": "Norman Public Schools", "assets": [{"id": 20, "name": "URSULA-NB"}]},
	  {"id": 3, "business_name": "Quarry Hill Dental Pvt. Ltd.", "assets": [{"id": 30, "name": "URSULA-NB"}]},
	  {"id": 4, "business_name": "Acme Orthodontics",
	    "assets": [{"id": 40, "name": "URSULA-NB"}, {"id": 41, "name": "URSULA-PC"}]},
	  {"id": 5, "business_name": "Pilgrim Plumbing Supply",
	    "assets": [{"id": 50, "name": "PILPLU-PC01"}, {"id": 51, "name": "PILPLU-PC02"}]},
	  {"id": 6, "business_name": "Pilar Pluma Design", "assets": [{"id": 60, "name": "PILPLU-PC01"}]},
	  {"id": 7, "business_name": "Pill Plus Pharmacy", "assets": [{"id": 70, "name": "PILPLU-PC01"}]}]
	  + [range(8; 2005) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Welding", "Roofing Pvt. Ltd.", "Dental", "Bakery"][. % 4])}
	    + (if . % 100 == 0 then {"assets": [{"id": (10000 + .), "name": "RECEPTION"}]} else {} end)]' \
	    >"$TMP/cust.json"
	{ mksession n1 'Pillay Plumbing, Brakpan' URSULA-NB	# 4 of 2,004 have it
	  mksession n2 'Pillay Plumbing, Brakpan' RECEPTION	# 21 have it: no
	  mksession n3 'Pillay Plumbing, Brakpan' PILPLU-PC01	# named as the names: no
	  mksession n4 'Norman Public Schools / Elementary' URSULA-NB
	  mksession n5 'Pillay Plumbing, Brakpan' ''	# the name alone: a namesake's town
	  mksession n6 'Quarry Hill Dental Pt. Ltd.' URSULA-NB; } >"$TMP/in"	# its legal form mistyped
	link_v
	[ "$(links "$TMP/out")" = \
	    'n1,Linked,1 n2,Needs Review,null n3,Needs Review,null n4,Linked,2 n5,Needs Review,null n6,Linked,3 ' ]
	[[ "$(first_log n1)" == *'rule=machine-role '*'machine-role:+30' ]]
}

# A machine one customer has tells namesakes apart, and a note's words
# no customer uses ("tkt 4412") do not keep the name from agreeing.
@test "machine: near-proof between namesakes, and past a note's unknown words" {
	cat >"$TMP/cust.json" <<-'JSON'
	[{"id": 1, "business_name": "The Maplewood Pet Supply", "assets": [{"id": 10, "name": "MPS-PC1"}]},
	 {"id": 2, "business_name": "Maplewood Pet Supply LLC", "assets": [{"id": 20, "name": "MPS-PC2"}]},
	 {"id": 3, "business_name": "Kingsley Brothers Glass", "assets": [{"id": 30, "name": "KBG-WS02"}]},
	 {"id": 4, "business_name": "Kingsley Internal Medicine"}]
	JSON
	{ mksession n1 'Maplewood Pet Supply' MPS-PC1
	  mksession n2 'Maplewood Pet Supply' ''
	  mksession n3 'Kingsley tkt 4412' KBG-WS02
	  mksession n4 'Kingsley Internal tkt 4412' KBG-WS02; } >"$TMP/in"
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = 'n1,Linked,1 n2,Needs Review,null n3,Linked,3 n4,Needs Review,null ' ]
}

# Session 33: on a machine only one customer has, a name that types the
# customer's rarest word links though a rarer typed word (the town after
# it) is no word of its name; a name sharing only the customer's common
# words does not.
@test "machine: a name holding the machine's customer's rarest word links; one of its common words only does not" {
	cat >"$TMP/cust.json" <<-'JSON'
	[{"id": 1, "business_name": "Azucena Inn LLC", "assets": [{"id": 10, "name": "AZUC-SRV01"}, {"id": 11, "name": "AZUC-PC02"}]},
	 {"id": 2, "business_name": "Azucena Florist"},
	 {"id": 3, "business_name": "Mayon Realty Corporation", "assets": [{"id": 30, "name": "MRC-LT01"}]},
	 {"id": 4, "business_name": "Fort Lauderdale Dental Group"},
	 {"id": 5, "business_name": "Fort Myers Realty"},
	 {"id": 6, "business_name": "Hui Garden Restaurant"},
	 {"id": 7, "business_name": "Shun Tak Travel"},
	 {"id": 8, "business_name": "Harbor Inn"},
	 {"id": 9, "business_name": "Seaside Inn"}]
	JSON
	# r4: the machine linked before (history) weighs more beside it
	{ mksession r1 'Azucena Inn Fort Lauderdale' AZUC-SRV01
	  mksession r2 'Hui-shun Realty Ltd' MRC-LT01
	  mksession r3 'Azucena Inn LLC' AZUC-PC02
	  mksession r4 'Azucena Inn Fort Lauderdale' AZUC-PC02; } >"$TMP/in"
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = 'r1,Linked,1 r2,Needs Review,null r3,Linked,1 r4,Linked,1 ' ]
}

# A machine no customer has whose site prefix only one customer's
# machines carry ("AAPW-PC09" beside its AAPW-PC01, AAPW-NB02): a new
# machine of that site.
@test "machine-prefix: a new machine of one customer's naming scheme" {
	jq -nc '[{"id": 1, "business_name": "Apotheke am Park Weeze",
	    "assets": [{"id": 10, "name": "AAPW-PC01"}, {"id": 11, "name": "AAPW-NB02"}]},
	  {"id": 2, "business_name": "Apotheke am Park Kevelaer",
	    "assets": [{"id": 20, "name": "AAPK-PC01"}, {"id": 21, "name": "DESKTOP-4F7K2QX"}]},
	  {"id": 3, "business_name": "Apotheke am Park Goch",
	    "assets": [{"id": 30, "name": "DESKTOP-9ZZ1QA0"}, {"id": 31, "name": "DESKTOP-1AB2CD3"}]}]
	  + [range(4; 104) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Weeze", "Kevelaer", "Goch"][. % 3])}]' >"$TMP/cust.json"
	{ mksession x1 'Apotheke am Park' AAPW-PC09
	  mksession x2 'Apotheke am Park' AAPK-PC07	# one machine is no scheme
	  mksession x3 'Apotheke am Park' DESKTOP-7QQ8RT1; } >"$TMP/in"	# Windows names it
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = 'x1,Linked,1 x2,Needs Review,null x3,Needs Review,null ' ]
	[[ "$(jq -r 'select(.meta.session_id == "x1") | .meta.processing_log[0]' "$TMP/out")" == \
	    *'rule=machine-prefix '*'machine-prefix:+40' ]]
}

# Issue 14 session 7: wrong links on gen-link-blind7.  A title left off
# ("Dr" of "Cabinet Dentaire Dr Roussel") is no reading when the typed
# name is the start of another's name; a folded word too short for a
# typo ("Sáez" -> "saz") reads its typos on its spelling; a titled
# whole name is no contact's proof where customers' names hold the
# title; a device named after its owner ("MacBook-de-Manuel") is no
# history.
@test "titles, folded words, titled persons, owners' devices (gen-link-blind7's wrong links)" {
	jq -nc '[{"id": 1, "business_name": "Cabinet Dentaire Dr Roussel"},
	  {"id": 2, "business_name": "Cabinet Dentaire Roussel & Roques SCM"},
	  {"id": 3, "business_name": "Tierarztpraxis Dr. Scholz"},
	  {"id": 4, "business_name": "Administración de Fincas Sáez, S.L."},
	  {"id": 5, "business_name": "Administración de Fincas Sanz S.L."},
	  {"id": 6, "business_name": "Football Club Quillan",
	    "contacts": [{"id": 61, "firstname": "Laurent", "lastname": "Arnaud"}]},
	  {"id": 7, "business_name": "Ribeiro & Irmãos, Lda.",
	    "contacts": [{"id": 71, "firstname": "Manuel", "lastname": "Ribeiro"}]},
	  {"id": 8, "business_name": "Dr Laurent Masson"}]
	  + [range(10; 110) | {"id": ., "business_name":
	    ("Praxis Dr Filler\(.) " + ["Dental", "Zahnarzt", "Tierarzt", "Physio"][. % 4])}]' >"$TMP/cust.json"
	{ mksession t1 'Cabinet Dentaire Roussel' ''	# Dr left off, or Roussel & Roques cut
	  mksession t2 'Tierarztpraxis Scholz' ''	# Dr left off, nothing begins so
	  mksession t3 'Admihistración de Fincas Sáwz, S.L.' ''	# Sáez as near as Sanz
	  mksession t4 'Dr Laurent Arnaud' ''		# a practice's shape, not a caller
	  mksession t5 'Laurent Arnaud' ''		# the caller
	  mksession t6 'Ribeiro & Irmaos' 'MacBook-de-Manuel'
	  mksession t7 'Escritório interno Tiago' 'MacBook-de-Manuel'; } >"$TMP/in"
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    't1,Needs Review,null t2,Linked,3 t3,Needs Review,null t4,Needs Review,null t5,Linked,6 t6,Linked,7 t7,Needs Review,null ' ]
}

# Issue 14 session 7: readings that generalise across markets.  A
# descriptor many names begin with ("Cabinet Dentaire") left off when
# the rest is one customer's alone; a company word typed first ("Ets",
# "Soc.") and a French, Spanish or Italian legal form weigh nothing; "y"
# and "e" are "&"; "Hnos." is "Hermanos"; a person's whole name that is
# another customer's contact is no link by the words.
@test "descriptors, company words, legal forms, ands, abbreviations, contacts elsewhere (session 7)" {
	jq -nc '[{"id": 1, "business_name": "Cabinet Dentaire Lefebvre & Duval"},
	  {"id": 2, "business_name": "Cabinet Dentaire Martin Petit"},
	  {"id": 3, "business_name": "Plomberie Hubert Martin Petit Associés"},
	  {"id": 4, "business_name": "Cabanel et Fils, SARL"},
	  {"id": 5, "business_name": "Transportes Sanz S.L.U."},
	  {"id": 6, "business_name": "Calvo y Castro Abogados"},
	  {"id": 7, "business_name": "Hermanos Prieto S.L.U."},
	  {"id": 9, "business_name": "Dr Céline Guérin, SCM"},
	  {"id": 10, "business_name": "Cabinet Médical du Roseraie",
	    "contacts": [{"id": 101, "firstname": "Céline", "lastname": "Guérin"}]},
	  {"id": 11, "business_name": "Studio Legale Caputo"},
	  {"id": 12, "business_name": "Transportes Lima SA"}]
	  + [range(20; 120) | {"id": ., "business_name":
	    (if . % 25 == 0 then "Cabinet Dentaire Filler\(.)" elif . % 25 == 12
	     then "Studio Legale Filler\(.)" elif . % 4 == 1
	     then "Dr Filler\(.)" else "Filler\(.) " + ["Plomberie", "Boulangerie",
	     "Garage", "Transportes"][. % 4] end)}]' >"$TMP/cust.json"
	{ mksession s1 'Lefebvre & Duval' ''		# "Cabinet Dentaire" left off
	  mksession s2 'Martin Petit' ''		# ... but another holds the words
	  mksession s3 'Ets Cabanel et Fils' ''
	  mksession s4 'Soc. Transportes Sanz' ''
	  mksession s5 'Calvo & Castro Abogados' ''
	  mksession s6 'Hnos. Prieto' ''
	  mksession s7 'Céline Guérin' ''		# a caller at no. 10, or Dr Guérin
	  mksession s8 'St. Legale Caputo' ''		# "Studio" by its first letters
	  mksession s9 'Lima Transportes' ''; } >"$TMP/in"	# its "SA" left off as "Group" is
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    's1,Linked,1 s2,Needs Review,null s3,Linked,4 s4,Linked,5 s5,Linked,6 s6,Linked,7 s7,Needs Review,null s8,Linked,11 s9,Linked,12 ' ]
}

# Issue 14 session 8: an inflection ending typed or left off (a genitive
# "-s", a definite "-n", a Finnish genitive) reads a customer's word; two
# customers whose names differ only by one (and the word order) are
# neither linked; a machine does not stand alone when the name, of no
# customer's words, reads another customer and nothing of the machine's;
# Nordic legal forms, "og" and a desk's "Kunde:" are drop words; words typed
# apart with a slip join; a bilingual name answers to its second half;
# a Nordic layout's æ for ø is a slip.
@test "inflection endings, names differing only by one, a machine against the name, Nordic forms (session 8)" {
	jq -nc '[{"id": 1, "business_name": "Erikssons Livs"},
	  {"id": 2, "business_name": "Fossen barnehage"},
	  {"id": 3, "business_name": "Barnehagen Fossen"},
	  {"id": 4, "business_name": "Salon Optiikka"},
	  {"id": 5, "business_name": "Utsikten barnehage"},
	  {"id": 6, "business_name": "Barnehagen Utsikten"},
	  {"id": 7, "business_name": "Lillehammer Fotballklubb"},
	  {"id": 8, "business_name": "Advokat Olsen ApS", "assets": [{"id": 80, "name": "ADVO-SRV03"}]},
	  {"id": 9, "business_name": "Lillehammer Tannhelse AS"},
	  {"id": 10, "business_name": "Hedlund Maskin AB"},
	  {"id": 11, "business_name": "Fjellsiden Byggservice A/S"},
	  {"id": 12, "business_name": "Fjellsiden Bygg AS"},
	  {"id": 13, "business_name": "Lindström Advokatbyrå"},
	  {"id": 14, "business_name": "Advokatbyrån Lindström & Olsson AB"},
	  {"id": 15, "business_name": "Espoon kaupunki / Esbo stad"},
	  {"id": 16, "business_name": "Knutsen & Sønn AS"},
	  {"id": 17, "business_name": "Vejle El ApS"},
	  {"id": 18, "business_name": "Sønderborg Kommune"},
	  {"id": 19, "business_name": "Fysioterapeut Siv Rønning",
	    "contacts": [{"id": 191, "firstname": "Siv", "lastname": "Rønning"}]}]
	  + [range(20; 120) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Eriksson Bygg", "Optiikka", "Livs", "Rør", "Maler"][. % 5])}]' >"$TMP/cust.json"
	{ mksession s1 'Eriksson Livs' ''		# the genitive left off
	  mksession s2 'Barnehage Fossen' ''		# no. 2 reordered, or no. 3 without "-n"
	  mksession s3 'Salo Optiikka' ''		# a Finnish genitive left off
	  mksession s4 'Utsiktne barnehage' ''	# typed as no. 5 is, in order (a slip)
	  mksession s5 'Utsikten barnehag' ''		# ... cut: either
	  mksession s6 'Lilllehammer' ADVO-SRV03	# no. 8's machine, others' name
	  mksession s7 '' ADVO-SRV03
	  mksession s8 'Hedlund Maskin Oy' ''	# a Nordic legal form for another
	  mksession s9 'Fjellsiden Bygg Sevice' ''	# no. 11 typed apart with a slip, no note
	  mksession s10 'Advokatbyrån Lindström' ''	# no. 13 with an ending, or no. 14 cut
	  mksession s11 'Esbo stad' ''			# the other language's name
	  mksession s12 'Knutsen og Sønn' ''		# "og" is "&"
	  mksession s13 'Kunde: Vejle El' ''		# a desk's word before it
	  mksession s14 'Sænderborg Kommune' ''	# a Danish layout's æ for ø
	  mksession s15 'Rønning, Siv' ''; } >"$TMP/in"	# a contact, surname first
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    's1,Linked,1 s2,Needs Review,null s3,Linked,4 s4,Linked,5 s5,Needs Review,null s6,Needs Review,null s7,Linked,8 s8,Linked,10 s9,Linked,11 s10,Needs Review,null s11,Linked,15 s12,Linked,16 s13,Linked,17 s14,Linked,18 s15,Linked,19 ' ]
}

# Issue 14 session 9: a desk's label before the name, known by its shape
# only (a word or two and ":" or " - "), and a site typed after the name
# that tells two customers apart.  numbered_customers FILLERS NAME...:
# $TMP/cust.json, the names as ids 1, 2, ... and the customers the jq
# expression FILLERS makes; link_v: $TMP/in linked with -v into $TMP/out
# ($stderr the audit); first_log ID: that session's sdc-link log line.
numbered_customers() {
	local fill=$1
	shift
	jq -n "[\$ARGS.positional | to_entries[] | {id: (.key + 1), business_name: .value}]
	    + [$fill]" --args "$@" >"$TMP/cust.json"
}

link_v() {
	run --separate-stderr sdc-link --no-llm --no-memory -v --customers "$TMP/cust.json" "$TMP/in"
	[ "$status" -eq 0 ]
	echo "$output" >"$TMP/out"
}

# Customers of one contact each, "Business|First|Last", ids 1, 2, ...
contact_customers() {
	jq -n '[$ARGS.positional | to_entries[] | (.value | split("|")) as $f |
	    {id: (.key + 1), business_name: $f[0],
	     contacts: [{id: (10 * .key + 11), firstname: $f[1], lastname: $f[2]}]}]' \
	    --args "$@" >"$TMP/cust.json"
}

# Forty customers more, ids 20-59, named by $1 with the id for "@",
# each with a contact Anna Filler<id>: a word made common.
filler_customers() {
	jq --arg f "$1" '. + [range(20; 60) | . as $i | {id: ., business_name: ($f | gsub("@"; $i | tostring)),
	    contacts: [{id: (100 + .), firstname: "Anna", lastname: "Filler\(.)"}]}]' \
	    "$TMP/cust.json" >"$TMP/c2.json" && mv "$TMP/c2.json" "$TMP/cust.json"
}

# Sessions s1, s2, ... named by the arguments after the first, linked
# (link_v); their links must be the first argument.
sessions_link() {
	local want=$1 i=0 n
	shift
	for n in "$@"; do
		i=$((i + 1))
		mksession "s$i" "$n" ''
	done >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = "$want" ] || { echo "got: $(links "$TMP/out")"; echo "$stderr" | grep "customer \""; false; }
}

first_log() {
	jq -r --arg id "$1" 'select(.meta.session_id == $id) | .meta.processing_log[0]' "$TMP/out"
}

@test "readings (session 9): a desk's label before the name; a site typed that is one customer's; St. for Street" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Vets", "Builders", "Plumbing", "Dental", "Heating"][. % 5])}' \
	    "Lewis Vets Limited" "Lewis Builders Limited" "Gwynnes Plumbing & Heating Ltd" \
	    "Gwynnes Plumbing & Heating Cyf - Carmarthen" "Client Care Partners" \
	    "Partners Dental" "Princes Street Surgery"
	{ mksession d1 'Client - Lewis Vets Limited' ''	# a label of the desk's queue
	  mksession d2 'BNE: Lewis Builders Limited' ''	# an airport's code
	  mksession d3 'Qx - Lewis Vets' ''		# any label of its shape
	  mksession d4 'Client - Partners' ''		# "Client" is the customer's word
	  mksession d5 'Gwynnes Plumbing & Heating - Carmarthen' ''	# the site tells
	  mksession d6 'Gwynnes Plumbing & Heating' ''
	  mksession d7 'Princes St. Surgery' ''; } >"$TMP/in"	# an address abbreviated
	link_v
	[ "$(links "$TMP/out")" = \
	    'd1,Linked,1 d2,Linked,2 d3,Linked,1 d4,Needs Review,null d5,Linked,4 d6,Linked,3 d7,Linked,7 ' ]
	[[ "$(first_log d1)" == *'evidence=desk'* ]]
	[[ "$(first_log d5)" == *'site-tells'* ]]
}

# Legal forms learnt from the list (a short word that ends five names or
# more: "DA", "Pty" here), names that read as one, and a form swapped.
@test "legal forms learnt: a form swapped links, a form left off two namesakes does not; two names read as one" {
	numbered_customers 'range(20; 40) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Bygg DA", "Rør Pty Ltd", "Sport IF", "Maler AS"][. % 4])}' \
	    "Ringsaker Legesenter DA" "Ringsaker Legesenter A/S" "Chen Farms" \
	    "Walker Plumbing Pty Ltd" "BRF Eken 24" "Bostadsrättsföreningen Eken 24" "Hamnen IF"
	{ mksession f1 'Ringsaker Legesenter' ''	# either
	  mksession f2 'Ringsaker Legesentr DA' ''	# its form typed
	  mksession f3 'Chen Farms Pty Ltd' ''		# a form added
	  mksession f4 'Walker Plumbing Ltd' ''		# a form swapped
	  mksession f5 'Bostadsrattsforening Eken 24' ''	# reads both
	  mksession f6 'Hamnen AS' ''; } >"$TMP/in"	# a word alone with a form is a guess
	link_v
	[ "$(links "$TMP/out")" = \
	    'f1,Needs Review,null f2,Linked,1 f3,Linked,3 f4,Linked,4 f5,Needs Review,null f6,Needs Review,null ' ]
	[[ "$stderr" == *'"Ringsaker Legesenter": no link: the name is "Ringsaker Legesenter A/S" or "Ringsaker Legesenter DA", with no legal form typed'* ]]
	[[ "$stderr" == *'"BRF Eken 24" and "Bostadsrättsföreningen Eken 24" read as one name'* ]]
	[[ "$(first_log f4)" == *'evidence=form'* ]]
}

# Session 33: a site typed after the name that is the street of one other
# holder of the name, not the linked one's, tells the two apart
# (gen-link-blind47's Ten Brink practices); a street of a customer that
# does not hold the name tells nothing.
@test "readings: a street typed after the name links the holder of the name at that street" {
	jq -n '[{id: 1, business_name: "Tandartspraktijk E. ten Brink B.V.", address: "Stationsweg 103", city: "Den Haag"},
	    {id: 2, business_name: "N. ten Brink h.o.d.n. Tandartspraktijk Ten Brink", address: "Industrieweg 156", city: "Schiedam"},
	    {id: 3, business_name: "Autobedrijf Ten Brink B.V.", address: "Industrieweg 12", city: "Delft"},
	    {id: 4, business_name: "Diamond College", address: "Aminu Kano Crescent 224", city: "Enugu"},
	    {id: 5, business_name: "Diamond College - Kano", address: "Plot 140, Awolowo Road", city: "Kano"}]
	  + [range(20; 40) | {id: ., business_name: ("Filler\(.) " + ["Tandartspraktijk", "B.V."][. % 2]),
	    address: "Kerkstraat \(.)", city: "Utrecht"}]' >"$TMP/cust.json"
	{ mksession t1 'Tandartspraktijk Ten Brink / Industrieweg 156' ''	# 2's street
	  mksession t2 'Tandartspraktijk Ten Brink / Stationsweg 103' ''	# 1's own
	  mksession t3 'Tandartspraktijk Ten Brink / Industrieweg 12' ''	# 3 is no practice
	  mksession t4 'Diamond College - Kano' ''; } >"$TMP/in"	# a town, not 4's street
	link_v
	[ "$(links "$TMP/out")" = 't1,Linked,2 t2,Linked,1 t3,Needs Review,null t4,Linked,5 ' ]
	[[ "$(first_log t1)" == *'site-tells'* ]]
}

# Session 33: a customer's ending learnt as a form (eight names end with
# "Ion") that contacts have as a first name is a person's name: a form
# typed in its place ("SRL") swaps no form (gen-link-blind22's "Birou
# Notarial Lungu Ad", Adrian cut short, linked Lungu Ion).
@test "legal forms learnt: a first name learnt as a form is not swapped for a typed form" {
	jq -n '[{id: 1, business_name: "Birou Notarial Lungu Ion"},
	    {id: 2, business_name: "Birou Notarial Lungu Adrian"},
	    {id: 3, business_name: "Walker Plumbing Pty Ltd"}]
	  + [range(20; 28) | {id: ., business_name: "Cabinet Filler\(.) Ion",
	    contacts: [{id: (100 + .), firstname: "Ion", lastname: "Filler\(.)"}]}]
	  + [range(30; 36) | {id: ., business_name: "Filler\(.) Pty Ltd"}]' >"$TMP/cust.json"
	{ mksession g1 'Birou Notarial Lungu SRL' ''	# Ion or Adrian?
	  mksession g2 'Birou Notarial Lungu Ad' ''	# Adrian cut short
	  mksession g3 'Walker Plumbing Ltd' ''; } >"$TMP/in"	# a form swapped
	link_v
	[ "$(links "$TMP/out")" = 'g1,Needs Review,null g2,Linked,2 g3,Linked,3 ' ]
}

# Issue 14 session 9: a machine one customer has does not link a session
# whose typed person is a contact of other customers only, unless the
# typed words are in the machine's customer's name.
@test "sdc-link: a machine does not overrule a person who is other customers' contact" {
	jq -n '[{"id": 1, "business_name": "Benoît Bouchard - State Farm",
	    "contacts": [{"id": 11, "firstname": "Benoît", "lastname": "Bouchard"}]},
	  {"id": 2, "business_name": "Gagnon Dental",
	    "contacts": [{"id": 21, "firstname": "Benoît", "lastname": "Bouchard"}]},
	  {"id": 3, "business_name": "Rowlett Urgent Care Inc.",
	    "assets": [{"id": 31, "name": "LAPTOP-9MUBR25"}]},
	  {"id": 4, "business_name": "Zahnarztpraxis Dr. Schulte",
	    "assets": [{"id": 41, "name": "ZDS3-PC13"}]},
	  {"id": 5, "business_name": "Stadt Ahaus",
	    "contacts": [{"id": 51, "firstname": "Hans", "lastname": "Schulte"}]},
	  {"id": 6, "business_name": "Lohnbüro Ott",
	    "contacts": [{"id": 61, "firstname": "Manfred", "lastname": "Schulte"}]}]' >"$TMP/cust.json"
	{ mksession s1 'Benoît Bouchard' LAPTOP-9MUBR25	# person: 1 or 2; machine: 3
	  mksession s2 '' LAPTOP-9MUBR25			# the machine alone
	  mksession s3 'Dr. Schulte' ZDS3-PC13; } >"$TMP/in"	# typed words in 4's name
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = 's1,Needs Review,null s2,Linked,3 s3,Linked,4 ' ]
}

# Session 20 (gen-link-blind30, held out, found after its run): what a
# machine was linked to earlier in the run does not overrule a person
# typed who is another customer's contact, as the machine itself does
# not.
@test "sdc-link: a machine's history does not overrule a person who is another customer's contact" {
	jq -n '[{"id": 1, "business_name": "Grand-Duc Heating & Air"},
	  {"id": 2, "business_name": "Baker Tax Service P.C.",
	    "contacts": [{"id": 21, "firstname": "Linda", "lastname": "Lewis"}]}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) " +
	      (["Heating", "Tax Service", "Dental"][. % 3]))}]' >"$TMP/cust.json"
	{ mksession s1 'Grand-Duc Heating & Air' GRADUC-PHO-LT02
	  mksession s2 'Linda Lewis' GRADUC-PHO-LT02
	  mksession s3 'Linda Lewis' ''; } >"$TMP/in"
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Needs Review,null s3,Linked,2 ' ]
}

# Session 10 (gen-link-blind11's namesakes): words typed after a
# customer's whole name that the list does not know as a place (a town
# where a business of the same name may be) leave the name for the
# evidence beyond it; a place the list knows, a place word, a contact, a
# note in small letters, a legal form misspelt or a code still link.
# Session 21 (gen-link-blind31): a note in small letters with accents
# ("kế toán", a Vietnamese accountant) is a note as well.
# Session 22: beside a name in capitals of any script ("Отель Дала -
# Алия ноутбук", a laptop), not only ASCII's.  Session 28
# (gen-link-blind43 contact 46%): a contact's name with one word beside
# it, capitalised or not, is a person and a role ("- Thomas
# (Buchhaltung)"); with two, or with no contact's name, it is not.
@test "a qualifier after the whole name: a town the list does not know is a namesake's as likely" {
	jq -n '[{"id": 1, "business_name": "Kopano Technologies",
	    "assets": [{"id": 10, "name": "KT-PC01"}],
	    "contacts": [{"id": 11, "firstname": "Palesa", "lastname": "Mokoena"}]},
	  {"id": 2, "business_name": "Midrand Local Municipality"},
	  {"id": 3, "business_name": "Impala Logistics Midrand"},
	  {"id": 4, "business_name": "St George'"'"'s Church Jayanagar"},
	  {"id": 5, "business_name": "Sekolah Kebangsaan George Town"},
	  {"id": 6, "business_name": "Highveld Travels"},
	  {"id": 7, "business_name": "Conley Dental Corp"},
	  {"id": 8, "business_name": "ТОО «Отель Дала»",
	    "contacts": [{"id": 81, "firstname": "Алия", "lastname": "Сейткали"}]}]' >"$TMP/cust.json"
	{ mksession s1 'Kopano Technologies (George)' ''	# only inside names
	  mksession s2 'Kopano Technologies (George)' KT-PC01	# its machine
	  mksession s3 'Kopano Technologies - Midrand' ''	# a place known
	  mksession s4 'Highveld Travels Upington' ''
	  mksession s5 'Highveld Travels East London' ''
	  mksession s6 'Highveld Travels - Head office' ''
	  mksession s7 'Kopano Technologies (Palesa)' ''	# a contact
	  mksession s8 'Highveld Travels - printer' ''	# a note
	  mksession s9 'Conley Dental Coor' ''		# its form misspelt
	  mksession s10 'Highveld Travels - IL' ''
	  mksession s11 'Kopano Technologies - Palesa (kế toán)' ''	# a note, accented
	  mksession s12 'Kopano Technologies - Palesa (Kế Toán)' ''
	  mksession s13 'ТОО «Отель Дала» - Алия ноутбук' ''	# a note, Cyrillic
	  mksession s14 'ТОО «Отель Дала» - Алия Ноутбук' ''
	  mksession s15 'Kopano Technologies - Palesa East London' ''
	  mksession s16 'Highveld Travels - Thabo (Kassier)' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = \
	    's1,Needs Review,null s2,Linked,1 s3,Linked,1 s4,Needs Review,null s5,Needs Review,null s6,Linked,6 s7,Linked,1 s8,Linked,6 s9,Linked,7 s10,Linked,6 s11,Linked,1 s12,Linked,1 s13,Linked,8 s14,Linked,8 s15,Needs Review,null s16,Needs Review,null ' ]
	[[ "$stderr" == *'"upington" after "Highveld Travels": no site the list knows'* ]]
}

# Session 22 (gen-link-blind28 branch 78%): a part of the premises after
# the whole name ("- Upstairs", "/ Shop", "(Reception)", ": Front Desk",
# "- Yard") is no town, so no namesake elsewhere as likely: it links; a
# town the list does not know still does not.
@test "a qualifier after the whole name: a part of the premises links, an unknown town does not" {
	jq -n '[{"id": 1, "business_name": "Watson Excavating, LLC"},
	  {"id": 2, "business_name": "Ackroyd Bookkeeping"},
	  {"id": 3, "business_name": "Pinecrest Medical Group P.C."}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,2 s5,Linked,1 s6,Needs Review,null ' \
	    'Watson Excavating: Upstairs' 'Ackroyd Bookkeeping / Shop' \
	    'Pinecrest Medical Group - Front Desk' 'Ackroyd Bookkeeping (Reception)' \
	    'Watson Excavating - Yard' 'Ackroyd Bookkeeping - Upington'
}

# Session 28 (gen-link-blind43 town 49%): the customer's own town and a
# part of it joined by a hyphen ("Köln-Nippes", "in Wien-Favoriten") is
# its own site; another town so joined, or its town and a word typed
# apart ("Palm Beach Gardens", another town), is a namesake's as likely.
@test "a qualifier after the whole name: its own town and a part of it, hyphened, links" {
	jq -n '[{"id": 1, "business_name": "Physiotherapie Özkan", "city": "Köln"},
	  {"id": 2, "business_name": "Bäckerei Hörmann GmbH", "city": "Wien"},
	  {"id": 3, "business_name": "Palm Deli", "city": "Palm Beach"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null s4,Needs Review,null ' \
	    'Physiotherapie Özkan (Köln-Nippes)' 'Bäckerei Hörmann GmbH in Wien-Favoriten' \
	    'Physiotherapie Özkan (Bonn-Beuel)' 'Palm Deli Palm Beach Gardens'
}

# Session 28 (gen-link-blind27 branch, Turkish şube; blind20's "Br."):
# "branch" in more languages, and rooms and departments in more
# ("Werkstatt", "Buchhaltung", "Billing"), link after the whole name; a
# town the list does not know beside no such word still does not.
# Session 32 (branch rows of gen-link-blind45, blind38, blind46): the
# part of town ("Midtown"), a drive-up window, a Portuguese shop ("Loja
# 3") and a Japanese head office typed in Latin letters ("Honsha") link
# too; a compass word does not (it begins towns: "East London").
@test "a qualifier after the whole name: a branch word or a department of more languages links" {
	jq -n '[{"id": 1, "business_name": "Watson Excavating, LLC"},
	  {"id": 2, "business_name": "Ackroyd Bookkeeping"},
	  {"id": 3, "business_name": "Yamashita Shokuhin"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,2 s2,Linked,1 s3,Linked,2 s4,Linked,1 s5,Linked,2 s6,Needs Review,null s7,Linked,2 s8,Linked,1 s9,Linked,2 s10,Linked,3 s11,Needs Review,null ' \
	    'Ackroyd Bookkeeping - Ankara Şubesi' 'Watson Excavating Adyar Br.' \
	    'Ackroyd Bookkeeping (Oddział Nowa Sól)' 'Watson Excavating / Werkstatt' \
	    'Ackroyd Bookkeeping - Billing' 'Ackroyd Bookkeeping - Nowa Sól' \
	    'Ackroyd Bookkeeping: Midtown' 'Watson Excavating / Drive-Up' \
	    'Ackroyd Bookkeeping (Loja 3)' 'Yamashita Shokuhin Honsha' \
	    'Ackroyd Bookkeeping East London'
}

# Session 10 (gen-link-blind11's other wrong links): a short word that
# ends five names but that more names hold elsewhere is a surname, not a
# legal form learnt; an acronym that is not the machine's customer's
# initials speaks against its machine.
@test "a surname that ends many names is no form learnt; an acronym that is another's initials is no name for a machine" {
	jq -n '[{"id": 1, "business_name": "Ng & Lim LLC"}]
	  + ([["Tan", 10], ["Ong", 11], ["Goh", 12], ["Koh", 13], ["Teo", 14]]
	    | map({"id": .[1], "business_name": (.[0] + " & Lee LLC")},
	          {"id": (.[1] + 10), "business_name": ("Lee & " + .[0] + " LLC")},
	          {"id": (.[1] + 20), "business_name": (.[0] + " & Lim LLC")}))
	  + [{"id": 40, "business_name": "Lee Dental Clinic"},
	     {"id": 50, "business_name": "Hegde Foods Private Limited t/a Burger Yard Malleshwaram"},
	     {"id": 60, "business_name": "Management Corporation Strata Title Plan No. 3438",
	      "assets": [{"id": 61, "name": "MCST-PC01"}]}]' >"$TMP/cust.json"
	{ mksession s1 'Ng & Lee LLC' ''		# not Ng & Lim with a form swapped
	  mksession s2 'HFTBYM' MCST-PC01		# Hegde Foods' initials
	  mksession s3 'MCSTP' MCST-PC01		# the machine's customer's
	  mksession s4 'MCTP' MCST-PC01; } >"$TMP/in"	# ... with a letter left off
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = 's1,Needs Review,null s2,Needs Review,null s3,Linked,60 s4,Linked,60 ' ]
}

# Session 27 (gen-link-blind43 with machines: "ZST GmbH", Zirbe
# Systemtechnik's initials, on a machine of a tax adviser's): an acronym
# before its legal form is the name as the acronym alone is.
@test "an acronym before its legal form that is another's initials is no name for a machine" {
	jq -n '[{"id": 1, "business_name": "Zirbe Systemtechnik GmbH"},
	  {"id": 2, "business_name": "Steuerberater Dipl.-Kfm. Fatma Yildiz",
	   "assets": [{"id": 21, "name": "STEFAT-FRA-NB01"}]}]
	  + [range(40; 100) | {"id": ., "business_name": ("Filler\(.) Word\(.) GmbH")}]' >"$TMP/cust.json"
	{ mksession s1 'ZST GmbH' STEFAT-FRA-NB01	# Zirbe's initials
	  mksession s2 'SDFY GmbH' STEFAT-FRA-NB01; } >"$TMP/in"	# the machine's customer's
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = 's1,Needs Review,null s2,Linked,2 ' ]
}

# Session 10: a ticket's or a queue's tag before the name is a desk's
# label too (gen-link-blind10's and -blind11's "prefix" names).
@test "a ticket's or queue's tag before the name is read off; a number of the name is not" {
	jq -n '[{"id": 1, "business_name": "Melati Foundation"},
	  {"id": 2, "business_name": "Brothers Plumbing Ltd"},
	  {"id": 3, "business_name": "Matrix Industries"}]' >"$TMP/cust.json"
	{ mksession s1 '[SIN] Melati Foundation' ''
	  mksession s2 'INC0071426 - Melati Foundation' ''
	  mksession s3 'Ticket #43551 Melati Foundation' ''
	  mksession s4 'SR-2612 | Melati Foundation' ''
	  mksession s5 'Q2: Melati Foundation' ''
	  mksession s6 'T3545 Melati Foundation' ''
	  mksession s7 '2 Brothers Plumbing' ''	# a number of a name
	  mksession s8 'JHB-Q2 Matrix Industries' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = \
	    's1,Linked,1 s2,Linked,1 s3,Linked,1 s4,Linked,1 s5,Linked,1 s6,Linked,1 s7,Needs Review,null s8,Linked,3 ' ]
	[[ "$(jq -r 'select(.meta.session_id == "s3") | .meta.processing_log[0]' "$TMP/out")" == *'evidence=desk'* ]]
}

# Session 11 (gen-link-blind9's and -blind11's wrong links): a name typed
# that is one of the MSP's own people - the technician (Host) of a
# session read so far, or link.staff - links by no name: a machine may
# still link it; a business named after its owner still links.
mkhosted() {
	jq -nc --arg id "$1" --arg n "$2" --arg tech "$3" --arg m "$4" '{meta: {session_id: $id,
	    processing_status: "Needs Linking", processing_log: []},
	    context: {customer_id: null, customer_name: $n, contact_id: null,
	      contact_name: null, links: []},
	    insights: {source_title: ("ScreenConnect Session for " + $tech)},
	    segments: [{type: "RemoteConnection", author: $tech,
	      content: ("Connected to machine: " + $m),
	      metadata: {session_id: ("sc-" + $id), process_type: "Host"}}]}'
}

@test "staff: a technician's name typed holds back the name's link, never makes one; a machine or the business beside still link" {
	jq -n '[{"id": 1, "business_name": "Naveen Gowda & Co."},
	  {"id": 2, "business_name": "McNamara'"'"'s Pharmacy Ltd",
	   "contacts": [{"id": 21, "firstname": "Cian", "lastname": "O'"'"'Connor"}],
	   "assets": [{"id": 22, "name": "MCN-PC01"}]},
	  {"id": 3, "business_name": "Eläinlääkäri Sanna Kallio"},
	  {"id": 4, "business_name": "Kuntur Sistemas"},
	  {"id": 5, "business_name": "Harbour Dental Care"}]' >"$TMP/cust.json"
	{ mkhosted s0 'Naveen Gowda (internal)' 'Imran Sheikh' LT00	# no host seen yet
	  mkhosted s1 'Harbour Dental Care' 'Naveen Gowda' HDC-PC1
	  mkhosted s2 'Harbour Dental Care' "Cian O'Connor" HDC-PC1
	  mkhosted s3 'Harbour Dental Care' 'Sanna Kallio' HDC-PC1
	  mkhosted s4 'Naveen Gowda (internal)' 'Imran Sheikh' LT04
	  mkhosted s5 'TriDesk - Naveen Gowda' 'Imran Sheikh' LT05
	  mkhosted s6 'Naveen Gowda & Co' 'Imran Sheikh' LT06	# the business beside
	  mkhosted s7 "Cian O'Connor" 'Imran Sheikh' LT07	# a contact's name
	  mkhosted s8 "Cian O'Connor" 'Imran Sheikh' MCN-PC01	# ... on its machine
	  mkhosted s9 'Eläinlääkäri Sanna Kallio' 'Imran Sheikh' LT09
	  mkhosted s10 'Kuntur Sistemas - soporte' 'Imran Sheikh' LT10; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = \
	    's0,Linked,1 s1,Linked,5 s2,Linked,5 s3,Linked,5 s4,Needs Review,null s5,Needs Review,null s6,Linked,1 s7,Needs Review,null s8,Linked,2 s9,Linked,3 s10,Linked,4 ' ]
	[[ "$stderr" == *'session "Naveen Gowda (internal)": no link: "Naveen Gowda" is one of the MSP'"'"'s own people'* ]]
	[[ "$(first_log s8)" == *'rule=machine'* ]]
	# the config names them before any session does; the MSP's own name too
	echo '{"link": {"staff": ["Naveen Gowda", "Kuntur Sistemas"]}}' >"$TMP/cfg.json"
	sdc-link --config "$TMP/cfg.json" --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = \
	    's0,Needs Review,null s1,Linked,5 s2,Linked,5 s3,Linked,5 s4,Needs Review,null s5,Needs Review,null s6,Linked,1 s7,Needs Review,null s8,Linked,2 s9,Linked,3 s10,Needs Review,null ' ]
}

# Session 12: a session whose link the name made is held back (one of
# the MSP's own people) is left for review like any other: its name goes
# to --review with the reason, and a person's alias for it then holds.
@test "staff: a held-back name reaches --review with its reason; an alias for it links" {
	jq -n '[{"id": 1, "business_name": "Naveen Gowda & Co."},
	  {"id": 5, "business_name": "Harbour Dental Care"}]' >"$TMP/cust.json"
	{ mkhosted s1 'Harbour Dental Care' 'Naveen Gowda' HDC-PC1
	  mkhosted s4 'Naveen Gowda (internal)' 'Imran Sheikh' LT04
	  mkhosted s5 'Naveen Gowda (internal)' 'Imran Sheikh' LT05; } >"$TMP/in"
	sdc-link --no-llm --no-memory --review "$TMP/review.jsonl" --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = 's1,Linked,5 s4,Needs Review,null s5,Needs Review,null ' ]
	run jq -c '[.name, .sessions, .why, .machines, [.candidates[].id]]' "$TMP/review.jsonl"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[ "${lines[0]}" = '["Naveen Gowda (internal)",2,"\"Naveen Gowda\" is one of the MSP'"'"'s own people (a technician of the sessions, or link.staff)",["LT04","LT05"],[1]]' ]
	echo '{"Naveen Gowda (internal)": 1}' >"$TMP/aliases.json"
	sdc-link --no-llm --no-memory --aliases "$TMP/aliases.json" --customers "$TMP/cust.json" "$TMP/in" >"$TMP/out"
	[ "$(links "$TMP/out")" = 's1,Linked,5 s4,Linked,1 s5,Linked,1 ' ]
}

# Session 12: the technicians seen are remembered (the memory's "staff"
# lines), so a later run over notes alone still holds back their names.
@test "staff: technicians seen are remembered; a later run without their sessions still holds their names back" {
	jq -n '[{"id": 1, "business_name": "Naveen Gowda & Co."},
	  {"id": 5, "business_name": "Harbour Dental Care"}]' >"$TMP/cust.json"
	mkhosted s1 'Harbour Dental Care' 'Naveen Gowda' HDC-PC1 >"$TMP/in1"
	mksession n1 'Naveen Gowda (internal)' '' >"$TMP/in2"
	sdc-link --no-llm --no-memory --customers "$TMP/cust.json" "$TMP/in2" >"$TMP/out"
	[ "$(links "$TMP/out")" = 'n1,Linked,1 ' ]		# no technician known
	sdc-link --no-llm --memory "$TMP/mem" --customers "$TMP/cust.json" "$TMP/in1" >/dev/null
	[ "$(jq -c 'select(.type == "staff")' "$TMP/mem")" = '{"type":"staff","key":"naveen gowda","customer_id":null}' ]
	sdc-link --no-llm --memory "$TMP/mem" --customers "$TMP/cust.json" "$TMP/in1" >/dev/null
	[ "$(grep -c '"staff"' "$TMP/mem")" -eq 1 ]		# once
	sdc-link --no-llm --memory "$TMP/mem" --customers "$TMP/cust.json" "$TMP/in2" >"$TMP/out"
	[ "$(links "$TMP/out")" = 'n1,Needs Review,null ' ]
}

# Session 11: the customers' towns (Syncro's "city", kept by
# sdc-fetch-syncro customers) tell a branch from a namesake: words typed
# after a customer's whole name link when some customer of the list is in
# that town (the MSP serves it) or it is the customer's own (session 13:
# misspelt too, one slip, or in another romanisation).
@test "towns: a town typed after the name links when a customer is in it or it is the customer's own; a town no customer is in is a namesake's" {
	jq -n '[{"id": 1, "business_name": "Highveld Travels", "city": "Kimberley", "state": "NC", "zip": "8301"},
	  {"id": 2, "business_name": "Karoo Welfare Society", "city": "Upington"},
	  {"id": 3, "business_name": "Impala Logistics", "city": null},
	  {"id": 4, "business_name": "Kopano Technologies", "city": "East London"}]' >"$TMP/cust.json"
	{ mksession c1 'Highveld Travels Mthatha' ''		# no customer there
	  mksession c2 'Highveld Travels Upington' ''		# another customer's town
	  mksession c3 'Highveld Travels (Kimberley)' ''	# its own
	  mksession c4 'Highveld Travels East London' ''	# two words
	  mksession c5 'Impala Logistics - Kimberley' ''	# no city of its own
	  mksession c6 'Highveld Travels (Kimberly)' ''		# its own, a slip
	  mksession c7 'Highveld Travels - Kimbolton' ''
	  mksession c8 'Highveld Travels (Gimberly)' ''; } >"$TMP/in"	# g/k and a slip
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Linked,1 c3,Linked,1 c4,Linked,1 c5,Linked,3 c6,Linked,1 c7,Needs Review,null c8,Needs Review,null ' ]
	[[ "$stderr" == *'"mthatha" after "Highveld Travels": no site the list knows'* ]]
}

# Session 12 (gen-link-blind13's wrong link "Cabinet Stomatologic Radu
# Moldovan Ecorom (Cluj-Napoca)" for the Craiova practice): a word the
# list does not know, then apart from it another customer's town, is a
# namesake's name and town, not a site, when the customer's own town is
# known; a word saying where ("pobočka Hodonín") is typed with the town.
# (Session 21: said since by named_after, the words after the whole name.)
@test "towns: a new word then another town apart is a namesake's; its own town, a branch word or no town known links" {
	jq -n '[{"id": 1, "business_name": "Highveld Travels", "city": "Kimberley"},
	  {"id": 2, "business_name": "Karoo Welfare Society", "city": "Upington"},
	  {"id": 3, "business_name": "Impala Logistics", "city": null}]' >"$TMP/cust.json"
	{ mksession c1 'Highveld Travels Ecorom (Upington)' ''	# a namesake there
	  mksession c2 'Highveld Travels Ecorom - Upington' ''
	  mksession c3 'Highveld Travels pobocka Upington' ''	# a branch there
	  mksession c4 'Highveld Travels Ecorom (Kimberley)' ''	# its own town
	  mksession c5 'Impala Logistics Ecorom (Upington)' ''; } >"$TMP/in"	# no town of its own
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Needs Review,null c3,Linked,1 c4,Linked,1 c5,Linked,3 ' ]
	[[ "$stderr" == *'"Ecorom (Upington)" after "Highveld Travels": a word it lacks and another customer'"'"'s town'* ]]
}

# Session 13 (gen-link-blind14 namesake 0%): a name two customers have,
# the same legal form or none, each in its own town: the town typed after
# it, or its own misspelt, links the one there; a third town, or none,
# links neither.
@test "towns: of two customers of one name, the town typed links the one there; another town links neither" {
	jq -n '[$ARGS.positional | to_entries[] | (.value | split("|")) as $f |
	    {id: (.key + 1), business_name: $f[0], city: $f[1]}]
	  + [range(20; 60) | {"id": ., "business_name": ("Filler\(.) " +
	    ["Ltd. Şti.", "Eczanesi"][. % 2]), "city": "Kadıköy"}]' --args \
	    "Koç Muhasebe Bürosu|Beşiktaş" "Koç Muhasebe Bürosu|Maltepe" \
	    "Lale Turizm Ltd. Şti.|Sarıyer" "Lale Turizm Ltd. Şti.|Bornova" \
	    "Kartal Eczanesi|Kadıköy" >"$TMP/cust.json"
	# s3 no form typed, s4 neither's town, s6 a slip, s7 a third town
	sessions_link 's1,Linked,2 s2,Linked,1 s3,Linked,4 s4,Needs Review,null s5,Needs Review,null s6,Linked,2 s7,Needs Review,null ' \
	    'Koç Muhasebe Bürosu / Maltepe' 'Koç Muhasebe Bürosu (Beşiktaş)' \
	    'Lale Turizm Bornova' 'Koç Muhasebe Bürosu - Kadıköy' \
	    'Koç Muhasebe Bürosu' 'Koç Muhasebe Bürosu - Maltepee' \
	    'Koç Muhasebe Bürosu - Malatya'
	[[ "$(first_log s1)" == *',own town'* ]]
}

# Session 12 (gen-link-blind13 person 45%): a contact's name typed
# surname first, as Hungarian and Czech desks write it, beside a word of
# the company narrows to its one holder with that contact; the name
# alone, a contact of three customers, is none.
@test "persons: surname first beside a company word links; the name alone shared by customers does not" {
	contact_customers 'Autocom Logistics Sp. z o.o.|Ewa|Wieczorek' 'Bozsik és Társa Kft.|Ewa|Wieczorek' \
	    'Gramar Sp. z o.o.|Ewa|Wieczorek' 'Autocom Serwis|Jan|Nowak'
	# the one Autocom with her; three customers' contact; titled: first name first
	sessions_link 's1,Linked,1 s2,Linked,1 s3,Needs Review,null s4,Needs Review,null ' \
	    'Wieczorek Ewa - Autocom' 'Ewa Wieczorek - Autocom' 'Wieczorek Ewa' 'dr Wieczorek Ewa - Autocom'
	[[ "$(first_log s1)" == *'rule=person '* ]]
}

# Session 22 (gen-link-blind25 person 9%): three or four words typed
# alone are a contact's whole name with a surname of two words or more
# (Arabic's father's name before it, Spanish and Portuguese two
# surnames) or a given name of two; linked when one customer has it,
# not when two do, and never read as a person otherwise.
@test "persons: three or four words alone, a contact's whole name, link to its one customer" {
	contact_customers 'Al Wataniya Contracting|Khaled|Farid Mansour' 'Jazira Trading|Nadia|Mohamed El Masri' \
	    'Junpyung Trading|Thanh Nam|Phạm' 'Osman Trading|Samir|Farid El Sayed' 'Hegazy Pharmacy|Samir|Farid El Sayed' \
	    'Bintang Mega Hardware|Swee Lan|Kwok' 'Phuc Thinh Tax Agency|Phạm Thị|Khánh' \
	    'Vinh Hung Trading|Khánh|Phạm Thị'
	# two customers' contact; no contact so named; surname first (as
	# often another Kwok: gen-link-blind18's impostors); a contact's
	# name that another customer's has in another order
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Needs Review,null s6,Needs Review,null s7,Needs Review,null ' \
	    'Khaled Farid Mansour' 'Nadia Mohamed El Masri' 'Thanh Nam Phạm' 'Samir Farid El Sayed' \
	    'Khaled Farid Nasr' 'Kwok Swee Lan' 'Phạm Thị Khánh'
	[[ "$(first_log s1)" == *'rule=person '* ]]
	[[ "$(first_log s2)" == *'rule=person '* ]]
}

# Session 33 (gen-link-blind54 owner 38%): three words typed surname
# first, a known given name last and known surnames before it, as tax
# and company registers list an owner ("Ortega Ramos Juan"), are the
# contact's name turned about; a last word that is no known given name
# ("Kwok Swee Lan") or a word before it that is no known surname is not.
@test "persons: two surnames and a given name last are the contact turned about" {
	contact_customers 'Óptica El Porvenir|Juan|Ortega Ramos' 'Ferretería La Providencia|Lucia|Ramirez Aguilar' \
	    'Bintang Mega Hardware|Swee Lan|Kwok' 'Papelería Textilluz|Mónica|Quasar Herrera'
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null s4,Needs Review,null ' \
	    'Ortega Ramos Juan' 'RAMIREZ AGUILAR LUCIA' 'Kwok Swee Lan' 'Quasar Herrera Mónica'
	[[ "$(first_log s1)" == *'rule=person '* ]]
}

# Session 12 (gen-link-blind13 person): the everyday Mr and Mrs of the
# languages read (pan, pani, p., paní, dna, Herr, Frau, Sr, Sra ...) are
# titles before a surname, and "z" ("from"), "/" part the person from the
# business as " - " does.
@test "persons: pan, p., dna before a surname, with z or / before the business, link to its one holder with that contact" {
	contact_customers 'Dřevlux s.r.o.|Pavel|Bláha' 'Teletex Sp. z o.o.|Marek|Bąk' \
	    'Dacia Service SRL|Ioana|Căpraru' 'Dřevlux Morava s.r.o.|Jan|Novák'
	# a surname alone; no contact of that name
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Needs Review,null ' \
	    'pan Bláha - Dřevlux' 'p. Bąk z Teletex' 'dna Căpraru / Dacia' 'pan Bláha' 'pani Kowalska - Dřevlux'
	[[ "$(first_log s2)" == *'rule=person '* ]]
}

# Session 12 (gen-link-blind13 person): Hungarian writes Mr after the
# name ("Molnár úr") and a married woman as her husband's surname with
# -né ("Fazekasné"); a comma after a titled name parts the business (not
# after a surname written first: "Rønning, Siv").
@test "persons: úr after the name, -né, a comma after a titled name" {
	contact_customers 'Dentiszoft Bt.|Ádám|Molnár' 'Alföldlog Ingatlan Kft.|Dávid|Fazekas' \
	    'Reštaurácia Infodata|Dagmar|Lukáčová'
	# alone, a word that ends so; no such contact
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Needs Review,null ' \
	    'Molnár úr - Dentiszoft' 'Fazekasné - Alföldlog' 'pán Lukáčová, Infodata' 'Fazekasné' 'Kovács úr - Dentiszoft'
	[[ "$(first_log s2)" == *'rule=person '* ]]
}

# Session 12 (gen-link-blind13 town 72%): the customer's own town typed
# after its name is proof, the name before it read alone; a town's small
# words ("nad") are no note.
@test "towns: the customer's own town typed after its name links, its small words read with it; a town no customer is in does not" {
	jq -n '[{"id": 1, "business_name": "Restaurace Alitech", "city": "Ostrava"},
	  {"id": 2, "business_name": "Pekárna Transmet", "city": "Ústí nad Labem"}]
	  + [range(20; 80) | {"id": ., "business_name": ("Restaurace Filler\(.)"), "city": "Brno"}]' >"$TMP/cust.json"
	# no customer in Havířov
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' \
	    'Restaurace Alitech Ostrava' 'Pekárna Transmet - Ústí nad Labem' 'Restaurace Alitech Havířov'
	[[ "$(first_log s1)" == *'own town'* ]]
}

# Session 28 (gen-link-blind45's "Harmony CHC" linked to Harmony
# Chiropractic, truly Harmony Community Health Center): capitals typed
# in a name with small letters, read as one word shortened, are the
# initials of another customer's words as likely when it holds the rest
# (review); with no such rival capitals shorten a word ("GGS" of a
# Gemeinschaftsgrundschule), and a shortening in small letters reads.
@test "contractions: capitals read as a word shortened are another customer's initials as likely" {
	jq -n '[{"id": 1, "business_name": "Harmony Chiropractic"},
	  {"id": 2, "business_name": "Harmony Community Health Center"},
	  {"id": 3, "business_name": "Harmony Eye Care"},
	  {"id": 4, "business_name": "Gemeinschaftsgrundschule Wesel"}]
	  + [range(20; 80) | {"id": ., "business_name": ("Filler\(.) Care")}]' >"$TMP/cust.json"
	# s5: the other words hold one no customer has (no rival looked up)
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,4 s5,Linked,1 ' \
	    'Harmony CHC' 'Harmony C.H.C.' 'Harmony Chiro' 'GGS Wesel' \
	    'Harmny Chiropractic CHC'
	[[ "$stderr" == *'capitals typed are the initials of "Harmony Community Health Center" as likely as a word of "Harmony Chiropractic" shortened'* ]]
}

# Session 28 (gen-link-blind45's "other specialty" wrong links at 50,000
# customers, "Cumberland Nephrology, P.C." for Cumberland Neurology,
# P.C.): a medical specialty typed is that practice, not two slips of
# another; one slip is still a typo or a spelling.
@test "specialties: a specialty typed is not two slips of another; one slip or a spelling links" {
	jq -n '[{"id": 1, "business_name": "Cumberland Neurology, P.C."},
	  {"id": 2, "business_name": "Harmony Orthopedic Associates"}]
	  + [range(20; 80) | {"id": ., "business_name": ("Filler\(.) Care")}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,1 s4,Linked,2 ' \
	    'Cumberland Nephrology, P.C.' 'Cumberland Neurolgy' 'Cumberland Nuerolgoy' \
	    'Harmony Orthopaedic Associates'
}

# Session 28 (gen-link-blind45's "other town" wrong links, "Farmington
# Physical Therapy" for Arlington Physical Therapy): a typed word two
# slips from the town a customer's name holds, its first letter other
# and its ending kept, is another town (towns are a head and a common
# ending), not two typos; one slip, or two that keep the first letter,
# is still a typo.
@test "towns: a word two letters off the town in a name at its head is another town; one slip or two keeping the first letter link" {
	jq -n '[{"id": 1, "business_name": "Arlington Physical Therapy", "city": "Arlington"},
	  {"id": 2, "business_name": "Roseville Family Dentistry", "city": "Roseville"},
	  {"id": 3, "business_name": "Scottsdale Eye Care", "city": "Scottsdale"}]
	  + [range(20; 80) | {"id": ., "business_name": ("Filler\(.) Care"), "city": "Mesa"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,3 s5,Linked,2 s6,Linked,1 ' \
	    'Farmington Physical Therapy' 'Crossville Family Dentistry' \
	    'Arlingtom Physical Therapy' 'Scottsadlr Eye Care' 'Rosevile Family Dentistry' \
	    'Arlingtonn Physical Therapy'
	[[ "$stderr" == *'"farmington" is two letters off a town of "Arlington Physical Therapy"'* ]]
}

# Session 33 (gen-link-blind57's "other town" wrong links, "Sangguniang
# Panlungsod ng Mati" for the council of Makati): a shorter word of the
# letters of the town a customer's name holds, a consonant among those
# left out, is another town, not a slip; its beginning, a slip, or its
# vowels left out still link.
@test "towns: a town in a name typed with letters left out from inside is another town; cut, slip or shorthand link" {
	jq -n '[range(20; 80) | {"id": ., "business_name": ("Filler\(.) Care"), "city": "Mesa"}]
	  + [{"id": 1, "business_name": "Sangguniang Panlungsod ng Makati", "city": "Makati"},
	  {"id": 2, "business_name": "Sta. Monica Catholic School of Makati", "city": "Makati"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,2 ' \
	    'Sangguniang Panlungsod ng Mati' 'Sta. Monica Catholic School of Mati' 'Sangguniang Panlungsod ng Makti' 'Sta. Monica Catholic School of Makatii'
	[[ "$stderr" == *'"mati" reads as the town of "Sangguniang Panlungsod ng Makati" with letters left out'* ]]
}

# Session 12 (gen-link-blind13 number 24%): a numbered name and its
# town ("Przedszkole nr 13 Mysłowice", "XVII LO Ostróda") is the one
# customer there whose name holds the number and the typed words (their
# starts, initials); another number, another town, or two such there is
# none.
@test "numbers: kind, number and town link to the one customer there; another number, town or two alike do not" {
	jq -n '[{"id": 1, "business_name": "Przedszkole Publiczne nr 13 Omegaplast", "city": "Mysłowice"},
	  {"id": 2, "business_name": "Liceum Ogólnokształcące nr 17 im. Marii Curie", "city": "Ostróda"},
	  {"id": 3, "business_name": "Szkoła Podstawowa nr 5 im. Adama Mickiewicza", "city": "Tychy"},
	  {"id": 4, "business_name": "Szkoła Podstawowa nr 5 Tęcza", "city": "Opole"},
	  {"id": 5, "business_name": "Szkoła Podstawowa nr 5 Bajka", "city": "Opole"},
	  {"id": 6, "business_name": "Fatih 21. Noterliği", "city": "Fatih"},
	  {"id": 7, "business_name": "Fatih 14. Noterliği", "city": "Fatih"}]
	  + [range(20; 80) | {"id": ., "business_name": ("Przedszkole Filler\(.)"), "city": "Brno"}]' >"$TMP/cust.json"
	# another number; another town; two such in Opole; the town first
	# (session 13), and another number there
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Needs Review,null s6,Needs Review,null s7,Linked,6 s8,Needs Review,null ' \
	    'Przedszkole nr 13 Mysłowice' 'XVII. LO Ostróda' 'Szk. Podst. nr 5 Tychy' \
	    'Przedszkole nr 14 Mysłowice' 'XVII LO Tychy' 'SP 5 Opole' \
	    'Fatih No 21 Noter' 'Fatih No 31 Noter'
	[[ "$(first_log s2)" == *'number'* ]]
	# s7 links by its words since session 26: "No" before the figures
	# says nothing they do not, and "Fatih 21 Noter" is the name
}

# Session 12 (gen-link-blind11 branch 70%): a place the list knows then
# a word saying where ("Alberton branch", "Roodepoort office") is a site
# written without a separator; a town no customer is in before it is not.
@test "towns: a known place then branch or office after the name is a site; an unknown town is not" {
	jq -n '[{"id": 1, "business_name": "Sizwe Pharmacy", "city": "Johannesburg"},
	  {"id": 2, "business_name": "Alberton Motors", "city": "Alberton"},
	  {"id": 3, "business_name": "Fynbos Properties", "city": "Roodepoort"}]
	  + [range(20; 80) | {"id": ., "business_name": ("Filler\(.) Pharmacy"), "city": "Durban"}]' >"$TMP/cust.json"
	# no customer in Mthatha: no site read (a note at most)
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Linked,1 ' \
	    'Sizwe Pharmacy Alberton branch' 'Fynbos Properties Roodepoort office' 'Sizwe Pharmacy Mthatha branch'
	[[ "$(first_log s1)" == *'confidence=100 evidence=name:exact+site'* ]]
	[[ "$(first_log s2)" == *'evidence=name:exact+site'* ]]
	[[ "$(first_log s3)" != *'+site'* ]]
}

# Session 31 (branch and site rows of gen-link-blind22, 28, 47): the
# customer's own street address (Syncro's "address"), or its street's
# name from it, typed after the name is its site, as its town is; a
# street it is not in is a namesake's as likely.  A unit of Spanish
# premises ("Local 2") says where in a building, never which town.
@test "towns: the customer's own street typed after the name is its site" {
	jq -n '[{"id": 1, "business_name": "Tandartspraktijk Geerts", "address": "Steenweg 8", "city": "Aalst"},
	  {"id": 2, "business_name": "Waratah Dental Surgery", "address": "90 Railway Parade"},
	  {"id": 3, "business_name": "Apna Apparels", "address": "88/3, JM Road"},
	  {"id": 4, "business_name": "Asesoría Atlántico", "address": "Calle Mayor, 176"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Needs Review,null s6,Linked,4 ' \
	    'Tandartspraktijk Geerts - Steenweg 8' 'Waratah Dental Surgery - Railway Parade' \
	    'Apna Apparels JM Road' 'Tandartspraktijk Geerts - Molenstraat 4' \
	    'Waratah Dental Surgery - Kings Parade' 'Asesoría Atlántico / Local 2'
}

# Session 31 (gen-link-blind33, blind14, blind27 legal): a legal form
# written out is the form the list abbreviates; the Turkish anonim
# şirketi reads as A.Ş. typed, so that "Paz." before it, a word many
# names end with and so a form learnt, stays Pazarlama shortened.
@test "legal forms written out: Sociedad Limitada, Aksjeselskap, Anonim Şirketi" {
	numbered_customers '(range(20; 30) | {"id": ., "business_name": "Filler\(.) Paz. A.Ş."})' \
	    "Larrañaga e Hijos S.L." "Fjord Bygg AS" "Anadolu Lojistik Pazarlama A.Ş." \
	    "Anadolu Lojistik A.Ş." "Instal·lacions La Mola S.A."
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,5 ' \
	    'Larrañaga e Hijos Sociedad Limitada' 'Fjord Bygg Aksjeselskap' \
	    'Anadolu Lojistik Paz. Anonim Şirketi' 'Instal·lacions La Mola Sociedad Anónima'
}

# Session 12 (gen-link-blind13 branch): a word of one or two letters and
# a slash before a known place ("o/Kraków", the Polish oddział) says
# where; "P/L" (Pty Ltd) is no place, nor is a town no customer is in.
@test "towns: o/ before a known place after the name is a site" {
	jq -n '[{"id": 1, "business_name": "Zakład Instalacyjny Robert Ostrowski", "city": "Gdańsk"},
	  {"id": 2, "business_name": "Sopot Motors", "city": "Sopot"}]
	  + [range(20; 80) | {"id": ., "business_name": ("Zakład Instalacyjny Filler\(.)"), "city": "Gdynia"}]' >"$TMP/cust.json"
	# Hel: no customer there
	sessions_link 's1,Linked,1 s2,Needs Review,null s3,Linked,1 ' \
	    'Zakład Instalacyjny Robert Ostrowski o/Sopot' 'Zakład Instalacyjny Robert Ostrowski o/Hel' \
	    'Zakład Instalacyjny Robert Ostrowski P/L'
	[[ "$(first_log s1)" == *'confidence=100 evidence=name:exact+site'* ]]
	[[ "$(first_log s3)" != *'+site'* ]]
}

# Session 12 (gen-link-blind11 person 69%): English "from" and "at" part
# the person from the business as " - " does.
@test "persons: from and at before the business" {
	contact_customers 'Fynbos Technologies|Anna|Fourie' 'Star Inn|Emma|Hill' 'Fynbos Catering|Ben|Smit'
	# no such contact
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' \
	    'Ms Fourie from Fynbos Technologies' 'Emma at STAR INN' 'Ms Naidoo from Fynbos'
	[[ "$(first_log s1)" == *'rule=person '* ]]
}

# Session 12 (gen-link-blind11 at 50,000 customers: five wrong links
# "... (George)"): a word more names hold than are looked through is a
# place only when one of those looked through begins or ends with it;
# "St George's Church" by the hundred does not make George a town.
@test "towns: a word many names hold inside them is no place; many that end with it make one" {
	numbered_customers '(range(20; 100) | {"id": ., "business_name": "St George'"'"'s Church Filler\(.)"}),
	    (range(100; 180) | {"id": ., "business_name": "Filler\(.) Tours Boksburg"})' \
	    "Kopano Technologies"
	{ mksession s1 'Kopano Technologies (George)' ''	# a namesake's town
	  mksession s2 'Kopano Technologies (Boksburg)' ''; } >"$TMP/in"	# a place
	link_v
	[ "$(links "$TMP/out")" = 's1,Needs Review,null s2,Linked,1 ' ]
	[[ "$stderr" == *'"george" after "Kopano Technologies": no site the list knows'* ]]
}

# Session 12 (gen-link-blind8's wrong link "Lindkvistin Raknnus" for
# Lindqvistin Rakennus): a typed word read only as a slip of the
# customer's word, that the list holds as other names' spelling
# ("Lindkvists Måleri"), is another family's name, not a slip.
@test "spellings: a slip that is another spelling the list holds is no link; a slip the list does not hold links" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Oy", "Bygg", "Måleri", "Tilitoimisto", "Rakennus"][. % 5])}' \
	    "Lindqvistin Rakennus" "Lindkvists Måleri" "Lindkvist Redovisningsbyrå"
	{ mksession s1 'Lindkvistin Raknnus' ''		# Lindkvist: the list's
	  mksession s2 'Lindkvistin Rakennus' ''
	  mksession s3 'Lindqvistin Raknnus' ''		# slips only
	  mksession s4 'Lindqvstin Rakennus' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,1 ' ]
	[[ "$stderr" == *'"lindkvistin" is spelt as other names spell it, not as "Lindqvistin Rakennus"'* ]]
}

# Session 11 (gen-link-blind12's wrong link): a chain's customer whose
# name goes on with its own site, as its chain's names go on with
# theirs, is not the customer of another site typed after its head.
@test "a chain's name that ends with its own site is no link for another site typed" {
	numbered_customers 'range(20; 60) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Asociados S.C.", "Tacos", "Consultores S.C.", "Ferreteria"][. % 4])}' \
	    "Helados Veloz Nueva Cordoba" "Churros Veloz Condesa" "Churros Veloz Mitras" \
	    "Pollo Veloz Chico" "Reyes y Asociados S.C."
	{ mksession s1 'Helados Veloz - Colegiales' ''	# another site of the chain
	  mksession s2 'Helados Veloz - Nueva Cordoba' ''	# its own
	  mksession s3 'Helados Veloz' ''
	  mksession s4 'Reyes y Asociados - Matriz' ''; } >"$TMP/in"	# a form after, no site
	link_v
	[ "$(links "$TMP/out")" = 's1,Needs Review,null s2,Linked,1 s3,Linked,1 s4,Linked,5 ' ]
}

# Session 11 (gen-link-blind12's branches, "Sede Chapinero", "Sucursal
# Olivos"): a word no customer's name holds, even misspelt, before a
# place the list knows says where, with a separator or without one; a
# town the list does not know after a place it knows may be a
# namesake's.
@test "a word the list does not know before a place it knows is a site" {
	numbered_customers 'range(20; 60) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Consultores", "Tacos", "Abogados", "Ferreteria"][. % 4])}' \
	    "Colegio San Lucas" "Chapinero Dental" "Olivos Ferreteria" "Panaderia Santa Lucia"
	{ mksession s1 'Colegio San Lucas - Sede Chapinero' ''
	  mksession s2 'Colegio San Lucas Sede Chapinero' ''	# no separator
	  mksession s3 'Colegio San Lucas - Sucursal Olivos' ''
	  mksession s4 'Colegio San Lucas - Olivos Arequipa' ''	# a town unknown after
	  mksession s5 'Colegio San Lucas Ferreterria Olivos' ''; } >"$TMP/in"	# a customer's word misspelt
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,1 s3,Linked,1 s4,Needs Review,null s5,Needs Review,null ' ]
}

# Session 11 (gen-link-blind12's suffix rows, "Hidroclin Sistemas SA de
# CV" of "Hidroclin Sistemas"): a legal form the list knows by its
# names - one name in a hundred or more ends with it, nearly all that
# hold it, most of them abbreviated - read off the typed name; a word
# that ends as many names unabbreviated ("West") is a site or a trade.
@test "a legal form the list writes abbreviated is read off the typed name; a site word is not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Consultores Ltda.", "Abogados S.A. de C.V.", "Dental West", "Tacos"][. % 4])}' \
	    "Hidroclin Sistemas" "Brookside Plumbing PC" "Textiles Vertice Ltda."
	{ mksession s1 'Hidroclin Sistemas Ltda' ''
	  mksession s2 'Hidroclin Sistemas SA de CV' ''
	  mksession s3 'Textiles Vertice SA de CV' ''	# its form swapped
	  mksession s4 'Brookside Plumbing West' ''; } >"$TMP/in"	# a site, no form
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,1 s3,Linked,3 s4,Needs Review,null ' ]
}

# Issue 14 session 12: "and" in Czech, Slovak, Hungarian, Romanian and
# Turkish read as any language's, the name's first one; an "and" left out
# between two words typed, in a name typed with none of its "and"s.
@test "and in any language: typed in another one or left out links; an and of the name's other words lacking does not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Heating", "Solicitors", "Syn", "Kancelář"][. % 4])}' \
	    "Zakład Stolarski Kubiak i Syn" "Vlček & partneři advokátní kancelář s.r.o." \
	    "Jones & Co Solicitors (a trading name of Anderson Enterprises Ltd)" \
	    "Fenwick and Sons Heating and Cooling" \
	    "Societatea Civilă de Avocați Tudor și Moldovan"
	{ mksession s1 'Zakład Stolarski Kubiak a Syn' ''
	  mksession s2 'Vlček partneři advokátní kancelář s.r.o.' ''
	  mksession s3 'Jones & Co Solicitors' ''	# not its "(a trading ...)"
	  mksession s4 'Fenwick Heating and Cooling' ''	# lacks "and Sons"
	  mksession s5 'Societatea Civilă de Avocați Tudor & Moldovan' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Linked,5 ' ]
	[[ "$(first_log s1)" == *'evidence=name:exact+and'* ]]
	[[ "$stderr" == *'"Vlček partneři advokátní kancelář s.r.o.": rule=weighted'*'name:exact+and -> 2 '* ]]
}

# Issue 14 session 15: Indonesian and Malay "dan" is not read as "&":
# "Messrs Wong dan Lau" beside Messrs Wong & Lau and Messrs Wong dan Low
# is either (a surname spelt two ways), so neither links.
@test "dan is not read as &: a name between two partnerships links neither" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Rekan", "Kusuma", "Hartono", "Messrs"][. % 4])}' \
	    "Messrs Wong & Lau" "Messrs Wong dan Low"
	sessions_link 's1,Needs Review,null ' 'Messrs Wong dan Lau'
}

# Issue 14 session 15: a practice typed without its person's given name
# or title ("Zahnarztpraxis Dr. Lüthi"), a partnership typed with one
# partner and its legal form ("Aerts Advocaten BV"), links the one
# customer holding the typed words; a partner and a trade alone ("Rafferty
# Roofing") is another Rafferty's as likely, a given name after the
# surname ("Angelopoulos Vangelis Farmakeio", "Gotou Hiroshi Houritsu
# Jimusho") a namesake's, a person alone no business.  Session 23: the
# surname may be the first of two, the second a known surname, as Spain's
# people have ("Notaría Goikoetxea Díaz" for Notaría Iker Goikoetxea
# Díaz; gen-link-blind33 "one surname").
@test "cut: a given name or a partner left off links the one holder; no form, the order changed or a person alone does not" {
	jq -n '[$ARGS.positional | to_entries[] | (.value | split("|")) as $f |
	    {id: (.key + 1), business_name: $f[0],
	     contacts: (if $f[1] == "" then [] else [{id: (10 * .key + 11),
	       firstname: $f[1], lastname: $f[2]}] end)}]
	    + [range(20; 80) | {"id": ., "business_name": ("Filler\(.) " +
	      ["Praxis", "Advocaten", "Roofing", "Farmakeio"][. % 4])}]' --args \
	    "Zahnarztpraxis Dr. Christoph Lüthi|Christoph|Lüthi" \
	    "Treuhandbüro Reto Ladurner GmbH|Reto|Ladurner" \
	    "Aerts en Van Damme Advocaten BV||" "Rafferty & Dalgleish Roofing||" \
	    "Praxis Dr. med. Franziska Lüthi|Franziska|Lüthi" \
	    "Angelopoulos Vangelis Farmakeio|Vangelis|Angelopoulos" \
	    "Gotou Hiroshi Houritsu Jimusho|Hiroshi|Gotou" \
	    "Notaría Iker Goikoetxea Díaz|Iker|Goikoetxea" >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Linked,5 s6,Needs Review,null s7,Needs Review,null s8,Needs Review,null s9,Linked,8 ' \
	    'Zahnarztpraxis Dr. Lüthi' 'Treuhandbüro Ladurner GmbH' \
	    'Aerts Advocaten BV' 'Rafferty Roofing' 'Praxis Lüthi' \
	    'Farmakeio Angelopoulos' 'Dr. Lüthi' 'Gotou Houritsu Jimusho' \
	    'Notaría Goikoetxea Díaz'
	[[ "$stderr" == *'"Aerts Advocaten BV": rule=weighted'*'-> 3 '* ]]
}

# Issue 14 session 12: a name typed on a national keyboard with the
# computer set to US ("Daňov8 kancel85"): its readings on the Czech,
# Slovak, Hungarian, Romanian and German layouts, y and z swapped or not,
# link when they link one customer by its own words.  Session 13: the
# Turkish Q keys too ("M]şavirlik" for Müşavirlik; a key ending a word
# read or left, "Ko." for Koç, "Ltd." for Ltd.; a comma is no dotless i),
# and a Latin name typed with a Greek, Arabic or Hebrew layout on, each
# key that script's letter ("ΔΙΚΙΓΟΡΙΚΙ" for Dikigoriki, "شم" for Al,
# "גקלקך" for Dekel, the Greek ordinal "10ο" for 10o); "شم Reem" reads
# two customers.
@test "layouts: a national keyboard set to US, a Latin name on a Greek, Arabic or Hebrew one links by its keys read; two layouts reading two customers link neither" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Iroda Kft.", "s.r.o.", "S.R.L.", "Servis"][. % 4])}' \
	    "Daňová kancelář Ing. Monika Musilová" "Favit Könyvelő Iroda Kft." \
	    "Primăria Câmpia Turzii" "Vyssys Logistics, s.r.o." \
	    "Mořský Servis" "Moťský Servis" "Dr. Kovács Zsuzsanna Ügyvédi Iroda" \
	    "Kara Mali Müşavirlik Ltd. Şti." "SMMM Tuğba Koç" \
	    "Dikigoriki Etaireia Mavridis - Xenakis" "Al Reem Nursery" \
	    "Dekel Travel Ltd." "Al Reem Pharmacy" "Kale Yapı Ltd. Şti." \
	    "10o Gymnasio Larisaion"
	{ mksession s1 'Daňov8 kancel85 Ing. Monika Musilov8' ''	# Czech
	  mksession s2 'Favit K0nyvel[ Iroda Kft.' ''		# Hungarian
	  mksession s3 'Prim[ria C\mpia Turzii' ''		# Romanian
	  mksession s4 'Vzsszs Logistics, s.r.o.' ''		# y and z swapped
	  mksession s5 'Mo5sk7 Servis' ''			# ř Czech, ť Slovak
	  mksession s6 "Dr. Kov'cs Ysuysanna -gzv;di Iroda" ''
	  mksession s7 'Kara Mali M]şavirlik Ltd. :ti.' ''	# Turkish Q
	  mksession s8 'SMMM Tu[ba Ko.' ''
	  mksession s9 'ΔΙΚΙΓΟΡΙΚΙ Etaireia Mavridis - Xenakis' ''	# Greek
	  mksession s10 'شم Reem Nursery' ''			# Arabic
	  mksession s11 'גקלקך Travel Ltd.' ''			# Hebrew
	  mksession s12 'شم Reem' ''
	  mksession s13 'Kale Yap, Ltd.' ''
	  mksession s14 '10ο Gymnasio Larisaion' ''; } >"$TMP/in"	# Greek ο
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null s6,Linked,7 s7,Linked,8 s8,Linked,9 s9,Linked,10 s10,Linked,11 s11,Linked,12 s12,Needs Review,null s13,Needs Review,null s14,Linked,15 ' ]
	[[ "$stderr" == *'"شم Reem Nursery": rule='*'layout -> 11 '* ]]
	[[ "$(first_log s2)" == *'evidence=name:'*'layout'* ]]
	[[ "$stderr" == *'"Favit K0nyvel[ Iroda Kft.": rule='*'layout -> 2 '* ]]
}

# Issue 14 session 12: a name typed in another romanisation of its script
# (Japanese Kunrei for Hepburn, Korean McCune-Reischauer for Revised,
# Greeklish for ELOT, Arabic's vowels): a word no customer has is read as
# the one customer word of the same key, and the link holds when the
# reading's every word is that customer's.  A word more besides ("Iin"),
# a doubled letter ("Toress") or a word of a Latin-script language's own
# letters ("Hárgreiðslustoofa") is no other romanisation.
@test "translit: a name in another romanisation links; a word more, a doubled letter or an Icelandic word does not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Jimusho", "Realty", "Grafeio", "Clinic"][. % 4])}' \
	    "Takagi Naoko Tokkyo Jimusho" "Seoul Jeongdo Realty" \
	    "Dikigoriko Grafeio Chatzidaki" "Dr. Karim Aoun Dental Clinic" \
	    "Sugiyama Shika" "Hermanos Torres S.L.U." \
	    "Hárgreiðslustofa Guðrún Gunnarsson" "Sakura Iin"
	{ mksession s1 'Takagi Naoko Tokkyo Zimusyo' ''		# Kunrei
	  mksession s2 'Seoul Chongdo Realty' ''		# McCune-Reischauer
	  mksession s3 'Dikhgoriko Grapheio Chatzhdakh' ''	# Greeklish
	  mksession s4 'Dr. Kareem Aoun Dental Clinic' ''	# Arabic ee
	  mksession s5 'Sugiyama Sika Iin' ''
	  mksession s6 'Hermanos Toress S.L.U.' ''
	  mksession s7 'Hárgreiðslustoofa Guðrún' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null s6,Needs Review,null s7,Needs Review,null ' ]
	[[ "$(first_log s1)" == *'evidence=name:'*'translit'* ]]
	[[ "$stderr" == *'"Seoul Chongdo Realty": rule='*'translit -> 2 '* ]]
}

# Issue 14 session 14 (gen-link-blind16, Cyrillic-script customers):
# Cyrillic look-alikes in a Latin word are its Latin letters (UTS #39:
# "Nоtarius" with a Cyrillic o); a name in Cyrillic, Georgian or Armenian
# is romanised; a Latin spelling in another system of Ukrainian or
# Russian (Pryvatnyi, Privatniy; Hryhorovych, Grigorovich) reads as the
# customer's through the Cyrillic key (the scholarly carons too: Tkačenko);
# and a
# name typed on the wrong one of US and JCUKEN ("Ghbdfnybq" for
# Приватний, "Ьувнсртнш" for Medychnyi) is read key for key; the Georgian
# LLC, შპს, is a legal form dropped as LLC is.  A look-alike
# in another surname, another word besides, another order, and a word
# wholly Cyrillic that is no romanised customer word do not link.
@test "cyrillic: look-alikes, the script romanised, its romanisations, JCUKEN and US keys; another name does not link" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["TOV", "Notarius", "FOP", "Tsentr"][. % 4])}' \
	    "Notarius Ivanova Gulnara" \
	    "Privatniy notarius Tkachenko Yuriy Petrovich" \
	    "Medychnyi tsentr Zdorovya TOV" "FOP Goncharenko Dmitro Grigorovich" \
	    "Sastumro Shukura Ltd" "Pryvatnyi notarius Rudenko"
	# a Cyrillic о а; Cyrillic; US keys; Ukrainian keys; Ukrainian 2010;
	# Georgian; then another surname, a word more, another order, a
	# Cyrillic word that is no customer's
	local i=0 n
	while IFS= read -r n; do
		mksession s$((i += 1)) "$n" ''
	done >"$TMP/in" <<-'EOF'
	Nоtarius Ivаnоva Gulnara
	Приватний нотаріус Ткаченко Юрій Петрович
	Ghbdfnybq yjnfhsec Nrfxtyrj .hsq Gtnhjdbx
	Ьувнсртнш еіутек Явщкщмнф ЕЩМ
	FOP Honcharenko Dmytro Hryhorovych
	სასტუმრო შუქურა
	Nоtarius Pеtrоva Gulnara
	FOP Honcharenko Dmytro Hryhorovych Zaliznyi
	Tkachenko Pryvatnyi notarius Yurii Petrovych
	Приватний нотаріус Коваленко
	Pryvatnyj notarius Tkačenko Jurij Petrovyč
	Sastumro Shukura შპს
	EOF
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,2 s3,Linked,2 s4,Linked,3 s5,Linked,4 s6,Linked,5 s7,Needs Review,null s8,Needs Review,null s9,Needs Review,null s10,Needs Review,null s11,Linked,2 s12,Linked,5 ' ]
	[[ "$(first_log s3)" == *'evidence=name:'*'layout'* ]]
	[[ "$(first_log s5)" == *'evidence=name:'*'translit'* ]]
}

# Issue 14 session 17 (gen-link-blind16, blind22): in a list that writes
# the carons of Cyrillic's scholarly romanisation or of Gaj's Latin, a
# customer's word typed reads as another customer's of its Cyrillic key
# (Shlyakh for Shliakh, Pryvatnyy for Privatniy): such a list holds one
# word in each system.  Not a name some other customer holds as typed
# (Čajkalajn is TOV Čajkalajn's, cut short, not Chaykalayn), nor a
# person by an initial Y, I or J, which the systems write for several
# letters (Yakovenko Y.V.: Юрій Васильович or Яна Вікторівна); and not
# in a list with no caron, where s and sh, c, ch and ts are other sounds
# (Suntung is no Shuntung).
@test "cyrillic: a customer's word in another system where the list writes carons; not a name held as typed, a Y initial, a list of no caron" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["TOV", "Notarius", "FOP", "Tsentr"][. % 4])}' \
	    "TOV Sadyba Shliakh" "PP Shlyakh" "Privatniy notarius Rudenko S.S." \
	    "Pryvatnyy notarius Bondarenko Yuliya Vasylivna" \
	    "TOV Čajkalajn Medyčnyj centr" "Chaykalayn" \
	    "Privatniy notarius Yakovenko Y.V."
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Needs Review,null s4,Needs Review,null ' \
	    'TOV Sadyba Shlyakh' 'Pryvatnyy notarius Rudenko S.S.' \
	    'Čajkalajn' 'Pryvatnyy notarius Yakovenko Y.V.'
	[[ "$(first_log s1)" == *'evidence=name:'*'translit'* ]]
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Limited", "Trading", "Agency"][. % 3])}' \
	    "Shuntung Property Agency Limited" "Suntung Dispensary" \
	    "Sun-hong Trading Company Limited" "Shun Kee Bakery"
	sessions_link 's1,Needs Review,null s2,Needs Review,null ' \
	    'Suntung Property Agency Limited' 'Shun Hong Trading Company Limited'
}

# Issue 14 session 33 (gen-link-blind56, a Greek and Cypriot list): a
# name in Greek is romanised by ELOT 743 (the tonos dropped, ευ v before
# a vowel, μπ b at a word's start, the final sigma s), so that a name
# typed in those Latin letters, or in Greek with a typo, links the
# customer the list holds in Greek; another town does not.
@test "greek: the script romanised by ELOT 743; a typo in Greek; another town does not link" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Α.Ε.", "Φαρμακείο", "Ο.Ε.", "Κέντρο"][. % 4])}' \
	    "Σύλλογος Γονέων και Κηδεμόνων 4ου Δημοτικού Σχολείου Πειραιά" \
	    "ΔΕΥΑ Πειραιά" "Φαρμακείο Σπυροπούλου - Μπουρνάζου" \
	    "Τεχνοσύστημα Διαγνωστικό Κέντρο"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null ' \
	    "Syllogos Goneon kai Kidemonon 4ou Dimotikou Scholeiou Peiraia" \
	    "DEVA Peiraia" "Farmakeio Spyropoulou - Bournazou" \
	    "Τεχνοσύστημα Διαγνωστκό Κέντρο" "DEVA Patras"
}

# In a list that writes Greek, a name typed in the phonetic spellings (h
# for χ, u for ου, nd for ντ, b for μπ) or in Greeklish (h for η, u for
# υ, x for χ, 8 for θ) reads as the customer's ELOT 743 words, a customer's word
# too (Kendro, another customer's, read as Kentro), a word of two letters
# as one of three ("TU" as tou); another surname does
# not link, nor does "Xing" read as "Chung" in a list of no Greek.
@test "greek: phonetic spellings and Greeklish in a Greek list; another surname does not link" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Φίλλερ\(.) " + ["Α.Ε.", "Φαρμακείο", "Ο.Ε.", "Ταβέρνα"][. % 4])}' \
	    "Χρυσοχόος - Δρόσος Ε.Ε." "Αθλητικός Σύλλογος Θέτις Βόλου" \
	    "Τεχνοσύστημα Διαγνωστικό Κέντρο" "Metatroniki Diagnostiko Kendro" \
	    "Μιχαήλ & Χαραλάμπους ΛΤΔ" "ΜΑΥΡΙΔΗ ΒΑΣΙΛΙΚΗ ΤΟΥ ΓΕΩΡΓΙΟΥ"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,5 s5,Linked,6 s6,Needs Review,null s7,Linked,2 ' \
	    "Hrisohoos - Drosos" "Athlhtikos Sullogos Thetis Bolou" \
	    "Tehnosistima Diagnostiko Kendro" "mixahl & xaralampous" \
	    "MAVRIDI VASILIKI TU GEORGIU" "Hrisohoos - Vlahos" \
	    "a8lhtikos sullogos 8etis bolou"
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) Co., Ltd.")}' "Tai Chung International Co., Ltd."
	sessions_link 's1,Needs Review,null ' "Tai Xing International Co., Ltd."
}

# A Greek name typed with the computer set to US reads as the Greek keys'
# letters (u θ, v ω, w ς, ; the tonos), in a list that writes Greek; not
# in a list of no Greek, nor another school's number.
@test "greek: a Greek name typed on US keys, in a list that writes Greek only" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Φίλλερ\(.) " + ["Α.Ε.", "Φαρμακείο", "Ο.Ε.", "Ταβέρνα"][. % 4])}' \
	    "Θερμομηχανική Διαγνωστικό Κέντρο" "11ο Δημοτικό Σχολείο Βόλου" \
	    "Αθλητικός Σύλλογος Όλυμπος Στροβόλου"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null ' \
	    "Uermomhxanikh Diagnvstiko Kentro" "11o Dhmotik;o Sxole;io B;oloy" \
	    "Aulhtikow Syllogow Olympow Stroboloy" "12o Dhmotik;o Sxole;io B;oloy"
	[[ "$(first_log s1)" == *'evidence=name:'*'layout'* ]]
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Ltd", "Pharmacy", "Co", "Taverna"][. % 4])}' \
	    "Thermomichaniki Diagnostiko Kentro"
	sessions_link 's1,Needs Review,null ' "Uermomhxanikh Diagnvstiko Kentro"
}

# A firm's whole name, a dash and its caller's given name ("Kyriakidis -
# Athanasiou - Georgia", its contact Georgia Athanasiou) is that firm's,
# not a person's whose words they are in another order (KYRIAKIDI
# GEORGIA TOU ATHANASIOU, gen-link-blind56 at 50k): the person's link is
# undone, and the caller read after the last dash links the firm.
@test "names: a firm's whole name and its caller after a dash is not a person named by those words" {
	jq -n '[{id: 1, business_name: "Kyriakidis - Athanasiou", contacts: [
	    {id: 101, firstname: "Christos", lastname: "Konstantinidis"},
	    {id: 102, firstname: "Georgia", lastname: "Athanasiou"}]},
	    {id: 2, business_name: "KYRIAKIDI GEORGIA TOU ATHANASIOU"}] +
	    [range(20; 80) | {id: ., business_name: "Kyriakidis Filler\(.)"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,1 s3,Linked,2 ' \
	    "Kyriakidis - Athanasiou - Georgia" "Kyriakidis - Athanasiou" \
	    "Kyriakidi Georgia tou Athanasiou"
	[[ "$stderr" == *'the name before the dash is "Kyriakidis - Athanasiou" whole'* ]]
}

# Issue 14 session 13: a key several customer words hold (Ito, Itoh, Itou)
# reads as each in turn, and the rest of the name picks one ("Itoo
# Naika" is Ito Naika); when two readings link two customers nothing
# links ("Tohkyoh Clinic": Tokyo Clinic, Toukyou Clinic).  In Japanese a
# word the list has (Sato) is read as another customer's of its key
# (Satoh) when nothing else links; in Korean or Arabic, whose keys join
# d and t, e and a, it is not: Knudsens is no Knutsens, Meyer no Maier;
# nor in another order ("Kyoei Sato" is no Satoh Kyoei).  Words of two
# letters are read as words of two (El for Al, not Xu for Chu), and Thai
# (Pattana for Phatthana) and Indian (Shree for Sri) keys are new.
@test "translit: a shared key reads as each of its words; a customer's own word only in Japanese and Indian; Thai, Indian, El" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Jimusho", "Bau", "Clinic", "Traders"][. % 4])}' \
	    "Ito Naika" "Itoh Zeirishi Jimusho" "Itou Yakkyoku" \
	    "Satoh Dental Office" "Sato Zeirishi Jimusho" \
	    "Phatthana Pharmacy" "Sri Kaveri Traders" \
	    "Al Fajr Nursery" "Tokyo Clinic" "Toukyou Clinic" \
	    "Knutsens Bakeri" "Knudsens Fisk" "Bageri Hansen" \
	    "Ambulanter Pflegedienst Maier GmbH" "Meyer Bau" \
	    "Chu & Liu Solicitors" "Satoh Kyoei Clinic"
	local i=0 n
	for n in 'Itoo Naika' 'Satō Dental Office' 'Pattana Pharmacy' \
	    'Shree Kaveri Traders' 'El Fajr Nursery' 'Tohkyoh Clinic' \
	    'Knudsens Bageri' 'Ambulanter Pflegedienst Meyer GmbH' \
	    'Xu & Liu Solicitors' 'Kyoei Sato Clinic'; do
		mksession s$((i += 1)) "$n" ''
	done >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,4 s3,Linked,6 s4,Linked,7 s5,Linked,8 s6,Needs Review,null s7,Needs Review,null s8,Needs Review,null s9,Needs Review,null s10,Needs Review,null ' ]
	[[ "$(first_log s1)" == *'evidence=name:'*'translit'* ]]
	[[ "$stderr" == *'"Tohkyoh Clinic": '*'two customers'* ]]
}

# Session 14 (gen-link-blind17 spelling 64%): Arabic and West African
# names in French letters read as in English ones at a word's start
# (Ouattara, Wattara; Ouahbi, Wahbi), in names with French marks too, and
# the article el typed for al when both are the list's words.  French
# keys read only words no customer has ("Chen" typed is no Shen when a
# Chen is listed, nor Sheikh Cheikh when a Sheikh is).
@test "translit: French spellings of Arabic and African names, the article el for al; Chen is no Shen" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Pharmacy", "Trading", "Fashion", "Conseil"][. % 4])}' \
	    "Étude Ouattara et Aka" "Al Nour Pharmacy" "El Amrani Conseil" \
	    "Cabinet Dentaire Dr Younes Ouahbi" "Shen Trading" "Chen Motors" \
	    "Cheikh Zayed Pharmacy" "Sheikh Diop Transport"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,4 s4,Needs Review,null s5,Needs Review,null ' \
	    'Étude Wattara et Aka' 'El Nour Pharmacy' \
	    'Cabinet Dentaire Dr Younes Wahbi' 'Chen Trading' \
	    'Sheikh Zayed Pharmacy'
	[[ "$(first_log s1)" == *'evidence=name:'*'translit'* ]]
	[[ "$(first_log s2)" == *'evidence=name:'*'translit'* ]]
}

# Session 25 (gen-link-blind36 at 50k, a wrong link): two letters and no
# vowel are initials, not a letter of another script's romanisation:
# "LJ Hollingsworth" is not the lj of Gaj's Latin read as Ly, to link
# "Hollingsworth & Ly Insurance".
@test "translit: two consonants are initials, not a romanised letter" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) Insurance, LLC")}' \
	    "Hollingsworth & Ly Insurance, LLC"
	sessions_link 's1,Needs Review,null ' 'LJ Hollingsworth'
}

# Session 14 (gen-link-blind17 acronym 32%): initials pass over the
# prepositions "for", "de", "du", "des" however rare they are in the list
# ("ZID" of Zenith Initiative for Development, "EMBN" of Étude de Maître
# Babacar Ndiaye); a letter left out of the others is still no acronym.
# Session 23: a title's letter (link-words.json "titles": Maître) may be
# left out as well ("EBN"), a name's may not ("EMN").
@test "acronyms pass over for, de, du, des; a letter missing does not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Trust", "Agency", "Clinic", "Bureau"][. % 4])}' \
	    "Zenith Initiative for Development" "Étude de Maître Babacar Ndiaye" \
	    "Kampala Hotel Supplies"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,2 s4,Needs Review,null ' \
	    'ZID' 'EMBN' 'EBN' 'EMN'
	[[ "$(first_log s1)" == *'acronym'* ]]
}

# Session 22 (gen-link-blind33 at 50,000 customers): initials typed
# alone that one customer's words alone spell are proof only when a
# random spelling of as many letters would rarely find a customer: three
# letters among 9,000 customers are no proof (a vendor's "SII" spelt San
# Isidro Instalazioak by chance), four are.
@test "three letters of initials tell one of 5,000 customers, not one of 9,000" {
	numbered_customers 'range(20; 9020) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Trust", "Agency", "Clinic", "Bureau"][. % 4])}' \
	    "San Isidro Instalazioak" "Zenith Initiative for Development Trust"
	sessions_link 's1,Needs Review,null s2,Linked,2 ' 'SII' 'ZIDT'
}

# Session 28 (acronyms typed alone, 68-70% on the held-out sets): the
# initials of one customer's every word of weight are its acronym; that
# they also spell the end of another's name ("DLL" in Flying D Land &
# Livestock, "RPRD" in Bear River Park & Recreation District) is no
# second reading, as a technician shortens a whole name, not its end.
# Initials another's whole name spells as well ("KOA": Kiprop Onyango
# & Co.), or with a word left off between them ("CM" of Clínica
# Médico-Dentária), still fit both.
@test "acronyms: the end of another's name does not share the initials of a whole name" {
	local whole=("Davis Land & Livestock Inc." "Flying D Land & Livestock Inc."
	    "Reno Park & Recreation District" "Bear River Park & Recreation District"
	    "Kibet & Odhiambo Advocates" "Kiprop Onyango & Co."
	    "Centro Médico Gerês, Lda." "Clínica Médico-Dentária Gerês, Lda.")
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Trust", "Agency", "Clinic", "Bureau"][. % 4])}' \
	    "${whole[@]}"
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Needs Review,null s4,Needs Review,null ' \
	    'DLL' 'RPRD' 'KOA' 'CM Geres'
}

# Session 14 (gen-link-blind17 site 62%): "annex" (French "annexe") is a
# place word: a building of the business's beside its main one, a site
# ("Gihon Higher Clinic, Megenagna Annex"); the unknown place alone
# ("..., Megenagna") may be a namesake's town and does not link.
@test "an annex is a site; an unknown place alone after the name is not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Trust", "Agency", "Clinic", "Bureau"][. % 4])}' \
	    "Gihon Higher Clinic" "Clinique Anfa"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' \
	    'Gihon Higher Clinic, Megenagna Annex' 'Clinique Anfa (Saiss annexe)' \
	    'Gihon Higher Clinic, Megenagna'
}

# Session 15 (gen-link-blind19 branch 65%, blind18 48%): "branch" in the
# languages read (Filiale, Standort, succursale, succ., vestiging, cabang,
# cawangan ...) is a place word too; the unknown place alone is not.
@test "branch words in many languages are place words; an unknown place alone after the name is not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Logistik", "Informatique", "Hardware", "Apotheke"][. % 4])}' \
	    "Sercare Logistik KG" "Belana Informatique" "Hotel Kim Hin" \
	    "Meridian Apotheke"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null s6,Needs Review,null ' \
	    'Sercare Logistik Standort Hietzing' 'Belana Informatique succ. Angleur' \
	    'Hotel Kim Hin, Caw. Skudai' 'Meridian Apotheke Filiale Gravelone' \
	    'Meridian Apotheke (Gravelone)' 'Belana Informatique Angleur'
}

# Issue 14 session 20 (gen-link-blind26 branch 56%): the head office, a
# unit and a warehouse say where as a branch word does (Portuguese matriz,
# unidade, delegação, armazém; Spanish almacén; English warehouse ...);
# the unknown place alone still does not.
@test "head office, unit and warehouse words are place words; an unknown place alone is not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Transportes", "Advogados", "Colégio", "Trading"][. % 4])}' \
	    "Transportadora Sete Estrelas" "Ferreira Advogados Associados" \
	    "Colégio Farol" "Harlow Paper Trading"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null ' \
	    'Transportadora Sete Estrelas Armazém' \
	    'Ferreira Advogados Associados (Matriz)' \
	    'Colégio Farol Unidade Sommerschield' \
	    'Harlow Paper Trading - Warehouse' 'Colégio Farol Sommerschield'
}

# Issue 14 session 21 (gen-link-blind31 branch): Vietnamese writes a
# branch, a factory and an office in two words each (chi nhánh, nhà máy,
# văn phòng) or their abbreviations (CN, VP); where a qualifier after
# the whole name begins they say where, as a branch word does.  An
# unknown place alone still does not.
@test "Vietnamese branch, factory and office words after the name are place words" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Công ty TNHH Filler\(.) " + ["May mặc", "Vina", "Thực phẩm", "Trading"][. % 4])}' \
	    "Công ty TNHH Ahnhwa Vina" "Công ty TNHH May mặc Vinh Tiến" \
	    "Công ty TNHH Thực phẩm Cường Kim" "Công ty TNHH Dukwon Vina"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null ' \
	    'Cong ty TNHH Ahnhwa Vina - Nha may BD' \
	    'Công ty TNHH May mặc Vinh Tiến (Nhà máy Đồng Nai)' \
	    'Công ty TNHH Thực phẩm Cường Kim VP Bắc Ninh' \
	    'Công ty TNHH Dukwon Vina / Chi nhánh Thái Nguyên' \
	    'Công ty TNHH Ahnhwa Vina Đồng Nai'
}

# Session 16 (gen-link-blind21 site 47%, blind20 branch 34%): a street's
# type or a shopping centre typed after the whole name ("- Av. Churchill",
# ", Blue Mall", "Ofic." without its number) says where the site is, as a
# branch word does; an unknown place alone after it does not, and "Ste."
# (Sainte) begins a town.
@test "address words (street, avenue, mall, oficina) after the name are a site; an unknown place or Ste. is not" {
	# name and town of customers 1-4, then fillers in Miami
	jq -n '[["Farmacia Torre Azul", "Santiago"], ["Bakkerij Maduro", "Noord"],
	    ["Awan Clinic", "Lahore"], ["Cabinet Dentaire Augustin", "Pétion-Ville"]]
	    | to_entries | map({id: (.key + 1), business_name: .value[0],
	    city: .value[1]}) + [range(20; 80) | {id: ., city: "Miami",
	    business_name: "Filler\(.) \(["Farmacia", "Bakery", "Clinic"][. % 3])"}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null s6,Needs Review,null s7,Needs Review,null ' \
	    'Farmacia Torre Azul @ Av. Churchill' 'Bakkerij Maduro Renaissance Mall' \
	    'Awan Clinic, Mall Road' 'Cabinet Dentaire Augustin, Rue Lamarre' \
	    'Farmacia Torre Azul @ Churchill' 'Bakkerij Maduro Renaissance' \
	    'Cabinet Dentaire Augustin - Ste Anne'
}

# Session 14 (gen-link-blind17 site 62%, blind15 branch): the part of
# town the customer list gives a customer (Syncro's "address_2") typed
# after its name is its own site ("Hannibal Microfinance, Ennasr"); a
# part of town the list gives another customer is no site of this one.
@test "a customer's own part of town after its name links; another's does not" {
	jq -n '[{id: 1, business_name: "Hannibal Microfinance", city: "Tunis",
	    address_2: "Ennasr"}, {id: 2, business_name: "Carthage Dental",
	    city: "Tunis", address_2: "Menzah"}] + [range(20; 80) | {id: .,
	    business_name: ("Filler\(.) " + ["Trust", "Agency", "Clinic",
	    "Bureau"][. % 4]), city: "Sfax"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Needs Review,null ' \
	    'Hannibal Microfinance, Ennasr' 'Hannibal Microfinance, Menzah'
}

# Session 14 (gen-link-blind17's wrong links): a legal form typed
# between the name and its town ("Station Jamm SA Thies", the East
# African "(T) Ltd" before "Dar es Salaam") is left out as at the name's
# end when a town a customer is in follows it: the customer whose name
# ends with that town is the one typed, not the one the town is read as
# a site of (the Mwanza Ngorongoro Chemist).
@test "a legal form typed before the town: the customer named with the town links, not its namesake" {
	jq -n '[{id: 1, business_name: "Station Jamm", city: "Thies"},
	    {id: 2, business_name: "Station Jamm Thies", city: "Thies"},
	    {id: 3, business_name: "Ngorongoro Chemist", city: "Mwanza"},
	    {id: 4, business_name: "Ngorongoro Chemist Dar es Salaam",
	     city: "Dar es Salaam"}] + [range(20; 80) | {id: .,
	    business_name: ("Filler\(.) " + ["Trust", "Agency", "Clinic",
	    "Bureau"][. % 4] + " SA"), city: ["Dakar", "Thies"][. % 2]}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,2 s2,Linked,4 ' \
	    'Station Jamm SA Thies' 'Ngorongoro Chemist (T) Ltd Dar es Salaam'
	[[ "$(first_log s2)" == *'rule=normalised '* ]]
}

# Session 22 (gen-link-blind22 person 18%): a patronymic's initial typed
# between the given name and the surname ("Goran B. Novak"), which the
# list leaves off, is left out of the name; not a first word's initial
# ("J. Novak Transport" is not Novak Transport), nor one the list holds,
# nor a middle initial in a person's name alone ("Jenny B. Wong" is not
# Jenny Wong of "Jenny Wong, CPA, LLC": gen-link-blind34 at 50k).
@test "a patronymic's initial between the typed name's words is left out: the customer named without it links" {
	jq -n '[{id: 1, business_name: "Odvjetnički ured Goran Novak"},
	    {id: 2, business_name: "Botnari Mihai PFA"},
	    {id: 3, business_name: "Novak Transport"},
	    {id: 4, business_name: "Advokat Đorđe S. Pavlović"},
	    {id: 5, business_name: "Advokat Đorđe Pavlović"},
	    {id: 6, business_name: "Jenny Wong, CPA, LLC"}] + [range(20; 80) | {id: .,
	    business_name: ("Filler\(.) " + ["Trust", "Agency", "Clinic",
	    "Bureau"][. % 4])}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null s4,Linked,4 s5,Linked,1 s6,Needs Review,null s7,Linked,6 ' \
	    'Odvjetnički ured Goran B. Novak' 'Botnari V. Mihai PFA' 'J. Novak Transport' \
	    'Advokat Đorđe S. Pavlović' 'Odvjetnički ured Goran Đ. Novak' \
	    'Jenny B. Wong' 'Jenny B. Wong CPA'
	[[ "$(first_log s1)" == *'rule=normalised '* ]]
}

# Session 13 (gen-link-blind15 person 19%, blind14 25%): the titles of the
# East before or after the name (Japanese san, sama with a hyphen or not,
# Turkish Bey and Hanım, Thai K. glued to the name, Greek k.), the
# business typed first with the person after the separator, and no
# separator at all where a title marks where the person's name ends.
# A title and a name before a word some contact is called is a whole
# name ("Mrs. Mélanie Lachance"), no caller of the holder of that word.
@test "persons: titles of the East before or after the name, the business first or with no separator" {
	contact_customers 'Towa Shoji K.K.|Kenji|Jono' 'Towa Kensetsu|Aiko|Sato' \
	    'Showa Dental Clinic K.K.|Tomoko|Kono' 'Showa Juku|Jiro|Ito' \
	    'Yavuz Muhasebe|Nur|Demir' 'Yavuz Otomotiv|Ali|Kaya' \
	    'Srisuk Pharmacy|Nattapong|Chai' 'Srisuk Trading|Anan|Boon' \
	    'Patreon Ktimatomesitiko|Eleni|Tzanetakis' 'Patreon Travel|Nikos|Pappas' \
	    'Demers Lachance Notaires|Mélanie|Roy' 'Cabinet Roy|Jean|Lachance'
	# a title and a name before a contact's surname; no such contact
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Linked,5 s4,Linked,7 s5,Linked,9 s6,Needs Review,null s7,Needs Review,null ' \
	    'Jono san Towa' 'Showa (Kono-san)' 'Nur Bey Yavuz' 'Srisuk (K.Nattapong)' \
	    'k. Tzanetakis Patreon' 'Mrs. Mélanie Lachance' 'Ito-sama - Towa'
	[[ "$(first_log s2)" == *'rule=person '* ]]
}

# Session 13 (gen-link-blind15 person): a contact's whole name typed
# beside a word of the company with no separator ("Jose Mendoza Tala")
# is the caller; beside a trade more than 32 customers hold it is a
# business named after the person, no caller ("Centrum Medyczne
# Katarzyna Nowak" while a Centrum Medyczne has a Katarzyna Nowak).
@test "persons: a whole name beside a company word with no separator links; beside a trade many hold it does not" {
	contact_customers 'Tala Pension House|Jose|Mendoza' 'Tala Bakery|Ana|Cruz' \
	    'Centrum Medyczne Drewtex|Katarzyna|Nowak'
	filler_customers 'Centrum Medyczne Filler@'
	sessions_link 's1,Linked,1 s2,Needs Review,null ' \
	    'Jose Mendoza Tala' 'Centrum Medyczne Katarzyna Nowak'
	[[ "$(first_log s1)" == *'rule=person '* ]]
}

# Session 14 (gen-link-blind16 impostors): a sole trader's legal form
# beside a person's whole name is that person's own business ("YaTT
# Qodirov Otabek": Otabek Qodirov is a contact of another YaTT), and a
# whole name beside the words of a customer named after a person of its
# own the same trade's namesake ("Advokatskaia kontora Tulegenova Dina"
# while the Nurlanova office has a Dina Tulegenova): no caller of either.
@test "persons: a whole name beside a sole trader's form, or in place of a customer's own person, is no caller" {
	contact_customers 'YaTT Karimova Nodira|Otabek|Qodirov' \
	    'Advokatskaia kontora Nurlanova Gulnara|Dina|Tulegenova' \
	    'Logistika Galla|Aziz|Rahimov' 'Apteka Sharq|Gulnara|Saidova'
	sessions_link 's1,Linked,3 s2,Needs Review,null s3,Needs Review,null s4,Needs Review,null ' \
	    'Aziz Rahimov Galla' 'YaTT Qodirov Otabek' 'Qodirov Otabek FOP' \
	    'Advokatskaia kontora Tulegenova Dina'
	[[ "$(first_log s1)" == *'rule=person '* ]]
}

# Session 14 (gen-link-blind16 translit): a sole trader's form beside a
# person's whole name is no name of a business without that form with
# words besides the person's ("ET Mariya Khristova" is not Notarius
# Mariya Khristova: the list has her ET under another spelling); a form
# that is a word cut short, or initials, is read as that.
@test "persons: a sole trader's form typed is no business without it of the person's name" {
	contact_customers 'Notarius Mariya Khristova|Ivan|Kostadinov' \
	    'ET Maria Hristova|Petya|Angelova' 'Kearney Medical Practice|Ann|Lowe' \
	    'Pinturas Real de Sincelejo|Luis|Mora'
	filler_customers 'Notarius Filler@ Ivanova'
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,3 s4,Linked,4 ' \
	    'ET Mariya Khristova' 'Notarius Mariya Khristova' 'Kearney Medical Pr' \
	    'PR de Sincelejo'
	[[ "$(jq -r 'select(.meta.session_id == "s1") | .meta.processing_log[-1]' "$TMP/out")" != *rule=* ]]
}

# Session 14 (gen-link-blind15 and blind17 personal impostors): a note
# after a person's name, a contact's whole name or one word a contact is
# called, is as likely the person's own (home, laptop) as a site of the
# business named after them ("So Siu-ming (home)", "Mahmoud (perso)");
# a place the list knows, or the person named again, is read as before.
@test "persons: a note after a contact's name is no site of the business named after the person" {
	contact_customers 'So Siu-ming Clinic|Siu-ming|So' 'Mahmoud Group LLC|Nour|Youssef' \
	    'Tamar Trading|Mahmoud|Haddad' 'Yohannes Abebe & Co Accountants|Hiwot|Yohannes' \
	    'Lulu Bakery|Yohannes|Abebe'
	filler_customers 'Filler@ Group LLC'
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,4 s4,Linked,1 s5,Linked,2 ' \
	    'So Siu-ming (home)' 'Mahmoud (perso)' 'Yohannes Abebe - Mr Yohannes' \
	    'So Siu-ming' 'Mahmoud Group (perso)'
}

# Session 33 (contact kind, 17 tuning sets): the person after the
# business with a role after them in small letters ("Calvary AME Church
# - Melissa (office)", part of Mount Calvary AME Church's name too)
# reads as the business and the person, the role left off; a
# capitalised note is a site or a firm, kept ("Bari (BA)"), so the
# person is none.
@test "persons: a role in small letters after the person after the business is left off" {
	contact_customers 'Calvary AME Church|Melissa|Reed' 'Mount Calvary AME Church|Jo|Platt'
	filler_customers 'Filler@ Credit Union'
	sessions_link 's1,Linked,1 s2,Needs Review,null ' \
	    'Calvary AME Church - Melissa (office manager)' 'Calvary AME Church - Melissa (Dallas)'
	[[ "$(first_log s1)" == *'rule=person '* ]]
}

# Session 33 (contact kind): a business whose name has a dash of its
# own ("The Black Horse Inn - Holywood") with the person after a second
# dash reads the person after the last dash.
@test "persons: the person after the last dash when the business has one of its own" {
	contact_customers 'The Black Horse Inn - Holywood|Noel|Quinn' 'The Black Horse Inn|Jo|Platt'
	filler_customers 'Filler@ Black Horse Inn'
	sessions_link 's1,Linked,1 s2,Needs Review,null ' \
	    'The Black Horse Inn - Holywood - Noel' 'The Black Horse Inn - Holywood - Kim'
	[[ "$(first_log s1)" == *'rule=person '* ]]
}

# Session 33 (gen-link-blind12 person): a title, a given name and two
# surnames before the business ("Sr. Nelson López Díaz - Metalmecánica
# Torreón") are a person's whole name as the three words untitled are;
# a whole name no contact has is no one.
@test "persons: a title and three words of a whole name before the business" {
	contact_customers 'Metalmecánica Torreón|Nelson|López Díaz' 'Paquetería Texges S.A.S.|Carlos|González Montoya'
	filler_customers 'Filler@ Metalmecánica'
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' \
	    'Sr. Nelson López Díaz - Metalmecánica Torreón' 'Sr. Carlos González Montoya - Paquetería Texges' \
	    'Sr. Nelson Ruiz Díaz - Paquetería Texges'
	[[ "$(first_log s1)" == *'rule=person '* ]]
}

# Session 14 (gen-link-blind16 contact 50%): a contact's given name typed
# first or last with no separator ("Yasen Vita Dentalen tsentur") links
# when the words beside it link that customer alone; not when they name
# two ("Yasen Electrical Services" while Electrical Services Group has a
# Yasen), nor as the rest of a whole name beside a sole trader's form.
@test "persons: a given name typed beside the customer's name with no separator" {
	contact_customers 'Vita Dentalen tsentur EAD|Yasen|Zhekov' \
	    'Electrical Services Group|Yasen|Hay' 'Electrical Services Ltd|Ann|Lowe' \
	    'FOP Kuzmenko Oleh|Nataliia|Bondar' 'Apteka Sharq|Oleh|Saidov'
	sessions_link 's1,Linked,1 s2,Needs Review,null s3,Needs Review,null ' \
	    'Yasen Vita Dentalen tsentur' 'Yasen Electrical Services' 'FOP Kuzmenko Nataliia'
	[[ "$(first_log s1)" == *'rule=person '* ]]
}

# Session 31 (gen-link-blind52, after its held-out run): a given name
# before words that are all surnames is a person's whole name ("Juan
# Vargas Cabrera", no contact's), not the Juan of a firm named after its
# founders' surnames, titled or not; with the firm's trade typed it is
# that Juan.
@test "persons: a given name before surnames alone is a person, not a contact of the firm so named" {
	contact_customers 'Clínica Dental Cabrera Vargas S.L.|Juan|Crespo Santos' \
	    'Ferretería Ortega S.L.|Ana|Ruiz Gil'
	filler_customers 'Clínica Dental Filler@ S.L.'
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Needs Review,null ' \
	    'Juan Vargas Cabrera' 'Juan Clínica Dental Cabrera Vargas' 'Sr. Juan Vargas Cabrera'
	[[ "$(first_log s2)" == *'rule=person '* ]]
}

# Session 14 (gen-link-blind17 person 68%): Africa's titles before the
# name (Alhaji, Hadja, Barr., Engr., Eng., Mzee, Mama, M., Me, Si): the
# person is read, and links to the one holder of the business typed with
# that contact; a name no contact has links no one.
@test "persons: Africa's titles before the name" {
	contact_customers 'Akinola Anyanwu & Partners|Segun|Oduya' 'Harmony Dental Clinic|Ngozi|Ezeani' \
	    'Ecole Saint Michel|Cheikh|Ba' 'Tiba Import Export|Mohamed|Tawfik' \
	    'Harmony Bakery|Ann|Lowe'
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null ' \
	    'Alhaji Oduya - Akinola' 'Engr. Ngozi Ezeani (Harmony)' 'M. Ba (Saint Michel)' \
	    'Tiba - Eng. Mohamed Tawfik' 'Barr. Folake Oduya (Harmony)'
	[[ "$(first_log s2)" == *'rule=person '* ]]
}

# Session 15 (gen-link-blind18 person 40%): Indonesian, Malay and Khmer
# titles (Bu, Ibu, Pak, Bapak, Bpk., En., Encik, Cik, Puan, Lok) before
# a contact's name beside the business link it; one word in small
# letters after a titled person ("Pak Aminah rumah": home) is a note, no
# business; Tuan is no title (a Vietnamese given name).
@test "persons: Southeast Asia's titles; a word in small letters after the person is a note" {
	contact_customers 'Klinik Gigi Sejahtera|Sri|Slamet' 'Pearl Group Bhd|Shahril|Osman' \
	    'Yayasan Pelita Mitra|Azizah|Rahman' 'Rumah Makan Padang Garuda|Aminah|Ismail' \
	    'Rumah Sakit Kasih|Budi|Kwee' 'La Grange Taqueria|Tuan|Nguyen'
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Linked,6 ' \
	    'Klinik Gigi Sejahtera - Bu Slamet' 'Pearl Group Bhd / En. Shahril' \
	    'Yayasan Pelita Mitra (Pak Azizah)' 'Pak Aminah rumah' \
	    'Tuan @ La Grange Taqueria'
}

# Session 16 (gen-link-blind20 honorific 0%): a business called by its
# owner's surname and one of South Asia's titles after it (ji, sir,
# aiya, wale ...), the business after a dash or in brackets, links as
# the business read with the surname; not when the surname is none of
# the customer's words, nor Japan's -sama (a person at a business).
@test "names: South Asia's titles after a surname call the family's business" {
	numbered_customers 'range(20; 60) | {"id": ., "business_name": ("Filler\(.) " + ["Traders", "Clinic", "Agencies", "Textiles"][. % 4])}' \
	    "Reddy Nursing Home" "Mehta Medical Store" "Fernando Clinic" "Sato Ikeda Trading"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Needs Review,null ' \
	    'Reddy ji (Reddy Nursing Home)' 'Mehta sir office - medical' \
	    'Fernando aiya - clinic' 'Kumar ji - clinic' 'Sato-sama @ Ikeda'
	[[ "$(first_log s2)" == *'addressed'* ]]
}

# Session 16 (gen-link-blind20 script 18%): a name typed in two scripts
# one after the other links by its Latin half; a customer so named
# answers to its Latin half, unless the other half is one word (a legal
# form as often: "(주) Daehan Trading" is no "Daehan Trading Daejeon").
@test "names: a name in two scripts, typed or listed, is its Latin half" {
	numbered_customers 'range(20; 60) | {"id": ., "business_name": ("Filler\(.) " + ["Traders", "Clinic", "Agencies", "Textiles"][. % 4])}' \
	    "Shivam Enterprises" "Hotel Barkat (ہوٹل برکت)" "(주) Daehan Trading"
	sessions_link 's1,Linked,1 s2,Linked,1 s3,Linked,2 s4,Needs Review,null ' \
	    'शिवम इंटरप्राइजेज / Shivam Enterprises' 'Shivam Enterprises (शिवम इंटरप्राइजेज)' \
	    'Hotel Barkat' 'Daehan Trading Daejeon office'
}

# Session 16 (gen-link-blind20 branch 34%): where the list gives a
# customer no part of town, one it gives another customer typed after
# the name is a place (a site as likely as a namesake); a landmark
# ("Near Post Office") is no part of town; a place the list does not
# know is a namesake's as likely.
@test "sites: another customer's part of town is a place for a customer with none" {
	jq -n '[{id: 1, business_name: "Ashoka Scan Centre", city: "Ahmedabad"},
	    {id: 2, business_name: "Deccan Dental", city: "Ahmedabad", address_2: "Vastrapur"},
	    {id: 3, business_name: "Kamal Textiles", city: "Ahmedabad", address_2: "Near Post Office"}]
	    + [range(20; 80) | {id: ., business_name: ("Filler\(.) " + ["Trust", "Agency", "Clinic",
	    "Bureau"][. % 4]), city: "Surat"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Needs Review,null ' \
	    'Ashoka Scan Centre - Vastrapur' 'Kamal Textiles, Vastrapur' \
	    'Ashoka Scan Centre - Bopal'
}

# Session 16 (gen-link-blind20 branch): the customer's own street, the
# last part of its address after a comma when it holds no number, typed
# after its name is its own site; another street is not.  (A street
# whose type is one of the address words, "Road", "Av.", is a site
# whatever its name: session 16's carib; "Marg" is not one of them.)
@test "sites: a customer's own street after its name links; another street does not" {
	jq -n '[{id: 1, business_name: "Jayasuriya Tax Consultants", city: "Colombo",
	    address: "No. 134, Chittaranjan Marg", address_2: "Kollupitiya"}]
	    + [range(20; 80) | {id: ., business_name: ("Filler\(.) " + ["Trust", "Agency", "Clinic",
	    "Bureau"][. % 4]), city: "Kandy"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Needs Review,null ' \
	    'Jayasuriya Tax Consultants - Chittaranjan Marg' 'Jayasuriya Tax Consultants - Duplication Marg'
}

# Session 14 (gen-link-blind16 person 57%): a given name typed as its
# initial beside the surname and the rest of the name links the one
# customer whose words besides the typed ones that initial begins; two
# such are no link, nor a letter last that may be a word cut short of
# two names.
@test "names: a given name typed as its initial" {
	numbered_customers 'range(20; 30) | {"id": ., "business_name": ("Notarius Filler\(.) Petrov")}' \
	    "ET Georgi Zhekov" "ET Ivan Zhekov" "Birou Notarial Rusu Victor" \
	    "Birou Notarial Rusu Vasile" "Mersey Primary School" "Mersey Primary School - Derby"
	{ mksession s1 'ET G. Zhekov' ''
	  mksession s2 'Birou Notarial Rusu V.' ''
	  mksession s3 'Mersey Primary S' ''
	  mksession s4 'ET D. Zhekov' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Needs Review,null s3,Needs Review,null s4,Needs Review,null ' ]
	[[ "$(first_log s1)" == *'evidence=initial'* ]]
}

# Issue 14 session 14: a Vietnamese name typed with the input method off
# keeps its Telex or VNI keys ("Nguyeenx", "Nguye6n4" for Nguyễn;
# Wikipedia, "Telex (input method)" and "VNI") and is read without them,
# folded; only a word that is no customer's word and reads as one: Books
# is a customer's word and stays Books, no Bok.
@test "telex: Telex and VNI keys left in a Vietnamese name are read; a customer's word is not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Cafe", "Studio", "Nha thuoc", "Ltd"][. % 4])}' \
	    "Công ty TNHH Nguyễn Phát" "Bok Studio" "Books Cafe"
	local i=0 n
	while IFS= read -r n; do
		mksession s$((i += 1)) "$n" ''
	done >"$TMP/in" <<-'EOF'
	Coong ty TNHH Nguyeenx Phats
	Co6ng ty TNHH Nguye6n4 Pha1t
	Books Studio
	EOF
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,1 s3,Needs Review,null ' ]
	[[ "$(first_log s1)" == *'evidence=name:'*'layout'* ]]
}

# Session 15 (gen-link-blind18): a name in brackets after a customer's
# that repeats a word of it is its trading name, an alias: "CTCP Tập đoàn
# Hòa Bình (Hoa Binh JSC)" and "CTCP Tập đoàn Hòa Bình" share the name,
# and a name typed for it is either; typed with the alias it is the one.
@test "names: a trading name in brackets is an alias, two customers share the name before it" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Cafe", "Studio", "Nha thuoc", "Ltd"][. % 4])}' \
	    "CTCP Tập đoàn Hòa Bình" "CTCP Tập đoàn Hòa Bình (Hoa Binh JSC)" \
	    "Phòng khám Đa khoa Lạc Hồng" "Phòng khám Đa khoa Lạc Hồng (Lac Hong Clinic)" \
	    "Phòng khám Nhi Lạc Hồng" "CTCP Đầu tư Hòa Bình" "Nhà thuốc Minh An"
	local i=0 n
	while IFS= read -r n; do
		mksession s$((i += 1)) "$n" ''
	done >"$TMP/in" <<-'EOF2'
	Cty CP Tập đoàn Hòa Bình
	P.Khám Đa khoa Lạc Hồng
	Phong kham Da khoa Lac Hong
	Tập đoàn Hòa Bình (Hoa Binh JSC)
	Nha thuoc Minh An
	EOF2
	link_v
	[ "$(links "$TMP/out")" = 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Linked,2 s5,Linked,7 ' ]
}

# Session 15: legal forms read as legal forms.  Austria's GmbH written
# "Ges.m.b.H." or "Gesellschaft m.b.H." (Wikipedia "Gesellschaft mit
# beschränkter Haftung") is dropped as GmbH is, so "Hotel Escaut GmbH"
# and "Hotel Escaut Ges.m.b.H." share a name; Vietnam's forms before the
# name (TNHH, MTV, CTCP, JSC, DNTN, Cty) are never initials: "Công ty
# TNHH MTV SXTM Hưng Thịnh" is no "... Phan mem Thinh Vuong" (MTV for
# Mem Thinh Vuong).
@test "names: Ges.m.b.H. is GmbH; Vietnam's legal forms are no initials" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Cafe", "Studio", "Nha thuoc", "Ltd"][. % 4])}' \
	    "Hotel Escaut GmbH" "Hotel Escaut Ges.m.b.H." "Alpenhof GmbH" \
	    "Cong ty TNHH Phan mem Thinh Vuong" "Công ty TNHH Thương mại Hưng Thịnh"
	local i=0 n
	while IFS= read -r n; do
		mksession s$((i += 1)) "$n" ''
	done >"$TMP/in" <<-'EOF2'
	Hotel Escaut
	Alpenhof Gesellschaft m.b.H.
	Công ty TNHH MTV SXTM Hưng Thịnh
	EOF2
	link_v
	[ "$(links "$TMP/out")" = 's1,Needs Review,null s2,Linked,3 s3,Needs Review,null ' ]
}

# Session 15 (gen-link-blind18 spelling 6%): Indonesian and Malay names in
# the spelling before 1972 (Wikipedia "Indonesian orthography": oe u, dj
# j, tj c, sj sy, nj ny, ch kh, j y) are read in the new one, word by
# word, a customer's word too when the name links no one as typed (a
# list holds old spellings beside new ones); not with a word no customer
# of the reading has ("Bks" and no Makmur).
@test "spelling: Indonesian names in the old spelling are read in the new" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Toko", "Klinik", "Apotek", "Ltd"][. % 4])}' \
	    "Yayasan Sejahtera Prima" "Klinik Tjendrawasih Sedjahtera" "Toko Cahaya Baru" \
	    "PT Anugerah Putra Makmur Data Sistem"
	local i=0 n
	while IFS= read -r n; do
		mksession s$((i += 1)) "$n" ''
	done >"$TMP/in" <<-'EOF2'
	Jajasan Sedjahtera Prima
	Toko Tjahaja Baroe
	PT Anoegerah Poetra Data Sistem, Bks
	EOF2
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,3 s3,Needs Review,null ' ]
	[[ "$(first_log s1)" == *'evidence=name:'*'layout'* ]]
}

# Session 15 (gen-link-blind19 lang 8%, town 14%): a business's kind
# typed in another language its town writes ("Pharmacie Meridian" for
# Sion's "Meridian Apotheke", config/link-words.json) and a town by its
# exonym ("Optivue Losanna") link; two customers of that distinctive word
# go by the kind: the pharmacy, not the bakery.  (A kind's word finds no
# candidates, so the list has the kinds' words as a real one has.)
@test "names: a business's kind and its town typed in another language" {
	jq -n '[{id: 1, business_name: "Meridian Apotheke", city: "Sitten"},
	  {id: 2, business_name: "Meridian Bäckerei", city: "Sitten"},
	  {id: 3, business_name: "Pharmacie du Rhône", city: "Sitten"},
	  {id: 4, business_name: "Optivue Lausanne", city: "Lausanne"},
	  {id: 5, business_name: "Terra Treuhand AG", city: "Freiburg"},
	  {id: 6, business_name: "Fiduciaire Morel SA", city: "Freiburg"}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) " +
	      (["Apotheke", "Pharmacie", "Treuhand", "Fiduciaire"][. % 4])), city: "Bern"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,4 s3,Linked,5 s4,Needs Review,null ' \
	    'Pharmacie Meridian' 'Optivue Losanna' 'Fiduciaire Terra' 'Meridian Pharmacy Clinic'
	[[ "$(first_log s1)" == *'abbreviation'* ]]
}

# ... but not where no customer of the town writes that language: a
# German "Treuhand" is another business than Antwerp's "Vertex
# Boekhouding", and so is a town-less customer's ("Horizon Logistics Inc"
# is not "Horizon Logistiek B.V."); nor is "Advocaten" the same
# language's "Advocatenkantoor"; and where two customers of the name
# are of that kind, a French "Fiduciaire Seegard" is Gent's "Seegard
# Boekhouding" as likely as Bozen's "Seegard Treuhand".
@test "names: a business's kind in a language its town does not write links no one" {
	jq -n '[{id: 1, business_name: "Vertex Boekhouding BV", city: "Antwerpen"},
	  {id: 2, business_name: "Peeters Advocaten", city: "Antwerpen"},
	  {id: 3, business_name: "Horizon Logistics Inc"},
	  {id: 4, business_name: "Advocatenkantoor Aerts bv", city: "Antwerpen"},
	  {id: 5, business_name: "Aerts en Van Damme Advocaten BV", city: "Leuven"},
	  {id: 6, business_name: "Seegard Boekhouding CV", city: "Gent"},
	  {id: 7, business_name: "Seegard Treuhand GmbH", city: "Bozen"},
	  {id: 8, business_name: "Pharmacie Lumière", city: "Gent"},
	  {id: 9, business_name: "Pharmacie Alpina", city: "Bozen"}]
	  + [range(20; 60) | {id: ., business_name: "Filler\(.) Transport BV", city: "Gent"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Needs Review,null ' \
	    'Vertex Treuhand' 'Horizon Logistiek B.V.' 'Aerts Advocaten' 'Fiduciaire Seegard'
	grep -q 'in a language no customer of' <<<"$stderr"
	grep -Eq 'is as likely as|the name is part of "Seegard' <<<"$stderr"
}

# Session 29 (gen-link-blind48, after its held-out run): a firm's kind
# read in another language, and a town after the name that another
# customer is in and this one is not ("Fiduciaire Gisler Sàrl, Morges"
# for Luzern's Gisler Treuhand GmbH), is another firm as likely; with
# its own town, or none, it links.
@test "names: a kind in another language and another town typed after the name links no one" {
	jq -n '[{id: 1, business_name: "Gisler Treuhand GmbH", city: "Luzern"},
	  {id: 2, business_name: "Pharmacie Lumière", city: "Luzern"},
	  {id: 3, business_name: "Boulangerie Favre", city: "Morges"}]
	  + [range(20; 60) | {id: ., business_name: "Filler\(.) Transport AG", city: "Luzern"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,1 ' \
	    'Fiduciaire Gisler Sàrl, Morges' 'Fiduciaire Gisler Sàrl, Luzern' 'Fiduciaire Gisler'
	grep -q 'and a town not its own after the name' <<<"$stderr"
}

# Session 30 (gen-link-blind51, a Polish MSP, after its held-out run):
# the customer's whole name and one word more typed before the legal
# form ("Medmet Instalacje Szczecin sp. z o.o." for Gdańsk's Medmet
# Instalacje sp. z o.o.) is another firm's registered name: review.  Its
# own town there, its form written out ("spółka z o.o."), or a word
# after a separator links.
@test "names: a word typed between the whole name and its legal form links no one" {
	jq -n '[{id: 1, business_name: "Medmet Instalacje sp. z o.o.", city: "Gdańsk"},
	  {id: 2, business_name: "Hydro-Sys Budowa sp. z o.o.", city: "Olsztyn"}]
	  + [range(20; 80) | {id: ., business_name: "Filler\(.) Word\(.) sp. z o.o.", city: "Gdańsk"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,2 s5,Linked,1 s6,Linked,2 ' \
	    'Medmet Instalacje Szczecin sp. z o.o.' 'Hydro-Sys Budowa Opole Sp. z o.o.' \
	    'Medmet Instalacje Gdańsk sp. z o.o.' 'Hydro-Sys Budowa Olsztyn sp z oo' \
	    'Medmet Instalacje spółka z o.o.' 'Hydro-Sys Budowa - nowy sp. z o.o.'
	grep -q '"szczecin" is typed before the legal form' <<<"$stderr"
}

# Session 31 (gen-link-blind53, a Danish and Norwegian MSP, after its
# held-out run): the whole name and a town typed before a legal form
# that is not the customer's ("Ekelund Tak Holbæk ApS" for Drammen's
# Ekelund Tak DA) is the same name registered across the border, another
# firm: the rule above holds whichever form is typed, one names.c drops
# ("ApS", "AS", "A/S") or one fewer than one name in a hundred of the
# list ends with ("IVS"), after a word that may be a short trade word
# the list ends names with ("Rør").  Its own town after the name or
# after a dash, another form typed for its own, or its form cut short
# ("Unip. Lda" for "Unipessoal Lda."), links.
@test "names: a town typed before another legal form links no one" {
	jq -n '[{id: 1, business_name: "Ekelund Tak DA", city: "Drammen"},
	  {id: 2, business_name: "Stenbakken Kloak IVS", city: "Ringe"},
	  {id: 3, business_name: "Vintergaard Rør NUF", city: "Moss"},
	  {id: 4, business_name: "Clínica Medivida Unipessoal Lda.", city: "Porto"}]
	  + [range(20; 620) | {id: ., business_name: ("Filler\(.) " + (if . % 150 == 0 then "Word IVS" elif . % 100 == 0 then "Word NUF" else (["Rør DA", "Word ApS", "Word AS"][. % 3]) end)), city: (["Bergen", "Odense", "Oslo"][. % 3])}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Needs Review,null s5,Linked,1 s6,Linked,1 s7,Linked,1 s8,Linked,1 s9,Linked,2 s10,Linked,3 s11,Linked,4 ' \
	    'Ekelund Tak Holbæk ApS' 'Stenbakken Kloak Lillehammer AS' \
	    'Ekelund Tak Holbæk A/S' 'Vintergaard Rør Rønne ApS' \
	    'Ekelund Tak DA Drammen' 'Ekelund Tak - Drammen' 'Ekelund Tak A/S' \
	    'Ekelund Tak Drammen AS' 'Stenbakken Kloak ApS' 'Vintergaard Rør ApS' \
	    'Clínica Medivida Unip. Lda'
	grep -q '"holbaek" is typed before the legal form' <<<"$stderr"
	grep -q '"lillehammer" is typed before the legal form' <<<"$stderr"
	grep -q '"ronne" is typed before the legal form' <<<"$stderr"
}

# Session 32: a town of two words typed between the whole name and a
# legal form is another firm registered so, as a town of one word is;
# its own town of two words, its own region, a place word or a word
# the names drop ("and Heating") links.
@test "names: a town of two words typed before the legal form links no one" {
	jq -n '[{id: 1, business_name: "Walker Plumbing Inc.", city: "Columbus", state: "OH"},
	  {id: 2, business_name: "Tse Trucking Ltd.", city: "Vancouver", state: "BC"},
	  {id: 3, business_name: "Ridge Roofing Ltd.", city: "Red Deer", state: "AB"}]
	  + [range(20; 620) | {id: ., business_name: ("Filler\(.) " + (["Word Inc.", "Word Ltd.", "Word LLC"][. % 3])), city: (["Fort Worth", "Prince George", "Dallas", "Medicine Hat"][. % 4])}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Linked,3 s5,Linked,1 s6,Linked,1 s7,Linked,2 ' \
	    'Walker Plumbing Fort Worth Inc.' 'Tse Trucking Prince George Ltd.' \
	    'Ridge Roofing Medicine Hat Ltd.' 'Ridge Roofing Red Deer Ltd.' \
	    'Walker Plumbing and Heating Inc.' 'Walker Plumbing Head Office Inc.' \
	    'Tse Trucking British Columbia Ltd.'
	grep -q '"fort worth" is typed before the legal form' <<<"$stderr"
}

# Session 31 (gen-link-blind50, blind51): the customer's name with a
# bracket after its legal form, a registration number ("... sp.j. (NIP
# 180-054-55-98)"), is read before the bracket: a town typed before the
# form is another firm's as well.  A last word one slip from a legal
# form ("Exp", Brazil's EPP) that another customer's word begins
# ("Lemaire Exp" of Lemaire Expertise Comptable SA beside Ets Lemaire)
# is that name cut short as likely.  A name typed whole with a number
# after it ("SELARL Charpentier, Meyer et Associés, notaires (68)") is
# not the name before its comma with a site ("Ets Charpentier"), nor is
# a profession typed after the comma that the customer's name lacks
# while it names another ("SCP Gautier et Boucher, notaires à Ajaccio"
# for the lawyers' SCP Boucher & Gautier Avocats): another firm of the
# partners, not a site.  Its own profession or its town there links.
@test "names: a registration number after the form, a word cut or a form mistyped, a whole name with a number, a profession after the comma" {
	jq -n '[{id: 1, business_name: "Ets Lemaire", city: "Lyon"},
	  {id: 2, business_name: "Lemaire Expertise Comptable SA", city: "Lyon"},
	  {id: 3, business_name: "Bud-Trans Instalacje Wiśniewska i Sikorski sp.j. (NIP 180-054-55-98)", city: "Toruń"},
	  {id: 4, business_name: "Ets Charpentier", city: "Lyon"},
	  {id: 5, business_name: "SELARL Charpentier, Meyer et Associés, notaires", city: "Colmar"},
	  {id: 6, business_name: "SCP Boucher & Gautier Avocats", city: "Toulouse"}]
	  + [range(20; 80) | {id: ., business_name: ("Filler\(.) " + (["Expertise Comptable SA", "Transports sp.j.", "Lemaire SARL"][. % 3])), city: "Lyon"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,2 s4,Needs Review,null s5,Linked,3 s6,Needs Review,null s7,Linked,4 s8,Needs Review,null s9,Linked,6 s10,Linked,6 ' \
	    'Lemaire Exp' 'Ets Lemaire' 'Lemaire Expertise Comptable' \
	    'Bud-Trans Instalacje Wiśniewska i Sikorski Bydgoszcz sp.j.' \
	    'Bud-Trans Instalacje Wiśniewska i Sikorski sp.j.' \
	    'SELARL Charpentier, Meyer et Associés, notaires (68)' 'Charpentier, Lyon' \
	    'SCP Gautier et Boucher, notaires à Ajaccio' 'SCP Boucher & Gautier, Avocats' \
	    'SCP Boucher et Gautier, Toulouse'
	grep -q '"Lemaire Expertise Comptable SA" cut short' <<<"$stderr"
	grep -q '"bydgoszcz" is typed before the legal form' <<<"$stderr"
}

# Session 24 (gen-link-blind37, a Canadian MSP: bilingual 65% name
# only): a grocery, a law office and a health centre typed in the other
# official language ("Épicerie Thériault" for Moncton's "Thériault
# Grocery", "Cabinet juridique Cormier" for its "Cormier Law Office",
# link-words.json from TERMIUM Plus), where the town writes French.
@test "names: a grocery, a law office typed in Canada's other official language" {
	jq -n '[{id: 1, business_name: "Thériault Grocery", city: "Moncton"},
	  {id: 2, business_name: "Cormier Law Office", city: "Moncton"},
	  {id: 3, business_name: "Boulangerie Doiron", city: "Moncton"},
	  {id: 4, business_name: "Thériault Roofing", city: "Moncton"},
	  {id: 5, business_name: "Cormier Trucking", city: "Moncton"}]
	  + [range(20; 80) | {id: ., business_name: ("Filler\(.) " +
	      (["Grocery", "Épicerie", "Law Office", "Cabinet juridique", "Bakery"][. % 5])), city: "Moncton"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 ' \
	    'Épicerie Thériault' 'Cabinet juridique Cormier'
	[[ "$(first_log s1)" == *'abbreviation'* ]]
}

# ... and a First Nation's name typed with another of its words for
# the community (link-words.json "nations": "FN", "Band", "Nation",
# "First Nation" read as each other): "Siksika FN Fisheries" is Siksika
# Nation Fisheries, "Membertou Band Housing Department" Membertou First
# Nation Housing Department, and "Eskasoni FN Administration" the First
# Nation's, not the Eskasoni Administration beside it; another
# business of the band ("Siksika FN Daycare") is none of them.
@test "names: a First Nation's name typed with FN, Band or Nation" {
	jq -n '[{id: 1, business_name: "Siksika Nation Fisheries", city: "Calgary"},
	  {id: 2, business_name: "Siksika Nation Gas Bar", city: "Calgary"},
	  {id: 3, business_name: "Membertou First Nation Housing Department", city: "Halifax"},
	  {id: 4, business_name: "Eskasoni Administration", city: "Halifax"},
	  {id: 5, business_name: "Eskasoni First Nation Administration", city: "Halifax"},
	  {id: 6, business_name: "Tsleil-Waututh Nation Gas Bar", city: "Surrey"}]
	  + [range(20; 80) | {id: ., business_name: ("Filler\(.) " +
	      (["Fisheries", "Gas Bar", "Housing Department", "Administration", "Daycare"][. % 5])), city: "Calgary"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Linked,5 s4,Linked,6 s5,Needs Review,null ' \
	    'Siksika FN Fisheries' 'Membertou Band Housing Department' \
	    'Eskasoni FN Administration' 'TsleilWaututh Band Gas Bar' 'Siksika FN Daycare'
}

# Session 25 (gen-link-blind38 county 68%, bank 62%, coop 74%): US
# institutions' shorthand (link-words.json "abbreviations": Cnty, Cty,
# Bk, St. for County, Bank, State; Coop for Cooperative) and a
# cooperative's "Co-" written whole: "Karnes Cnty Auditor" is Karnes
# County Auditor, "Wilson Cty. Sheriff's Office" Wilson County's (Cty is
# no Vietnamese công ty there), "Paris State Bk" and "Fort Dodge St.
# Bank" the banks, "Brazos Co-op" Brazos Cooperative, "Farmers
# Cooperative Grain Co of Kearney" Farmers Co-op Grain Company of
# Kearney; "Karnes Cnty Treasurer" is none of them.
@test "names: US county, bank and cooperative shorthand" {
	local c="Karnes County Auditor|Karnes City;Wilson County Sheriff's Office|Floresville"
	c+=';Paris State Bank|Paris;Fort Dodge State Bank|Fort Dodge;Brazos Cooperative|Bryan'
	c+=';Farmers Co-op Grain Company of Kearney|Kearney;Farmers Co-op Grain Company of Lincoln|Lincoln'
	c+=';Karnes Tire Shop|Karnes City'
	jq -n --arg c "$c" '[$c | split(";")[] | split("|")] | to_entries |
	    map({id: (.key + 1), business_name: .value[0], city: .value[1]})
	    + [range(20; 80) | {id: ., city: "Salina", business_name: "Filler\(.) \(
	    ["County Auditor", "State Bank", "Cooperative", "Sheriff'"'"'s Office", "Grain Company"][. % 5])"}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Linked,5 s6,Linked,6 s7,Needs Review,null ' \
	    'Karnes Cnty Auditor' "Wilson Cty. Sheriff's Office" 'Paris State Bk' \
	    'Fort Dodge St. Bank' 'Brazos Co-op' \
	    'Farmers Cooperative Grain Co of Kearney' 'Karnes Cnty Treasurer'
}

# ... and "Number" typed for a district's "No." (or the other way
# round), "Chevy" for a dealer's Chevrolet: "Denton County MUD Number 15"
# is Denton County MUD No. 15, not No. 16; "Carlson Chevy Buick" Carlson
# Chevrolet Buick, not Carlson Chiropractic.
@test "names: Number for No., Chevy for Chevrolet" {
	local c='Denton County MUD No. 15|Denton;Denton County MUD No. 16|Denton'
	c+=';Independent School District Number 1297|Olivia;Carlson Chevrolet Buick|Ames'
	c+=';Carlson Chiropractic|Ames'
	jq -n --arg c "$c" '[$c | split(";")[] | split("|")] | to_entries |
	    map({id: (.key + 1), business_name: .value[0], city: .value[1]})
	    + [range(20; 60) | {id: ., city: "Salina", business_name: "Filler\(.) \(
	    ["MUD", "School District", "Chevrolet", "Chiropractic"][. % 4])"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Linked,4 ' \
	    'Denton County MUD Number 15' 'Independent School District No. 1297' \
	    'Carlson Chevy Buick'
}

# Session 26 (gen-link-blind41 number 49%, union 54%, post 60%): a US
# union local or a veterans' post typed with its number marker ("Local
# No.", "Local Union", "L.U.", "Post No.") or its organization's name
# spelt out (link-words.json "unions"; "Am." for American): "United Auto
# Workers Local 1005" is UAW Local 1005, "UFCW L.U. 596" UFCW Local 596,
# "Local 1313 Laborers" LIUNA Local 1313; another number is another local
# or post, and none of them.
@test "names: a union local's or a post's marker and its union's name" {
	local c='UAW Local 1005|Toledo;UAW Local 1006|Toledo;VFW Post 4439|Akron'
	c+=';American Legion Paul Blankenship Post 759|Beckley;IBEW Local 2157|Erie'
	c+=';UFCW Local 596|Pittsburgh;LIUNA Local 1313|Wheeling;IUOE Local 107|Canton'
	jq -n --arg c "$c" '[$c | split(";")[] | split("|")] | to_entries |
	    map({id: (.key + 1), business_name: .value[0], city: .value[1]})
	    + [range(20; 80) | {id: ., city: "Dayton", business_name: "Filler\(.) \(
	    ["Local", "Post", "Union Hall", "Veterans Club", "Workers Center"][. % 5])"}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Linked,5 s6,Linked,6 s7,Linked,7 s8,Linked,8 s9,Needs Review,null s10,Needs Review,null s11,Needs Review,null ' \
	    'United Auto Workers Local 1005' 'UAW Local No. 1006' \
	    'Veterans of Foreign Wars Post 4439' 'Am. Legion Paul Blankenship Post 759' \
	    'International Brotherhood of Electrical Workers Local 2157' \
	    'UFCW L.U. 596' 'Local 1313 Laborers' 'IUOE Local Union 107' \
	    'UAW Local No. 1007' 'VFW Post No. 4438' 'Operating Engineers Local 108'
}

# Session 26 (gen-link-blind41 state 86%, blind38 85%): the customer's
# own state typed after its name, in full or its postal abbreviation in
# capitals, is where it is, the name before it read alone (as its own
# town is): "Forest City Pub Ohio", "Marble Falls State Bank, TX";
# "Indiana" is a town too (Indiana, PA), no customer's here; another
# state is a company incorporated there, none of them.
@test "towns: the customer's own state typed after its name links; another state does not" {
	local c='Forest City Pub|Cleveland|OH;Marble Falls State Bank|Marble Falls|TX'
	c+=';Cole & Sons Excavating LLC|South Bend|IN;Transfiguration Catholic Church|Akron|OH'
	c+=';Transfiguration Church - Cleveland|Cleveland|OH;Indiana Printing|Indiana|PA'
	jq -n --arg c "$c" '[$c | split(";")[] | split("|")] | to_entries |
	    map({id: (.key + 1), business_name: .value[0], city: .value[1], state: .value[2]})
	    + [range(20; 80) | {id: ., city: "Dayton", state: "OH", business_name: "Filler\(.) \(
	    ["Pub", "State Bank", "Excavating", "Church", "Printing"][. % 5])"}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null s6,Needs Review,null ' \
	    'Forest City Pub Ohio' 'Marble Falls State Bank, TX' \
	    'Cole & Sons Excavating Indiana' 'Transfiguration Catholic Church, OH' \
	    'Forest City Pub Texas' 'Marble Falls State Bank Oklahoma'
	[[ "$(first_log s1)" == *'own state'* ]]
}

# Session 26 (gen-link-blind32, 36 abbrev, church): US shorthand read
# as its words one way (link-words.json "abbreviations": Xian, Mtn,
# Dntl, Miss.): "Deseret Peak Xian School" is Deseret Peak Christian
# School, "Allen Family Dntl" Allen Family Dentistry, "Greater Bethel
# Miss. Baptist Church" the Missionary Baptist one, not the Primitive
# Baptist one beside it; an orthodontist is none of them.
@test "names: Xian, Mtn, Dntl and Miss. for their words" {
	local c='Allen Family Dentistry|Eugene;Taylor Family Dental|Mesa'
	c+=';Deseret Peak Christian School|Tooele;Mountain View Heating & Air LLC|Bend'
	c+=';Greater Bethel Missionary Baptist Church|Selma;Deseret Peak Charter School|Tooele'
	c+=';Meadow View Heating & Air LLC|Bend;Greater Bethel Primitive Baptist Church|Selma'
	jq -n --arg c "$c" '[$c | split(";")[] | split("|")] | to_entries |
	    map({id: (.key + 1), business_name: .value[0], city: .value[1]})
	    + [range(20; 80) | {id: ., city: "Salem", business_name: "Filler\(.) \(
	    ["Family Dental", "Family Dentistry", "School", "Heating & Air", "Baptist Church"][. % 5])"}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Linked,5 s6,Needs Review,null ' \
	    'Allen Family Dntl' 'Taylor Family Dntl' 'Deseret Peak Xian School' \
	    'Mtn View Heating & Air LLC' 'Greater Bethel Miss. Baptist Church' \
	    'Allen Family Orthodontics'
}

# Session 25 (gen-link-blind39 gaelic 8%): an Irish town, a Welsh one
# or an Irish surname typed in its Irish or Welsh form (link-words.json
# "towns", "surnames"; a form of several words read as one word) links
# the customer of the English form: "Cill Chainnigh Orthodontics" is
# Kilkenny Orthodontics, "Ó Súilleabháin Auctioneers" O'Sullivan
# Auctioneers, "Abertawe Lettings" Swansea Lettings (not Cardiff's),
# "Clkich na Coillte" with its slip Cloich na Coillte; Kilkenny's
# Irish form is not Clonakilty's firm, nor "Ó Bráin" (Breen) O'Brien.
@test "names: an Irish or Welsh form of a town or a surname" {
	jq -n '[{id: 1, business_name: "Kilkenny Orthodontics", city: "Kilkenny"},
	  {id: 2, business_name: "Kinsale Orthodontics", city: "Kinsale"},
	  {id: 3, business_name: "O'"'"'Sullivan Auctioneers", city: "Cork"},
	  {id: 4, business_name: "Swansea Lettings Ltd", city: "Swansea"},
	  {id: 5, business_name: "Carrigaline Youth Project", city: "Carrigaline"},
	  {id: 6, business_name: "O'"'"'Brien Homes Limited", city: "London"},
	  {id: 7, business_name: "Cloich na Coillte Golf Club", city: "Clonakilty"},
	  {id: 8, business_name: "Cardiff Lettings Ltd", city: "Cardiff"}]
	  + [range(20; 80) | {id: ., business_name: ("Filler\(.) " +
	      (["Orthodontics", "Auctioneers", "Lettings", "Youth Project", "Homes"][. % 5])), city: "Cork"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Linked,4 s4,Linked,5 s5,Linked,7 s6,Needs Review,null s7,Needs Review,null ' \
	    'Cill Chainnigh Orthodontics' 'Ó Súilleabháin Auctioneers' 'Abertawe Lettings' \
	    'Carraig Ui Leighin Youth Project' 'Clkich na Coillte Golf Club' 'Cill Chainnigh Golf Club' 'Ó Bráin Homes'
}

# ... and a school of the Church of England typed with another of its
# names for it (link-words.json "churches": CofE, C of E, CE, Church of
# England): "Sacred Heart Church of England Primary School" and
# "Sacred Heart CE Primary School Hulme" are Sacred Heart CofE Primary
# School, not the RC school of the name beside it.
@test "names: a Church of England school typed as CofE, C of E, CE or in full" {
	jq -n '[{id: 1, business_name: "Sacred Heart CofE Primary School, Hulme", city: "Hulme"},
	  {id: 2, business_name: "Sacred Heart RC Primary School, Hulme", city: "Hulme"},
	  {id: 3, business_name: "St Mary'"'"'s Church of England Primary School", city: "Redland"}]
	  + [range(20; 80) | {id: ., business_name: ("Filler\(.) " +
	      (["Primary School", "RC Primary School", "CofE Primary School", "Academy"][. % 4])), city: "Leeds"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,1 s3,Linked,3 ' \
	    'Sacred Heart Church of England Primary School Hulme' 'Sacred Heart CE Primary School Hulme' \
	    'St Marys CofE Primary School'
}

# ... and a charity's or a guarantee company's legal form typed in full
# or short (CIC, CIO, SCIO, CLG, DAC are drop words): "Douglas Community
# Trust Company Limited by Guarantee" is Douglas Community Trust CLG,
# "Primrose Trust Ltd" Primrose Trust SCIO.
@test "names: a UK or Irish charity's form typed in full, short or as Ltd" {
	jq -n '[{id: 1, business_name: "Douglas Community Trust CLG", city: "Douglas"},
	  {id: 2, business_name: "Ballymena Youth Project CIO", city: "Ballymena"},
	  {id: 3, business_name: "Clifton Citizens Advice CIC", city: "Clifton"},
	  {id: 4, business_name: "Primrose Trust SCIO", city: "Glasgow"},
	  {id: 5, business_name: "Primrose Lettings Ltd", city: "Glasgow"}]
	  + [range(20; 80) | {id: ., business_name: ("Filler\(.) " +
	      (["Community Trust", "Youth Project", "Citizens Advice", "Trust", "Lettings"][. % 5])), city: "Leeds"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 ' \
	    'Douglas Community Trust Company Limited by Guarantee' \
	    'Ballymena Youth Project Charitable Incorporated Organisation' \
	    'Clifton Citizens Advice Community Interest Company' 'Primrose Trust Ltd'
}

# Session 16 (gen-link-blind21 creole 0%): Haitian Creole and Papiamentu
# kinds (link-words.json ht, pap) read as the other languages' where the
# customer's town writes that creole ("Botika Curiel" for Punda's
# "Apotheek Curiel", Punda having a "Skol"), not in a town that
# writes none (Miami's "Vertex Pharmacy", "Église Bethel").
@test "names: a kind typed in Haitian Creole or Papiamentu links where the town writes it, not elsewhere" {
	local c='Apotheek Curiel|Punda;Skol Maduro|Punda;Boulangerie Dorval|Delmas;Famasi Lakay|Delmas;Vertex Pharmacy|Miami;Église Bethel|Miami'
	jq -n --arg c "$c" '[$c | split(";")[] | split("|")] | to_entries |
	    map({id: (.key + 1), business_name: .value[0], city: .value[1]})
	    + [range(20; 60) | {id: ., city: "Kingston", business_name:
	    "Filler\(.) \(["Apotheek", "Botika", "Pharmacy", "Boulangerie"][. % 4])"}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Needs Review,null s4,Needs Review,null ' \
	    'Botika Curiel' 'Boulanjri Dorval' 'Botika Vertex' 'Legliz Bethel'
	grep -q 'in a language no customer of' <<<"$stderr"
}

# Session 22 (gen-link-blind33 language 33%): Catalan, Basque and
# Galician kinds (link-words.json ca, eu, gl) read as Spanish where the
# customer's town writes Spanish too ("Abogados Rodríguez y Mas" for
# Barcelona's "Advocats Rodríguez i Mas", "Clínica Dental Aitzgorri" for
# Bilbao's "Aitzgorri Hortz Klinika", "Ferretería Vilariño" for Vigo's
# "Ferraxaría Vilariño"), the kind telling it from the joinery, the
# hardware store or the bookshop of the same name; not a Basque word for
# a Madrid customer where no one writes Basque ("Vinyals Garraioak").
@test "names: a kind typed in Spanish links its Catalan, Basque or Galician name" {
	local c='Advocats Rodríguez i Mas S.L.P.|Barcelona;Aitzgorri Hortz Klinika|Bilbao;Ferraxaría Vilariño|Vigo;Transportes Vinyals|Madrid;Fusteria Rodríguez i Mas|Barcelona;Aitzgorri Burdindegia|Bilbao;Libraría Vilariño|Vigo'
	jq -n --arg c "$c" '[$c | split(";")[] | split("|")] | to_entries |
	    map({id: (.key + 1), business_name: .value[0], city: .value[1]})
	    + [range(20; 60) | {id: ., city: (["Barcelona", "Bilbao", "Vigo", "Madrid"][. % 4]),
	    business_name: "Filler\(.) \(["Carpintería", "Abogados", "Ferretería", "Clínica"][(. / 4 | floor) % 4])"}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null ' \
	    'Abogados Rodríguez y Mas' 'Clínica Dental Aitzgorri' 'Ferretería Vilariño' 'Vinyals Garraioak'
	grep -q 'in a language no customer of' <<<"$stderr"
}

# ... but not a kind read in another language while the name's other
# words are read with a slip, two guesses stacked: "Rivera e Hijos" is
# no more Barcelona's "Riera i Fills" than another business one letter
# off (gen-link-blind33 at 50,000 customers, two impostors).  One word
# typed as the customer has it is enough ("Abogados Castillo y
# Rodriguex").
@test "names: a kind in another language and only words with a slip link no one" {
	jq -n '[{id: 1, business_name: "Riera i Fills, S.L.", city: "Barcelona"},
	  {id: 2, business_name: "Cellers Ribalta S.L.U.", city: "Sabadell"},
	  {id: 3, business_name: "Advocats Castillo i Rodríguez", city: "Barcelona"}]
	  + [range(20; 60) | {id: ., city: (["Barcelona", "Sabadell"][. % 2]),
	    business_name: "Filler\(.) \(["Carpintería", "Bodega", "Fusteria", "Hijos"][(. / 2 | floor) % 4])"}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null s4,Needs Review,null s5,Linked,3 ' \
	    'Riera e Hijos' 'Bodega Ribalta' 'Rivera e Hijos' 'Bodega Rivalta' 'Abogados Castillo y Rodriguex'
	grep -q 'a word with a slip' <<<"$stderr"
}

# Session 15 (held-out gen-link-blind20/21, 8 of 11 wrong links): a word
# typed that names a kind of business the customer does not have, while
# its name names another kind, or none and is a person's or one word,
# is a namesake's.  The kinds are link-words.json's and the words the
# list teaches are a trade's (many names hold them, no contact is
# called them).  A kind the customer has too, or has in another language
# its town writes, still links, and so does a site typed after a place
# word ("Filial").
@test "names: a kind the customer has, in any language its town writes, links" {
	jq -n '[{id: 1, business_name: "Apotheke Meier", city: "Sitten"},
	  {id: 2, business_name: "Pharmacie du Rhône", city: "Sitten"},
	  {id: 3, business_name: "Rochelle Campbell, DDS PLLC",
	    contacts: [{firstname: "Rochelle", lastname: "Campbell"}]},
	  {id: 4, business_name: "Dentland Services"}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) " +
	      (["Apotheke", "Pharmacie", "Travel Agency", "Inn", "Services"][. % 5]))}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,1 s3,Linked,3 s4,Linked,4 ' \
	    'Meier Apotheke' 'Pharmacie Meier' 'Rochelle Campbell DDS' \
	    'Dentland Services Filial Agency'
}

@test "names: a kind of business the customer does not name links no one" {
	jq -n '[{id: 1, business_name: "Rochelle Campbell, DDS PLLC",
	    contacts: [{firstname: "Rochelle", lastname: "Campbell"}]},
	  {id: 2, business_name: "Ets. Batey"},
	  {id: 3, business_name: "National Sahyadri Inn"}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) " +
	      (["Travel Agency", "Services", "Society", "Inn"][. % 4]))}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null ' \
	    'Rochelle Campbell Travel Agency' 'Batey Multi Services' \
	    'National Sahyadri Educational Society'
	grep -q 'names a kind of business' <<<"$stderr"
}

# Session 19 (gen-link-blind26's one wrong link): "Aquali Veterinária
# Lda" is no site of the accountant "Aquali Contabilidade".  The kinds of
# link-words.json include a vet's, an estate agent's, a laundry's, a
# florist's, a gym's, a hairdresser's, a printer's and an optician's in
# each language, so such a word the customer's name lacks names another
# kind of business, in whatever language it is typed.
@test "names: a veterinary practice or an optician is not the accountant of the same word" {
	jq -n '[{id: 1, business_name: "Aquali Contabilidade", city: "Osasco"}]
	  + [range(20; 420) | {id: ., city: "Porto", business_name: ("Filler\(.) " +
	      (["Contabilidade", "Farmácia", "Restaurante", "Clínica"][. % 4]) + " Lda")}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,1 ' \
	    'Aquali Veterinária Lda' 'Aquali Ótica Lda' 'Aquali Contabilidade Lda' 'Aquali'
	grep -q '"veterinaria" names a kind of business' <<<"$stderr"
}

# Session 19 (gen-link-blind26 at 50,000 customers): a short word that
# ends many names is learnt as a legal form, but a brand's ("Sani X",
# "Sani Max", "Lumi Lux") is no form to swap: a learnt form is written
# as one when 1 name in 100 ends with it or most of its names write it
# marked (a dot, capitals, or small letters after capitals: Georgian
# "ss").  "Padaria Sani X" is not "Padaria Sani Max"; "Padaria Sani Ltda
# EPP" is "Padaria Sani Ltda ME".
@test "names: a brand's short last word is no legal form to swap" {
	jq -n '[{id: 1, business_name: "Padaria e Pastelaria Sani Max"},
	  {id: 2, business_name: "Transportes Gomes Ltda - ME"}]
	  + [range(20; 720) | {id: ., business_name: ("Filler\(.) " +
	      (["Max", "X", "Lux", "Ltda - ME", "EPP"][. % 100] // "Loja"))}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,2 ' \
	    'Demo - Padaria e Pastelaria Sani X' 'Padaria e Pastelaria Sani Lux' \
	    'Transportes Gomes EPP'
}

# Session 19 (gen-link-blind26 spelling 58%): the 1990 Orthographic
# Agreement dropped Portugal's silent c and p ("Arquitectura" is
# Arquitetura, "Óptica" Ótica, "Acção" Ação), and Brazil never wrote
# them: a customer word with one reads as written without it and back,
# as an abbreviation does, while another word still tells another name.
@test "names: a silent c or p of the old Portuguese spelling is the same word" {
	jq -n '[{id: 1, business_name: "Ótica Mundo Novo", city: "Campinas"},
	  {id: 2, business_name: "Óptica Vale Verde", city: "Braga"},
	  {id: 3, business_name: "Clinpan Arquitetura e Projetos", city: "Recife"}]
	  + [range(20; 420) | {id: ., city: "Porto", business_name: ("Filler\(.) " +
	      (["Óptica", "Ótica", "Arquitectura", "Projectos", "Farmácia"][. % 5]))}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null ' \
	    'Óptica Mundo Novo' 'Ótica Vale Verde' 'Clinpan Arquitectura e Projectos' \
	    'Ótica Mundo Velho'
}

# Session 15 (held-out gen-link-blind21): a last word of one letter may
# be a word cut short ("Colmado & Deli Sánchez E" of "... Echevarría
# Corp.") as well as a drop word ("e", "y": "and"), so the longer name
# that goes on with that letter stays a candidate (review); where none
# does, the name links as before.
@test "names: a last letter that another name goes on with sends the name to review" {
	jq -n '[{id: 1, business_name: "Colmado & Deli Sánchez Corp."},
	  {id: 2, business_name: "Colmado & Deli Sánchez Echevarría Corp."},
	  {id: 3, business_name: "Farmacia Cielo Hermoso Inc."}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) " +
	      (["Colmado", "Farmacia", "Deli"][. % 3]))}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,3 ' \
	    'Colmado & Deli Sánchez E' 'Colmado & Deli Sánchez Y' \
	    'Farmacia Cielo Hermoso E'
	grep -q 'may be a word cut short' <<<"$stderr"
}

# Session 16: a contraction keeps a word's first letters and its last
# ("Agcia" of "Agencia", "Ctro" of "Centro": the RAE's abreviaturas por
# contracción); one that fits two customers' words ("Ctro" of "Centro"
# and of "Castro") links neither.
@test "contraction: first and last letters kept links; one that fits two customers' words does not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Agencia", "Centro", "Medico", "Aduanal"][. % 4])}' \
	    "Centro Médico Torres" "Consultorio Médico Torres S.A.S." \
	    "Centro Médico López Torres LLP" "Agencia Aduanal Nieves SRL" \
	    "Centro Quintero Ramos" "Castro Quintero Ramos"
	sessions_link 's1,Linked,1 s2,Linked,4 s3,Needs Review,null ' \
	    'Ctro Medico Torres' 'Agcia Aduanal Nieves' 'Ctro Quintero Ramos'
}

# Session 16: Puerto Rico's and the Dominican Republic's legal forms
# (P.S.C., C.S.P., E.I.R.L.) are dropped as "LLC" is; a name that another
# customer has with a kind word more still does not link.
@test "names: P.S.C. and E.I.R.L. are legal forms left off; a name with a word more is not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Centro", "Medico", "Contabilidad", "Seguros"][. % 4])}' \
	    "Centro Médico Martínez Quiñones P.S.C." \
	    "Contabilidad Ovalle E.I.R.L." "Seguros Tavárez Lugo C.S.P." \
	    "Seguros Tavárez Lugo Auto C.S.P."
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' \
	    'Centro Med. Martinez Quinones' 'Contabilidad Ovalle' \
	    'Seguros Tavarez'
}

# Session 16 late (gen-link-blind22): a capitalised word the customer
# lacks, then a town other customers are in and it is not ("Vila Drina
# Group Novi Sad" for the Vila Drina in Podgorica), names a business of
# its own there as likely as a site: review.  With the customer's own
# town, or a branch word typed apart, it is the customer's site.
@test "sites: a word the customer lacks before another customer's town goes to review" {
	jq -n '[{id: 1, business_name: "Vila Drina d.o.o.", city: "Podgorica"},
	  {id: 2, business_name: "Hotel Lipa", city: "Novi Sad"}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) " +
	      (["Vila", "Hotel", "Market"][. % 3])), city: "Niš"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,1 ' \
	    'Vila Drina Group Novi Sad' 'Vila Drina Group Podgorica' \
	    'Vila Drina - poslovnica Novi Sad'
	grep -q 'a word it lacks and another customer' <<<"$stderr"
}

# Session 21 (gen-link-blind22 50k): the same when the words before them
# are the customer's whole name, read as a note after it (note_pick) or
# a site (site_pick): "Advokatska kancelarija Marković Plus Novi Sad"
# linked the Marković of Leskovac.
@test "sites: a word the customer lacks before another customer's town, after its whole name, goes to review" {
	jq -n '[{id: 1, business_name: "Advokatska kancelarija Marković", city: "Leskovac"},
	  {id: 2, business_name: "Hotel Lipa", city: "Novi Sad"}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) " +
	      (["Advokatska kancelarija", "Hotel", "Plus Market"][. % 3])), city: "Niš"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null ' \
	    'Advokatska kancelarija Marković Plus Novi Sad'
	grep -q '"Plus Novi Sad" after "Advokatska kancelarija Marković": a word it lacks' <<<"$stderr"
}

# Session 16 late (gen-link-blind22): a given name is shortened as a
# nickname, not contracted: "Neša" read as Ne..ša of Nebojša (a first
# name contacts have) is a guess, Neša being Nenad's as well; a surname
# contracted ("Mtnez." of Martínez) still reads so.
@test "contraction: a contacts' first name read from a shorter word goes to review" {
	jq -n '[{id: 1, business_name: "Javni beležnik Nebojša Milovanović",
	    contacts: [{id: 11, firstname: "Nebojša", lastname: "Milovanović"}]},
	  {id: 2, business_name: "Notaría Andrés Miranda Martínez",
	    contacts: [{id: 12, firstname: "Andrés", lastname: "Martínez"}]}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) " +
	      (["Javni beležnik", "Notaría", "Market"][. % 3]))}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,2 ' \
	    'Javni beležnik Neša Milovanović' 'Notaría Andrés Miranda Mtnez.'
	grep -q "is a person's name, read from a word" <<<"$stderr"
}

# Session 16 late (gen-link-blind22): Serbian and Macedonian Cyrillic
# have an official Latin alphabet, letter for letter (Gaj's: ш š, ч č,
# ц c, х h, ђ đ, џ dž; Macedonian ѓ gj, ќ kj): a name typed in Cyrillic
# is read in it, and links the customer listed in Latin; a reading with
# a word the customer lacks links no one.
@test "layout: Serbian Cyrillic read in Gaj's Latin links the Latin customer" {
	numbered_customers 'range(20; 60) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Pansion", "Prodavnica", "Market"][. % 3])}' \
	    "Opština Veles" "Pansion Hrast d.o.o." "Prodavnica Medicus Sombor"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null ' \
	    'Општина Велес' 'Пансион Храст д.о.о.' 'Продавница Медицус Сомбор' \
	    'Продавница Медицус Пирот'
}

# ... and back: a name typed in Gaj's Latin for a customer the list
# holds in Cyrillic, its marked letters read as the list romanises the
# Cyrillic ones (ž zh, š sh, č ch, đ dj).
@test "layout: Gaj's Latin read back links the customer listed in Cyrillic" {
	numbered_customers 'range(20; 60) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Јавни бележник", "Апотека", "Маркет"][. % 3])}' \
	    "Јавни бележник Марко Булатовић" "Апотека Ђурђевић Шид"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' \
	    'Javni beležnik Marko Bulatović' 'Apoteka Đurđević Šid' \
	    'Javni beležnik Nikola Bulatović'
}

# Session 19 (gen-link-blind27): Uzbek and Azerbaijani Cyrillic have
# Latin alphabets, letter for letter (Uzbek ў oʻ, ғ gʻ, қ q, ҳ h, х x;
# Azerbaijani ә ə, г q, ҝ g, ј y, ҹ c, ч ç): a name typed in the
# Cyrillic links the customer listed in Latin; a reading with a word the
# customer lacks links no one.  And a Kazakh name typed on US keys with
# the Kazakh layout meant, whose digits' keys type ә і ң ғ ү ұ қ ө һ
# ("fkfnfe l2h3[fyfcs" for Алатау дәріханасы).
@test "layout: Uzbek and Azerbaijani Cyrillic read in their Latin link the Latin customer" {
	local uz='Хумо хусусий клиникаси МЧЖ' az='Гафгаз Лисеји'

	numbered_customers 'range(20; 60) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Hotel", "Liseyi", "Market"][. % 3])}' \
	    "Hotel Doʻstlik" "Qafqaz Liseyi" "Xumo xususiy klinikasi MChJ" \
	    "Алатау дәріханасы"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Linked,4 ' \
	    'Ҳотел Дўстлик' "$az" "$uz" 'Ҳотел Дўстлик Бухоро' \
	    'fkfnfe l2h3[fyfcs'
	grep -q "\"$az\": .*name:layout -> 2 " <<<"$stderr"
}

# ... and back: a Kazakh or Uzbek name typed in its Latin alphabet for a
# customer the list holds in Cyrillic, read as the list romanises it (q
# k, j zh, ğ and g' gh, ñ ng, x kh, oʻ u); a word the customer lacks
# still links no one.
@test "layout: Kazakh and Uzbek Latin read back links the customer listed in Cyrillic" {
	local names='["Ресторан Ақбұлақ", "Нотариус Асқар Омаров",
	    "Наврўз Аудит"]'

	jq -n --argjson n "$names" '[range(0; 3) | {id: (. + 1),
	    business_name: $n[.]}] + [range(20; 60) | {id: .,
	    business_name: ("Filler\(.) " + ($n[. % 3] | split(" ")[0]))}]' \
	    >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null ' \
	    'Restoran Aqbulaq' 'Notarius Asqar Omarov' 'Navroʻz Audit' \
	    'Restoran Aqbulaq Almaty'
}

# Session 16: a why quotes names at a byte count, which cut a Devanagari
# character in two ("Pashupati Academy (पशुपति �"): the review file was
# not UTF-8 and sdc-review would reject its line.  Whole characters only.
@test "--review: a why that quotes a name cut short is still UTF-8" {
	jq -n '[{id: 1, business_name: "Pashupati Academy (पशुपति एकेडमी)",
	    city: "Kathmandu", address_2: "Putalisadak"},
	  {id: 2, business_name: "Himal Traders", city: "Kathmandu", address_2: "Maharajgunj"}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) Traders"), city: "Kathmandu"}]' >"$TMP/cust.json"
	mksession s1 'Pashupati Academy - Maharajgunj' '' >"$TMP/in"
	run --separate-stderr sdc-link --no-llm --no-memory -v --review "$TMP/review.jsonl" \
	    --customers "$TMP/cust.json" "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(jq -r .why "$TMP/review.jsonl")" = \
	    '"maharajgunj" after "Pashupati Academy (पशुपति ": no site the list knows, a namesake'"'"'s town as likely' ]
	iconv -f UTF-8 -t UTF-8 "$TMP/review.jsonl" >/dev/null
	iconv -f UTF-8 -t UTF-8 <<<"$stderr" >/dev/null
}

# ... and a name with Gaj's marked letters that, so read back, links a
# customer the list holds in Cyrillic links no one else: "Advokat Dušan
# Perović" is Адвокат Душан Перовић а.д. as likely as Advokat Dušan
# Perović d.o.o. (blind22: "Apoteka Zlatibor Niš", Апотека Златибор
# Ниш, linked the Apoteka Zlatibor of Čačak).
@test "layout: a Latin name that read back is another customer's Cyrillic one goes to review" {
	local fill='range(20; 60) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Advokat", "Market", "Apoteka"][. % 3])}'

	numbered_customers "$fill" "Advokat Dušan Perović d.o.o." \
	    "Адвокат Душан Перовић а.д."
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,2 ' \
	    'Advokat Dušan Perović' 'Advokat Dusan Perovic d.o.o.' 'Advokat Dušan Perović a.d.'
	grep -q 'read as the list romanises Cyrillic' <<<"$stderr"
}

# Session 21: a name another customer is whole in the list's other script,
# legal form and all, while the linked one is not, goes to review: the
# twins are told apart by their forms (blind22: "Stomatološka ordinacija
# Dr Vuković a.d." linked its d.o.o., the list's Стоматолошка ординација
# Др Вуковић а.д. the truth); each typed whole still links its own.
@test "layout: a name whole in its other script, form and all, is not linked to its twin of another form" {
	local fill='range(20; 60) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Stomatološka ordinacija", "Apoteka", "Čačak Market"][. % 3]
	    + [" d.o.o.", " a.d.", " o.d.", " AD"][. % 4])}'

	numbered_customers "$fill" "Stomatološka ordinacija Dr Vuković d.o.o." \
	    "Стоматолошка ординација Др Вуковић а.д." "PZU Poliklinika Medicus" \
	    "ПЗУ Поликлиника Медицус АД"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,4 ' \
	    'Stomatološka ordinacija Dr Vukovic a.d.' 'PZU Poliklinika Medicus AD' \
	    'Stomatološka ordinacija Dr Vuković d.o.o' 'ПЗУ Поликлиника Медицус АД'
	grep -q 'whole, read in the Cyrillic key' <<<"$stderr"
}

# Session 16 late (gen-link-blind23): the okina (U+02BB) is typed as an
# apostrophe, a left quote or a backtick, or dropped; any of them inside
# a word is that word's, so "Manu'a" is Manuʻa and never "Manu" + "a"
# (which linked "Manu Tours" where Manuʻa is not a customer).
@test "names: an okina typed as an apostrophe, a quote or dropped links; Manu'a is not Manu" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Wholesale", "Health", "Trust", "Tours"][. % 4])}' \
	    "Manuʻa Wholesale" "Hoʻokipa Health Trust" "Kāneʻohe LDS Stake" \
	    "Makua Wholesale LLC" "Manu Tours"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,2 s5,Needs Review,null ' \
	    "Manu'a Wholesale" 'Ho‘okipa Health Trust' 'Kane`ohe LDS Stake' \
	    'Hookipa Health Trust' "Manu'a Tours"
}

# Session 16 late (gen-link-blind23): an island or a province typed after
# the name is a place as a town is; the customer's own (the list's
# "state": Viti Levu, Upolu) is its site, another customer's region a
# namesake's as likely.
@test "names: the customer's own island typed after its name links; another's does not" {
	jq -n '[{id: 1, business_name: "Sigatoka Secondary School", city: "Sigatoka", state: "Viti Levu"},
	  {id: 2, business_name: "Lauina Seiuli Lawyers Ltd", city: "Apia", state: "Upolu"},
	  {id: 3, business_name: "Qalo Medical Group", city: "Labasa", state: "Vanua Levu"}]
	  + [range(20; 80) | {id: ., business_name: ("Filler\(.) " +
	      (["School", "Lawyers", "Medical", "Group"][. % 4])),
	      city: "Suva", state: (["Viti Levu", "Upolu", "Vanua Levu"][. % 3])}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' \
	    'Sigatoka Secondary School Viti Levu' 'Lauina Seiuli Lawyers - Upolu' \
	    'Qalo Medical Group (Upolu)'
}

# Session 16 late (gen-link-blind23): "dba", "d/b/a", "t/a": the legal
# name before the mark links alone; not one listed with a trading name
# of its own (another outlet of the company), nor the trading name alone.
@test "names: the legal name before dba links; another outlet's or the trading name alone does not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Lodge", "Foods", "Resort", "Holdings"][. % 4])}' \
	    "Hui Reef Lodge" "Hendricks Foods (Pty) Ltd t/a Burger Yard Polokwane" \
	    "Harbour Resort Inc." "Chicken Rush Alberton"
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Needs Review,null s4,Needs Review,null ' \
	    'Hui Reef Lodge DBA Hui Reef Holdings LLC' \
	    'Harbour Resort d/b/a Harbour Enterprises LLC' \
	    'Hendricks Foods (Pty) Ltd t/a Chicken Rush Pretoria' \
	    'Khumalo Foods CC t/a Chicken Rush Alberton'
}

# Session 16 late (gen-link-blind23): the customer's own town typed after
# a slash ("X/Honolulu") is a town typed after the name.  A town no
# customer is in links no one.
@test "names: the customer's own town after a slash links; a town no customer is in does not" {
	jq -n '[$ARGS.positional | to_entries[] | (.value | split("|")) as $f |
	    {id: (.key + 1), business_name: $f[0], city: $f[1]}]' --args \
	    "Palolo Catholic Parish|Kahului" "Kamaka Kaniho Accounting LLC|Honolulu" \
	    "Palolo Academy|Kahului" "Pālolo Methodist Circuit|Kapolei" \
	    "Pālolo College|Wailuku" "Mana Pālolo Academy|Lihue" \
	    "Kamaka Chemists Inc.|Kapolei" "Kaniho Market Inc.|Kapaa" \
	    "Kamaka Akana Attorneys at Law|Manoa" "Kaniho Medical Center|Honolulu" \
	    "Kaniho Kaniho CPAs LLC|Kihei" "Ramos Kamaka CPA|Hilo" \
	    "Kaniho Tamura CPAs LLC|Kaneohe" "Kamaka Store Inc.|Manoa" >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null s4,Needs Review,null ' \
	    'Palolo Catholic Parish/Kahului' 'Kamaka Kaniho Accounting/Honolulu' \
	    'Palolo Catholic Parish Kona' 'Kamaka Kaniho Accounting/Kona'
}

# Session 16 late (gen-link-blind23): the Pacific's "and" (Maori "me",
# Samoan "ma", Tongan "mo", Tok Pisin "na") and English "n" between two
# words meet a name's "&"; "n" typed last is no "and" ("Walk n" is not
# "Walker & Lopez").
@test "names: me, ma, mo, na and n between words read as and; n typed last does not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Lawyers", "Spa", "Legal", "Hotel"][. % 4])}' \
	    "Thompson & Walker Lawyers Ltd" "Lauina & Seiuli Lawyers Ltd" \
	    "Yama & Pundari Legal" "Moana Hotel & Spa LLC" "Walker & Lopez LLP"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null ' \
	    'Thompson me Walker Lawyers Ltd' 'Lauina mo Seiuli Lawyers Ltd' \
	    'Yama na Pundari Legal' 'Moana Hotel n Spa LLC' 'Walk n'
}

# Session 17 (gen-link-blind15 chinese): Taiwan's names in Wade-Giles
# typed in pinyin, their syllables joined or split anew (Yongfu for
# Yung-fu, "Xinzhu Tai-tai" for Hsinchu Taitai, Darong for Ta-jung).  A
# surname alone is a namesake's as often ("Xie" beside Hsieh), another
# order is another name (Xiang-fu is no Fu Hsiang), and a name the list
# spells twice (Hsiang Shun, Hsiangshun) is two customers.
@test "translit: Wade-Giles typed in pinyin links, syllables joined or split; a surname alone, another order or two spellings do not" {
	local fill='range(20; 80) | {id: ., business_name: ("Filler\(.) Clinic")}'
	numbered_customers "$fill" "Yung-fu Clinic" "Hsinchu Taitai Elementary School" \
	    "Ta-jung Certified Public Accountants" "Hsieh Pediatric Clinic" \
	    "Fu Hsiang Law Firm" "Hsiang Shun Pharmacy Co., Ltd." "Hsiangshun Pharmacy"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null s5,Needs Review,null s6,Needs Review,null ' \
	    'Yongfu Clinic' 'Xinzhu Tai-tai Elementary School' \
	    'Darong Certified Public Accountants' 'Xie Pediatric Clinic' \
	    'Xiang-fu Law Firm' 'Xiangshun Pharmacy'
	[[ "$(first_log s1)" == *'evidence=name:'*'translit'* ]]
}

# Session 17 (gen-link-blind15 bilingual, gen-link-blind18 english): the
# name in brackets after a customer's, its trading name in English, typed
# alone links by the normalised rule; a one-word bracket does not make an
# alias, and two customers of one bracketed name link neither.
@test "names: the English name in brackets typed alone links; two customers of one bracketed name do not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Shoji K.K.", "Restaurant", "Clinic", "Pharmacy"][. % 4])}' \
	    "Uchida Shoji K.K. (Uchida Trading Co., Ltd.)" \
	    "Nhà hàng Tín Nghĩa (Tin Nghia Restaurant)" "Nhà hàng Hải sản Tín Nghĩa" \
	    "Nhà thuốc Kim Long (Kim Long Pharmacy)" "Quầy thuốc Kim Long (Kim Long Pharmacy)"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' \
	    'Uchida Trading' 'Tin Nghia Restaurant' 'Kim Long Pharmacy'
}

# Session 18 (gen-link-blind24): Han read a syllable a character, as
# toneless pinyin (config/han-pinyin.json), so that the Han name in its
# traditional characters, in pinyin with tones, tone numbers or none,
# split or run together, links.  The guard: two names of Han share most
# syllables by chance, so a Han name links only a customer holding its
# Han in order ("苏州通安" is no "广州安通", "意大利韦纳有限公司" no
# "意大利凯斯维克有限公司"), and pinyin keeps the syllables' order.  Han
# alone cut short of its city and legal form links the one customer
# holding it as one run (by_han), not in another order.
@test "han: Han in traditional characters or typed in pinyin links; Han another's syllables or order does not" {
	local fill='range(20; 80) | {id: ., business_name: ("Filler\(.) Trading Co., Ltd.")}'
	numbered_customers "$fill" "上海明德贸易有限公司" \
	    "深圳华通物流有限公司 (Shenzhen Huatong Logistics Co., Ltd.)" \
	    "广州安通税务师事务所（特殊普通合伙）" "意大利凯斯维克有限公司苏州代表处" \
	    "宁波腾强广告有限公司"
	sessions_link 's1,Linked,1 s2,Linked,1 s3,Linked,1 s4,Linked,5 s5,Linked,3 s6,Needs Review,null s7,Needs Review,null s8,Needs Review,null s9,Linked,5 s10,Needs Review,null ' \
	    '上海明德貿易有限公司' 'Shànghǎi Míngdé Màoyì Yǒuxiàn Gōngsī' \
	    'Shang4hai3 Ming2de2 Mao4yi4' 'NingboTengqiangGuanggao' '廣州安通稅務師事務所' \
	    '苏州通安税务师事务所（特殊普通合伙）' '意大利韦纳有限公司苏州代表处' \
	    'Hai Shang Ming De Mao Yi' '腾强广告' '广告腾强'
}

# Homophones: 明德 and 铭德 are both Mingde, and a name reading both is
# two customers' (review), typed in Han as well (by_han: one holder
# only); a common surname alone (王, Wang, 王氏 "the Wangs'") proves
# nothing.
@test "han: a name two customers' Han reads alike, or a surname alone, does not link" {
	local fill='range(20; 80) | {id: ., business_name: ("Filler\(.) Trading Co., Ltd.")}'
	numbered_customers "$fill" "上海明德贸易有限公司" "北京铭德贸易有限公司" \
	    "王氏牙科诊所" "李记餐饮管理有限公司"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Needs Review,null s5,Needs Review,null s6,Needs Review,null s7,Needs Review,null ' \
	    'Mingde Maoyi' 'míngdé màoyì' 'Wang' '王' 'Li' '明德贸易' '王氏'
}

# Session 18 (gen-link-blind24 at 50,000): a town in brackets inside a
# name is the seat the company is registered in, and another seat typed
# is another company ("(Shanghai) Co., Ltd." is no "(Guangzhou) Co.,
# Ltd."), not a site of it.
@test "names: the town in brackets typed as the customer's links; another town in brackets does not" {
	jq -n '[{id: 1, business_name: "Caller Dental Clinic (Guangzhou) Co., Ltd", city: "Guangzhou"},
	    {id: 2, business_name: "Huayu Trading Co., Ltd.", city: "Shanghai"}] +
	    [range(20; 80) | {id: ., business_name: ("Filler\(.) Trading Co., Ltd."), city: "Ningbo"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Needs Review,null ' \
	    'CALLER DENTAL CLINIC (GUANGZHOU) CO., LTD.' 'CALLER DENTAL CLINIC (SHANGHAI) CO., LTD.'
}

# Issue 14 session 18 (gen-link-blind25, MENA): one Arabic-script name
# typed on the Arabic or the Persian keyboard, without its hamza seats,
# its tashkeel or tatweel, teh marbuta as heh, Persian or Arabic-Indic
# digits, the ZWNJ typed, dropped or a space, is one name (Unicode ch.
# 9.2; ISIRI 9147); the legal forms in the script are dropped as LLC
# is.  Two customers that fold to one name are two, for review; another
# name does not link; and a customer's word typed on the Persian
# keyboard is no name that "says nothing" beside another customer's
# machine (the machine is moved or shared: review).
@test "arabic: keyboards, hamza, tashkeel, tatweel, digits, ZWNJ and legal forms fold; two that fold to one and another name do not link" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Trading", "Clinic", "School"][. % 3])}' \
	    "صيدلية النور" "مستشفى النيل القاهرة ش.م.م" \
	    "مكتب محاماة الأستاذ مريم عثمان" "ساختمانی به‌سازان سهامی خاص" \
	    "صيدلية الهدى 3" "مطعم الأمل" "مطعم الامل"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,3 s5,Linked,4 s6,Linked,4 s7,Linked,5 s8,Needs Review,null s9,Needs Review,null ' \
	    'صیدلیة النور' 'مستشفی النیل القاهره' 'مكتب محاماه الاستاذ مريم عثمان' \
	    'مكتب محاــماة الأستاذ مَريم عثمان' 'ساختمانی بهسازان' \
	    'ساختمانی به سازان' 'صیدلیة الهدی ۳' 'مطعم الأمــل' 'مستشفى الرحمة'
	jq '(.[] | select(.id == 5)).assets = [{"id": 500, "name": "HODA-WS01"}]' \
	    "$TMP/cust.json" >"$TMP/c2" && mv "$TMP/c2" "$TMP/cust.json"
	# a word of customer 2 typed on the Persian keyboard speaks against
	# customer 5's machine; no name, the machine links; customer 2's
	# whole name links it
	{ mksession m1 'النیل' HODA-WS01; mksession m2 '' HODA-WS01
	  mksession m3 'مستشفی النیل القاهره' HODA-WS01; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'm1,Needs Review,null m2,Linked,5 m3,Linked,2 ' ]
}

# Issue 14 session 18: a reading of customer words in another key ("Al
# Taqwa Factory" read as El-Taqwa, "al" being a customer's word too)
# links the one customer whose name is all of it, though another holds
# its words and more (El-Taqwa Factory Zarqa); only Cyrillic's readings,
# each system's spelling of each word, are kept to a single holder.  Two
# that hold its words and more are for review.
@test "translit: the article read in another key links the customer whose name it is; two with its words and more do not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Trading", "Clinic", "School"][. % 3])}' \
	    "El-Taqwa Factory L.L.C." "El-Taqwa Factory Zarqa" \
	    "El-Nour Bakery Khalda" "El-Nour Bakery Marka" "Al Amal School"
	sessions_link 's1,Linked,1 s2,Needs Review,null s3,Linked,2 ' \
	    'Al Taqwa Factory' 'Al Nour Bakery' 'Al-Taqwa Factory Zarqa'
	[[ "$(first_log s1)" == *'translit'* ]]
}

# Issue 14 session 20 (gen-link-blind25 article): in a list that writes
# Arabic script, the article joined to its noun reads as the noun, typed
# or listed (Essaada for Al Saada, Nakheel for Ennakheel), when it names
# its customer whole; a noun the list writes both ways (Café Eddawaa
# Hydra, Café Al Dawaa) or a customer with a word left untyped (Faisal)
# is for review, and a list without Arabic script does not read it.
@test "translit: the Arabic article joined reads as the noun in a list with Arabic script; two spellings or a word left do not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Trading", "Clinic", "School"][. % 3])}' \
	    "Al Saada Hotel Sidi Gaber" "Industries Ennakheel Ennasr" \
	    "Café Al Dawaa SARL" "Café Eddawaa Hydra Mansour EURL" \
	    "As-Sahara Dental Clinic Faisal L.L.C." "عيادة أسنان الصحراء"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null s4,Needs Review,null ' \
	    'Essaada Hotel Sidi Gaber' 'Industries Nakheel Ennasr' \
	    'Café Eldawaa' 'Alsahara Dental Clinic'
	[[ "$(first_log s1)" == *'translit'* ]]
	[[ "$(first_log s2)" == *'translit'* ]]
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Trading", "Clinic", "School"][. % 3])}' \
	    "Al Saada Hotel Sidi Gaber" "Industries Ennakheel Ennasr"
	sessions_link 's1,Needs Review,null s2,Needs Review,null ' \
	    'Essaada Hotel Sidi Gaber' 'Industries Nakheel Ennasr'
}

# Issue 14 session 18 (gen-link-blind25): a name written in two scripts
# answers to each half typed alone, the other script's as the Latin one
# ("الوطنية للنقل خلدا" is El Wataniya Transport Khalda - الوطنية للنقل
# خلدا, typed without its teh marbuta's dots too); a half two customers
# share is for review.
@test "names: the other script's half of a name in two scripts links; one two customers share does not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Trading", "Clinic", "School"][. % 3])}' \
	    "El Wataniya Transport Khalda - الوطنية للنقل خلدا" \
	    "عيادة أسنان الروضة الكسليك (Cabinet Dentaire El Rawda Kaslik)" \
	    "Al Amal Pharmacy Marka - صيدلية الأمل" \
	    "El Amal Pharmacy Hamra - صيدلية الأمل"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,1 s4,Needs Review,null ' \
	    'الوطنية للنقل خلدا' 'Cabinet Dentaire El Rawda Kaslik' \
	    'الوطنیه للنقل خلدا' 'صيدلية الأمل'
}

# Issue 14 session 20 (gen-link-blind27 at 50k): Turkish company titles
# shortened as firms write them (San. Tic. İnş. İth. İhr.) read as the
# words; a legal form of the other kind (Ltd. Şti. for an A.Ş.) when a
# firm of the same name has the kind typed is another firm; with no such
# kin a form swapped is a slip and links.
@test "names: a Turkish title's abbreviations link; a form of another kind that a kin firm has does not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Tekstil Ltd. Şti.", "Gıda San. ve Tic. A.Ş.", "Lokantası"][. % 3])}' \
	    "Lale Mobilya İthalat İhracat San. ve Tic. A.Ş." \
	    "Lale Mobilya Dekorasyon Pazarlama Ltd. Şti." \
	    "Defne İnşaat Taahhüt Ltd. Şti." "Autohaus Winkler GmbH"
	sessions_link 's1,Needs Review,null s2,Linked,3 s3,Linked,1 s4,Linked,4 ' \
	    'Lale Mobilya İth. İhr. San. ve Tic. Ltd. Şti.' 'Defne İnş. Taah.' \
	    'Lale Mobilya İth. İhr. San. ve Tic. A.Ş.' 'Autohaus Winkler AG'
	[[ "$stderr" == *"the legal form typed is another kind than"* ]] || { echo "$stderr" | grep "customer \""; false; }
}

# Session 20 (gen-link-blind15, blind11, blind28 personal impostors, 12
# wrong links at 50k and 5k): a name marked a person's own machine -
# "personal", "private", a laptop, "(home)", "home PC" - is no session of
# the business named after the person, nor of the one whose contact the
# person is; a customer's name holding the word ("Private Limited", cut
# short as "Privat"; "Nursing Home") still links.
@test "persons: a name marked a person's own machine links no one by its words" {
	contact_customers 'Kuo Kuo-hua CPA|Mei|Lin' "Brian's Pizza LLC|Brian|Miller" \
	    'Cornerstone Estate Home Owners Association|Ashwin|Mahlangu' \
	    'Tunga Technologies Private Limited|Ravi|Rao' 'Sharma Nursing Home|Anil|Sharma'
	filler_customers 'Filler@ Group LLC'
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Linked,4 s5,Linked,5 s6,Linked,1 ' \
	    'Kuo Kuo-hua personal laptop' 'Personal - Brian Pizza' 'Ashwin Mahlangu (home)' \
	    'Tunga Technologies Privat' 'Sharma Nursing Home' 'Kuo Kuo-hua CPA'
	[[ "$stderr" == *'session "Personal - Brian Pizza": no link: "personal" marks a person'"'"'s own machine'* ]]
}

# Session 20 (gen-link-blind16: "Dragan Pavlović" linked to the one
# customer with that contact written with its marks while three others
# have a Dragan Pavlovic): a contact's whole name is one customer's only
# when no other has it but for its marks; a name none has as written is
# still no contact's.
@test "persons: a contact's name the same but for its marks under another customer is shared" {
	contact_customers 'Stomatoloska ordinacija Dusan Pavlovic|Dragan|Pavlović' \
	    'Poliklinika Dunav|Dragan|Pavlovic' 'Vinarija Djerdap|Željko|Stojanović' \
	    'Apoteka Zlatibor|Milan|Jovanović'
	filler_customers 'Filler@ Group LLC'
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,3 s4,Needs Review,null ' \
	    'Dragan Pavlović' 'Pavlović Dragan' 'Željko Stojanović' 'Milan Jovanovic'
}

# Issue 14 session 20 (gen-link-blind28's wrong links): a name of which
# the customer holds one typed word only, a contact's given name, is no
# link when the customer's name is more ("Personal - Brian" is Brian's
# machine as likely as Brian's Pizza's; "Ivy (home)" a home, not
# Ivybridge Homes); with the business's own words it links.
@test "given name alone: a contact's given name with a desk's word or a note in brackets does not link the business named after one" {
	contact_customers "Brian's Pizza LLC|Brian|Walsh" "Ivybridge Homes Ltd|Ivy|Ross" \
	    "Ivybridge Tea Rooms Ltd|Tom|Hart" "Harbour Joinery Ltd|Karen|Cole"
	filler_customers 'Filler@ Pizza'
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Linked,1 s5,Linked,2 s6,Linked,4 ' \
	    'Personal - Brian' 'Brian' 'Ivy (home)' "Brian's Pizza - Brian" \
	    'Ivybridge Homes (office)' 'Harbour Joinery - Karen'
	[[ "$stderr" == *'"Ivy (home)": no link: of "Ivybridge Homes Ltd" the name holds a given name alone'* ]]
}

# Issue 14 session 20 (gen-link-blind28 spelling 32% name only): a word's
# US and British spellings (link-words.json "spellings") read as each
# other; two customers whose names differ only so are two, the one
# spelt as typed nearer.
@test "spellings: Centre for Center, Tires for Tyres; a namesake in the other spelling does not stop the one spelt as typed" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Collision Center", "Youth Centre", "Tyres", "Medical Center"][. % 4])}' \
	    "Gateway Collision Center" "Covenant Youth Centre" "Green Palm Medical Center" \
	    "Green Palm Medical Centre LLC" "Young Tyres Ltd"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,4 s4,Linked,3 s5,Linked,5 ' \
	    'Gateway Collision Centre' 'Covenant Youth Center' 'Green Palm Mediccal Centre' \
	    'Center Green Palm Medical' 'Young Tires'
}

# Issue 14 session 20 (gen-link-blind28 store 73%): a franchisee's store
# typed by its brand and "Store" and its number links the one customer
# that holds them, though its trading name is a candidate of its own
# beside its whole name (two holders of one customer).
@test "store: a brand and its store number with Store before it links the franchisee listed by its trading name" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Coffee", "Kitchen", "Pizza"][. % 3])}' \
	    "Macdonald Ventures Ltd t/a Pan & Pestle #2511" "Bennett Holdings LLC dba Pan & Pestle #2512" \
	    "Ferguson Ventures LLC DBA Bluebird Coffee #1664" "Ferguson Ventures LLC DBA Bluebird Coffee #1665"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 ' \
	    'Pan & Pestle Store 2511' 'Pan & Pestle - Store #2512' 'Bluebird Coffee Store 1664'
}

# Issue 14 session 20 (gen-link-blind28 domain): the address typed for
# the name is one customer's contacts' domain while another customer's
# name fits its words better ("torres.com": Torres CPA reads whole, the
# domain is Torres Moving & Storage's): the address's owner, which holds
# every typed word, links.
@test "domain: an address one customer's contacts use links it though another name fits its label better" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["CPA", "Law", "Storage"][. % 3])}' \
	    "Torres CPA" "Torres Law" "Torres Moving & Storage"
	jq 'map(if .id == 3 then .contacts = [{"id": 31, "name": "Kelly Ford", "email": "kelly@torres.com"}] else . end)' \
	    "$TMP/cust.json" >"$TMP/c2.json" && mv "$TMP/c2.json" "$TMP/cust.json"
	sessions_link 's1,Linked,3 s2,Needs Review,null ' 'torres.com' 'Torres'
	[[ "$(first_log s1)" == *'rule=domain'* ]]
}

# Session 20 (gen-link-blind29's one wrong link): "Dr. Štšerbakova
# Perearstipraksis" is a practice named after its own doctor, not "Dr.
# Sepp Perearstipraksis", though Sepp's contact Olga Štšerbakova is a
# person of that name: a name typed with no separator that is the
# customer's with its person swapped (in its place, both words some
# contact is called, the typed one no slip nor form of the customer's)
# links by no person.
@test "person: a practice's name with another person's surname is not the practice of that person's employer" {
	jq -n '[{id: 1, business_name: "Dr. Sepp Perearstipraksis",
	    contacts: [{id: 11, firstname: "Olga", lastname: "Štšerbakova"},
	      {id: 12, firstname: "Pille", lastname: "Mägi"}]},
	  {id: 2, business_name: "Ilves Ehitus OÜ",
	    contacts: [{id: 21, firstname: "Mart", lastname: "Tamm"},
	      {id: 22, firstname: "Kadri", lastname: "Sepp"}]}]
	  + [range(20; 60) | {id: ., business_name: ("Filler\(.) " +
	      (["Hambakliinik", "Ehitus", "Apteek", "Kliinik"][. % 4]))}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,1 s4,Linked,2 ' \
	    'Dr. Štšerbakova Perearstipraksis' 'Dr. Sepp Perearstipraksis' \
	    'Olga Štšerbakova - Perearstipraksis' 'Mart Tamm - Ilves Ehitus'
}

# Session 21 (gen-link-blind31): a Korean name read as sounds in a list
# that writes Hangul (korean.c): Hangul and its romanisations (Revised,
# McCune-Reischauer, the common Jun, Joong, Kyung), trade words in
# English (의원 Clinic, 학원 Academy, 영어 English), and Hangul typed on
# the 2-set keys with the Hangul input off.  The guard: a vowel typed is
# only the vowels it may be, and a name two customers read alike (Sungjin:
# 성진 and 승진) links neither; another trade is another name.
@test "korean: Hangul, its romanisations, English trade words and the 2-set keys link; a name two read alike does not" {
	local fill='range(20; 80) | {id: ., business_name: ("Filler\(.) Trading Co., Ltd.")}'
	numbered_customers "$fill" "일원정형외과의원" "Junjoong Law Firm" \
	    "Habo Yeongeo Hagwon Corp." "백빛내과의원" "성진무역" "승진무역" \
	    "정동산업"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null s6,Linked,7 s7,Needs Review,null ' \
	    'Ilwon Jeonghyeongoegwa Clinic' 'Chonjung Law Firm' \
	    'Habo English Academy' 'qorqlcsorhkdmldnjs' 'Sungjin Trading' \
	    'Chongdong Sanop' 'Jungdong Trading'
}

# A Hangul name typed with one jamo on the key beside its own on the
# 2-set layout (효두차과의원 for 효두치과의원: ㅏ k for ㅣ l) is that
# name's slip; a jamo on a key not beside (ㅜ n for ㅣ l) is another
# name, and a slip two customers' names are one key from (성진: 송진 with
# ㅗ h, 상진 with ㅏ k) links neither.
@test "korean: a Hangul name one jamo off on the key beside links; a key not beside, or two names one key off, do not" {
	local fill='range(20; 80) | {id: ., business_name: ("Filler\(.) Trading Co., Ltd.")}'
	numbered_customers "$fill" "효두치과의원" "송진무역" "상진무역" \
	    "정화물산 주식회사"
	sessions_link 's1,Linked,1 s2,Needs Review,null s3,Needs Review,null s4,Linked,4 ' \
	    '효두차과의원' '효두추과의원' '성진무역' '정화물산 부식회사'
}

# Session 21 (gen-link-blind30, US and Quebec, language 31%): a North
# American trade's word in English, Quebec French or Spanish reads as its
# word in the others (plumbing, plomberie, plomería; seafood, mariscos),
# where the customer's town writes that language; Quebec's numbered
# company answers to the name it does business as (f.a.s.r.s., s/n).
@test "trade words in English, French and Spanish read as each other; a numbered company's f.a.s.r.s. name links" {
	jq -n '[["Plomberie Cloutier", "Montréal"], ["Mariscos El Sol", "McAllen"],
	    ["9465-4863 Québec inc. (f.a.s.r.s.) Fabrication Lavoie", "Laval"],
	    ["Gingras Pharmacy", "Montréal"], ["Fromagerie Gingras", "Montréal"],
	    ["Notaires Cloutier", "Montréal"], ["Restaurante El Sol", "McAllen"]]
	    | to_entries | map({id: (.key + 1), business_name: .value[0],
	    city: .value[1]}) + [range(20; 80) | {id: ., city: (["Montréal",
	    "McAllen", "Laval"][. % 3]), business_name: "Filler\(.) \(["Plomberie",
	    "Mariscos", "Gingras", "Pharmacie", "Bakery", "Cloutier", "El Sol"][. % 7])"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null ' \
	    'Cloutier Plumbing' 'El Sol Seafood' 'Fabrication Lavoie' \
	    'Pharmacie Gingras' 'Gingras Roofing'
}

# Session 21: a rival that reads a typed kind's word only in another
# language is a namesake of the best that has it as typed, as one in
# another spelling is ("Farmacia Mango" beside Botika Mango; the filter
# now sees such rivals, and they held back 11 names at 5,000).
@test "a rival with the kind's word only in another language is a namesake of the best that has it as typed" {
	jq -n '[["Farmacia Mango E.I.R.L.", "Santo Domingo"], ["Botika Mango", "Willemstad"],
	    ["Crestview Logistics, Inc", "Denver"], ["Crestview Logistik GmbH", "Wien"]]
	    | to_entries | map({id: (.key + 1), business_name: .value[0],
	    city: .value[1]}) + [range(20; 80) | {id: ., city: (["Santo Domingo",
	    "Willemstad", "Denver", "Wien"][. % 4]), business_name: "Filler\(.) \(["Farmacia",
	    "Botika", "Logistics", "Logistik", "Mango", "Crestview"][. % 6])"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Needs Review,null ' \
	    'Farmacia Mango (Santo Domingo)' 'Crestview Logistics, Ibc' 'Mango'
}

# Session 22 (gen-link-blind32 domain 58%): an address typed for the name
# whose domain one customer's contacts write from links that customer
# though digits are in it ("oquirrh7.com": no store's number) or its
# label's words are not all the name's ("davisco0.com" of Davis
# Electrical Contractors); an address no contact uses is still the name's
# words alone, and a label typed bare still has to agree.
@test "domain: an address one customer's contacts use links it though its label has digits or words the name lacks" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Outfitters", "Electrical", "Repair"][. % 3])}' \
	    "Oquirrh Outfitters Inc" "Davis Electrical Contractors" "Arrowhead Trail Smog & Repair #37" \
	    "Oquirrh Grill"
	jq 'map(if .id == 1 then .contacts = [{"id": 11, "name": "Jen Garrity", "email": "jen@oquirrh7.com"}]
	    elif .id == 2 then .contacts = [{"id": 21, "name": "Kyle Davis", "email": "kyle@davisco0.com"}]
	    elif .id == 3 then .contacts = [{"id": 31, "name": "Dave Sutter", "email": "dave@arrowheadtrailauto9.com"}]
	    else . end)' "$TMP/cust.json" >"$TMP/c2.json" && mv "$TMP/c2.json" "$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Needs Review,null ' \
	    'www.oquirrh7.com' 'davisco0.com' 'dave.sutter@arrowheadtrailauto9.com' 'oquirrh8.com'
	[[ "$(first_log s1)" == *'rule=domain'* ]]
}

# Session 23 (gen-link-blind30 and 35 domain: fewer linked with machines
# than without): the address typed is one customer's contacts' and the
# session's machine is that customer's too; the machine weighs as much
# as the domain, so the address no longer stood alone and the name, no
# reading of an address, spoke against it.  Evidence that agrees links.
@test "domain: an address one customer's contacts use links it on that customer's own machine too" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Lopez", "Wojcik", "Cepeda"][. % 3])}' \
	    "Servicios de Impuestos Cepeda" "Manantial Fabricantes SA"
	jq 'map(if .id == 1 then .contacts = [{"id": 11, "name": "Marisol Lopez", "email": "marisol.lopez@cepeda4.com"}]
	      | .assets = [{"id": 12, "name": "SERIMP-TAX1"}]
	    elif .id == 2 then .contacts = [{"id": 21, "name": "Brandon Wojcik", "email": "brandon.wojcik@manantial7.com"}]
	      | .assets = [{"id": 22, "name": "MANFAB-WS02"}]
	    else . end)' "$TMP/cust.json" >"$TMP/c2.json" && mv "$TMP/c2.json" "$TMP/cust.json"
	{ mksession s1 'marisol.lopez@cepeda4.com' 'SERIMP-TAX1'
	  mksession s2 'brandon.wojcik@manantial7.com' 'MANFAB-WS02'
	  mksession s3 'marisol.lopez@cepeda4.com' 'MANFAB-WS02'; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' ] || { links "$TMP/out"; false; }
	[[ "$(first_log s1)" == *'evidence='*'machine:+50,domain:+50'* ]]
}

# Session 23 (gen-link-blind28 domain): an address one customer's
# contacts write from, whose label's rarest word is in that customer's
# name ("www.meadowdental.com", Meadow Family Dentistry's domain), links
# it though another name holds every word of the label and fits it
# better (Meadow Dental Care): that name only reads like it.  An owner
# whose name has none of the label ("libero.it", written from by a
# contact of Rossi Impianti, typed for Libero Pizzeria) is still
# contradicted, and the session goes to review.
@test "domain: an address one customer's contacts use links it though another name holds its words, when the owner's name has its rarest" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Dental", "Dentistry", "Impianti"][. % 3])}' \
	    "Meadow Family Dentistry, PLLC" "Meadow Dental Care" "Rossi Impianti" "Libero Pizzeria"
	jq 'map(if .id == 1 then .contacts = [{"id": 11, "name": "Lori Shaw", "email": "lori@meadowdental.com"}]
	    elif .id == 2 then .contacts = [{"id": 21, "name": "Ann Pike", "email": "ann@meadowdental1.com"}]
	    elif .id == 3 then .contacts = [{"id": 31, "name": "Gino Rossi", "email": "gino.rossi@libero.it"}]
	    else . end)' "$TMP/cust.json" >"$TMP/c2.json" && mv "$TMP/c2.json" "$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Needs Review,null ' 'www.meadowdental.com' 'www.libero.it'
	[[ "$(first_log s1)" == *'rule=domain'* ]]
}

# Session 22 (gen-link-blind10 dba): Quebec's "s/n" (sous le nom) after
# the company's "Ltée" marks its trading name, as after "inc.": a
# franchisee answers to its store typed alone.
@test "a company's s/n name after Ltée links, as after inc." {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) Restaurants Ltée s/n Portillo'"'"'s #\(. * 7)")}' \
	    "Thompson Enterprises Ltée s/n Portillo's #62717" \
	    "Ouellet Foods inc. s/n Portillo's #96455"
	sessions_link 's1,Linked,1 s2,Linked,2 ' "Portillo's #62717" "Portillo's #96455"
}

# Session 22 (50k gen-link-blind16 and 17): the words typed after the
# name read (a legal form, a town in brackets) are evidence: when another
# candidate of the whole name's ranking holds them and fits the rest as
# the one read does (a word in another romanisation, "kashta" for
# "kushta", "Vita-Konsult" for "Vitakonsult"), the name goes to review;
# a candidate that lacks a typed word of the name (Bishan Methodist
# Church for "Novena ...") is no such rival.
@test "a form or a town typed after the name that another candidate holds sends the name to review" {
	jq -n '[["Cabinet Dosso & Associés", "Abidjan"], ["Cabinet Dosso & Associés (Abidjan)", "Abidjan"],
	    ["Schetovodna kushta \"Vitakonsult\" EOOD", "Sofia"], ["Schetovodna kashta Vita-Konsult AD", "Sofia"],
	    ["Novena Methodist Church", "Singapore"], ["Bishan Methodist Church", "Singapore"]]
	    | to_entries | map({id: (.key + 1), business_name: .value[0],
	    city: .value[1]}) + [range(20; 80) | {id: ., city: "Lome",
	    business_name: "Filler\(.) \(["Cabinet SA", "Associés SA", "Schetovodna kushta",
	    "Methodist Church", "Schetovodna kashta", "EOOD", "AD", "Abidjan SA"][. % 8])"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,5 ' \
	    'Schetovodna kushta Vita-Konsult AD' 'Novena Methodist Church (Bishan)'
}


# Session 22 (50k gen-link-blind18): names that fit two customers as well
# go to review: cut short, the start of a name and of its namesake with a
# town after it; initials read as one's words beside the other that
# writes them, an "and" in its own language ("dan"); and a typed word
# in neither of two that hold the rest, each with words of its own.
@test "a name that fits two as well goes to review: cut short, initials written out, a word in neither" {
	numbered_customers 'range(20; 140) | {id: ., business_name: ("Filler\(.) \(["Trading Sdn Bhd",
	    "Corporation Sdn Bhd", "Restoran", "Kantor Konsultan Pajak", "Rekan"][. % 5]) Group")}' \
	    "Teck Seng Logistics Sdn Bhd" "Teck Seng Logistics Sdn Bhd (Johor Bahru)" \
	    "Kantor Konsultan Pajak Susanti Lim & Rekan" "KKP Susanti Lim dan Rekan" \
	    "Restoran Mutiara Mega" "Mutiara Mega Corporation Sdn Bhd"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Needs Review,null ' \
	    'Teck Seng Logistics Sdn' 'Teck Seng Logistics Sdn Bhd' 'KKP Susanti Lim and Rekan' 'Mutiara Mega Group'
}

# Session 22 (gen-link-blind31 branch 58%): a factory, a plant and the
# Korean words for a branch office (공장, 지점, 사무소 ...) after a
# business's whole name, after a town the list serves, say where its
# site is, as "branch" does ("인천지점" glued); alone they do not:
# "법률사무소" (a law office) is a business's word, "Factory 3" may be a
# works listed as a customer (50k blind15: Tachibana Denki Dai-3 Kōjō).
@test "sites: a town and a factory, a plant or a Korean branch office after the name is a site; the word alone is not" {
	jq -n '[["현람무역", "서울"], ["Samil Metal Co., Ltd.", "울산"],
	    ["우호상사(주)", "인천"], ["안태준 세무회계", "수원"]]
	    | to_entries | map({id: (.key + 1), business_name: .value[0],
	    city: .value[1]}) + [range(20; 80) | {id: ., city: (["서울", "울산",
	    "인천", "Suwon"][. % 4]), business_name: "Filler\(.) \(["무역",
	    "Metal", "상사", "세무회계"][. % 4])"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null s6,Needs Review,null ' \
	    '현람무역 서울 공장' 'Samil Metal Suwon Factory' '우호상사(주) 인천지점' \
	    '안태준 세무회계 서울사무소' '우호상사(주) 대전지점' 'Samil Metal Co., Ltd. Factory 3'
}

# Session 22 (gen-link-blind24): "na" between two Mandarin syllables is
# a syllable of a Chinese name's pinyin (布莱特纳, "bu lai te na"), no
# Tok Pisin "and" that parts the name in two.
@test "pinyin: na between two Mandarin syllables is no and" {
	jq -n '["布莱特纳税务师事务所（无锡）有限公司", "瑞士布莱特顿有限公司苏州代表处",
	    "布莱特纳培训学校（苏州）有限公司", "布莱特丹精密机械（重庆）有限公司",
	    "意大利布莱特纳有限公司北京代表处", "布莱特兰酒店管理（东莞）有限公司",
	    "布莱特顿五金制品（上海）有限公司", "费尔纳税务师事务所（深圳）有限公司",
	    "布莱特丹会计师事务所（上海）有限公司", "诺德纳税务师事务所（广州）有限公司",
	    "布莱特丹税务师事务所（深圳）有限公司", "布莱特纳医疗器械（北京）有限公司",
	    "布莱特洛五金制品（无锡）有限公司"] | to_entries | map({id: (.key + 1),
	    business_name: .value}) + [range(20; 80) | {id: ., business_name:
	    "Filler\(.) \(["有限公司", "事务所", "科技"][. % 3])"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 ' '布莱特纳税务师事务所'
}

# Session 23 (gen-link-blind33 domain): the very address of one
# customer's contact typed for the name ("ximena.saavedra@
# perezabogados.cl", of Estudio Pérez, Martín y Asociados SpA) links it
# though other names hold every word of its label and fit it better
# (Hernández Pérez Abogados): the person is its contact.
@test "domain: a contact's own address links its customer though other names hold the label's words" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Abogados", "Asociados", "Ximena"][. % 3])}' \
	    "Estudio Pérez, Martín y Asociados SpA" "Hernández Pérez Abogados" "Fernández Pérez Abogados"
	jq 'map(if .id == 1 then .contacts = [{"id": 11, "name": "Ximena Saavedra", "email": "ximena.saavedra@perezabogados.cl"}]
	    else . end)' "$TMP/cust.json" >"$TMP/c2.json" && mv "$TMP/c2.json" "$TMP/cust.json"
	sessions_link 's1,Linked,1 ' 'ximena.saavedra@perezabogados.cl'
	[[ "$(first_log s1)" == *'rule=domain'* ]]
}

# Session 23 (gen-link-blind34, partners 57% / initials 6% name only): a
# firm named by its partners is typed by its first partner or its first
# two with the trade; the trade must be the firm's (a partner list with
# no trade word is a law firm's, with "& Co." an accountant's), and
# another firm holding the same surnames leaves it to review ("Brennan & Kaplan Insurance Agency" is no customer's).  The
# partners are persons' names (here its contacts'; "Advokatbyrån
# Lindström" of the session 8 case is no partner).  partner_customers "NAME|SURNAME ..." ...:
# ids 1, 2, ..., a contact Pat SURNAME each, and fillers.
partner_customers() {
	jq -n '[$ARGS.positional | to_entries[] | (.value | split("|")) as $f |
	    {id: (.key + 1), business_name: $f[0], contacts: [$f[1] | split(" ")
	    | to_entries[] | {id: 0, firstname: "Pat", lastname: .value}]}]
	    + [range(20; 120) | {id: ., business_name: ("Filler\(.) \(["Law Firm",
	    "CPAs", "Medical Associates", "Insurance Agency", "Management LLC"][. % 5])")}]' \
	    --args "$@" >"$TMP/cust.json"
}

@test "partners: the first partners typed with the firm's trade link; another trade, a shared pair, Management do not" {
	partner_customers "Brennan, Kaplan & Russo LLP|Brennan Kaplan Russo" \
	    "Moskowitz Levine & Associates CPAs|Moskowitz Levine" \
	    "Park & Dunne Management LLC|Park Dunne" \
	    "Gallagher, Diaz & Co. LLC|Gallagher Diaz" \
	    "Carter, Shin & Feldman P.C.|Carter Shin Feldman" \
	    "Carter & Shin Medical Associates|Carter Shin"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null s4,Needs Review,null s5,Needs Review,null s6,Linked,4 s7,Needs Review,null s8,Needs Review,null s9,Linked,1 ' \
	    'Brennan Kaplan Law' 'Moskowitz and Levine Accounting' \
	    'Brennan & Kaplan Insurance Agency' 'Brennan & Kaplan Dental' \
	    'Park & Dunne Law Firm' 'Gallagher and Diaz Accounting' \
	    'Gallagher & Diaz Law' 'Carter Shin Legal' 'Brennan Legal'
}

# ... or by the partners' initials with the trade ("BKR Legal", the
# issue's "JDB Law"), or an owner's with the middle initial: initials no
# customer has as a word and no other firm's partners have.
@test "partners: the partners' initials with the firm's trade link; another trade, shared initials do not" {
	partner_customers "Brennan, Kaplan & Russo LLP|Brennan Kaplan Russo" \
	    "Moskowitz Levine & Associates CPAs|Moskowitz Levine" \
	    "Carter, Shin & Feldman P.C.|Carter Shin Feldman" \
	    "Carter & Shin Medical Associates|Carter Shin" \
	    "Eileen P. Fitzgerald, Esq.|Fitzgerald"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null s4,Needs Review,null s5,Linked,3 s6,Linked,5 ' \
	    'BKR Legal' 'ML Accounting' 'BKR Dental' 'CS Law' 'CSF Law Firm' \
	    'EPF Legal'
}

# Session 23 (found by the held-out run, gen-link-blind37: "Tse Trucking
# Newfoundland Ltd." linked to the Tse Trucking of BC): a province or
# state typed in the name that is not the customer's own ("state") nor a
# word of its name names another company, incorporated there; its own
# province, or a province its name holds, links.
@test "provinces: another province or state in the name is another company; its own, or one of its name, links" {
	jq -n '[{"id": 1, "business_name": "Tse Trucking (0684753 B.C. Ltd.)", "city": "Richmond", "state": "BC"},
	  {"id": 2, "business_name": "Kabayan Furniture Ltd.", "city": "Toronto", "state": "ON"},
	  {"id": 3, "business_name": "Nova Scotia Fish Market", "city": "Ottawa", "state": "ON"}]' >"$TMP/cust.json"
	{ mksession c1 'Tse Trucking Newfoundland Ltd.' ''	# another province
	  mksession c2 'Tse Trucking - Richmond, BC' ''		# its own
	  mksession c3 'Kabayan Furniture of British Columbia' ''
	  mksession c4 'Kabayan Furniture Ontario Ltd.' ''	# its own
	  mksession c5 'Kabayan Furniture (AB)' ''		# another, abbreviated
	  mksession c6 'Nova Scotia Fish Market Inc.' ''; } >"$TMP/in"	# a word of its name
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Linked,1 c3,Needs Review,null c4,Linked,2 c5,Needs Review,null c6,Linked,3 ' ]
	[[ "$stderr" == *'"british columbia" is not the province or state of "Kabayan Furniture Ltd."'* ]]
}

# Session 26 (found after the held-out run, gen-link-blind42: "Triple T
# Ranch of Roswell, NM" linked to the Triple T Ranch of Denver, CO): a
# state typed last after a town, the whole name before it, is where a
# namesake is when it is not the customer's; its own links, and a capital
# pair after a word of the name or a legal form may be a designation.
@test "provinces: a town and another state after the whole name is another company; its own state, a designation, link" {
	jq -n '[{"id": 1, "business_name": "Triple T Ranch, Inc.", "city": "Denver", "state": "CO"},
	  {"id": 2, "business_name": "Patricia Marshall", "city": "Tampa", "state": "FL"},
	  {"id": 3, "business_name": "Manor Bookkeeping Services, PA", "city": "Orlando", "state": "FL"}]
	  + [range(8; 60) | {"id": ., "business_name": ("Filler Word\(.) Holdings Inc."), "city": "Denver", "state": "CO"}]' >"$TMP/cust.json"
	{ mksession c1 'Triple T Ranch of Roswell, NM' ''	# a town of another state
	  mksession c2 'Triple T Ranch - Helena MT' ''
	  mksession c3 'Triple T Ranch of Denver, CO' ''	# its own town and state
	  mksession c4 'Patricia Marshall, MD' ''		# a designation
	  mksession c5 'Manor Bookkeeping Services Inc, PA' ''; } >"$TMP/in"	# after a form
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Needs Review,null c3,Linked,1 c4,Linked,2 c5,Linked,3 ' ]
	[[ "$stderr" == *'"nm" is not the province or state of "Triple T Ranch, Inc."'* ]]
}

# Session 24 (gen-link-blind37 at 50k: "LeBlanc & Sons Locksmith Ltd."
# linked to LeBlanc & Sons Excavating Inc.): a word no customer's name
# holds, then a legal form, read as a site after the name; where the
# customer has a word of its own the head leaves out and the word typed
# is no slip of, it is another trade typed in its place, another firm of
# the family.  A slip of its word or of its form links.
@test "trades: a word no name holds before the form, in place of the customer's own, is another firm; a slip links" {
	jq -n '[{"id": 1, "business_name": "LeBlanc & Sons Excavating Inc.", "city": "Sydney", "state": "NS"},
	  {"id": 3, "business_name": "Kevin Lo Realty Group Ltd.", "city": "Toronto", "state": "ON"},
	  {"id": 4, "business_name": "Evergreen Foods Pte Ltd", "city": "Toronto", "state": "ON"}]
	  + [range(8; 80) | {"id": ., "business_name": ("Filler Word\(.) Holdings Ltd."), "city": "Halifax", "state": "NS"}]' >"$TMP/cust.json"
	{ mksession c1 'LeBlanc & Sons Locksmith Ltd.' ''	# another trade
	  mksession c2 'Kevin Lo Realty Frooup Ltd.' ''		# its word slipped
	  mksession c3 'evergreen foods ptf ltd' ''		# its form slipped
	  mksession c4 'LeBlanc & Sons Ltd.' ''; } >"$TMP/in"	# its trade left out
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Linked,3 c3,Linked,4 c4,Linked,1 ' ]
}

# Session 24 (gen-link-blind37 at 50k: "0638882 AB Ltd." linked to
# 0638882 B.C. Ltd.): the jurisdiction typed after a company's number
# (link-words.json "registry"), another than the one in the customer's
# name, is the same number in another registry, another company
# (registry.c, registry_other).  Its own links.
@test "numbered companies: another jurisdiction after the number is another company; its own links" {
	jq -n '[{"id": 5, "business_name": "0638882 B.C. Ltd.", "city": "Vancouver", "state": "BC"},
	  {"id": 6, "business_name": "1632476 Ontario Limited", "city": "Toronto", "state": "ON"}]
	  + [range(100; 160) | {"id": ., "business_name": ("0600\(.) B.C. Ltd."), "city": "Vancouver", "state": "BC"}]' >"$TMP/cust.json"
	{ mksession c1 '0638882 AB Ltd.' ''			# Alberta's
	  mksession c2 '0638882 BC Ltd' ''
	  mksession c3 '1632476 Ont Inc' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Linked,5 c3,Linked,6 ' ]
	[[ "$stderr" == *'another numbered company'*'"0638882 B.C. Ltd."'* ]]
}

# Session 24 (gen-link-blind37 at 5k: "Demo - Jennifer Jennifer Tremblay
# Custom Seeding" linked to Jennifer Jennifer King Custom Seeding Inc.):
# a surname typed after a given name where the customer's name has
# another after the same is another person's business, not an extra
# word; a slip of the customer's surname links.
@test "surnames: another surname after the customer's given name is another person; a slip links" {
	jq -n '["Irene Funk","Jordan MacNeil","Ashley Reid","Fiona Tam","Ryan Kennedy","Kyle Stewart",
	    "Victor Friesen","Tania Romaniuk","Robert MacLeod","Matthew Lewis","Cindy Kwong",
	    "Sarah Campbell","Brandon Murray","Emily Murphy","Lisa Johnson","Daniel Rai",
	    "Eric Kwong","John Anderson","Shawn Jones","Amrit Atwal"] as $p
	  | [{"id": 1, "business_name": "Jennifer Jennifer King Custom Seeding Inc.", "city": "Moncton", "state": "NB"}]
	  + [range(0; 20) | {"id": (. + 20), "business_name": (($p[.] | split(" ")) as $n |
	      "\($n[0]) \($n[0]) \($n[1]) Custom Seeding Ltd."), "city": "Halifax", "state": "NS"}]
	  + [range(40; 100) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd."), "city": "Halifax", "state": "NS"}]' >"$TMP/cust.json"
	{ mksession c1 'Demo - Jennifer Jennifer Tremblay Custom Seeding' ''
	  mksession c2 'Jennifer Jennifer Tremblay Custom Seeding' ''
	  mksession c3 'Jennifer Jennifer Kingg Custom Seeding' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Needs Review,null c3,Linked,1 ' ]
	[[ "$stderr" == *'the surname "tremblay" is typed where "Jennifer Jennifer King Custom Seeding'* ]]
}
# Session 27 (gen-link-blind43: "Praxis Dr. med. dent. Uwe Thalmann-Vogt"
# linked to Praxis Dr. med. dent. Uwe Otto, "Vogt" read as a town after
# the name; here Berlin, its own town): where the customer's name ends with a person after a title,
# another surname typed after the same word is another person's, though
# the lists know neither the given name nor the surname typed; the
# customer's own surname slipped or written short links.
@test "surnames: another surname after a titled person's name is another person, whatever the lists know" {
	jq -n '[{"id": 1, "business_name": "Praxis Dr. med. dent. Uwe Otto", "city": "Berlin"},
	    {"id": 2, "business_name": "Zahnarztpraxis Dr. Rodríguez", "city": "Köln"},
	    {"id": 3, "business_name": "Hotel Vogt", "city": "Vogt"}]
	  + [range(40; 100) | {"id": ., "business_name": ("Filler\(.) Word\(.) GmbH"), "city": "Vogt"}]' >"$TMP/cust.json"
	{ mksession c1 'Praxis Dr. med. dent. Uwe Thalmann Berlin' ''
	  mksession c2 'Praxis Dr. med. dent. Uwe Ottoo' ''
	  mksession c3 'Zahnarztpraxis Dr. Rdz.' ''
	  mksession c4 'Zahnarztpraxis Dr. Thalmann' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Linked,1 c3,Linked,2 c4,Needs Review,null ' ]
	[[ "$stderr" == *'the surname "thalmann" is typed where "Praxis Dr. med. dent. Uwe Otto"'* ]]
}
# Session 32 (gen-link-blind55, 19 of its 20 wrong links): Hungarian
# names a married woman by her husband's name with -né ("Kovács
# Sándorné", Mrs Sándor Kovács), typed "ne" as often: another person
# than the customer "Kovács Sándor", not a slip, on its own or beside a
# machine of his.  A customer whose name holds the -né form itself
# links; the husband's name links him, and she named beside him ("Pálné
# - Pál János", gen-link-blind13) is his firm's caller.
@test "names: a Hungarian wife's name (-né) is not her husband's business; a customer named so links" {
	jq -n '[{"id": 1, "business_name": "Kovács Sándor e.v.", "city": "Debrecen",
	    "contacts": [{"id": 11, "firstname": "Sándor", "lastname": "Kovács"}],
	    "assets": [{"id": 12, "name": "KOVACS-PC"}]},
	  {"id": 2, "business_name": "dr. Fekete József Ügyvédi Iroda", "city": "Budapest",
	    "contacts": [{"id": 21, "firstname": "József", "lastname": "Fekete"}]},
	  {"id": 3, "business_name": "Németh Andrásné Virágbolt", "city": "Szeged"},
	  {"id": 4, "business_name": "Dr. Pál János Ügyvédi Iroda", "city": "Eger",
	    "contacts": [{"id": 41, "firstname": "János", "lastname": "Pál"}]}]
	  + [range(40; 100) | {"id": ., "business_name": ("Filler\(.) Word\(.) Kft."), "city": "Pécs"}]' >"$TMP/cust.json"
	{ mksession c1 'Kovács Sándorné' ''
	  mksession c2 'Kovacs Sandorne' ''
	  mksession c3 'dr. Fekete Józsefné Ügyvédi Iroda' ''
	  mksession c4 'Kovács Sándorné' 'KOVACS-PC'
	  mksession c5 'Kovacs Sandor' ''
	  mksession c6 'dr. Fekete József Ügyvédi Iroda' ''
	  mksession c7 'Nemeth Andrasne Viragbolt' ''
	  mksession c8 'Németh Andrásné' ''
	  mksession c9 'Pálné - Pál János' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Needs Review,null c3,Needs Review,null c4,Needs Review,null c5,Linked,1 c6,Linked,2 c7,Linked,3 c8,Linked,3 c9,Linked,4 ' ]
	[[ "$stderr" == *'"sandorne" typed is the wife'"'"'s name of "sandor" of "Kovács Sándor e.v."'* ]]
}
# Session 24 (gen-link-blind37 numbered 52%, condo 43%, strata 54%,
# legion 50%): a registry number is the identity.  A number of six digits
# or more typed alone or with its jurisdiction and a trading name
# ("1757105 ON c.o.b. as Red Maple Auto Glass") links the one customer
# holding it; a condominium corporation's letters, a strata plan's
# prefix, a legion branch with their number link the one of that kind.
# The same number of another province, another number, another plan
# prefix, a number too short alone, a word the customer's name does not
# hold, or two holders link none.
@test "registry: a numbered company, a condominium, a strata plan, a legion branch by their number; another province, plan or number does not" {
	jq -n '[{"id": 1, "business_name": "1757105 Ontario Inc. o/a Red Maple Auto Glass", "city": "Ottawa"},
	  {"id": 2, "business_name": "Tse & Cheng CPA (9410039 Canada Inc.)", "city": "Toronto"},
	  {"id": 3, "business_name": "Toronto Standard Condominium Corporation No. 2506", "city": "Toronto"},
	  {"id": 4, "business_name": "The Owners, Strata Plan KAS 874", "city": "Kelowna"},
	  {"id": 5, "business_name": "Royal Canadian Legion Surrey Branch 67", "city": "Surrey"},
	  {"id": 6, "business_name": "0658044 B.C. Ltd. c.o.b. as Coquitlam Catering", "city": "Coquitlam"},
	  {"id": 7, "business_name": "Rivera Holdings 4455667", "city": "Ottawa"},
	  {"id": 8, "business_name": "Lakeview Plumbing 4455667", "city": "Ottawa"}]
	  + [range(20; 80) | {"id": ., "business_name": ("Filler\(.) Trucking Ltd."), "city": "Regina"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,2 s4,Linked,3 s5,Linked,4 s6,Linked,5 s7,Linked,6 s8,Needs Review,null s9,Needs Review,null s10,Needs Review,null s11,Needs Review,null s12,Needs Review,null s13,Needs Review,null s14,Needs Review,null ' \
	    '1757105 ON c.o.b. as Red Maple Auto Glass' '#9410039' '9410039 Can Inc' 'TSCC2506' 'Strata Corp KAS874' \
	    'RCL Br. 67' 'Coquitlam Catering (0658044)' \
	    '9410039 Nova Scotia Ltd.' '1757106 Ontario Inc.' 'The Owners, Strata Plan EPS 874' 'TSCC 2507' \
	    '2506' '1757105 ON o/a Blue Spruce Glass' '4455667'
	[[ "$(first_log s1)" == *'registry'* ]]
	[[ "$(first_log s4)" == *'registry'* ]]
}

# Session 24 (gen-link-blind37 operating as 76%): Canada's "c.o.b. as"
# (carrying on business as) marks a trading name as "o/a" does, and a
# numbered company's name in brackets after a name ("Keystone Furniture
# (4479184 Canada Corp.)") is the legal name of the one before it: each
# answers to its trading name typed alone.
@test "trading: c.o.b. as, and a numbered company in brackets after the name it trades under" {
	jq -n '[{"id": 1, "business_name": "2608210 Ontario Limited c.o.b. as Humber Freightlines", "city": "Toronto"},
	  {"id": 2, "business_name": "Keystone Furniture (4479184 Canada Corp.)", "city": "Winnipeg"},
	  {"id": 3, "business_name": "Keystone Auto Body", "city": "Winnipeg"},
	  {"id": 4, "business_name": "Humber Auto Glass", "city": "Toronto"}]
	  + [range(20; 80) | {"id": ., "business_name": ("Filler\(.) Freightlines Ltd."), "city": "Regina"}]' >"$TMP/cust.json"
	sessions_link 's1,Linked,1 s2,Linked,2 ' 'Humber Freightlines' 'Keystone Furniture'
}

# Session 24 (gen-link-blind37 at 50k: 3 wrong links of "numbered one
# off"): a numbered company typed with another jurisdiction than the one
# holding its number ("7158732 Ont Limited" for 7158732 Manitoba Ltd.),
# or with a number one digit off another's, is another company; the
# name's words alike link none.
@test "registry: the number of a numbered company typed with another jurisdiction, or one digit off, links none" {
	jq -n '[{"id": 1, "business_name": "7158732 Manitoba Ltd.", "city": "Winnipeg"},
	  {"id": 2, "business_name": "1632476 Ontario Limited", "city": "Toronto"},
	  {"id": 3, "business_name": "0638882 B.C. Ltd.", "city": "Vancouver"}]
	  + [range(1000; 1400) | {"id": ., "business_name": ("\(. * 7919 + 1000000) " +
	    ["Ontario Inc.", "Alberta Ltd.", "B.C. Ltd.", "Manitoba Ltd.", "Canada Inc."][. % 5]), "city": "Regina"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Needs Review,null ' \
	    '1632476 Alta Ltd.' '0638882 AB Ltd.' '7158732 Man Ltd.' '7158733 Manitoba Ltd.'
	[[ "$stderr" == *'another numbered company'* ]]
}
# Session 24 (gen-link-blind36): "Doctor" written out is the "Dr." of the
# customer's name, as "Mount" is its "Mt.": "Doctor Jimmy Wilson, MD" is
# Dr. Jimmy Wilson, MD.  Another doctor of the same surname is not.
@test "titles: Doctor written out reads as Dr.; another doctor of the surname does not link" {
	contact_customers "Dr. Jimmy Wilson, MD|Jimmy|Wilson" \
	    "Dr. Mary Anderson, MD, LLC|Mary|Anderson"
	filler_customers "Wilson Filler @ Supply"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null ' \
	    'Doctor Jimmy Wilson, MD' 'Doctor Mary Anderson, MD' \
	    'Doctor Paul Wilson, MD'
}

# Session 24 (gen-link-blind36): a given name's nickname reads as the
# given name, and the given name as its nickname (config/nicknames.json),
# before the same surname only: "Law Office of Michael Roberts" is Mike
# Roberts'.  Not a nickname as a surname ("Jones & William" is not Jones
# & Bill), before another word than the customer's ("Deborah Roberts" is
# not Debbie Bledsoe), nor inside a name ("Cousin Jack's Soul Food" is
# not Cousin John's: a new wrong link at 50,000 customers).
@test "nicknames: a nickname reads as its given name before the same surname; as a surname it does not" {
	contact_customers "Debbie Bledsoe, Attorney at Law LLC|Debbie|Bledsoe" \
	    "Law Office of Mike Roberts, APLC|Mike|Roberts" \
	    "Jones & Bill|Ann|Carter" "Cousin John's Soul Food, Inc.|Lee|Hart"
	filler_customers "Michael Filler@, Attorney at Law"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Needs Review,null s4,Needs Review,null s5,Needs Review,null ' \
	    'Deborah Bledsoe, Attorney at Law' 'Law Office of Michael Roberts' \
	    'Deborah Roberts, Attorney at Law' 'Jones & William' \
	    "Cousin Jack's Soul Food"
}

# Session 24 (the held-out gen-link-blind39, after its run: 28 of its 71
# "successor" impostors linked, "Highfield Pharmacy Solutions (2011)
# Ltd" to Highfield Pharmacy Ltd): a year in brackets typed that the
# customer's name does not hold names a successor company, another
# customer; the customer's own year links.
@test "successors: a year in brackets the customer's name lacks is another company; its own year links" {
	jq -n '[{"id": 1, "business_name": "Highfield Pharmacy Ltd", "city": "London"},
	  {"id": 2, "business_name": "Woodlands Roofing (2011) Limited", "city": "Glasgow"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession c1 'Highfield Pharmacy Solutions (2011) Ltd' ''
	  mksession c2 'Highfield Pharmacy Ltd' ''
	  mksession c3 'Woodlands Roofing (2011) Ltd' ''
	  mksession c4 'Woodlands Roofing (2015) Ltd' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Linked,1 c3,Linked,2 c4,Needs Review,null ' ]
	[[ "$stderr" == *'"(2011)" is not in "Highfield Pharmacy Ltd": a successor company'* ]]
}

# Session 30 (gen-link-blind50, France): a number typed in the place
# of one the customer's name holds, not it, is another body's: a
# department in brackets or after a dash ("Mairie de Saint-Denis (11)"
# for the one of (93)), a registry's long number ("- 780031761" for
# SIREN 623646189).  Its own number, in groups or as a SIRET, links;
# so does a department typed beside a name that holds none.
@test "placed numbers: another department or registry number typed is another body; its own links" {
	jq -n '[{"id": 1, "business_name": "Mairie de Saint-Denis (93)", "city": "Saint-Denis"},
	  {"id": 2, "business_name": "Coiff Ideal Saint-Sauveur (33) SAS (SIREN 623646189)", "city": "Bordeaux"},
	  {"id": 3, "business_name": "Bernard Heitz Audit", "city": "Strasbourg"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) SARL"), "city": "Lyon"}]' >"$TMP/cust.json"
	{ mksession c1 'Mairie de Saint-Denis (11)' ''
	  mksession c2 'Mairie de Saint-Denis - 93' ''
	  mksession c3 'Coiff Ideal Saint-Sauveur (33) SAS - 780031761' ''
	  mksession c4 'Coiff Ideal Saint-Sauveur (33) SAS SIRET 62364618900017' ''
	  mksession c5 'Bernard Heitz Audit (67)' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Linked,1 c3,Needs Review,null c4,Linked,2 c5,Linked,3 ' ]
	[[ "$stderr" == *'the number 11 typed is not in its place in "Mairie de Saint-Denis (93)"'* ]]
	[[ "$stderr" == *'the number 780031761 typed is not in its place'* ]]
}

# Session 25 (gen-link-blind38, 39): the customer's name has a qualifier
# of its own after a comma or a dash, and another is typed in its place
# ("Rural Water District No. 35, Adams County" for the one of Douglas
# County, "St Brigid's National School, Clonakilty" for the one in
# Blackrock): another entity, review.  Its own qualifier, a slip of it,
# a word saying where, a contact's name or a note in small letters link,
# and so does its own qualifier said another way, most of its words the
# same ("Walter Klein, State Farm Agent"; the held-out gen-link-blind41
# at 50k, after its run).
@test "qualifiers: another qualifier typed where the customer's name has its own does not link; its own, a note or a contact does" {
	jq -n '[{"id": 1, "business_name": "Rural Water District No. 35, Douglas County", "city": "Omaha"},
	  {"id": 2, "business_name": "St Brigid'"'"'s National School, Blackrock", "city": "Blackrock"},
	  {"id": 3, "business_name": "Harbour Dental - Kinsale", "city": "Kinsale",
	   "contacts": [{"id": 31, "name": "Aoife Byrne"}]},
	  {"id": 4, "business_name": "Walter Klein - State Farm Insurance", "city": "Johnstown"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession c1 'Rural Water District No. 35, Adams County' ''
	  mksession c2 "St Brigid's National School, Clonakilty" ''
	  mksession c3 'Harbour Dental, Bandon' ''
	  mksession c4 'Rural Water District No. 35 - Office' ''
	  mksession c5 "St Brigid's National School - Blackrok" ''
	  mksession c6 'Harbour Dental - Aoife' ''
	  mksession c7 'Harbour Dental - printer' ''
	  mksession c8 'Walter Klein, State Farm Agent' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Needs Review,null c3,Needs Review,null c4,Linked,1 c5,Linked,2 c6,Linked,3 c7,Linked,3 c8,Linked,4 ' ]
	[[ "$stderr" == *'"Harbour Dental - Kinsale" has a qualifier of its own where "Bandon" is typed'* ]]
}

# Session 29 (gen-link-blind49, after its held-out run): a firm named
# with its own town ("Thornton & Delgado, Attorneys at Law P.C. -
# Atlanta", in Atlanta) typed with another town after the name, in the
# office slot or after a dash, is another office or firm: review.  Its
# own town (short, misspelt, or in the office slot), typed anywhere in
# the name ("- Galveston (Downtown Office)", "- Wilmingtn (York office)"),
# links.
@test "offices: a firm named with its own town typed with another town does not link; its own town does" {
	# each named "NAME - its town", in its town; filler in Albany
	jq -n '[["Thornton & Delgado, Attorneys at Law P.C.", "Atlanta"],
	  ["Larsen & Blair, Attorneys at Law, P.C.", "Allentown"],
	  ["Norris Banerjee CPAs", "Galveston"], ["Okafor Pena CPAs", "Wilmington"]]
	  | to_entries | map({id: (.key + 1), business_name: "\(.value[0]) - \(.value[1])", city: .value[1]})
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Albany"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,2 s5,Linked,3 s6,Linked,4 s7,Needs Review,null s8,Linked,4 ' \
	    'Thornton & Delgado, Attorneys at Law (Albany office)' \
	    'Larsen & Blair, Attorneys at Law - Scranton' \
	    'Thornton & Delgado, Attorneys at Law (Atlanta office)' \
	    'Larsen & Blair, Attorneys at Law - Allentwn' \
	    'Norris Banerjee CPAs - Galveston (Downtown Office)' \
	    'Okafor Pena CPAs - Wilm' 'Okafor Pena CPAs (York office)' \
	    'Okafor Pena CPAs - Wilmingtn (York office)'
	[[ "$stderr" == *'"Okafor Pena CPAs - Wilmington" is named with its own town: another town typed is another office'* ]]
}

# Session 31 (gen-link-blind52, after its held-out run): the same with a
# town of several words whose small words are typed small ("Torrejón de
# Ardoz", "Vila-real": a town's, no note in small letters) or are words
# of the name too ("de" of "Comunidad de Propietarios").  Its own town
# without accents, or in its other language, links.
@test "offices: another town of several words after a name ending with its own town does not link" {
	jq -n '[["C.P. Calle del Carmen 48", "Getafe"],
	  ["Comunidad de Propietarios Calle Velázquez 33", "Sevilla"],
	  ["C.P. Carrer de Sant Pere 106", "València"], ["Comunidad de Propietarios Rúa Real 5", "A Coruña"]]
	  | to_entries | map({id: (.key + 1), business_name: "\(.value[0]) - \(.value[1])", city: .value[1]})
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) S.L."), "city": "Madrid"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Linked,1 s5,Linked,2 s6,Linked,3 s7,Linked,4 ' \
	    'C.P. Calle del Carmen 48 - Torrejón de Ardoz' \
	    'Comunidad de Propietarios Calle Velázquez 33 - Sanlúcar de Barrameda' \
	    'C.P. Carrer de Sant Pere 106 - Vila-real' \
	    'C.P. Calle del Carmen 48 - getafe' 'Comunidad de Propietarios Calle Velazquez 33 - Sevilla' \
	    'C.P. Carrer de Sant Pere 106 - Valencia' 'Comunidad de Propietarios Rúa Real 5 - La Coruña'
}

# Session 25 (gen-link-blind39 with machines): a machine two customers
# have, one the other's name and a site ("Church Street Medical Practice"
# and "... - Carrigaline"), does not link a name whose words after the
# name neither reads ("... - Baile Ui Fhiachain", a town in Irish no list
# holds) to the one without the site; a machine of one of them alone
# does, and so does the site read in its English form ("Carraig Ui
# Leighin" is Carrigaline, link-words.json "towns").
@test "machine: a shared machine does not pick the customer without a site when words are typed after its name" {
	jq -n '[{"id": 1, "business_name": "Church Street Medical Practice", "city": "Edinburgh",
	   "assets": [{"id": 10, "name": "CHUSTR-LT04"}]},
	  {"id": 2, "business_name": "Church Street Medical Practice - Carrigaline", "city": "Carrigaline",
	   "assets": [{"id": 20, "name": "CHUSTR-LT04"}, {"id": 21, "name": "CHUSTR-LT09"}]}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession m1 'Church Street Medical Practice - Baile Ui Fhiachain' CHUSTR-LT04
	  mksession m2 'Church Street Medical Practice - Baile Ui Fhiachain' CHUSTR-LT09
	  mksession m3 'Church Street Medical Practice - Carraig Ui Leighin' CHUSTR-LT04; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'm1,Needs Review,null m2,Linked,2 m3,Linked,2 ' ]
}

# Session 25 (gen-link-blind38 at 50k): an ordinal typed in figures that
# the customer's name lacks in figures and in words is another business
# ("1st State Bank Chilton" is not Chilton State Bank); the customer's
# own ordinal, and an ordinal of a site or a street, link.
@test "ordinals: an ordinal typed that the customer's name lacks does not link; its own and a site's do" {
	jq -n '[{"id": 1, "business_name": "Chilton State Bank", "city": "Chilton"},
	  {"id": 2, "business_name": "2nd Street Dental Care", "city": "Omaha"},
	  {"id": 3, "business_name": "Wilber Regional Medical Center", "city": "Wilber"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession o1 '1st State Bank Chilton' ''
	  mksession o2 '2nd Street Dental Care' ''
	  mksession o3 'Wilber Regional Medical Center (2nd Location)' ''
	  mksession o4 'Chilton State Bank - 1st Ave' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'o1,Needs Review,null o2,Linked,2 o3,Linked,3 o4,Linked,1 ' ]
	[[ "$stderr" == *'"1st" is not in "Chilton State Bank": which one of a name is part of it'* ]]
}

# Session 25 (gen-link-blind39 at 50k): a word so many names end with
# that the list learns it as a form ("Inn") is left out of the
# normalised name; typed, and held with every other typed word by
# another customer, it makes the name that one's as likely: review.
@test "normalised: a learnt form typed that another customer holds with every typed word does not link the one without it" {
	jq -n '[{"id": 1, "business_name": "The White Hart, Bandon", "city": "Bandon"},
	  {"id": 2, "business_name": "The White Hart Inn, Bandon (D O'"'"'CONNOR LIMITED)", "city": "Bandon"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Inn"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession n1 'The White Hart Inn, Bandon' ''
	  mksession n2 'The White Hart, Bandon' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'n1,Needs Review,null n2,Linked,1 ' ]
	[[ "$stderr" == *'holds every typed word, "The White Hart, Bandon" not all'* ]]
}

# Session 26 (gen-link-blind40 abn 26%): an ABN or an ACN typed in its
# groups or run together is one number, the customer's name holding it
# in either; its check digits hold, so the words typed with it may have
# a slip. One digit off (the check fails) is no number of the list's.
@test "registry: an ABN or ACN typed with or without its grouping links its holder; one digit off does not" {
	jq -n '[{"id": 1, "business_name": "Katerina Christodoulou Sparkies Pty Ltd ABN 73 875 596 437", "city": "Adelaide", "state": "SA"},
	  {"id": 2, "business_name": "Jing Cheung Carpentry Pty Ltd (ACN 526 700 550)", "city": "Darwin", "state": "NT"},
	  {"id": 3, "business_name": "Lin Electrical Pty Ltd (ACN 940 984 654)", "city": "Perth", "state": "WA"},
	  {"id": 4, "business_name": "Lin Electrical Services", "city": "Perth", "state": "WA"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession a1 '73 875 596 437' ''
	  mksession a2 'ACN: 526700550' ''
	  mksession a3 'Lin Electricak Pty Ldt (ACN 940 984 654)' ''
	  mksession a4 '73 875 596 438' ''
	  mksession a5 'ABN73875596437' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'a1,Linked,1 a2,Linked,2 a3,Linked,3 a4,Needs Review,null a5,Linked,1 ' ]
}

# Session 26 (gen-link-blind40 trust 31%): a trust is typed by its
# trustee's words ("The Trustee for", "TTF", "T/F", "X Pty Ltd ATF",
# "as trustee for") or by its own name alone: the trust's name is the
# customer's either way; the family's other trust, or the trust with
# another ABN, is not. Its ABN cut short at the name's end links when
# the customer's begins with the digits typed.
@test "trusts: a trust typed with or without its trustee links; the family's other trust does not" {
	jq -n '[{"id": 1, "business_name": "Russo Investments Pty Ltd ATF The Russo Unit Trust", "city": "Brisbane", "state": "QLD"},
	  {"id": 2, "business_name": "Kenny & Hao Liu Family Trust", "city": "Sydney", "state": "NSW"},
	  {"id": 3, "business_name": "The Trustee for Conti Family Trust ABN 13 072 689 251", "city": "Adelaide", "state": "SA"},
	  {"id": 4, "business_name": "Pearce Investments Pty Ltd ATF The Pearce Unit Trust", "city": "Canberra", "state": "ACT"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession t1 'The Russo Unit Trust' ''
	  mksession t2 'TTF Kenny & Hao Liu Family Trust' ''
	  mksession t3 'T/F Kenny & Hao Liu Family Trust' ''
	  mksession t4 'Conti Family Trust' ''
	  mksession t5 'Pearce Investments Pty Ltd as trustee for Pearce Unit Trust' ''
	  mksession t6 'Russo Family Trust' ''
	  mksession t7 'Conti Family Trust ABN 50 432 248 390' ''
	  mksession t8 'Conti Family Trust ABN 13 072' ''
	  mksession t9 'Conti Family Trust ABN 50 432' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 't1,Linked,1 t2,Linked,2 t3,Linked,2 t4,Linked,3 t5,Linked,4 t6,Needs Review,null t7,Needs Review,null t8,Linked,3 t9,Needs Review,null ' ]
}

# Session 26 (gen-link-blind40 state 69%): an Australian state typed
# after the name by its name or abbreviation, alone or after the town
# ("- New South Wales", "(Melbourne Vic.)"), is the customer's own place
# when it is the customer's state; another state is a namesake's as
# likely. A floor ("- Level 1") says where; a Bowls Club is a Bowling Club.
@test "states: the customer's own state after its name links, another state's does not" {
	jq -n '[{"id": 1, "business_name": "Saad Plumbing & Gas Ltd", "city": "Sydney", "state": "NSW"},
	  {"id": 2, "business_name": "Eastside Legal", "city": "Melbourne", "state": "VIC"},
	  {"id": 3, "business_name": "Brown Conveyancing", "city": "Hobart", "state": "TAS"},
	  {"id": 4, "business_name": "Marrickville Bowling Club", "city": "Sydney", "state": "NSW"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession s1 'Saad Plumbing & Gas Ltd - New South Wales' ''
	  mksession s2 'Saad Plumbing & Gas Ltd - Queensland' ''
	  mksession s3 'Eastside Legal (Melbourne Vic.)' ''
	  mksession s4 'Eastside Legal (Toowong Qld)' ''
	  mksession s5 'Brown Conveyancing - Level 1' ''
	  mksession s6 'Marrickville Bowls Club' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 's1,Linked,1 s2,Needs Review,null s3,Linked,2 s4,Needs Review,null s5,Linked,3 s6,Linked,4 ' ]
}

# Session 26 (gen-link-blind39 trading as): a customer listed with a
# trading name of its own is another outlet of a company typed with
# another one, but not when the pair typed is its own, with another mark
# or the other way round.
@test "trading: the customer's own legal and trading names typed with another mark or reversed link it" {
	jq -n '[{"id": 1, "business_name": "J Thompson Ltd trading as The Black Horse Inn Horsforth", "city": "Leeds"},
	  {"id": 2, "business_name": "Hegde Foods t/a Burger Yard Malleshwaram", "city": "Bengaluru"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession u1 'J Thompson Ltd t/a The Black Horse Inn Horsforth' ''
	  mksession u2 'The Black Horse Inn Horsforth t/a J Thompson Ltd' ''
	  mksession u3 'Hegde Foods t/a Burger Yard Polokwane' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'u1,Linked,1 u2,Linked,1 u3,Needs Review,null ' ]
}

# Session 26 (gen-link-blind40 at 50k): a firm of two partners is listed
# beside the firm of the same two in the other order; the name typed in
# one order is not the other's, however the words of the first's name
# past the partners (a registry number, "Legal") weigh.  Typed in the
# order of the only customer holding the words, or reversed with no
# customer in the typed order, it links.
@test "partner order: the name typed in the order of another customer does not link the one in the other order" {
	jq -n '[{"id": 1, "business_name": "Young & Martin Solicitors", "city": "Sydney"},
	  {"id": 2, "business_name": "Martin & Young Legal Solicitors", "city": "Hobart"},
	  {"id": 3, "business_name": "Hughes Hollingsworth Accountants Pty Ltd", "city": "Perth"},
	  {"id": 4, "business_name": "Hollingsworth & Hughes Dental", "city": "Perth"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) & Word\(.) Solicitors Pty Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession p1 'Martin & Young Solicitors - Bronwyn (office manager)' ''
	  mksession p2 'Young & Martin Solicitors' ''
	  mksession p3 'Hollingsworth Hughes Accountants' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'p1,Needs Review,null p2,Linked,1 p3,Linked,3 ' ]
	[[ "$stderr" == *'names the words in the typed order, "Young & Martin Solicitors" in another'* ]]
}

# Session 29 (gen-link-blind40 and 42 at 50k: "Desai Kapoor Accontants"
# linked Kapoor Desai Accountants Pty, truly Desai Kapoor Accountants
# P/L): a candidate ranked beside the one linked that holds the typed
# words in the typed order, a slip or a cut word among them, is the one
# typed as likely, though the words of its own past them (its legal
# form) keep it from the holders of the linked one's every word.
@test "partner order: a candidate ranked beside the linked one holding the typed words in the typed order, slips and all, is as likely" {
	jq -n '[{"id": 1, "business_name": "Kapoor Desai Accountants Pty", "city": "Brisbane"},
	  {"id": 2, "business_name": "Desai Kapoor Accountants P/L", "city": "Brisbane"},
	  {"id": 3, "business_name": "Smith Accountants"}]
	  + [range(100; 200) | {"id": ., "business_name": ("Filler\(.) Word\(.) Pty"), "city": "Perth"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,1 ' 'Desai Kapoor Accontants' \
	    'Kapoor Desai Accountants'
	[[ "$stderr" == *'"Desai Kapoor Accountants P/L" names the words in the typed order, "Kapoor Desai Accountants Pty" in another'* ]]
}

# Session 33 (gen-link-blind57 at 50k: "De Guzman Pabganiban &
# Associates" linked Panganiban De Guzman & Associates): a typed word one
# slip off a word of the linked name is read as that word for the typed
# order, so the slip does not hide that the partners were typed in the
# other customer's order; only where the other holds that word too, and
# beside two words held as typed ("Meier Gebr." is too little order).
@test "partner order: a slip in a partner's name does not hide the typed order" {
	jq -n '[{"id": 1, "business_name": "Panganiban De Guzman & Associates", "city": "Manila"},
	  {"id": 2, "business_name": "De Guzman Panganiban & Associates (TIN 225-586-022-000)", "city": "Manila"},
	  {"id": 3, "business_name": "Jouan Avocats SELARL"},
	  {"id": 4, "business_name": "Cabinet Jouan Avocats"}]
	  + [range(100; 200) | {"id": ., "business_name": ("Filler\(.) Word\(.) & Associates"), "city": "Cebu"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,3 ' 'De Guzman Pabganiban & Associates' \
	    'SELARRL Jouan Avocats'
	[[ "$stderr" == *'names the words in the typed order, "Panganiban De Guzman & Associates" in another'* ]]
}

# Session 29 (gen-link-blind27, 28, 34 at 50k: "Quote - Salt Lake City
# Urgent Care P.A.", "Prospect: Yablonski & Associates, LLP"): a desk's
# label of a word of selling (link-words.json "sales") before the name
# is a prospect's session, whichever customer the name reads as; a
# label of another word still reads the name, and a customer whose
# name holds the word is linked by it.  Session 33: the words of the
# languages of Europe in Latin letters the list lacked too ("Ponuda -
# Hotel Nistru SRL", gen-link-blind22; the Romanian "Ofertă").
@test "sales: a quote or prospect label before a customer's name is a prospect's session" {
	jq -n '[{"id": 1, "business_name": "Salt Lake City Urgent Care PLLC"},
	  {"id": 2, "business_name": "Jablonski & Associates LLC"},
	  {"id": 3, "business_name": "Prospect Medical Clinic"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) LLC")}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Needs Review,null s4,Linked,1 s5,Linked,3 s6,Needs Review,null s7,Needs Review,null ' \
	    'Quote - Salt Lake City Urgent Care' 'Prospect: Jablonski & Associates, LLC' \
	    'Angebot - Salt Lake City Urgent Care' 'Client - Salt Lake City Urgent Care' \
	    'Prospect - Medical Clinic' 'Ponuda - Salt Lake City Urgent Care' \
	    'Ofertă: Salt Lake City Urgent Care'
}

# Session 26 (gen-link-blind41, held out): in a name of two words, the
# first letter of a short word typed as another that is neither a key
# beside it nor a letter of the same sound is another word, not a typo
# ("Cagle's Diner" is no Eagle Diner); a key beside it ("Wagle"), a
# sound the romanisations spell either way (Izzat, Ezzat), and a longer
# name, whose other words carry it ("Optica Honte Cara"), are slips.
@test "first letter: a short word's first letter typed as a letter no slip nor sound explains does not link" {
	jq -n '[{"id": 1, "business_name": "Eagle Diner", "city": "Erie"},
	  {"id": 2, "business_name": "Eagle Roofing Inc.", "city": "Erie"},
	  {"id": 3, "business_name": "Ezzat Bakery", "city": "Cairo"},
	  {"id": 4, "business_name": "Optica Monte Cara", "city": "Praia"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Diner"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession f1 "Cagle's Diner" ''
	  mksession f2 'Wagle Diner' ''
	  mksession f3 'Izzat Bakery' ''
	  mksession f4 'Optica Honte Cara' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'f1,Needs Review,null f2,Linked,1 f3,Linked,3 f4,Linked,4 ' ]
}

# Session 28 (tuning recall on typos): a name typed whole but for a slip
# of the keys is that name, as it is typed without the slip, even where
# another customer holds the same words and one of its own ("Wehlan
# Physiotherapy": Whelan Physiotherapy, not Whelan Bros Physiotherapy);
# cut short, it is still the start of both; typed with a site after it,
# the site says there is more to the name (50k blind17: "Maranatha Guets
# House (Gwarinpa branch)" is Abuja's, no Maranatha Guest House).
@test "slips: a name typed whole with a typo links it beside another holding its words and more" {
	jq -n '[{"id": 1, "business_name": "Whelan Physiotherapy", "city": "Cork"},
	  {"id": 2, "business_name": "Whelan Bros Physiotherapy", "city": "Cork"},
	  {"id": 3, "business_name": "McAllister Medical Centre", "city": "Derry"},
	  {"id": 4, "business_name": "St. McAllister'"'"'s Medical Centre Holdings Ltd", "city": "Derry"},
	  {"id": 7, "business_name": "Maranatha Guest House", "city": "Lagos"},
	  {"id": 8, "business_name": "Maranatha Guest House (Enugu)", "city": "Enugu"},
	  {"id": 9, "business_name": "Maranatha Guest House (Abuja)", "city": "Abuja"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Plumbing"), "city": "Leeds"}]
	  + [range(200; 210) | {"id": ., "business_name": ("St. Filler\(.)'"'"'s Bros Word\(.) Holdings Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession t1 'Wehlan Physiotherapy' ''
	  mksession t2 'MCALLITSER MEDICAL CENTRE' ''
	  mksession t3 'Whelan Physio' ''
	  mksession t4 'Maranatha Guets House (Gwarinpa branch)' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 't1,Linked,1 t2,Linked,3 t3,Needs Review,null t4,Needs Review,null ' ]
	[[ "$stderr" == *'the name is part of "Whelan Physiotherapy" and of "Whelan Bros Physiotherapy"'* ]]
}

# Session 28 (gen-link-blind46, 47): a firm's office typed with another
# town in the office's slot is the firm's other office ("Honma Shoji
# Tomakomai Shiten" for the Hakodate one); an initial typed before the
# customer's surname that none of its people of that surname has is
# another member of the family ("Notariskantoor S. de Groot" for the
# de Groot V.O.F. of Mirjam de Groot); a holding typed is not the
# operating firm.  Its own office, slipped or romanised long, and its
# own person's initial link.
@test "offices, holdings and initials: another office, a holding or another family member's initial does not link; its own does" {
	jq -n '[{"id": 1, "business_name": "Honma Shoji Hakodate Shiten", "city": "Hakodate"},
	  {"id": 2, "business_name": "Notariskantoor de Groot V.O.F.", "city": "Amsterdam",
	   "contacts": [{"id": 21, "name": "Mirjam de Groot"}, {"id": 22, "name": "Ellen Meijer"}]},
	  {"id": 3, "business_name": "Fa. Timmermans V.O.F.", "city": "Eindhoven"}]
	  + [range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd"), "city": "Leeds"}]' >"$TMP/cust.json"
	{ mksession c1 'Honma Shoji Tomakomai Shiten' ''
	  mksession c2 'Honma Shoji Hakohdate Shiten' ''
	  mksession c3 'Notariskantoor S. de Groot' ''
	  mksession c4 'Notariskantoor M. de Groot' ''
	  mksession c5 'Timmermans Holding B.V.' ''
	  mksession c6 'Timmermans V.O.F.' ''; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'c1,Needs Review,null c2,Linked,1 c3,Needs Review,null c4,Linked,2 c5,Needs Review,null c6,Linked,3 ' ]
	[[ "$stderr" == *'the office "tomakomai" typed is another of the firm'* ]]
	[[ "$stderr" == *'"S. de groot" typed: another initial'* ]]
}

# Session 29 (ab): a word typed with a dot after it was shortened by the
# typist ("Clín." of Clínica, "Meml." of Memorial), though some customer
# has it as typed ("Clin Consultores"); without the dot the known word is
# read as typed, and a cut two customers' words begin is no link.
@test "names: a word typed with a dot is read cut or contracted though a customer has it" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Consultores", "Hospital", "Restaurante"][. % 3])}' \
	    "Clínica Pérola" "Clin Consultores" "Modi Memorial Hospital" \
	    "Colegio San Roque" "Colonia San Roque" "Meml Trading"
	sessions_link 's1,Linked,1 s2,Needs Review,null s3,Linked,3 s4,Needs Review,null ' \
	    'Clín. Pérola' 'Clin Pérola' 'Modi Meml. Hospital' 'Col. San Roque'
}

# Session 30 (nm): a word shorter than nameev reads typos in (4 letters),
# typed with a slip at the place of the name's word between the same
# typed words ("Friends of he Millvale Library", "Law Offices if
# Melton", "Laurel Lae"), is that word; a word two slips off, or a
# short word typed elsewhere, is not.
@test "short slips: a short word typed with a slip at its place in the name links; two slips off or out of place does not" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Library", "Parish", "Transports", "Law Offices"][. % 4])}' \
	    "Friends of the Millvale Library Inc" "Law Offices of Melton & Hartwick P.A." \
	    "St. Teresa Parish Laurel Lake" "Grundschule am Lindenplatz"
	sessions_link 's1,Linked,1 s2,Linked,2 s3,Linked,3 s4,Linked,4 s5,Needs Review,null s6,Needs Review,null ' \
	    'Friends of he Millvale Library Inc' 'Law Offices if Melton & Hartwick P.A.' \
	    'St. Teresa Parish Laurel Lae' 'Grundschule an Lindenplatz' \
	    'St. Teresa Parish Laurel La' 'Friends he Millvale Library Inc'
}

# Session 30 (nm): initials typed beside a word many customers hold are
# no other's for an initial of its legal form, its "and", or a word the
# typist typed out ("TS Hotel" is Hotel Torre Serena S.A., not Hotel
# Tamarindo SRL; "LB Bakery" no Lancaster Bakery); initials another's
# words spell with one of its own skipped stay as likely that one's.
@test "initials: a legal form's or a typed word's initial makes no other reading of the initials; another's words do" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) Word\(.) " + ["Ltd", "Plumbing", "Garage"][. % 3])}' \
	    "Hotel Torre Serena S.A." "Hotel Tamarindo SRL" "Lowther Bros Bakery (UK) Ltd" \
	    "Lancaster Bakery" "Oakfield Dental Practice Ltd." "Oakfield Ealing Dental Practice"
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Needs Review,null ' \
	    'TS Hotel' 'LB Bakery' 'OD Practice'
}

# Session 30 (gen-link-blind49): "& Co." after a partner's name is "and
# Company", the form a partner's own firm takes: no cut of the other
# partner's name ("McBride & Co., CPAs" is no McBride & Cobb); a name
# cut short after "&" still links, and "& Co." reads Company.
@test "names: Co after and is Company, not a partner's name cut short" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Consulting", "Partners", "Advisors"][. % 3])}' \
	    "McBride & Cobb, LLC" "Russo & Company, CPAs, LLC"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,2 ' \
	    'McBride & Co., CPAs' 'McBride and Co' 'McBride & Cob' 'Russo & Co.'
}

# Session 30 (gen-link-blind48): one word and a legal form typed after
# the name where the customer has a word of its own is another firm
# (trade_replaced), whatever letter the word begins with ("Hôtel Les
# Érables SA" is no Hôtel Les Pâquerettes Sàrl); a slip of the
# customer's word, or a town after it, is its own.
@test "sites: a word and a legal form typed where the customer has its own word does not link, an accented one too" {
	numbered_customers 'range(20; 120) | {"id": ., "business_name":
	    ("Filler\(.) " + ["Immobilier", "Transports", "Conseil"][. % 3] + " SA"),
	    "city": "Lausanne"}' \
	    "Hôtel Les Pâquerettes Sàrl" "Garage Central Genève" "Menuiserie Écluse Sàrl"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,3 ' \
	    'Hôtel Les Érables SA' 'Hôtel Les Ormeaux SA' \
	    'Hôtel Les Pâquerettes Cornavin Genève' 'Menuiserie Éclise SA'
}

# Session 30 (gen-link-blind48 with machines): a machine two customers
# share does not pick the one whose kind the name read in another
# language when the other holds the kind as typed (kind_rival): the name
# left both as likely.  The machine of one alone still links.
@test "machine: a shared machine does not pick between a kind read in another language and its rival" {
	numbered_customers 'range(100; 160) | {"id": ., "business_name": ("Filler\(.) Word\(.) SA")}' \
	    "Fiduciaria Prisma Sagl" "Fiduciaire Prisma"
	jq '.[0].assets = [{"id": 10, "name": "FIDPRI-NB02"}, {"id": 11, "name": "FIDPRI-WS03"}]
	    | .[1].assets = [{"id": 20, "name": "FIDPRI-NB02"}, {"id": 21, "name": "FIDPRI-PC03"}]' \
	    "$TMP/cust.json" >"$TMP/c2.json" && mv "$TMP/c2.json" "$TMP/cust.json"
	{ mksession m1 'Fiduciaria Prisma GmbH' FIDPRI-NB02
	  mksession m2 'Fiduciaria Prisma GmbH' FIDPRI-WS03
	  mksession m3 'Fiduciaire Prisma' FIDPRI-NB02; } >"$TMP/in"
	link_v
	[ "$(links "$TMP/out")" = 'm1,Needs Review,null m2,Linked,1 m3,Linked,2 ' ] || { links "$TMP/out"; echo "$stderr" | grep 'session "'; false; }
}

# Session 30 (gen-link-blind46): Han typed alone reads a customer from
# where a word of its name begins, its first character one of the name's
# or its syllables the start of a run of its Han (髙橋 of 高橋); 古川塗装
# is no 合同会社長谷川塗装, whose 谷川 reads as 古川 in Mandarin (gu chuan).
@test "han: Han typed alone links from a word's start, not from syllables inside another word" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name": ("Filler\(.) Word\(.) KK")}' \
	    "合同会社長谷川塗装 相模原営業所" "高橋塗装工業株式会社"
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,2 ' \
	    '古川塗装' '長谷川塗装' '髙橋塗装工業'
}

# Session 32 (gen-link-blind15): words typed apart with a slip and the
# same run together with it read two customers, each as well: the
# margin between the readings decides ("Chung-shub Pharmacy" is
# Chung-shun Pharmacy, or Chungshun Pharmacy Co., Ltd.: review); the
# name as either writes it links.  (The slip in the long word reads at
# 0.95, a key next to the right one: test_nameev.)
@test "readings: words apart and run together that read two customers leave the margin to decide" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name": ("Filler\(.) Word\(.) Ltd")}' \
	    "Chung-shun Pharmacy" "Chungshun Pharmacy Co., Ltd."
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,2 ' \
	    'Chung-shub Pharmacy' 'Chung-shun Pharmacy' 'Chungshun Pharmacy'
}

# Session 32 (gen-link-blind54, a Mexican MSP, after its held-out run):
# a digit glued to letters in a registration number ("RFC
# TMP-721211-NK3") is no store's number: "Taller-PC 3" (a machine's
# name typed for the customer) is not the one workshop whose RFC ends
# in 3; a number written alone or after a numero sign ("N7") is a site.
@test "readings: a digit of a registration number is no site's number" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name": ("Filler\(.) Word\(.) S.A.")}' \
	    "Taller Mecánico El Pípila, S.A. de C.V. (RFC TMP-721211-NK3)" \
	    "Taller Mecánico El Nopal" "Panadería La Espiga N7" "Panadería Lupita"
	sessions_link 's1,Needs Review,null s2,Linked,3 ' \
	    'Taller-PC 3' 'Panadería 7'
}

# Session 32 (gen-link-blind54): a town's particle typed small before
# a town ("de Saltillo") between the whole name and its legal form is
# the town's: another school of the name in another town ("Escuela
# Primaria Fray Pedro de Gante de Saltillo S.C."), not the customer's
# (cf. "Medmet Instalacje Szczecin sp. z o.o." above); its own town
# there links.
@test "names: a town after its particle typed before the legal form links no one" {
	jq -n '[{id: 1, business_name: "Escuela Primaria Fray Pedro de Gante S.C.", city: "Puebla"}]
	  + [range(20; 80) | {id: ., business_name: "Filler\(.) Word\(.) \(if . % 2 == 0 then "S.C." else "S.A. de C.V." end)", city: "Puebla"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,1 s3,Linked,1 ' \
	    'Escuela Primaria Fray Pedro de Gante de Saltillo S.C.' \
	    'Escuela Primaria Fray Pedro de Gante de Puebla S.C.' \
	    'Escuela Primaria Fray Pedro de Gante A.C.'
	grep -q '"de saltillo" is typed before the legal form' <<<"$stderr"
}

# Session 33 (gen-link-blind57): after the whole name, a town joined by
# its particle typed small ("of Batangas City") is a part of the name, a
# namesake's there, as the town before a legal form is; its own town
# after the particle links.
@test "names: a town after its particle typed after the whole name links no one" {
	jq -n '[{id: 1, business_name: "Colegio de Our Lady of Fatima", city: "Mandaluyong"}]
	  + [range(20; 80) | {id: ., business_name: "Filler\(.) Word\(.)", city: "Cebu City"}]' >"$TMP/cust.json"
	sessions_link 's1,Needs Review,null s2,Linked,1 ' \
	    'Colegio de Our Lady of Fatima of Batangas City' \
	    'Colegio de Our Lady of Fatima of Mandaluyong'
	grep -q '"of batangas city" after "Colegio de Our Lady of Fatima"' <<<"$stderr"
}

# Session 32 (gen-link-blind54): a person of Spanish or Portuguese
# naming has two surnames, and their order tells cousins apart: the
# given name kept with the two surnames swapped ("Dra. Elizabeth
# Vázquez Aguilar" for Elizabeth Aguilar Vázquez, "Dr. José Ibarra
# Ortega" for the Consultorio of Dr. José Ortega Ibarra) is another
# person: review.  The name as written, or
# turned about whole, surname first as SAT lists it ("HERNANDEZ LOPEZ
# JUAN"), links.
@test "names: a given name with its two surnames swapped links no one" {
	numbered_customers 'range(20; 80) | {"id": ., "business_name": ("Filler\(.) Word\(.) S.C.")}' \
	    "Elizabeth Aguilar Vázquez" "Consultorio Dental Dr. José Ortega Ibarra S.C." \
	    "Juan Hernández López"
	sessions_link 's1,Needs Review,null s2,Needs Review,null s3,Linked,1 s4,Linked,2 s5,Linked,3 ' \
	    'Dra. Elizabeth Vázquez Aguilar' 'Dr. José Ibarra Ortega' \
	    'Elizabeth Aguilar Vázquez' 'Consultorio Dental Dr. José Ortega Ibarra' \
	    'HERNANDEZ LOPEZ JUAN'
	grep -q 'the two surnames are in the other order than "Elizabeth Aguilar Vázquez"' <<<"$stderr"
}

# Session 33: a name typed the other way round, its legal form left off
# ("Tours Nandi" for Nandi Tours Pvt. Ltd., as a list sorted by the
# trade word writes it), is the name cut short in order is: the one
# customer holding the typed words links; a word more, or a word of the
# name left untyped, is none.
@test "names: every word but the legal form, in another order, links the one holder" {
	numbered_customers 'range(20; 60) | {"id": ., "business_name":
	    ("Filler\(.) \(if . % 2 == 0 then "Foods" else "Systems" end)\(if . < 26 then " Pvt. Ltd." else "" end)")}' \
	    "Quayside Tours Pvt. Ltd." "Quayside Bakery" "Kestrel Systems Pvt. Ltd." \
	    "Kestrel Travel Agents Pvt. Ltd."
	sessions_link 's1,Linked,1 s2,Linked,3 s3,Needs Review,null s4,Needs Review,null ' \
	    'Tours Quayside' 'Systems Kestrel' 'Tours Quayside Cafe' 'Agents Kestrel'
}
