/* hmap - see hmap.h.  Linear probing, load factor <= 1/2.
 *
 * The entries are rehashed in place when the table doubles.  A large
 * table is a mapping of its own, grown with mremap: the pages move, they
 * are not copied, so growing never holds the old and the new table at
 * once (sdc-group's million session ids would otherwise peak at three
 * times the table).  A small one is malloc'd: a mapping each would cost
 * two system calls and its page faults, and the extractive summariser
 * makes a table per session. */
#include "hmap.h"
#include "diag.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define FNV_BASIS 0xcbf29ce484222325ULL
#define FIRST_CAP 1024
#define MAPPED (1 << 20)	/* bytes from which a table is a mapping */

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

/* The 32 bits kept of a hash (never 0: 0 marks a free slot); its low
 * bits are the home slot, so the table can grow without the full hash. */
static uint32_t
digest(uint64_t h)
{
	uint32_t d = (uint32_t)(h ^ h >> 32);

	return d ? d : 1;
}

static uint32_t
digest_of(uint64_t e)
{
	return (uint32_t)(e >> 32);
}

#define IS_SET(bits, i)	((bits)[(i) / 64] >> ((i) % 64) & 1)

/* Entries of the old half are placed anew in the doubled table: an entry
 * goes to the first slot from its home that holds no placed entry; an
 * unplaced entry found there is taken out and placed in turn.  Placed
 * entries never move again, so each one's probe run stays unbroken. */
static void
rehash(struct sdc_hmap *m, size_t oldcap)
{
	size_t mask = m->cap - 1, i, p;
	uint64_t *placed = sdc_xcalloc(m->cap / 64 + 1, sizeof(*placed)), e, next;

	for (i = 0; i < oldcap; i++) {
		if (!m->slot[i] || IS_SET(placed, i))
			continue;
		e = m->slot[i];
		m->slot[i] = 0;
		while (e) {
			for (p = digest_of(e) & mask; m->slot[p] && IS_SET(placed, p);
			    p = (p + 1) & mask)
				;
			next = m->slot[p];
			m->slot[p] = e;
			placed[p / 64] |= (uint64_t)1 << (p % 64);
			e = next;
		}
	}
	free(placed);
}

/* The slots, grown from oldbytes to bytes, the new ones zero. */
static void *
resize(void *old, size_t oldbytes, size_t bytes)
{
	void *p;

	if (bytes < MAPPED) {
		p = sdc_xrealloc(old, bytes);
		memset((char *)p + oldbytes, 0, bytes - oldbytes);
		return p;
	}
	if (oldbytes >= MAPPED)
		p = mremap(old, oldbytes, bytes, MREMAP_MAYMOVE);
	else if ((p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE |
	    MAP_ANONYMOUS, -1, 0)) != MAP_FAILED && old) {
		memcpy(p, old, oldbytes);
		free(old);
	}
	if (p == MAP_FAILED)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	return p;
}

static void
grow(struct sdc_hmap *m)
{
	size_t oldcap = m->cap, cap = oldcap ? oldcap * 2 : FIRST_CAP;

	/* the home slot comes from 32 bits */
	if (cap > ((size_t)1 << 32))
		sdc_errx(SDC_EXIT_FATAL, "hash table full (%zu entries)", m->n);
	m->slot = resize(m->slot, oldcap * sizeof(*m->slot),
	    cap * sizeof(*m->slot));
	m->cap = cap;
	if (oldcap)
		rehash(m, oldcap);
}

void
sdc_hmap_put(struct sdc_hmap *m, uint64_t h, uint32_t val)
{
	uint32_t d = digest(h);
	size_t i;

	if (2 * (m->n + 1) > m->cap)
		grow(m);
	for (i = d & (m->cap - 1); m->slot[i]; i = (i + 1) & (m->cap - 1))
		;
	m->slot[i] = (uint64_t)d << 32 | val;
	m->n++;
}

int
sdc_hmap_find(const struct sdc_hmap *m, uint64_t h, size_t *iter, uint32_t *val)
{
	uint32_t d = digest(h);
	size_t i;

	if (!m->cap)
		return 0;
	for (i = (d + *iter) & (m->cap - 1); m->slot[i]; i = (i + 1) & (m->cap - 1)) {
		(*iter)++;
		if (digest_of(m->slot[i]) == d) {
			*val = (uint32_t)m->slot[i];
			return 1;
		}
	}
	return 0;
}

void
sdc_hmap_prefetch(const struct sdc_hmap *m, uint64_t h)
{
	if (m->cap)
		__builtin_prefetch(&m->slot[digest(h) & (m->cap - 1)], 1);
}

void
sdc_hmap_free(struct sdc_hmap *m)
{
	if (m->cap * sizeof(*m->slot) >= MAPPED)
		munmap(m->slot, m->cap * sizeof(*m->slot));
	else
		free(m->slot);
	memset(m, 0, sizeof(*m));
}
