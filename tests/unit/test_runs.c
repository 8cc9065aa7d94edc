/* Unit tests of runs.c: records added in a scrambled order come back in
 * order, every one, whether they fit one run in memory or span many runs
 * in the temporary file; equal keys keep apart by the rest of the record;
 * an empty sort gives nothing. */
#include "check.h"
#include "diag.h"
#include "runs.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct rec {
	uint64_t key, n;
	char pad[8];
};

static int
cmp(const void *pa, const void *pb)
{
	const struct rec *a = pa, *b = pb;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->n < b->n ? -1 : a->n > b->n;
}

/* Sort n records whose keys repeat every mod; 1 when they come back in
 * order, n of them, each whole. */
static int
sorted(uint64_t n, uint64_t mod)
{
	struct sdc_runs *r = sdc_runs_new(sizeof(struct rec), cmp, "test records");
	struct rec x, prev = { 0, 0, "" };
	uint64_t i, got = 0;
	int ok = 1;

	for (i = 0; i < n; i++) {
		memset(&x, 0, sizeof(x));
		x.key = (i * 2654435761u) % mod;	/* scrambled */
		x.n = i;
		memcpy(x.pad, "record!", 8);
		sdc_runs_add(r, &x);
	}
	while (sdc_runs_next(r, &x)) {
		ok &= (got == 0 || cmp(&prev, &x) < 0) && memcmp(x.pad, "record!", 8) == 0;
		prev = x;
		got++;
	}
	sdc_runs_free(r);
	return ok && got == n;
}

static int
cmp_key(const void *pa, const void *pb)
{
	const struct rec *a = pa, *b = pb;

	return a->key < b->key ? -1 : a->key > b->key;
}

/* Records equal to cmp come back run by run: of n records with keys
 * repeating every mod, an equal key's later run never comes first.  (A
 * run is what runs.c sorts in memory at a time: 256 KiB.) */
static int
ties_in_run_order(uint64_t n, uint64_t mod)
{
	struct sdc_runs *r = sdc_runs_new(sizeof(struct rec), cmp_key, "test records");
	uint64_t i, got = 0, per = (1U << 18) / sizeof(struct rec);
	struct rec x, prev = { 0, 0, "" };
	int ok = 1;

	for (i = 0; i < n; i++) {
		x = (struct rec){ i % mod, i, "" };
		sdc_runs_add(r, &x);
	}
	while (sdc_runs_next(r, &x)) {
		ok &= got == 0 || prev.key < x.key || prev.n / per <= x.n / per;
		prev = x;
		got++;
	}
	sdc_runs_free(r);
	return ok && got == n;
}

int
main(void)
{
	sdc_init("test_runs");
	CHECK("empty", sorted(0, 7));
	CHECK("one record", sorted(1, 7));
	CHECK("in memory (one run)", sorted(1000, 97));
	CHECK("300,000 records: many runs merged", sorted(300000, 1000003));
	CHECK("equal keys ordered by the rest", sorted(200000, 13));
	CHECK("equal records: the earlier run's first", ties_in_run_order(200000, 7));
	return check_done();
}
