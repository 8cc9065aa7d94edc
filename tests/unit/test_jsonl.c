/* Unit tests of jsonl.c: strict parsing, UTF-8, nesting, line limits. */
#include "check.h"
#include "jsonl.h"

#include <stdio.h>
#include <string.h>

static const char *
why_of(const char *s)
{
	const char *why = NULL;
	json_object *o = sdc_json_parse(s, strlen(s), &why);

	json_object_put(o);
	return o ? "ok" : why;
}

int
main(void)
{
	static const char in[] = "short\nthis line is too long\r\nok\r\nlast";
	struct sdc_lines *l = sdc_lines_open(fmemopen((void *)in, sizeof(in) - 1, "r"), "x", 10);
	char *line, deep[200];
	size_t len;

	CHECK_STR("object", why_of("{\"a\": [1, 2.5, \"x\"]}"), "ok");
	CHECK_STR("bare number at end", why_of("42"), "ok");
	CHECK_STR("trailing garbage", why_of("{\"a\":1} x"), "trailing garbage after the JSON value");
	CHECK_STR("two values", why_of("{}{}"), "trailing garbage after the JSON value");
	CHECK_STR("truncated", why_of("{\"a\":"), "truncated JSON");
	CHECK_STR("invalid UTF-8", why_of("{\"a\":\"\xff\"}"), "invalid UTF-8");
	CHECK_STR("overlong UTF-8", why_of("{\"a\":\"\xc0\xaf\"}"), "invalid UTF-8");
	CHECK_STR("surrogate in UTF-8", why_of("{\"a\":\"\xed\xa0\x80\"}"), "invalid UTF-8");
	memset(deep, '[', sizeof(deep) - 1);
	deep[sizeof(deep) - 1] = '\0';
	CHECK_STR("nesting bomb", why_of(deep), "JSON nested too deep");
	CHECK("valid multibyte UTF-8", sdc_utf8_valid("h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", 12));

	CHECK_INT("line 1", sdc_lines_next(l, &line, &len), 1);
	CHECK_STR("line 1 text", line, "short");
	CHECK_INT("line 2 over limit", sdc_lines_next(l, &line, &len), -1);
	CHECK_INT("line 2 number", sdc_lines_lineno(l), 2);
	CHECK_INT("line 3", sdc_lines_next(l, &line, &len), 1);
	CHECK_STR("CR stripped", line, "ok");
	CHECK_INT("line 3 number", sdc_lines_lineno(l), 3);
	CHECK_INT("last line without newline", sdc_lines_next(l, &line, &len), 1);
	CHECK_STR("its text", line, "last");
	CHECK_INT("EOF", sdc_lines_next(l, &line, &len), 0);
	sdc_lines_close(l);
	return check_done();
}
