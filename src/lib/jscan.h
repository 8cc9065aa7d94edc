/* jscan - layer 1 (data): check that a line is a JSON object and pick a few
 * string members out of it by path, without building a json-c tree, for
 * filters that pass records through untouched (issue 17).
 *
 *	struct sdc_jscan_want w[] = { { "meta", "session_id" },
 *	    { "insights", "session_start_time_utc" } };
 *	if (sdc_jscan(text, len, w, 2) == 1) ... w[0].kind == 's': w[0].s, w[0].len
 *	else ... sdc_json_parse() the line, as before
 *
 * It answers 1 only when the line is certainly a valid JSON object that
 * json-c's strict parser takes, and each wanted member is what json-c
 * would give (the last of duplicate keys; a string without escapes); 0
 * means "ask json-c": invalid text, and anything it is not sure of (an
 * escape in a key or a wanted string, a raw control byte, a surrogate
 * escape, a long number, deep nesting).  json-c then gives the verdict,
 * so error messages stay the same.
 *
 * A want with sub NULL keeps a top-level member's value itself (an array
 * or object as its text); sdc_jscan_next_string() walks such an array of
 * strings. */
#ifndef SDC_JSCAN_H
#define SDC_JSCAN_H

#include <stddef.h>

struct sdc_jscan_want {
	const char *key, *sub;	/* top-level key, and a key inside it */
	const char *s;		/* a string's text (no quotes), else the value's */
	size_t len;
	int kind;		/* 0 absent, 's' string, 'n' number, 'l' true, false
				 * or null, 'a' array, 'o' object */
};

int sdc_jscan(const char *text, size_t len, struct sdc_jscan_want *want, int nwant);

/* The strings of an array's text as sdc_jscan gave it (*p at its '[' to
 * begin with, end just past its ']'): 1 with the next one in s[0..n) (*p
 * moves past it), 0 after the last, -1 at an element that is not a
 * string, or a string with an escape (ask json-c). */
int sdc_jscan_next_string(const char **p, const char *end, const char **s, size_t *n);

#endif
