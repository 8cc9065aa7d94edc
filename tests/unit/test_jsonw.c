/* Unit tests of jsonw.c: json-c's escaping, and Python's json.dumps
 * (ensure_ascii) for sdc-link's prompt; the expected strings are what
 * python3 -c 'import json; print(json.dumps(s))' prints. */
#include "check.h"
#include "jsonw.h"

static const char *
ascii(struct sdc_buf *b, const char *s)
{
	sdc_buf_reset(b);
	sdc_jsonw_string_ascii(b, s);
	return b->p;
}

static const char *
plain(struct sdc_buf *b, const char *s)
{
	sdc_buf_reset(b);
	sdc_jsonw_string(b, s);
	return b->p;
}

int
main(void)
{
	struct sdc_buf b = SDC_BUF_INIT;

	CHECK_STR("tab as \\t", ascii(&b, "tab\there"), "\"tab\\there\"");
	CHECK_STR("quote, backslash, slash", ascii(&b, "q\"b\\\\s/"),
	    "\"q\\\"b\\\\\\\\s/\"");
	CHECK_STR("non-ASCII and a surrogate pair",
	    ascii(&b, "Caf\xc3\xa9 \xf0\x9f\x98\x80"),
	    "\"Caf\\u00e9 \\ud83d\\ude00\"");
	CHECK_STR("controls and DEL", ascii(&b, "ctl\x01\x7f"),
	    "\"ctl\\u0001\\u007f\"");
	CHECK_STR("short escapes", ascii(&b, "nl\nr\rb\bf\f"),
	    "\"nl\\nr\\rb\\bf\\f\"");
	CHECK_STR("invalid UTF-8 reads as U+FFFD", ascii(&b, "a\xff" "b"),
	    "\"a\\ufffdb\"");
	CHECK_STR("NULL is null", ascii(&b, NULL), "null");
	CHECK_STR("json-c keeps UTF-8", plain(&b, "Caf\xc3\xa9\t\x01"),
	    "\"Caf\xc3\xa9\\t\\u0001\"");
	sdc_buf_free(&b);
	return check_done();
}
