/* nameindex - exact candidate filtering for token_set_ratio. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "nameindex.h"

#define NBUCKET 32

struct entry {
	struct sdc_fuzz_set set;
	size_t jlen;			/* joined length, code points */
	unsigned char hist[NBUCKET];	/* valid when jlen <= 255 */
};

struct posting {
	uint32_t hash;
	size_t id, tok;			/* where the token's text lives */
	size_t *ids, n, cap;
};

struct sdc_nidx {
	struct entry *e;
	size_t n, cap;
	struct posting *tab;		/* open addressing, power of 2 */
	size_t tabcap, tabused;
	uint32_t *seen, stamp;
	struct sdc_nidx_hit *hits;
	size_t nhits, hitcap, scored;
};

static uint32_t
tok_hash(const uint32_t *cp, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ cp[i]) * 16777619u;
	return h;
}

#define TOKP(s, i) ((s)->cp + (s)->off[i])
#define TOKN(s, i) ((s)->off[(i) + 1] - (s)->off[i])

static int
tok_eq(const struct sdc_nidx *ix, const struct posting *p,
    const uint32_t *cp, size_t n)
{
	const struct sdc_fuzz_set *s = &ix->e[p->id].set;

	return TOKN(s, p->tok) == n &&
	    memcmp(TOKP(s, p->tok), cp, n * sizeof(*cp)) == 0;
}

/* The slot of a token: its posting, or the empty slot it would take. */
static struct posting *
slot(const struct sdc_nidx *ix, const uint32_t *cp, size_t n, uint32_t h)
{
	size_t i = h & (ix->tabcap - 1);

	while (ix->tab[i].ids != NULL && (ix->tab[i].hash != h ||
	    !tok_eq(ix, &ix->tab[i], cp, n)))
		i = (i + 1) & (ix->tabcap - 1);
	return &ix->tab[i];
}

static void
grow_table(struct sdc_nidx *ix)
{
	struct posting *old = ix->tab;
	size_t i, oldcap = ix->tabcap;

	ix->tabcap = oldcap ? oldcap * 2 : 64;
	ix->tab = sdc_xcalloc(ix->tabcap, sizeof(*ix->tab));
	for (i = 0; i < oldcap; i++) {
		const struct posting *p = &old[i];
		size_t j;

		if (p->ids == NULL)
			continue;
		j = p->hash & (ix->tabcap - 1);
		while (ix->tab[j].ids != NULL)
			j = (j + 1) & (ix->tabcap - 1);
		ix->tab[j] = *p;
	}
	free(old);
}

static void
post(struct sdc_nidx *ix, size_t id, size_t tok)
{
	const struct sdc_fuzz_set *s = &ix->e[id].set;
	uint32_t h = tok_hash(TOKP(s, tok), TOKN(s, tok));
	struct posting *p;

	if (2 * (ix->tabused + 1) > ix->tabcap)
		grow_table(ix);
	p = slot(ix, TOKP(s, tok), TOKN(s, tok), h);
	if (p->ids == NULL) {
		p->hash = h, p->id = id, p->tok = tok;
		p->cap = 4;
		p->ids = sdc_xmalloc(p->cap * sizeof(*p->ids));
		ix->tabused++;
	} else if (p->n == p->cap) {
		p->cap *= 2;
		p->ids = sdc_xrealloc(p->ids, p->cap * sizeof(*p->ids));
	}
	p->ids[p->n++] = id;
}

static unsigned
bucket(uint32_t c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a';
	if (c >= '0' && c <= '9')
		return 26 + (c - '0') % 4;
	return c == ' ' ? 30 : 31;
}

/* Histogram of the joined token string (spaces included). */
static void
histogram(const struct sdc_fuzz_set *s, size_t jlen, unsigned char *hist)
{
	size_t i;

	memset(hist, 0, NBUCKET);
	if (jlen > 255)
		return;
	for (i = 0; i < s->off[s->ntok]; i++)
		hist[bucket(s->cp[i])]++;
	hist[30] += s->ntok ? s->ntok - 1 : 0;
}

struct sdc_nidx *
sdc_nidx_new(void)
{
	struct sdc_nidx *ix = sdc_xcalloc(1, sizeof(*ix));

	grow_table(ix);
	return ix;
}

void
sdc_nidx_free(struct sdc_nidx *ix)
{
	size_t i;

	if (ix == NULL)
		return;
	for (i = 0; i < ix->n; i++)
		sdc_fuzz_set_free(&ix->e[i].set);
	for (i = 0; i < ix->tabcap; i++)
		free(ix->tab[i].ids);
	free(ix->e);
	free(ix->tab);
	free(ix->seen);
	free(ix->hits);
	free(ix);
}

size_t
sdc_nidx_add(struct sdc_nidx *ix, const char *name)
{
	struct entry *e;
	size_t i, id = ix->n;

	if (ix->n == ix->cap) {
		ix->cap = ix->cap ? 2 * ix->cap : 64;
		ix->e = sdc_xrealloc(ix->e, ix->cap * sizeof(*ix->e));
		ix->seen = sdc_xrealloc(ix->seen, ix->cap * sizeof(*ix->seen));
	}
	e = &ix->e[ix->n++];
	sdc_fuzz_set_init(&e->set, name);
	e->jlen = sdc_fuzz_set_joined_len(&e->set);
	histogram(&e->set, e->jlen, e->hist);
	ix->seen[id] = ix->stamp;
	for (i = 0; i < e->set.ntok; i++)
		post(ix, id, i);
	return id;
}

size_t
sdc_nidx_count(const struct sdc_nidx *ix)
{
	return ix->n;
}

const struct sdc_fuzz_set *
sdc_nidx_set(const struct sdc_nidx *ix, size_t id)
{
	return &ix->e[id].set;
}

size_t
sdc_nidx_scored(const struct sdc_nidx *ix)
{
	return ix->scored;
}

static void
try(struct sdc_nidx *ix, const struct sdc_fuzz_set *q, size_t id, int min)
{
	int s = sdc_fuzz_set_ratio(q, &ix->e[id].set);

	ix->scored++;
	if (s < min)
		return;
	if (ix->nhits == ix->hitcap) {
		ix->hitcap = ix->hitcap ? 2 * ix->hitcap : 16;
		ix->hits = sdc_xrealloc(ix->hits, ix->hitcap * sizeof(*ix->hits));
	}
	ix->hits[ix->nhits].id = id;
	ix->hits[ix->nhits++].score = s;
}

/* With no common token, token_set_ratio = ratio(J1, J2) = 200 LCS / L,
 * and LCS <= the histograms' common mass.  rint(x) >= min needs
 * x >= min - 0.5; one extra unit of slack covers the double's last ulp. */
static int
may_reach(const unsigned char *hq, size_t nq, const struct entry *e, int min)
{
	unsigned common = 0, i;
	size_t L = nq + e->jlen;

	if (nq > 255 || e->jlen > 255)
		return 1;
	for (i = 0; i < NBUCKET; i++)
		common += hq[i] < e->hist[i] ? hq[i] : e->hist[i];
	return 400 * (size_t)common + L >= (size_t)(2 * min - 1) * L;
}

static int
hitcmp(const void *a, const void *b)
{
	const struct sdc_nidx_hit *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

size_t
sdc_nidx_query(struct sdc_nidx *ix, const struct sdc_fuzz_set *q,
    int min, int brute, const struct sdc_nidx_hit **hits)
{
	unsigned char hq[NBUCKET];
	size_t i, j, nq = sdc_fuzz_set_joined_len(q);

	ix->nhits = ix->scored = 0;
	if (++ix->stamp == 0) {		/* wrapped: forget every stamp */
		memset(ix->seen, 0, ix->n * sizeof(*ix->seen));
		ix->stamp = 1;
	}
	for (i = 0; !brute && i < q->ntok; i++) {
		uint32_t h = tok_hash(TOKP(q, i), TOKN(q, i));
		const struct posting *p = slot(ix, TOKP(q, i), TOKN(q, i), h);

		for (j = 0; j < p->n; j++)
			if (ix->seen[p->ids[j]] != ix->stamp) {
				ix->seen[p->ids[j]] = ix->stamp;
				try(ix, q, p->ids[j], min);
			}
	}
	histogram(q, nq, hq);
	for (i = 0; i < ix->n; i++)
		if (brute || (ix->seen[i] != ix->stamp &&
		    may_reach(hq, nq, &ix->e[i], min)))
			try(ix, q, i, min);
	qsort(ix->hits, ix->nhits, sizeof(*ix->hits), hitcmp);
	*hits = ix->hits;
	return ix->nhits;
}
