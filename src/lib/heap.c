/* heap - see heap.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "heap.h"

static void
swap(struct sdc_heap *h, size_t a, size_t b)
{
	char t[SDC_HEAP_MAX];

	memcpy(t, h->v + a * h->size, h->size);
	memcpy(h->v + a * h->size, h->v + b * h->size, h->size);
	memcpy(h->v + b * h->size, t, h->size);
}

static int
less(const struct sdc_heap *h, size_t a, size_t b)
{
	return h->cmp(h->v + a * h->size, h->v + b * h->size, h->ctx) < 0;
}

void
sdc_heap_push(struct sdc_heap *h, const void *e)
{
	size_t i = h->n, up;

	if (h->size > SDC_HEAP_MAX)
		sdc_errx(SDC_EXIT_FATAL, "heap: elements of %zu bytes", h->size);
	h->v = sdc_grow(h->v, &h->cap, h->n + 1, h->size);
	memcpy(h->v + i * h->size, e, h->size);
	h->n++;
	for (; i > 0 && less(h, i, up = (i - 1) / 2); i = up)
		swap(h, up, i);
}

void
sdc_heap_settle(struct sdc_heap *h)
{
	size_t i = 0, kid, least;

	for (;; i = least) {
		least = i;
		for (kid = 2 * i + 1; kid <= 2 * i + 2 && kid < h->n; kid++)
			if (less(h, kid, least))
				least = kid;
		if (least == i)
			return;
		swap(h, i, least);
	}
}

void
sdc_heap_pop(struct sdc_heap *h, void *e)
{
	if (e)
		memcpy(e, h->v, h->size);
	if (--h->n)
		memcpy(h->v, h->v + h->n * h->size, h->size);
	sdc_heap_settle(h);
}

void
sdc_heap_free(struct sdc_heap *h)
{
	free(h->v);
	*h = SDC_HEAP(h->size, h->cmp, h->ctx);
}
