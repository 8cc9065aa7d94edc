#!/usr/bin/env bats
# Every sh block of README.md is run by a test, taken from the README itself
# so the two cannot drift: the first by tests/fresh-root, the others here.
# Stand-ins, set up per test: the files the examples name (export.csv,
# log.csv, notes.json: the sample data; export-dmy.csv: it in D/M/Y; ~/SillyTavern: the sample chats in a
# new HOME), the Syncro fake for https://acme.syncromsp.com/api/v1 and its
# key for "...", and the LLM fake as the example config's Ollama.
load helpers

setup() {
	unset MAKEFLAGS MFLAGS MAKELEVEL
	T=$BATS_TEST_TMPDIR
	cd "$T"
	export HOME=$T/home
	mkdir -p "$HOME/SillyTavern/data/default-user/chats/Helper" config
	cp "$FIX"/sillytavern/real/*.jsonl "$HOME/SillyTavern/data/default-user/chats/Helper/"
	cp "$FIX/screenconnect/SampleRemoteAccessLogs.csv" export.csv
	cp "$FIX/screenconnect/SampleRemoteAccessLogs.csv" log.csv
	sed -E 's#(^|,)([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})#\1\3/\2/\4#g' export.csv >export-dmy.csv
	cp "$FIX/notes/notes.json" notes.json
	KEY=K3y-readme
	# Syncro knows the sample's customers, so the examples link.
	names=$(jq -c '[.[].business_name]' "$FIX/link/lean_customer_cache.json")
	echo '{"key": "'$KEY'", "tickets": 3, "customers": '"$(jq length <<<"$names")"', "customer_names": '"$names"'}' >syncro.json
	start_fake syncro syncro_fake.py --script syncro.json
	SYNCRO_URL=http://127.0.0.1:$(cat syncro.port)/api/v1
	start_fake llm llm_fake.py --echo 'Source title: (.*?)\n'
	jq --arg u "http://127.0.0.1:$(cat llm.port)/v1" '.llm.providers.ollama.base_url = $u' \
	    "$SDC_TOP/config/sdc.example.json" >config/sdc.example.json
	cp "$SDC_TOP/config/prompts.json" config/
}

teardown() {
	stop_fakes
}


# block N: the Nth sh block of README.md that says tests/cli/readme.bats runs it.
block() {
	awk -v want="$1" '
		/^<!-- tested by tests\/cli\/readme.bats/ { tagged = 1; next }
		/^```sh/ { if (tagged) n++; on = tagged && n == want; tagged = 0; next }
		/^```/ { on = 0; next }
		{ tagged = 0 }
		on { print }' "$SDC_TOP/README.md"
}

# run_block N [PRELUDE]: the block with the stand-ins' addresses, under
# bash -e (every command must succeed) with pipefail.
run_block() {
	local code
	code=$(block "$1" | sed -e "s|https://acme.syncromsp.com/api/v1|$SYNCRO_URL|g" \
	    -e "s|SYNCRO_API_KEY=\.\.\.|SYNCRO_API_KEY=$KEY|")
	[ -n "$code" ]
	printf 'set -eo pipefail\n%s\n%s\n' "${2:-}" "$code" >block.sh
	run --separate-stderr bash block.sh
	echo "$stderr" >&2
}

@test "every sh block of the README says which test runs it" {
	n=$(grep -c '^```sh' "$SDC_TOP/README.md")
	tagged=$(grep -A1 '^<!-- tested by \(tests/fresh-root\|tests/cli/readme.bats\)' "$SDC_TOP/README.md" | grep -c '^```sh')
	[ "$n" -eq "$tagged" ]
	[ "$(grep -c '^<!-- tested by tests/cli/readme.bats' "$SDC_TOP/README.md")" -eq 4 ]
}

@test "README: the examples" {
	run_block 3 "export SDC_CONFIG=$T/config/sdc.example.json"
	[ "$status" -eq 0 ]
	[ "$(jq length customers.json)" -gt 0 ]
	[ "$(grep -c . tickets.jsonl)" -eq 3 ]
	[ -e bad-rows.csv ] && [ ! -s bad-rows.csv ]
	[ "$(grep -c . notes.jsonl)" -gt 0 ]
	[ "$(grep -c . chats.jsonl)" -gt 0 ]
	# the Ollama stand-in wrote every title, and the invoice has them
	jq -e -s 'length > 0 and all(.insights.llm_generated_title | startswith("re: "))' s.jsonl
	[ "$(jq -s length llm.log)" -gt 0 ]
	grep -q 're: ' jan.csv
}

@test "README: your own data in five minutes" {
	# make runs the pipeline of the source tree on this folder's data and config.
	run_block 1 "make() { command make -s -C '$SDC_TOP' DATA='$T/data' SDC_CONFIG='$T/config/sdc.json' \
BINDIR='$SDC_BIN' PIPELINE_BIN='$SDC_BIN' PIPELINE_BUILD= \"\$@\"; }"
	[ "$status" -eq 0 ]
	[[ "$output" == *"data/out/report.html"* ]]
	# make doctor: the Ollama stand-in answers, the user's files are counted
	[[ "$output" == *"ok  llm            ollama: http://127.0.0.1:"*"answers"* ]]
	[[ "$output" == *"ok  input          $T/data/input/sillytavern/: 2 files"* ]]
	# only the user's data: the export, the notes and the chats, linked
	jq -e -s 'length > 0 and (map(.meta.source_system) | unique) == ["ScreenConnect", "SillyTavern", "notes.json"]' \
	    data/out/sessions.jsonl
	jq -e -s 'map(select(.meta.source_system == "ScreenConnect" and .context.customer_id != null)) | length > 0' \
	    data/out/sessions.jsonl
	jq -e -s 'map(select(.insights.llm_generated_title | strings | startswith("re: "))) | length > 0' \
	    data/out/sessions.jsonl
}

@test "README: install" {
	run_block 2 "make() { command make -s -C '$SDC_TOP' BINDIR='$SDC_BIN' DESTDIR='$T/root' \"\$@\"; }"
	[ "$status" -eq 0 ]
	# uninstall left nothing behind
	[ -z "$(find "$T/root" -type f 2>/dev/null)" ]
}

@test "README: the picture is the report make demo writes (re-created, same structure)" {
	grep -q '^!\[.*make demo.*\](tests/fixtures/report/demo-report.png)$' "$SDC_TOP/README.md"
	make -s -C "$SDC_TOP" demo DEMO_DATA="$T/demo" BINDIR="$SDC_BIN" PIPELINE_BIN="$SDC_BIN" PIPELINE_BUILD= >/dev/null
	"$SDC_TOP/tests/report-shot" "$T/demo/out/report.html" "$T/shot.png" 2>"$T/err"
	run grep -i 'CONSOLE' "$T/err"
	[ "$status" -eq 1 ]
	run /usr/bin/python3 "$SDC_TOP/tests/cli/png_check.py" "$T/shot.png" "$SDC_TOP/tests/fixtures/report/demo-report.png"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"sources ScreenConnect,SillyTavern,SyncroRMM,notes.json"* ]]
}

@test "README: large inputs with GNU parallel, on this machine and over ssh" {
	# the sample sessions, linked with the default state files in blocks of
	# 2 kB (not 50 MB) so that several jobs share them; ssh is a stand-in
	# that runs the command here, and /srv/sdc is this folder
	{ sdc-sc2jsonl export.csv; sdc-notes2jsonl notes.json; } >sessions.jsonl
	mkdir -p data/cache bin
	cp "$FIX/link/lean_customer_cache.json" data/cache/customers.json
	printf '%s\n' '#!/bin/sh' 'echo "$*" >>"$HOME/ssh.log"' \
	    'while :; do case $1 in -l|-p|-o|-i|-F) shift 2;; -*) shift;; *) break;; esac; done' \
	    'shift; [ "$1" != -- ] || shift; exec sh -c "$*"' >bin/ssh
	chmod +x bin/ssh
	sdc-link --no-memory --customers data/cache/customers.json sessions.jsonl >want.jsonl
	code=$(block 4 | sed -e 's/--block 50M/--block 2k/' -e "s|/srv/sdc|$T|")
	[[ "$code" == *"--sshlogin"* ]]
	printf 'set -eo pipefail\nexport SDC_CONFIG=%s PARALLEL_SSH=%s\n%s\n' \
	    "$T/config/sdc.example.json" "$T/bin/ssh" "$code" >block.sh
	run --separate-stderr timeout 300 bash block.sh
	echo "$stderr" >&2
	[ "$status" -eq 0 ]
	# every session, in order, linked as one run links them
	diff <(jq -c '[.meta.session_id, .context.customer_id]' want.jsonl) \
	    <(jq -c '[.meta.session_id, .context.customer_id]' linked.jsonl)
	jq -e -s 'map(select(.context.customer_id != null)) | length > 0' linked.jsonl
	# the Ollama stand-in titled them, each call logged once
	jq -e -s 'map(.insights.llm_generated_title | strings | select(startswith("re: "))) | length > 0' analysed.jsonl
	calls=$(grep -o '^sdc-llm: .*; [0-9]* calls' <<<"$stderr" | awk '{ n += $(NF - 1) } END { print n }')
	[ "$calls" -gt 0 ]
	[ "$(jq -c . data/state/llm-calls.jsonl | wc -l)" -eq "$calls" ]
	grep -q server2 "$HOME/ssh.log"
}
