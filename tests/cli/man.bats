#!/usr/bin/env bats
# Every program has a man page that passes mandoc's lint and documents every
# long option its --help shows; and the overview pages exist.
load helpers

@test "every man page passes mandoc -Tlint at warning level" {
	for page in "$SDC_TOP"/man/man*/*.[157]; do
		mandoc -Tlint -W warning "$page"
	done
}

@test "every program's --help options appear in its man page SYNOPSIS" {
	for src in "$SDC_TOP"/src/sdc-*.c; do
		prog=$(basename "$src" .c)
		page=$SDC_TOP/man/man1/$prog.1
		[ -f "$page" ] || { echo "no man page for $prog"; return 1; }
		synopsis=$(sed -n '/^\.Sh SYNOPSIS/,/^\.Sh DESCRIPTION/p' "$page")
		for opt in $("$prog" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
			grep -q -- "Fl -${opt#--}" <<<"$synopsis" || { echo "$prog: $opt not in SYNOPSIS"; return 1; }
		done
	done
}

@test "every program's --help names the long forms of -q, -v and -h" {
	for src in "$SDC_TOP"/src/sdc-*.c; do
		prog=$(basename "$src" .c)
		run "$prog" --help
		[ "$status" -eq 0 ]
		for o in "-q, --quiet" "-v, --verbose" "-h, --help"; do
			grep -qF -- "$o" <<<"$output" || { echo "$prog: no '$o'"; return 1; }
		done
	done
}

@test "sdc-session(5) and sdc(7) exist" {
	[ -f "$SDC_TOP/man/man5/sdc-session.5" ]
	[ -f "$SDC_TOP/man/man7/sdc.7" ]
}
