#!/usr/bin/env bash
# bench-st.sh - sdc-st2jsonl: MB/s of chat text (target >= 100), against
# jq -c . over the same files as the reference, and the cost of a state
# file holding 10x more history (target: <= 20% slower than 1x).
# ST_BENCH_MB sets the size of the generated chat directories (default 100).
set -eu
cd "$(dirname "$0")"
ST=$SDC_BIN/sdc-st2jsonl
D=data/st
MB=${ST_BENCH_MB:-100}
if [ ! -f "$D/.done-$MB" ]; then
	rm -rf "$D"
	python3 gen-st.py "$D/chats" "$MB" >/dev/null
	touch "$D/.done-$MB"
fi
bytes=$(find "$D/chats" -name '*.jsonl' -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$D/chats" -name '*.jsonl' | wc -l)

# "WALL CPU" of one run in ms (CPU = user + sys: steadier when other
# work shares the machine).
run_ms() {
	local t0 t1
	t0=$(date +%s%N)
	/usr/bin/time -o "$D/time" -f '%U %S' "$@" >/dev/null 2>&1 || true
	t1=$(date +%s%N)
	echo "$(((t1 - t0) / 1000000)) $(awk '{printf "%.0f", ($1 + $2) * 1000}' "$D/time")"
}

# Keep the lowest wall and CPU times of several runs in variables $1_wall
# and $1_cpu.
keep() {
	local name=$1 w c
	shift
	read -r w c <<<"$(run_ms "$@")"
	eval "[ -n \"\${${name}_wall:-}\" ] && [ \"\${${name}_wall}\" -le $w ] || ${name}_wall=$w"
	eval "[ -n \"\${${name}_cpu:-}\" ] && [ \"\${${name}_cpu}\" -le $c ] || ${name}_cpu=$c"
}

mbs() { awk -v b="$bytes" -v t="$1" 'BEGIN {printf "%.0f", b / 1e6 / (t / 1000)}'; }

# History: fingerprints of earlier runs, none of them in this input, so
# the runs differ only in the size of the state file.
msgs=$("$ST" --no-state -v "$D/chats" 2>&1 >/dev/null | sed -n 's/.* \([0-9]*\) messages,.*/\1/p')
python3 -c "import os, sys
n = int(sys.argv[1])
for name, k in (('hist1', n), ('hist10', 10 * n)):
    with open(sys.argv[2] + '/' + name, 'w') as f:
        f.writelines(os.urandom(32).hex() + '\n' for _ in range(k))" "$msgs" "$D"

# Interleaved, so a burst of other load hits every variant alike.
for i in 1 2 3 4 5; do
	keep st "$ST" --no-state -q "$D/chats"
	[ "$i" -gt 2 ] || keep jq sh -c 'find "$1" -name "*.jsonl" -exec cat {} + | jq -c .' sh "$D/chats"
	cp "$D/hist1" "$D/state"
	keep h1 "$ST" --state "$D/state" -q "$D/chats"
	cp "$D/hist10" "$D/state"
	keep h10 "$ST" --state "$D/state" -q "$D/chats"
done
rm -f "$D/state" "$D/time"

row() {
	local w c
	eval "w=\$${2}_wall c=\$${2}_cpu"
	echo "| $1 | $w ms | $(mbs "$w") MB/s | $c ms | $(mbs "$c") MB/s |"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

cat <<MD
### sdc-st2jsonl ($(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), best of 5)

Input: $files chat files, $bytes bytes, $msgs new messages (tests/bench/gen-st.py).

| run | wall | MB/s | CPU | MB/s per CPU |
|---|---|---|---|---|
$(row "sdc-st2jsonl --no-state (target >= 100 MB/s)" st)
$(row "reference: jq -c . over the same files" jq)
$(row "--state, 1x history ($msgs fingerprints)" h1)
$(row "--state, 10x history ($((10 * msgs)) fingerprints)" h10)

10x history / 1x history: $(ratio "$h10_wall" "$h1_wall") wall, $(ratio "$h10_cpu" "$h1_cpu") CPU (target <= 1.20).
MD
