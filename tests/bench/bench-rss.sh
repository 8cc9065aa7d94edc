#!/usr/bin/env bash
# bench-rss.sh - peak memory of every filter as its input grows (issue 17,
# acceptance 5: "peak RSS of every filter flat as input grows 10x"; and
# sdc-report on a 1M-session store at most half the store's size).
#
#	SIZES="71500 715000 3575000" bash bench-rss.sh
#
# SIZES    rows of gen-screenconnect.py per run (default about 20,000,
#          200,000 and 1,000,000 sessions: 3.57 rows a session)
# STAGES_MAX  the largest size at which every stage is measured; above it
#          only what sdc-report needs is run, and only sdc-group and
#          sdc-report are measured (default: every size)
#
# REUSE=1  a size whose store (data/rss-ROWS/store.jsonl) is there runs
#          only sdc-group and sdc-report on it
#
# Each size runs the pipeline's stages as bench-pipeline.sh does (the
# customer list from the export's names, sdc-link --no-llm, sdc-merge into
# an empty store, sdc-llm offline, sdc-group, sdc-report; and sdc-link
# once more with a memory file, new at each size: link_mem) and takes each
# stage's peak resident set (/usr/bin/time's %M) and CPU time.  Prints a
# Markdown table: RSS per size, the growth from the smallest to the
# largest size against the growth of the input, and RSS over the stage's
# input size.  Data stays under data/rss-ROWS/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")"
top=$(cd ../.. && pwd)
SDC_BIN=${SDC_BIN:-$top/bin}
read -r -a sizes <<<"${SIZES:-71500 715000 3575000}"
stages_max=${STAGES_MAX:-${sizes[-1]}}
export SDC_CONFIG=$PWD/data/rss-sdc.json
mkdir -p data
echo '{}' >"$SDC_CONFIG"	# no config of the machine's: offline, default paths

# measure KEY CMD...: run CMD, stdout to $d/KEY.out; sets rss[KEY_ROWS]
# (KiB) and cpu[KEY_ROWS] (s).
declare -A rss cpu inbytes sessions
measure() {
	local key=$1 u s m
	shift
	/usr/bin/time -f '%U %S %M' -o "$d/time" "$@" >"$d/$key.out" 2>"$d/$key.err" ||
	    [ $? -eq 1 ] || { echo "bench-rss: $key failed:" >&2; tail -5 "$d/$key.err" >&2; exit 1; }
	read -r u s m < <(tail -1 "$d/time")
	rss[${key}_$rows]=$m
	cpu[${key}_$rows]=$(echo "$u + $s" | bc -l)
}

# keep KEY NAME: the output of KEY is the next stage's input, NAME.jsonl.
keep() {
	mv "$d/$1.out" "$d/$2.jsonl"
}

run_size() {
	local all=$1 prompts=$top/config/prompts.json
	d=$PWD/data/rss-$rows
	mkdir -p "$d"
	if [ "${REUSE:-0}" = 1 ] && [ -s "$d/store.jsonl" ]; then
		sessions[$rows]=$(wc -l <"$d/store.jsonl")
		run_reports
		return
	fi
	[ -s "$d/sc.csv" ] || python3 gen-screenconnect.py "$rows" >"$d/sc.csv"
	[ -s "$d/customers.json" ] || python3 - "$d/sc.csv" >"$d/customers.json" <<'PY'
import csv, json, sys
names = sorted({r["SessionCustomProperty1"] for r in csv.DictReader(open(sys.argv[1], newline=""))} - {""})
json.dump([{"id": 1000 + i, "business_name": n, "contacts": []} for i, n in enumerate(names)], sys.stdout)
PY
	inbytes[sc2jsonl_$rows]=$(stat -c %s "$d/sc.csv")
	measure sc2jsonl "$SDC_BIN/sdc-sc2jsonl" -q "$d/sc.csv"
	keep sc2jsonl sessions
	sessions[$rows]=$(wc -l <"$d/sessions.jsonl")
	inbytes[link_$rows]=$(stat -c %s "$d/sessions.jsonl")
	measure link "$SDC_BIN/sdc-link" -q --no-llm --no-memory --customers "$d/customers.json" \
	    --rules /dev/null "$d/sessions.jsonl"
	if [ "$all" = 1 ]; then
		rm -f "$d/memory.jsonl"
		inbytes[link_mem_$rows]=${inbytes[link_$rows]}
		measure link_mem "$SDC_BIN/sdc-link" -q --no-llm --memory "$d/memory.jsonl" \
		    --customers "$d/customers.json" --rules /dev/null "$d/sessions.jsonl"
	fi
	rm -f "$d/sessions.jsonl"
	keep link linked
	inbytes[merge_$rows]=$(stat -c %s "$d/linked.jsonl")
	measure merge "$SDC_BIN/sdc-merge" -q /dev/null "$d/linked.jsonl"
	rm -f "$d/linked.jsonl"
	keep merge merged
	inbytes[llm_$rows]=$(stat -c %s "$d/merged.jsonl")
	measure llm "$SDC_BIN/sdc-llm" -q --model extractive --no-cache --prompts "$prompts" \
	    title summary category "$d/merged.jsonl"
	rm -f "$d/merged.jsonl"
	keep llm store
	[ "$all" = 1 ] || unset "rss[sc2jsonl_$rows]" "rss[link_$rows]" "rss[merge_$rows]" "rss[llm_$rows]"
	rm -f "$d/memory.jsonl"
	run_reports
}

# sdc-group and sdc-report over $d/store.jsonl.
run_reports() {
	inbytes[group_$rows]=$(stat -c %s "$d/store.jsonl")
	measure group "$SDC_BIN/sdc-group" -q "$d/store.jsonl"
	keep group workitems
	inbytes[report_$rows]=${inbytes[group_$rows]}
	inbytes[report_html_$rows]=${inbytes[group_$rows]}
	measure report "$SDC_BIN/sdc-report" -q --format md --sessions "$d/store.jsonl" "$d/workitems.jsonl"
	measure report_html "$SDC_BIN/sdc-report" -q --format html --sessions "$d/store.jsonl" \
	    "$d/workitems.jsonl"
	rm -f "$d"/*.out
}

for rows in "${sizes[@]}"; do
	run_size "$([ "$rows" -le "$stages_max" ] && echo 1 || echo 0)"
done

mib() { printf '%.1f' "$(echo "$1 / 1048576" | bc -l)"; }
first=${sizes[0]}
cols="" sep="" n=0
for rows in "${sizes[@]}"; do
	cols+=" ${sessions[$rows]} sessions |"
	sep+="---|"
done
echo "### Peak RSS per stage ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "Rows of gen-screenconnect.py: ${sizes[*]}; SDC_BIN=$SDC_BIN. RSS in MiB (CPU s);"
echo "growth: RSS at the largest size measured over RSS at the smallest, beside"
echo "the input's growth; last column: RSS / the stage's input at that size."
echo
echo "| stage (input) |$cols growth (input growth) | RSS / input |"
echo "|---|$sep---|---|"
for key in sc2jsonl link link_mem merge llm group report report_html; do
	[ -n "${rss[${key}_$first]:-}" ] || continue	# not measured (REUSE, STAGES_MAX)
	line="| $key |" last=""
	for rows in "${sizes[@]}"; do
		if [ -n "${rss[${key}_$rows]:-}" ]; then
			line+=" $(mib $((rss[${key}_$rows] * 1024))) ($(printf '%.2f' "${cpu[${key}_$rows]}") s) |"
			last=$rows
		else
			line+=" — |"
		fi
	done
	line+=" $(printf '%.2f' "$(echo "${rss[${key}_$last]} / ${rss[${key}_$first]}" | bc -l)")×"
	line+=" ($(printf '%.1f' "$(echo "${inbytes[${key}_$last]} / ${inbytes[${key}_$first]}" | bc -l)")×) |"
	line+=" $(printf '%.3f' "$(echo "${rss[${key}_$last]} * 1024 / ${inbytes[${key}_$last]}" | bc -l)") |"
	echo "$line"
	n=$((n + 1))
done
echo
echo "Bytes per session, from the smallest to the largest size measured (the"
echo "slope: what one more session costs at peak):"
echo
for key in sc2jsonl link link_mem merge llm group report report_html; do
	[ -n "${rss[${key}_$first]:-}" ] || continue
	last=""
	for rows in "${sizes[@]}"; do
		[ -z "${rss[${key}_$rows]:-}" ] || last=$rows
	done
	[ "$last" != "$first" ] || continue
	printf -- '- %s: %.0f bytes a session\n' "$key" "$(echo "(${rss[${key}_$last]} - ${rss[${key}_$first]}) * 1024 / (${sessions[$last]} - ${sessions[$first]})" | bc -l)"
done
