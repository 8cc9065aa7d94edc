#!/usr/bin/env bash
# bench-incremental.sh - incremental runs of `make run` (issue 17,
# acceptance 6) on a generated ScreenConnect export plus the 4-session
# sample notes.json: the full run from an empty data folder, then
# `touch notes.json` (same bytes), then one note edited (4 sessions, new
# bytes), then nothing changed; and the full run with make -j2.  Prints
# Markdown for RESULTS.md.
#
#	ROWS=200000 BASE_BIN=DIR bash bench-incremental.sh
#
# BASE_BIN  a second build measured the same way in the same run, e.g.
#           $(bash build-base.sh) (main at 2ea652f, the baseline of issue
#           17); its own tree's pipelines/sdc.mk runs its make run.
# Offline, as bench-pipeline.sh: --no-llm links, extractive titles.  Wall
# time is elapsed, CPU is user + system of make and everything it ran.
# SOURCE_DATE_EPOCH is fixed for the whole run, so that after the edit the
# results can be compared byte for byte with a clean run on the same inputs
# (this tree only, not timed: the "same as clean" column).
set -euo pipefail
cd "$(dirname "$0")"
top=$(cd ../.. && pwd)
SDC_BIN=${SDC_BIN:-$top/bin}
BASE_BIN=${BASE_BIN:-}
rows=${ROWS:-200000}
d=$PWD/data/incremental-$rows
csv=$PWD/data/sc-$rows.csv
mkdir -p "$d/input/screenconnect" "$d/input/syncro" "$d/input/notes"
[ -s "$csv" ] || python3 gen-screenconnect.py "$rows" > "$csv"
ln -sf "$csv" "$d/input/screenconnect/export.csv"
cp "$top/tests/fixtures/notes/notes.json" "$d/input/notes/notes.json"
# The customer list: every SessionCustomProperty1 of the export (ids made up).
[ -s "$d/input/syncro/customers.json" ] || python3 - "$csv" > "$d/input/syncro/customers.json" <<'PY'
import csv, json, sys
names = sorted({r["SessionCustomProperty1"] for r in csv.DictReader(open(sys.argv[1], newline=""))} - {""})
json.dump([{"id": 1000 + i, "business_name": n, "contacts": []} for i, n in enumerate(names)], sys.stdout)
PY
echo '{}' > "$d/sdc.json"
export SDC_CONFIG=$d/sdc.json
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}

# run TREE BIN DATA [MAKE-OPTIONS]: one make run; "wall cpu" on stdout.
run() {
	local tree=$1 bin=$2 data=$3
	shift 3
	/usr/bin/time -f '%e %U %S' -o "$d/time" make -s -C "$tree" --no-print-directory "$@" run \
	    DATA="$data" INPUT="$d/input" PIPELINE_BIN="$bin" PIPELINE_BUILD= SYNCRO=off \
	    SCREENCONNECT=off LINK_FLAGS=--no-llm LLM_FLAGS='--model extractive' >"$d/out" 2>&1 ||
	    { echo "bench-incremental: make run failed:" >&2; tail -5 "$d/out" >&2; exit 1; }
	awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$d/time"
}

# series LABEL TREE BIN: the five runs of one build, one Markdown row.
series() {
	local label=$1 tree=$2 bin=$3 data=$d/run full touch edit none par
	rm -rf "$data" "$data-j"
	full=$(run "$tree" "$bin" "$data")
	touch "$d/input/notes/notes.json"
	touch=$(run "$tree" "$bin" "$data")
	sed -i 's/"Follow-up with Alex Ray"/"Follow-up with Alex Ray, again"/' "$d/input/notes/notes.json"
	edit=$(run "$tree" "$bin" "$data")
	same=-
	if [ "$tree" = "$top" ]; then
		rm -rf "$data-clean"
		run "$tree" "$bin" "$data-clean" >/dev/null
		same=yes
		for f in sessions.jsonl workitems.jsonl report.md report.csv report.html; do
			cmp -s "$data/out/$f" "$data-clean/out/$f" || same="no ($f differs)"
		done
		rm -rf "$data-clean"
	fi
	cp "$top/tests/fixtures/notes/notes.json" "$d/input/notes/notes.json"
	none=$(run "$tree" "$bin" "$data")
	none=$(run "$tree" "$bin" "$data")
	par=$(run "$tree" "$bin" "$data-j" -j2)
	sessions=$(grep -c . "$data/out/sessions.jsonl")
	rm -rf "$data" "$data-j"
	set -- $full; local fw=$1 fc=$2
	pct() { set -- $1; echo "$1 s / $2 s ($(echo "scale=0; 100 * $1 / $fw" | bc)% / $(echo "scale=0; 100 * $2 / $fc" | bc)%)"; }
	echo "| $label | $sessions | ${full% *} s / ${full#* } s | $(pct "$touch") | $(pct "$edit") | $(pct "$none") | $(pct "$par") | $same |"
}

echo "$rows rows, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo
echo "| build | sessions | full run (wall / CPU) | touch notes.json | a note edited | nothing changed | full run, make -j2 | edited = clean run |"
echo "|---|---|---|---|---|---|---|---|"
series "this tree" "$top" "$SDC_BIN"
if [ -n "$BASE_BIN" ]; then
	series "base ($BASE_BIN)" "$(cd "$BASE_BIN/.." && pwd)" "$BASE_BIN"
fi
echo
echo "(wall / CPU seconds; the percentages are of the full run's wall and CPU time; load average at the end $(cut -d' ' -f1-3 /proc/loadavg))"
