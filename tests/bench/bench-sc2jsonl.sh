#!/usr/bin/env bash
# sdc-sc2jsonl on 1M generated rows against Miller's `mlr --icsv --ojsonl cat`
# on the same file, in the same run: throughput ratio and peak RSS / input.
# ROWS overrides the size.  CPU time (user + sys, best of 5) is given
# beside wall time: on a shared machine it is the steadier measure.  With
# valgrind (CALLGRIND=0 skips it): instructions per input byte on 20,000
# rows (issue 17: <= 100), which do not depend on the machine's load.
set -euo pipefail
cd "$(dirname "$0")"
SDC_BIN=${SDC_BIN:-$(cd ../.. && pwd)/bin}
rows=${ROWS:-1000000}
f=data/sc-$rows.csv
[ -s "$f" ] || python3 gen-screenconnect.py "$rows" > "$f"
size=$(stat -c %s "$f")

best() {	# "WALL CPU": the best of 5 of each, in seconds, of "$@" > /dev/null
	local b=999999 c=999999 w u s
	for _ in 1 2 3 4 5; do
		/usr/bin/time -f '%e %U %S' -o data/sc-time "$@" > /dev/null 2>&1 || true
		read -r w u s < <(tail -1 data/sc-time)
		b=$(echo "if ($w < $b) $w else $b" | bc -l)
		c=$(echo "t = $u + $s; if (t < $c) t else $c" | bc -l)
	done
	printf '%.3f %.3f\n' "$b" "$c"
}

read -r t_sdc c_sdc < <(best "$SDC_BIN/sdc-sc2jsonl" "$f")
read -r t_mlr c_mlr < <(best mlr --icsv --ojsonl cat "$f")
rss=$(/usr/bin/time -f %M "$SDC_BIN/sdc-sc2jsonl" "$f" 2>&1 >/dev/null | tail -1)
mb=$(echo "$size / 1048576" | bc -l)
ipb=skipped
if [ "${CALLGRIND:-1}" != 0 ] && command -v valgrind > /dev/null; then
	s=data/sc-20000.csv
	[ -s "$s" ] || python3 gen-screenconnect.py 20000 > "$s"
	ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
	    "$SDC_BIN/sdc-sc2jsonl" -q "$s" 2>&1 >/dev/null | sed -n 's/.*Collected : *//p')
	ipb=$(printf '%.1f (%s instructions, %s bytes)' "$(echo "$ir / $(stat -c %s "$s")" | bc -l)" \
	    "$ir" "$(stat -c %s "$s")")
fi
cat <<END
### sdc-sc2jsonl ($rows rows, $(printf '%.1f' "$mb") MiB CSV, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))

| measure | value |
|---|---|
| sdc-sc2jsonl wall / CPU time (best of 5) | ${t_sdc} s ($(printf '%.1f' "$(echo "$mb / $t_sdc" | bc -l)") MiB/s) / ${c_sdc} s |
| mlr --icsv --ojsonl cat wall / CPU (best of 5) | ${t_mlr} s / ${c_mlr} s |
| throughput ratio sdc / mlr, wall (target ≥ 3, issue 17) | $(printf '%.2f' "$(echo "$t_mlr / $t_sdc" | bc -l)")× |
| the same in CPU time | $(printf '%.2f' "$(echo "$c_mlr / $c_sdc" | bc -l)")× |
| peak RSS | $((rss / 1024)) MiB |
| peak RSS / input size (target ≤ 1.3, issue 17) | $(printf '%.2f' "$(echo "$rss * 1024 / $size" | bc -l)") |
| instructions per input byte, 20,000 rows (callgrind; target ≤ 100, issue 17) | $ipb |
END
