# Helpers shared by sdc-group.bats and sdc-report.bats (loaded with `load`).

# session ID SOURCE CUSTOMER_ID CUSTOMER_NAME START END [LINKS_JSON] [TITLE]
# A complete Session record (every key of session.md) on one line.  Use
# "null" for a missing customer id or name; times are RFC 3339.
session() {
	jq -nc --arg id "$1" --arg src "$2" --argjson cid "$3" --arg name "$4" \
	    --arg s "$5" --arg e "$6" --argjson links "${7:-[]}" \
	    --arg title "${8:-$2 session}" '
	{meta: {session_id: $id, schema_version: "2.0", source_system: $src,
	        source_identifiers: ["test", $id], processing_status: "Linked",
	        processing_log: ["test/0"],
	        ingestion_timestamp_utc: "2025-01-01T00:00:00Z",
	        last_updated_timestamp_utc: "2025-01-01T00:00:00Z"},
	 context: {customer_id: $cid,
	           customer_name: (if $name == "null" then null else $name end),
	           contact_id: null, contact_name: null, links: $links},
	 insights: {session_start_time_utc: $s, session_end_time_utc: $e,
	            session_duration_minutes: 0, source_title: $title,
	            llm_generated_title: null, llm_generated_category: null,
	            generated_summaries: {}, structured_llm_results: {},
	            user_notes: ""},
	 segments: []}'
}

# chat ID START END: a SillyTavern chat, which has no customer.
chat() {
	session "$1" SillyTavern null null "$2" "$3" '["st_chat_id:1"]' \
	    "SillyTavern Chat with Assistant"
}

# Run a program with its stderr kept apart in $stderr_file.
setup_tmp() {
	tmp=$(mktemp -d)
}

teardown_tmp() {
	rm -rf "$tmp"
}

# memcheck CMD...: run under valgrind (errors and every leak fail with 99);
# under check-sanitize (SDC_SANITIZE set) LeakSanitizer does that job.
memcheck() {
	if [ -n "${SDC_SANITIZE:-}" ]; then
		"$@" >/dev/null
	else
		valgrind -q --leak-check=full --show-leak-kinds=all \
		    --errors-for-leak-kinds=all --error-exitcode=99 "$@" >/dev/null
	fi
}
