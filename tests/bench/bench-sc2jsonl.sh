#!/usr/bin/env bash
# sdc-sc2jsonl on 1M generated rows against Miller's `mlr --icsv --ojsonl cat`
# on the same file, in the same run: throughput ratio and peak RSS / input.
# ROWS overrides the size.
set -euo pipefail
rows=${ROWS:-1000000}
f=data/sc-$rows.csv
[ -s "$f" ] || python3 gen-screenconnect.py "$rows" > "$f"
size=$(stat -c %s "$f")

best() {	# best of 5 wall-clock seconds of "$@" > /dev/null
	local b=999999 s e t
	for _ in 1 2 3 4 5; do
		s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc -l); b=$(echo "if ($t < $b) $t else $b" | bc -l)
	done
	printf '%.3f' "$b"
}

t_sdc=$(best "$SDC_BIN/sdc-sc2jsonl" "$f")
t_mlr=$(best mlr --icsv --ojsonl cat "$f")
rss=$(/usr/bin/time -f %M "$SDC_BIN/sdc-sc2jsonl" "$f" 2>&1 >/dev/null | tail -1)
mb=$(echo "$size / 1048576" | bc -l)
cat <<END
### sdc-sc2jsonl ($rows rows, $(printf '%.1f' "$mb") MiB CSV, $(nproc) cores)

| measure | value |
|---|---|
| sdc-sc2jsonl wall time (best of 5) | ${t_sdc} s ($(printf '%.1f' "$(echo "$mb / $t_sdc" | bc -l)") MiB/s) |
| mlr --icsv --ojsonl cat (best of 5) | ${t_mlr} s |
| throughput ratio sdc / mlr (target ≥ 2) | $(printf '%.2f' "$(echo "$t_mlr / $t_sdc" | bc -l)")× |
| peak RSS | $((rss / 1024)) MiB |
| peak RSS / input size (target ≤ 1.5) | $(printf '%.2f' "$(echo "$rss * 1024 / $size" | bc -l)") |
END
