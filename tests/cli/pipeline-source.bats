#!/usr/bin/env bats
# Adding a source to the pipeline is one row of the source table in
# pipelines/sdc.mk (src/README.md, "A new source"): a copy of sdc.mk with
# one row more, for a toy source whose converter is a small script, and no
# other edit, has the ingest target, the work file, the seeding of a fresh
# tree, a line of "make status", and "make run" merges its sessions.
load helpers

# The tree $R: the real programs (in $W), config and samples, a Makefile
# that only includes the pipeline (as the top one does), and the copy;
# the data in $D.  A make of its own, not a child of the make running the
# tests.
setup() {
	unset MAKEFLAGS MFLAGS MAKELEVEL
	R=$BATS_TEST_TMPDIR/tree D=$BATS_TEST_TMPDIR/data W=$BATS_TEST_TMPDIR/bin
	T=$BATS_TEST_TMPDIR
	mkdir -p "$R/pipelines" "$R/tests/fixtures/toy" "$W"
	ln -s "$SDC_TOP/config" "$R/config"
	ln -s "$SDC_TOP"/tests/fixtures/* "$R/tests/fixtures/"
	printf 'SHELL = /bin/bash\ninclude pipelines/sdc.mk\n' >"$R/Makefile"
	for p in "$SDC_BIN"/sdc-*; do ln -s "$p" "$W/"; done
	toy_converter >"$W/sdc-toy2jsonl"
	chmod +x "$W/sdc-toy2jsonl"
	printf '2025-01-02T09:00:00Z\nToy call: the printer queue was stuck\n' \
	    >"$R/tests/fixtures/toy/sample.txt"
	# The one row, after the last of the table.
	awk '{ print } /^\$\(call row,syncro,/ { print "$(call row,toy,          sdc-toy2jsonl,   -name '"'*.txt'"',                         ,                         ,            toy/sample.txt)" }' \
	    "$SDC_TOP/pipelines/sdc.mk" >"$R/pipelines/sdc.mk"
}

# The converter of the toy source: each file one Session, its first line
# the start, the rest the text (what a real converter does, in a few lines
# of jq); it logs its calls.
toy_converter() {
	cat <<END
#!/bin/sh
echo "\$*" >>"$T/toy-calls"
[ "\$1" != --reject ] || shift 2
for f; do
	jq -Rsc --arg f "\$f" 'split("\n") as \$l | {
	  meta: {session_id: ("toy-" + (\$f | split("/") | last)),
	    schema_version: "2.0", source_system: "Toy",
	    source_identifiers: [\$f], processing_status: "Needs Linking",
	    processing_log: ["sdc-toy2jsonl/0"],
	    ingestion_timestamp_utc: \$l[0], last_updated_timestamp_utc: \$l[0]},
	  context: {customer_id: null, customer_name: null, contact_id: null,
	    contact_name: null, links: []},
	  insights: {session_start_time_utc: \$l[0], session_end_time_utc: \$l[0],
	    session_duration_minutes: 0, source_title: \$l[1],
	    llm_generated_title: null, llm_generated_category: null,
	    generated_summaries: {}, structured_llm_results: {}, user_notes: ""},
	  segments: [{segment_id: "toy-1", start_time_utc: \$l[0],
	    end_time_utc: \$l[0], type: "Note", author: "toy", content: \$l[1],
	    metadata: {}}]}' "\$f"
done
END
}

# toy TARGET...: make in the copied tree on a private data dir.
toy() {
	make -s -C "$R" DATA="$D" SEED=yes PIPELINE_BIN="$W" PIPELINE_BUILD= \
	    SYNCRO=off "$@"
}

@test "the copy of sdc.mk differs from the real one by one added row" {
	run diff "$SDC_TOP/pipelines/sdc.mk" "$R/pipelines/sdc.mk"
	[ "$status" -eq 1 ]
	[ "$(grep -c '^>' <<<"$output")" -eq 1 ]
	[ "$(grep -c '^<' <<<"$output")" -eq 0 ]
	grep -q '^> \$(call row,toy,' <<<"$output"
}

@test "one row: ingest-toy seeds a fresh tree and makes the work file" {
	run toy ingest-toy
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: sdc-toy2jsonl: 1 file(s) under $D/input/toy/"* ]]
	cmp "$R/tests/fixtures/toy/sample.txt" "$D/input/toy/sample.txt"
	[ "$(wc -l <"$D/work/toy.jsonl")" -eq 1 ]
	jq -e '.meta.source_system == "Toy"' "$D/work/toy.jsonl"
	grep -q -- "--reject $D/work/toy.jsonl.rejected $D/input/toy/sample.txt" "$T/toy-calls"
	# the other sources are not made by ingest-toy
	[ ! -e "$D/work/notes.jsonl" ]
}

@test "one row: make status lists the toy source, stale until it is made" {
	run toy status
	[ "$status" -eq 0 ]
	grep -Eq "^sdc: toy +$D/work/toy.jsonl +not made yet" <<<"$output"
	toy ingest-toy >/dev/null
	run toy status
	[ "$status" -eq 0 ]
	grep -Eq "^sdc: toy +$D/work/toy.jsonl +up to date" <<<"$output"
	touch -d '+1 min' "$D/input/toy/sample.txt"
	run toy status
	[ "$status" -eq 0 ]
	grep -Eq "^sdc: toy +$D/work/toy.jsonl +stale: $D/input/toy/sample.txt is newer" <<<"$output"
}

@test "one row: make run merges the toy source's sessions with the others" {
	run toy run
	[ "$status" -eq 0 ]
	[ "$(jq -c 'select(.meta.source_system == "Toy") | .meta.session_id' \
	    "$D/out/sessions.jsonl")" = '"toy-sample.txt"' ]
	jq -se 'any(.[]; .meta.source_system == "Toy" and
	    .insights.source_title == "Toy call: the printer queue was stuck")' \
	    "$D/out/sessions.jsonl"
	# beside the sample sessions of the table's other sources
	jq -se 'any(.[]; .meta.source_system == "notes.json")' "$D/out/sessions.jsonl"
	[[ "$output" == *"1 Toy"* ]]
	# a second run has nothing to do for it
	: >"$T/toy-calls"
	run toy run
	[ "$status" -eq 0 ]
	[ ! -s "$T/toy-calls" ]
}
