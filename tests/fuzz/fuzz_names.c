/* fuzz_names - libFuzzer target for what sdc-link parses: the customer
 * file (customers.h), name normalisation (names.h), the scorer (fuzzy.h)
 * and the candidate index (nameindex.h).
 *
 * The input is tried as a customer file; and its lines as names, each
 * normalised, scored against the others and looked up in the index,
 * which must agree with scoring every name (the index is exact). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "customers.h"
#include "fuzzy.h"
#include "jsonl.h"
#include "nameindex.h"
#include "names.h"

#define MAXNAMES 32

static struct sdc_names *nm;

static void
customers(const char *text, size_t len, struct sdc_nameindex *ix)
{
	const char *why;
	json_object *doc = sdc_json_parse(text, len, &why), *list;
	struct sdc_customer c;
	size_t i, j;

	if ((list = sdc_customers_list(doc)) == NULL) {
		json_object_put(doc);
		return;
	}
	for (i = 0; i < json_object_array_length(list) && i < 256; i++) {
		char *norm;
		long long id;
		const char *name;

		if (sdc_customer_get(list, i, &c) < 0)
			continue;
		norm = sdc_name_normalise(nm, c.name);
		sdc_nameindex_add(ix, norm);
		free(norm);
		for (j = 0; c.contacts && j < json_object_array_length(c.contacts);
		    j++)
			(void)sdc_contact_get(json_object_array_get_idx(c.contacts,
			    j), &id, &name);
	}
	json_object_put(doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *line, *save = NULL;
	char *norm[MAXNAMES];
	struct sdc_nameindex *ix = sdc_nameindex_new();
	size_t n = 0, i, k, nb, nx;
	const struct sdc_nameindex_hit *h;

	if (nm == NULL)
		nm = sdc_names_new(NULL, 0);
	memcpy(text, data, size);
	text[size] = '\0';
	customers(text, size, ix);
	for (line = strtok_r(text, "\n", &save); line && n < MAXNAMES;
	    line = strtok_r(NULL, "\n", &save)) {
		norm[n] = sdc_name_normalise(nm, line);
		free(sdc_name_sortkey(norm[n]));
		(void)sdc_fuzz_ratio(line, norm[n]);
		sdc_nameindex_add(ix, norm[n++]);
	}
	for (i = 0; i < n; i++) {
		struct sdc_fuzz_set q;
		struct sdc_nameindex_hit *brute;

		sdc_fuzz_set_init(&q, norm[i]);
		nb = sdc_nameindex_query(ix, &q, 60, 0, 1, &h);
		brute = malloc((nb + 1) * sizeof(*brute));
		if (nb > 0)
			memcpy(brute, h, nb * sizeof(*h));
		nx = sdc_nameindex_query(ix, &q, 60, 3, 0, &h);
		if (nx != (nb < 3 ? nb : 3))
			abort();
		for (k = 0; k < nx; k++)
			if (h[k].id != brute[k].id || h[k].score != brute[k].score)
				abort();
		free(brute);
		sdc_fuzz_set_free(&q);
		if (i > 0) {
			(void)sdc_name_initials_match(norm[i], norm[i - 1]);
			(void)sdc_name_initials_share(norm[i], norm[i - 1]);
			(void)sdc_fuzz_token_set_ratio(norm[i], norm[i - 1]);
		}
	}
	for (i = 0; i < n; i++)
		free(norm[i]);
	sdc_nameindex_free(ix);
	free(text);
	return 0;
}
