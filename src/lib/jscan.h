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
#include <stdint.h>

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

/* A wanted member as sdc_json_time() reads it: a string holding a time
 * (sdctime.h), else SDC_TIME_NONE. */
int64_t sdc_jscan_time(const struct sdc_jscan_want *w);
/* Is it a number json-c reads as an int (no fraction, no exponent; jscan
 * keeps numbers short enough for int64)?  Then *v is its value. */
int sdc_jscan_int(const struct sdc_jscan_want *w, int64_t *v);

/* A walk over a line's values, for filters that change a few members and
 * write the other bytes through as they are (sdc-link):
 *
 *	static int visit(void *ctx, const struct sdc_jscan_item *it)
 *	{ ... return it->kind == 'o' && it->depth == 1; }	// look inside
 *	if (sdc_jscan_walk(text, len, visit, &ctx) == 1) ... else json-c
 *
 * It answers 1 only when the line is a JSON object json-c's strict parser
 * takes AND is byte for byte what json-c writes for it (compact, keys
 * unique, escapes as json-c makes them: \" \\ \b \f \n \r \t and \u00xx,
 * no "-0"): a member left alone then reads the same written through as
 * rendered by json-c.  visit is called for each value of the top-level
 * object (depth 1), and inside an object or array when its call at the
 * start answered 1; at the end of one it is called again (kind '}' or
 * ']', v..v+vlen its whole text).  A negative answer stops the walk (0). */
struct sdc_jscan_item {
	int depth;		/* 1: a member of the top-level object */
	const char *key;	/* a member's key (no quotes), NULL in an array */
	size_t klen;
	const char *v;		/* the value's text; a string's without quotes */
	size_t vlen;		/* 0 at the start of an object or array */
	int kind;		/* 's' 'n' 'l' (true false null), 'o' '{' and
				 * 'a' '[' at the start, '}' ']' at the end */
	int esc;		/* a string with escapes in it */
};
typedef int sdc_jscan_fn(void *ctx, const struct sdc_jscan_item *it);
int sdc_jscan_walk(const char *text, size_t len, sdc_jscan_fn *visit, void *ctx);

#endif
