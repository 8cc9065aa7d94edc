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
