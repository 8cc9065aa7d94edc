/* cidx_walk - read every string, contact and machine of a customer index
 * as sdc-link does (test_custidx and fuzz_custidx: an index the loader
 * accepted must read in bounds).  Returns a sum, so nothing is skipped. */
#ifndef CIDX_WALK_H
#define CIDX_WALK_H

#include <string.h>

#include "custidx.h"
#include "japanese.h"

/* Customer i's Japanese reading, and the names under its first head. */
static size_t
cidx_walk_jp(const struct sdc_cidx *x, size_t i)
{
	struct jp_read r;
	const uint32_t *names;
	char key[JP_HEAD + 1];
	size_t k, n, sum = 0;

	sdc_cidx_jp_read(x, i, &r);
	for (k = 0; k < r.n; k++)
		sum += (size_t)r.u[k];
	for (k = 0; k < r.n && k < JP_HEAD; k++)
		key[k] = (char)(r.u[k] & 0x7f);
	key[k] = '\0';
	n = sdc_cidx_jp_names(x, key, &names);
	for (k = 0; k < n; k++)
		sum += names[k];
	return sum;
}

static size_t
cidx_walk(const struct sdc_cidx *x)
{
	struct sdc_cidx_cust c;
	struct sdc_cidx_contact ct;
	size_t i, k, sum = 0;

	for (i = 0; i < sdc_cidx_count(x); i++) {
		sdc_cidx_get(x, i, &c);
		sum += strlen(c.name) + strlen(c.fold) + strlen(c.words) +
		    strlen(c.norm) + strlen(c.key) + strlen(c.city) +
		    strlen(c.district);
		for (k = 0; k < c.ncontacts; k++) {
			sdc_cidx_contact(x, &c, k, &ct);
			sum += strlen(ct.name) + strlen(ct.email);
		}
		for (k = 0; k < c.nassets; k++)
			sum += strlen(sdc_cidx_asset(x, &c, k));
		sum += c.kokey ? strlen(c.kokey) : 0;
		for (k = 0; k < c.konv + c.kont; k++)
			sum += c.komasks[k];	/* inside the file */
		sum += cidx_walk_jp(x, i);
	}
	for (i = 0; i < sdc_cidx_nskipped(x); i++)
		sum += sdc_cidx_skipped(x, i);
	return sum;
}

#endif
