/* qrec - see qrec.h.  The text is walked once by jscan (its walk takes
 * only json-c's own form); qrec keeps an index of the first levels. */
#include "qrec.h"
#include "diag.h"
#include "grow.h"
#include "jscan.h"
#include "jsonl.h"
#include "jsonw.h"

#include <stdint.h>
#include <string.h>

#define LEVELS 3	/* items indexed */

/* The walk's state: the open containers' items, from the top object. */
struct index {
	struct llm_qrec *q;
	int open[LEVELS + 1];
	int depth;		/* open[depth - 1] holds the innermost */
};

/* sdc_jscan_walk's visit: each value down to LEVELS becomes an item; an
 * object or array is entered when it is above that. */
static int
visit(void *ctx, const struct sdc_jscan_item *v)
{
	struct index *x = ctx;
	struct llm_qrec *q = x->q;
	struct llm_qitem *it;
	int i;

	if (v->kind == '}' || v->kind == ']') {
		/* one entered, or one at the last level (not entered) */
		i = x->depth && q->it[x->open[x->depth - 1]].val == v->v ?
		    x->open[--x->depth] : (int)q->n - 1;
		q->it[i].vlen = v->vlen;
		q->it[i].end = (int)q->n;
		return 1;
	}
	q->it = sdc_grow(q->it, &q->cap, q->n + 1, sizeof(*q->it));
	it = &q->it[i = (int)q->n++];
	*it = (struct llm_qitem){ v->depth > 1 ? x->open[x->depth - 1] : -1,
	    i + 1, v->key, v->klen, v->v, v->vlen, (char)v->kind, NULL };
	if (v->kind == 's') {	/* with its quotes, as it stands */
		it->val--;
		it->vlen += 2;
	} else if (v->kind == 'l')
		it->kind = *v->v == 'n' ? 'z' : 'b';
	if ((v->kind != 'o' && v->kind != 'a') || v->depth >= LEVELS)
		return 0;
	x->open[x->depth++] = i;
	return 1;
}

int
llm_qrec_read(struct llm_qrec *q, const char *text, size_t len)
{
	struct index x = { q, { 0 }, 0 };

	q->text = text;
	q->len = len;
	q->n = q->ned = 0;
	sdc_buf_reset(&q->strs);
	sdc_buf_reset(&q->edits);
	if (sdc_buf_reserve(&q->strs, len + 1) < 0)
		return 0;
	return sdc_jscan_walk(text, len, visit, &x) == 1;
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
