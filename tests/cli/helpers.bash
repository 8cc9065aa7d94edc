# Shared by every tests/cli/*.bats file: programs from $SDC_BIN, fixtures
bats_require_minimum_version 1.5.0
# from $SDC_FIXTURES, a scratch directory per test, fixed "now".
export PATH="$SDC_BIN:$PATH"
export SOURCE_DATE_EPOCH=1735689600	# 2025-01-01T00:00:00Z
export TZ=UTC LC_ALL=C
FIX=$SDC_FIXTURES

setup() {
	TMP=$(mktemp -d "${BATS_TMPDIR:-/tmp}/sdc.XXXXXX")
}

teardown() {
	rm -rf "$TMP"
}

# Compare a file with the expected one, showing the difference on failure.
same() {
	diff -u "$2" "$1"
}
