#!/usr/bin/env bats
# End-to-end tests of sdc-merge, the smart update of the session store.
load helpers

setup() {
	M=$SDC_BIN/sdc-merge
	F=$SDC_FIXTURES/merge
	T=$BATS_TEST_TMPDIR
	# One stored session of the fixture, by its machine, as a base to edit.
	jq -c 'select(.segments[0].content | test("SRV-MAIN|WKSTN-02"))' "$F/store.jsonl" >"$T/a.store"
	jq -c 'select(.segments[0].content | test("SRV-MAIN|WKSTN-02"))' "$F/new.jsonl" >"$T/a.new"
}

# merge STORE NEW: the output in STORE.out, stderr in $output.
merge() {
	run bash -c '"$0" "$@" >"$1.out"' "$M" "$@"
	[ "$status" -eq 0 ]
}

@test "help, version, bad usage" {
	run "$M" --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ sdc-merge* ]]
	run "$M" --version
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-merge 0.1.0" ]
	run "$M" --bogus a b
	[ "$status" -eq 2 ]
	run "$M" onlyone
	[ "$status" -eq 2 ]
	run "$M" - -
	[ "$status" -eq 2 ]
}

@test "the fixture merges to its expected output" {
	run bash -c '"$0" -v "$1/store.jsonl" "$1/new.jsonl" >"$2/out"' "$M" "$F" "$T"
	[ "$status" -eq 0 ]
	cmp "$T/out" "$F/expected.jsonl"
	[[ "$output" == *"8 read, 5 written, 0 rejected, 1 kept, 1 added, 2 updated, 1 unchanged"* ]]
}

@test "tool-owned fields come from NEW" {
	jq -c '.insights.source_title = "Old title" | .meta.source_identifiers = ["old.csv", "lines 1"]' \
	    "$T/a.store" >"$T/store"
	jq -c '.segments[1].content = "Connected to machine: SRV-NEW"' "$T/a.new" >"$T/new"
	merge "$T/store" "$T/new"
	[ "$(jq -r .insights.source_title "$T/store.out")" = "ScreenConnect Session for AdminUser" ]
	[ "$(jq -r '.meta.source_identifiers[0]' "$T/store.out")" = SampleRemoteAccessLogs.csv ]
	[ "$(jq -r '.segments[1].content' "$T/store.out")" = "Connected to machine: SRV-NEW" ]
}

@test "user_notes survive" {
	merge "$T/a.store" "$T/a.new"
	[ "$(jq -r .insights.user_notes "$T/a.store.out")" = "Billed 1h, ticket #4411" ]
	jq -c '.insights.user_notes = ""' "$T/a.store" >"$T/store"
	jq -c '.insights.user_notes = "from the source"' "$T/a.new" >"$T/new"
	merge "$T/store" "$T/new"
	[ "$(jq -r .insights.user_notes "$T/store.out")" = "from the source" ]
}

@test "links: union of both, stored order first" {
	jq -c '.context.links = ["b", "a", "shared"]' "$T/a.store" >"$T/store"
	jq -c '.context.links = ["shared", "z", "c"]' "$T/a.new" >"$T/new"
	merge "$T/store" "$T/new"
	[ "$(jq -c .context.links "$T/store.out")" = '["b","a","shared","z","c"]' ]
}

@test "Reviewed survives and keeps the customer" {
	jq -c '.meta.processing_status = "Reviewed" | .context.customer_name = "Checked Name"' \
	    "$T/a.store" >"$T/store"
	jq -c '.meta.processing_status = "Needs Review" | .context.customer_id = null' "$T/a.new" >"$T/new"
	merge "$T/store" "$T/new"
	[ "$(jq -r .meta.processing_status "$T/store.out")" = Reviewed ]
	[ "$(jq -r .context.customer_name "$T/store.out")" = "Checked Name" ]
	[ "$(jq -r .context.customer_id "$T/store.out")" = 1001 ]
}

@test "a customer and contact set by hand (log entry manual) survive" {
	jq -c '.context += {customer_id: 77, customer_name: "Hand Co", contact_id: 5, contact_name: "Ann"}
	    | .meta.processing_log += ["manual"]' "$T/a.store" >"$T/store"
	merge "$T/store" "$T/a.new"
	[ "$(jq -c '[.context.customer_id, .context.customer_name, .context.contact_id, .context.contact_name]' "$T/store.out")" = '[77,"Hand Co",5,"Ann"]' ]
	[ "$(jq -r '.meta.processing_log[-1]' "$T/store.out")" = manual ]
}

@test "without manual or Reviewed the linker's customer wins" {
	jq -c '.context.customer_id = 77 | .context.customer_name = "Hand Co"
	    | .meta.processing_log += ["manually edited"]' "$T/a.store" >"$T/store"
	merge "$T/store" "$T/a.new"
	[ "$(jq -c '[.context.customer_id, .context.customer_name]' "$T/store.out")" = '[1001,"HealthGroup Alpha"]' ]
	! grep -q "manually edited" "$T/store.out" || false
}

@test "LLM results and their log entries survive unchanged segments" {
	jq -c '.insights.structured_llm_results = {detailed_overview: "long text"}
	    | .meta.processing_log += ["sdc-llm:overview/0.1.0 model=extractive"]' "$T/a.store" >"$T/store"
	merge "$T/store" "$T/a.new"
	[ "$(jq -r .insights.llm_generated_title "$T/store.out")" = "Server maintenance on SRV-MAIN" ]
	[ "$(jq -r .insights.llm_generated_category "$T/store.out")" = Software ]
	[ "$(jq -r .insights.generated_summaries.default "$T/store.out")" != null ]
	[ "$(jq -r .insights.structured_llm_results.detailed_overview "$T/store.out")" = "long text" ]
	[ "$(jq -c '[.meta.processing_log[] | select(startswith("sdc-llm:")) | split("/")[0]]' "$T/store.out")" = \
	    '["sdc-llm:title","sdc-llm:summary","sdc-llm:category","sdc-llm:overview"]' ]
}

@test "LLM results from NEW win over stored ones" {
	jq -c '.insights.llm_generated_title = "Fresh title"
	    | .meta.processing_log += ["sdc-llm:title/0.2.0 model=openai:gpt-4o-mini"]' "$T/a.new" >"$T/new"
	merge "$T/a.store" "$T/new"
	[ "$(jq -r .insights.llm_generated_title "$T/a.store.out")" = "Fresh title" ]
	[ "$(jq -c '[.meta.processing_log[] | select(startswith("sdc-llm:title"))]' "$T/a.store.out")" = \
	    '["sdc-llm:title/0.2.0 model=openai:gpt-4o-mini"]' ]
}

@test "LLM results are dropped when the segments changed" {
	jq -c '.segments[1].end_time_utc = "2025-01-03T19:00:00Z"' "$T/a.new" >"$T/new"
	merge "$T/a.store" "$T/new"
	[ "$(jq -c '[.insights.llm_generated_title, .insights.llm_generated_category, .insights.generated_summaries]' "$T/a.store.out")" = '[null,null,{}]' ]
	! grep -q 'sdc-llm:' "$T/a.store.out" || false
	# ... while the user's own fields stay.
	[ "$(jq -r .insights.user_notes "$T/a.store.out")" = "Billed 1h, ticket #4411" ]
}

@test "sessions only in STORE are kept and counted; only in NEW added" {
	run bash -c '"$0" -v "$1/store.jsonl" /dev/null >"$2/out"' "$M" "$F" "$T"
	[ "$status" -eq 0 ]
	[ "$(wc -l <"$T/out")" -eq 4 ]
	[[ "$output" == *"4 kept, 0 added"* ]]
	run bash -c '"$0" -v /dev/null "$1/new.jsonl" >"$2/out"' "$M" "$F" "$T"
	[ "$status" -eq 0 ]
	[ "$(wc -l <"$T/out")" -eq 4 ]
	[[ "$output" == *"0 kept, 4 added"* ]]
	# The PRINT-SRV session, whose source row is gone, is still there.
	run bash -c 'set -o pipefail; "$0" "$1/store.jsonl" "$1/new.jsonl" | grep -c PRINT-SRV' "$M" "$F"
	[ "$status" -eq 0 ]
	[ "$output" = 1 ]
}

@test "output is in start-time order, ties in input order" {
	run bash -c 'set -o pipefail; "$0" "$1/store.jsonl" "$1/new.jsonl" | jq -r .insights.session_start_time_utc' "$M" "$F"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '%s\n' "$output" | sort)" ]
	[ "${#lines[@]}" -eq 5 ]
	for i in 1 2 3; do jq -c ".meta.session_id = \"tie$i\"" "$T/a.new"; done >"$T/new"
	jq -c '.meta.session_id = "tie0" | .insights.session_start_time_utc = null' "$T/a.store" >"$T/store"
	merge "$T/store" "$T/new"
	[ "$(jq -r .meta.session_id "$T/store.out" | paste -sd,)" = "tie1,tie2,tie3,tie0" ]
}

@test "a corrupt STORE line is reported with FILE:LINE and kept aside" {
	{ sed -n 1p "$F/store.jsonl"; echo '{"meta":{"session_id":"cut'; sed -n 2,4p "$F/store.jsonl"; } >"$T/store"
	run bash -c '"$0" --reject "$1/rej" "$1/store" "$2/new.jsonl" >"$1/out"' "$M" "$T" "$F"
	[ "$status" -eq 1 ]
	[[ "$output" == *"sdc-merge: $T/store:2: truncated JSON"* ]]
	[ "$(cat "$T/rej")" = '{"meta":{"session_id":"cut' ]
	cmp "$T/out" "$F/expected.jsonl"
}

@test "a valid line that is not a session is rejected, not dropped silently" {
	{ echo '[1,2]'; echo '{"meta":{}}'; cat "$T/a.store"; } >"$T/store"
	run bash -c '"$0" --reject "$1/rej" "$1/store" /dev/null >"$1/out"' "$M" "$T"
	[ "$status" -eq 1 ]
	[[ "$output" == *"store:1: not a session: no meta.session_id"* ]]
	[[ "$output" == *"store:2: not a session: no meta.session_id"* ]]
	[ "$(wc -l <"$T/rej")" -eq 2 ]
	[ "$(wc -l <"$T/out")" -eq 1 ]
}

@test "unknown keys are carried through" {
	jq -c '.billing = {invoice: "INV-7"} | .meta.reviewer = "kim" | .insights.hours = 1.5
	    | .context.site = "HQ"' "$T/a.store" >"$T/store"
	jq -c '.meta.newer_tool_key = true' "$T/a.new" >"$T/new"
	merge "$T/store" "$T/new"
	[ "$(jq -c '[.billing.invoice, .meta.reviewer, .insights.hours, .context.site, .meta.newer_tool_key]' "$T/store.out")" = '["INV-7","kim",1.5,"HQ",true]' ]
}

@test "timestamps: ingestion from STORE, last_updated only moves on change" {
	merge "$T/a.store" "$T/a.new"
	[ "$(jq -r .meta.ingestion_timestamp_utc "$T/a.store.out")" = 2025-08-13T21:01:01Z ]
	[ "$(jq -r .meta.last_updated_timestamp_utc "$T/a.store.out")" = 2025-09-01T08:00:00Z ]
	# Merging the result again with the same NEW changes no byte.
	cp "$T/a.store.out" "$T/again"
	run bash -c '"$0" -v "$1/again" "$1/a.new" >"$1/again.out"' "$M" "$T"
	[ "$status" -eq 0 ]
	cmp "$T/again" "$T/again.out"
	[[ "$output" == *"0 updated, 1 unchanged"* ]]
}

@test "merging is idempotent on the whole fixture" {
	run bash -c 'set -o pipefail; "$0" "$1/expected.jsonl" "$1/new.jsonl" | cmp - "$1/expected.jsonl"' "$M" "$F"
	[ "$status" -eq 0 ]
}

@test "duplicate session_ids are set aside with both lines named" {
	cat "$T/a.new" "$T/a.new" >"$T/new"
	run bash -c '"$0" --reject "$1/rej" /dev/null "$1/new" >"$1/out"' "$M" "$T"
	[ "$status" -eq 1 ]
	[[ "$output" == *"new:2: duplicate session_id 51b2d506"*"(first at line 1)"* ]]
	[ "$(wc -l <"$T/out")" -eq 1 ]
	[ "$(wc -l <"$T/rej")" -eq 1 ]
	cat "$T/a.store" "$T/a.store" >"$T/store"
	run bash -c '"$0" "$1/store" "$1/a.new" >"$1/out"' "$M" "$T"
	[ "$status" -eq 1 ]
	[[ "$output" == *"store:2: duplicate session_id"* ]]
}

@test "-o writes the store in place; > STORE is refused" {
	cp "$F/store.jsonl" "$T/s"
	run "$M" -o "$T/s" "$T/s" "$F/new.jsonl"
	[ "$status" -eq 0 ]
	cmp "$T/s" "$F/expected.jsonl"
	[ -z "$(find "$T" -name 's.*')" ]
	cp "$F/store.jsonl" "$T/s"
	run bash -c '"$0" "$1" "$2" >>"$1"' "$M" "$T/s" "$F/new.jsonl"
	[ "$status" -eq 2 ]
	[[ "$output" == *"the output is the store itself; use -o"* ]]
}

@test "STORE or NEW from standard input; a missing STORE is an error" {
	run bash -c 'set -o pipefail; "$0" - "$1/new.jsonl" <"$1/store.jsonl" | cmp - "$1/expected.jsonl"' "$M" "$F"
	[ "$status" -eq 0 ]
	run bash -c 'set -o pipefail; cat "$1/new.jsonl" | "$0" "$1/store.jsonl" - | cmp - "$1/expected.jsonl"' "$M" "$F"
	[ "$status" -eq 0 ]
	run "$M" "$T/nope" "$F/new.jsonl"
	[ "$status" -eq 2 ]
	[[ "$output" == *"nope"* ]]
}

@test "CRLF store lines and a last line without newline" {
	{ sed 's/$/\r/' "$F/store.jsonl" | head -c -2; } >"$T/store"
	run bash -c 'set -o pipefail; "$0" "$1/store" "$2/new.jsonl" | cmp - "$2/expected.jsonl"' "$M" "$T" "$F"
	[ "$status" -eq 0 ]
	# A last line that ends exactly at a page boundary, nothing mapped after.
	line=$(head -1 "$F/new.jsonl")
	{ printf '%s' "${line%\}}"; printf '%*s}' $((8192 - ${#line})) ''; } >"$T/page"
	[ "$(wc -c <"$T/page")" -eq 8192 ]
	run bash -c 'set -o pipefail; "$0" "$1" "$1" | wc -l' "$M" "$T/page"
	[ "$status" -eq 0 ]
	[ "$output" = 1 ]
}

@test "a write error is fatal" {
	run bash -c '"$0" "$1/store.jsonl" "$1/new.jsonl" >/dev/full' "$M" "$F"
	[ "$status" -eq 3 ]
}

@test "no leaks, no memory errors (valgrind; LeakSanitizer in check-sanitize)" {
	vg=(valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all --error-exitcode=99)
	[ -z "${SDC_SANITIZE:-}" ] || vg=()
	{ sed -n 1p "$F/store.jsonl"; echo 'not json'; sed -n 2,4p "$F/store.jsonl"; } >"$T/store"
	run bash -c '"$@" >/dev/null' _ "${vg[@]}" "$M" --reject /dev/null "$T/store" "$F/new.jsonl"
	[ "$status" -eq 1 ]
	run bash -c '"$@" < "$0" >/dev/null' "$F/store.jsonl" "${vg[@]}" "$M" -o "$T/o" - "$F/new.jsonl"
	[ "$status" -eq 0 ]
	cmp "$T/o" "$F/expected.jsonl"
}

@test "several NEW files merge as their concatenation; a duplicate across them names both" {
	head -2 "$F/new.jsonl" >"$T/n1"
	tail -n +3 "$F/new.jsonl" >"$T/n2"
	run bash -c '"$0" -v "$1/store.jsonl" "$2/n1" - <"$2/n2" >"$2/out"' "$M" "$F" "$T"
	[ "$status" -eq 0 ]
	cmp "$T/out" "$F/expected.jsonl"
	[[ "$output" == *"8 read, 5 written, 0 rejected, 1 kept, 1 added, 2 updated, 1 unchanged"* ]]
	run bash -c '"$0" --reject "$1/rej" /dev/null "$1/n1" "$1/n1" >"$1/out"' "$M" "$T"
	[ "$status" -eq 1 ]
	[[ "$output" == *"$T/n1:1: duplicate session_id"*"(first at $T/n1:1)"* ]] ||
	    [[ "$output" == *"$T/n1:1: duplicate session_id"*"(first at line 1)"* ]]
	[ "$(wc -l <"$T/rej")" -eq 2 ]
	run "$M" - "$T/n1" -
	[ "$status" -eq 2 ]
}

@test "--changed: the added and updated sessions, in output order; nothing when nothing changed" {
	run bash -c '"$0" --changed "$1/changed" "$2/store.jsonl" "$2/new.jsonl" >"$1/out"' "$M" "$T" "$F"
	[ "$status" -eq 0 ]
	# expected.jsonl: 1 kept, 1 added, 2 updated, 1 unchanged
	[ "$(wc -l <"$T/changed")" -eq 3 ]
	grep -Fxf "$T/changed" "$T/out" | cmp - "$T/changed"
	! grep -Fxf "$T/changed" "$F/store.jsonl" || false
	# merged again: every line is the stored one
	run bash -c '"$0" --changed "$1/changed" "$1/out" "$2/new.jsonl" >"$1/again"' "$M" "$T" "$F"
	[ "$status" -eq 0 ]
	cmp "$T/out" "$T/again"
	[ ! -s "$T/changed" ]
}

@test "many sessions: in start order or not, the same output; duplicates found past the first lines" {
	# 300 sessions from one fixture line: new ids, a start a minute apart
	# (the id table finds a line again from a checkpoint every 64 lines;
	# NEW in start order is merged as it is read, else sorted)
	python3 - "$F/new.jsonl" "$T" <<'PY'
import json, random, sys
base = json.loads(open(sys.argv[1]).readline())
out = []
for i in range(300):
    r = json.loads(json.dumps(base))
    r["meta"]["session_id"] = "00000000-0000-5000-8000-%012d" % i
    r["insights"]["session_start_time_utc"] = "2024-02-01T%02d:%02d:00Z" % (i // 60, i % 60)
    out.append(json.dumps(r, separators=(",", ":")))
t = sys.argv[2]
open(t + "/sorted", "w").write("\n".join(out[100:]) + "\n")
open(t + "/store", "w").write("\n".join(out[:150]) + "\n")
random.seed(1)
shuffled = out[100:]
random.shuffle(shuffled)
open(t + "/shuffled", "w").write("\n".join(shuffled) + "\n" + out[250] + "\n")
PY
	run bash -c '"$0" -v --changed "$1/c1" "$1/store" "$1/sorted" >"$1/o1"' "$M" "$T"
	[ "$status" -eq 0 ]
	[[ "$output" == *"350 read, 300 written, 0 rejected, 100 kept, 150 added, 0 updated, 50 unchanged"* ]]
	run bash -c '"$0" -v --changed "$1/c2" "$1/store" "$1/shuffled" >"$1/o2"' "$M" "$T"
	[ "$status" -eq 1 ]
	[[ "$output" == *"shuffled:201: duplicate session_id 00000000-0000-5000-8000-000000000250 (first at line "* ]]
	[[ "$output" == *"351 read, 300 written, 1 rejected, 100 kept, 150 added, 0 updated, 50 unchanged"* ]]
	cmp "$T/o1" "$T/o2"
	cmp "$T/c1" "$T/c2"
	[ "$(wc -l <"$T/c1")" -eq 150 ]
	jq -r .insights.session_start_time_utc "$T/o1" | sort -c
}
