#!/usr/bin/env bats
# sdc-report: work items -> Markdown, CSV, HTML (issue 8).

load workitem_helpers

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
	[[ "$output" == *"## Wellness Partners East (#47914465)"* ]]
	[[ "$output" == *"### Wed 2025-01-08"* ]]
	[[ "$output" == *"- **21:31–23:50** · 2:30 billable · ScreenConnect · 5 sessions"* ]]
	[[ "$output" == *"  - 21:31–23:50 Network refresh: switch cut-over — Moved the department PCs"* ]]
	[[ "$output" == *"**Total Wellness Partners East:** 4 work items · 7:45 billable"* ]]
	[[ "$output" == *"| **All** | 17 | 18:45 | 18.75 |"* ]]
	# customers in name order, the customer-less last
	run bash -c "'$REP' '$W' | grep '^## '"
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
	[[ "$output" == *"· 5 sessions"* ]]
	[[ "$output" != *"Network refresh"* ]]
}

@test "md escapes Markdown in names and titles" {
	awkward
	run "$REP" --sessions "$tmp/s" "$tmp/w"
	[[ "$output" == *'## Smith, Jones & "Co" \<Ltd\> (#5)'* ]]
	[[ "$output" == *'Line one line "two", end'* ]]
	[[ "$output" == *'x\|y \*z\*'* ]]
}

@test "--from and --to keep items starting on those days (inclusive)" {
	run bash -c "'$REP' --format csv --from 2025-01-08 --to 2025-01-10 '$W' | tail -n +2 | cut -d, -f2 | sort -u | tr -d '\r' | xargs"
	[ "$output" = "2025-01-08 2025-01-09 2025-01-10" ]
	run bash -c "'$REP' --format csv --from 2025-01-09 --to 2025-01-09 '$W' | tail -n +2 | wc -l"
	[ "$output" -eq 2 ]
	run bash -c "'$REP' -v --from 2025-01-09 --to 2025-01-09 '$W' 2>&1 >/dev/null"
	[ "$output" = "sdc-report: 17 read, 2 written, 0 rejected, 15 filtered" ]
	run "$REP" --from 2025-01-09 "$W"
	[[ "$output" == "# Work report"$'\n\n'"2025-01-09 – 2025-08-06"* ]]
}

@test "--customer by name in any case, or by Syncro id" {
	run bash -c "'$REP' --format csv --customer 'keystone FINANCIAL' '$W' | tail -n +2 | wc -l"
	[ "$output" -eq 3 ]
	run bash -c "'$REP' --format csv --customer 18005432 '$W' | tail -n +2 | cut -d, -f7 | sort -u"
	[ "$output" = "Keystone Financial" ]
	run "$REP" --customer "Nobody Inc" "$W"
	[[ "$output" == *"no work items"*"0 work items"* ]]
}

@test "--project keeps items linked to the project" {
	run bash -c "'$REP' --format csv --project 'Network Refresh' '$W' | tail -n +2"
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" == *",2025-01-08,"*",Wellness Partners East,150,2.50,139,ScreenConnect,Project: Network Refresh,5,"* ]]
}

@test "--tz shows times and days in that zone (default TZ)" {
	run "$REP" --tz America/New_York "$W"
	[[ "$output" == *"times in America/New_York"* ]]
	# 2025-01-09T03:50Z is the evening before in New York
	[[ "$output" == *"### Wed 2025-01-08"*"- **22:50–23:59** · 1:15 billable"* ]]
	[[ "$output" == *"- **12:43–13:37** · 1:00 billable"* ]]
	run env TZ=Asia/Tokyo "$REP" "$W"
	[[ "$output" == *"times in Asia/Tokyo"*"- **02:43–03:37** · 1:00 billable"* ]]
	# an item crossing midnight shows the day it ends on
	run "$REP" --tz Asia/Tokyo --format csv --customer 47914465 "$W"
	[[ "$output" == *",2025-01-09,2025-01-09 06:31,2025-01-09 08:50,"* ]]
	run "$REP" --tz America/Los_Angeles --customer 47914465 "$W"
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
	[[ "$output" == *"has a <script>"* ]]
	sed 's|<b>|<b|; s|</h1>|</h2>|' "$tmp/r.html" >"$tmp/bad.html"
	run python3 "$CLI/html_check.py" "$tmp/bad.html" "$W"
	[[ "$output" == *"not well-formed"* ]]
}

@test "html without --sessions: one bar per item; escaped names" {
	awkward
	"$REP" --format html "$tmp/w" >"$tmp/r.html"
	python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$tmp/r.html"
	[ "$(grep -c 'class="bar" data-item=' "$tmp/r.html")" -eq 2 ]
	grep -q 'Smith, Jones &amp; &quot;Co&quot; &lt;Ltd&gt;' "$tmp/r.html"
	run "$REP" --format html --customer nobody "$W"
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
