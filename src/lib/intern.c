/* intern - a string table with dense indexes (see intern.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "grow.h"
#include "intern.h"

struct sdc_intern {
	struct sdc_buf arena;	/* the strings, each NUL-terminated */
	size_t *off;		/* index -> offset in arena */
	uint32_t n;
	size_t cap;
	uint32_t *slot;		/* open addressing: index + 1, 0 = empty */
	size_t nslot;		/* a power of two, kept over twice n */
};

static uint64_t
hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h ^ (h >> 29);
}

struct sdc_intern *
sdc_intern_new(void)
{
	struct sdc_intern *t = sdc_xcalloc(1, sizeof(*t));

	t->nslot = 64;
	t->slot = sdc_xcalloc(t->nslot, sizeof(*t->slot));
	return t;
}

void
sdc_intern_free(struct sdc_intern *t)
{
	if (!t)
		return;
	sdc_buf_free(&t->arena);
	free(t->off);
	free(t->slot);
	free(t);
}

static int
same(const struct sdc_intern *t, uint32_t i, const char *s, size_t len)
{
	const char *p = t->arena.p + t->off[i];

	return strncmp(p, s, len) == 0 && p[len] == '\0';
}

/* Slot where s is, or the empty slot where it would go. */
static size_t
lookup(const struct sdc_intern *t, const char *s, size_t len)
{
	size_t mask = t->nslot - 1, k = hash(s, len) & mask;

	while (t->slot[k] && !same(t, t->slot[k] - 1, s, len))
		k = (k + 1) & mask;
	return k;
}

static void
grow(struct sdc_intern *t)
{
	size_t i, k, mask;
	const char *p;

	free(t->slot);
	t->nslot *= 2;
	t->slot = sdc_xcalloc(t->nslot, sizeof(*t->slot));
	mask = t->nslot - 1;
	for (i = 0; i < t->n; i++) {
		p = t->arena.p + t->off[i];
		k = hash(p, strlen(p)) & mask;
		while (t->slot[k])
			k = (k + 1) & mask;
		t->slot[k] = (uint32_t)i + 1;
	}
}

uint32_t
sdc_intern_n(struct sdc_intern *t, const char *s, size_t len, int *added)
{
	size_t k = lookup(t, s, len);

	if (added)
		*added = t->slot[k] == 0;
	if (t->slot[k])
		return t->slot[k] - 1;
	if (t->n == UINT32_MAX - 1)
		sdc_errx(SDC_EXIT_FATAL, "more than %u distinct strings", t->n);
	t->off = sdc_grow(t->off, &t->cap, (size_t)t->n + 1, sizeof(*t->off));
	t->off[t->n] = t->arena.len;
	if (sdc_buf_add(&t->arena, s, len) < 0 || sdc_buf_addc(&t->arena, '\0') < 0)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	t->slot[k] = t->n + 1;
	t->n++;
	if (t->n * 2 >= t->nslot)
		grow(t);
	return t->n - 1;
}

uint32_t
sdc_intern(struct sdc_intern *t, const char *s)
{
	return sdc_intern_n(t, s, strlen(s), NULL);
}

uint32_t
sdc_intern_find(const struct sdc_intern *t, const char *s)
{
	size_t k = lookup(t, s, strlen(s));

	return t->slot[k] ? t->slot[k] - 1 : SDC_INTERN_NONE;
}

const char *
sdc_intern_str(const struct sdc_intern *t, uint32_t i)
{
	return t->arena.p + t->off[i];
}

uint32_t
sdc_intern_count(const struct sdc_intern *t)
{
	return t->n;
}
