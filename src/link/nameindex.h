/* nameindex - find every name whose token_set_ratio with a query reaches
 * a minimum score, without scoring the whole list.
 *
 *	struct sdc_nameindex *ix = sdc_nameindex_new();
 *	sdc_nameindex_add(ix, "health group alpha");	// ids 0, 1, ...
 *	n = sdc_nameindex_query(ix, "hg alpha", 60, &hits);
 *
 * Two filters, both exact (they never drop a name that scores enough):
 * names sharing a token with the query come from an inverted token index;
 * for the rest token_set_ratio is the plain ratio of the joined token
 * strings, bounded above by their common character counts (a 32-bucket
 * histogram compared in one pass), so only names passing that bound are
 * scored. */
#ifndef SDC_NAMEINDEX_H
#define SDC_NAMEINDEX_H

#include <stddef.h>

#include "fuzzy.h"

struct sdc_nameindex;

struct sdc_nameindex_hit {
	size_t id;
	int score;
};

struct sdc_nameindex *sdc_nameindex_new(void);
void sdc_nameindex_free(struct sdc_nameindex *ix);
/* Add a name; returns its id (0, 1, ... in order). */
size_t sdc_nameindex_add(struct sdc_nameindex *ix, const char *name);
size_t sdc_nameindex_count(const struct sdc_nameindex *ix);
/* 1 when some name has this token (code points, as fuzzy.h splits). */
int sdc_nameindex_has_token(const struct sdc_nameindex *ix, const uint32_t *cp,
    size_t n);
const struct sdc_fuzz_set *sdc_nameindex_set(const struct sdc_nameindex *ix, size_t id);

/* The k best names (k = 0: every name) scoring >= min_score (1..100)
 * against query, best first, ties by id: exactly the first k of what
 * scoring every name would give, with a cutoff that rises to the k-th
 * best score found so far.  *hits is owned by ix and valid until the next
 * query.  brute = 1 scores every name (for tests and measurements). */
size_t sdc_nameindex_query(struct sdc_nameindex *ix, const struct sdc_fuzz_set *query,
    int min_score, size_t k, int brute, const struct sdc_nameindex_hit **hits);

/* Names scored by the last query (how much the filters saved). */
size_t sdc_nameindex_scored(const struct sdc_nameindex *ix);

#endif
