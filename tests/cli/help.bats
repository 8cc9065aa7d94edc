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
