/* hist - the learnt history as fingerprints.  See hist.h. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hist.h"
#include "hmap.h"
#include "owners.h"

/* 4096 sorted arrays by a fingerprint's top 12 bits, each grown by an
 * eighth: 10 bytes a key and about 6% slack, where a hash table at load
 * 0.53-0.8 took 15-23.  A key added moves the larger keys of its array
 * (some 50 at 200,000 keys, 250 at a million). */
#define NPART 4096
#define FP_BITS 52		/* the rest of a fingerprint, in its key */
#define FP_MASK ((UINT64_C(1) << FP_BITS) - 1)
/* A key's value: the owner + 2 (SDC_OWNER_MANY is 0), and flags. */
#define OWNER_MASK 0xfffffu
#define LOADED (1u << 20)	/* from the memory file */
#define CHANGED (1u << 21)	/* loaded, and its owner changed since */
#define TAKEN (1u << 22)	/* sdc_hist_take_changed gave it */

/* A key: 80 bits, the fingerprint's low 52 and the value's 23 (the value's
 * low 12 bits above the fingerprint in w[0..3], the rest in w[4]). */
struct rec {
	uint16_t w[5];
};

struct part {
	struct rec *r;
	uint32_t n, cap;
};

struct sdc_hist {
	struct part part[NPART];
	size_t changed, fresh_keys;
	FILE *fresh;		/* keys added since loading: length, bytes */
	int reading;		/* fresh is being read back */
};

struct sdc_hist *
sdc_hist_new(void)
{
	return sdc_xcalloc(1, sizeof(struct sdc_hist));
}

void
sdc_hist_free(struct sdc_hist *h)
{
	size_t i;

	if (h == NULL)
		return;
	for (i = 0; i < NPART; i++)
		free(h->part[i].r);
	if (h->fresh)
		fclose(h->fresh);
	free(h);
}

/* The folded key (into out, of size 512: keys are made in buffers of
 * that size) and its fingerprint; 0 for a key that folds to nothing. */
static uint64_t
fold_hash(const char *s, char out[512], size_t *len)
{
	size_t n, i;

	while (isspace((unsigned char)*s))
		s++;
	n = strnlen(s, 511);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	for (i = 0; i < n; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	out[n] = '\0';
	*len = n;
	return n ? sdc_hash(out, n) : 0;
}

static uint64_t
low64(const struct rec *r)
{
	uint64_t x;

	memcpy(&x, r->w, sizeof(x));
	return x;
}

/* The fingerprint's bits kept in the key (its array has the top 12). */
static uint64_t
fp_of(const struct rec *r)
{
	return low64(r) & FP_MASK;
}

static uint32_t
val_of(const struct rec *r)
{
	return (uint32_t)(low64(r) >> FP_BITS) | (uint32_t)r->w[4] << 12;
}

static void
set(struct rec *r, uint64_t f, uint32_t v)
{
	uint64_t x = (f & FP_MASK) | (uint64_t)(v & 0xfff) << FP_BITS;

	memcpy(r->w, &x, sizeof(x));
	r->w[4] = (uint16_t)(v >> 12);
}

/* The place of fingerprint f in its array: its own (1), or where it
 * would go (0). */
static int
find(const struct part *p, uint64_t f, size_t *at)
{
	size_t lo = 0, hi = p->n, mid;

	f &= FP_MASK;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (fp_of(&p->r[mid]) < f)
			lo = mid + 1;
		else
			hi = mid;
	}
	*at = lo;
	return lo < p->n && fp_of(&p->r[lo]) == f;
}

static struct part *
part_of(const struct sdc_hist *h, uint64_t f)
{
	return (struct part *)&h->part[f >> 52];
}

/* A new key at i. */
static void
insert(struct part *p, size_t i, uint64_t f, uint32_t v)
{
	if (p->n == p->cap) {
		p->cap += p->cap / 8 + 4;
		p->r = sdc_xrealloc(p->r, p->cap * sizeof(*p->r));
	}
	memmove(&p->r[i + 1], &p->r[i], (p->n - i) * sizeof(*p->r));
	set(&p->r[i], f, v);
	p->n++;
}

static void
keep_fresh(struct sdc_hist *h, const char *key, size_t len)
{
	uint16_t n = (uint16_t)len;

	if (fwrite(&n, sizeof(n), 1, h->fresh) != 1 ||
	    fwrite(key, 1, len, h->fresh) != len)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
}

void
sdc_hist_add(struct sdc_hist *h, const char *key, long owner)
{
	char k[512];
	size_t len, i;
	uint64_t f = fold_hash(key, k, &len);
	uint32_t v = (uint32_t)(owner + 2), cur;
	struct part *p = part_of(h, f);

	if (owner + 2 > (long)OWNER_MASK)
		sdc_errx(SDC_EXIT_FATAL, "over %u customers", OWNER_MASK - 2);
	if (f == 0)
		return;
	if (!find(p, f, &i)) {
		insert(p, i, f, v);
		if (h->fresh)
			keep_fresh(h, k, len), h->fresh_keys++;
		return;
	}
	cur = val_of(&p->r[i]);
	if ((cur & OWNER_MASK) != v && (cur & OWNER_MASK) != 0) {
		if ((cur & (LOADED | CHANGED)) == LOADED)
			h->changed++, cur |= CHANGED;
		set(&p->r[i], f, cur & ~OWNER_MASK);	/* SDC_OWNER_MANY */
	}
}

static long
owner_of(uint32_t v)
{
	return (long)(v & OWNER_MASK) - 2;
}

long
sdc_hist_one(const struct sdc_hist *h, const char *key)
{
	char k[512];
	size_t len, i;
	uint64_t f = fold_hash(key, k, &len);
	const struct part *p = part_of(h, f);

	if (f == 0 || !find(p, f, &i))
		return SDC_OWNER_NONE;
	return owner_of(val_of(&p->r[i]));
}

void
sdc_hist_loaded(struct sdc_hist *h, int keep_new)
{
	size_t i, j;

	for (i = 0; i < NPART; i++)
		for (j = 0; j < h->part[i].n; j++)
			set(&h->part[i].r[j], fp_of(&h->part[i].r[j]),
			    val_of(&h->part[i].r[j]) | LOADED);
	if (keep_new && h->fresh == NULL && (h->fresh = tmpfile()) == NULL)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
}

size_t
sdc_hist_new_keys(const struct sdc_hist *h)
{
	return h->fresh_keys;
}

size_t
sdc_hist_changed(const struct sdc_hist *h)
{
	return h->changed;
}

int
sdc_hist_take_changed(struct sdc_hist *h, const char *key, long *owner)
{
	char k[512];
	size_t len, i;
	uint64_t f = fold_hash(key, k, &len);
	struct part *p = part_of(h, f);

	if (f == 0 || !find(p, f, &i) ||
	    (val_of(&p->r[i]) & (CHANGED | TAKEN)) != CHANGED)
		return 0;
	set(&p->r[i], f, val_of(&p->r[i]) | TAKEN);
	*owner = owner_of(val_of(&p->r[i]));
	return 1;
}

int
sdc_hist_next_new(struct sdc_hist *h, struct sdc_buf *key, long *owner)
{
	char k[512];
	uint16_t n;
	size_t len, i;
	uint64_t f;
	struct part *p;

	if (h->fresh == NULL)
		return 0;
	if (!h->reading && fseek(h->fresh, 0, SEEK_SET) != 0)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	h->reading = 1;
	if (fread(&n, sizeof(n), 1, h->fresh) != 1)
		return 0;
	if (n >= sizeof(k) || fread(k, 1, n, h->fresh) != n)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	k[n] = '\0';
	sdc_buf_reset(key);
	sdc_buf_add(key, k, n);
	f = fold_hash(key->p, k, &len);
	p = part_of(h, f);
	*owner = find(p, f, &i) ? owner_of(val_of(&p->r[i])) : SDC_OWNER_NONE;
	return 1;
}
