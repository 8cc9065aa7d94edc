#!/usr/bin/env bats
# sdc-llm against the loopback fake LLM server (tests/fakes/llm_fake.py).
bats_require_minimum_version 1.5.0

S=$SDC_TOP/tests/fixtures/llm/sessions.jsonl
FIX=$SDC_TOP/tests/fixtures/llm

setup() {
	W=$(mktemp -d)
	cd "$W"
	mkdir config
	cp "$SDC_TOP/config/prompts.json" config/
	export SOURCE_DATE_EPOCH=1767225600	# 2026-01-01T00:00:00Z
	export FAKE_KEY=sk-fake-0123456789abcdefXYZ
	FAKE_PID=
}

teardown() {
	[ -z "$FAKE_PID" ] || kill "$FAKE_PID" 2>/dev/null || true
	[ -z "$FAKE2_PID" ] || kill "$FAKE2_PID" 2>/dev/null || true
	cd /
	rm -rf "$W"
}

# fake [ARGS...]: start the fake, wait for its port, write config/sdc.json
# (openai-compatible "fake" and native "gem" providers on it).
fake() {
	[ -z "$FAKE_PID" ] || kill "$FAKE_PID"
	rm -f "$W/port"
	python3 "$SDC_TOP/tests/fakes/llm_fake.py" --port-file "$W/port" \
	    --log "$W/reqs.jsonl" "$@" &
	FAKE_PID=$!
	for _ in $(seq 100); do [ -f "$W/port" ] && break; sleep 0.05; done
	PORT=$(cat "$W/port")
	write_config
}

# write_config [EXTRA_LLM_KEYS]: "fake:*" models for every capability.
write_config() {
	cat >config/sdc.json <<EOF
{"llm": {"providers": {
   "fake": {"type": "openai", "base_url": "http://127.0.0.1:$PORT/v1/",
            "api_key_env": "FAKE_KEY", "limit_field": "max_tokens"},
   "gem": {"type": "gemini", "base_url": "http://127.0.0.1:$PORT/v1beta",
           "api_key_env": "FAKE_KEY"},
   "az": {"type": "azure", "base_url": "http://127.0.0.1:$PORT", "api_key_env": "FAKE_KEY"},
   "anth": {"type": "anthropic", "base_url": "http://127.0.0.1:$PORT/v1", "api_key_env": "FAKE_KEY"}},
 "capabilities": {"lightweight": "fake:small", "general": "fake:mid",
                  "complex": "fake:big"},
 "models": {"fake:small": {"input_price": 1.5, "output_price": 2}},
 "backoff_ms": 5, "max_retries": 3 ${1:+, $1}}}
EOF
	chmod 600 config/sdc.json
}

nreqs() { if [ -f "$W/reqs.jsonl" ]; then wc -l <"$W/reqs.jsonl"; else echo 0; fi; }
one() { head -1 "$S" >one.jsonl; }

@test "--help, --version, bad usage" {
	run "$SDC_BIN/sdc-llm" --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:* ]]
	run "$SDC_BIN/sdc-llm" --version
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-llm 0.1.0" ]
	run "$SDC_BIN/sdc-llm" --bogus title
	[ "$status" -eq 2 ]
	run "$SDC_BIN/sdc-llm" "$S"
	[ "$status" -eq 2 ]
	run "$SDC_BIN/sdc-llm" --model nosuch:model title "$S"
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown provider"* ]]
}

@test "offline: extractive titles, summaries, categories, labelled in the log" {
	run --separate-stderr "$SDC_BIN/sdc-llm" title summary category "$S"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | wc -l)" -eq 4 ]
	t=$(echo "$output" | jq -r 'select(.meta.session_id|endswith("0002")) |
	    [.insights.llm_generated_title, .insights.llm_generated_category] | @tsv')
	[ "$t" = "$(printf 'The printer on WKSTN-02 keeps jamming\tHardware')" ]
	echo "$output" | head -1 | jq -e '.insights.llm_generated_title == "Desktop Performance Issue"'
	echo "$output" | head -1 | jq -e '.insights.generated_summaries.default | test("memory usage")'
	echo "$output" | head -1 | jq -e '.meta.processing_log[-3:] == ["sdc-llm:title/0.1.0 model=extractive",
	    "sdc-llm:summary/0.1.0 model=extractive", "sdc-llm:category/0.1.0 model=extractive"]'
	echo "$output" | head -1 | jq -e '.meta.last_updated_timestamp_utc == "2026-01-01T00:00:00Z"'
	echo "$output" | head -1 | jq -e '.x_user_key.kept == true'
	[ ! -e data ]
}

@test "ineligible sessions pass through byte for byte, and are counted" {
	run --separate-stderr "$SDC_BIN/sdc-llm" title "$S"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | sed -n 3p)" = "$(sed -n 3p "$S")" ]
	[[ "$stderr" == *"1 ineligible"* ]]
	run --separate-stderr "$SDC_BIN/sdc-llm" --status "Needs Review" title "$S"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | sed -n 1p)" = "$(sed -n 1p "$S")" ]
	echo "$output" | sed -n 3p | jq -e '.insights.llm_generated_title == "VPN drops"'
}

@test "the original's prompts render byte for byte (hand-written expectations)" {
	for t in title category notes; do
		"$SDC_BIN/sdc-llm" -q --dry-run $t "$S" | head -1 |
		    jq -j '.body.messages[1].content' >got
		printf '%s' "$(cat "$FIX/$t-1001.expected")" >want
		cmp got want
	done
	"$SDC_BIN/sdc-llm" -q --dry-run overview "$S" | sed -n 2p |
	    jq -j '.body.messages[1].content' >got
	printf '%s' "$(cat "$FIX/overview-0002.expected")" >want
	cmp got want
}

@test "--dry-run prints the requests and sends nothing" {
	fake
	run --separate-stderr "$SDC_BIN/sdc-llm" --dry-run title summary "$S"
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 0 ]
	[ "$(echo "$output" | wc -l)" -eq 6 ]
	echo "$output" | head -1 | jq -e --arg u "http://127.0.0.1:$PORT/v1/chat/completions" \
	    '.url == $u and .model == "fake:small" and .task == "title" and .body.model == "small"'
	[[ "$output$stderr" != *"$FAKE_KEY"* ]]
}

@test "openai request: exact body and headers; limit field and temperature per config" {
	fake --echo 'Source title: (.*?)\n'
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" title one.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "re: Desktop Performance Issue"'
	jq -e '.path == "/v1/chat/completions"' reqs.jsonl
	jq -e --arg k "Bearer $FAKE_KEY" '.headers.Authorization == $k and .headers["Content-Type"] == "application/json"' reqs.jsonl
	jq -e '.body | keys == ["max_tokens", "messages", "model", "stream"]' reqs.jsonl
	jq -e '.body.max_tokens == 32 and .body.stream == false and .body.model == "small"' reqs.jsonl
	jq -e '[.body.messages[].role] == ["system", "user"]' reqs.jsonl
	rm reqs.jsonl
	sed -i 's/"limit_field": "max_tokens"//; s/"api_key_env": "FAKE_KEY",/"api_key_env": "FAKE_KEY"/' config/sdc.json
	write_config '"models": {"fake:small": {"temperature": 0.2}}'
	sed -i 's/, "limit_field": "max_tokens"//' config/sdc.json
	"$SDC_BIN/sdc-llm" -q --no-cache title one.jsonl >/dev/null
	jq -e '.body.max_completion_tokens == 32 and .body.temperature == 0.2 and (.body | has("max_tokens") | not)' reqs.jsonl
}

@test "gemini request: native URL, key in x-goog-api-key, thought parts skipped" {
	fake --echo 'Source title: (.*?)\n'
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" --model gem:gemini-2.5-flash title one.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "re: Desktop Performance Issue"'
	echo "$output" | jq -e '.meta.processing_log[-1] == "sdc-llm:title/0.1.0 model=gem:gemini-2.5-flash"'
	jq -e '.path == "/v1beta/models/gemini-2.5-flash:generateContent"' reqs.jsonl
	jq -e --arg k "$FAKE_KEY" '.headers["x-goog-api-key"] == $k and (.headers | has("Authorization") | not)' reqs.jsonl
	jq -e '.body.systemInstruction.parts[0].text | startswith("You are an IT support assistant")' reqs.jsonl
	# gemini-2.5 thinks first: the limit leaves room for it, within a budget
	jq -e '.body.contents[0].role == "user" and
	    .body.generationConfig == {"maxOutputTokens": 1024, "thinkingConfig": {"thinkingBudget": 512}}' reqs.jsonl
	grep -q '"output_tokens":14' data/state/llm-calls.jsonl
}

@test "a step already in processing_log is skipped unless --force" {
	fake
	one
	"$SDC_BIN/sdc-llm" -q title one.jsonl >done.jsonl
	[ "$(nreqs)" -eq 1 ]
	run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache title done.jsonl
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 1 ]
	[ "$output" = "$(cat done.jsonl)" ]
	[[ "$stderr" == *"1 ineligible"* ]]
	run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache --force title done.jsonl
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 2 ]
	echo "$output" | jq -e '[.meta.processing_log[] | select(startswith("sdc-llm:title"))] | length == 2'
}

@test "per-task source filter: notes runs only on notes.json sessions" {
	fake --script <(echo '[{"text": "{\"title\": \"Slow desktop\", \"category\": \"hardware\", \"summary\": \"Memory was high.\", \"keywords\": [\"memory\", \"desktop\"]}"}]')
	run --separate-stderr "$SDC_BIN/sdc-llm" notes "$S"
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 1 ]
	jq -e '.body.response_format | .type == "json_schema" and .json_schema.strict and
	    .json_schema.schema.required == ["title", "category", "summary", "keywords"] and
	    .json_schema.schema.properties.category.enum == ["Hardware", "Software", "Network", "Account", "How-To", "Other"]' reqs.jsonl
	echo "$output" | head -1 | jq -e '.insights | .llm_generated_title == "Slow desktop" and
	    .llm_generated_category == "Hardware" and .generated_summaries.default == "Memory was high." and
	    .structured_llm_results.keywords == ["memory", "desktop"]'
	[ "$(echo "$output" | sed -n 2p)" = "$(sed -n 2p "$S")" ]
}

@test "notes: invalid JSON gets one repair call, then the session passes through" {
	fake --script <(echo '[{"text": "Sure! Here it is: {title: nope"},
	    {"text": "{\"title\": \"T\", \"category\": \"Network\", \"summary\": \"S.\", \"keywords\": []}"},
	    {"text": "not json"}, {"text": "still not json"}]')
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" notes one.jsonl
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 2 ]
	jq -s -e '.[1].body.messages[1].content | contains("Your previous answer was not valid")' reqs.jsonl
	echo "$output" | jq -e '.insights.llm_generated_category == "Network"'
	run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache notes one.jsonl
	[ "$status" -eq 1 ]
	[ "$(nreqs)" -eq 4 ]
	[ "$output" = "$(cat one.jsonl)" ]
	[[ "$stderr" == *"one.jsonl:1: notes:"* ]]
}

@test "category answers are normalised; one outside the list gets one repair, then is reported" {
	fake --script <(echo '[{"text": " hardware.\n"}, {"text": "Printers"}, {"text": "{\"category\": \"Network\"}"},
	    {"text": "Printers"}, {"text": "Peripherals"}]')
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" category one.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_category == "Hardware"'
	jq -e '.body.response_format.json_schema.schema.properties.category.enum | length == 6' reqs.jsonl
	run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache category one.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_category == "Network"'
	jq -s -e '.[2].body.messages[1].content | endswith("Your previous answer was not valid (\"Printers\" is not one of the categories). Reply with the category name only.")' reqs.jsonl
	run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache category one.jsonl
	[ "$status" -eq 1 ]
	[ "$output" = "$(cat one.jsonl)" ]
	[[ "$stderr" == *'one.jsonl:1: category: "Peripherals" is not one of the categories'* ]]
	[ "$(find data/state/llm-cache -name "*.json" | wc -l)" -eq 1 ]
}

@test "the cache: a second run makes zero requests; --no-cache and another model bypass it" {
	fake
	"$SDC_BIN/sdc-llm" -q title summary category "$S" >first.jsonl
	[ "$(nreqs)" -eq 9 ]
	run --separate-stderr "$SDC_BIN/sdc-llm" title summary category "$S"
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 9 ]
	[ "$output" = "$(cat first.jsonl)" ]
	[[ "$stderr" == *"9 calls (9 cached)"* ]]
	[ "$(find data/state/llm-cache -name '*.json' | wc -l)" -eq 9 ]
	"$SDC_BIN/sdc-llm" -q --no-cache title "$S" >/dev/null
	[ "$(nreqs)" -eq 12 ]
	"$SDC_BIN/sdc-llm" -q --model fake:other title "$S" >/dev/null
	[ "$(nreqs)" -eq 15 ]
	"$SDC_BIN/sdc-llm" -q --cache elsewhere title "$S" >/dev/null
	[ "$(nreqs)" -eq 18 ]
	[ -d elsewhere ]
}

@test "the call log: one NDJSON line per call, tokens, cost, never the key" {
	fake
	run --separate-stderr "$SDC_BIN/sdc-llm" -v --log calls.jsonl title "$S"
	[ "$status" -eq 0 ]
	[ "$(wc -l <calls.jsonl)" -eq 3 ]
	jq -s -e 'all(.[]; (keys | sort) == ["cached","cost_usd","error","input_tokens","latency_ms","model",
	    "output_tokens","retries","session_id","status","task","time"])' calls.jsonl
	jq -s -e 'all(.[]; .model == "fake:small" and .status == 200 and .cached == false and .input_tokens > 0)' calls.jsonl
	tin=$(jq -s 'map(.input_tokens) | add' calls.jsonl)
	tout=$(jq -s 'map(.output_tokens) | add' calls.jsonl)
	[[ "$stderr" == *"3 calls (0 cached), $tin tokens in, $tout out, est. cost \$"* ]]
	# Prices 1.5 and 2 USD per million tokens: twice the cost in micro-dollars is whole.
	cost2=$(jq -s 'map(.cost_usd) | add * 2e6 | round' calls.jsonl)
	[ "$cost2" -eq $(( tin * 3 + tout * 4 )) ]
	"$SDC_BIN/sdc-llm" -q --log calls.jsonl title "$S" >/dev/null
	[ "$(jq -s 'map(select(.cached)) | length' calls.jsonl)" -eq 3 ]
	! grep -q "$FAKE_KEY" calls.jsonl || false
	[[ "$stderr" != *"$FAKE_KEY"* ]]
	[[ "$stderr" == *"Bearer ***"* ]]
}

@test "retries honour retry-after-ms, Retry-After, Gemini RetryInfo, 'try again in', 5xx, 529" {
	fake --script <(echo '[{"preset": "rate_message"}, {"preset": "rate_retry_after_ms"},
	    {"preset": "rate_retry_after"}, {"preset": "rate_gemini"},
	    {"preset": "rate_gemini"}, {"preset": "server_error"}, {"preset": "overloaded"}, {"preset": "unavailable"},
	    {"preset": "html_502"}, {"preset": "rate_plain"}]')
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" --log calls.jsonl -j 1 title one.jsonl
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"Please retry in 0.03s. (gave up after 4 attempts)"* ]]
	run --separate-stderr "$SDC_BIN/sdc-llm" --log calls.jsonl -j 1 title one.jsonl
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"HTTP 503 unavailable_error: Loading model (gave up after 4 attempts)"* ]]
	run --separate-stderr "$SDC_BIN/sdc-llm" --log calls.jsonl -j 1 title one.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "fake answer"'
	[ "$(nreqs)" -eq 11 ]
	[ "$(jq -s -c 'map(.retries)' calls.jsonl)" = "[3,3,2]" ]
	# the waits asked for were honoured: 20 ms, 30 ms, 1 s; 40 ms
	jq -s -e '(.[1].t - .[0].t) >= 0.018 and (.[2].t - .[1].t) >= 0.027 and (.[3].t - .[2].t) >= 0.95
	    and (.[5].t - .[4].t) >= 0.036' reqs.jsonl
}

@test "quota errors are not retried: exit 3 after writing every finished session" {
	for q in quota_openai quota_openai_nullcode quota_gemini_day quota_anthropic; do
		rm -f reqs.jsonl
		fake --script <(echo "[{\"match\": \"WKSTN-02\", \"preset\": \"$q\"}]")
		run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache -j 1 title "$S"
		[ "$status" -eq 3 ]
		[ "$(nreqs)" -eq 2 ]
		# the first session finished, the third had nothing to do
		[ "$(echo "$output" | jq -r .meta.session_id | cut -c 10-13 | tr '\n' ' ')" = "0001 0003 " ]
		echo "$output" | head -1 | jq -e '.insights.llm_generated_title == "fake answer"'
		[[ "$stderr" == *"stopping: HTTP 429"* ]]
		[[ "$stderr" == *"not written"* ]]
	done
}

@test "every error shape is reported with the server's message; the session passes through" {
	shapes=(err_openai:"Use 'max_completion_tokens' instead" err_llamacpp:"exceeds the available context"
	    err_array:"Unknown name" err_errors:"errors array message"
	    err_detail:"Not Found" err_string:"model 'llama9' not found" err_flat:"flat vllm message"
	    err_anthropic:"at least one message is required" refusal:"I can't help with that"
	    malformed:"response is not JSON")
	# session i is titled Ei, and the fake answers it with shape i
	for i in "${!shapes[@]}"; do
		printf '{"match": "Source title: E%d\\\\n", "preset": "%s"}\n' "$i" "${shapes[i]%%:*}"
	done | jq -s . >script.json
	head -1 "$S" | jq -c '. as $s | range(0; '"${#shapes[@]}"') as $i |
	    $s | .insights.source_title = "E\($i)"' >shapes.jsonl
	fake --script script.json
	run --separate-stderr "$SDC_BIN/sdc-llm" title shapes.jsonl
	[ "$status" -eq 1 ]
	[ "$output" = "$(cat shapes.jsonl)" ]
	[ "$(nreqs)" -eq "${#shapes[@]}" ]
	for i in "${!shapes[@]}"; do
		[[ "$stderr" == *"shapes.jsonl:$((i + 1)): title: "*"${shapes[i]#*:}"* ]]
	done
}

@test "gemini: a blocked prompt is a reported failure" {
	fake --script <(echo '[{"preset": "gemini_blocked"}]')
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" --model gem:g title one.jsonl
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"prompt blocked: SAFETY"* ]]
}

@test "-j 16 with random latencies keeps input order" {
	fake --echo 'Source title: (.*?)\n' --latency-random 1:40
	sed -n 2p "$S" | jq -c '. as $s | range(1; 201) | "T\(.)" as $t |
	    $s | .insights.source_title = $t | .meta.session_id = $t' >many.jsonl
	run --separate-stderr "$SDC_BIN/sdc-llm" -j 16 title many.jsonl
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 200 ]
	[ "$(echo "$output" | jq -r .meta.session_id)" = "$(jq -r .meta.session_id many.jsonl)" ]
	echo "$output" | jq -s -e 'all(.[]; .insights.llm_generated_title == "re: " + .meta.session_id)'
	# the answers did arrive out of order
	[ "$(jq -r .body.messages[1].content reqs.jsonl | grep -o 'title: T[0-9]*' | tr '\n' ' ')" != \
	  "$(seq 200 | sed 's/^/title: T/' | tr '\n' ' ')" ]
}

@test "requests-per-minute cap spaces the requests" {
	fake
	write_config '"providers": {"fake": {"type": "openai", "rpm": 300, "base_url": "http://127.0.0.1:'"$PORT"'/v1"}}'
	# 300 rpm = one request per 200 ms: three span 400 ms, less connect jitter
	"$SDC_BIN/sdc-llm" -q -j 8 title "$S" >/dev/null
	[ "$(nreqs)" -eq 3 ]
	jq -s -e '(.[2].t - .[0].t) >= 0.3' reqs.jsonl
}

@test "--long cut keeps the start and the end of a long prompt" {
	fake
	write_config '"models": {"fake:small": {"max_input_chars": 400}}'
	one
	"$SDC_BIN/sdc-llm" -q title one.jsonl >/dev/null
	jq -e '.body.messages[1].content | (length <= 440) and test("\\[\\.\\.\\. [0-9]+ characters cut \\.\\.\\.\\]")
	    and startswith("Write a title") and endswith("server management portal")' reqs.jsonl
}

@test "--long map-reduce summarises chunks, then combines them" {
	fake --echo 'Transcript:\n(.*?):'
	write_config '"models": {"fake:mid": {"max_input_chars": 450}}'
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" --long map-reduce summary one.jsonl
	[ "$status" -eq 0 ]
	n=$(nreqs)
	[ "$n" -ge 3 ]
	jq -s -e '.[:-1] | all(.[]; .body.messages[1].content | startswith("This is part"))' reqs.jsonl
	jq -s -e --arg n "$((n - 1))" '.[-1].body.messages[1].content | contains("Part 1 of " + $n + ": re: Alex Ray")' reqs.jsonl
	echo "$output" | jq -e '.insights.generated_summaries.default == "re: Part 1 of '"$((n - 1))"'"'
}

@test "--long map-reduce: failing chunks fail the task once, and nothing is combined" {
	fake --script <(echo '[{"match": "This is part 1 of", "preset": "err_openai"},
	    {"match": "This is part 2 of", "preset": "server_error"}]')
	write_config '"models": {"fake:mid": {"max_input_chars": 450}}, "max_retries": 0'
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" --long map-reduce summary one.jsonl
	[ "$status" -eq 1 ]
	[ "$output" = "$(cat one.jsonl)" ]
	[ "$(grep -c 'one.jsonl:1: summary:' <<<"$stderr")" -eq 1 ]
	[ "$(jq -s 'map(select(.body.messages[1].content | startswith("Summarise"))) | length' reqs.jsonl)" -eq 0 ]
}

@test "--redact: the server never sees personal data; the answer gets it back" {
	fake --echo 'Mail me at (\S+) '
	sed -n 4p "$S" >pii.jsonl
	run --separate-stderr "$SDC_BIN/sdc-llm" --redact summary pii.jsonl
	[ "$status" -eq 0 ]
	for secret in lee.park@acme.example.com 123-4567 10.20.30.40 Hunter2-Temp; do
		! grep -q "$secret" reqs.jsonl || false
		! grep -rq "$secret" data/state || false
	done
	grep -q '\[EMAIL_1\]' reqs.jsonl
	grep -q 'password: \[SECRET_1\]' reqs.jsonl
	echo "$output" | jq -e '.insights.generated_summaries.default == "re: lee.park@acme.example.com"'
	# the control: without --redact they do reach the server
	"$SDC_BIN/sdc-llm" -q --no-cache summary pii.jsonl >/dev/null
	grep -q 'lee.park@acme.example.com' reqs.jsonl
}

@test "an unreachable server stops the run with exit 3" {
	PORT=1
	write_config
	run --separate-stderr "$SDC_BIN/sdc-llm" title "$S"
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"stopping: "*"127.0.0.1"* ]]
	# only the session with nothing to do was finished
	[ "$(echo "$output" | jq -r .meta.session_id)" = "$(sed -n 3p "$S" | jq -r .meta.session_id)" ]
}

@test "bad input lines are rejected with FILE:LINE; --key names the summary" {
	{ head -1 "$S"; echo '{broken'; echo '{"meta": {}, "insights": "x"}'; } >mixed.jsonl
	run --separate-stderr "$SDC_BIN/sdc-llm" --reject rej.txt --key short summary mixed.jsonl
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"mixed.jsonl:2: "* ]]
	[[ "$stderr" == *"mixed.jsonl:3: not a session"* ]]
	[[ "$stderr" == *"3 read, 1 written, 2 rejected"* ]]
	[ "$(echo "$output" | wc -l)" -eq 1 ]
	[ "$(cat rej.txt)" = "$(printf '%s\n' '{broken' '{"meta":{},"insights":"x"}')" ]
	echo "$output" | head -1 | jq -e '.insights.generated_summaries | has("short")'
}

@test "-q: a task that fails still says FILE:LINE, as its exit 1 needs (found by check-torture)" {
	fake --script <(echo '[{"text": "not json"}, {"text": "still not json"}]')
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" -q --no-cache notes one.jsonl
	[ "$status" -eq 1 ]
	[ "$output" = "$(cat one.jsonl)" ]
	[[ "$stderr" == *"one.jsonl:1: notes: "* ]]
}

@test "no leaks or memory errors, offline and over the network" {
	leakcheck() {
		if [ -n "${SDC_SANITIZE:-}" ]; then "$@"; else
		valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
		    --error-exitcode=99 "$@"; fi
	}
	leakcheck "$SDC_BIN/sdc-llm" -q title summary category notes overview "$S" >/dev/null
	fake --script <(echo '[{"preset": "err_openai"}, {"text": "not json"}]')
	leakcheck "$SDC_BIN/sdc-llm" -q -j 4 --redact --long map-reduce title summary notes "$S" >/dev/null || [ $? -eq 1 ]
	fake --script <(echo '[{"preset": "quota_openai"}]')
	run leakcheck "$SDC_BIN/sdc-llm" -q --no-cache -j 2 title summary "$S"
	[ "$status" -eq 3 ]
}

# Issue 12, defect 3: retry-after-ms of 1e300 or nan was converted to a long (UBSan).
@test "hostile retry hints: retry-after-ms 1e300 gives up at once, nan backs off, huge Retry-After gives up" {
	fake --script <(echo '[{"preset": "rate_retry_after_ms_huge"}, {"preset": "rate_retry_after_ms_nan"},
	    {"preset": "rate_retry_after_huge"}]')
	one
	SECONDS=0
	run --separate-stderr "$SDC_BIN/sdc-llm" -j 1 title one.jsonl
	[ "$status" -eq 1 ]
	[ "$(nreqs)" -eq 1 ]
	run --separate-stderr "$SDC_BIN/sdc-llm" -j 1 title one.jsonl
	[ "$status" -eq 1 ]
	[ "$(nreqs)" -eq 3 ]
	[ "$SECONDS" -lt 20 ]
}

# Issue 12, defect 8: a key echoed in a 401 body reached stderr and the call log.
@test "a key echoed in an error body is redacted from stderr, -v lines and the call log" {
	fake --script <(echo '[{"echo_key": 401}, {"echo_key": 500}, {"echo_key": 500}, {"echo_key": 500}, {"echo_key": 500}]')
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" -v --log calls.jsonl -j 1 title one.jsonl
	[ "$status" -eq 3 ]	# a refused key stops the run
	[[ "$stderr" == *"Incorrect API key provided: Bearer ***."* ]]
	! grep -qF "$FAKE_KEY" calls.jsonl || false
	grep -qF 'Incorrect API key provided: Bearer ***.' calls.jsonl
	[[ "$stderr" != *"$FAKE_KEY"* ]]
	sed -i 's/fake:small/gem:small/' config/sdc.json
	run --separate-stderr "$SDC_BIN/sdc-llm" -v --log calls.jsonl -j 1 title one.jsonl
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"Incorrect API key provided: ***."* ]]
	[[ "$stderr" == *"gave up after 4 attempts"* ]]
	[[ "$stderr" != *"$FAKE_KEY"* ]]
	! grep -qF "$FAKE_KEY" calls.jsonl || false
}

# Issue 12, defect 10: timeouts and resets read "HTTP 0:  (gave up after 2 attempts)".
@test "a timeout and a connection reset are named as such, not HTTP 0" {
	fake --script <(echo '[{"delay": 3, "text": "late"}, {"delay": 3, "text": "late"}]')
	sed -i 's|"limit_field": "max_tokens"|"limit_field": "max_tokens", "timeout": 1|; s|"max_retries": 3|"max_retries": 1|' config/sdc.json
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" -j 1 title one.jsonl
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"timed out after 1 s ("*") (gave up after 2 attempts)"* ]]
	[[ "$stderr" != *"HTTP 0"* ]]
	fake --script <(echo '[{"reset": true}, {"reset": true}]')
	sed -i 's|"limit_field": "max_tokens"|"limit_field": "max_tokens", "timeout": 1|; s|"max_retries": 3|"max_retries": 1|' config/sdc.json
	run --separate-stderr "$SDC_BIN/sdc-llm" -j 1 title one.jsonl
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"connection reset"*"(gave up after 2 attempts)"* ]]
	[[ "$stderr" != *"HTTP 0"* ]]
}

# ---- real servers: recorded bodies, providers, thinking models ----

@test "every recorded response: what is stored, what is cached, the exit status" {
	R=$FIX/responses
	one
	n=0
	while IFS=$'\t' read -r file model task status stored code nreq err; do
		[[ "$file" == \#* ]] && continue
		n=$((n + 1))
		rm -rf reqs.jsonl data
		printf '[{"file": "%s", "status": %s}, {"file": "%s", "status": %s}]' \
		    "$file" "$status" "$file" "$status" >script.json
		fake --script script.json
		run --separate-stderr "$SDC_BIN/sdc-llm" --model "$model" "$task" one.jsonl
		echo "$file: status $status, stderr: $stderr"
		[ "$status" -eq "$code" ]
		[ "$(nreqs)" -eq "$nreq" ]
		cached=$(find data/state/llm-cache -name '*.json' 2>/dev/null | wc -l)
		if [ "$stored" = - ]; then
			[ "$cached" -eq 0 ]
			# nothing stored: the session passes through as it came, or
			# (a refused key stops the run) is not written at all
			[ -z "$output" ] || [ "$output" = "$(cat one.jsonl)" ]
			[[ "$stderr" == *"$err"* ]]
		else
			[ "$cached" -eq 1 ]
			key=$([ "$task" = title ] && echo llm_generated_title || echo llm_generated_category)
			echo "$output" | jq -e --arg v "$stored" --arg k "$key" '.insights[$k] == $v'
			grep -q "$(echo "$stored" | head -c 20)" data/state/llm-cache/*/*.json
		fi
	done <"$R/cases.tsv"
	# every body in the folder has a case
	[ "$n" -eq "$(ls "$R"/*.json | grep -vc anthropic-529)" ]
}

@test "anthropic: the documented request byte for byte; overloaded 529 retried; an invalid key stops with exit 3" {
	echo '{"tasks": {"title": {"max_tokens": 1024, "user": "Hello, world"}}}' >config/prompts.json
	fake --script <(echo '[{"file": "anthropic-529.json", "status": 529}, {"file": "anthropic-end-turn.json"}]')
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" --model anth:claude-sonnet-4-20250514 title one.jsonl
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 2 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "Printer jam fixed on WKSTN-02"'
	# docs.anthropic.com/en/api/messages, the curl example
	want='{"model":"claude-sonnet-4-20250514","max_tokens":1024,"messages":[{"role":"user","content":"Hello, world"}]}'
	[ "$(head -1 reqs.jsonl | jq -j .raw)" = "$want" ]
	jq -s -e --arg k "$FAKE_KEY" 'all(.[]; .path == "/v1/messages" and .headers["x-api-key"] == $k and
	    .headers["anthropic-version"] == "2023-06-01" and (.headers | has("Authorization") | not))' reqs.jsonl
	rm reqs.jsonl
	fake --script <(echo '[{"file": "anthropic-401.json", "status": 401}]')
	run --separate-stderr "$SDC_BIN/sdc-llm" -j 1 --no-cache --model anth:claude-sonnet-4-20250514 title "$S"
	[ "$status" -eq 3 ]
	[ "$(nreqs)" -eq 1 ]
	[[ "$stderr" == *"stopping: HTTP 401 authentication_error: invalid x-api-key"* ]]
	[[ "$stderr" != *"$FAKE_KEY"* ]]
}

@test "azure: deployment URL, api-version, api-key header; the documented request byte for byte" {
	echo '{"tasks": {"title": {"system": "you are a helpful assistant that talks like a pirate",
	    "user": "can you tell me how to care for a parrot?"}}}' >config/prompts.json
	fake --script <(echo '[{"file": "azure-stop.json"}]')
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" --model az:gpt-4o-prod title one.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "Printer jam fixed on WKSTN-02"'
	jq -e '.path == "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21"' reqs.jsonl
	jq -e --arg k "$FAKE_KEY" '.headers["api-key"] == $k and (.headers | has("Authorization") | not)' reqs.jsonl
	# Azure/azure-rest-api-specs .../inference/stable/2024-10-21/examples/chat_completions.json
	want='{"messages":[{"role":"system","content":"you are a helpful assistant that talks like a pirate"},{"role":"user","content":"can you tell me how to care for a parrot?"}]}'
	[ "$(jq -j .raw reqs.jsonl)" = "$want" ]
	# a schema task asks for json_schema; the limit field is the GA version's
	cp "$SDC_TOP/config/prompts.json" config/
	"$SDC_BIN/sdc-llm" -q --dry-run --model az:gpt-4o-prod category one.jsonl |
	    jq -e '.body | .max_tokens == 16 and .response_format.type == "json_schema" and (has("model") | not)'
}

@test "azure: reasoning_effort only where the api-version has it (Azure refuses what it does not know)" {
	PORT=9
	one
	# 2024-10-21 (the default) has max_completion_tokens but no reasoning_effort
	write_config '"models": {}'
	sed -i 's/"az": {"type": "azure",/"az": {"type": "azure", "limit_field": "max_completion_tokens",/' config/sdc.json
	"$SDC_BIN/sdc-llm" -q --dry-run --model az:o4-mini title one.jsonl |
	    jq -e '.body | .max_completion_tokens == 1024 and (has("reasoning_effort") | not)'
	write_config '"models": {"az:o4-mini": {"reasoning_effort": "medium"}}'
	run --separate-stderr "$SDC_BIN/sdc-llm" --dry-run --model az:o4-mini title one.jsonl
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"az:o4-mini: reasoning_effort is not in api_version 2024-10-21"*"llm.providers.az.api_version in config/sdc.json"* ]]
	# a newer api_version: the configured effort, and OpenAI's default
	sed -i 's/"az": {"type": "azure",/"az": {"type": "azure", "api_version": "2025-04-01-preview", "limit_field": "max_completion_tokens",/' config/sdc.json
	"$SDC_BIN/sdc-llm" -q --dry-run --model az:o4-mini title one.jsonl |
	    jq -e '.url | endswith("?api-version=2025-04-01-preview")'
	"$SDC_BIN/sdc-llm" -q --dry-run --model az:o4-mini title one.jsonl | jq -e '.body.reasoning_effort == "medium"'
	"$SDC_BIN/sdc-llm" -q --dry-run --model az:o3-mini title one.jsonl | jq -e '.body.reasoning_effort == "low"'
}

@test "a thinking model gets its title within budget from a fake that thinks first" {
	fake --think-tokens 600 --echo 'Source title: (.*?)\n'
	one
	# qwen3 is known to think: the limit sent leaves room for 600 tokens of thinking
	run --separate-stderr "$SDC_BIN/sdc-llm" --model fake:qwen3 title one.jsonl
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 1 ]
	jq -e '.body.max_tokens == 1024' reqs.jsonl
	echo "$output" | jq -e '.insights.llm_generated_title == "re: Desktop Performance Issue"'
	# a model not known to think: 32 tokens, then one retry with 128, both spent thinking
	rm reqs.jsonl
	run --separate-stderr "$SDC_BIN/sdc-llm" --model fake:small title one.jsonl
	[ "$status" -eq 1 ]
	[ "$(jq -s -c 'map(.body.max_tokens)' reqs.jsonl)" = "[32,128]" ]
	[ "$output" = "$(cat one.jsonl)" ]
	[[ "$stderr" == *"one.jsonl:1: title: answer cut off by the token limit (length)"* ]]
	# ... and configured as one, it succeeds
	rm reqs.jsonl
	write_config '"models": {"fake:small": {"reasoning": true, "reasoning_effort": "low"}}'
	run --separate-stderr "$SDC_BIN/sdc-llm" title one.jsonl
	[ "$status" -eq 0 ]
	jq -e '.body.max_tokens == 1024 and .body.reasoning_effort == "low"' reqs.jsonl
	# the same on Gemini 2.5 (thinking budget) and Anthropic (extended thinking)
	for m in gem:gemini-2.5-flash anth:claude-sonnet-4-5; do
		rm -f reqs.jsonl
		write_config '"models": {"anth:claude-sonnet-4-5": {"thinking_budget": 1024}}'
		run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache --model $m title one.jsonl
		[ "$status" -eq 0 ]
		[ "$(nreqs)" -eq 1 ]
		echo "$output" | jq -e '.insights.llm_generated_title == "re: Desktop Performance Issue"'
	done
	jq -e '.body.max_tokens == 1056 and .body.thinking == {"type": "enabled", "budget_tokens": 1024}' reqs.jsonl
}

@test "a budget retry that succeeds: stored once, cached under the first request" {
	fake --think-tokens 100 --echo 'Source title: (.*?)\n'
	one
	run --separate-stderr "$SDC_BIN/sdc-llm" --log calls.jsonl --model fake:small title one.jsonl
	[ "$status" -eq 0 ]
	[ "$(jq -s -c 'map(.body.max_tokens)' reqs.jsonl)" = "[32,128]" ]
	echo "$output" | jq -e '.insights.llm_generated_title == "re: Desktop Performance Issue"'
	[ "$(wc -l <calls.jsonl)" -eq 2 ]
	run --separate-stderr "$SDC_BIN/sdc-llm" --model fake:small title one.jsonl
	[ "$status" -eq 0 ]
	[ "$(nreqs)" -eq 2 ]
	[[ "$stderr" == *"1 calls (1 cached)"* ]]
}

@test "ca_file per provider: servers behind different self-signed certificates in one run" {
	openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 \
	    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 2>/dev/null
	fake --tls cert.pem key.pem --echo 'Source title: (.*?)\n'
	one
	write_config '"providers": {"lan": {"type": "openai", "base_url": "https://127.0.0.1:'"$PORT"'/v1",
	    "limit_field": "max_tokens", "ca_file": "cert.pem"},
	    "lan2": {"type": "openai", "base_url": "https://127.0.0.1:'"$PORT"'/v1"}}'
	run --separate-stderr "$SDC_BIN/sdc-llm" --model lan:small title one.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "re: Desktop Performance Issue"'
	# the same server without the bundle: the certificate is refused, at once
	run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache --model lan2:small title one.jsonl
	[ "$status" -eq 3 ]
	[ "$(nreqs)" -eq 1 ]
	[[ "$stderr" == *"stopping: "*"certificate"* ]]
	# each provider its own bundle, in one run: a second server with
	# another self-signed certificate answers the summaries
	openssl req -x509 -newkey rsa:2048 -nodes -keyout key2.pem -out cert2.pem -days 2 \
	    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 2>/dev/null
	python3 "$SDC_TOP/tests/fakes/llm_fake.py" --port-file port2 --log reqs2.jsonl \
	    --tls cert2.pem key2.pem --echo 'Source title: (.*?)\n' &
	FAKE2_PID=$!
	for _ in $(seq 100); do [ -f port2 ] && break; sleep 0.05; done
	write_config '"capabilities": {"lightweight": "lan:small", "general": "lan2:mid"},
	    "providers": {"lan": {"type": "openai", "base_url": "https://127.0.0.1:'"$PORT"'/v1", "ca_file": "cert.pem"},
	    "lan2": {"type": "openai", "base_url": "https://127.0.0.1:'"$(cat port2)"'/v1", "ca_file": "cert2.pem"}}'
	run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache title summary one.jsonl
	[ "$status" -eq 0 ]
	[ "$(jq -s length reqs2.jsonl)" -eq 1 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "re: Desktop Performance Issue" and
	    .insights.generated_summaries.default == "re: Desktop Performance Issue"'
	# swapped bundles: both servers' certificates are refused
	write_config '"capabilities": {"lightweight": "lan:small", "general": "lan2:mid"},
	    "providers": {"lan": {"type": "openai", "base_url": "https://127.0.0.1:'"$PORT"'/v1", "ca_file": "cert2.pem"},
	    "lan2": {"type": "openai", "base_url": "https://127.0.0.1:'"$(cat port2)"'/v1", "ca_file": "cert.pem"}}'
	run --separate-stderr "$SDC_BIN/sdc-llm" --no-cache title summary one.jsonl
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"certificate"* ]]
}

@test "offline titles: what is known of a remote session, whole words, no Markdown" {
	R=$SDC_TOP/tests/fixtures/report/sample-sessions.jsonl
	run --separate-stderr "$SDC_BIN/sdc-llm" title "$R"
	[ "$status" -eq 0 ]
	titles=$(echo "$output" | jq -r '.insights.llm_generated_title // empty')
	[ "$(echo "$titles" | grep -c 'Connected to machine')" -eq 0 ]
	[ "$(echo "$titles" | grep -c '[*`#]')" -eq 0 ]
	[ "$(echo "$titles" | awk 'NF > 9' | wc -l)" -eq 0 ]
	echo "$output" | head -1 | jq -e '.insights.llm_generated_title == "Remote session on WKSTN-02 for HealthGroup Alpha, 2 min"'
	# a ticket of the same customer three hours away gives the subject, also
	# when it comes after the session in the file
	{ head -1 "$R"; grep -m1 '"SyncroRMM"' "$R" | jq -c '.context.customer_id = 48222713 |
	    .insights.session_start_time_utc = "2025-01-03T20:43:00Z" | .insights.source_title = "Backups failing"'; } >two.jsonl
	run --separate-stderr "$SDC_BIN/sdc-llm" title two.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | head -1 | jq -e '.insights.llm_generated_title == "Backups failing on WKSTN-02 for HealthGroup Alpha, 2 min"'
}

@test "--context: the tickets of offline titles from the whole results, the input only what changed" {
	R=$SDC_TOP/tests/fixtures/report/sample-sessions.jsonl
	{ head -1 "$R"; grep -m1 '"SyncroRMM"' "$R" | jq -c '.context.customer_id = 48222713 |
	    .insights.session_start_time_utc = "2025-01-03T20:43:00Z" | .insights.source_title = "Backups failing"'; } >all.jsonl
	head -1 "$R" >changed.jsonl
	run --separate-stderr "$SDC_BIN/sdc-llm" title --context all.jsonl changed.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "Backups failing on WKSTN-02 for HealthGroup Alpha, 2 min"'
	# the same title as over all of them
	"$SDC_BIN/sdc-llm" title all.jsonl | head -1 | cmp - <(echo "$output")
	# without it, the changed session alone has no ticket near
	run --separate-stderr "$SDC_BIN/sdc-llm" title changed.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "Remote session on WKSTN-02 for HealthGroup Alpha, 2 min"'
	# from standard input (a GNU parallel job): every ticket of the context
	run --separate-stderr "$SDC_BIN/sdc-llm" title --context all.jsonl - <changed.jsonl
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.insights.llm_generated_title == "Backups failing on WKSTN-02 for HealthGroup Alpha, 2 min"'
	# GNU parallel, a block a line: the same as one run over the file
	if command -v parallel >/dev/null; then
		parallel --pipe -k -N1 "$SDC_BIN/sdc-llm" -q title --context all.jsonl <all.jsonl >par.jsonl
		"$SDC_BIN/sdc-llm" -q title all.jsonl | cmp - par.jsonl
	fi
	run --separate-stderr "$SDC_BIN/sdc-llm" title --context nope.jsonl changed.jsonl
	[ "$status" -eq 2 ]
}
