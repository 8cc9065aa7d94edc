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

# start_fake NAME FAKE ARGS...: a fake server (tests/fakes/FAKE) on a free
# port, written to $T/NAME.port, its requests logged to $T/NAME.log; its
# pid joins $fake_pids, which stop_fakes ends.
start_fake() {
	local name=$1 fake=$2
	shift 2
	/usr/bin/python3 "$SDC_TOP/tests/fakes/$fake" --port-file "$T/$name.port" \
	    --log "$T/$name.log" "$@" &
	fake_pids="${fake_pids:-} $!"
	for _ in $(seq 200); do [ -s "$T/$name.port" ] && break; sleep 0.05; done
}

stop_fakes() {
	[ -z "${fake_pids:-}" ] || kill $fake_pids 2>/dev/null || :
}
