#!/usr/bin/env bats
# One exit status per condition in every program (conventions.md): a
# missing input file named on the command line is a usage error, exit 2,
# with the file named and nothing written.
load helpers

@test "a missing input file: exit 2, named, nothing on standard output, in every program that reads files" {
	cust=$FIX/link/lean_customer_cache.json
	for cmd in "sdc-sc2jsonl" "sdc-notes2jsonl" "sdc-st2jsonl --no-state" "sdc-link --no-memory --customers $cust" \
	    "sdc-llm title" "sdc-merge /dev/null" "sdc-group" "sdc-report" "sdc-fetch-syncro tickets --from-file"; do
		run --separate-stderr $cmd "$TMP/missing.file"
		[ "$status" -eq 2 ] || { echo "$cmd: exit $status"; return 1; }
		[[ "$stderr" == *"$TMP/missing.file: No such file or directory"* ]] || { echo "$cmd: $stderr"; return 1; }
		[ -z "$output" ] || { echo "$cmd wrote: $output"; return 1; }
	done
}
