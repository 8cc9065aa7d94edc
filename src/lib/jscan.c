/* jscan - see jscan.h.  A recursive-descent check of RFC 8259 JSON that
 * gives up (0) on whatever it is not sure json-c's strict parser reads the
 * same way; the caller then asks json-c. */
#include "jscan.h"
#include "jsonl.h"
#include "jsonw.h"

#include <stdint.h>
#include <string.h>

#define MAX_DEPTH 60	/* json-c's tokener here allows 64 */
#define MAX_NUMBER 18	/* longer numbers: json-c's int64/double rules */

struct js {
	const char *p, *end;
	struct sdc_jscan_want *w;
	int nw;
};

static int value(struct js *j, int depth);

static void
skip_ws(struct js *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static int
hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* After a backslash at p: the end of the escape, or NULL when it is
 * invalid or a surrogate (json-c's handling of those is its own). */
static const char *
escape_end(const char *p, const char *end)
{
	unsigned v = 0;
	int k, h;

	if (p + 1 >= end)
		return NULL;
	if (p[1] != 'u')
		return memchr("\"\\/bfnrt", p[1], 8) ? p + 2 : NULL;
	for (k = 2; k < 6; k++) {
		if (p + k >= end || (h = hexval((unsigned char)p[k])) < 0)
			return NULL;
		v = v * 16 + (unsigned)h;
	}
	return v >= 0xD800 && v <= 0xDFFF ? NULL : p + 6;
}

/* The string at j->p (a '"'): its text and whether it has escapes.
 * Plain runs go 8 bytes at a time, as jsonw writes them. */
static int
string(struct js *j, const char **s, size_t *n, int *esc)
{
	const char *p = j->p + 1;

	*s = p;
	*esc = 0;
	for (;;) {
		p = sdc_json_plain_run(p, j->end);
		if (p >= j->end || (unsigned char)*p < 0x20)
			return 0;	/* unterminated, or a raw control byte */
		if (*p == '"')
			break;
		if (*p == '\\') {
			*esc = 1;
			if (!(p = escape_end(p, j->end)))
				return 0;
		} else
			p++;
	}
	*n = (size_t)(p - *s);
	j->p = p + 1;
	return 1;
}

static int
digits(struct js *j)
{
	const char *p = j->p;

	while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
		j->p++;
	return j->p > p;
}

static int
number(struct js *j)
{
	const char *start = j->p;

	if (*j->p == '-')
		j->p++;
	if (j->p < j->end && *j->p == '0')
		j->p++;
	else if (!digits(j))
		return 0;
	if (j->p < j->end && *j->p == '.') {
		j->p++;
		if (!digits(j))
			return 0;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (!digits(j))
			return 0;
	}
	return j->p - start <= MAX_NUMBER;
}

static int
literal(struct js *j, const char *word, size_t n)
{
	if ((size_t)(j->end - j->p) < n || memcmp(j->p, word, n) != 0)
		return 0;
	j->p += n;
	return 1;
}

/* Where an object sits: the top level (top = NULL, level 0), inside a
 * wanted top-level member (top = its key, level 1), or elsewhere (level 2:
 * nothing there is wanted). */
struct where {
	const char *top;
	int level;
};

static int
matches(const struct sdc_jscan_want *w, struct where at, const char *k, size_t n)
{
	const char *name = at.level ? w->sub : w->key;

	return at.level < 2 && (!at.level || strcmp(w->key, at.top) == 0)
	    && strlen(name) == n && memcmp(name, k, n) == 0;
}

static int object(struct js *j, int depth, struct where at);

/* A wanted member's value: a top-level one is looked into when it is an
 * object; a second-level one is kept (a string without its quotes, any
 * other value as its text). */
static int
wanted_value(struct js *j, int depth, struct where at, const char *k, size_t n)
{
	const char *s = j->p;
	size_t len;
	char key[64];
	int i, esc = 0, kind;

	if (at.level == 0 && *j->p == '{') {
		if (n >= sizeof(key))
			return 0;
		memcpy(key, k, n);
		key[n] = '\0';
		return object(j, depth + 1, (struct where){ key, 1 });
	}
	if (at.level == 0)
		return value(j, depth + 1);
	kind = *j->p == '"' ? 's' : *j->p == '[' ? 'a' : *j->p == '{' ? 'o'
	    : strchr("tfn", *j->p) ? 'l' : 'n';
	if (kind == 's' ? !string(j, &s, &len, &esc) || esc : !value(j, depth + 1))
		return 0;	/* invalid, or an escape json-c would decode */
	if (kind != 's')
		len = (size_t)(j->p - s);
	for (i = 0; i < j->nw; i++)
		if (matches(&j->w[i], at, k, n)) {
			j->w[i].s = s;
			j->w[i].len = len;
			j->w[i].kind = kind;
		}
	return 1;
}

/* One "key": value member. */
static int
member(struct js *j, int depth, struct where at)
{
	const char *k;
	size_t n;
	int i, esc, hit = 0;

	if (j->p >= j->end || *j->p != '"' || !string(j, &k, &n, &esc))
		return 0;
	if (esc && at.level < 2)
		return 0;	/* it might spell a wanted key */
	skip_ws(j);
	if (j->p >= j->end || *j->p++ != ':')
		return 0;
	skip_ws(j);
	if (j->p >= j->end)
		return 0;
	for (i = 0; i < j->nw; i++)
		if (matches(&j->w[i], at, k, n)) {
			j->w[i].kind = 0;	/* the last of duplicate keys counts */
			hit = 1;
		}
	return hit ? wanted_value(j, depth, at, k, n) : value(j, depth + 1);
}

/* The members of an object (at: where it sits) or the elements of an
 * array (at NULL), from the opening bracket to close. */
static int
items(struct js *j, int depth, char close, const struct where *at)
{
	if (depth > MAX_DEPTH)
		return 0;
	j->p++;
	skip_ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		return 1;
	}
	for (;;) {
		if (!(at ? member(j, depth, *at) : value(j, depth + 1)))
			return 0;
		skip_ws(j);
		if (j->p >= j->end)
			return 0;
		if (*j->p == close) {
			j->p++;
			return 1;
		}
		if (*j->p++ != ',')
			return 0;
		skip_ws(j);
	}
}

static int
object(struct js *j, int depth, struct where at)
{
	return items(j, depth, '}', &at);
}

/* Any value at j->p (whitespace before it already skipped). */
static int
value(struct js *j, int depth)
{
	const char *s;
	size_t n;
	int esc;

	if (j->p >= j->end)
		return 0;
	switch (*j->p) {
	case '{': return object(j, depth, (struct where){ NULL, 2 });
	case '[': return items(j, depth, ']', NULL);
	case '"': return string(j, &s, &n, &esc);
	case 't': return literal(j, "true", 4);
	case 'f': return literal(j, "false", 5);
	case 'n': return literal(j, "null", 4);
	default: return number(j);
	}
}

int
sdc_jscan(const char *text, size_t len, struct sdc_jscan_want *want, int nwant)
{
	struct js j = { text, text + len, want, nwant };
	int i;

	for (i = 0; i < nwant; i++)
		want[i].kind = 0;
	if (!sdc_utf8_valid(text, len) || memchr(text, '\0', len))
		return 0;
	skip_ws(&j);
	if (j.p >= j.end || *j.p != '{' || !object(&j, 0, (struct where){ NULL, 0 }))
		return 0;
	skip_ws(&j);
	return j.p == j.end;
}
