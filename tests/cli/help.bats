#!/usr/bin/env bats
# Help that teaches: every program's --help lists every option of its man
# page's SYNOPSIS on a line of its own (the man page stays the reference),
# on standard output, exit 0; -h is the same.
load helpers

@test "every program's --help gives each option of its SYNOPSIS a line of its own" {
	for src in "$SDC_TOP"/src/sdc-*.c; do
		prog=$(basename "$src" .c)
		help=$("$prog" --help)
		[ "$help" = "$("$prog" -h)" ]
		for opt in $(sed -n '/^\.Sh SYNOPSIS/,/^\.Sh DESCRIPTION/p' "$SDC_TOP/man/man1/$prog.1" |
		    grep -o 'Fl -[a-z][a-z-]*' | sed 's/^Fl -/--/' | sort -u); do
			grep -Eq -- "^ +(-[a-zA-Z], )?$opt([ =]|\$)" <<<"$help" ||
			    { echo "$prog --help: no line for $opt"; return 1; }
		done
	done
}

@test "sdc-llm says once per run why sessions were skipped, and what to do" {
	sdc-sc2jsonl "$FIX/screenconnect/SampleRemoteAccessLogs.csv" >"$TMP/s.jsonl"
	run --separate-stderr sdc-llm title "$TMP/s.jsonl"
	[ "$status" -eq 0 ]
	[ "$(grep -c 'ineligible: status' <<<"$stderr")" -eq 1 ]
	[[ "$stderr" == *"sdc-llm: 12 sessions ineligible: status Needs Linking (use --status, or sdc-link first)"* ]]
	sdc-llm --status 'Needs Linking' title "$TMP/s.jsonl" >"$TMP/t.jsonl" 2>/dev/null
	run --separate-stderr sdc-llm --status 'Needs Linking' title "$TMP/t.jsonl"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"sdc-llm: 12 sessions ineligible: every task done (already in processing_log; --force runs them again)"* ]]
}
