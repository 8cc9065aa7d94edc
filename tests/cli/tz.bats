#!/usr/bin/env bats
# --tz, one behaviour everywhere (issue 16).  Every program whose man page
# has --tz is run with TZ set and unset, and must use the default that page
# documents: "Default: UTC" where the source format defines UTC, else "the
# TZ variable, else the machine's zone (/etc/localtime), else UTC".
load helpers

ZONE=Asia/Kolkata	# +05:30 all year: differs from UTC and has no DST

# The arguments that make PROG's output depend on the zone; a program
# that takes --tz gets a line here.
zone_args() {
	case $1 in
	sdc-sc2jsonl) echo "$FIX/screenconnect/SampleRemoteAccessLogs.csv" ;;
	sdc-notes2jsonl) echo "$FIX/notes/notes.json" ;;
	sdc-st2jsonl) echo "--no-state $FIX/sillytavern/dst" ;;
	sdc-report) echo "--sessions $FIX/report/sample-sessions.jsonl $FIX/report/sample-workitems.jsonl" ;;
	sdc-fetch-syncro)
		# Saved tickets with the offsets taken off their times.
		jq -c '.tickets |= [.[0]] | (.. | strings) |= (if test("^[0-9-]{10}T[0-9:.]+[-+][0-9:]{5}$")
		    then sub("[-+][0-9:]{5}$"; "") else . end)' \
		    "$FIX/syncro/rmm_tickets_response.json" >"$TMP/naive.json"
		echo "--from-file $TMP/naive.json tickets" ;;
	*) return 1 ;;
	esac
}

# The default the man page gives in its --tz entry: utc or tz.
documented_default() {
	awk '/^\.It Fl -tz/ { on = 1; next } on && /^\.It / { exit } on' "$SDC_TOP/man/man1/$1.1" |
	    tr '\n' ' ' >"$TMP/entry"
	if grep -q 'Default: UTC' "$TMP/entry"; then echo utc
	elif grep -q 'Ev TZ' "$TMP/entry"; then echo tz
	else return 1; fi
}

# out PROG NAME [ENV...] [-- OPTION...]: PROG's output into $TMP/NAME.
out() {
	local prog=$1 name=$2 envs=() opts=()
	shift 2
	while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
	[ $# -eq 0 ] || { shift; opts=("$@"); }
	# shellcheck disable=SC2046
	env "${envs[@]}" "$SDC_BIN/$prog" "${opts[@]}" $(zone_args "$prog") >"$TMP/$name" 2>/dev/null ||
	    [ $? -eq 1 ]
}

machine_zone() {
	local z
	z=$(readlink /etc/localtime 2>/dev/null) && [[ $z == *zoneinfo/* ]] && echo "${z#*zoneinfo/}" || echo UTC
}

programs() {
	grep -l '^\.It Fl -tz' "$SDC_TOP"/man/man1/sdc-*.1 | xargs -n 1 basename | sed 's/\.1$//'
}

@test "the programs that take --tz are the ones whose man page has it" {
	[ "$(programs | wc -l)" -ge 5 ]
	for p in $(programs); do
		"$SDC_BIN/$p" --help | grep -q -- '--tz ZONE' || { echo "$p --help has no --tz"; false; }
		zone_args "$p" >/dev/null || { echo "$p takes --tz: add it to zone_args"; false; }
	done
}

@test "with TZ set and unset, each program uses the default its man page documents" {
	local m
	m=$(machine_zone)
	for p in $(programs); do
		d=$(documented_default "$p") || { echo "$p: the man page gives no --tz default"; false; }
		out "$p" utc -- --tz UTC
		out "$p" zone -- --tz "$ZONE"
		out "$p" machine -- --tz "$m"
		out "$p" set TZ="$ZONE"
		out "$p" unset -u TZ
		# The input really depends on the zone, or the test proves nothing.
		! cmp -s "$TMP/utc" "$TMP/zone" || { echo "$p: output does not depend on the zone"; false; }
		if [ "$d" = utc ]; then
			cmp "$TMP/set" "$TMP/utc" || { echo "$p: TZ=$ZONE should not matter"; false; }
			cmp "$TMP/unset" "$TMP/utc" || { echo "$p: TZ unset: not UTC"; false; }
		else
			cmp "$TMP/set" "$TMP/zone" || { echo "$p: TZ=$ZONE not used"; false; }
			cmp "$TMP/unset" "$TMP/machine" || { echo "$p: TZ unset: not the machine's zone ($m)"; false; }
		fi
	done
}

@test "--tz with an unknown zone is a usage error everywhere" {
	for p in $(programs); do
		run "$SDC_BIN/$p" --tz Mars/Olympus_Mons $(zone_args "$p")
		[ "$status" -eq 2 ] || { echo "$p: exit $status"; false; }
	done
}
