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

struct sdc_nameindex {
	struct entry *e;
	size_t n, cap;
	struct posting *tab;		/* open addressing, power of 2 */
	size_t tabcap, tabused;
	uint32_t *seen, stamp;
	uint32_t *acc_cp, *acc_n;	/* shared tokens, per name */
	size_t *bylen, nbylen;		/* ids by joined length */
	size_t *touched, ntouched;
	struct sdc_nameindex_hit *hits;
	size_t nhits, hitcap, scored;
	size_t k;			/* keep the best k (0 = all) */
	int cut;			/* scores below this cannot matter */
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
tok_eq(const struct sdc_nameindex *ix, const struct posting *p,
    const uint32_t *cp, size_t n)
{
	const struct sdc_fuzz_set *s = &ix->e[p->id].set;

	return TOKN(s, p->tok) == n &&
	    memcmp(TOKP(s, p->tok), cp, n * sizeof(*cp)) == 0;
}

/* The slot of a token: its posting, or the empty slot it would take. */
static struct posting *
slot(const struct sdc_nameindex *ix, const uint32_t *cp, size_t n, uint32_t h)
{
	size_t i = h & (ix->tabcap - 1);

	while (ix->tab[i].ids != NULL && (ix->tab[i].hash != h ||
	    !tok_eq(ix, &ix->tab[i], cp, n)))
		i = (i + 1) & (ix->tabcap - 1);
	return &ix->tab[i];
}

static void
grow_table(struct sdc_nameindex *ix)
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
post(struct sdc_nameindex *ix, size_t id, size_t tok)
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

struct sdc_nameindex *
sdc_nameindex_new(void)
{
	struct sdc_nameindex *ix = sdc_xcalloc(1, sizeof(*ix));

	grow_table(ix);
	return ix;
}

void
sdc_nameindex_free(struct sdc_nameindex *ix)
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
	free(ix->acc_cp);
	free(ix->acc_n);
	free(ix->touched);
	free(ix->bylen);
	free(ix->hits);
	free(ix);
}

size_t
sdc_nameindex_add(struct sdc_nameindex *ix, const char *name)
{
	struct entry *e;
	size_t i, id = ix->n;

	if (ix->n == ix->cap) {
		ix->cap = ix->cap ? 2 * ix->cap : 64;
		ix->e = sdc_xrealloc(ix->e, ix->cap * sizeof(*ix->e));
		ix->seen = sdc_xrealloc(ix->seen, ix->cap * sizeof(*ix->seen));
		ix->acc_cp = sdc_xrealloc(ix->acc_cp, ix->cap * sizeof(*ix->acc_cp));
		ix->acc_n = sdc_xrealloc(ix->acc_n, ix->cap * sizeof(*ix->acc_n));
		ix->touched = sdc_xrealloc(ix->touched, ix->cap *
		    sizeof(*ix->touched));
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

int
sdc_nameindex_has_token(const struct sdc_nameindex *ix, const uint32_t *cp, size_t n)
{
	return slot(ix, cp, n, tok_hash(cp, n))->ids != NULL;
}

size_t
sdc_nameindex_count(const struct sdc_nameindex *ix)
{
	return ix->n;
}

const struct sdc_fuzz_set *
sdc_nameindex_set(const struct sdc_nameindex *ix, size_t id)
{
	return &ix->e[id].set;
}

size_t
sdc_nameindex_scored(const struct sdc_nameindex *ix)
{
	return ix->scored;
}

/* With no common token, token_set_ratio = ratio(J1, J2) = 200 LCS / L,
 * and LCS <= the histograms' common mass.  rint(x) >= min needs
 * x >= min - 0.5; one extra unit of slack covers the double's last ulp. */
static int
bound_ok(size_t common, size_t L, int min)
{
	return 400 * common + L >= (size_t)(2 * min - 1) * L;
}

/* The histograms' common mass, an upper bound of the LCS of the joined
 * strings (SIZE_MAX when a string is too long to have a histogram). */
static size_t
common_mass(const unsigned char *hq, size_t nq, const struct entry *e)
{
	unsigned common = 0, i;

	if (nq > 255 || e->jlen > 255)
		return SIZE_MAX;
	for (i = 0; i < NBUCKET; i++)
		common += hq[i] < e->hist[i] ? hq[i] : e->hist[i];
	return common;
}

static int
hitcmp(const void *a, const void *b)
{
	const struct sdc_nameindex_hit *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Keep the k best (score descending, then id): beyond k in that total
 * order a hit can never come back, so the k-th score becomes the cutoff. */
static void
trim(struct sdc_nameindex *ix)
{
	if (ix->nhits > 1)
		qsort(ix->hits, ix->nhits, sizeof(*ix->hits), hitcmp);
	if (ix->k && ix->nhits >= ix->k) {
		ix->nhits = ix->k;
		if (ix->hits[ix->k - 1].score > ix->cut)
			ix->cut = ix->hits[ix->k - 1].score;
	}
}

static void
add_hit(struct sdc_nameindex *ix, size_t id, int s)
{
	if (s < ix->cut)
		return;
	if (ix->nhits == ix->hitcap) {
		ix->hitcap = ix->hitcap ? 2 * ix->hitcap : 16;
		ix->hits = sdc_xrealloc(ix->hits, ix->hitcap * sizeof(*ix->hits));
	}
	ix->hits[ix->nhits].id = id;
	ix->hits[ix->nhits++].score = s;
	if (ix->k && ix->nhits >= 4 * ix->k + 16)
		trim(ix);
}

/* A name sharing no token: the ratio of the two joined strings. */
static void
try(struct sdc_nameindex *ix, const struct sdc_fuzz_set *q, size_t id,
    size_t lcs_max, int brute)
{
	ix->scored++;
	add_hit(ix, id, brute ? sdc_fuzz_set_ratio_cut(q, &ix->e[id].set,
	    ix->cut) : sdc_fuzz_set_ratio_shared(q, &ix->e[id].set, 0, 0,
	    lcs_max, ix->cut));
}

static void
score_shared(struct sdc_nameindex *ix, const struct sdc_fuzz_set *q,
    const unsigned char *hq, size_t nq, size_t id)
{
	size_t common;

	if (!sdc_fuzz_set_may_reach(q, &ix->e[id].set, ix->acc_cp[id],
	    ix->acc_n[id], ix->cut))
		return;
	common = common_mass(hq, nq, &ix->e[id]);
	ix->scored++;
	add_hit(ix, id, sdc_fuzz_set_ratio_shared(q, &ix->e[id].set,
	    ix->acc_cp[id], ix->acc_n[id], common == SIZE_MAX ? common :
	    common - ix->acc_cp[id], ix->cut));
}

/* Names sharing tokens with q: the postings add up each name's shared
 * tokens, which is all the lengths-only ratios need; the histograms
 * bound the LCS of the differences (the shared tokens' characters are
 * on both sides, so they come off the common mass). */
static void
shared(struct sdc_nameindex *ix, const struct sdc_fuzz_set *q,
    const unsigned char *hq, size_t nq)
{
	size_t i, j;
	int pass;

	ix->ntouched = 0;
	for (i = 0; i < q->ntok; i++) {
		uint32_t h = tok_hash(TOKP(q, i), TOKN(q, i));
		const struct posting *p = slot(ix, TOKP(q, i), TOKN(q, i), h);

		for (j = 0; j < p->n; j++) {
			size_t id = p->ids[j];

			if (ix->seen[id] != ix->stamp) {
				ix->seen[id] = ix->stamp;
				ix->acc_cp[id] = ix->acc_n[id] = 0;
				ix->touched[ix->ntouched++] = id;
			}
			ix->acc_cp[id] += (uint32_t)TOKN(q, i);
			ix->acc_n[id]++;
		}
	}
	/* those sharing most of q first: the cutoff rises sooner */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < ix->ntouched; i++) {
			size_t id = ix->touched[i];

			if ((2 * ix->acc_cp[id] >= q->off[q->ntok]) == pass)
				continue;
			score_shared(ix, q, hq, nq, id);
		}
}

static const struct entry *sort_e;	/* qsort has no context argument */

static int
bylen_cmp(const void *a, const void *b)
{
	size_t x = sort_e[*(const size_t *)a].jlen, y = sort_e[*(const size_t *)b].jlen;

	return x < y ? -1 : x > y;
}

/* Names sorted by joined length, rebuilt after adds. */
static void
sort_by_length(struct sdc_nameindex *ix)
{
	size_t i;

	if (ix->nbylen == ix->n)
		return;
	ix->bylen = sdc_xrealloc(ix->bylen, (ix->n + 1) * sizeof(*ix->bylen));
	for (i = 0; i < ix->n; i++)
		ix->bylen[i] = i;
	sort_e = ix->e;
	qsort(ix->bylen, ix->n, sizeof(*ix->bylen), bylen_cmp);
	ix->nbylen = ix->n;
}

/* Names sharing no token with q, in order of length from the shortest
 * that could reach the cutoff (LCS <= the shorter length) to the longest;
 * each through the histogram bound. */
static void
unshared(struct sdc_nameindex *ix, const struct sdc_fuzz_set *q,
    const unsigned char *hq, size_t nq)
{
	size_t lo = 0, hi = ix->n, i;

	sort_by_length(ix);
	while (lo < hi) {	/* first length that could reach the cutoff */
		size_t mid = lo + (hi - lo) / 2, nc = ix->e[ix->bylen[mid]].jlen;

		if (nc < nq && !bound_ok(nc, nq + nc, ix->cut))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < ix->n; i++) {
		size_t id = ix->bylen[i], nc = ix->e[id].jlen, common;

		if (nc > nq && !bound_ok(nq, nq + nc, ix->cut))
			break;
		if (ix->seen[id] == ix->stamp)
			continue;
		common = common_mass(hq, nq, &ix->e[id]);
		if (common == SIZE_MAX || bound_ok(common, nq + nc, ix->cut))
			try(ix, q, id, common, 0);
	}
}

size_t
sdc_nameindex_query(struct sdc_nameindex *ix, const struct sdc_fuzz_set *q,
    int min, size_t k, int brute, const struct sdc_nameindex_hit **hits)
{
	size_t i;

	ix->nhits = ix->scored = 0;
	ix->k = k;
	ix->cut = min;
	if (++ix->stamp == 0) {		/* wrapped: forget every stamp */
		memset(ix->seen, 0, ix->n * sizeof(*ix->seen));
		ix->stamp = 1;
	}
	if (brute)
		for (i = 0; i < ix->n; i++)
			try(ix, q, i, SIZE_MAX, 1);
	else {
		unsigned char hq[NBUCKET];
		size_t nq = sdc_fuzz_set_joined_len(q);

		histogram(q, nq, hq);
		shared(ix, q, hq, nq);
		unshared(ix, q, hq, nq);
	}
	trim(ix);
	*hits = ix->hits;
	return ix->nhits;
}
