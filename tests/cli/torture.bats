#!/usr/bin/env bats
# make check-torture's driver (tests/torture/torture.py) itself: on a
# stand-in program with one planted defect each (tests/torture/planted.c,
# built with the sanitizers as check-sanitize builds), the driver fails the
# run and says why; on the same program without a defect it passes.
load helpers

setup() {
	TMP=$(mktemp -d)
	clang -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	    -o "$TMP/sdc-sc2jsonl" "$SDC_TOP/tests/torture/planted.c"
}

teardown() {
	rm -rf "$TMP"
}

torture() {
	TORTURE_PLANT=$1 run python3 "$SDC_TOP/tests/torture/torture.py" --bin "$TMP" \
	    --only sdc-sc2jsonl --timeout 3 --keep "$TMP"
}

@test "torture: no defect, no failure" {
	torture none
	[ "$status" -eq 0 ]
	[[ "${lines[-1]}" == "torture: "*" runs, 0 failed"* ]]
}

@test "torture: a heap overflow on one kind of input fails the runs that reach it" {
	torture asan
	[ "$status" -eq 1 ]
	[[ "$output" == *"FAIL sdc-sc2jsonl screenconnect/"*" nul-"*": sanitizer: "*"AddressSanitizer: heap-buffer-overflow"* ]]
	[[ "${lines[-1]}" != *" 0 failed"* ]]
}

@test "torture: undefined behaviour fails the run" {
	torture ubsan
	[ "$status" -eq 1 ]
	[[ "$output" == *"nul-"*": sanitizer: "*"runtime error: signed integer overflow"* ]]
}

@test "torture: a hang is a failure, cut at the timeout" {
	torture hang
	[ "$status" -eq 1 ]
	[[ "$output" == *" nesting: hang (timeout)"* ]]
}

@test "torture: a rejection without its FILE:LINE message fails" {
	torture silent
	[ "$status" -eq 1 ]
	[[ "$output" == *"truncate-"*": 1 rejected, 0 failed, only 0 FILE:LINE messages"* ]]
}

@test "torture: counts that do not add up fail" {
	torture count
	[ "$status" -eq 1 ]
	[[ "$output" == *": counts do not add up: sdc-sc2jsonl: "* ]]
}

@test "torture: a record on stdout that is not JSON fails" {
	torture json
	[ "$status" -eq 1 ]
	[[ "$output" == *"truncate-"*": stdout line "*" is not JSON"* ]]
}
