#!/usr/bin/env bash
# bench-link.sh - sdc-link against the original cascade (thefuzz 0.19
# process.extract, run by /usr/bin/python3) on generated customer lists
# and noisy names with ground truth: precision, recall, wrong links, LLM
# calls per 1,000 names, speed.  Prints Markdown (recorded in tests/bench/RESULTS.md).
# Times are CPU seconds (user + system), so that other work on a shared
# machine does not blur the ratios; the best of three runs for sdc-link.
#
#	NAMES=2000 CUST=5000 BIG=50000 SEED=1 bash bench-link.sh
set -eu
cd "$(dirname "$0")"
BIN=${SDC_BIN:-../../bin}
NAMES=${NAMES:-2000} CUST=${CUST:-5000} BIG=${BIG:-50000} SEED=${SEED:-1}
D=data/link
mkdir -p "$D/small" "$D/big"
/usr/bin/python3 gen-link.py "$CUST" "$NAMES" "$SEED" "$D/small"
/usr/bin/python3 gen-link.py "$BIG" "$NAMES" "$SEED" "$D/big"


# score TRUTH DECISIONS: DECISIONS is "rule TAB id" per name.
score() {
	paste "$1" "$2" | awk -F'\t' -v label="$3" -v secs="$4" -v n="$NAMES" '
	{ truth = $2; rule = $3; id = $4
	  if (truth != "") real++
	  if (rule == "llm") llm++
	  if (id == "") next
	  linked++
	  if (id == truth) ok++; else bad++ }
	END { printf "| %s | %d | %d | %d | %.3f | %.3f | %.0f | %.2f ms |\n",
	    label, linked, ok, bad, linked ? ok / linked : 0, ok / real,
	    1000 * llm / n, 1000 * secs / n }'
}

# sdc-link's decisions in the same form: the LLM is a loopback fake whose
# answers match no candidate, so every call is counted and none links.
sdc_decisions() {
	jq -r '[(.meta.processing_log[] | select(startswith("sdc-link"))
	    | capture("rule=(?<r>[a-z]+)").r) // "none",
	    (.context.customer_id // "" | tostring)] | @tsv' "$1"
}

cut -f1 "$D/small/names.tsv" >"$D/small/guesses"
/usr/bin/python3 original-link.py "$D/small/customers.json" "$D/small/names.tsv" \
    >"$D/orig.tsv" 2>"$D/orig.time"
orig_s=$(tail -1 "$D/orig.time")

run_sdc() {	# DIR OUT: --no-llm run, CPU seconds (ms precision) on stdout
	local TIMEFORMAT='%3U + %3S'
	{ time "$BIN/sdc-link" --no-llm --no-memory --customers "$1/customers.json" \
	    "$1/sessions.jsonl" >"$2"; } 2>"$D/time"
	bc -l <"$D/time"
}
best_of3() {
	local best= t
	for _ in 1 2 3; do
		t=$(run_sdc "$1" "$2")
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
	done
	echo "$best"
}
small_s=$(best_of3 "$D/small" "$D/sdc-small.jsonl")
big_s=$(best_of3 "$D/big" "$D/sdc-big.jsonl")
# loading the list alone (no sessions), to tell per-run from per-name cost
: >"$D/empty.jsonl"
for s in small big; do
	mkdir -p "$D/load-$s"
	ln -sf "../$s/customers.json" "$D/load-$s/customers.json"
	ln -sf ../empty.jsonl "$D/load-$s/sessions.jsonl"
done
small_load=$(best_of3 "$D/load-small" /dev/null)
big_load=$(best_of3 "$D/load-big" /dev/null)

# LLM calls: the same run against the fake LLM server.
python3 ../fakes/llm_fake.py --port-file "$D/port" --log "$D/llm.jsonl" &
fake=$!
trap 'kill $fake 2>/dev/null || true' EXIT
rm -f "$D/llm.jsonl"
for _ in $(seq 100); do [ -s "$D/port" ] && break; sleep 0.05; done
cat >"$D/cfg.json" <<CFG
{"llm": {"providers": {"fake": {"type": "openai", "base_url": "http://127.0.0.1:$(cat "$D/port")/v1"}},
 "capabilities": {"lightweight": "fake:mini"}}}
CFG
"$BIN/sdc-link" --config "$D/cfg.json" --no-memory --customers "$D/small/customers.json" \
    "$D/small/sessions.jsonl" >"$D/sdc-llm.jsonl"
kill $fake; rm -f "$D/port"
sdc_decisions "$D/sdc-llm.jsonl" >"$D/sdc-llm.tsv"
sdc_decisions "$D/sdc-small.jsonl" >"$D/sdc-small.tsv"
sdc_decisions "$D/sdc-big.jsonl" >"$D/sdc-big.tsv"
# a name sent to the LLM shows as unresolved; mark those from the call log
llm_calls=$(wc -l <"$D/llm.jsonl")

echo "## sdc-link (seed $SEED, $NAMES names; $(grep -c . "$D/small/names.tsv") with $(cut -f2 "$D/small/names.tsv" | grep -c .) real customers)"
echo
echo "| system | linked | correct | wrong | precision | recall | LLM calls / 1000 names | time / name |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
score "$D/small/names.tsv" "$D/orig.tsv" "original cascade, $CUST customers (python3-thefuzz)" "$orig_s"
score "$D/small/names.tsv" "$D/sdc-small.tsv" "sdc-link --no-llm, $CUST customers" "$small_s"
score "$D/big/names.tsv" "$D/sdc-big.tsv" "sdc-link --no-llm, $BIG customers" "$big_s"
echo
echo "- LLM calls by sdc-link on the $CUST list (fake server counting requests): $llm_calls," \
    "$(echo "1000 * $llm_calls / $NAMES" | bc) per 1000 names" \
    "(the original: $(awk -F'\t' '$1 == "llm"' "$D/orig.tsv" | wc -l))."
echo "- Speed (CPU time): original $(printf %.2f "$orig_s") s of scoring alone;" \
    "sdc-link $(printf %.3f "$small_s") s for the whole run (load, parse, link, write):" \
    "$(echo "$orig_s / $small_s" | bc) x faster."
echo "- 5k -> 50k customers: $(printf %.3f "$small_s") s -> $(printf %.3f "$big_s") s" \
    "for the whole run, $(printf %.1f "$(echo "$big_s / $small_s" | bc -l)") x per name;" \
    "of which loading the list $(printf %.3f "$small_load") s -> $(printf %.3f "$big_load") s," \
    "so linking alone $(printf %.1f "$(echo "($big_s - $big_load) / ($small_s - $small_load)" | bc -l)") x per name."
echo "- Rules used by sdc-link ($CUST): $(cut -f1 "$D/sdc-small.tsv" | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}')"
