#!/usr/bin/env bash
# bench-pipeline.sh - every stage of the pipeline, and the whole `make run`,
# on a generated ScreenConnect export, each against `jq -c .` over the
# stage's input in the same run (issue 17).  Prints Markdown for RESULTS.md.
#
#	ROWS=200000 REPS=1 BASE_BIN=DIR bash bench-pipeline.sh
#
# ROWS     rows of gen-screenconnect.py (default 200,000; 2,000 customers)
# REPS     runs of each command; the best wall and the best CPU are kept
# BASE_BIN a second bin directory measured on the same inputs in the same
#          run, e.g. $(bash build-base.sh) for main at 2ea652f, the
#          baseline of issue 17; its own tree's Makefile runs its make run
#          when BASE_BIN is a checkout's bin/
#
# The stages: sdc-sc2jsonl (also against Miller on the CSV), sdc-link
# (2,000 customers, --no-llm, no memory), sdc-merge (into an empty store),
# sdc-llm title summary category (offline: --model extractive), sdc-group,
# sdc-report --format html and md; each stage reads what SDC_BIN's previous
# stage wrote, so both builds see the same bytes.  `make run` starts from an
# empty data folder each time (INPUT= the export and the customer list).
# Wall time is elapsed; CPU is user + system (on a shared machine the
# steadier of the two); RSS is the peak resident set (/usr/bin/time's %M,
# for make run the largest single process).
set -euo pipefail
cd "$(dirname "$0")"
top=$(cd ../.. && pwd)
SDC_BIN=${SDC_BIN:-$top/bin}
BASE_BIN=${BASE_BIN:-}
rows=${ROWS:-200000} reps=${REPS:-1}
d=$PWD/data/pipeline-$rows
csv=$PWD/data/sc-$rows.csv
mkdir -p "$d"
[ -s "$csv" ] || python3 gen-screenconnect.py "$rows" > "$csv"

# The customer list: every SessionCustomProperty1 of the export, as the
# link cache holds it (ids made up), so most sessions link by name.
if [ ! -s "$d/input/syncro/customers.json" ]; then
	mkdir -p "$d/input/screenconnect" "$d/input/syncro"
	ln -sf "$csv" "$d/input/screenconnect/export.csv"
	python3 - "$csv" > "$d/input/syncro/customers.json" <<'PY'
import csv, json, sys
names = sorted({r["SessionCustomProperty1"] for r in csv.DictReader(open(sys.argv[1], newline=""))} - {""})
json.dump([{"id": 1000 + i, "business_name": n, "contacts": []} for i, n in enumerate(names)], sys.stdout)
PY
fi
customers=$d/input/syncro/customers.json
echo '{}' > "$d/sdc.json"	# no config of the machine's: offline, default paths
export SDC_CONFIG=$d/sdc.json

# timed NAME CMD...: run CMD (stdout to $d/out.NAME) REPS times; sets
# NAME_w (best wall s), NAME_c (best CPU s), NAME_m (peak RSS KiB).  With
# fresh=DIR the folder DIR is removed before each run.
timed() {
	local name=$1 i e u s m bw=999999 bc=999999 bm=0
	shift
	for ((i = 0; i < reps; i++)); do
		[ -z "${fresh:-}" ] || rm -rf "$fresh"
		/usr/bin/time -f '%e %U %S %M' -o "$d/time" "$@" > "$d/out.$name" 2> "$d/err.$name" ||
		    [ $? -eq 1 ] || { echo "bench-pipeline: $name failed:" >&2; tail -5 "$d/err.$name" >&2; exit 1; }
		read -r e u s m < <(tail -1 "$d/time")
		bw=$(echo "if ($e < $bw) $e else $bw" | bc -l)
		bc=$(echo "c = $u + $s; if (c < $bc) c else $bc" | bc -l)
		[ "$m" -le "$bm" ] || bm=$m
	done
	printf -v "${name}_w" '%.2f' "$bw"
	printf -v "${name}_c" '%.2f' "$bc"
	printf -v "${name}_m" '%s' "$bm"
}

# make_run NAME BIN: make run over the export from an empty data folder,
# each of the REPS times (session 5: the second run found the first's
# results and did nothing, which made "best of 2" a run with nothing to do).
make_run() {
	local tree=$top
	[ ! -e "$2/../pipelines/sdc.mk" ] || tree=$(cd "$2/.." && pwd)
	fresh=$d/run timed "$1" make -s -C "$tree" --no-print-directory run DATA="$d/run" INPUT="$d/input" \
	    PIPELINE_BIN="$2" PIPELINE_BUILD= SYNCRO=off SCREENCONNECT=off \
	    LINK_FLAGS=--no-llm LLM_FLAGS='--model extractive'
	rm -rf "$d/run"
}

# stages PREFIX BIN: every stage of BIN; the outputs of SDC_BIN's run are
# the next stage's input (kept as $d/NAME.jsonl).
stages() {
	local p=$1 b=$2 prompts
	timed "${p}sc" "$b/sdc-sc2jsonl" -q "$csv"
	[ -n "$p" ] || cp "$d/out.sc" "$d/sessions.jsonl"
	timed "${p}link" "$b/sdc-link" -q --no-llm --no-memory --customers "$customers" \
	    --rules /dev/null "$d/sessions.jsonl"
	[ -n "$p" ] || cp "$d/out.link" "$d/linked.jsonl"
	timed "${p}merge" "$b/sdc-merge" -q /dev/null "$d/linked.jsonl"
	[ -n "$p" ] || cp "$d/out.merge" "$d/merged.jsonl"
	prompts=$top/config/prompts.json	# the build's own, when it is a checkout's
	[ ! -e "$b/../config/prompts.json" ] || prompts=$b/../config/prompts.json
	timed "${p}llm" "$b/sdc-llm" -q --model extractive --no-cache --prompts "$prompts" \
	    title summary category "$d/merged.jsonl"
	[ -n "$p" ] || cp "$d/out.llm" "$d/store.jsonl"
	timed "${p}group" "$b/sdc-group" -q "$d/store.jsonl"
	[ -n "$p" ] || cp "$d/out.group" "$d/workitems.jsonl"
	timed "${p}html" "$b/sdc-report" -q --format html --sessions "$d/store.jsonl" "$d/workitems.jsonl"
	timed "${p}md" "$b/sdc-report" -q --format md --sessions "$d/store.jsonl" "$d/workitems.jsonl"
	make_run "${p}run" "$b"
}

stages "" "$SDC_BIN"
[ -z "$BASE_BIN" ] || stages base_ "$BASE_BIN"
timed mlr mlr --icsv --ojsonl cat "$csv"
for f in sessions linked merged store; do
	timed "jq_$f" jq -c . "$d/$f.jsonl"
done

mib() { echo $(( $(stat -c %s "$1") / 1048576 )); }
r2() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
# row LABEL STAGE JQ: one table row (JQ = the jq run over its input).
row() {
	local w=${2}_w c=${2}_c m=${2}_m jw=jq_${3}_w jc=jq_${3}_c bw bc bm line
	line="| $1 | ${!w} s / ${!c} s | $((${!m} / 1024)) MiB | $(r2 "${!w}" "${!jw}")× / $(r2 "${!c}" "${!jc}")×"
	if [ -n "$BASE_BIN" ]; then
		bw=base_$w bc=base_$c bm=base_$m
		line+=" | ${!bw} s / ${!bc} s | $((${!bm} / 1024)) MiB | $(r2 "${!bw}" "${!jw}")× / $(r2 "${!bc}" "${!jc}")×"
		line+=" | $(r2 "${!w}" "${!bw}") / $(r2 "${!c}" "${!bc}")"
	fi
	echo "$line |"
}
hdr="| stage | wall / CPU | peak RSS | vs jq (wall / CPU)"
sep="|---|---|---|---"
if [ -n "$BASE_BIN" ]; then
	hdr+=" | base wall / CPU | base RSS | base vs jq | new / base (wall / CPU)"
	sep+="|---|---|---|---"
fi
cat <<END
### Pipeline stages ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), best of $reps)

Input: $rows rows of gen-screenconnect.py ($(mib "$csv") MiB CSV), $(jq length "$customers")
customers; $(wc -l < "$d/sessions.jsonl") sessions ($(mib "$d/sessions.jsonl") MiB), store after sdc-llm
$(mib "$d/store.jsonl") MiB. SDC_BIN=$SDC_BIN$([ -z "$BASE_BIN" ] || echo "; base: BASE_BIN=$BASE_BIN").

| reference | wall / CPU |
|---|---|
| \`jq -c .\` sessions (sc2jsonl's output, link's input) | ${jq_sessions_w} s / ${jq_sessions_c} s |
| \`jq -c .\` linked (merge's input) | ${jq_linked_w} s / ${jq_linked_c} s |
| \`jq -c .\` merged (llm's input) | ${jq_merged_w} s / ${jq_merged_c} s |
| \`jq -c .\` store (group's, report's and make run's reference) | ${jq_store_w} s / ${jq_store_c} s |
| \`mlr --icsv --ojsonl cat\` on the CSV | ${mlr_w} s / ${mlr_c} s (sdc-sc2jsonl: $(r2 "$mlr_w" "$sc_w")× Miller's speed, wall) |

$hdr |
$sep|
$(row "sdc-sc2jsonl (vs jq on its output)" sc sessions)
$(row "sdc-link (2,000 customers)" link sessions)
$(row "sdc-merge (into an empty store)" merge linked)
$(row "sdc-llm title summary category (extractive)" llm merged)
$(row "sdc-group" group store)
$(row "sdc-report --format html" html store)
$(row "sdc-report --format md" md store)
$(row "make run, end to end" run store)
END
