#!/usr/bin/env bats
# End-to-end tests of sdc-notes2jsonl.
load helpers
NJ=$SDC_FIXTURES/notes

@test "--help, --version, unknown option" {
	run sdc-notes2jsonl -h
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ sdc-notes2jsonl* ]]
	run sdc-notes2jsonl --version
	[ "$output" = "sdc-notes2jsonl 0.1.0" ]
	run sdc-notes2jsonl --nope
	[ "$status" -eq 2 ]
}

@test "the original sample converts to the expected sessions" {
	cd "$NJ"
	sdc-notes2jsonl notes.json > "$TMP/out"
	same "$TMP/out" notes.expected.jsonl
}

@test "mapping: tickets and standalone to-dos, segment types, authors, empty dates take the ticket's" {
	cd "$NJ"
	sdc-notes2jsonl notes.json | jq -c 'select(.meta.source_identifiers[1] == "/tickets/0") | [.context.customer_name, .context.contact_name, .insights.source_title, [.segments[] | [.type, .author, .content, .start_time_utc]]]' > "$TMP/out"
	cat > "$TMP/want" <<-'END'
	["Global Tech Solutions","Alex Ray","Desktop Performance Issue",[["TicketNote","Alex Ray","Follow-up with Alex Ray","2024-12-10T00:00:00Z"],["TicketNote","Alex Ray","Investigate high memory usage by window manager","2024-12-10T00:00:00Z"],["TicketNote","Alex Ray","Review network logs for connectivity drops","2024-12-10T00:00:00Z"],["TicketToDo",null,"To-Do: Inspect server hardware status indicators","2024-12-10T00:00:00Z"],["TicketToDo",null,"To-Do: Verify access to server management portal","2024-12-10T00:00:00Z"]]]
	END
	same "$TMP/out" "$TMP/want"
	[ "$(sdc-notes2jsonl notes.json | jq -r 'select(.meta.source_identifiers[1] == "/toDoItems/1") | .segments[0].type')" = StandaloneToDo ]
}

@test "status and priority land in the first segment's metadata" {
	[ "$(sdc-notes2jsonl "$NJ/notes.json" | jq -c 'select(.meta.source_identifiers[1] == "/tickets/1") | .segments[0].metadata')" = '{"order":1,"ticket_number":"1002","status":"Open","priority":"Medium"}' ]
}

@test "a broken date is reported with its JSON path; the earliest note date is used" {
	cd "$NJ"
	run --separate-stderr sdc-notes2jsonl tricky.json
	[[ "$stderr" == *'tricky.json: /tickets/0/date: unparseable date "13/45/24"'* ]]
	[[ "$stderr" == *'tricky.json: /tickets/0: no ticket date; using its earliest note date'* ]]
	[ "$(echo "$output" | jq -r 'select(.meta.source_identifiers[1] == "/tickets/0") | .insights.session_start_time_utc')" = 2025-02-01T00:00:00Z ]
}

@test "tricky file: missing ticketNumber kept and said, undatable records rejected and counted, exit 1" {
	cd "$NJ"
	run --separate-stderr sdc-notes2jsonl --reject "$TMP/rej" tricky.json
	[ "$status" -eq 1 ]
	echo "$output" > "$TMP/out"
	same "$TMP/out" tricky.expected.jsonl
	[[ "$stderr" == *'/tickets/1: ticket has no ticketNumber; kept, id from index and subject'* ]]
	[[ "$stderr" == *'/tickets/2/notes: not an array; ignored'* ]]
	[[ "$stderr" == *'/tickets/3: no usable date in the ticket or its notes'* ]]
	[[ "$stderr" == *'/tickets/4: not an object'* ]]
	[[ "$stderr" == *'/toDoItems/1: no usable date'* ]]
	[[ "$stderr" == *"8 read, 5 written, 3 rejected"* ]]
	[ "$(wc -l < "$TMP/rej")" -eq 3 ]
	grep -q '"just a string"' "$TMP/rej"
}

@test "dates are midnight in --tz" {
	[ "$(sdc-notes2jsonl --tz America/New_York "$NJ/notes.json" | jq -r 'select(.meta.source_identifiers[1] == "/tickets/0") | .insights.session_start_time_utc')" = 2024-12-10T05:00:00Z ]
}

@test "ids are deterministic and independent of file order and run" {
	cd "$NJ"
	sdc-notes2jsonl notes.json > "$TMP/a"
	SOURCE_DATE_EPOCH=1800000000 sdc-notes2jsonl < notes.json > "$TMP/b"
	diff <(jq -r '.meta.session_id, .segments[].segment_id' "$TMP/a") <(jq -r '.meta.session_id, .segments[].segment_id' "$TMP/b")
	[ "$(jq -r .meta.session_id "$TMP/a" | sort -u | wc -l)" -eq 4 ]
}

@test "not JSON: reported with its line, exit 1; wrong top-level type too" {
	printf '{\n  "tickets": [\n    {"date": "1/1/25",}\n' > "$TMP/bad.json"
	run --separate-stderr sdc-notes2jsonl "$TMP/bad.json"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"bad.json:3: "* ]]
	echo '[1,2]' > "$TMP/arr.json"
	run --separate-stderr sdc-notes2jsonl "$TMP/arr.json" "$NJ/notes.json"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"arr.json: not a notes.json document"* ]]
	[ "$(echo "$output" | jq -s length)" -eq 4 ]
}

@test "binary junk and a missing file never crash" {
	head -c 5000 /dev/urandom > "$TMP/junk.json"
	run sdc-notes2jsonl "$TMP/junk.json"
	[ "$status" -eq 1 ]
	run sdc-notes2jsonl "$TMP/junk.json" /nonexistent/notes.json
	[ "$status" -eq 2 ]
	[[ "$output" == *"/nonexistent/notes.json: No such file or directory"* ]]
}

@test "write errors: > /dev/full exits 3" {
	run bash -c 'sdc-notes2jsonl "$SDC_FIXTURES/notes/notes.json" > /dev/full'
	[ "$status" -eq 3 ]
}
