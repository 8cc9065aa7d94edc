#!/usr/bin/env bats
# The layout rules of src/README.md (issue 16), checked by tests/layering.py:
# src/lib layers and no include cycles, src/lib symbols shared by two or
# more programs (else listed in tests/layering.allow with a reason), no
# program reaching into another's source, no function over 60 lines.
load helpers

check() {
	python3 "$SDC_TOP/tests/layering.py" "$1" "$SDC_BIN/.obj" "$SDC_TOP/tests/layering.allow"
}

@test "the tree keeps the layout rules" {
	[ -d "$SDC_BIN/.obj/lib" ] || skip "no objects under $SDC_BIN/.obj"
	run check "$SDC_TOP/src"
	echo "$output"
	[ "$status" -eq 0 ]
}

@test "an upward include, a cycle, a reach into another program and a long function are each caught" {
	[ -d "$SDC_BIN/.obj/lib" ] || skip "no objects under $SDC_BIN/.obj"
	cp -r "$SDC_TOP/src" "$TMP/src"
	mkdir -p "$TMP/tests"
	printf '#include "llm.h"\n' >>"$TMP/src/lib/buf.c"
	printf '#include "buf.h"\n' >>"$TMP/src/lib/diag.c"
	printf '#include "../link/names.h"\n' >>"$TMP/src/sdc-group.c"
	{ printf 'int\nlong_one(void)\n{\n'; for i in $(seq 61); do printf '\t;\n'; done; printf '}\n'; } >>"$TMP/src/lib/ids.c"
	run check "$TMP/src"
	[ "$status" -eq 1 ]
	[[ "$output" == *"layer: buf (layer 0) includes llm.h (layer 3)"* ]]
	[[ "$output" == *"cycle: "*"buf"*"diag"* ]]
	[[ "$output" == *'program: sdc-group.c includes "../link/names.h"'* ]]
	[[ "$output" == *"long: lib/ids.c:"*"long_one has 63 lines"* ]]
}
