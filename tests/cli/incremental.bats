#!/usr/bin/env bats
# Incremental runs of pipelines/sdc.mk (#17): each source is linked on its
# own, so a touched input relinks and merges only the sessions it brings;
# make -j runs the sources at once with the same results.  The programs
# are behind wrappers that log their calls, as in pipeline.bats.
load helpers

setup() {
	unset MAKEFLAGS MFLAGS MAKELEVEL
	T=$BATS_TEST_TMPDIR
	D=$T/data
	W=$T/bin
	export CALLS=$T/calls
	mkdir -p "$W"
	for p in "$SDC_BIN"/sdc-*; do
		printf '#!/bin/sh\necho %s "$*" >>"$CALLS"\nexec "%s" "$@"\n' "$(basename "$p")" "$p" >"$W/${p##*/}"
		chmod +x "$W/${p##*/}"
	done
	: >"$CALLS"
}

pipe() {
	local data=$D
	case ${1:-} in /*) data=$1; shift ;; esac
	make -s -C "$SDC_TOP" DATA="$data" SEED=yes PIPELINE_BIN="$W" PIPELINE_BUILD= SYNCRO=off "$@"
}

@test "a changed input is converted, linked and merged alone" {
	pipe run >/dev/null
	[ "$(grep -c '^sdc-link ' "$CALLS")" -eq 5 ]
	: >"$CALLS"
	sed -i 's/Follow-up with/Followed up with/' "$D/input/notes/notes.json"
	run pipe run
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: sdc-merge notes into $D/out/sessions.jsonl"* ]]
	grep -q '^sdc-notes2jsonl ' "$CALLS"
	[ "$(grep -c '^sdc-link ' "$CALLS")" -eq 1 ]
	grep -q '^sdc-link .*/work/notes.jsonl$' "$CALLS"
	! grep -q '^sdc-sc2jsonl \|^sdc-st2jsonl ' "$CALLS" || false
	grep -q 'Followed up with' "$D/out/sessions.jsonl"
	# nothing left to do: no program runs, the summary is the same
	: >"$CALLS"
	run pipe run
	[ "$status" -eq 0 ]
	[ ! -s "$CALLS" ]
	[[ "${lines[-1]}" == "sdc: 20 sessions in $D/out/sessions.jsonl ("* ]]
}

@test "a touched input converted to the same records: nothing after its converter runs" {
	pipe run >/dev/null
	cp "$D/out/sessions.jsonl" "$T/before"
	: >"$CALLS"
	touch "$D/input/notes/notes.json" "$D/input/screenconnect/"*
	run pipe run
	[ "$status" -eq 0 ]
	[ "$(cut -d' ' -f1 "$CALLS" | sort | tr '\n' ' ')" = "sdc-notes2jsonl sdc-sc2jsonl " ]
	cmp "$T/before" "$D/out/sessions.jsonl"
	: >"$CALLS"
	pipe run >/dev/null
	[ ! -s "$CALLS" ]
	# a newer converter converts again, with the same outcome
	touch "$W/sdc-notes2jsonl"
	pipe run >/dev/null
	[ "$(cut -d' ' -f1 "$CALLS")" = sdc-notes2jsonl ]
}

@test "make -j2 run: the sources at once, the same results as one at a time" {
	pipe "$T/one" run >/dev/null
	run pipe "$T/two" -j2 run
	[ "$status" -eq 0 ]
	for f in sessions.jsonl workitems.jsonl report.md report.csv needs-review.jsonl; do
		cmp <(sed "s|$T/one/||g" "$T/one/out/$f") <(sed "s|$T/two/||g" "$T/two/out/$f")
	done
	# the link memory holds every decision of both, whatever the order
	diff <(sort -u "$T/one/state/link-decisions.jsonl") <(sort -u "$T/two/state/link-decisions.jsonl")
}

@test "the names left for review: one line per name across sources, sessions added up" {
	pipe run >/dev/null
	jq -c '{type: "customer", name: "Sample Corp", sessions: 2, why: "w", candidates: [], machines: ["M1", "M2"]}' -n >"$D/work/syncro.review"
	jq -c '{type: "customer", name: "Sample Corp", sessions: 1, why: "w", candidates: [], machines: ["M2", "M3", "M4", "M5"]}' -n >"$D/work/syncro-api.review"
	touch "$D/work/syncro-api.linked.jsonl"
	pipe run >/dev/null
	[ "$(jq -c 'select(.name == "Sample Corp") | [.sessions, .machines]' "$D/out/needs-review.jsonl")" = \
	    '[4,["M1","M2","M3","M4"]]' ]
	[ "$(jq -r .name "$D/out/needs-review.jsonl" | sort | uniq -d)" = "" ]
}
