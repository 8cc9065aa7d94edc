#!/usr/bin/env bash
# compare-builds.sh - two builds of sdc on the benchmarks' data, in the same
# run: each case runs the old and the new build in turn, 5 times, and keeps
# the best CPU time (user + sys) and wall time of each; then compares their
# outputs byte for byte.  For "did this change make anything slower" (#16):
#
#   git worktree add ../base REV && make -C ../base
#   tests/bench/compare-builds.sh ../base/bin bin [CASE...]
#
# Cases: sc2jsonl merge group report llm st (default: all), on the data the
# bench-*.sh scripts generate (generated here when missing).  RUNS=5.
# Prints Markdown, with the load average before and after.
set -eu
cd "$(dirname "$0")"
OLD=$(cd "$1" && pwd) NEW=$(cd "$2" && pwd)
shift 2
set -- "${@:-sc2jsonl merge group report llm st}"
set -- $*
RUNS=${RUNS:-5}
D=data
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$D"
# the same timestamps in both builds' outputs
export SOURCE_DATE_EPOCH=1735689600 TZ=UTC LC_ALL=C

data() {	# the inputs of case $1
	case $1 in
	sc2jsonl) [ -s $D/sc-1000000.csv ] ||
		python3 gen-screenconnect.py 1000000 >$D/sc-1000000.csv ;;
	merge) [ -s $D/merge-1000000-10000/new.jsonl ] || { mkdir -p $D/merge-1000000-10000
		python3 gen-merge.py $D/merge-1000000-10000/store.jsonl \
		    $D/merge-1000000-10000/new.jsonl 1000000 10000; } ;;
	group) [ -s $D/report-sessions-1000000.jsonl ] ||
		python3 gen-sessions.py 1000000 3650 300 >$D/report-sessions-1000000.jsonl ;;
	report) [ -s $D/report-year.jsonl ] ||
		python3 gen-sessions.py 5000 365 40 2 >$D/report-year.jsonl
		"$OLD/sdc-group" $D/report-year.jsonl >"$W/year-items.jsonl" ;;
	llm) [ -s $D/llm-sessions-50000.jsonl ] ||
		python3 gen-llm-sessions.py 50000 >$D/llm-sessions-50000.jsonl
		echo '{}' >"$W/llm.json" ;;
	st) [ -f $D/st/.done-100 ] || { rm -rf $D/st
		python3 gen-st.py $D/st/chats 100 >/dev/null; touch $D/st/.done-100; } ;;
	esac
}

cmd() {	# the command line of case $1 for the build in $2
	case $1 in
	sc2jsonl) echo "$2/sdc-sc2jsonl $D/sc-1000000.csv" ;;
	merge) echo "$2/sdc-merge $D/merge-1000000-10000/store.jsonl $D/merge-1000000-10000/new.jsonl" ;;
	group) echo "$2/sdc-group $D/report-sessions-1000000.jsonl" ;;
	report) echo "$2/sdc-report --format html --tz UTC --sessions $D/report-year.jsonl $W/year-items.jsonl" ;;
	llm) echo "$2/sdc-llm -q --config $W/llm.json --prompts ../../config/prompts.json --no-cache --log /dev/null -j 4 --model extractive title $D/llm-sessions-50000.jsonl" ;;
	st) echo "$2/sdc-st2jsonl --no-state -q $D/st/chats" ;;
	esac
}

# one CASE BUILD OUT: "cpu wall rss" of one run, its output in OUT
one() {
	local s e
	s=$(date +%s%N)
	/usr/bin/time -f '%U %S %M' -o "$W/time" $(cmd "$1" "$2") >"$3" 2>/dev/null || :
	e=$(date +%s%N)
	awk -v w=$(((e - s) / 1000000)) '{ printf "%.0f %d %d\n", ($1 + $2) * 1000, w, $3 / 1024 }' "$W/time"
}

min() { [ -z "$1" ] || [ "$2" -lt "$1" ] && echo "$2" || echo "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b / a }'; }

echo "### Old build ($OLD) against new ($NEW): best of $RUNS, alternating"
echo
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| case | CPU old | CPU new | new/old | wall old | wall new | new/old | RSS old → new | output |"
echo "|---|---|---|---|---|---|---|---|---|"
for c; do
	data "$c"
	oc= nc= ow= nw=
	for _ in $(seq "$RUNS"); do
		read -r cpu wall orss < <(one "$c" "$OLD" "$W/old.out")
		oc=$(min "$oc" "$cpu") ow=$(min "$ow" "$wall")
		read -r cpu wall nrss < <(one "$c" "$NEW" "$W/new.out")
		nc=$(min "$nc" "$cpu") nw=$(min "$nw" "$wall")
	done
	same=$(cmp -s "$W/old.out" "$W/new.out" && echo identical || echo DIFFERS)
	echo "| $c | $oc ms | $nc ms | $(ratio "$oc" "$nc") | $ow ms | $nw ms | $(ratio "$ow" "$nw") | $orss → $nrss MiB | $same |"
done
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores."
