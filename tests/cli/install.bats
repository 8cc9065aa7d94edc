#!/usr/bin/env bats
# make install / uninstall honour PREFIX and DESTDIR.
load helpers

@test "make install puts programs, man pages and the example config under DESTDIR/PREFIX; uninstall removes them" {
	make -s -C "$SDC_TOP" BINDIR="$SDC_BIN" install DESTDIR="$TMP/root" PREFIX=/opt/sdc >/dev/null
	for src in "$SDC_TOP"/src/sdc-*.c; do
		prog=$(basename "$src" .c)
		[ -x "$TMP/root/opt/sdc/bin/$prog" ]
		[ -f "$TMP/root/opt/sdc/share/man/man1/$prog.1" ]
	done
	[ -f "$TMP/root/opt/sdc/share/man/man5/sdc-session.5" ]
	[ -f "$TMP/root/opt/sdc/share/man/man7/sdc.7" ]
	[ -f "$TMP/root/opt/sdc/share/sdc/sdc.example.json" ]
	"$TMP/root/opt/sdc/bin/sdc-sc2jsonl" --version
	make -s -C "$SDC_TOP" BINDIR="$SDC_BIN" uninstall DESTDIR="$TMP/root" PREFIX=/opt/sdc
	[ -z "$(find "$TMP/root" -type f)" ]
}

@test "an installed copy works outside a checkout: empty folder, new HOME, offline pipe" {
	make -s -C "$SDC_TOP" BINDIR="$SDC_BIN" install DESTDIR="$TMP/root" PREFIX=/usr >/dev/null
	mkdir "$TMP/empty" "$TMP/home"
	cp "$SDC_FIXTURES/screenconnect/SampleRemoteAccessLogs.csv" "$TMP/empty/f.csv"
	cp "$SDC_FIXTURES/link/lean_customer_cache.json" "$TMP/empty/c.json"
	cd "$TMP/empty"
	run --separate-stderr env -u XDG_STATE_HOME -u XDG_CACHE_HOME -u XDG_CONFIG_HOME \
	    HOME="$TMP/home" PATH="$TMP/root/usr/bin:$PATH" bash -c \
	    'set -o pipefail; sdc-sc2jsonl f.csv | sdc-link --customers c.json | sdc-llm title'
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -s 'map(select(.insights.llm_generated_title != null)) | length')" -eq 12 ]
	# state under XDG, nothing written into the working folder
	[ -f "$TMP/home/.local/state/sdc/link-decisions.jsonl" ]
	[ "$(ls -A "$TMP/empty" | sort | tr '\n' ' ')" = "c.json f.csv " ]
}

@test "a config copied anywhere: relative paths resolve against its folder" {
	mkdir -p "$TMP/cfg/sub" "$TMP/elsewhere"
	cp "$SDC_TOP/config/prompts.json" "$TMP/cfg/sub/my-prompts.json"
	jq '.llm.prompts = "sub/my-prompts.json" | .link.customers = "sub/c.json"' \
	    "$SDC_TOP/config/sdc.example.json" >"$TMP/cfg/config.json"
	cp "$SDC_FIXTURES/link/lean_customer_cache.json" "$TMP/cfg/sub/c.json"
	cd "$TMP/elsewhere"
	run --separate-stderr bash -c 'set -o pipefail; "$SDC_BIN/sdc-sc2jsonl" "$SDC_FIXTURES/screenconnect/SampleRemoteAccessLogs.csv" |
	    "$SDC_BIN/sdc-link" --config ../cfg/config.json --no-memory |
	    "$SDC_BIN/sdc-llm" --config ../cfg/config.json title'
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -s 'map(select(.context.customer_id != null)) | length')" -gt 0 ]
	# a missing one is named with its key and file
	jq '.llm.prompts = "nope.json"' "$SDC_TOP/config/sdc.example.json" >"$TMP/cfg/bad.json"
	run --separate-stderr "$SDC_BIN/sdc-llm" --config ../cfg/bad.json title /dev/null
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"../cfg/bad.json: llm.prompts: ../cfg/nope.json: No such file"* ]]
}

@test "bash completion, installed: options from --help, sdc-llm tasks, providers from the config, commands" {
	make -s -C "$SDC_TOP" BINDIR="$SDC_BIN" install DESTDIR="$TMP/root" PREFIX=/usr >/dev/null
	comp=$TMP/root/usr/share/bash-completion/completions
	[ "$(readlink "$comp/sdc-llm")" = sdc ]
	mkdir -p "$TMP/cfg"
	echo '{"llm": {"providers": {"ollama": {}, "work": {}}}}' >"$TMP/cfg/c.json"
	# complete WORDS...: what TAB offers after WORDS (the last is the word being typed)
	cat >"$TMP/complete.sh" <<-'SH'
		source "$COMP/sdc"
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		_sdc
		printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
	SH
	c() { PATH="$TMP/root/usr/bin:$PATH" COMP="$comp" SDC_CONFIG="$TMP/cfg/c.json" bash "$TMP/complete.sh" "$@"; }
	run c sdc-link --no-
	[ "$status" -eq 0 ]
	[ "$output" = "--no-llm --no-memory --no-tickets " ]
	run c sdc-llm su
	[ "$status" -eq 0 ]
	[ "$output" = "summary " ]
	run c sdc-llm --model o
	[ "$status" -eq 0 ]
	[ "$output" = "ollama: " ]
	run c sdc-fetch-syncro cu
	[ "$status" -eq 0 ]
	[ "$output" = "customers " ]
	run c sdc-report --format h
	[ "$status" -eq 0 ]
	[ "$output" = "html " ]
	run c sdc-sc2jsonl --process-type g
	[ "$status" -eq 0 ]
	[ "$output" = "guest " ]
	make -s -C "$SDC_TOP" BINDIR="$SDC_BIN" uninstall DESTDIR="$TMP/root" PREFIX=/usr
	[ -z "$(find "$TMP/root" -type f -o -type l)" ]
}
