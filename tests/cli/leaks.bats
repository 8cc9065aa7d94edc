#!/usr/bin/env bats
# The programs' normal runs free what they allocate: valgrind in the normal
# build; in the sanitizer build LeakSanitizer (part of ASan) does the same job
# and valgrind cannot run ASan binaries.
load helpers

leakcheck() {
	if [ -n "${SDC_SANITIZE:-}" ]; then
		"$@" > /dev/null
	else
		valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
			--error-exitcode=99 "$@" > /dev/null
	fi
}

@test "sdc-sc2jsonl on the sample: no leaks, no memory errors" {
	leakcheck sdc-sc2jsonl "$FIX/screenconnect/SampleRemoteAccessLogs.csv" "$FIX/screenconnect/getreport.json" || [ $? -eq 1 ]
	leakcheck sdc-sc2jsonl "$FIX/screenconnect/spec-example.csv"
}

@test "sdc-notes2jsonl on the sample: no leaks, no memory errors" {
	leakcheck sdc-notes2jsonl "$FIX/notes/notes.json"
	run leakcheck sdc-notes2jsonl "$FIX/notes/tricky.json"
	[ "$status" -eq 1 ]
}

@test "make demo (the sample data): every program, no leaks, no memory errors" {
	mkdir -p "$TMP/bin"
	for p in "$SDC_BIN"/sdc-*; do
		if [ -n "${SDC_SANITIZE:-}" ]; then
			ln -s "$p" "$TMP/bin/"
		else
			printf '#!/bin/sh\nexec valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99 %s "$@"\n' "$p" > "$TMP/bin/${p##*/}"
			chmod +x "$TMP/bin/${p##*/}"
		fi
	done
	run make -s -C "$SDC_TOP" demo BINDIR="$SDC_BIN" DEMO_DATA="$TMP/data" PIPELINE_BIN="$TMP/bin" PIPELINE_BUILD=
	[ "$status" -eq 0 ]
	[[ "$output" != *"failed (exit"* ]]
	[ "$(wc -l < "$TMP/data/out/sessions.jsonl")" -eq 20 ]
}

# A title read before words that are no name ("Dr 123 Ltd", "Pak 99
# rumah") left the title allocated (person.c person_words).  sdc-link
# leaves its tables to exit: only lost blocks count, as in make demo.
@test "sdc-link: a title before words that are no name: no leaks" {
	jq -c '.context.customer_name = "Dr 123 Ltd"' "$FIX/link/sessions.jsonl" > "$TMP/s.jsonl"
	set -- sdc-link --no-llm --no-memory --no-tickets --rules /dev/null \
		--customers "$FIX/link/customers.json" "$TMP/s.jsonl"
	if [ -n "${SDC_SANITIZE:-}" ]; then
		"$@" > /dev/null
	else
		valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
			--error-exitcode=99 "$@" > /dev/null
	fi
}
