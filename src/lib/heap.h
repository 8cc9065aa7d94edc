/* heap - layer 1 (data): a binary heap of small fixed-size elements, least
 * on top, for merging ordered streams (sdc-group's items waiting for their
 * turn, runs.h's sorted runs).
 *
 *	struct sdc_heap h = SDC_HEAP(sizeof(struct due), cmp_due, NULL);
 *	sdc_heap_push(&h, &d);
 *	while (h.n) {
 *		sdc_heap_pop(&h, &d);	(or look at sdc_heap_top(&h))
 *		...
 *	}
 *	sdc_heap_free(&h);
 *
 * cmp gets ctx as its third argument.  An element is at most
 * SDC_HEAP_MAX bytes: it is swapped through a buffer on the stack. */
#ifndef SDC_HEAP_H
#define SDC_HEAP_H

#include <stddef.h>

#define SDC_HEAP_MAX 64

struct sdc_heap {
	char *v;
	size_t n, cap, size;
	int (*cmp)(const void *, const void *, void *);
	void *ctx;
};

#define SDC_HEAP(size, cmp, ctx) ((struct sdc_heap){ NULL, 0, 0, (size), (cmp), (ctx) })

void sdc_heap_push(struct sdc_heap *h, const void *e);
/* The least element into e (NULL: dropped); the heap must not be empty. */
void sdc_heap_pop(struct sdc_heap *h, void *e);
/* After the top element's key grew (a stream moved on): back in order. */
void sdc_heap_settle(struct sdc_heap *h);
void sdc_heap_free(struct sdc_heap *h);

static inline void *
sdc_heap_top(const struct sdc_heap *h)
{
	return h->n ? h->v : NULL;
}

#endif
