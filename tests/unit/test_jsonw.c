/* Unit tests of jsonw.c: json-c's escaping, and Python's json.dumps
 * (ensure_ascii) for sdc-link's prompt; the expected strings are what
 * python3 -c 'import json; print(json.dumps(s))' prints. */
#include "check.h"
#include "jsonw.h"

#include <json-c/json.h>
#include <stdint.h>
#include <stdlib.h>

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

/* Strings of bytes that stop a run (controls, '"', '\\') and bytes that
 * do not ('/', DEL, UTF-8), at every offset of the 8-byte word scan:
 * jsonw's text must be json-c's, byte for byte.  Returns the mismatches. */
static int
against_json_c(struct sdc_buf *b)
{
	static const char *const atoms[] = { "a", "\x01", "\x1f", " ", "\"", "\\", "/",
	    "\x7f", "\xc3\xa9", "\xe2\x82\xac", "\n", "\t", "0123456789abcdef" };
	static char s[20000];
	json_object *o;
	int bad = 0, i, k;
	size_t len;

	srand(17);
	for (i = 0; i < 20010; i++) {
		len = 0;	/* the last ten over several 4 KiB pieces */
		for (k = i < 20000 ? rand() % 24 : 1200 + rand() % 800; k > 0; k--) {
			const char *a = atoms[rand() % 13];

			memcpy(s + len, a, strlen(a));
			len += strlen(a);
		}
		s[len] = '\0';
		o = json_object_new_string_len(s, (int)len);
		sdc_buf_reset(b);
		sdc_jsonw_string_n(b, s, len);
		bad += strcmp(b->p, json_object_to_json_string_ext(o,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)) != 0;
		json_object_put(o);
	}
	return bad;
}

static const char *
member(struct sdc_buf *b)
{
	sdc_buf_reset(b);
	sdc_jsonw_open(b);
	sdc_jsonw_int(b, "min", INT64_MIN);
	sdc_jsonw_int(b, "max", INT64_MAX);
	sdc_jsonw_int(b, "zero", 0);
	sdc_jsonw_int(b, "neg", -42);
	sdc_jsonw_bool(b, "t", 1);
	sdc_jsonw_null(b, "a \"quoted\"\tkey");
	sdc_jsonw_str(b, "s", NULL);
	sdc_jsonw_close(b);
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
	CHECK_INT("20,010 strings escaped as json-c does", against_json_c(&b), 0);
	CHECK_STR("members: integers without stdio, an escaped key", member(&b),
	    "{\"min\":-9223372036854775808,\"max\":9223372036854775807,\"zero\":0,"
	    "\"neg\":-42,\"t\":true,\"a \\\"quoted\\\"\\tkey\":null,\"s\":null}");
	sdc_buf_free(&b);
	return check_done();
}
