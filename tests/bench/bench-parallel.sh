#!/usr/bin/env bash
# bench-parallel.sh - GNU parallel over sdc-link and sdc-llm (issue 17,
# acceptance 4): 200,000 sessions through one run, then through the
# README's recipe with 2 jobs and the default state files (a fresh data/
# folder each time), with --pipe and with --pipepart.  Prints Markdown for
# RESULTS.md: wall and CPU time, the speed-up, the jobs' own CPU beside
# GNU parallel's, and what each job pays before its first record.
#
#	SESSIONS=200000 BLOCK=50M bash bench-parallel.sh
#	ONLY=sdc-llm bash bench-parallel.sh	(one program's rows: sdc-link
#						 or sdc-llm)
#
# The sessions: sdc-sc2jsonl over gen-screenconnect.py's 500,000 rows
# (about 140,000 sessions), repeated up to SESSIONS; customers: every
# SessionCustomProperty1 (2,000).  Offline: --no-llm, extractive titles.
set -euo pipefail
cd "$(dirname "$0")"
top=$(cd ../.. && pwd)
B=${SDC_BIN:-$top/bin}
n=${SESSIONS:-200000} block=${BLOCK:-50M} only=${ONLY:-}
d=$PWD/data/parallel-$n
csv=$PWD/data/sc-500000.csv
mkdir -p "$d"
[ -s "$csv" ] || python3 gen-screenconnect.py 500000 > "$csv"
if [ ! -s "$d/sessions.jsonl" ]; then
	"$B/sdc-sc2jsonl" "$csv" > "$d/one.jsonl"
	while [ "$(wc -l 2>/dev/null < "$d/sessions.jsonl" || echo 0)" -lt "$n" ]; do
		cat "$d/one.jsonl" >> "$d/sessions.jsonl"
	done
	head -n "$n" "$d/sessions.jsonl" > "$d/s" && mv "$d/s" "$d/sessions.jsonl"
	rm "$d/one.jsonl"
	python3 - "$csv" > "$d/customers.json" <<'PY'
import csv, json, sys
names = sorted({r["SessionCustomProperty1"] for r in csv.DictReader(open(sys.argv[1], newline=""))} - {""})
json.dump([{"id": 1000 + i, "business_name": n, "contacts": []} for i, n in enumerate(names)], sys.stdout)
PY
fi
echo '{}' > "$d/sdc.json"
export SDC_CONFIG=$d/sdc.json
# Each job's own time, beside parallel's: a wrapper appends it to $d/jobs.
printf '#!/bin/sh\nexec /usr/bin/time -a -o "%s/jobs" -f "%%e %%U %%S" "$@"\n' "$d" > "$d/timed"
chmod +x "$d/timed"

# timed OUT CMD...: CMD in a fresh folder $d/w (default state files under
# it) with stdin from $IN, stdout to OUT; "wall cpu" on stdout.
timed() {
	local out=$1
	shift
	rm -rf "$d/w" "$d/jobs"
	mkdir "$d/w"
	(cd "$d/w" && /usr/bin/time -f '%e %U %S' -o "$d/time" "$@" < "$IN" > "$out" 2> "$d/err") ||
	    { echo "bench-parallel: $* failed:" >&2; tail -3 "$d/err" >&2; exit 1; }
	awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$d/time"
}
jobs_cpu() { [ -s "$d/jobs" ] && awk '{ c += $2 + $3; n++ } END { printf "%d jobs, %.2f s", n, c }' "$d/jobs"; }

row() {	# LABEL SERIAL PARALLEL
	set -- "$1" $2 $3
	echo "| $1 | $2 s / $3 s | $4 s / $5 s | $(echo "scale=2; $2 / $4" | bc)× | $(echo "scale=2; $3 / $5" | bc) |"
}

link=("$B/sdc-link" --no-llm --customers "$d/customers.json")
llm=("$B/sdc-llm" --model extractive title summary category)
P=(parallel -k -j2)

echo "$n sessions ($(du -m "$d/sessions.jsonl" | cut -f1) MB), block $block, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo
echo "| run | one process (wall / CPU) | 2 jobs (wall / CPU) | speed-up (wall) | CPU one / CPU 2 jobs |"
echo "|---|---|---|---|---|"
# both NAME INPUT CMD...: CMD alone, then with 2 jobs through --pipe and
# through --pipepart; its rows, and the jobs' own CPU in NAME_jobs.
both() {
	local name=$1 in=$2 one p q jp jq
	shift 2
	IN=$in
	one=$(timed "$d/$name.jsonl" "$@")
	p=$(timed "$d/p.jsonl" "${P[@]}" --pipe --block "$block" "$d/timed" "$@")
	jp=$(jobs_cpu)
	IN=/dev/null
	q=$(timed "$d/p.jsonl" "${P[@]}" --pipepart -a "$in" --block -1 "$d/timed" "$@")
	jq=$(jobs_cpu)
	row "$name, --pipe" "$one" "$p"
	row "$name, --pipepart --block -1" "$one" "$q"
	printf -v "${name//-/_}_jobs" '%s' "--pipe $jp, --pipepart $jq"
}
sdc_link_jobs=- sdc_llm_jobs=-
if [ "$only" != sdc-llm ]; then
	both sdc-link "$d/sessions.jsonl" "${link[@]}"
elif [ ! -s "$d/sdc-link.jsonl" ]; then	# sdc-llm's input all the same
	"${link[@]}" --no-memory -q < "$d/sessions.jsonl" > "$d/sdc-link.jsonl"
fi
[ "$only" = sdc-link ] || both sdc-llm "$d/sdc-link.jsonl" "${llm[@]}"
IN=$d/sessions.jsonl
cat_pipe=$(timed /dev/null "${P[@]}" --pipe --block "$block" cat)
echo
echo "Jobs' own CPU: sdc-link $sdc_link_jobs; sdc-llm (offline) $sdc_llm_jobs."
echo "GNU parallel alone (--pipe into cat): ${cat_pipe% *} s wall, ${cat_pipe#* } s CPU."
[ -z "$only" ] || exit 0
# What a job pays before its first record: the customers (empty input, no
# memory), then the link memory one full run leaves.
IN=/dev/null
st=$(timed /dev/null "${link[@]}" --no-memory)
(cd "$d/w" && "${link[@]}" < "$d/sessions.jsonl" > /dev/null)
mv "$d/w/data/state/link-decisions.jsonl" "$d/memory.jsonl"
stm=$(timed /dev/null "${link[@]}" --memory "$d/memory.jsonl")
echo "Start of one sdc-link job: customers ${st#* } s CPU; with the memory of one run ($(wc -l < "$d/memory.jsonl") lines) ${stm#* } s CPU."
