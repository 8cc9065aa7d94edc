/* hmap - see hmap.h.  Linear probing, load factor <= 1/2. */
#include "hmap.h"
#include "diag.h"

#include <stdlib.h>
#include <string.h>

#define FNV_BASIS 0xcbf29ce484222325ULL

static uint64_t
fnv1a(uint64_t h, const unsigned char *p, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static uint64_t
mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h ? h : 1;
}

uint64_t
sdc_hash(const void *data, size_t len)
{
	return mix(fnv1a(FNV_BASIS, data, len));
}

uint64_t
sdc_hash_strs(const char *const *s, int n)
{
	uint64_t h = FNV_BASIS;
	int i;

	for (i = 0; i < n; i++)
		h = fnv1a(h, (const unsigned char *)s[i], strlen(s[i]) + 1);
	return mix(h);
}

static void
grow(struct sdc_hmap *m)
{
	struct sdc_hmap bigger = SDC_HMAP_INIT;
	size_t i;

	bigger.cap = m->cap ? m->cap * 2 : 1024;
	bigger.hash = sdc_xcalloc(bigger.cap, sizeof(*bigger.hash));
	bigger.val = sdc_xmalloc(bigger.cap * sizeof(*bigger.val));
	for (i = 0; i < m->cap; i++)
		if (m->hash[i])
			sdc_hmap_put(&bigger, m->hash[i], m->val[i]);
	sdc_hmap_free(m);
	*m = bigger;
}

void
sdc_hmap_put(struct sdc_hmap *m, uint64_t h, uint32_t val)
{
	size_t i;

	if (2 * (m->n + 1) > m->cap)
		grow(m);
	for (i = h & (m->cap - 1); m->hash[i]; i = (i + 1) & (m->cap - 1))
		;
	m->hash[i] = h;
	m->val[i] = val;
	m->n++;
}

int
sdc_hmap_find(const struct sdc_hmap *m, uint64_t h, size_t *iter, uint32_t *val)
{
	size_t i;

	if (!m->cap)
		return 0;
	for (i = (h + *iter) & (m->cap - 1); m->hash[i]; i = (i + 1) & (m->cap - 1)) {
		(*iter)++;
		if (m->hash[i] == h) {
			*val = m->val[i];
			return 1;
		}
	}
	return 0;
}

void
sdc_hmap_free(struct sdc_hmap *m)
{
	free(m->hash);
	free(m->val);
	memset(m, 0, sizeof(*m));
}
