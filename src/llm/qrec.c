/* qrec - see qrec.h.  One pass over the text: the grammar of RFC 8259
 * with json-c's own output as the only form accepted. */
#include "qrec.h"
#include "diag.h"
#include "grow.h"
#include "jsonl.h"
#include "jsonw.h"

#include <stdint.h>
#include <string.h>

#define MAX_DEPTH 60	/* json-c's tokener here allows 64 */
#define MAX_NUMBER 18	/* longer: json-c's own int64/double rules */
#define MAX_KEYS 64	/* an object's keys checked for duplicates */
#define LEVELS 3	/* items indexed */

struct scan {
	struct llm_qrec *q;
	const char *p, *end;
};

static int value(struct scan *s, int depth, int parent, const char *key, size_t klen);

/* json-c's escape of a control byte: \u00XX, lower-case hex, for those
 * without a short form. */
static int
canonical_u(const char *p)
{
	static const char hex[] = "0123456789abcdef";
	unsigned v;

	if (p[1] != '0' || p[2] != '0' || !memchr(hex, p[3], 2) || !p[4] ||
	    !memchr(hex, p[4], 16))
		return 0;
	v = (unsigned)(p[3] - '0') * 16 + (unsigned)(strchr(hex, p[4]) - hex);
	return v != '\b' && v != '\t' && v != '\n' && v != '\f' && v != '\r';
}

/* The string at s->p (a '"'), written as json-c writes it; its text
 * between the quotes in *t, *n. */
static int
string(struct scan *s, const char **t, size_t *n)
{
	const char *p = s->p + 1;

	*t = p;
	for (;;) {
		p = sdc_json_plain_run(p, s->end);
		if (p >= s->end || (unsigned char)*p < 0x20)
			return 0;
		if (*p == '"')
			break;
		if (*p == '\\') {
			if (p + 1 >= s->end)
				return 0;
			if (p[1] == 'u') {
				if (s->end - p < 6 || !canonical_u(p + 1))
					return 0;
				p += 6;
			} else if (memchr("\"\\bfnrt", p[1], 7))
				p += 2;
			else
				return 0;	/* "\/": json-c writes '/' */
		} else
			p++;
	}
	*n = (size_t)(p - *t);
	s->p = p + 1;
	return 1;
}

static size_t
run_of_digits(const char *p, const char *end)
{
	const char *q = p;

	while (q < end && *q >= '0' && *q <= '9')
		q++;
	return (size_t)(q - p);
}

/* A number as json-c writes it back: an int without "-0", a double as
 * its own text. */
static int
number(struct scan *s)
{
	const char *p = s->p, *start = p;
	size_t d;
	int whole = 1;

	p += *p == '-';
	d = run_of_digits(p, s->end);
	if (d == 0 || (*p == '0' && d > 1))
		return 0;
	p += d;
	if (p < s->end && *p == '.') {
		if (!(d = run_of_digits(++p, s->end)))
			return 0;
		p += d;
		whole = 0;
	}
	if (p < s->end && (*p == 'e' || *p == 'E')) {
		p++;
		p += p < s->end && (*p == '+' || *p == '-');
		if (!(d = run_of_digits(p, s->end)) || d > 2)
			return 0;
		p += d;
		whole = 0;
	}
	if (p - start > MAX_NUMBER || (whole && p - start == 2 && *start == '-' &&
	    start[1] == '0'))
		return 0;
	s->p = p;
	return 1;
}

/* true, false or null, as the first letter says */
static int
word(struct scan *s)
{
	const char *w = *s->p == 't' ? "true" : *s->p == 'f' ? "false" : "null";
	size_t n = strlen(w);
	int ok = (size_t)(s->end - s->p) >= n && memcmp(s->p, w, n) == 0;

	s->p += ok ? n : 0;
	return ok;
}

static int
add_item(struct scan *s, int parent, const char *key, size_t klen, char kind)
{
	struct llm_qrec *q = s->q;

	q->it = sdc_grow(q->it, &q->cap, q->n + 1, sizeof(*q->it));
	q->it[q->n] = (struct llm_qitem){ parent, 0, key, klen, s->p, 0, kind, NULL };
	return (int)q->n++;
}

/* A member's key and its colon; no key twice in one object (json-c
 * would keep one where the text has two). */
static int
key(struct scan *s, const char **keys, size_t *lens, int *nkeys, const char **k,
    size_t *n)
{
	int i;

	if (s->p >= s->end || *s->p != '"' || !string(s, k, n) || *nkeys == MAX_KEYS)
		return 0;
	for (i = 0; i < *nkeys; i++)
		if (lens[i] == *n && memcmp(keys[i], *k, *n) == 0)
			return 0;
	keys[*nkeys] = *k;
	lens[(*nkeys)++] = *n;
	return s->p < s->end && *s->p++ == ':';
}

/* The members of the object (close '}') or the elements of the array
 * (']') at s->p; self is its item (-2: not indexed). */
static int
items(struct scan *s, int depth, int self, char close)
{
	const char *keys[MAX_KEYS], *k = NULL;
	size_t lens[MAX_KEYS], n = 0;
	int nkeys = 0;

	if (*++s->p == close)
		return s->p++, 1;
	for (;;) {
		if ((close == '}' && !key(s, keys, lens, &nkeys, &k, &n)) ||
		    !value(s, depth + 1, self, k, n) || s->p >= s->end)
			return 0;
		if (*s->p == close)
			return s->p++, 1;
		if (*s->p++ != ',')
			return 0;
	}
}

/* A value at s->p; depth: the containers around it (1: a member of the
 * top object), indexed down to LEVELS when its container was. */
static int
value(struct scan *s, int depth, int parent, const char *key, size_t klen)
{
	const char *t;
	size_t n;
	int i = -2, ok;
	char c;

	if (s->p >= s->end || depth > MAX_DEPTH)
		return 0;
	c = *s->p;
	if (depth <= LEVELS && parent != -2)
		i = add_item(s, parent, key, klen, c == '"' ? 's' : c == '{' ? 'o' :
		    c == '[' ? 'a' : c == 't' || c == 'f' ? 'b' : c == 'n' ? 'z' : 'n');
	switch (c) {
	case '{': ok = items(s, depth, i, '}'); break;
	case '[': ok = items(s, depth, i, ']'); break;
	case '"': ok = string(s, &t, &n); break;
	case 't': case 'f': case 'n': ok = word(s); break;
	default: ok = number(s);
	}
	if (ok && i >= 0) {
		s->q->it[i].vlen = (size_t)(s->p - s->q->it[i].val);
		s->q->it[i].end = (int)s->q->n;
	}
	return ok;
}

int
llm_qrec_read(struct llm_qrec *q, const char *text, size_t len)
{
	struct scan s = { q, text, text + len };

	q->text = text;
	q->len = len;
	q->n = q->ned = 0;
	sdc_buf_reset(&q->strs);
	sdc_buf_reset(&q->edits);
	if (sdc_buf_reserve(&q->strs, len + 1) < 0)
		return 0;
	if (len < 2 || *text != '{' || !sdc_utf8_valid(text, len) ||
	    memchr(text, '\0', len))
		return 0;
	return items(&s, 0, -1, '}') && s.p == s.end;
}

int
llm_qrec_first(const struct llm_qrec *q, int parent)
{
	int i = parent + 1;

	return i < (parent < 0 ? (int)q->n : q->it[parent].end) ? i : -1;
}

int
llm_qrec_next(const struct llm_qrec *q, int parent, int i)
{
	int next = q->it[i].end;

	return next < (parent < 0 ? (int)q->n : q->it[parent].end) ? next : -1;
}

int
llm_qrec_find(const struct llm_qrec *q, int parent, const char *key)
{
	size_t n = strlen(key);
	int i;

	if (parent < -1 || (parent >= 0 && q->it[parent].kind != 'o'))
		return -1;
	for (i = llm_qrec_first(q, parent); i >= 0; i = llm_qrec_next(q, parent, i))
		if (q->it[i].klen == n && memcmp(q->it[i].key, key, n) == 0)
			return i;
	return -1;
}

static unsigned
hex4(const char *p)
{
	unsigned v = 0;
	int k;

	for (k = 0; k < 4; k++)
		v = v * 16 + (unsigned)(p[k] <= '9' ? p[k] - '0' : p[k] - 'a' + 10);
	return v;
}

/* Decoded into strs, which holds room for the whole line from the
 * start (no string is decoded twice), so what it gave stays put. */
static char *
decode(struct sdc_buf *b, const char *p, size_t n)
{
	char *start = b->p + b->len, *o = start;
	const char *end = p + n, *bs;

	while ((bs = memchr(p, '\\', (size_t)(end - p)))) {
		memcpy(o, p, (size_t)(bs - p));
		o += bs - p;
		switch (bs[1]) {
		case 'b': *o++ = '\b'; break;
		case 'f': *o++ = '\f'; break;
		case 'n': *o++ = '\n'; break;
		case 'r': *o++ = '\r'; break;
		case 't': *o++ = '\t'; break;
		case 'u': *o++ = (char)hex4(bs + 2); break;
		default: *o++ = bs[1];
		}
		p = bs + (bs[1] == 'u' ? 6 : 2);
	}
	memcpy(o, p, (size_t)(end - p));
	o += end - p;
	*o++ = '\0';
	b->len = (size_t)(o - b->p);
	return start;
}

const char *
llm_qrec_str(struct llm_qrec *q, int i)
{
	struct llm_qitem *it;

	if (i < 0 || (it = &q->it[i])->kind != 's')
		return NULL;
	if (!it->dec)
		it->dec = decode(&q->strs, it->val + 1, it->vlen - 2);
	return it->dec;
}

static void
edit(struct llm_qrec *q, size_t at, size_t cut, int comma, const char *key,
    const char *value)
{
	size_t off = q->edits.len;

	if (comma)
		sdc_buf_addc(&q->edits, ',');
	if (key) {
		sdc_jsonw_string(&q->edits, key);
		sdc_buf_addc(&q->edits, ':');
	}
	sdc_buf_adds(&q->edits, value);
	q->ed = sdc_grow(q->ed, &q->edcap, q->ned + 1, sizeof(*q->ed));
	q->ed[q->ned++] = (struct llm_qedit){ at, cut, off, q->edits.len - off };
}

/* Something added before the closing bracket of item c: after a comma
 * unless c was empty and nothing was added there before. */
static void
add_last(struct llm_qrec *q, int c, const char *key, const char *value)
{
	size_t at = (size_t)(q->it[c].val - q->text) + q->it[c].vlen - 1, i;
	int comma = q->it[c].vlen > 2;

	for (i = 0; i < q->ned && !comma; i++)
		comma = q->ed[i].at == at && q->ed[i].cut == 0;
	edit(q, at, 0, comma, key, value);
}

void
llm_qrec_replace(struct llm_qrec *q, int i, const char *value)
{
	edit(q, (size_t)(q->it[i].val - q->text), q->it[i].vlen, 0, NULL, value);
}

void
llm_qrec_set(struct llm_qrec *q, int object, const char *key, const char *value)
{
	int i = llm_qrec_find(q, object, key);

	if (i >= 0)
		llm_qrec_replace(q, i, value);
	else
		add_last(q, object, key, value);
}

void
llm_qrec_append(struct llm_qrec *q, int array, const char *value)
{
	add_last(q, array, NULL, value);
}

void
llm_qrec_render(struct llm_qrec *q, struct sdc_buf *b)
{
	struct llm_qedit e;
	size_t i, k, from = 0;

	/* by place; edits at one place in the order made */
	for (i = 1; i < q->ned; i++) {
		e = q->ed[i];
		for (k = i; k > 0 && q->ed[k - 1].at > e.at; k--)
			q->ed[k] = q->ed[k - 1];
		q->ed[k] = e;
	}
	sdc_buf_reserve(b, q->len + q->edits.len);
	for (i = 0; i < q->ned; i++) {
		sdc_buf_add(b, q->text + from, q->ed[i].at - from);
		sdc_buf_add(b, q->edits.p + q->ed[i].off, q->ed[i].len);
		from = q->ed[i].at + q->ed[i].cut;
	}
	sdc_buf_add(b, q->text + from, q->len - from);
}

void
llm_qrec_write(struct llm_qrec *q)
{
	llm_qrec_render(q, sdc_record_begin());
	sdc_record_end();
}

void
llm_qrec_free(struct llm_qrec *q)
{
	free(q->it);
	free(q->ed);
	sdc_buf_free(&q->strs);
	sdc_buf_free(&q->edits);
	memset(q, 0, sizeof(*q));
}
