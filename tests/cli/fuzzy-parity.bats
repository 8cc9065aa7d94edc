#!/usr/bin/env bats
# Scorer parity: libsdc's ratio and token_set_ratio against Debian's
# python3-thefuzz 0.19 + python3-levenshtein on 100,000 random name pairs.
# A new seed each run (printed on failure) widens the coverage over time.

setup() {
	T=$(mktemp -d)
}

teardown() {
	rm -rf "$T"
}

@test "100k random pairs score the same as python3-thefuzz 0.19" {
	seed=${FUZZY_PARITY_SEED:-$RANDOM}
	/usr/bin/python3 "$SDC_TOP/tests/unit/fuzzy_pairs.py" 100000 "$seed" >"$T/pairs"
	[ "$(wc -l <"$T/pairs")" -eq 100000 ]
	run "$SDC_BIN/.unit/test_fuzzy" --pairs "$T/pairs"
	echo "seed $seed: $output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"100000 pairs, 0 differ"* ]]
}

@test "the checker catches a wrong score" {
	/usr/bin/python3 "$SDC_TOP/tests/unit/fuzzy_pairs.py" 50 7 |
	    awk -F'\t' -v OFS='\t' 'NR == 3 { $4 = ($4 + 1) % 101 } 1' >"$T/pairs"
	run "$SDC_BIN/.unit/test_fuzzy" --pairs "$T/pairs"
	[ "$status" -eq 1 ]
	[[ "$output" == *"50 pairs, 1 differ"* ]]
}
