/* cidx_walk - read every string, contact and machine of a customer index
 * as sdc-link does (test_custidx and fuzz_custidx: an index the loader
 * accepted must read in bounds).  Returns a sum, so nothing is skipped. */
#ifndef CIDX_WALK_H
#define CIDX_WALK_H

#include <string.h>

#include "custidx.h"

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
	}
	for (i = 0; i < sdc_cidx_nskipped(x); i++)
		sum += sdc_cidx_skipped(x, i);
	return sum;
}

#endif
