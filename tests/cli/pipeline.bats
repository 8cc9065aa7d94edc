#!/usr/bin/env bats
# End-to-end tests of pipelines/sdc.mk: make run on a private data
# directory (never the tree's data/), with every program behind a wrapper
# that logs its calls, so the tests see exactly which stages ran.
load helpers

setup() {
	# A make of its own, not a child of the make running the tests.
	unset MAKEFLAGS MFLAGS MAKELEVEL
	T=$BATS_TEST_TMPDIR
	D=$T/data
	W=$T/bin
	export CALLS=$T/calls
	mkdir -p "$W"
	for p in "$SDC_BIN"/sdc-*; do wrap "$(basename "$p")"; done
	: >"$CALLS"
}

teardown() {
	[ -z "${fake_pid:-}" ] || kill "$fake_pid" 2>/dev/null || :
}

# wrap NAME [SHELL-LINE]: a wrapper for NAME that logs the call (name and
# arguments), runs SHELL-LINE (e.g. a sleep, or a failure), then the real
# program.
wrap() {
	printf '#!/bin/sh\necho %s "$*" >>"$CALLS"\n%s\nexec "%s/%s" "$@"\n' \
	    "$1" "${2:-}" "$SDC_BIN" "$1" >"$W/$1"
	chmod +x "$W/$1"
}

# pipe [DATA-DIR] TARGET...: make in the source tree on a private data dir.
pipe() {
	local data=$D
	case ${1:-} in /*) data=$1; shift ;; esac
	make -s -C "$SDC_TOP" DATA="$data" SEED=yes PIPELINE_BIN="$W" PIPELINE_BUILD= \
	    SYNCRO=off "$@"
}

# The results without the data directory's own path, to compare two dirs.
results() {
	sed "s|$1/||g" "$1/out/sessions.jsonl"
}

@test "make run with SEED=yes (make demo) on an empty data dir seeds the sample data and ends with a summary" {
	run pipe run
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "sdc: $D/input/ is empty: copying the sample data from tests/fixtures/" ]]
	[ -s "$D/input/screenconnect/SampleRemoteAccessLogs.csv" ]
	[ -s "$D/input/notes/notes.json" ]
	[[ "${lines[-1]}" =~ ^sdc:\ [0-9]+\ sessions\ in\ $D/out/sessions.jsonl\ \(.*ScreenConnect.*notes.json.*\):\ [0-9]+\ linked,\ [0-9]+\ need\ review ]]
	n=$(wc -l <"$D/out/sessions.jsonl")
	[ "$n" -ge 16 ]
	[[ "${lines[-1]}" == "sdc: $n sessions"* ]]
	jq -e . "$D/out/sessions.jsonl" >/dev/null
	# make run ends with the work items and the report, once they are built.
	if [ -x "$W/sdc-report" ]; then
		[[ "${lines[-2]}" == "sdc: report in $D/out/report.md, report.csv, report.html" ]]
		[ -s "$D/out/workitems.jsonl" ]
		grep -q '^# Work report' "$D/out/report.md"
		grep -q '</html>' "$D/out/report.html"
	fi
}

@test "a second make run with nothing changed runs no program" {
	pipe run >/dev/null
	grep -q sdc-sc2jsonl "$CALLS"
	grep -q sdc-merge "$CALLS"
	: >"$CALLS"
	cp "$D/out/sessions.jsonl" "$T/before"
	run pipe run
	[ "$status" -eq 0 ]
	[ ! -s "$CALLS" ]
	cmp "$T/before" "$D/out/sessions.jsonl"
}

@test "a newer input re-runs its stage and the stages after it, no other" {
	pipe run >/dev/null
	: >"$CALLS"
	sed -i 's/Follow-up with/Followed up with/' "$D/input/notes/notes.json"
	pipe run >/dev/null
	grep -q '^sdc-notes2jsonl ' "$CALLS"
	grep -q '^sdc-merge ' "$CALLS"
	! grep -q '^sdc-sc2jsonl ' "$CALLS" || false
	# touched, but converted to the same records: nothing after it runs
	: >"$CALLS"
	touch "$D/input/notes/notes.json"
	pipe run >/dev/null
	grep -q '^sdc-notes2jsonl ' "$CALLS"
	! grep -q '^sdc-link \|^sdc-merge ' "$CALLS" || false
}

@test "Syncro stages are skipped with one clear line without an API key" {
	run pipe run
	[ "$status" -eq 0 ]
	[ "$(grep -c 'sdc: Syncro: no API key' <<<"$output")" -eq 1 ]
	! grep -q 'fetch-syncro.*customers' "$CALLS" || false
}

@test "a stage whose program is not built is skipped with one line" {
	rm "$W/sdc-notes2jsonl"
	run pipe run
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: sdc-notes2jsonl is not built: notes.jsonl skipped"* ]]
	! grep -q '"notes.json"' "$D/out/sessions.jsonl" || false
	grep -q '"ScreenConnect"' "$D/out/sessions.jsonl"
	# Once it is built, its stage runs.
	wrap sdc-notes2jsonl
	pipe run >/dev/null
	grep -q '"notes.json"' "$D/out/sessions.jsonl"
}

@test "a failed stage leaves its previous output and the results as they were" {
	pipe run >/dev/null
	cp "$D/work/notes.jsonl" "$T/notes.before"
	cp "$D/out/sessions.jsonl" "$T/results.before"
	wrap sdc-notes2jsonl 'echo "{\"partial\":" ; exit 3'
	touch "$D/input/notes/notes.json"
	run pipe run
	[ "$status" -ne 0 ]
	[[ "$output" == *"sdc-notes2jsonl failed (exit 3): $D/work/notes.jsonl left as it was"* ]]
	cmp "$T/notes.before" "$D/work/notes.jsonl"
	cmp "$T/results.before" "$D/out/sessions.jsonl"
	[ -z "$(find "$D" -name '*.tmp')" ]
	# The merge failing keeps the results too; a good run then goes through.
	wrap sdc-notes2jsonl
	wrap sdc-merge 'exit 3'
	run pipe run
	[ "$status" -ne 0 ]
	cmp "$T/results.before" "$D/out/sessions.jsonl"
	wrap sdc-merge
	pipe run >/dev/null
	cmp "$T/results.before" "$D/out/sessions.jsonl"
}

@test "two runs at once: the second waits, nothing runs twice" {
	for p in "$SDC_BIN"/sdc-*; do wrap "$(basename "$p")" 'sleep 0.1'; done
	pipe run >"$T/one" 2>&1 &
	a=$!
	# the second starts once the first runs a stage, which it does only
	# holding the lock (a fixed sleep lost the race on a loaded machine)
	for i in $(seq 1000); do [ ! -s "$CALLS" ] || break; sleep 0.01; done
	[ -s "$CALLS" ]
	pipe run >"$T/two" 2>&1 &
	b=$!
	wait $a
	wait $b
	cat "$T/one" "$T/two" | grep -q "another run holds $D/state/run.lock; waiting for it"
	[ -z "$(sort "$CALLS" | uniq -d)" ]
	pipe "$T/ref" run >/dev/null
	cmp <(results "$D") <(results "$T/ref")
}

# kill_then_run DIR DELAY: make run killed with -9 after DELAY seconds,
# then an uninterrupted make run.
kill_then_run() {
	setsid make -s -C "$SDC_TOP" DATA="$1" SEED=yes PIPELINE_BIN="$W" PIPELINE_BUILD= \
	    SYNCRO=off run >/dev/null 2>&1 &
	local pid=$!
	sleep "$2"
	kill -9 -- -$pid 2>/dev/null || :
	wait $pid || :
	pipe "$1" run >/dev/null
}

@test "kill -9 at any moment, then make run: the same results as an uninterrupted run" {
	for p in "$SDC_BIN"/sdc-*; do wrap "$(basename "$p")" 'sleep 0.05'; done
	pipe "$T/ref" run >/dev/null
	k=$T/k
	for delay in 0.05 0.15 0.3 0.45; do
		rm -rf "$k"
		kill_then_run "$k" $delay
		cmp <(results "$k") <(results "$T/ref")
		# And killed again in the middle of a re-run over existing results.
		touch "$k"/input/*/*
		kill_then_run "$k" $delay
		cmp <(results "$k") <(results "$T/ref")
	done
}

@test "hand edits to the results survive re-runs" {
	pipe run >/dev/null
	f=$D/out/sessions.jsonl
	id=$(jq -r 'select(.meta.source_system == "ScreenConnect") | .meta.session_id' "$f" | head -1)
	jq -c --arg id "$id" 'if .meta.session_id == $id then
	    .insights.user_notes = "billed 1h" | .context.links += ["Project: Firewall"]
	    | .meta.processing_status = "Reviewed" | .context.customer_name = "Checked by hand"
	    | .billing = {invoice: "INV-1"} else . end' "$f" >"$T/edited"
	mv "$T/edited" "$f"
	touch "$D"/input/*/*
	pipe run >/dev/null
	grep -q '^sdc-merge ' "$CALLS"
	s=$(jq -c --arg id "$id" 'select(.meta.session_id == $id)
	    | [.insights.user_notes, .context.links[-1], .meta.processing_status,
	       .context.customer_name, .billing.invoice]' "$f")
	[ "$s" = '["billed 1h","Project: Firewall","Reviewed","Checked by hand","INV-1"]' ]
}

@test "a corrupt line in the results is reported with FILE:LINE and set aside" {
	pipe run >/dev/null
	f=$D/out/sessions.jsonl
	n=$(wc -l <"$f")
	sed -i '2s/.*/{"meta":{"session_id":"cut off/' "$f"
	sed -i 's/Follow-up with/Followed up with/' "$D/input/notes/notes.json"
	run pipe run
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc-merge: $f:2: truncated JSON"* ]]
	[ "$(cat "$D/out/sessions.rejected.jsonl")" = '{"meta":{"session_id":"cut off' ]
	# The lost session comes back from its source; nothing else is lost.
	[ "$(wc -l <"$f")" -eq "$n" ]
	# A second pass does not set the same line aside twice.
	sed -i '2s/.*/{"meta":{"session_id":"cut off/' "$f"
	sed -i 's/Followed up with/Follow-up with/' "$D/input/notes/notes.json"
	pipe run >/dev/null 2>&1
	[ "$(wc -l <"$D/out/sessions.rejected.jsonl")" -eq 1 ]
}

@test "status says what is stale and why" {
	pipe run >/dev/null
	: >"$CALLS"
	run pipe status
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: notes "*"up to date"* ]]
	[[ "$output" == *"sdc: results "*"up to date"* ]]
	touch "$D/input/notes/notes.json"
	run pipe status
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: notes "*"stale: $D/input/notes/notes.json is newer"* ]]
	[[ "$output" == *"sdc: results "*"stale: after notes"* ]]
	[[ "$output" == *"sdc: syncro API"*"skipped: no API key"* ]]
	[ ! -s "$CALLS" ]
}

@test "single stages and clean-work" {
	run pipe ingest-notes
	[ "$status" -eq 0 ]
	[ -s "$D/work/notes.jsonl" ]
	[ ! -e "$D/work/screenconnect.jsonl" ]
	[ ! -e "$D/out/sessions.jsonl" ]
	pipe ingest >/dev/null
	[ -s "$D/work/screenconnect.jsonl" ]
	pipe link >/dev/null
	[ -s "$D/work/screenconnect.linked.jsonl" ] && [ -s "$D/work/notes.linked.jsonl" ]
	[ ! -e "$D/out/sessions.jsonl" ]
	run pipe analyze
	[ "$status" -eq 0 ]
	[[ "$output" == *"no results yet ($D/out/sessions.jsonl): make run first"* ]]
	pipe run >/dev/null
	cp "$D/out/sessions.jsonl" "$T/before"
	pipe analyze >/dev/null
	cmp "$T/before" "$D/out/sessions.jsonl"
	[ ! -e "$D/out/sessions.jsonl.tmp" ]
	pipe clean-work >/dev/null
	[ ! -e "$D/work" ]
	[ -s "$D/out/sessions.jsonl" ]
	[ -s "$D/input/notes/notes.json" ]
}

@test "make cache without an API key says so and changes nothing" {
	run pipe cache
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: Syncro: no API key"* ]]
	[ ! -e "$D/cache/customers.json" ]
	[ ! -s "$CALLS" ]
}

@test "with an API key: tickets every run, customers when stale, watermark after the merge" {
	fake=$SDC_TOP/tests/fakes/syncro_fake.py
	[ -x "$W/sdc-fetch-syncro" ] && [ -f "$fake" ] || skip "sdc-fetch-syncro or its fake not here"
	echo '{"key": "K3y", "tickets": 3, "customers": 2}' >"$T/script.json"
	/usr/bin/python3 "$fake" --script "$T/script.json" --log "$T/req.log" --port-file "$T/port" &
	fake_pid=$!
	for _ in $(seq 200); do [ -s "$T/port" ] && break; sleep 0.05; done
	api() {
		# the fake's tickets are from January 2025: "now" must be after them
		SOURCE_DATE_EPOCH=1740787200 SYNCRO_API_KEY=K3y make -s -C "$SDC_TOP" DATA="$D" SEED=yes PIPELINE_BIN="$W" PIPELINE_BUILD= \
		    SYNCRO_FLAGS="--base-url http://127.0.0.1:$(cat "$T/port")/api/v1 --rate 60000" "$@"
	}
	run api run
	[ "$status" -eq 0 ]
	[[ "$output" != *"no API key"* ]]
	[ "$(grep -c '"source_system":"SyncroRMM"' "$D/out/sessions.jsonl")" -ge 3 ]
	[ "$(jq length "$D/cache/customers.json")" -eq 2 ]
	[ -s "$D/state/syncro-tickets.json" ]
	[ ! -e "$D/work/syncro-tickets.next" ]
	# Nothing new at Syncro: the fetch runs, nothing after it does.
	api run >/dev/null
	: >"$CALLS"
	api run >/dev/null
	[ "$(cut -d' ' -f1 "$CALLS" | sort -u)" = sdc-fetch-syncro ]
	[ "$(grep -c . "$CALLS")" -eq 1 ]
	# make cache fetches the customers although the cache is young.
	: >"$CALLS"
	api cache >/dev/null
	[ "$(grep -c . "$CALLS")" -eq 1 ]
	# A cache older than SYNCRO_CACHE_HOURS is fetched again by make run...
	touch -d '25 hours ago' "$D/state/customers.fetched"
	: >"$CALLS"
	api run >/dev/null
	grep -q '^sdc-fetch-syncro .*customers' "$CALLS"
	# ...and the same age is young enough with SYNCRO_CACHE_HOURS=48.
	touch -d '25 hours ago' "$D/state/customers.fetched"
	: >"$CALLS"
	api run SYNCRO_CACHE_HOURS=48 >/dev/null
	[ -z "$(grep '^sdc-fetch-syncro .*customers' "$CALLS")" ]
}

# #14's time evidence: every link run reads the Syncro tickets, and a
# changed ticket file relinks every source.
@test "sdc-link reads the converted and fetched Syncro tickets; new tickets relink" {
	pipe run >/dev/null
	grep -q "^sdc-link .*--tickets $D/work/syncro.jsonl --tickets $D/work/syncro-api.jsonl .*/work/screenconnect.jsonl\$" "$CALLS"
	: >"$CALLS"
	touch "$D/work/syncro-api.jsonl"
	run pipe run
	[ "$status" -eq 0 ]
	grep -q '^sdc-link .*/work/notes.jsonl$' "$CALLS"
	grep -q '^sdc-link .*/work/screenconnect.jsonl$' "$CALLS"
}

# Incremental runs (#17): each source is linked on its own, so a changed
# input relinks and merges only the sessions it brings.
@test "a changed input is converted, linked and merged alone" {
	pipe run >/dev/null
	# every source but the Syncro API's, which has no sessions without a key
	[ "$(grep -c '^sdc-link ' "$CALLS")" -eq 4 ]
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

@test "make -j2 run: the sources at once, sdc-llm in parts, the same results as one at a time" {
	pipe "$T/one" run PIPELINE_JOBS=1 >/dev/null
	# and sdc-llm over the results in parts, one a core (LLM_SPLIT bytes or more)
	run pipe "$T/two" -j2 run PIPELINE_JOBS=2 LLM_SPLIT=1000
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

# The stages after the merge take a delta (#17): sdc-llm goes over only the
# sessions the merge added or changed, with the whole results as the context
# of offline titles; the results are those of a run from scratch.
@test "an edited note, then an edited export: the same results as a clean run on the same inputs" {
	# a ticket in the night of a remote session of the same customer: its
	# offline title leads with the ticket's subject
	pipe pipeline-seed >/dev/null
	sed -i '4s|"12/10/24"|"1/9/25"|; 6s|"Global Tech Solutions"|"Wellness Partners East"|' "$D/input/notes/notes.json"
	pipe run >/dev/null
	title() { jq -r 'select(.insights.session_start_time_utc == "2025-01-09T03:50:00Z") | .insights.llm_generated_title' "$D/out/sessions.jsonl"; }
	[[ "$(title)" == "Desktop Performance Issue on FIN-TERM-01"* ]]
	same_as_clean() {
		rm -rf "$T/clean"
		mkdir -p "$T/clean"
		cp -r "$D/input" "$T/clean/input"
		pipe "$T/clean" run >/dev/null
		for f in sessions.jsonl workitems.jsonl report.md report.csv report.html needs-review.jsonl; do
			cmp <(sed "s|$D/||g" "$D/out/$f") <(sed "s|$T/clean/||g" "$T/clean/out/$f")
		done
	}
	sed -i 's/Follow-up with Alex Ray/Follow-up with Alex Ray, again/' "$D/input/notes/notes.json"
	run pipe run
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc-llm title summary category over the sessions added or changed (1)"* ]]
	same_as_clean
	# that remote session ten minutes longer: its title again, the ticket
	# near it found in the whole results
	sed -i '12s/4:55,3928,/5:05,4528,/' "$D/input/screenconnect/SampleRemoteAccessLogs.csv"
	run pipe run
	[ "$status" -eq 0 ]
	[[ "$output" == *"over the sessions added or changed (1)"* ]]
	[[ "$(title)" == "Desktop Performance Issue on FIN-TERM-01"* ]]
	same_as_clean
	# linked again to the same sessions: no sdc-llm, the results as they were
	: >"$CALLS"
	cp "$D/out/sessions.jsonl" "$T/before"
	touch "$D/work/screenconnect.linked.jsonl"
	run pipe run
	[ "$status" -eq 0 ]
	[[ "$output" == *"no session added or changed"* ]]
	! grep -q '^sdc-llm ' "$CALLS" || false
	cmp "$T/before" "$D/out/sessions.jsonl"
}

@test "sdc-llm over every session again after failed tasks, or other LLM_TASKS" {
	pipe run >/dev/null
	# some tasks failed: exit 1
	wrap sdc-llm '"'"$SDC_BIN"'/sdc-llm" "$@" || exit $?; exit 1'
	sed -i 's/Follow-up with/Followed up with/' "$D/input/notes/notes.json"
	run pipe run
	[ "$status" -eq 0 ]
	[ -e "$D/state/llm.retry" ]
	wrap sdc-llm
	sed -i 's/Followed up with/Follow-up with/' "$D/input/notes/notes.json"
	run pipe run
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: sdc-llm title summary category"$'\n'* ]]
	[ ! -e "$D/state/llm.retry" ]
	sed -i 's/Follow-up with/Followed up with/' "$D/input/notes/notes.json"
	run pipe run LLM_TASKS="title summary"
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: sdc-llm title summary"$'\n'* ]]
	sed -i 's/Followed up with/Follow-up with/' "$D/input/notes/notes.json"
	run pipe run LLM_TASKS="title summary"
	[ "$status" -eq 0 ]
	[[ "$output" == *"sdc: sdc-llm title summary over the sessions added or changed"* ]]
}
