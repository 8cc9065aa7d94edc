# Shared by the bats files that talk to a loopback fake (tests/fakes/):
# start one in the test's directory $W and stop it after the test.
#
#   start_fake FAKE.py SCRIPT-JSON [EXTRA ARGS...]
#
# writes the script to $W/script.json (the fakes re-read it when it
# changes), logs requests to $W/req.log, waits for the port, sets FAKE_PID
# and PORT.  stop_fake (call it from teardown) ends it.

start_fake() {
	local fake=$1
	printf '%s\n' "$2" >"$W/script.json"
	shift 2
	rm -f "$W/port"
	/usr/bin/python3 "$fake" --script "$W/script.json" --log "$W/req.log" \
	    --port-file "$W/port" "$@" &
	FAKE_PID=$!
	for _ in $(seq 200); do [ -s "$W/port" ] && break; sleep 0.05; done
	PORT=$(cat "$W/port")
}

stop_fake() {
	if [ -n "${FAKE_PID:-}" ]; then kill "$FAKE_PID" 2>/dev/null || true; fi
}
