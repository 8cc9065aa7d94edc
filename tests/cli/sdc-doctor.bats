#!/usr/bin/env bats
# sdc-doctor: one line per check, ok / -- / FIX and what to do; pings
# Syncro and the LLM providers that tasks use (the fakes stand in).
load helpers

setup() {
	T=$BATS_TEST_TMPDIR
	cd "$T"
}

teardown() {
	stop_fakes
}


@test "nothing configured: every line ok or --, exit 0; the example to copy is named" {
	run sdc-doctor --data "$T/data"
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "--  config "*"to configure: cp "*"sdc.example.json ~/.config/sdc/config.json" ]]
	[[ "$output" == *"--  syncro "*"not configured"* ]]
	[[ "$output" == *"no exports under $T/data/input/"*"make demo"* ]]
	! grep -q '^FIX' <<<"$output"
}

@test "configured: Syncro and the used LLM provider answer; files to read are counted, links followed" {
	echo '{"key": "K3y", "customers": 2}' >syncro.json
	start_fake syncro syncro_fake.py --script syncro.json
	start_fake llm llm_fake.py
	jq -n --arg s "http://127.0.0.1:$(cat syncro.port)/api/v1" --arg l "http://127.0.0.1:$(cat llm.port)/v1" \
	    '{syncro: {base_url: $s}, llm: {providers: {local: {type: "openai", base_url: $l}},
	      capabilities: {general: "local:m"}}}' >cfg.json
	mkdir -p data/input/screenconnect elsewhere
	cp "$FIX/screenconnect/SampleRemoteAccessLogs.csv" elsewhere/
	ln -s "$T/elsewhere/SampleRemoteAccessLogs.csv" data/input/screenconnect/mine.csv
	SYNCRO_API_KEY=K3y run sdc-doctor --config cfg.json --data data
	[ "$status" -eq 0 ]
	[[ "$output" == *"ok  syncro "*"answers with the key from SYNCRO_API_KEY"* ]]
	[[ "$output" == *"ok  llm            local: http://127.0.0.1:"*"answers"* ]]
	[[ "$output" == *"general local:m"* ]]
	[[ "$output" == *"ok  input          data/input/screenconnect/: 1 file"* ]]
	[ "$(jq -r .path llm.log)" = /v1/models ]
	# one request each, the key never printed
	[ "$(grep -c . llm.log)" -eq 1 ]
	! grep -q K3y <<<"$output"
}

@test "wrong key, an address without a key, an unused provider down: FIX only for what is used, exit 1" {
	echo '{"key": "right"}' >syncro.json
	start_fake syncro syncro_fake.py --script syncro.json
	jq -n --arg s "http://127.0.0.1:$(cat syncro.port)/api/v1" \
	    '{syncro: {base_url: $s}, llm: {providers: {down: {type: "openai", base_url: "http://127.0.0.1:9/v1"}}}}' >cfg.json
	SYNCRO_API_KEY=wrong run sdc-doctor --config cfg.json
	[ "$status" -eq 1 ]
	[[ "$output" == *"FIX syncro "*"HTTP 401"*"(check syncro.base_url and SYNCRO_API_KEY)"* ]]
	[[ "$output" == *"--  llm            down: "*"no task uses it"* ]]
	run sdc-doctor --config cfg.json -q
	[ "$status" -eq 1 ]
	[ "$output" = "FIX syncro         an address but no key: export SYNCRO_API_KEY" ]
	echo '{"syncro": {"api_key_env": "MY_KEY"}}' >half.json
	MY_KEY=x run sdc-doctor --config half.json
	[ "$status" -eq 0 ]
	[[ "$output" == *"--  syncro         a key (MY_KEY) but no address: the run does not fetch; to fetch, set syncro.base_url or syncro.subdomain in half.json"* ]]
}

@test "a config that is not JSON: exit 2, the file named" {
	echo '{"syncro": ' >bad.json
	run --separate-stderr sdc-doctor --config bad.json
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"bad.json"* ]]
}
