/* byjapanese.c - sdc-link: a Japanese name read as sounds (japanese.h)
 * in a list that writes kana: "Komatsu Seiki Morioka Shiten" typed for
 * 株式会社小松精機 盛岡支店, スギモト自動車整備 for 杉本自動車整備,
 * ｲｹﾀﾞ商会 for Ikeda Shokai Co., Ltd. */
#include <stdlib.h>
#include <string.h>

#include "custidx.h"
#include "diag.h"
#include "japanese.h"
#include "linkint.h"

#define JP_FITS 2	/* customers a reading fits: one links, two do not */
#define JP_TRIES 4096	/* candidates read against a name, at most */

/* A head and the names read with it: a popular head is one row, not a
 * run of hmap slots each put probes again. */
struct jp_head {
	char key[JP_HEAD + 1];
	uint32_t *id;
	size_t n, cap;
};

/* The row of head key, or NULL. */
static struct jp_head *
head_find(const struct pool *p, const char *key)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&p->byjp, sdc_hash(key, strlen(key)), &it, &v))
		if (strcmp(p->jpheads[v].key, key) == 0)
			return &p->jpheads[v];
	return NULL;
}

/* ... made when new. */
static struct jp_head *
head_row(struct pool *p, const char *key)
{
	struct jp_head *r = head_find(p, key);
	size_t cap;

	if (r != NULL)
		return r;
	cap = p->njpheads;
	if ((cap & (cap - 1)) == 0)	/* 0, 1, 2, 4 ...: grown twice */
		p->jpheads = sdc_xrealloc(p->jpheads, (cap ? 2 * cap : 1) *
		    sizeof(*p->jpheads));
	memset(&p->jpheads[cap], 0, sizeof(*p->jpheads));
	memcpy(p->jpheads[cap].key, key, strnlen(key, JP_HEAD));
	sdc_hmap_put(&p->byjp, sdc_hash(key, strlen(key)), (uint32_t)cap);
	p->njpheads++;
	return &p->jpheads[cap];
}

static void
head_add(struct jp_head *r, uint32_t id)
{
	if (r->n == r->cap)
		r->id = sdc_xrealloc(r->id, (r->cap = r->cap ? 2 * r->cap :
		    4) * sizeof(*r->id));
	r->id[r->n++] = id;
}

/* The pool is the customer index's list, name for name: its readings
 * and heads are the index's (custidx.c), made when it was built. */
static int
index_list(const struct pool *p)
{
	size_t i;

	if (cidx == NULL || p->n != sdc_cidx_count(cidx))
		return 0;
	for (i = 0; i < p->n; i++)
		if (p->c[i].cix != (long)i)
			return 0;
	return 1;
}

/* The customers' readings, by their heads: made on first use, in a list
 * where one name in 500 or more writes kana (a kanji name alone may be
 * Chinese: read as Mandarin, names.c). */
static int
jp_index(struct pool *p)
{
	char key[JP_HEADS][JP_HEAD + 1];
	size_t i, k, n, kana = 0;

	if (p->japanese != 0)
		return p->japanese > 0;
	if ((p->jpcidx = index_list(p)) != 0) {
		p->japanese = sdc_cidx_japanese(cidx) ? 1 : -1;
		return p->japanese > 0;
	}
	for (i = 0; i < p->n; i++)
		kana += sdc_jp_kana(p->c[i].name) != 0;
	p->japanese = kana > 0 && kana >= p->n / 500 ? 1 : -1;
	if (p->japanese < 0)
		return 0;
	p->jpreads = sdc_xcalloc(p->n ? p->n : 1, sizeof(*p->jpreads));
	for (i = 0; i < p->n; i++) {
		if (!sdc_jp_read(p->c[i].name, &p->jpreads[i]))
			continue;
		n = sdc_jp_heads(&p->jpreads[i], key, JP_HEADS);
		for (k = 0; k < n; k++)
			head_add(head_row(p, key[k]), (uint32_t)i);
	}
	return 1;
}

/* Customer v not yet read against this name (epoch): 1, and marked. */
static int
first_seen(const struct pool *p, uint32_t v, uint32_t epoch)
{
	static uint32_t *seen;
	static size_t nseen;

	if (nseen < p->n) {
		seen = sdc_xrealloc(seen, p->n * sizeof(*seen));
		memset(seen + nseen, 0, (p->n - nseen) * sizeof(*seen));
		nseen = p->n;
	}
	if (seen[v] == epoch)
		return 0;
	seen[v] = epoch;
	return 1;
}

/* The names read with head key: their number, *id the first. */
static size_t
head_names(const struct pool *p, const char *key, const uint32_t **id)
{
	struct jp_head *r;

	if (p->jpcidx)
		return sdc_cidx_jp_names(cidx, key, id);
	if ((r = head_find(p, key)) == NULL)
		return 0;
	*id = r->id;
	return r->n;
}

/* The reading t fits customer v's. */
static int
fits(const struct pool *p, const struct jp_read *t, uint32_t v)
{
	struct jp_read r;

	if (!p->jpcidx)
		return sdc_jp_fits(t, &p->jpreads[v]);
	sdc_cidx_jp_read(cidx, v, &r);
	return sdc_jp_fits(t, &r);
}

/* The customers the reading t fits, into fit[] (*n), up to JP_FITS;
 * JP_TRIES read at most. */
static void
jp_fits(const struct pool *p, const struct jp_read *t, size_t *fit,
    size_t *n)
{
	static uint32_t epoch;
	char key[JP_HEADS][JP_HEAD + 1];
	size_t nk = sdc_jp_heads(t, key, JP_HEADS), k, it, nid, tries = 0;
	const uint32_t *id;
	uint32_t v;

	epoch++;
	for (k = 0; k < nk && *n < JP_FITS; k++) {
		nid = head_names(p, key[k], &id);
		for (it = 0; it < nid && *n < JP_FITS && tries < JP_TRIES;
		    it++)
			if (first_seen(p, v = id[it], epoch) && ++tries &&
			    fits(p, t, v))
				fit[(*n)++] = v;
	}
	if (tries == JP_TRIES)
		*n = JP_FITS;	/* not all read: none is sure */
}

void
by_japanese(struct pool *p, const char *guess, struct decision *d)
{
	struct jp_read t;
	size_t fit[JP_FITS], n = 0;

	if (!jp_index(p) || !sdc_jp_read(guess, &t))
		return;
	jp_fits(p, &t, fit, &n);
	if (n == 1)
		link_sounds(d, fit[0], "japanese");
}
