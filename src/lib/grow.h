/* grow - layer 0 (base): growing an array by doubling.
 *
 *	items = sdc_grow(items, &cap, n + 1, sizeof(*items));
 *	items[n++] = it;
 *
 * The one way every sdc array grows (amortised O(1) appends). */
#ifndef SDC_GROW_H
#define SDC_GROW_H

#include <stddef.h>

/* Array p of *cap elements of size bytes, grown (doubling from 16) to
 * hold at least need; *cap is updated.  Exits on overflow or no memory. */
void *sdc_grow(void *p, size_t *cap, size_t need, size_t size);

#endif
