#!/usr/bin/env bats
# End-to-end tests of sdc-sc2jsonl.
load helpers
SC=$SDC_FIXTURES/screenconnect

@test "--help prints the usage to stdout, exit 0; --version" {
	run sdc-sc2jsonl --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ sdc-sc2jsonl* ]]
	run sdc-sc2jsonl --version
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-sc2jsonl 0.1.0" ]
}

@test "unknown option: usage on stderr, exit 2, nothing on stdout" {
	run --separate-stderr sdc-sc2jsonl --bogus
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == *usage:* ]]
}

@test "original sample converts to the expected sessions" {
	cd "$SC"
	sdc-sc2jsonl SampleRemoteAccessLogs.csv > "$TMP/out"
	same "$TMP/out" SampleRemoteAccessLogs.expected.jsonl
}

@test "spec example: BOM, CRLF, quoted commas, doubled quotes, embedded newline" {
	cd "$SC"
	sdc-sc2jsonl spec-example.csv > "$TMP/out" 2>"$TMP/err"
	same "$TMP/out" spec-example.expected.jsonl
	run jq -r 'select(.insights.session_start_time_utc == "2025-01-06T15:00:00Z") | .segments[0].author, .segments[0].content' "$TMP/out"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "O'Brien, Pat \"PJ\"" ]
	[ "${lines[1]}" = "Connected to machine: Quarterly review" ]
	[ "${lines[2]}" = "(board room)" ]
}

@test "exact duplicates dropped and counted; same ConnectionID with other times kept and warned" {
	cd "$SC"
	run --separate-stderr sdc-sc2jsonl -v spec-example.csv
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"spec-example.csv:10: ConnectionID e7c4b3a2-d6a5-4c1e-b8d9-a2c1b8e7d4c9 also at line 9 with other times; both kept"* ]]
	[[ "$stderr" == *"8 read, 5 written, 0 rejected, 1 filtered by process type, 1 duplicates dropped, 6 rows in sessions"* ]]
	[ "$(echo "$output" | jq -s '[.[].segments[].metadata.connection_id] | map(select(. == "a3d9e8c7-b2a1-4f0e-9c8d-7b2a9e3d1c8e")) | length')" -eq 1 ]
}

@test "guest rows: skipped by default, kept with --process-type guest or all" {
	cd "$SC"
	[ "$(sdc-sc2jsonl spec-example.csv | jq -s '[.[].segments[].metadata.process_type] | map(select(. == "Guest")) | length')" -eq 0 ]
	[ "$(sdc-sc2jsonl --process-type guest spec-example.csv | jq -s '[.[].segments[]] | length')" -eq 1 ]
	[ "$(sdc-sc2jsonl --process-type all spec-example.csv | jq -s '[.[].segments[]] | length')" -eq 7 ]
	run sdc-sc2jsonl --process-type robots spec-example.csv
	[ "$status" -eq 2 ]
}

@test "open rows: end = start + DurationSeconds when known, else start; metadata.open" {
	cd "$SC"
	sdc-sc2jsonl spec-example.csv | jq -c 'select(.context.customer_name == "Innovatech Services") | [.insights.session_start_time_utc, .insights.session_end_time_utc, .segments[0].metadata.open]' > "$TMP/out"
	printf '%s\n' '["2025-01-08T15:16:00Z","2025-01-08T15:16:00Z",true]' '["2025-01-09T09:02:00Z","2025-01-09T09:12:00Z",true]' > "$TMP/want"
	same "$TMP/out" "$TMP/want"
}

@test "empty customer kept with customer_name null" {
	cd "$SC"
	[ "$(sdc-sc2jsonl spec-example.csv | jq -s 'map(select(.context.customer_name == null)) | length')" -eq 1 ]
}

@test "gap: a row starting exactly 30 min after the latest end joins; 30 min 1 s does not" {
	cd "$SC"
	sdc-sc2jsonl gap.csv | jq -c '[.context.customer_name, .segments[0].author, [.segments[].metadata.connection_id]]' > "$TMP/out"
	cat > "$TMP/want" <<-'END'
	["Keystone Financial","amy",["c1","c2"]]
	[null,"amy",["c5"]]
	["Keystone Financial","bob",["c4"]]
	["Keystone Financial","amy",["c3"]]
	END
	same "$TMP/out" "$TMP/want"
	[ "$(sdc-sc2jsonl --gap 31 gap.csv | jq -s 'length')" -eq 3 ]
	[ "$(sdc-sc2jsonl --gap 0 gap.csv | jq -s 'length')" -eq 5 ]
}

@test "sessions are written in start-time order" {
	cd "$SC"
	sdc-sc2jsonl SampleRemoteAccessLogs.csv gap.csv spec-example.csv | jq -r .insights.session_start_time_utc > "$TMP/starts"
	sort "$TMP/starts" | same "$TMP/starts" -
}

@test "--tz converts local times to UTC across both DST changes" {
	# 1:10 on 2025-11-02 happens twice in New York; the first (EDT) is taken,
	# which is also what the row's 1200 s duration says.
	cd "$SC"
	sdc-sc2jsonl --tz America/New_York dst.csv | jq -c '[.segments[0].start_time_utc, .segments[0].end_time_utc]' > "$TMP/out"
	cat > "$TMP/want" <<-'END'
	["2025-03-09T06:30:00Z","2025-03-09T07:10:00Z"]
	["2025-07-04T18:00:00Z","2025-07-04T18:30:00Z"]
	["2025-11-02T04:50:00Z","2025-11-02T05:10:00Z"]
	END
	same "$TMP/out" "$TMP/want"
	run sdc-sc2jsonl --tz Nowhere/Special dst.csv
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown time zone 'Nowhere/Special'"* ]]
}

@test "--dayfirst reads D/M/YYYY" {
	printf 'ProcessType,ConnectedTime,DisconnectedTime,ConnectionID\nHost,3/1/2025 10:00,3/1/2025 10:05,x\n' > "$TMP/d.csv"
	[ "$(sdc-sc2jsonl --dayfirst "$TMP/d.csv" | jq -r .insights.session_start_time_utc)" = 2025-01-03T10:00:00Z ]
	[ "$(sdc-sc2jsonl "$TMP/d.csv" | jq -r .insights.session_start_time_utc)" = 2025-03-01T10:00:00Z ]
}

@test "GetReport JSON is auto-detected; 7 fraction digits; null and year-1 times; bad items reported" {
	cd "$SC"
	run --separate-stderr sdc-sc2jsonl --process-type all getreport.json
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"getreport.json: /Items/3: not an array"* ]]
	echo "$output" > "$TMP/out"
	same "$TMP/out" getreport.expected.jsonl
}

@test "an HTML login page is a clear error, not rows" {
	cd "$SC"
	run --separate-stderr sdc-sc2jsonl login.html
	[ "$status" -eq 1 ]
	[ -z "$output" ]
	[[ "$stderr" == *"login.html: an HTML page, not a ScreenConnect report (expired login?)"* ]]
}

@test "header-only file and empty file: zero sessions, exit 0" {
	head -1 "$SC/spec-example.csv" > "$TMP/h.csv"
	: > "$TMP/empty.csv"
	run sdc-sc2jsonl "$TMP/h.csv" "$TMP/empty.csv"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "bad rows: reported with FILE:LINE, counted, copied to --reject, the rest written, exit 1" {
	cd "$SC"
	run --separate-stderr sdc-sc2jsonl --reject "$TMP/rej" bad-rows.csv
	[ "$status" -eq 1 ]
	[[ "$stderr" == *'bad-rows.csv:2: unparseable ConnectedTime "13/45/24 10:00"'* ]]
	[[ "$stderr" == *'bad-rows.csv:4: unparseable DisconnectedTime "tomorrow"'* ]]
	[[ "$stderr" == *'bad-rows.csv:5: ConnectedTime missing'* ]]
	[[ "$stderr" == *'bad-rows.csv:6: DurationSeconds "lots" is not a number; treated as unknown'* ]]
	[[ "$stderr" == *'bad-rows.csv:7: unterminated quoted field'* ]]
	[[ "$stderr" == *"6 read, 2 written, 4 rejected, 2 rows in sessions"* ]]
	[ "$(wc -l < "$TMP/rej")" -eq 4 ]
	grep -q '^Host,amy,1/10/2025 11:00,tomorrow,5,b3,Acme Dental,PC-1$' "$TMP/rej"
	[ "$(echo "$output" | jq -s 'length')" -eq 2 ]
}

@test "a file that is not a connection report is rejected, the others still read" {
	printf 'name,age\nbob,3\n' > "$TMP/other.csv"
	run --separate-stderr sdc-sc2jsonl "$TMP/other.csv" "$SC/gap.csv"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"other.csv:1: not a ScreenConnect connection report: no ConnectedTime column"* ]]
	[ "$(echo "$output" | jq -s length)" -eq 4 ]
}

@test "a rejected header or GetReport document goes to --reject; a JSON error names its line" {
	printf 'name,age\nbob,3\n' > "$TMP/other.csv"
	printf '"Host,x\n1,2\n' > "$TMP/open.csv"
	printf '{"FieldNames": ["ConnectedTime"],\n "Items": [[1],\n' > "$TMP/cut.json"
	printf '{"Items": []}\n' > "$TMP/nonames.json"
	run --separate-stderr sdc-sc2jsonl --reject "$TMP/rej" "$TMP/other.csv" "$TMP/open.csv" \
	    "$TMP/cut.json" "$TMP/nonames.json"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"open.csv:1: bad header: "* ]]
	[[ "$stderr" == *"cut.json:3: not a GetReport document (truncated JSON)"* ]]
	[[ "$stderr" == *"nonames.json: /: not a GetReport document"* ]]
	[[ "$stderr" == *"4 read, 0 written, 4 rejected"* ]]
	# each rejected record whole: the two headers, the two documents
	[ "$(head -1 "$TMP/rej")" = "name,age" ]
	grep -q '^ "Items": \[\[1\],$' "$TMP/rej"
	grep -q '^{"Items": \[\]}$' "$TMP/rej"
}

@test "stdin and '-' are read" {
	[ "$(sdc-sc2jsonl < "$SC/gap.csv" | jq -s length)" -eq 4 ]
	[ "$(sdc-sc2jsonl - < "$SC/gap.csv" | jq -r '.meta.source_identifiers[0]' | sort -u)" = "-" ]
}

@test "byte-identical output on a second run; ids stable when rows are appended" {
	cd "$SC"
	sdc-sc2jsonl SampleRemoteAccessLogs.csv > "$TMP/a"
	sdc-sc2jsonl SampleRemoteAccessLogs.csv > "$TMP/b"
	cmp "$TMP/a" "$TMP/b"
	cp SampleRemoteAccessLogs.csv "$TMP/more.csv"
	printf 'Host,Access,NEW-PC,AdminUser,2/1/2025 10:00,2/1/2025 10:30,1800,99999999-0000-4000-8000-000000000000,Acme Dental\r\n' >> "$TMP/more.csv"
	sdc-sc2jsonl "$TMP/more.csv" > "$TMP/c"
	[ "$(jq -s length "$TMP/c")" -eq 13 ]
	diff <(jq -r .meta.session_id "$TMP/a") <(jq -r .meta.session_id "$TMP/c" | head -12)
}

@test "write errors are detected: > /dev/full fails with a message, exit 3" {
	run bash -c 'sdc-sc2jsonl "$SDC_FIXTURES/screenconnect/SampleRemoteAccessLogs.csv" > /dev/full'
	[ "$status" -eq 3 ]
	[[ "$output" == *"writing output failed"* ]]
}

@test "binary junk and a truncated file never crash: clear message, exit 1" {
	head -c 20000 /dev/urandom > "$TMP/junk.csv"
	run sdc-sc2jsonl "$TMP/junk.csv"
	[ "$status" -le 1 ]
	cut=$(grep -a -b -o 'Printer jam' "$SC/spec-example.csv" | cut -d: -f1)
	head -c $((cut + 5)) "$SC/spec-example.csv" > "$TMP/trunc.csv"
	run --separate-stderr sdc-sc2jsonl "$TMP/trunc.csv"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"trunc.csv:6: unterminated quoted field"* ]]
	[ "$(echo "$output" | jq -s '[.[].segments[]] | length')" -eq 2 ]
}

@test "a 100 MB single line is rejected without unbounded memory" {
	{ echo 'ProcessType,ConnectedTime'; head -c 100000000 /dev/zero | tr '\0' 'x'; printf '\nHost,1/3/2025 10:00\n'; } > "$TMP/big.csv"
	run --separate-stderr /usr/bin/time -f 'maxrss %M' -o "$TMP/rss" sdc-sc2jsonl "$TMP/big.csv"
	[ "$status" -eq 1 ]
	# Two 64 MiB row buffers at most; ASan builds carry their shadow memory on top.
	[ "$(sed -n 's/^maxrss //p' "$TMP/rss")" -lt "$([ -n "${SDC_SANITIZE:-}" ] && echo 600000 || echo 160000)" ]
	[[ "$stderr" == *"big.csv:2: row over the size limit"* ]]
	[ "$(echo "$output" | jq -s length)" -eq 1 ]
}

# Issue 12, defect 1: a row longer than an arena block overflowed the heap.
@test "a 1.2 MB SessionName, then more rows: no heap overflow, every row written" {
	{ echo 'ProcessType,ParticipantName,ConnectedTime,DisconnectedTime,ConnectionID,SessionCustomProperty1,SessionName'
	  printf 'Host,amy,1/10/2025 10:00,1/10/2025 10:20,b1,Acme,%s\n' "$(head -c 1200000 /dev/zero | tr '\0' X)"
	  for i in 1 2 3 4 5; do echo "Host,amy,1/1$i/2025 10:00,1/1$i/2025 10:20,c$i,Acme,PC"; done
	} > "$TMP/big-name.csv"
	run --separate-stderr sdc-sc2jsonl "$TMP/big-name.csv"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -s length)" -eq 6 ]
	[ "$(echo "$output" | jq -s '[.[].segments[]] | length')" -eq 6 ]
}

# Issue 12, defect 3: DurationSeconds near INT64_MAX overflowed the end time.
@test "a huge DurationSeconds is warned about and treated as unknown, never an end before the start" {
	printf 'ProcessType,ConnectedTime,DisconnectedTime,DurationSeconds,ConnectionID\nHost,1/10/2025 10:00,,9223372036854775807,b1\nHost,1/11/2025 10:00,,253402300799,b2\n' > "$TMP/dur.csv"
	run --separate-stderr sdc-sc2jsonl "$TMP/dur.csv"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *'dur.csv:2: DurationSeconds "9223372036854775807" ends after year 9999; treated as unknown'* ]]
	[[ "$stderr" == *'dur.csv:3: DurationSeconds'*'ends after year 9999'* ]]
	[ "$(echo "$output" | jq -s '[.[].segments[] | select(.end_time_utc < .start_time_utc)] | length')" -eq 0 ]
}

# Issue 12, defect 4: rows without a ConnectionID sharing a ConnectedTime were dropped.
@test "rows without a ConnectionID at the same time but for other customers are all kept" {
	printf 'ProcessType,ParticipantName,ConnectedTime,DisconnectedTime,ConnectionID,SessionCustomProperty1\nHost,amy,1/10/2025 10:00,1/10/2025 10:20,,Acme\nHost,amy,1/10/2025 10:00,1/10/2025 11:20,,Beta\nHost,amy,1/10/2025 10:00,1/10/2025 11:20,,Beta\n' > "$TMP/noid.csv"
	run --separate-stderr sdc-sc2jsonl -v "$TMP/noid.csv"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -s length)" -eq 2 ]
	[[ "$stderr" == *"3 read, 2 written, 0 rejected"*"1 duplicates dropped"* ]]
}

@test "a NUL byte or invalid UTF-8 in a field rejects the row with FILE:LINE, exit 1" {
	printf 'ProcessType,ConnectedTime,ConnectionID,SessionCustomProperty1\nHost,1/10/2025 10:00,a1,Ac\0me\nHost,1/10/2025 11:00,a2,B\377eta\nHost,1/10/2025 12:00,a3,Fine\n' > "$TMP/bytes.csv"
	run --separate-stderr sdc-sc2jsonl --reject "$TMP/rej" "$TMP/bytes.csv"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"bytes.csv:2: NUL byte in a field"* ]]
	[[ "$stderr" == *"bytes.csv:3: invalid UTF-8 in a field"* ]]
	[ "$(echo "$output" | jq -s length)" -eq 1 ]
	[ "$(wc -l < "$TMP/rej")" -eq 2 ]
}

@test "a directory given as input is an error naming it, exit 1" {
	run --separate-stderr sdc-sc2jsonl "$TMP"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"$TMP: is a directory"* ]]
}

# Issue 12, defect 9: the --reject copy of an overlong row was cut at 64 MiB.
@test "a row over the size limit is copied whole to --reject" {
	{ echo 'ProcessType,ConnectedTime'; head -c 70000000 /dev/zero | tr '\0' 'x'; printf '\nHost,1/3/2025 10:00\n'; } > "$TMP/big.csv"
	run --separate-stderr sdc-sc2jsonl --reject "$TMP/rej" "$TMP/big.csv"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"big.csv:2: row over the size limit"* ]]
	[ "$(wc -c < "$TMP/rej")" -eq 70000001 ]
	[ "$(echo "$output" | jq -s length)" -eq 1 ]
}

# Issue 12, defect 3: a huge SOURCE_DATE_EPOCH overflowed; an invalid one was ignored silently.
@test "a SOURCE_DATE_EPOCH out of range or not a number is ignored with a warning" {
	for v in 99999999999999999 yesterday; do
		SOURCE_DATE_EPOCH=$v run --separate-stderr sdc-sc2jsonl "$SC/gap.csv"
		[ "$status" -eq 0 ]
		[[ "$stderr" == *"SOURCE_DATE_EPOCH \"$v\" is not a time from 1970 to 9999; using the clock"* ]]
		[ "$(echo "$output" | jq -s length)" -eq 4 ]
	done
}
