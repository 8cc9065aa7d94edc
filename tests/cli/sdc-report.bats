#!/usr/bin/env bats
# sdc-report: work items -> Markdown, CSV, HTML (issue 8).

load workitem_helpers
bats_require_minimum_version 1.5.0

setup() {
	setup_tmp
	REP=$SDC_BIN/sdc-report
	G=$SDC_BIN/sdc-group
	R=$SDC_FIXTURES/report
	S=$R/sample-sessions.jsonl
	W=$R/sample-workitems.jsonl
	CLI=$SDC_TOP/tests/cli
}

teardown() {
	teardown_tmp
}

# Headless Chromium, no network, no profile; extra flags follow.
chrome() {
	command -v chromium >/dev/null || { echo "chromium is not installed (make deps)"; return 1; }
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	    --disable-background-networking --disable-component-update --disable-sync \
	    --hide-scrollbars --user-data-dir="$tmp/profile" --enable-logging=stderr \
	    --v=0 "$@"
}

# Items whose customer name has a comma and quotes, a title with a newline.
awkward() {
	{ session a ScreenConnect 5 'Smith, Jones & "Co" <Ltd>' 2025-03-04T09:00:00Z 2025-03-04T09:40:00Z '[]' $'Line one\nline "two", end'
	  session b notes.json null "Ünïcode Café" 2025-03-05T10:00:00Z 2025-03-05T10:20:00Z '[]' 'x|y *z*'
	} >"$tmp/s"
	"$G" "$tmp/s" >"$tmp/w"
}

@test "help, version, unknown option and bad arguments" {
	run "$REP" -h
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ sdc-report* ]]
	run "$REP" --version
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-report 0.1.0" ]
	run "$REP" --nope
	[ "$status" -eq 2 ]
	run "$REP" --format pdf "$W"
	[ "$status" -eq 2 ]
	run "$REP" --from 2025-13-01 "$W"
	[ "$status" -eq 2 ]
	run "$REP" --to yesterday "$W"
	[ "$status" -eq 2 ]
	run "$REP" --tz Mars/Olympus "$W"
	[ "$status" -eq 2 ]
	run "$REP" --sessions "$tmp/none" "$W"
	[ "$status" -eq 2 ]
}

@test "md of the sample data is the expected report" {
	"$REP" --tz UTC --sessions "$S" "$W" >"$tmp/out"
	diff -u "$R/sample-report.md" "$tmp/out"
}

@test "md: per customer, per day, items with time, billable, sources, titles, summaries" {
	run "$REP" --tz UTC --sessions "$S" "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == *"## Wellness Partners East (#47914465)"* ]]
	[[ "$output" == *"### Wed 2025-01-08"* ]]
	[[ "$output" == *"- **21:31–23:50** · 2:30 billable · ScreenConnect · 5 sessions"* ]]
	[[ "$output" == *"  - 21:31–23:50 Network refresh: switch cut-over — Moved the department PCs"* ]]
	[[ "$output" == *"**Total Wellness Partners East:** 4 work items · 7:45 billable"* ]]
	[[ "$output" == *"| **All** | 17 | 18:45 | 18.75 |"* ]]
	# customers in name order, the customer-less last
	run bash -c "set -o pipefail; '$REP' '$W' | grep '^## '"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "## Global Tech Solutions (#47744171)" ]
	[ "${lines[8]}" = "## (no customer)" ]
	[ "${lines[9]}" = "## Totals" ]
}

@test "md totals add up to the work items' billable minutes" {
	want=$(jq -s 'map(.calculated_insights.billable_minutes) | add' "$W")
	got=$("$REP" "$W" | sed -n 's/^| \*\*All\*\* | [0-9]* | \([0-9]*\):\([0-9]*\) .*/\1 * 60 + \2/p')
	[ "$((got))" -eq "$want" ]
	want=$(jq -s 'map(select(.customer_id == 48222716) | .calculated_insights.billable_minutes) | add' "$W")
	[ "$want" -eq 375 ]
	"$REP" "$W" | grep -qx '| Wellness Partners West | 3 | 6:15 | 6.25 |'
}

@test "md without --sessions: counts, no titles" {
	run "$REP" "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == *"· 5 sessions"* ]]
	[[ "$output" != *"Network refresh"* ]]
}

@test "md escapes Markdown in names and titles" {
	awkward
	run "$REP" --sessions "$tmp/s" "$tmp/w"
	[ "$status" -eq 0 ]
	[[ "$output" == *'## Smith, Jones & "Co" \<Ltd\> (#5)'* ]]
	[[ "$output" == *'Line one line "two", end'* ]]
	[[ "$output" == *'x\|y \*z\*'* ]]
}

@test "--from and --to keep items starting on those days (inclusive)" {
	run bash -c "set -o pipefail; '$REP' --format csv --from 2025-01-08 --to 2025-01-10 '$W' | tail -n +2 | cut -d, -f2 | sort -u | tr -d '\r' | xargs"
	[ "$status" -eq 0 ]
	[ "$output" = "2025-01-08 2025-01-09 2025-01-10" ]
	run bash -c "set -o pipefail; '$REP' --format csv --from 2025-01-09 --to 2025-01-09 '$W' | tail -n +2 | wc -l"
	[ "$status" -eq 0 ]
	[ "$output" -eq 2 ]
	run bash -c "'$REP' -v --from 2025-01-09 --to 2025-01-09 '$W' 2>&1 >/dev/null"
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-report: 17 read, 2 written, 0 rejected, 15 filtered" ]
	run "$REP" --from 2025-01-09 "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == "# Work report"$'\n\n'"2025-01-09 – 2025-08-06"* ]]
}

@test "--customer by name in any case, or by Syncro id" {
	run bash -c "set -o pipefail; '$REP' --format csv --customer 'keystone FINANCIAL' '$W' | tail -n +2 | wc -l"
	[ "$status" -eq 0 ]
	[ "$output" -eq 3 ]
	run bash -c "set -o pipefail; '$REP' --format csv --customer 18005432 '$W' | tail -n +2 | cut -d, -f7 | sort -u"
	[ "$status" -eq 0 ]
	[ "$output" = "Keystone Financial" ]
	run "$REP" --customer "Nobody Inc" "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == *"no work items"*"0 work items"* ]]
}

@test "--project keeps items linked to the project" {
	run bash -c "set -o pipefail; '$REP' --format csv --project 'Network Refresh' '$W' | tail -n +2"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" == *",2025-01-08,"*",Wellness Partners East,150,2.50,139,ScreenConnect,Project: Network Refresh,5,"* ]]
}

@test "--tz shows times and days in that zone (default TZ)" {
	run "$REP" --tz America/New_York "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == *"times in America/New_York"* ]]
	# 2025-01-09T03:50Z is the evening before in New York
	[[ "$output" == *"### Wed 2025-01-08"*"- **22:50–23:59** · 1:15 billable"* ]]
	[[ "$output" == *"- **12:43–13:37** · 1:00 billable"* ]]
	run env TZ=Asia/Tokyo "$REP" "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == *"times in Asia/Tokyo"*"- **02:43–03:37** · 1:00 billable"* ]]
	# an item crossing midnight shows the day it ends on
	run "$REP" --tz Asia/Tokyo --format csv --customer 47914465 "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == *",2025-01-09,2025-01-09 06:31,2025-01-09 08:50,"* ]]
	run "$REP" --tz America/Los_Angeles --customer 47914465 "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == *"- **19:50–20:59** · 1:15 billable"* ]]
}

@test "csv: one row per item, RFC 4180 quoting, CRLF" {
	awkward
	"$REP" --format csv --sessions "$tmp/s" "$tmp/w" >"$tmp/c"
	[ "$(head -1 "$tmp/c")" = $'work_item_id,date,start,end,timezone,customer_id,customer_name,billable_minutes,billable_hours,duration_minutes,sources,links,sessions,titles,rate,amount\r' ]
	grep -q ',5,"Smith, Jones & ""Co"" <Ltd>",45,0.75,40,ScreenConnect,,1,"Line one' "$tmp/c"
	grep -q '^line ""two"", end",0.00,0.00'$'\r''$' "$tmp/c"
	# every line ends in CRLF, the embedded newline is a bare LF inside quotes
	[ "$(grep -c $'\r$' "$tmp/c")" -eq 3 ]
	[ "$(wc -l <"$tmp/c")" -eq 4 ]
}

@test "csv opens in mlr --icsv --ojson with the same values" {
	awkward
	"$REP" --format csv --sessions "$tmp/s" "$tmp/w" >"$tmp/c"
	mlr --icsv --ojson cat "$tmp/c" >"$tmp/j"
	[ "$(jq -r '.[0].customer_name' "$tmp/j")" = 'Smith, Jones & "Co" <Ltd>' ]
	[ "$(jq -r '.[0].titles' "$tmp/j")" = $'Line one\nline "two", end' ]
	[ "$(jq -r '.[1].customer_name' "$tmp/j")" = "Ünïcode Café" ]
	[ "$(jq -r '.[1].customer_id' "$tmp/j")" = "" ]
	# the sample: every row's id, customer and billable time as in the items
	"$REP" --format csv "$W" | mlr --icsv --ojson cat >"$tmp/j"
	a=$(jq -c 'map([.work_item_id, .customer_name, .billable_minutes]) | sort' "$tmp/j")
	b=$(jq -sc 'map([.work_item_id, .customer_name // "", .calculated_insights.billable_minutes]) | sort' "$W")
	[ "$a" = "$b" ]
}

@test "html: well-formed, self-contained, a bar with a tooltip for every session" {
	"$REP" --format html --tz UTC --sessions "$S" "$W" >"$tmp/r.html"
	run python3 "$CLI/html_check.py" "$tmp/r.html" "$W"
	[ "$status" -eq 0 ]
	[ "$output" = "bars 31 days 12 customers 9" ]
	# tooltips carry titles; bars are coloured by source
	grep -q '<title>Wellness Partners East — Network refresh: switch cut-over (21:31–23:50, ScreenConnect)</title>' "$tmp/r.html"
	[ "$(grep -c 'class="bar" data-session="[^"]*" [^>]*fill="#cc79a7"' "$tmp/r.html")" -eq 2 ]
	[ "$(grep -c 'class="bar" data-session="[^"]*" [^>]*fill="#009e73"' "$tmp/r.html")" -eq 2 ]
	grep -q '@media print' "$tmp/r.html"
	# the same tables as md: one row per item, totals
	[ "$(grep -c '^<tr><td class="t">' "$tmp/r.html")" -eq 17 ]
	grep -q '<tfoot><tr><td>All</td><td class="n">17</td><td class="n">18:45</td>' "$tmp/r.html"
}

@test "html check can fail: a missing bar and a script are caught" {
	"$REP" --format html --sessions "$S" "$W" >"$tmp/r.html"
	sed '0,/data-session=/s/<rect class="bar" data-session="[^"]*"/<rect class="bar" data-session="x"/' "$tmp/r.html" >"$tmp/bad.html"
	run python3 "$CLI/html_check.py" "$tmp/bad.html" "$W"
	[ "$status" -eq 1 ]
	[[ "$output" == *"no bar for session"* ]]
	sed 's|</body>|<script>1</script></body>|' "$tmp/r.html" >"$tmp/bad.html"
	run python3 "$CLI/html_check.py" "$tmp/bad.html" "$W"
	[ "$status" -eq 1 ]
	[[ "$output" == *"has a <script>"* ]]
	sed 's|<b>|<b|; s|</h1>|</h2>|' "$tmp/r.html" >"$tmp/bad.html"
	run python3 "$CLI/html_check.py" "$tmp/bad.html" "$W"
	[ "$status" -eq 1 ]
	[[ "$output" == *"not well-formed"* ]]
}

@test "html without --sessions: one bar per item; escaped names" {
	awkward
	"$REP" --format html "$tmp/w" >"$tmp/r.html"
	python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$tmp/r.html"
	[ "$(grep -c 'class="bar" data-item=' "$tmp/r.html")" -eq 2 ]
	grep -q 'Smith, Jones &amp; &quot;Co&quot; &lt;Ltd&gt;' "$tmp/r.html"
	run "$REP" --format html --customer nobody "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == *"no work items"*"</html>" ]]
}

@test "html renders in headless Chromium: not blank, no console errors, the structure of the reference" {
	"$REP" --format html --tz UTC --sessions "$S" "$W" >"$tmp/r.html"
	chrome --screenshot="$tmp/shot.png" --window-size=1024,4600 "file://$tmp/r.html" 2>"$tmp/err"
	run grep -i 'CONSOLE' "$tmp/err"
	[ "$status" -eq 1 ]
	run /usr/bin/python3 "$CLI/png_check.py" "$tmp/shot.png" "$R/sample-report.png"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"sources ScreenConnect,SillyTavern,SyncroRMM,notes.json"* ]]
	# the DOM Chromium built has every bar
	chrome --dump-dom "file://$tmp/r.html" 2>/dev/null >"$tmp/dom"
	[ "$(grep -o 'class="bar" data-session=' "$tmp/dom" | wc -l)" -eq 31 ]
}

@test "the browser checks can fail: console errors and a blank page are caught" {
	printf '<!DOCTYPE html><html><head><title>t</title></head><body><script>console.error("boom")</script></body></html>' >"$tmp/bad.html"
	chrome --screenshot="$tmp/shot.png" --window-size=400,300 "file://$tmp/bad.html" 2>"$tmp/err"
	grep -q 'CONSOLE.*"boom"' "$tmp/err"
	run /usr/bin/python3 "$CLI/png_check.py" "$tmp/shot.png"
	[ "$status" -eq 1 ]
	[[ "$output" == *"blank"* ]]
}

@test "bad work items are reported and rejected; the rest reported" {
	{ head -2 "$W"; echo '{"work_item_id": "x"}'; echo 'not json'; sed -n 3p "$W"; } >"$tmp/w"
	run "$REP" --reject "$tmp/rej" --format csv "$tmp/w"
	[ "$status" -eq 1 ]
	[[ "$output" == *"$tmp/w:3: not a work item"* ]]
	[[ "$output" == *"$tmp/w:4: "* ]]
	[[ "$output" == *"5 read, 3 written, 2 rejected"* ]]
	[ "$(wc -l <"$tmp/rej")" -eq 2 ]
}

@test "reads work items from stdin; -v counts sessions apart" {
	run bash -c "'$REP' -v --sessions '$S' <'$W' 2>&1 >/dev/null"
	[ "$status" -eq 0 ]
	[ "$output" = "sdc-report: 17 read, 17 written, 0 rejected, 31 sessions" ]
}

@test "no leaks, no memory errors" {
	memcheck "$REP" --format html --tz America/New_York --sessions "$S" "$W"
	{ cat "$W"; echo '{"work_item_id": 1}'; } >"$tmp/w"
	run memcheck "$REP" --format csv --customer 47914465 --sessions "$S" "$tmp/w"
	[ "$status" -eq 1 ]
}

@test "sessions missing from --sessions or without a time: said, the item still shown" {
	head -3 "$S" >"$tmp/s"
	jq -c '.insights.session_start_time_utc = null' <<<"$(sed -n 2p "$S")" >>"$tmp/s"
	run "$REP" --format html --sessions "$tmp/s" "$W"
	[ "$status" -eq 0 ]
	[[ "$output" == *"$tmp/s:4: session 619ff486-81aa-50c0-8ed1-ccf473b9a709 has no start time"* ]]
	[[ "$output" == *"sdc-report: $tmp/s: 29 of the work items' sessions are not there"* ]]
	"$REP" --format html --sessions "$tmp/s" "$W" 2>/dev/null >"$tmp/r.html"
	python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$tmp/r.html"
	[ "$(grep -c 'class="bar" data-session=' "$tmp/r.html")" -eq 2 ]
	grep -q 'class="bar" data-item="dd839068-ec0b-5be8-ac3d-e444c45c8b2a"' "$tmp/r.html"
}

# Issue 12, defect 2: "sources":[null] reached strlen (segfault); negative and
# huge billable_minutes were accepted and overflowed.
@test "a null in sources, or billable_minutes negative or huge: the item is rejected, never a crash" {
	head -1 "$W" >"$tmp/w"
	head -1 "$W" | jq -c '.sources = [null]' >>"$tmp/w"
	head -1 "$W" | jq -c '.calculated_links = [{"a": 1}]' >>"$tmp/w"
	head -1 "$W" | jq -c '.calculated_insights.billable_minutes = -54' >>"$tmp/w"
	head -1 "$W" | jq -c '.calculated_insights.billable_minutes = 9223372036854775807' >>"$tmp/w"
	for f in md csv html; do
		run --separate-stderr "$REP" --format $f --reject "$tmp/rej" "$tmp/w"
		[ "$status" -eq 1 ]
		[[ "$stderr" == *"$tmp/w:2: sources holds a value that is not a string"* ]]
		[[ "$stderr" == *"$tmp/w:3: calculated_links holds a value that is not a string"* ]]
		[[ "$stderr" == *"$tmp/w:4: billable_minutes is not from 0 to 5270400"* ]]
		[[ "$stderr" == *"$tmp/w:5: billable_minutes is not from 0 to 5270400"* ]]
		[[ "$stderr" == *"5 read, 1 written, 4 rejected"* ]]
	done
}

# Issue 12, defect 12: rejected lines of --sessions were counted as sessions.
@test "--sessions: a rejected line is counted as rejected, not as a session" {
	{ head -3 "$S"; echo '{bad'; echo 'not json'; } >"$tmp/s"
	run --separate-stderr "$REP" -v --sessions "$tmp/s" "$W"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"$tmp/s:4: "* ]]
	[[ "$stderr" == *"sdc-report: 19 read, 17 written, 2 rejected, 3 sessions"* ]]
}

# Issue 12, defect 7: spreadsheet formula injection through the CSV.
@test "CSV: cells starting with = + - @ tab CR get a leading quote; --raw-csv keeps them raw" {
	head -1 "$W" | jq -c '.customer_name = "=HYPERLINK(\"http://evil.example/\",\"x\")" | .sources = ["+1+1", "@SUM(A1)"] | .calculated_links = ["-2+3", "\tTAB", "\rCR", "plain"]' >"$tmp/w"
	run --separate-stderr "$REP" --format csv "$tmp/w"
	[ "$status" -eq 0 ]
	line=$(sed -n 2p <<<"$output")
	[[ "$line" == *",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\","* ]]
	[[ "$line" == *",\"'+1+1; @SUM(A1)\","* ]]
	[[ "$line" == *",\"'-2+3; "$'\t'"TAB; "$'\r'"CR; plain\","* ]]
	# numbers are not text: 150 stays 150
	[[ "$line" != *"'1"[0-9]* ]]
	run --separate-stderr "$REP" --format csv --raw-csv "$tmp/w"
	[ "$status" -eq 0 ]
	[[ "$(sed -n 2p <<<"$output")" == *',"=HYPERLINK(""http://evil.example/"",""x"")",'* ]]
}

@test "CSV opened by LibreOffice: a formula in a name is text, not run (with --raw-csv it runs)" {
	soffice=$(command -v soffice || command -v libreoffice) ||
	    { [ "${CI:-}" != true ] || return 1; skip "LibreOffice is not installed (make deps: libreoffice-calc-nogui)"; }
	head -1 "$W" | jq -c '.customer_name = "=1+1" | .sources = ["=2*21"]' >"$tmp/w"
	run "$REP" --format csv "$tmp/w"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" >"$tmp/safe.csv"
	run "$REP" --format csv --raw-csv "$tmp/w"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" >"$tmp/raw.csv"
	# Import as CSV (comma, UTF-8, formulas evaluated as a user's Calc
	# would), export the shown values as CSV.
	for f in safe raw; do
		run timeout 120 "$soffice" -env:UserInstallation=file://$tmp/lo --headless \
		    --infilter='CSV:44,34,76,1,,0,false,true,false,false,false,-1,true' \
		    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$tmp/$f.out" "$tmp/$f.csv"
		[ "$status" -eq 0 ]
	done
	# Calc keeps the quoted cells as text (shown with the quote), ...
	[[ "$(sed -n 2p "$tmp/safe.out/safe.csv")" == *",\"'=1+1\",0,0,0,\"'=2*21\","* ]]
	# ... and runs the raw ones: the test can fail
	[[ "$(sed -n 2p "$tmp/raw.out/raw.csv")" == *",,2,0,0,0,42,"* ]]
}

# Issue 17: lines are read with jscan (no json-c tree) where it is sure,
# else with json-c.  A long number in every line sends each to json-c;
# the reports must not change, whichever reader took a line.
@test "the quick reader and json-c give the same reports, every format and filter" {
	slow='s/^{/{"pad":0.000000000000000000001,/'
	sed "$slow" "$W" >"$tmp/w.slow"
	sed "$slow" "$S" >"$tmp/s.slow"
	printf '%s\n' '{"billing": {"currency": "EUR", "default_rate": 90, "rates": [' \
	    '{"source": "ScreenConnect", "category": "Hardware", "rate": 99.5},' \
	    '{"customer_id": 47914465, "rate": 150}]}}' >"$tmp/bill.json"
	for f in md csv html; do
		for args in "" "--from 2024-10-02 --to 2024-10-20" "--customer 47914465" \
		    "--customer 'keystone financial'" "--project 'Network Refresh'" \
		    "--config $tmp/bill.json" "--tz America/New_York --format csv --raw-csv"; do
			run bash -c "'$REP' --format $f --tz UTC $args --sessions '$S' '$W' >'$tmp/a' 2>'$tmp/ea'"
			[ "$status" -eq 0 ]
			run bash -c "'$REP' --format $f --tz UTC $args --sessions '$tmp/s.slow' '$tmp/w.slow' >'$tmp/b' 2>'$tmp/eb'"
			[ "$status" -eq 0 ]
			cmp "$tmp/a" "$tmp/b"
			[ -s "$tmp/a" ]
		done
	done
}

@test "the quick reader: escapes, odd types and repeated sessions as json-c reads them" {
	{ head -1 "$W" | jq -c '.customer_name = "Caf\u00e9 \"Q\"" | .sources = ["a\\b", "notes.json"]'
	  sed -n 2p "$W" | jq -c '.customer_id = 12.0 | .calculated_links = "x" | .sources = {}'
	  sed -n 3p "$W" | jq -c '.component_session_ids += [7, null] | .calculated_insights.billable_minutes = 15.9'
	  sed -n 4p "$W" | jq -c '.customer_name = "" | .calculated_insights.work_item_end_time_utc = 5'
	} >"$tmp/w"
	{ cat "$S"; head -2 "$S" | jq -c '.insights.llm_generated_title = "new \"title\"" | .insights.generated_summaries = {"x": 1, "b": "second"}'
	  sed -n 3p "$S" | jq -c '.insights.generated_summaries = {} | .insights.llm_generated_category = "" | .meta.source_system = ""'
	} >"$tmp/s"
	sed 's/^{/{"pad":0.000000000000000000001,/' "$tmp/w" >"$tmp/w.slow"
	sed 's/^{/{"pad":0.000000000000000000001,/' "$tmp/s" >"$tmp/s.slow"
	for f in md csv html; do
		run bash -c "'$REP' --format $f --tz UTC --sessions '$tmp/s' '$tmp/w' >'$tmp/a' 2>&1"
		[ "$status" -eq 0 ]
		run bash -c "'$REP' --format $f --tz UTC --sessions '$tmp/s.slow' '$tmp/w.slow' >'$tmp/b' 2>&1"
		[ "$status" -eq 0 ]
		cmp "$tmp/a" "$tmp/b"
	done
	grep -q 'new "title"' "$tmp/a" || grep -q 'new &quot;title&quot;' "$tmp/a"
}

# Issue 17: the report is made in temporary files (items, customers' and
# days' blocks, the sessions' join, titles), all in TMPDIR and gone after.
@test "temporary files go to TMPDIR and are gone after; none there: exit 3 naming it" {
	mkdir "$tmp/t"
	for f in md csv html; do
		TMPDIR=$tmp/t "$REP" --format "$f" --sessions "$S" "$W" >"$tmp/$f"
		[ -s "$tmp/$f" ]
		"$REP" --format "$f" --sessions "$S" "$W" | cmp - "$tmp/$f"
	done
	[ -z "$(ls -A "$tmp/t")" ]
	TMPDIR=$tmp/none run "$REP" --sessions "$S" "$W"
	[ "$status" -eq 3 ]
	[[ "$output" == *"sdc-report: $tmp/none: a temporary file for "* ]]
}

# A session two items name, named again later in --sessions, or without a
# start: each item gets the session's last record, as when it was a table.
@test "sessions joined by id: named twice, recorded twice, no start" {
	{ session s1 ScreenConnect 7 Acme 2025-01-06T09:00:00Z 2025-01-06T09:30:00Z '[]' "first"
	  session s2 ScreenConnect 7 Acme 2025-01-06T11:00:00Z 2025-01-06T11:30:00Z '[]' "two"
	  session s1 ScreenConnect 7 Acme 2025-01-06T09:00:00Z 2025-01-06T09:40:00Z '[]' "again"
	  session s3 ScreenConnect 7 Acme "" 2025-01-06T12:00:00Z '[]' "no start"
	} >"$tmp/s"
	head -3 "$tmp/s" >"$tmp/grouped"	# sdc-group rejects s3
	"$G" "$tmp/grouped" >"$tmp/w"
	{ cat "$tmp/w"
	  jq -c '.work_item_id = "copy" | .component_session_ids += ["s3", "gone"]' "$tmp/w" | head -1
	} >"$tmp/w2"
	run "$REP" --sessions "$tmp/s" "$tmp/w2"
	[ "$status" -eq 0 ]
	[[ "$output" == *"$tmp/s:4: session s3 has no start time"* ]]
	[[ "$output" == *"2 of the work items' sessions are not there"* ]]
	[ "$(grep -c 'again' <<<"$output")" -eq 2 ]
	! grep -q 'first' <<<"$output"
}
