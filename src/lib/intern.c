/* intern - a string table with dense indexes (see intern.h).  The index
 * is the shared hash table (hmap.h): hashes to string numbers, each match
 * confirmed against the arena. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "intern.h"

struct sdc_intern {
	struct sdc_buf arena;	/* the strings, each NUL-terminated */
	size_t *off;		/* index -> offset in arena */
	uint32_t n;
	size_t cap;
	struct sdc_hmap index;	/* sdc_hash of a string -> its index */
};

struct sdc_intern *
sdc_intern_new(void)
{
	return sdc_xcalloc(1, sizeof(struct sdc_intern));
}

void
sdc_intern_free(struct sdc_intern *t)
{
	if (!t)
		return;
	sdc_buf_free(&t->arena);
	free(t->off);
	sdc_hmap_free(&t->index);
	free(t);
}

static int
same(const struct sdc_intern *t, uint32_t i, const char *s, size_t len)
{
	const char *p = t->arena.p + t->off[i];

	return strncmp(p, s, len) == 0 && p[len] == '\0';
}

/* The index of s[0..len) with hash h, or SDC_INTERN_NONE. */
static uint32_t
lookup(const struct sdc_intern *t, const char *s, size_t len, uint64_t h)
{
	size_t it = 0;
	uint32_t i;

	while (sdc_hmap_find(&t->index, h, &it, &i))
		if (same(t, i, s, len))
			return i;
	return SDC_INTERN_NONE;
}

uint32_t
sdc_intern_n(struct sdc_intern *t, const char *s, size_t len, int *added)
{
	uint64_t h = sdc_hash(s, len);
	uint32_t i = lookup(t, s, len, h);

	if (added)
		*added = i == SDC_INTERN_NONE;
	if (i != SDC_INTERN_NONE)
		return i;
	if (t->n == UINT32_MAX - 1)
		sdc_errx(SDC_EXIT_FATAL, "more than %u distinct strings", t->n);
	t->off = sdc_grow(t->off, &t->cap, (size_t)t->n + 1, sizeof(*t->off));
	t->off[t->n] = t->arena.len;
	if (sdc_buf_add(&t->arena, s, len) < 0 || sdc_buf_addc(&t->arena, '\0') < 0)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	sdc_hmap_put(&t->index, h, t->n);
	return t->n++;
}

uint32_t
sdc_intern(struct sdc_intern *t, const char *s)
{
	return sdc_intern_n(t, s, strlen(s), NULL);
}

uint32_t
sdc_intern_find(const struct sdc_intern *t, const char *s)
{
	size_t len = strlen(s);

	return lookup(t, s, len, sdc_hash(s, len));
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
