/* Unit tests of hmap.c: every value found again after the table has grown
 * many times (it rehashes in place), runs that wrap around the end of the
 * table, equal hashes (a multimap), and a value never put. */
#include "check.h"
#include "hmap.h"

#include <stdint.h>

/* Is val among the values stored under h? */
static int
has(const struct sdc_hmap *m, uint64_t h, uint32_t val)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(m, h, &it, &v))
		if (v == val)
			return 1;
	return 0;
}

/* A hash whose slot in a table of 2^k is near its end: the high half is
 * 0, so the kept digest is the low half itself. */
static uint64_t
at(uint32_t slot)
{
	return slot;
}

int
main(void)
{
	struct sdc_hmap m = SDC_HMAP_INIT;
	uint32_t i, lost = 0, n = 300000;
	size_t it = 0;
	uint32_t v;

	for (i = 0; i < n; i++)
		sdc_hmap_put(&m, sdc_hash(&i, sizeof(i)), i);
	for (i = 0; i < n; i++)
		lost += !has(&m, sdc_hash(&i, sizeof(i)), i);
	CHECK_INT("300,000 values found after growing", lost, 0);
	CHECK_INT("count", m.n, n);
	CHECK("a value never put", !has(&m, sdc_hash(&n, sizeof(n)), n));
	sdc_hmap_free(&m);

	/* runs that wrap from the last slot to the first, then grow */
	for (i = 0; i < 2000; i++)
		sdc_hmap_put(&m, at(1000 + i % 40), i);
	for (i = 0, lost = 0; i < 2000; i++)
		lost += !has(&m, at(1000 + i % 40), i);
	CHECK_INT("wrapping runs found after growing", lost, 0);
	sdc_hmap_free(&m);

	for (i = 0; i < 5; i++)
		sdc_hmap_put(&m, 99, i);
	for (i = 0; sdc_hmap_find(&m, 99, &it, &v); i++)
		;
	CHECK_INT("equal hashes: every value", i, 5);
	sdc_hmap_free(&m);
	it = 0;
	CHECK("empty map finds nothing", !sdc_hmap_find(&m, 99, &it, &v));
	return check_done();
}
