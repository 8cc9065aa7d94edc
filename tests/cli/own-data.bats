#!/usr/bin/env bats
# A technician's own data: "make run" reads only data/input/ (or INPUT=DIR),
# follows symbolic links, and never mixes in the samples, which "make demo"
# keeps in a data folder of their own.
load helpers

setup() {
	unset MAKEFLAGS MFLAGS MAKELEVEL
	T=$BATS_TEST_TMPDIR
	D=$T/data
	# A user's ScreenConnect export, in two files: the first 5 rows and the rest.
	mkdir -p "$T/exports"
	csv=$SDC_FIXTURES/screenconnect/SampleRemoteAccessLogs.csv
	head -6 "$csv" >"$D.mine.csv"
	{ head -1 "$csv"; tail -n +7 "$csv"; } >"$T/exports/linked.csv"
}

pipe() {
	make -s -C "$SDC_TOP" PIPELINE_BIN="$SDC_BIN" PIPELINE_BUILD= SYNCRO=off "$@"
}

@test "a user's export (a real file and a symlink) beside the seeded samples: the report holds only the user's sessions" {
	run pipe demo DEMO_DATA="$D/demo"
	[ "$status" -eq 0 ]
	[ -s "$D/demo/input/notes/notes.json" ]
	cp "$D/demo/out/report.md" "$T/demo-report.md"
	mkdir -p "$D/input/screenconnect"
	mv "$D.mine.csv" "$D/input/screenconnect/mine.csv"
	ln -s "$T/exports/linked.csv" "$D/input/screenconnect/linked.csv"
	run pipe run DATA="$D"
	[ "$status" -eq 0 ]
	# every session comes from one of the two files, and both gave some
	jq -e -s --arg a "$D/input/screenconnect/mine.csv" --arg b "$D/input/screenconnect/linked.csv" \
	    'length > 0 and all(.meta.source_identifiers[0] == $a or .meta.source_identifiers[0] == $b)
	     and any(.meta.source_identifiers[0] == $a) and any(.meta.source_identifiers[0] == $b)' \
	    "$D/out/sessions.jsonl"
	! grep -q 'notes.json\|SillyTavern\|SyncroRMM' "$D/out/sessions.jsonl" "$D/out/report.md"
	# the samples were not copied into the user's input, the demo is untouched
	[ "$(find "$D/input" | wc -l)" -eq 4 ]
	cmp "$T/demo-report.md" "$D/demo/out/report.md"
}

@test "a symlinked input folder is followed and never written to; INPUT=DIR reads exports from anywhere" {
	mkdir -p "$T/share/screenconnect" "$D/input"
	cp "$T/exports/linked.csv" "$T/share/screenconnect/"
	ln -s "$T/share/screenconnect" "$D/input/screenconnect"
	run pipe run DATA="$D"
	[ "$status" -eq 0 ]
	[ "$(jq -s length "$D/out/sessions.jsonl")" -gt 0 ]
	[ "$(ls "$T/share/screenconnect")" = linked.csv ]
	run pipe run DATA="$T/d2" INPUT="$T/share"
	[ "$status" -eq 0 ]
	cmp <(jq -c .meta.session_id "$D/out/sessions.jsonl") <(jq -c .meta.session_id "$T/d2/out/sessions.jsonl")
	[ ! -e "$T/share/notes" ]
}

@test "make run with no exports says where they go and stops (exit 2); nothing is seeded" {
	run --separate-stderr pipe run DATA="$D"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"sdc: no exports under $D/input/: put them in $D/input/screenconnect/"*"make demo"* ]]
	[ -z "$(find "$D/input" -type f 2>/dev/null)" ]
}

@test "the example config, copied as the README says, gives a working offline run" {
	mkdir -p "$T/config"
	cp "$SDC_TOP/config/sdc.example.json" "$T/config/sdc.json"
	chmod 644 "$T/config/sdc.json"
	run --separate-stderr env SDC_CONFIG="$T/config/sdc.json" \
	    make -s -C "$SDC_TOP" PIPELINE_BIN="$SDC_BIN" PIPELINE_BUILD= demo DEMO_DATA="$D"
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: Syncro: no API key"* ]]
	[[ "$stderr" != *"holds a secret"* ]]
	[ -s "$D/out/report.html" ]
}
