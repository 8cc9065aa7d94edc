/* Unit tests of jsonl.c: strict parsing, UTF-8, nesting, line limits. */
#include "check.h"
#include "jsonl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The byte-at-a-time validator sdc_utf8_valid was before it checked
 * ASCII by words: the oracle for random strings. */
static int
reference_valid(const unsigned char *s, size_t len)
{
	const unsigned char *end = s + len;
	int n, i;

	while (s < end) {
		if (*s < 0x80) {
			s++;
			continue;
		}
		n = *s >= 0xc2 && *s <= 0xdf ? 1 : *s >= 0xe0 && *s <= 0xef ? 2
		    : *s >= 0xf0 && *s <= 0xf4 ? 3 : -1;
		if (n < 0 || end - s <= n)
			return 0;
		for (i = 1; i <= n; i++)
			if ((s[i] & 0xc0) != 0x80)
				return 0;
		if ((*s == 0xe0 && s[1] < 0xa0) || (*s == 0xed && s[1] > 0x9f)
		    || (*s == 0xf0 && s[1] < 0x90) || (*s == 0xf4 && s[1] > 0x8f))
			return 0;
		s += n + 1;
	}
	return 1;
}

/* Random strings of ASCII runs, valid sequences and broken ones (lone
 * continuation, overlong, surrogate, above U+10FFFF, cut short) at every
 * offset of the 8-byte scan; returns the disagreements with the oracle. */
static int
utf8_against_reference(void)
{
	static const char *const atoms[] = { "a", "abcdefgh", "\xc3\xa9", "\xe2\x82\xac",
	    "\xf0\x9f\x98\x80", "\x80", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	    "\xe2\x82", "\xff" };
	unsigned char s[256];
	int i, k, bad = 0, valid = 0;
	size_t len;

	srand(17);
	for (i = 0; i < 20000; i++) {
		len = 0;
		for (k = rand() % 16; k > 0; k--) {
			/* mostly good atoms, so that many strings are valid */
			const char *a = atoms[rand() % 4 ? rand() % 5 : rand() % 11];

			memcpy(s + len, a, strlen(a));
			len += strlen(a);
		}
		valid += reference_valid(s, len);
		bad += !sdc_utf8_valid((const char *)s, len) != !reference_valid(s, len);
	}
	return valid > 2000 && valid < 18000 ? bad : -1;
}

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
	CHECK_INT("20,000 random strings judged as byte by byte", utf8_against_reference(), 0);

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
