#!/usr/bin/env bats
# End-to-end tests of sdc-st2jsonl: SillyTavern chat files to sessions.
# Paths are relative to the fixtures, as the expected outputs name them.
load helpers
ST=sdc-st2jsonl

setup_file() {
	cd "$SDC_FIXTURES/sillytavern"
}

# The time of the segment whose content is $1, else of the first one
# that starts with $1.
seg_time() {
	jq -rs --arg c "$1" '[.[].segments[]]
	    | (map(select(.content == $c)) + map(select(.content | startswith($c))))[0].start_time_utc' "$TMP/out"
}

@test "--help prints the usage to stdout, --version the version" {
	run "$ST" --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ sdc-st2jsonl* ]]
	run "$ST" --version
	[ "$output" = "sdc-st2jsonl 0.1.0" ]
}

@test "an unknown option or a bad value is a usage error (exit 2)" {
	run "$ST" --bogus
	[ "$status" -eq 2 ]
	[[ "$output" == *usage:* ]]
	run "$ST" --gap soon real
	[ "$status" -eq 2 ]
	run "$ST" --tz Mars/Olympus_Mons --no-state real
	[ "$status" -eq 2 ]
	[ -z "$(echo "$output" | grep '^{')" ]
}

@test "the two real exports convert to the expected sessions" {
	"$ST" --no-state real >"$TMP/out" 2>"$TMP/err"
	diff -u real.out "$TMP/out"
}

@test "real exports: the server's UTC-4 is inferred from gen_started/gen_finished" {
	"$ST" --no-state real >"$TMP/out" 2>"$TMP/err"
	grep -c 'local times read as UTC-04:00, inferred from 6 of 6' "$TMP/err" | grep -qx 2
	run jq -r '[.insights.session_start_time_utc, .insights.session_end_time_utc] | join(" ")' "$TMP/out"
	[ "${lines[0]}" = "2025-08-06T22:48:00Z 2025-08-06T23:01:00Z" ]
	[ "${lines[1]}" = "2025-08-06T22:40:00Z 2025-08-06T23:05:00Z" ]
	# "August 6, 2025 6:48pm" at UTC-4
	[ "$(seg_time 'So here is a non thinking chat')" = "2025-08-06T22:48:00Z" ]
}

@test "--tz overrides the inference; the right zone gives the same times" {
	"$ST" --no-state --tz America/New_York real >"$TMP/out" 2>"$TMP/err"
	diff -u real.out "$TMP/out"
	! grep -q inferred "$TMP/err" || false
	"$ST" --no-state --tz UTC real >"$TMP/out" 2>/dev/null
	[ "$(seg_time 'So here is a non thinking chat')" = "2025-08-06T18:48:00Z" ]
}

@test "real exports: title, link, source identifiers, status, metadata" {
	"$ST" --no-state real >"$TMP/out" 2>/dev/null
	run jq -r '.meta.source_identifiers | join("|")' "$TMP/out"
	[ "${lines[0]}" = "real/Test Chat - No Reasoning2025-08-06@18h48m10s.jsonl|lines 2-13" ]
	run jq -r '[.meta.source_system, .meta.processing_status, .insights.source_title, .context.links[0], (.context.customer_id|tostring)] | join("|")' "$TMP/out"
	[ "${lines[0]}" = "SillyTavern|Complete|SillyTavern Chat with Test Chat|st_chat_id:1645423684533243|null" ]
	run jq -c '.segments[1].metadata' "$TMP/out"
	[ "${lines[0]}" = '{"is_user":false,"model":"gemini-2.5-pro","api":"vertexai"}' ]
}

@test "reasoning is left out unless --with-reasoning" {
	"$ST" --no-state real >"$TMP/out" 2>/dev/null
	[ "$(jq '[.segments[].metadata | has("reasoning")] | any' "$TMP/out" | sort -u)" = false ]
	"$ST" --no-state --with-reasoning real >"$TMP/out" 2>/dev/null
	jq -r '.segments[].metadata.reasoning // empty' "$TMP/out" | grep -q 'Assessing User Input'
}

@test "every send_date variant and header variant" {
	"$ST" --no-state --tz UTC formats >"$TMP/out"
	diff -u formats.out "$TMP/out"
	[ "$(seg_time '*You went inside')" = "2023-02-25T08:05:45.680Z" ]	# epoch number
	[ "$(seg_time '(copied message')" = "2023-04-21T09:06:40Z" ]		# digit string
	[ "$(seg_time 'Hello')" = "2023-04-21T09:06:12.431Z" ]		# 2023-4-21 @09h 06m 12s 431ms
	[ "$(seg_time '*smiles*')" = "2023-04-21T09:06:20.007Z" ]		# ... 07ms is 7 ms
	[ "$(seg_time 'compact humanized')" = "2023-04-21T09:10:05Z" ]
	[ "$(seg_time 'compact humanized with ms')" = "2023-04-21T09:11:05.123Z" ]
	[ "$(seg_time 'Hi there')" = "2025-08-06T18:48:00Z" ]		# August 6, 2025 6:48pm
	[ "$(seg_time '[image]')" = "2025-08-06T19:02:00Z" ]		# August 6, 2025 7:02 PM
	[ "$(seg_time 'an ISO time')" = "2025-08-06T16:05:00Z" ]
	[ "$(seg_time 'Hello, Alex.')" = "2025-12-01T16:48:15.402Z" ]
	run jq -r '.insights.source_title' "$TMP/out"
	[ "${lines[0]}" = "SillyTavern Chat with Chloe" ]		# TavernAI header
	[ "${lines[4]}" = "SillyTavern Chat with Seraphina" ]	# <=1.14 header
	[ "${lines[3]}" = "SillyTavern Chat with Seraphina" ]	# >=1.15 "unused"
	[ "$(jq -r '.context.links[0] // empty' "$TMP/out" | sort -u | tr '\n' ' ')" = "st_chat_id:1234567 st_chat_id:4728112394871 " ]
}

@test "zone inference from one gen_finished pair (UTC+3), ISO times untouched" {
	"$ST" --no-state formats/v1.14-meridiem.jsonl >"$TMP/out" 2>"$TMP/err"
	grep -q 'UTC+03:00, inferred from 1 of 1' "$TMP/err"
	[ "$(seg_time 'Hi there')" = "2025-08-06T15:48:00Z" ]
	[ "$(seg_time '[image]')" = "2025-08-06T16:02:00Z" ]
	[ "$(seg_time 'an ISO time')" = "2025-08-06T16:05:00Z" ]
}

@test "without --tz or generation times, TZ is the zone" {
	TZ=America/New_York "$ST" --no-state formats/v1.7-humanized.jsonl >"$TMP/out"
	[ "$(seg_time 'Hello')" = "2023-04-21T13:06:12.431Z" ]
	[ "$(seg_time '(copied message')" = "2023-04-21T09:06:40Z" ]
}

@test "--tz across both DST changes" {
	"$ST" --no-state --tz America/New_York dst >"$TMP/out"
	diff -u dst.out "$TMP/out"
	[ "$(seg_time 'Before the change')" = "2023-03-12T06:30:00Z" ]
	[ "$(seg_time 'After the change')" = "2023-03-12T07:10:00Z" ]
	[ "$(seg_time 'Autumn, still EDT')" = "2023-11-05T04:30:00Z" ]
	[ "$(seg_time 'Autumn, EST again')" = "2023-11-05T08:30:00Z" ]
}

@test "group chats: old ones without a header and >=1.15 ones" {
	"$ST" --no-state --tz UTC group >"$TMP/out"
	diff -u group.out "$TMP/out"
	run jq -r '.insights.source_title' "$TMP/out"
	[ "${lines[0]}" = "SillyTavern group chat with Seraphina, Lilith" ]
	[ "${lines[1]}" = "SillyTavern group chat with Seraphina, Aqua" ]
	# The "Group chat created" banner is UI noise.
	! grep -q 'Group chat created' "$TMP/out" || false
}

@test "branch and re-imported files: repeated messages are emitted once" {
	"$ST" -v --no-state --tz UTC branch >"$TMP/out" 2>"$TMP/err"
	diff -u branch.out "$TMP/out"
	grep -q '10 messages seen before were not emitted again' "$TMP/err"
	grep -q '10 duplicates' "$TMP/err"
	[ "$(jq -r '.segments[].content' "$TMP/out" | wc -l)" -eq 8 ]
	[ "$(jq -r '.segments[].content' "$TMP/out" | sort | uniq -d)" = "" ]
	[ "$(jq -r '.segments[].segment_id' "$TMP/out" | sort -u | wc -l)" -eq 8 ]
}

@test "hidden, narrator and comment lines kept; UI, tool and bias lines skipped" {
	"$ST" -v --no-state --tz America/New_York special/hidden-narrator-noise.jsonl >"$TMP/out" 2>"$TMP/err"
	diff -u special.out "$TMP/out"
	[ "$(jq -c '.segments[] | select(.content | startswith("(hidden")) | .metadata' "$TMP/out")" = '{"is_user":true,"hidden":true}' ]
	[ "$(jq -r '.segments[] | select(.content == "Night falls.") | .metadata.role' "$TMP/out")" = narrator ]
	[ "$(jq -r '.segments[] | select(.author == "Note") | .metadata.role' "$TMP/out")" = comment ]
	! grep -qE 'Type /help|sunny|bias' "$TMP/out" || false
	grep -q '3 skipped' "$TMP/err"
	grep -q ':2: skipped UI message' "$TMP/err"
	grep -q ':8: skipped tool-call log' "$TMP/err"
	grep -q ':9: skipped bias setter' "$TMP/err"
	# Two genuine "*nods*" in the same minute both survive.
	[ "$(jq -s '[.[].segments[] | select(.content == "*nods*")] | length' "$TMP/out")" -eq 2 ]
}

@test "missing send_date: gen_finished, then the neighbour (reported)" {
	"$ST" --no-state --tz America/New_York special/hidden-narrator-noise.jsonl >"$TMP/out" 2>"$TMP/err"
	[ "$(seg_time 'A reply without send_date')" = "2025-08-06T22:54:00Z" ]
	[ "$(seg_time 'A reply with only gen_finished')" = "2025-08-06T22:55:09.500Z" ]
	[ "$(seg_time 'A garbled date')" = "2025-08-06T22:55:09.500Z" ]
	grep -q 'hidden-narrator-noise.jsonl:12: no usable time' "$TMP/err"
	grep -q 'hidden-narrator-noise.jsonl:14: send_date "sometime tuesday" not understood' "$TMP/err"
	! grep -q ':13:' "$TMP/err" || false
}

@test "sessions split where the gap exceeds --gap minutes" {
	"$ST" --no-state --tz America/New_York special/hidden-narrator-noise.jsonl >"$TMP/out" 2>/dev/null
	[ "$(wc -l <"$TMP/out")" -eq 2 ]		# 18:55 -> 20:30 local
	"$ST" --no-state --gap 5 real >"$TMP/out" 2>/dev/null
	[ "$(wc -l <"$TMP/out")" -eq 4 ]		# 6:50 -> 6:59 and 6:46 -> 7:04
	run jq -r '.meta.source_identifiers[1]' "$TMP/out"
	[ "${lines[0]}" = "lines 2-5" ]
	[ "${lines[1]}" = "lines 6-13" ]
}

@test "--state: a second run emits nothing, new messages only after an append" {
	"$ST" --state "$TMP/state" real >"$TMP/out1" 2>/dev/null
	[ "$(jq '.segments | length' "$TMP/out1" | jq -s add)" -eq 24 ]
	[ "$(wc -l <"$TMP/state")" -eq 24 ]
	grep -qvE '^[0-9a-f]{64}$' "$TMP/state" && false
	run "$ST" --state "$TMP/state" real
	[ "$status" -eq 0 ]
	[ -z "$(echo "$output" | grep '^{')" ]
	mkdir "$TMP/chat"
	cp "real/Test Chat - Reasoning 2025-8-6 @18h 39m 35s 775ms.jsonl" "$TMP/chat/c.jsonl"
	printf '\n{"name":"User","is_user":true,"send_date":"August 6, 2025 7:30pm","mes":"one more thing"}' >>"$TMP/chat/c.jsonl"
	"$ST" --state "$TMP/state" --tz America/New_York "$TMP/chat" >"$TMP/out2" 2>/dev/null
	[ "$(jq -c '[.segments[].content]' "$TMP/out2")" = '["one more thing"]' ]
	[ "$(wc -l <"$TMP/state")" -eq 25 ]
}

@test "the default state file is data/state/st-fingerprints" {
	cp -r real "$TMP/real"
	cd "$TMP"
	"$ST" real >/dev/null 2>&1
	[ "$(wc -l <data/state/st-fingerprints)" -eq 24 ]
}

@test "a torn state line is ignored and the next append starts a new line" {
	printf 'abc' >"$TMP/state"
	"$ST" --state "$TMP/state" real >"$TMP/out" 2>"$TMP/err"
	grep -q 'torn last line ignored' "$TMP/err"
	[ "$(grep -cE '^[0-9a-f]{64}$' "$TMP/state")" -eq 24 ]
	[ "$(head -1 "$TMP/state")" = abc ]
}

@test "concurrent runs on one state file emit each message once" {
	"$ST" --state "$TMP/state" real >"$TMP/a" 2>/dev/null &
	"$ST" --state "$TMP/state" real >"$TMP/b" 2>/dev/null &
	wait
	[ "$(cat "$TMP/a" "$TMP/b" | jq '.segments | length' | jq -s add)" -eq 24 ]
}

@test "identical lines in one file are numbered; a later copy matches by number" {
	line='{"name":"A","is_user":true,"send_date":"June 19, 2023 2:20pm","mes":"*nods*"}'
	printf '%s\n%s\n%s\n' "$line" "$line" "$line" >"$TMP/a.jsonl"
	"$ST" --state "$TMP/state" --tz UTC "$TMP/a.jsonl" >"$TMP/out"
	[ "$(jq '.segments | length' "$TMP/out")" -eq 3 ]
	[ "$(jq -r '.segments[].segment_id' "$TMP/out" | sort -u | wc -l)" -eq 3 ]
	printf '%s\n' "$line" >>"$TMP/a.jsonl"
	"$ST" --state "$TMP/state" --tz UTC "$TMP/a.jsonl" >"$TMP/out" 2>"$TMP/err"
	[ "$(jq '.segments | length' "$TMP/out")" -eq 1 ]
	grep -q '3 messages seen before' "$TMP/err"
}

@test "ids come from fingerprints: a re-export gives the same ids" {
	mkdir "$TMP/x"
	cp "real/Test Chat - No Reasoning2025-08-06@18h48m10s.jsonl" "$TMP/x/renamed export.jsonl"
	"$ST" --no-state "real/Test Chat - No Reasoning2025-08-06@18h48m10s.jsonl" | jq -c '[.meta.session_id, [.segments[].segment_id]]' >"$TMP/a"
	"$ST" --no-state "$TMP/x" | jq -c '[.meta.session_id, [.segments[].segment_id]]' >"$TMP/b"
	diff "$TMP/a" "$TMP/b"
	[ "$(jq -r '.[0]' "$TMP/a")" = adbd1712-77fe-5cfb-a2f3-bfa8c7a820a1 ]
}

@test "bad lines are reported with FILE:LINE, the rest is used (exit 1)" {
	run "$ST" --no-state --tz UTC --reject "$TMP/rej" special/bad-lines.jsonl
	[ "$status" -eq 1 ]
	[[ "$output" == *"special/bad-lines.jsonl:3: "* ]]
	[[ "$output" == *"special/bad-lines.jsonl:5: not a chat message"* ]]
	[[ "$output" == *"special/bad-lines.jsonl:6: invalid UTF-8"* ]]
	[[ "$output" == *"6 read, 1 written, 3 rejected, 1 headers, 2 messages, 0 duplicates, 0 skipped"* ]]
	[ "$(wc -l <"$TMP/rej")" -eq 3 ]
	"$ST" --no-state --tz UTC special/bad-lines.jsonl 2>/dev/null >"$TMP/out" || true
	[ "$(jq -c '[.segments[].content]' "$TMP/out")" = '["ok line","last line, no newline"]' ]
}

@test "a foreign .jsonl is reported once and skipped (exit 1); the others convert" {
	mkdir "$TMP/mixed"
	cp foreign/sessions.jsonl "$TMP/mixed/a.jsonl"
	cp formats/tavernai.jsonl "$TMP/mixed/b.jsonl"
	run "$ST" --no-state "$TMP/mixed"
	[ "$status" -eq 1 ]
	[ "$(echo "$output" | grep -c 'a.jsonl:1: not a SillyTavern chat file, skipped')" -eq 1 ]
	[ "$(echo "$output" | grep -c '^{')" -eq 1 ]
}

@test "a directory is searched recursively for *.jsonl in sorted order" {
	"$ST" --no-state --tz UTC . >"$TMP/all" 2>/dev/null || true
	[ "$(jq -r '.meta.source_identifiers[0]' "$TMP/all" | uniq | head -3 | tr '\n' '|')" = "./branch/Seraphina - 2025-12-01@18h48m10s123ms - Branch #1.jsonl|./branch/Seraphina - 2025-12-01@18h48m10s123ms imported.jsonl|./dst/new-york.jsonl|" ]
	! grep -q '\.out"' "$TMP/all" || false
}

@test "backups come after the chats they copy" {
	mkdir -p "$TMP/data/backups" "$TMP/data/chats/Seraphina"
	cp "branch/Seraphina - 2025-12-01@18h48m10s123ms.jsonl" "$TMP/data/backups/chat_seraphina_20251201-165200.jsonl"
	cp "branch/Seraphina - 2025-12-01@18h48m10s123ms.jsonl" "$TMP/data/chats/Seraphina/chat.jsonl"
	printf '\n{"name":"Alex","is_user":true,"send_date":"2025-12-01T16:53:00.000Z","mes":"only in the chat"}' >>"$TMP/data/chats/Seraphina/chat.jsonl"
	"$ST" --no-state "$TMP/data" >"$TMP/out" 2>/dev/null
	[ "$(jq -r '.meta.source_identifiers[0]' "$TMP/out" | sort -u)" = "$TMP/data/chats/Seraphina/chat.jsonl" ]
	[ "$(jq '.segments | length' "$TMP/out")" -eq 7 ]
}

@test "standard input, '-', an empty file, and a multi-megabyte line" {
	"$ST" --no-state --tz UTC <formats/tavernai.jsonl >"$TMP/a"
	"$ST" --no-state --tz UTC - <formats/tavernai.jsonl >"$TMP/b"
	diff "$TMP/a" "$TMP/b"
	[ "$(jq -r '.meta.source_identifiers[0]' "$TMP/a")" = "-" ]
	: >"$TMP/empty.jsonl"
	run "$ST" --no-state "$TMP/empty.jsonl"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	img=$(head -c 3000000 /dev/zero | tr '\0' A)
	printf '{"user_name":"A","character_name":"B"}\n{"name":"B","send_date":1754495400123,"mes":"pic","extra":{"image":"data:image/png;base64,%s"}}\n' "$img" >"$TMP/big.jsonl"
	[ "$("$ST" --no-state "$TMP/big.jsonl" | jq -r '.segments[0].content')" = pic ]
	run "$ST" --no-state --max-line 1000 "$TMP/big.jsonl"
	[ "$status" -eq 1 ]
	[[ "$output" == *"big.jsonl:2: line longer than 1000 bytes"* ]]
}

@test "a missing input is a usage error (exit 2, as in every program), named before anything is written" {
	run "$ST" --no-state --tz UTC formats/tavernai.jsonl "$TMP/nope.jsonl"
	[ "$status" -eq 2 ]
	[[ "$output" == *"nope.jsonl: No such file or directory"* ]]
	[ "$(echo "$output" | grep -c '^{')" -eq 0 ]
}
