/* Unit tests of heap.c: elements pushed in a scrambled order pop in order,
 * every one; the comparison gets its context; after the top's key grows,
 * settle puts it back in its place (how runs.c merges its runs). */
#include "check.h"
#include "diag.h"
#include "heap.h"

#include <stdint.h>

static int calls;

static int
cmp(const void *pa, const void *pb, void *ctx)
{
	uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;

	calls += ctx == &calls;
	return (a > b) - (a < b);
}

/* n scrambled keys through the heap: 1 when they pop in order. */
static int
pops_in_order(uint64_t n)
{
	struct sdc_heap h = SDC_HEAP(sizeof(uint64_t), cmp, &calls);
	uint64_t i, x, prev = 0, got = 0;
	int ok = 1;

	for (i = 0; i < n; i++) {
		x = (i * 2654435761u) % 1000003;
		sdc_heap_push(&h, &x);
	}
	while (h.n) {
		sdc_heap_pop(&h, &x);
		ok &= got == 0 || prev <= x;
		prev = x;
		got++;
	}
	sdc_heap_free(&h);
	return ok && got == n;
}

/* Streams 0..k-1 of the numbers s, s + k, s + 2k ... merged by settling
 * the top: 1 when 0..n-1 come out in order. */
static int
merges(uint64_t k, uint64_t n)
{
	struct sdc_heap h = SDC_HEAP(sizeof(uint64_t), cmp, NULL);
	uint64_t i, *top, want = 0;

	for (i = 0; i < k; i++)
		sdc_heap_push(&h, &i);
	while ((top = sdc_heap_top(&h))) {
		if (*top != want++)
			return 0;
		*top += k;
		if (*top < n)
			sdc_heap_settle(&h);
		else
			sdc_heap_pop(&h, NULL);
	}
	sdc_heap_free(&h);
	return want == n;
}

int
main(void)
{
	struct sdc_heap empty = SDC_HEAP(sizeof(uint64_t), cmp, NULL);

	sdc_init("test_heap");
	CHECK("an empty heap has no top", sdc_heap_top(&empty) == NULL);
	CHECK("100,000 scrambled keys pop in order", pops_in_order(100000));
	CHECK("the comparison gets its context", calls > 100000);
	CHECK("one element", pops_in_order(1));
	CHECK("300 streams merged by settling the top", merges(300, 90000));
	return check_done();
}
