/* jscan - see jscan.h.  A recursive-descent check of RFC 8259 JSON that
 * gives up (0) on whatever it is not sure json-c's strict parser reads the
 * same way; the caller then asks json-c. */
#include "jscan.h"
#include "jsonl.h"
#include "jsonw.h"
#include "sdctime.h"

#include <stdint.h>
#include <stdlib.h>
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
	uint64_t x, m;

	*s = p;
	*esc = 0;
	for (;;) {
		while (j->end - p >= 8) {
			memcpy(&x, p, 8);
			if ((m = sdc_json_word_mask(x)) != 0) {
				p += sdc_json_word_plain(m);
				break;
			}
			p += 8;
		}
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

	return at.level < 2 && name && (!at.level || strcmp(w->key, at.top) == 0)
	    && strlen(name) == n && memcmp(name, k, n) == 0;
}

/* Is key k wanted whole (sub NULL: its value kept), or looked into (some
 * sub member wanted)?  Only asked at the top level. */
static int
wanted_as(const struct js *j, const char *k, size_t n, int whole)
{
	int i;

	for (i = 0; i < j->nw; i++)
		if ((j->w[i].sub == NULL) == whole && strlen(j->w[i].key) == n
		    && memcmp(j->w[i].key, k, n) == 0)
			return 1;
	return 0;
}

static int object(struct js *j, int depth, struct where at);

/* A wanted member's value: a top-level one is looked into when it is an
 * object and some of its members are wanted; a second-level one, and a
 * top-level one wanted whole (sub NULL), is kept (a string without its
 * quotes, any other value as its text). */
static int
wanted_value(struct js *j, int depth, struct where at, const char *k, size_t n)
{
	const char *s = j->p;
	size_t len;
	char key[64];
	int i, esc = 0, kind, keep = at.level || wanted_as(j, k, n, 1);

	kind = *j->p == '"' ? 's' : *j->p == '[' ? 'a' : *j->p == '{' ? 'o'
	    : strchr("tfn", *j->p) ? 'l' : 'n';
	if (at.level == 0 && kind == 'o' && wanted_as(j, k, n, 0)) {
		if (n >= sizeof(key))
			return 0;
		memcpy(key, k, n);
		key[n] = '\0';
		if (!object(j, depth + 1, (struct where){ key, 1 }))
			return 0;
	} else if (!keep)
		return value(j, depth + 1);
	else if (kind == 's' ? !string(j, &s, &len, &esc) || esc : !value(j, depth + 1))
		return 0;	/* invalid, or an escape json-c would decode */
	if (!keep)
		return 1;
	if (kind != 's')
		len = (size_t)(j->p - s);
	for (i = 0; i < j->nw; i++)
		if ((at.level || !j->w[i].sub) && matches(&j->w[i], at, k, n)) {
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

int
sdc_jscan_next_string(const char **p, const char *end, const char **s, size_t *n)
{
	const char *q = *p, *close;
	int sep = 0;

	for (; q < end; q++)	/* blanks around one '[' or ',' */
		if (!(*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'
		    || ((*q == '[' || *q == ',') && !sep++)))
			break;
	if (q >= end || *q == ']')
		return 0;
	if (*q != '"' || !(close = memchr(q + 1, '"', (size_t)(end - q - 1)))
	    || memchr(q + 1, '\\', (size_t)(close - q - 1)))
		return -1;
	*s = q + 1;
	*n = (size_t)(close - q - 1);
	*p = close + 1;
	return 1;
}

/* --- the walk (sdc_jscan_walk): json-c's own rendering only --- */

#define MAX_KEYS 48	/* an object with more goes to json-c */

struct walk {
	struct js j;
	sdc_jscan_fn *visit;
	void *ctx;
};

static int walk_value(struct walk *w, int depth, const char *key, size_t klen, int visit);

/* The escapes in s[0..n) are the ones json-c writes: \" \\ \b \f \n \r
 * \t, and \u00xx in lower case for the other control bytes. */
static int
canon_escapes(const char *s, size_t n)
{
	const char *end = s + n, *q = s;
	int v;

	while ((q = memchr(q, '\\', (size_t)(end - q))) != NULL) {
		if (q[1] != 'u') {
			if (!memchr("\"\\bfnrt", q[1], 7))
				return 0;	/* "\/" */
			q += 2;
			continue;
		}
		if (q[2] != '0' || q[3] != '0' || (q[4] != '0' && q[4] != '1') ||
		    (hexval((unsigned char)q[5]) < 0 || (q[5] >= 'A' && q[5] <= 'F')))
			return 0;
		v = (q[4] - '0') * 16 + hexval((unsigned char)q[5]);
		if (v == '\b' || v == '\t' || v == '\n' || v == '\f' || v == '\r')
			return 0;
		q += 6;
	}
	return 1;
}

static int
walk_string(struct walk *w, const char **s, size_t *n, int *esc)
{
	return string(&w->j, s, n, esc) && (!*esc || canon_escapes(*s, *n));
}

/* A key json-c writes back the same and has not seen in this object. */
static int
walk_key(struct walk *w, const char *seen[], size_t seenlen[], size_t *nseen,
    const char **k, size_t *n)
{
	size_t i;
	int esc;

	if (w->j.p >= w->j.end || *w->j.p != '"' || !string(&w->j, k, n, &esc) || esc)
		return 0;	/* an escaped key might be a twin of another */
	if (*nseen == MAX_KEYS)
		return 0;
	for (i = 0; i < *nseen; i++)
		if (seenlen[i] == *n && seen[i][0] == (*k)[0] &&
		    memcmp(seen[i], *k, *n) == 0)
			return 0;	/* json-c keeps one, where the first was */
	seen[*nseen] = *k;
	seenlen[(*nseen)++] = *n;
	return w->j.p < w->j.end && *w->j.p++ == ':';
}

/* An object's members or an array's elements, after the opening bracket. */
static int
walk_items(struct walk *w, int depth, char close, int visit)
{
	const char *seen[MAX_KEYS], *k = NULL;
	size_t seenlen[MAX_KEYS], nseen = 0, n = 0;

	if (depth > MAX_DEPTH)
		return 0;
	if (w->j.p < w->j.end && *w->j.p == close) {
		w->j.p++;
		return 1;
	}
	for (;;) {
		if (close == '}' && !walk_key(w, seen, seenlen, &nseen, &k, &n))
			return 0;
		if (!walk_value(w, depth + 1, k, n, visit) || w->j.p >= w->j.end)
			return 0;
		if (*w->j.p++ == close)
			return 1;
		if (w->j.p[-1] != ',')
			return 0;
	}
}

static int
walk_value(struct walk *w, int depth, const char *key, size_t klen, int visit)
{
	struct sdc_jscan_item it = { depth, key, klen, w->j.p, 0, 0, 0 };
	int inner = 0;

	if (w->j.p >= w->j.end)
		return 0;
	if (*w->j.p == '{' || *w->j.p == '[') {
		it.kind = *w->j.p == '{' ? 'o' : 'a';
		if (visit && (inner = w->visit(w->ctx, &it)) < 0)
			return 0;
		w->j.p++;
		if (!walk_items(w, depth, it.kind == 'o' ? '}' : ']', inner > 0))
			return 0;
		it.kind = it.kind == 'o' ? '}' : ']';
		it.vlen = (size_t)(w->j.p - it.v);
	} else if (*w->j.p == '"') {
		it.kind = 's';
		if (!walk_string(w, &it.v, &it.vlen, &it.esc))
			return 0;
	} else {
		it.kind = strchr("tfn", *w->j.p) ? 'l' : 'n';
		if (!value(&w->j, depth))
			return 0;	/* a literal or number, checked as jscan does */
		it.vlen = (size_t)(w->j.p - it.v);
		if (it.vlen == 2 && memcmp(it.v, "-0", 2) == 0)
			return 0;	/* json-c writes it "0" */
	}
	return !visit || w->visit(w->ctx, &it) >= 0;
}

int
sdc_jscan_walk(const char *text, size_t len, sdc_jscan_fn *visit, void *ctx)
{
	struct walk w = { { text, text + len, NULL, 0 }, visit, ctx };

	if (!sdc_utf8_valid(text, len) || memchr(text, '\0', len) || len == 0 ||
	    *text != '{')
		return 0;
	w.j.p++;
	return walk_items(&w, 0, '}', 1) && w.j.p == w.j.end;
}

int64_t
sdc_jscan_time(const struct sdc_jscan_want *w)
{
	int64_t t;

	return w->kind == 's' && sdc_time_parse_n(w->s, w->len, NULL, 0, &t) == SDC_TIME_OK
	    ? t : SDC_TIME_NONE;
}

int
sdc_jscan_int(const struct sdc_jscan_want *w, int64_t *v)
{
	if (w->kind != 'n' || memchr(w->s, '.', w->len) || memchr(w->s, 'e', w->len)
	    || memchr(w->s, 'E', w->len))
		return 0;
	*v = strtoll(w->s, NULL, 10);	/* ends at the member's end */
	return 1;
}
