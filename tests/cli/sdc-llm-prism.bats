#!/usr/bin/env bats
# sdc-llm's OpenAI and Azure OpenAI requests validated by Prism (a
# validating mock) against each provider's own published description (see
# tests/fixtures/llm/openapi/README.md).  Those files come from public
# repositories, so they are not committed here: they are read from the
# steering repository's shared/fixtures/ (beside the checkout, or
# $SDC_SHARED) and cut down by extract.py.  Without one, its tests skip,
# saying so.  Prism comes from npm: `make prism`.  Outside CI a missing
# Prism skips, with the reason; in CI ($CI set) it fails.
bats_require_minimum_version 1.5.0

S=$SDC_TOP/tests/fixtures/llm/sessions.jsonl
SHARED=${SDC_SHARED:-$SDC_TOP/../shared}
OPENAPI=$SHARED/fixtures/openai-openapi/openapi.json
AZURE=$SHARED/fixtures/azure-openai/inference.json
AZPATH='/deployments/{deployment-id}/chat/completions'

setup() {
	W=$(mktemp -d)
	cd "$W"
	mkdir config
	cp "$SDC_TOP/config/prompts.json" config/
	export OPENAI_API_KEY=sk-prism-0123456789 AZURE_OPENAI_API_KEY=az-prism-0123456789
}

teardown() {
	[ -z "${PRISM_PID:-}" ] || kill "$PRISM_PID" 2>/dev/null || true
	cd /
	[ -z "${W:-}" ] || rm -rf "$W"
}

# prism_on DESCRIPTION WHY EXTRACT_OPTION...: Prism mocking the cut of
# DESCRIPTION (spec.json; extract.py's notes in extract.log) on $PORT.
prism_on() {
	local desc=$1 why=$2
	shift 2
	[ -f "$desc" ] || skip "CI-OK: $why (a file from a public repository lives only in the steering repo's shared/)"
	PRISM=$SDC_TOP/tests/.prism/node_modules/.bin/prism
	[ -x "$PRISM" ] || PRISM=$(command -v prism || true)
	if [ -z "$PRISM" ]; then
		[ -z "${CI:-}" ] || { echo "prism missing in CI: run make prism" >&2; return 1; }
		skip "prism not installed (make prism installs @stoplight/prism-cli)"
	fi
	python3 "$SDC_TOP/tests/fixtures/llm/openapi/extract.py" "$@" "$desc" >spec.json 2>extract.log
	PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	"$PRISM" mock -h 127.0.0.1 -p "$PORT" --errors spec.json >prism.log 2>&1 &
	PRISM_PID=$!
	for _ in $(seq 150); do
		curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
		sleep 0.2
	done
}

openai_prism() {
	prism_on "$OPENAPI" "OpenAI's openapi.json is not in $SHARED/fixtures/openai-openapi/"
}

azure_prism() {
	prism_on "$AZURE" "Azure OpenAI's inference.json (2024-10-21) is not in $SHARED/fixtures/azure-openai/" \
	    --path "$AZPATH" --mount --undeclared-required
}

# post BODY_FILE [URL]: the HTTP status Prism gives an OpenAI request
post() {
	curl -s -o resp.json -w '%{http_code}' -X POST "${2:-http://127.0.0.1:$PORT/chat/completions}" \
	    -H "Authorization: Bearer $OPENAI_API_KEY" -H 'Content-Type: application/json' --data-binary @"$1"
}

# azpost BODY_FILE [URL [HEADER]]: the status Prism gives an Azure request
# (default: with its api-key); its violations (the sl-violations header)
# in violations.json
azpost() {
	local url=${2:-http://127.0.0.1:$PORT/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21}
	curl -s -D headers.txt -o resp.json -w '%{http_code}' -X POST "$url" \
	    -H "${3-api-key: $AZURE_OPENAI_API_KEY}" -H 'Content-Type: application/json' --data-binary @"$1"
	sed -n 's/^sl-violations: //Ip' headers.txt | tr -d '\r' >violations.json
}

# each_request POST MODEL...: every task's request for each MODEL, as
# --dry-run shows it (its URL has Prism's port), sent by POST BODY_FILE URL,
# gets 200; N counts them, bodies.jsonl keeps them.
each_request() {
	local post=$1 model task req code
	shift
	N=0
	for model; do
		for task in title summary category overview notes; do
			"$SDC_BIN/sdc-llm" -q --dry-run --status Linked,Complete,Reviewed,"Needs Review" \
			    --model "$model" "$task" "$S" | jq -c '[.url, .body]' >reqs.jsonl
			while IFS= read -r req; do
				jq -c '.[1]' <<<"$req" | tee -a bodies.jsonl >body.json
				code=$("$post" body.json "$(jq -r '.[0]' <<<"$req")")
				echo "$model $task: $code $(head -c 300 resp.json)"
				[ "$code" = 200 ] || return 1
				N=$((N + 1))
			done <reqs.jsonl
		done
	done
}

@test "prism refuses a bad body (so a pass means something)" {
	openai_prism
	echo '{"model": "gpt-4o-mini", "messages": "nope", "max_completion_tokens": "x"}' >bad.json
	[ "$(post bad.json)" = 422 ]
	jq -e '[.validation[].location[1]] | index("messages") != null' resp.json
	echo '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}],
	    "response_format": {"type": "json_schema", "json_schema": {"schema": {}}}}' >bad.json
	[ "$(post bad.json)" = 422 ]
	echo '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}' >good.json
	[ "$(post good.json)" = 200 ]
}

@test "every task's request, plain and reasoning models, validates against openapi.json" {
	openai_prism
	cat >config/sdc.json <<EOF
{"llm": {"providers": {"openai": {"type": "openai", "base_url": "http://127.0.0.1:$PORT"},
                       "old": {"type": "openai", "base_url": "http://127.0.0.1:$PORT",
                               "limit_field": "max_tokens", "structured": "json"}},
         "models": {"openai:gpt-4o-mini": {"temperature": 0.2}}}}
EOF
	each_request post openai:gpt-4o-mini openai:o4-mini openai:gpt-5-nano old:gpt-4o-mini
	[ "$N" -ge 40 ]
	# what was validated includes each option at least once
	"$SDC_BIN/sdc-llm" -q --dry-run --model openai:o4-mini category "$S" | head -1 |
	    jq -e '.body | .reasoning_effort == "low" and .max_completion_tokens == 1024 and
	    .response_format.type == "json_schema"'
	"$SDC_BIN/sdc-llm" -q --dry-run --model old:gpt-4o-mini notes "$S" | head -1 |
	    jq -e '.body | .max_tokens == 512 and .response_format.type == "json_object"'
}

@test "azure: prism refuses a bad body, no api-key, no api-version (so a pass means something)" {
	azure_prism
	# the one requirement of the file that nothing can meet (README.md)
	[ "$(cat extract.log)" = "extract.py: #/components/schemas/ResponseFormatJsonSchema/properties/json_schema: required 'type' is not among its properties: dropped" ]
	echo '{"messages": "nope", "max_tokens": "x"}' >bad.json
	[ "$(azpost bad.json)" = 422 ]
	jq -e 'map(.location[2]) | index("messages") != null and index("max_tokens") != null' violations.json
	# a nullable $ref, rewritten by extract.py: Prism checked nothing before
	echo '{"messages": [{"role": "user", "content": "hi"}], "parallel_tool_calls": "x"}' >bad.json
	[ "$(azpost bad.json)" = 422 ]
	# a json_schema without its name is still refused
	echo '{"messages": [{"role": "user", "content": "hi"}],
	    "response_format": {"type": "json_schema", "json_schema": {"schema": {}}}}' >bad.json
	[ "$(azpost bad.json)" = 422 ]
	echo '{"messages": [{"role": "user", "content": "hi"}], "max_tokens": 16, "temperature": 3}' >bad.json
	[ "$(azpost bad.json)" = 422 ]
	echo '{"messages": [{"role": "user", "content": "hi"}],
	    "response_format": {"type": "json_schema", "json_schema": {"name": "a", "strict": true, "schema": {}}}}' >good.json
	[ "$(azpost good.json)" = 200 ]
	# the same without the key, or without the api-version
	[ "$(azpost good.json "" 'X-Nothing: 1')" = 401 ]
	[ "$(azpost good.json "http://127.0.0.1:$PORT/openai/deployments/gpt-4o-prod/chat/completions")" = 422 ]
}

@test "azure: every task's request, plain, reasoning and JSON-mode deployments, validates against inference.json (2024-10-21)" {
	azure_prism
	cat >config/sdc.json <<EOF
{"llm": {"providers": {"az": {"type": "azure", "base_url": "http://127.0.0.1:$PORT"},
                       "azr": {"type": "azure", "base_url": "http://127.0.0.1:$PORT",
                               "limit_field": "max_completion_tokens"},
                       "azj": {"type": "azure", "base_url": "http://127.0.0.1:$PORT", "structured": "json"}},
         "models": {"az:gpt-4o-prod": {"temperature": 0.2}}}}
EOF
	# Azure refuses a parameter its api-version does not know, and Prism
	# passes one (the schema allows more): each must be declared
	jq -c '.components.schemas as $s | def sch: if has("$ref") then $s[."$ref" | split("/")[-1]] else . end;
	    .paths[].post.requestBody.content["application/json"].schema | sch |
	    [.properties // {}, (.allOf[]? | sch | .properties // {})] | map(keys[]) | unique' spec.json >declared.json
	jq -e 'index("messages") and index("max_completion_tokens") and (index("reasoning_effort") | not)' declared.json
	each_request azpost az:gpt-4o-prod azr:o4-mini azj:gpt-4o-mini
	[ "$N" -eq 51 ]	# 4 sessions x 4 tasks + 1 notes session, x 3 deployments
	[ "$(jq -s -c --slurpfile d declared.json 'map(keys - $d[0]) | add | unique' bodies.jsonl)" = "[]" ]
	# what was validated includes each option at least once
	"$SDC_BIN/sdc-llm" -q --dry-run --model az:gpt-4o-prod category "$S" | head -1 |
	    jq -e '.body | .max_tokens == 16 and .temperature == 0.2 and .response_format.json_schema.name == "category"'
	"$SDC_BIN/sdc-llm" -q --dry-run --model azr:o4-mini notes "$S" | head -1 |
	    jq -e '.body | .max_completion_tokens == 1024 and (has("reasoning_effort") | not) and
	    .response_format.type == "json_schema"'
	"$SDC_BIN/sdc-llm" -q --dry-run --model azj:gpt-4o-mini notes "$S" | head -1 |
	    jq -e '.body | .max_tokens == 512 and .response_format.type == "json_object"'
}

@test "azure: the requests sdc-llm sends (URL, api-version, api-key header) pass Prism" {
	azure_prism
	cat >config/sdc.json <<EOF
{"llm": {"providers": {"az": {"type": "azure", "base_url": "http://127.0.0.1:$PORT"}}}}
EOF
	for task in title summary category overview notes; do
		run --separate-stderr "$SDC_BIN/sdc-llm" -j 1 --no-cache --model az:gpt-4o-prod "$task" "$S"
		# Prism's invented answer carries a refusal ("string"): reported, exit 1
		[ "$status" -eq 1 ]
		echo "$stderr" | grep 'no answer (string)'
	done
	# each session's request for each task, once: 4 tasks x 3 sessions, 1 notes
	[ "$(grep -c 'post /openai/deployments/gpt-4o-prod/chat/completions .*Request received' prism.log)" -eq 13 ]
	[ "$(grep -c 'Responding with "200"' prism.log)" -eq 13 ]
	[ "$(grep -c Violation prism.log)" -eq 0 ]
}
