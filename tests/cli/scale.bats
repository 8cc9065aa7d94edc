#!/usr/bin/env bats
# Scale-out (#17): the state files several runs share - the link memory, the
# LLM cache and call log - take writers at once and lose nothing, and GNU
# parallel runs sdc-link and sdc-llm over them without a deadlock, on this
# machine and through a stand-in ssh.  The README's recipe is run by
# tests/cli/readme.bats.
load helpers

setup() {
	T=$(mktemp -d "${BATS_TMPDIR:-/tmp}/sdc.XXXXXX")
	cd "$T"
	fake_pids=
}

teardown() {
	stop_fakes
	cd /
	rm -rf "$T"
}

# customers JOBS PER: customers.json, and in-J.jsonl for J in 0..JOBS-1:
# PER sessions each naming one of its own customers exactly, on a machine
# and in a ScreenConnect session of its own, so that no two inputs share
# a decision or a history key.
customers() {
	jq -nc --argjson J "$1" --argjson P "$2" '[range($J) as $j | range($P) as $i |
	    {id: ($j * 1000 + $i + 1), business_name: ("Firm \([$j + 65, $i % 26 + 97,
	     ($i / 26 | floor) + 97] | implode) Holdings")}]' >customers.json
	for j in $(seq 0 $(($1 - 1))); do
		jq -c --argjson j "$j" '.[] | select(.id > $j * 1000 and .id < ($j + 1) * 1000) |
		    {meta: {session_id: "s\(.id)", schema_version: "2.0", source_system: "ScreenConnect",
		      source_identifiers: [], processing_status: "Needs Linking", processing_log: []},
		     context: {customer_id: null, customer_name: .business_name, contact_id: null,
		      contact_name: null, links: []}, insights: {},
		     segments: [{type: "RemoteConnection", content: "Connected to machine: WK-\(.id)",
		      metadata: {session_id: "sc-\(.id)"}}]}' customers.json >"in-$j.jsonl"
	done
}

@test "link memory: 8 runs at once on one file lose no decision and no history" {
	customers 8 30
	# alone, each run writes its 30 decisions, 30 machines and 30 sessions
	sdc-link --no-llm --customers customers.json --memory solo.jsonl in-0.jsonl >/dev/null
	[ "$(grep -c . solo.jsonl)" -eq 90 ]
	pids=
	for j in $(seq 0 7); do
		timeout 60 sdc-link --no-llm --customers customers.json --memory mem.jsonl \
		    "in-$j.jsonl" >"out-$j.jsonl" 2>"err-$j" &
		pids="$pids $!"
	done
	for p in $pids; do wait "$p"; done
	[ "$(grep -c . mem.jsonl)" -eq 720 ]
	[ "$(jq -c . mem.jsonl | sort -u | wc -l)" -eq 720 ]
	# every name and key once, and the next run knows them all
	[ "$(jq -r '.guess // .key' mem.jsonl | sort -u | wc -l)" -eq 720 ]
	run --separate-stderr sdc-link --no-llm -v --customers customers.json --memory mem.jsonl in-*.jsonl
	[ "$status" -eq 0 ]
	[ "$(grep -c '(remembered)' <<<"$stderr")" -eq 240 ]
	[ "$(grep -c . mem.jsonl)" -eq 720 ]	# nothing new to add
}

@test "link memory: a last line still being written is skipped without a word, then ended" {
	customers 1 3
	printf '%s\n%s' '{"type":"machine","key":"wk-1","customer_id":1}' \
	    '{"type":"customer","guess":"Firm Aaa Hol' >mem.jsonl
	run --separate-stderr sdc-link --no-llm --customers customers.json --memory mem.jsonl in-0.jsonl
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	# the torn line is ended before this run's lines, which are whole
	[ "$(sed -n 2p mem.jsonl)" = '{"type":"customer","guess":"Firm Aaa Hol' ]
	[ "$(tail -n +3 mem.jsonl | jq -c . | wc -l)" -eq 8 ]
}

@test "link rules: a last rule still being written is skipped without a word" {
	customers 1 3
	printf '%s\n%s' '{"type":"alias","name":"Firm A","customer_id":1}' '{"type":"alias","na' >rules.jsonl
	run --separate-stderr sdc-link --no-llm --no-memory --customers customers.json --rules rules.jsonl in-0.jsonl
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	# a torn line in the middle is damage, and said
	printf '\n{}\n' >>rules.jsonl
	run --separate-stderr sdc-link --no-llm --no-memory --customers customers.json --rules rules.jsonl in-0.jsonl
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"rules.jsonl:2: "*"; rule ignored"* ]]
}

# llm_sessions N: N sessions, each of its own text (N cache keys per task).
llm_sessions() {
	for i in $(seq "$1"); do
		jq -c --arg i "$i" '.meta.session_id += "-\($i)" | .segments[].content += " (case \($i))"' \
		    "$FIX/llm/sessions.jsonl"
	done
}

llm_config() {
	start_fake llm llm_fake.py --echo 'case ([0-9]+)' --latency 5
	mkdir -p config
	cp "$SDC_TOP/config/prompts.json" config/
	cat >config/sdc.json <<-EOF
	{"llm": {"providers": {"fake": {"type": "openai", "base_url": "http://127.0.0.1:$(cat llm.port)/v1/",
	   "api_key_env": "FAKE_KEY"}},
	 "capabilities": {"lightweight": "fake:small", "general": "fake:mid", "complex": "fake:big"}}}
	EOF
	export SDC_CONFIG=$T/config/sdc.json FAKE_KEY=sk-fake-scale
}

@test "LLM call log and cache: 6 runs at once log every call, and cache every answer" {
	llm_config
	for j in $(seq 0 5); do llm_sessions 3 | sed "s/-\([0-9]\)\"/-$j\1\"/; s/(case \([0-9]\))/(case $j\1)/" >"l-$j.jsonl"; done
	[ "$(cat l-*.jsonl | jq -r .meta.session_id | sort -u | wc -l)" -eq 72 ]
	pids=
	for j in $(seq 0 5); do
		timeout 60 sdc-llm title --cache cache --log calls.jsonl "l-$j.jsonl" >"o-$j.jsonl" 2>"e-$j" &
		pids="$pids $!"
	done
	for p in $pids; do wait "$p"; done
	calls=$(grep -c . llm.log)
	[ "$calls" -gt 0 ]
	[ "$(jq -c . calls.jsonl | wc -l)" -eq "$calls" ]
	[ "$(jq -r .session_id calls.jsonl | sort -u | wc -l)" -eq "$calls" ]
	[ "$(find cache -name '*.json' | wc -l)" -eq "$calls" ]
	# again: every answer from the cache, logged as such
	cat l-*.jsonl | jq -c '.meta.processing_log = []' >again.jsonl
	run --separate-stderr sdc-llm title --cache cache --log calls.jsonl again.jsonl
	[ "$status" -eq 0 ]
	[ "$(grep -c . llm.log)" -eq "$calls" ]
	[ "$(jq -s 'map(select(.cached)) | length' calls.jsonl)" -eq "$calls" ]
}

# Equal but for the time each record was last updated.
same_records() {
	diff <(jq -c 'del(.meta.last_updated_timestamp_utc)' "$1") \
	    <(jq -c 'del(.meta.last_updated_timestamp_utc)' "$2")
}

@test "GNU parallel: sdc-link and sdc-llm with the default state files, small blocks, no deadlock" {
	customers 4 40
	cat in-*.jsonl >all.jsonl
	sdc-link --no-llm --no-memory --customers customers.json all.jsonl >want.jsonl
	# 160 sessions of about 400 bytes in 4 kB blocks: about 16 jobs, 2 at a time
	timeout 120 parallel --pipe -k --block 4k -j2 sdc-link --no-llm --customers customers.json \
	    <all.jsonl >got.jsonl
	same_records got.jsonl want.jsonl
	[ "$(jq -r '.guess // .key' data/state/link-decisions.jsonl | sort -u | wc -l)" -eq 480 ]
	llm_config
	llm_sessions 10 >l.jsonl
	timeout 120 parallel --pipe -k --block 4k -j2 sdc-llm title summary <l.jsonl >o.jsonl
	[ "$(jq -r .meta.session_id o.jsonl)" = "$(jq -r .meta.session_id l.jsonl)" ]
	[ -z "$(jq -c 'select(.meta.processing_status != "Needs Review" and .insights.llm_generated_title == null)' o.jsonl)" ]
	[ "$(jq -c 'select(.insights.llm_generated_title != null)' o.jsonl | wc -l)" -eq 30 ]
	[ "$(jq -c . data/state/llm-calls.jsonl | wc -l)" -eq "$(grep -c . llm.log)" ]
}

@test "GNU parallel --sshlogin: jobs on this machine and on a stand-in host, one memory each" {
	customers 4 40
	cat in-*.jsonl >all.jsonl
	sdc-link --no-llm --no-memory --customers customers.json all.jsonl >want.jsonl
	# a stand-in for ssh: "ssh [OPTIONS] HOST [--] COMMAND" runs COMMAND here, in HOST's folder
	mkdir -p bin hosts/server2
	cat >bin/ssh <<-'EOF'
	#!/bin/sh
	while :; do case $1 in -l|-p|-o|-i|-F) shift 2;; -*) shift;; *) break;; esac; done
	echo "$1" >>"$HOSTS/logins"
	cd "$HOSTS/$1" && shift && { [ "$1" != -- ] || shift; } && exec sh -c "$*"
	EOF
	chmod +x bin/ssh
	export HOSTS=$T/hosts PARALLEL_SSH=$T/bin/ssh
	timeout 120 parallel --pipe -k --block 4k --sshlogin 1/:,1/server2 \
	    sdc-link --no-llm --customers "$T/customers.json" <all.jsonl >got.jsonl
	same_records got.jsonl want.jsonl
	# both hosts worked, each learning into its own memory
	grep -qx server2 hosts/logins
	[ -s data/state/link-decisions.jsonl ]
	[ -s hosts/server2/data/state/link-decisions.jsonl ]
}
