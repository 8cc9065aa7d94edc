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

/* 256 tables by a fingerprint's top byte, each grown by half when 4/5
 * full: growing one holds its old and new slots at once, and that is
 * 1/256 of the whole (the one table grown by doubling peaked at 1.5
 * times); between growths the load is 0.53-0.8, 15-23 bytes a key. */
#define NPART 256
#define FIRST_CAP 16
/* A slot's value: the owner + 2 (SDC_OWNER_MANY is 0), and flags. */
#define OWNER_MASK 0x1fffffffu
#define LOADED (1u << 29)	/* from the memory file */
#define CHANGED (1u << 30)	/* loaded, and its owner changed since */
#define TAKEN (1u << 31)	/* sdc_hist_take_changed gave it */

struct part {
	uint64_t *fp;		/* 0: a free slot */
	uint32_t *val;
	size_t cap, n;
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
	for (i = 0; i < NPART; i++) {
		free(h->part[i].fp);
		free(h->part[i].val);
	}
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

/* The slot of fingerprint f in its table: its own, or the free one it
 * would take.  The home slot comes from the low 32 bits, the table from
 * the top 8. */
static size_t
slot(const struct part *p, uint64_t f)
{
	size_t i = (size_t)(((f & 0xffffffffu) * p->cap) >> 32);

	while (p->fp[i] != 0 && p->fp[i] != f)
		i = i + 1 == p->cap ? 0 : i + 1;
	return i;
}

static struct part *
part_of(const struct sdc_hist *h, uint64_t f)
{
	return (struct part *)&h->part[f >> 56];
}

static void
grow(struct part *p)
{
	struct part old = *p;
	size_t i, j;

	p->cap = p->cap ? p->cap + p->cap / 2 : FIRST_CAP;
	p->fp = sdc_xcalloc(p->cap, sizeof(*p->fp));
	p->val = sdc_xcalloc(p->cap, sizeof(*p->val));
	for (i = 0; i < old.cap; i++)
		if (old.fp[i] != 0) {
			j = slot(p, old.fp[i]);
			p->fp[j] = old.fp[i];
			p->val[j] = old.val[i];
		}
	free(old.fp);
	free(old.val);
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
	uint32_t v = (uint32_t)(owner + 2) & OWNER_MASK;
	struct part *p = part_of(h, f);

	if (f == 0)
		return;
	if (p->n + 1 > p->cap / 5 * 4)
		grow(p);
	i = slot(p, f);
	if (p->fp[i] == 0) {
		p->fp[i] = f;
		p->val[i] = v;
		p->n++;
		if (h->fresh)
			keep_fresh(h, k, len), h->fresh_keys++;
	} else if ((p->val[i] & OWNER_MASK) != v &&
	    (p->val[i] & OWNER_MASK) != 0) {
		if ((p->val[i] & (LOADED | CHANGED)) == LOADED)
			h->changed++, p->val[i] |= CHANGED;
		p->val[i] &= ~OWNER_MASK;	/* SDC_OWNER_MANY */
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

	if (f == 0 || p->cap == 0)
		return SDC_OWNER_NONE;
	i = slot(p, f);
	return p->fp[i] ? owner_of(p->val[i]) : SDC_OWNER_NONE;
}

void
sdc_hist_loaded(struct sdc_hist *h, int keep_new)
{
	size_t i, j;

	for (i = 0; i < NPART; i++)
		for (j = 0; j < h->part[i].cap; j++)
			if (h->part[i].fp[j] != 0)
				h->part[i].val[j] |= LOADED;
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

	if (f == 0 || p->cap == 0)
		return 0;
	i = slot(p, f);
	if (p->fp[i] == 0 || (p->val[i] & (CHANGED | TAKEN)) != CHANGED)
		return 0;
	p->val[i] |= TAKEN;
	*owner = owner_of(p->val[i]);
	return 1;
}

int
sdc_hist_next_new(struct sdc_hist *h, struct sdc_buf *key, long *owner)
{
	char k[512];
	uint16_t n;
	size_t len;
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
	*owner = owner_of(p->val[slot(p, f)]);
	return 1;
}
