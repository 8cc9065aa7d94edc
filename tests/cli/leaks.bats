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
