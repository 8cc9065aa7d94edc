/* hmap - layer 1 (data): an open-addressing multimap from 64-bit hashes to
 * 32-bit values.
 *
 * It stores hashes, not keys: the caller keeps its records and confirms a
 * match by comparing them, so millions of rows cost 12 bytes each here.
 *
 *	for (it = 0; sdc_hmap_find(&m, h, &it, &v); )
 *		if (same(rows[v], row)) ...
 */
#ifndef SDC_HMAP_H
#define SDC_HMAP_H

#include <stddef.h>
#include <stdint.h>

struct sdc_hmap {
	uint64_t *hash;		/* 0 marks a free slot */
	uint32_t *val;
	size_t cap, n;
};

#define SDC_HMAP_INIT { NULL, NULL, 0, 0 }

/* A 64-bit hash of bytes (never 0). */
uint64_t sdc_hash(const void *data, size_t len);
/* The hash of a NUL-separated sequence of strings, without joining them. */
uint64_t sdc_hash_strs(const char *const *s, int n);
/* Next value stored under h; *iter starts at 0.  1 if found. */
int sdc_hmap_find(const struct sdc_hmap *m, uint64_t h, size_t *iter, uint32_t *val);
void sdc_hmap_put(struct sdc_hmap *m, uint64_t h, uint32_t val);
void sdc_hmap_free(struct sdc_hmap *m);

#endif
