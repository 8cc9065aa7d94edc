#!/usr/bin/env bats
# sdc-llm's OpenAI requests validated by Prism (a validating mock) against
# OpenAI's own OpenAPI description (see tests/fixtures/llm/openapi/README.md).
# That file comes from a public repository, so it is not committed here: it
# is read from the steering repository's shared/fixtures/openai-openapi/
# (beside the checkout, or $SDC_SHARED) and cut down by extract.py.  Without
# it the tests skip, saying so.  Prism comes from npm: `make prism`.  Outside
# CI a missing Prism skips, with the reason; in CI ($CI set) it fails.
bats_require_minimum_version 1.5.0

S=$SDC_TOP/tests/fixtures/llm/sessions.jsonl
SHARED=${SDC_SHARED:-$SDC_TOP/../shared}
OPENAPI=$SHARED/fixtures/openai-openapi/openapi.json

setup() {
	[ -f "$OPENAPI" ] || skip "CI-OK: OpenAI's openapi.json is not in $SHARED/fixtures/openai-openapi/ (a file from a public repository lives only in the steering repo's shared/)"
	PRISM=$SDC_TOP/tests/.prism/node_modules/.bin/prism
	[ -x "$PRISM" ] || PRISM=$(command -v prism || true)
	if [ -z "$PRISM" ]; then
		[ -z "${CI:-}" ] || { echo "prism missing in CI: run make prism" >&2; return 1; }
		skip "prism not installed (make prism installs @stoplight/prism-cli)"
	fi
	W=$(mktemp -d)
	cd "$W"
	mkdir config
	cp "$SDC_TOP/config/prompts.json" config/
	SPEC=$W/openai-chat-completions.json
	python3 "$SDC_TOP/tests/fixtures/llm/openapi/extract.py" "$OPENAPI" >"$SPEC"
	PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	"$PRISM" mock -h 127.0.0.1 -p "$PORT" --errors "$SPEC" >prism.log 2>&1 &
	PRISM_PID=$!
	for _ in $(seq 150); do
		curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
		sleep 0.2
	done
	export OPENAI_API_KEY=sk-prism-0123456789
}

teardown() {
	[ -z "${PRISM_PID:-}" ] || kill "$PRISM_PID" 2>/dev/null || true
	cd /
	[ -z "${W:-}" ] || rm -rf "$W"
}

# post BODY_FILE: the HTTP status Prism gives the body
post() {
	curl -s -o resp.json -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/chat/completions" \
	    -H "Authorization: Bearer $OPENAI_API_KEY" -H 'Content-Type: application/json' --data-binary @"$1"
}

@test "prism refuses a bad body (so a pass means something)" {
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
	cat >config/sdc.json <<EOF
{"llm": {"providers": {"openai": {"type": "openai", "base_url": "http://127.0.0.1:$PORT"},
                       "old": {"type": "openai", "base_url": "http://127.0.0.1:$PORT",
                               "limit_field": "max_tokens", "structured": "json"}},
         "models": {"openai:gpt-4o-mini": {"temperature": 0.2}}}}
EOF
	n=0
	for model in openai:gpt-4o-mini openai:o4-mini openai:gpt-5-nano old:gpt-4o-mini; do
		for task in title summary category overview notes; do
			"$SDC_BIN/sdc-llm" -q --dry-run --status Linked,Complete,Reviewed,"Needs Review" \
			    --model "$model" "$task" "$S" | jq -c .body >bodies.jsonl
			while IFS= read -r body; do
				printf '%s' "$body" >body.json
				code=$(post body.json)
				echo "$model $task: $code $(head -c 300 resp.json)"
				[ "$code" = 200 ]
				n=$((n + 1))
			done <bodies.jsonl
		done
	done
	[ "$n" -ge 40 ]
	# what was validated includes each option at least once
	"$SDC_BIN/sdc-llm" -q --dry-run --model openai:o4-mini category "$S" | head -1 |
	    jq -e '.body | .reasoning_effort == "low" and .max_completion_tokens == 1024 and
	    .response_format.type == "json_schema"'
	"$SDC_BIN/sdc-llm" -q --dry-run --model old:gpt-4o-mini notes "$S" | head -1 |
	    jq -e '.body | .max_tokens == 512 and .response_format.type == "json_object"'
}
