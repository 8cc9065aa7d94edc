/* fuzz_names - libFuzzer target for what sdc-link parses: the customer
 * file (customers.h), name normalisation (names.h), the scorer (fuzzy.h)
 * and the name evidence sdc-link decides with (nameev.h).
 *
 * The input is tried as a customer file; and its lines as names, each
 * normalised and added as a candidate.  Each name is then queried, and
 * the hits checked against sdc_nev_score.  Queries need one candidate
 * with a word: with none, score() adds an offset to a null word list
 * (UB, harmless; reported to sdc-link's owner). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "customers.h"
#include "fuzzy.h"
#include "jsonl.h"
#include "nameev.h"
#include "names.h"

#define MAXNAMES 32
#define TOPK 3
#define FLOOR 0.5	/* sdc-link's: the filter is exact above LOOKUP_REST */

static struct sdc_names *nm;

/* Adds the file's customers; returns how many candidates there are, and
 * sets *words when one of them has a word. */
static size_t
customers(const char *text, size_t len, struct sdc_nev *e, int *words)
{
	const char *why;
	json_object *doc = sdc_json_parse(text, len, &why), *list;
	struct sdc_customer c;
	size_t i, j, n = 0;

	if ((list = sdc_customers_list(doc)) == NULL) {
		json_object_put(doc);
		return 0;
	}
	for (i = 0; i < json_object_array_length(list) && i < 256; i++) {
		char *norm;
		long long id;
		const char *name;

		if (sdc_customer_get(list, i, &c) < 0)
			continue;
		norm = sdc_name_normalise(nm, c.name);
		*words |= norm[0] != '\0';
		n = sdc_nev_add(e, norm) + 1;
		free(norm);
		for (j = 0; c.contacts && j < json_object_array_length(c.contacts);
		    j++)
			(void)sdc_contact_get(json_object_array_get_idx(c.contacts,
			    j), &id, &name);
	}
	json_object_put(doc);
	return n;
}

/* What the filtered query returns is what scoring finds: each hit scores
 * the same alone, reaches the floor, and the hits come best first, ties
 * by id.  (Completeness is not checked: the filter misses some compounds
 * of numbers, "id 52383705" for "id 52383 705", which score 1.0.) */
static void
check_query(struct sdc_nev *e, const char *words, size_t ncand)
{
	struct sdc_nev_hit got[TOPK];
	size_t n = sdc_nev_query(e, words, FLOOR, got, TOPK), k;

	for (k = 0; k < n; k++) {
		unsigned how;

		if (got[k].id >= ncand || got[k].score < FLOOR ||
		    sdc_nev_score(e, words, got[k].id, &how) != got[k].score)
			abort();
		if (k > 0 && (got[k - 1].score < got[k].score ||
		    (got[k - 1].score == got[k].score &&
		    got[k - 1].id > got[k].id)))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *line, *save = NULL;
	char *norm[MAXNAMES];
	struct sdc_nev *e;
	size_t n = 0, i, ncand;
	int words = 0;

	if (nm == NULL)
		nm = sdc_names_new(NULL, 0);
	e = sdc_nev_new(nm);
	memcpy(text, data, size);
	text[size] = '\0';
	ncand = customers(text, size, e, &words);
	for (line = strtok_r(text, "\n", &save); line && n < MAXNAMES;
	    line = strtok_r(NULL, "\n", &save)) {
		norm[n] = sdc_name_normalise(nm, line);
		free(sdc_name_sortkey(norm[n]));
		(void)sdc_name_desk_rest(line);
		free(sdc_name_site_head(line));
		(void)sdc_fuzz_ratio(line, norm[n]);
		words |= norm[n][0] != '\0';
		ncand = sdc_nev_add(e, norm[n++]) + 1;
	}
	sdc_nev_finish(e);
	for (i = 0; i < n; i++) {
		if (words)
			check_query(e, norm[i], ncand);
		if (i > 0) {
			(void)sdc_name_initials_match(norm[i], norm[i - 1]);
			(void)sdc_name_initials_share(norm[i], norm[i - 1]);
			(void)sdc_fuzz_token_set_ratio(norm[i], norm[i - 1]);
		}
	}
	for (i = 0; i < n; i++)
		free(norm[i]);
	sdc_nev_free(e);
	free(text);
	return 0;
}
