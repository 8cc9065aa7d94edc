#!/usr/bin/env bats
# The harness itself (issue 12): tests/run counts skips apart, fails an
# unexplained skip in CI, fails a file whose programs hit a sanitizer even
# when the test accepts the exit status, and no test ignores $status.
load helpers

# suite NAME BODY: a bats file holding one test with BODY.
suite() {
	printf '#!/usr/bin/env bats\n@test "%s" {\n%s\n}\n' "$1" "$2" >"$TMP/$1.bats"
}

@test "every run in tests/cli checks \$status; no status lost in a pipe or to || true" {
	run python3 "$SDC_TOP/tests/harness/status_lint.py" "$SDC_TOP"/tests/cli/*.bats
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	suite careless $'\trun false\n\t[ -z "$output" ]'
	run python3 "$SDC_TOP/tests/harness/status_lint.py" "$TMP/careless.bats"
	[ "$status" -eq 1 ]
	[[ "$output" == *"careless.bats:3: run without a check of \$status"* ]]
}

@test "a skip is counted as skipped, not passed; the line stays parseable" {
	suite skips $'\tskip "not today"'
	printf '@test "passes" {\n\ttrue\n}\n' >>"$TMP/skips.bats"
	CI= TEST_JOBS=1 run "$SDC_TOP/tests/run" "$TMP/skips.bats"
	[ "$status" -eq 0 ]
	[ "${lines[-1]}" = "1 passed, 0 failed, 1 skipped" ]
	[[ "${lines[-1]}" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]
}

@test "in CI a skip fails unless it names why it may skip there (CI-OK:)" {
	suite bare $'\tskip "no chromium"'
	suite named $'\tskip "CI-OK: needs a GPU, which CI machines lack"'
	CI=true TEST_JOBS=1 run "$SDC_TOP/tests/run" "$TMP/bare.bats"
	[ "$status" -eq 1 ]
	[ "${lines[-1]}" = "0 passed, 1 failed, 1 skipped" ]
	[[ "$output" == *"skipped in CI, no CI-OK: reason"* ]]
	CI=true TEST_JOBS=1 run "$SDC_TOP/tests/run" "$TMP/named.bats"
	[ "$status" -eq 0 ]
	[ "${lines[-1]}" = "0 passed, 0 failed, 1 skipped" ]
}

# The deliberately broken build: tests/harness/broken.c under ASan+UBSan.
@test "make check-sanitize: a memory error or UB fails the test even when it accepts exit 1" {
	clang -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	    -o "$TMP/broken" "$SDC_TOP/tests/harness/broken.c"
	suite heap $'\trun '"$TMP"$'/broken\n\t[ "$status" -le 1 ]'
	suite ub $'\trun '"$TMP"$'/broken ubsan\n\t[ "$status" -le 1 ]'
	suite hidden $'\t'"$TMP"$'/broken 2>/dev/null || [ "$?" -ne 0 ]'
	for s in heap ub hidden; do
		# what make check-sanitize sets
		ASAN_OPTIONS=exitcode=86 LSAN_OPTIONS=exitcode=86 \
		UBSAN_OPTIONS=halt_on_error=1:exitcode=87 SDC_SANITIZE=1 TEST_JOBS=1 \
		    run "$SDC_TOP/tests/run" "$TMP/$s.bats"
		[ "$status" -eq 1 ]
		[[ "${lines[-1]}" == [01]" passed, "[12]" failed, 0 skipped" ]]
	done
	[[ "$output" == *"sanitizer report"* ]]
	# the same file without the sanitizer settings passes: the harness,
	# not the test, catches it
	TEST_JOBS=1 run env -u ASAN_OPTIONS -u UBSAN_OPTIONS -u LSAN_OPTIONS -u SDC_SANITIZE \
	    "$SDC_TOP/tests/run" "$TMP/heap.bats"
	[ "$status" -eq 0 ]
}
