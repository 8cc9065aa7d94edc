#!/usr/bin/env bash
# bench-llm-offline.sh - sdc-llm title summary category offline (the
# extractive model), issue 17: CPU against `jq -c .` over the same
# sessions in the same run, a second build beside it, instructions
# (callgrind) on a sample, peak RSS as the input grows 10x, and a run
# over a store whose sessions all have their results.  Prints Markdown.
#
#	ROWS=200000 REPS=3 BASE_BIN=$(bash build-base.sh) bash bench-llm-offline.sh
#
# ROWS      rows of gen-screenconnect.py (default 200,000: about 56,000
#           sessions), made into sessions by SDC_BIN's sc2jsonl, link and
#           merge as bench-pipeline.sh does
# REPS      runs of each timing; the best CPU is kept
# BASE_BIN  a second bin directory (e.g. main at 2ea652f), optional
# SAMPLE    sessions for callgrind (default 10,000; 0: no callgrind)
# Outputs of the two builds are compared byte for byte
# (SOURCE_DATE_EPOCH fixed, so the update times agree).
set -euo pipefail
cd "$(dirname "$0")"
top=$(cd ../.. && pwd)
SDC_BIN=${SDC_BIN:-$top/bin}
BASE_BIN=${BASE_BIN:-}
rows=${ROWS:-200000} reps=${REPS:-3} sample=${SAMPLE:-10000}
d=$PWD/data/llm-offline-$rows
csv=$PWD/data/sc-$rows.csv
mkdir -p "$d"
export SOURCE_DATE_EPOCH=1700000000
echo '{}' > "$d/sdc.json"
export SDC_CONFIG=$d/sdc.json
[ -s "$csv" ] || python3 gen-screenconnect.py "$rows" > "$csv"
if [ ! -s "$d/merged.jsonl" ]; then
	python3 - "$csv" > "$d/customers.json" <<'PY'
import csv, json, sys
names = sorted({r["SessionCustomProperty1"] for r in csv.DictReader(open(sys.argv[1], newline=""))} - {""})
json.dump([{"id": 1000 + i, "business_name": n, "contacts": []} for i, n in enumerate(names)], sys.stdout)
PY
	"$SDC_BIN/sdc-sc2jsonl" -q "$csv" | "$SDC_BIN/sdc-link" -q --no-llm --no-memory \
	    --customers "$d/customers.json" --rules /dev/null | "$SDC_BIN/sdc-merge" -q /dev/null - \
	    > "$d/merged.jsonl"
fi
n=$(wc -l < "$d/merged.jsonl")
# 20,000 and 200,000 sessions (the file again and again) for the memory
head -20000 "$d/merged.jsonl" > "$d/s20k.jsonl"
for _ in $(seq $(( 200000 / n + 1 ))); do cat "$d/merged.jsonl"; done > "$d/s200k.jsonl.tmp"
head -200000 "$d/s200k.jsonl.tmp" > "$d/s200k.jsonl"
rm "$d/s200k.jsonl.tmp"
head -"$sample" "$d/merged.jsonl" > "$d/sample.jsonl"

# the run measured: sdc-llm "${L[@]}" FILE
L=(-q --model extractive --no-cache --prompts "$top/config/prompts.json" title summary category)
# timed NAME CMD...: best CPU (user + sys) and wall of REPS runs, peak RSS;
# sets NAME_c, NAME_w, NAME_m (KiB); stdout to $d/out.NAME
timed() {
	local name=$1 i w c m
	shift
	: > "$d/times"
	for ((i = 0; i < reps; i++)); do
		/usr/bin/time -a -f '%e %U %S %M' -o "$d/times" "$@" > "$d/out.$name"
	done
	read -r w c m < <(awk 'NR == 1 || $1 < w { w = $1 } NR == 1 || $2 + $3 < c { c = $2 + $3 }
	    $4 > m { m = $4 } END { printf "%.2f %.2f %d\n", w, c, m }' "$d/times")
	printf -v "${name}_c" '%s' "$c"
	printf -v "${name}_w" '%s' "$w"
	printf -v "${name}_m" '%s' "$m"
}
instr() {	# instr BIN: callgrind's instruction count on the sample
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1/sdc-llm" -q \
	    --model extractive --no-cache --prompts "$top/config/prompts.json" \
	    title summary category "$d/sample.jsonl" 2>&1 >/dev/null |
	    sed -n 's/.*Collected : //p' | tr -d ' \n'
}
r2() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }

timed jq jq -c . "$d/merged.jsonl"
timed new "$SDC_BIN/sdc-llm" "${L[@]}" "$d/merged.jsonl"
cp "$d/out.new" "$d/store.jsonl"
timed done "$SDC_BIN/sdc-llm" "${L[@]}" "$d/store.jsonl"
timed jqs jq -c . "$d/store.jsonl"
timed r20 "$SDC_BIN/sdc-llm" "${L[@]}" "$d/s20k.jsonl"
timed r200 "$SDC_BIN/sdc-llm" "${L[@]}" "$d/s200k.jsonl"
same=
if [ -n "$BASE_BIN" ]; then
	timed base "$BASE_BIN/sdc-llm" "${L[@]}" "$d/merged.jsonl"
	cmp -s "$d/out.base" "$d/store.jsonl" && same="identical" || same="DIFFERENT"
	timed b20 "$BASE_BIN/sdc-llm" "${L[@]}" "$d/s20k.jsonl"
	timed b200 "$BASE_BIN/sdc-llm" "${L[@]}" "$d/s200k.jsonl"
fi
load=$(cut -d' ' -f1-3 /proc/loadavg)
baserow=
[ -z "$BASE_BIN" ] || baserow="| the same, base build | ${base_c} s | ${base_w} s | $((base_m / 1024)) MiB | $(r2 "$base_c" "$jq_c")× (output $same) |
"
in=$([ "$sample" -gt 0 ] && instr "$SDC_BIN" || echo -)
bin=$([ "$sample" -gt 0 ] && [ -n "$BASE_BIN" ] && instr "$BASE_BIN" || echo -)

cat <<END
### sdc-llm offline ($(date -u +%Y-%m-%d), $(nproc) cores, load average $load, best of $reps)

$rows rows of gen-screenconnect.py: $n sessions ($(( $(stat -c %s "$d/merged.jsonl") / 1048576 )) MiB). SDC_BIN=$SDC_BIN$([ -z "$BASE_BIN" ] || echo "; base: $BASE_BIN").

| run | CPU | wall | peak RSS | vs \`jq -c .\` (CPU) |
|---|---|---|---|---|
| \`jq -c .\` over the sessions | ${jq_c} s | ${jq_w} s | $((jq_m / 1024)) MiB | 1 |
| sdc-llm title summary category | ${new_c} s | ${new_w} s | $((new_m / 1024)) MiB | $(r2 "$new_c" "$jq_c")× |
${baserow}| sdc-llm over its own output (every task done) | ${done_c} s | ${done_w} s | $((done_m / 1024)) MiB | $(r2 "$done_c" "$jqs_c")× (jq: ${jqs_c} s) |

| measure | this build | $([ -z "$BASE_BIN" ] && echo "-" || echo base) |
|---|---|---|
| instructions, first $sample sessions (callgrind) | $in | $bin |
| peak RSS, 20,000 → 200,000 sessions | $((r20_m / 1024)) → $((r200_m / 1024)) MiB | $([ -z "$BASE_BIN" ] && echo - || echo "$((b20_m / 1024)) → $((b200_m / 1024)) MiB") |
| CPU, 20,000 → 200,000 sessions | ${r20_c} → ${r200_c} s | $([ -z "$BASE_BIN" ] && echo - || echo "${b20_c} → ${b200_c} s") |
END
