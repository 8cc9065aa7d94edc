/* hmap - layer 1 (data): an open-addressing multimap from 64-bit hashes to
 * 32-bit values.
 *
 * It stores hashes, not keys: the caller keeps its records and confirms a
 * match by comparing them.  A slot is 8 bytes, a 32-bit digest of the
 * hash beside the value, so millions of rows cost 16-32 bytes each here,
 * and a lookup reads one cache line; a value whose digest matches by
 * chance (about 2^-32 a probe) is what the caller's comparison is for.
 *
 *	for (it = 0; sdc_hmap_find(&m, h, &it, &v); )
 *		if (same(rows[v], row)) ...
 */
#ifndef SDC_HMAP_H
#define SDC_HMAP_H

#include <stddef.h>
#include <stdint.h>

struct sdc_hmap {
	uint64_t *slot;		/* digest << 32 | value; 0 marks a free slot */
	size_t cap, n;
};

#define SDC_HMAP_INIT { NULL, 0, 0 }

/* A 64-bit hash of bytes (never 0). */
uint64_t sdc_hash(const void *data, size_t len);
/* The hash of a NUL-separated sequence of strings, without joining them. */
uint64_t sdc_hash_strs(const char *const *s, int n);
/* Next value stored under h; *iter starts at 0.  1 if found. */
int sdc_hmap_find(const struct sdc_hmap *m, uint64_t h, size_t *iter, uint32_t *val);
void sdc_hmap_put(struct sdc_hmap *m, uint64_t h, uint32_t val);
/* Start loading h's home slot: a caller that knows its next keys asks a
 * few ahead, so a table far larger than the cache is not one miss a key
 * (sdc-sc2jsonl's million ConnectionIDs). */
void sdc_hmap_prefetch(const struct sdc_hmap *m, uint64_t h);
void sdc_hmap_free(struct sdc_hmap *m);

#endif
