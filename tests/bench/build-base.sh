#!/usr/bin/env bash
# build-base.sh [REV] - build the programs of commit REV (default: the
# baseline of issue 17's acceptance, main at 2ea652f) in a folder of their
# own, tests/bench/data/base-REV/, and print its bin directory, for
# BASE_BIN=... of bench-pipeline.sh: a later session measures its build
# and this one in the same run.  Built once; a second call just prints.
set -eu
cd "$(dirname "$0")"
rev=${1:-2ea652f}
top=$(cd ../.. && pwd)
dir=$PWD/data/base-$rev
if [ ! -x "$dir/bin/sdc-sc2jsonl" ]; then
	rm -rf "$dir"
	mkdir -p "$dir"
	git -C "$top" archive "$rev" | tar -x -C "$dir"
	nice -n 10 make -C "$dir" -j2 all >"$dir.log" 2>&1 ||
	    { echo "build-base.sh: building $rev failed: see $dir.log" >&2; exit 1; }
fi
echo "$dir/bin"
