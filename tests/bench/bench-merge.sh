#!/usr/bin/env bash
# bench-merge - sdc-merge of a run's new sessions into a big store, against
# `jq -c . STORE > /dev/null` on the same store in the same run.
#
#   bash bench-merge.sh [SESSIONS [NEW]]     defaults: 1000000 10000
# Targets (issue 7): time < 3x jq's, peak RSS <= 1.5x the store size.
set -eu
cd "$(dirname "$0")"
SDC_BIN=${SDC_BIN:-$(cd ../../bin && pwd)}
n=${1:-1000000} m=${2:-10000}
d=data/merge-$n-$m
mkdir -p "$d"
if [ ! -s "$d/new.jsonl" ]; then
	echo "generating $n stored + $m new sessions in $d" >&2
	python3 gen-merge.py "$d/store.jsonl" "$d/new.jsonl" "$n" "$m"
fi
store_bytes=$(stat -c %s "$d/store.jsonl")

# measure LABEL CMD...: elapsed seconds and peak RSS (KiB) of one run.
measure() {
	local label=$1
	shift
	/usr/bin/time -f "%e %M" -o "$d/time.$label" "$@"
	read -r secs kib <"$d/time.$label"
	eval "${label}_s=$secs ${label}_kib=$kib"
}

cat "$d/store.jsonl" "$d/new.jsonl" >/dev/null	# same page cache for both
measure jq sh -c 'jq -c . "$0" >/dev/null' "$d/store.jsonl"
measure merge sh -c '"$0" -v "$1" "$2" >"$3" 2>"$4"' "$SDC_BIN/sdc-merge" \
    "$d/store.jsonl" "$d/new.jsonl" "$d/merged.jsonl" "$d/summary"
measure again sh -c '"$0" "$1" "$2" >/dev/null' "$SDC_BIN/sdc-merge" \
    "$d/merged.jsonl" "$d/new.jsonl"

ratio=$(printf %.2f "$(echo "scale=4; $merge_s / $jq_s" | bc)")
rss=$(printf %.3f "$(echo "scale=4; $merge_kib * 1024 / $store_bytes" | bc)")
cat <<MD
### sdc-merge ($(date -u +%Y-%m-%d), $(nproc) cores)

Store: $n sessions, $((store_bytes / 1048576)) MiB; NEW: $m sessions
(half re-ingested, a fifth of those with changed segments; half new).

| run | seconds | peak RSS |
|---|---|---|
| \`jq -c . STORE > /dev/null\` | $jq_s | $((jq_kib / 1024)) MiB |
| \`sdc-merge STORE NEW > merged\` | $merge_s | $((merge_kib / 1024)) MiB |
| \`sdc-merge merged NEW\` (re-run, nothing changes) | $again_s | $((again_kib / 1024)) MiB |

- time: sdc-merge / jq = **$ratio** (target < 3)
- memory: peak RSS / store size = **$rss** (target <= 1.5)
- $(cat "$d/summary")
MD
