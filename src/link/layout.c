/* layout - a name typed with another keyboard layout left on or in
 * another romanisation of its script, read back (names.c) and linked only
 * when every word the reading changes is the linked customer's. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "linkint.h"

/* The words of the reading r that the typed name lacks ("danova
 * kancelar musilova" of "Daňov8 kancel85 Ing. Monika Musilov8"), or NULL
 * when none, or one is no customer's or a y or z alone (an initial: "Dr
 * Y Joubert" is not "Dr Z Joubert" with y and z swapped): no reading of
 * such keys is worth a try.  Another letter alone is a script's letter
 * read ("10ο", the Greek ordinal, for "10o"). */
static char *
retyped_words(const struct pool *p, const char *guess, const char *r)
{
	char *g = sdc_name_words(names, guess), *w = sdc_name_words(names, r);
	char *q, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;

	for (q = strtok_r(w, " ", &save); q; q = strtok_r(NULL, " ", &save))
		if (!has_word(g, q) && ((q[1] == '\0' && strchr("yz", *q)) ||
		    sdc_nev_names_with(p->ev, q) == 0)) {
			b.len = 0;
			break;
		} else if (!has_word(g, q)) {
			if (b.len > 0)
				sdc_buf_addc(&b, ' ');
			sdc_buf_adds(&b, q);
		}
	free(g);
	free(w);
	if (b.len == 0) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

/* The one customer word whose key in romanisation k is word's, or NULL
 * when none or two are (two spellings of a script are not one). */
static char *
translit_word(const struct pool *p, const char *word, size_t k)
{
	char *key = sdc_name_translit(word, k);
	const char *got = NULL;
	uint64_t h = translit_hash(word, k);
	size_t it = 0, n = 0;
	uint32_t v;

	while (n < 2 && sdc_hmap_find(&p->bytranslit, h, &it, &v)) {
		char *t = sdc_name_translit(p->vocab[v], k);

		if (strcmp(t, key) == 0 && (got == NULL ||
		    strcmp(got, p->vocab[v]) != 0)) {
			got = p->vocab[v];
			n++;
		}
		free(t);
	}
	free(key);
	return n == 1 ? sdc_xstrdup(got) : NULL;
}

/* The name's words with each that is no customer's word spelt as the
 * one customer word of its key in romanisation k ("zimusyo" as
 * "jimusho"), or NULL when no word changes. */
static char *
translit_reading(struct pool *p, const char *words, size_t k)
{
	char *g = sdc_xstrdup(words), *q, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;
	int changed = 0;

	translit_index(p);
	for (q = strtok_r(g, " ", &save); q; q = strtok_r(NULL, " ", &save)) {
		char *t = NULL;

		if (strlen(q) >= 3 && sdc_nev_names_with(p->ev, q) == 0)
			t = translit_word(p, q, k);
		if (b.len > 0)
			sdc_buf_addc(&b, ' ');
		sdc_buf_adds(&b, t ? t : q);
		changed += t != NULL;
		free(t);
	}
	free(g);
	if (changed)
		return sdc_buf_take(&b);
	sdc_buf_free(&b);
	return NULL;
}

/* Reading k of the typed name: on a national layout (names.c), then in
 * another romanisation of a script (of its words, NULL when it has a
 * letter no romanisation uses). */
static char *
reading(struct pool *p, const char *guess, const char *words, size_t k)
{
	if (k < SDC_NAME_RETYPINGS)
		return sdc_name_retyped(guess, k);
	if (words == NULL)
		return NULL;
	return translit_reading(p, words, k - SDC_NAME_RETYPINGS);
}

/* A name typed on a national keyboard with the computer set to US
 * ("K0nyvel[ Iroda" for Könyvelő Iroda, names.c): when the name as typed
 * links no one, its readings on each layout are tried as names, and the
 * link holds when every reading that links links the same customer. */
void
by_layout(struct pool *p, const char *guess, struct decision *d)
{
	struct decision h, got;
	size_t k;
	int n = 0;

	unsigned how = 0;
	char *words = sdc_name_romanised(guess) ? sdc_name_words(names, guess) :
	    NULL;

	for (k = 0; k < SDC_NAME_RETYPINGS + SDC_NAME_TRANSLITS && n < 2;
	    k++) {
		char *r = reading(p, guess, words, k);
		char *w = r ? retyped_words(p, guess, r) : NULL;

		if (w == NULL) {
			free(r);
			continue;
		}
		by_name_alone(p, r, &h);
		/* the keys give the customer's own words back ("Daňov8" is
		 * Daňová of "Daňová kancelář"), not another name's by chance
		 * ("Fdfh Eye Care" with its y for z is no "Fdfh Eze Care") */
		if (h.linked && !words_in(p->c[h.idx].words, w, 1))
			h.linked = 0;
		/* a word in another romanisation and another word besides are
		 * two differences ("Sugiyama Sika Iin" is no Sugiyama Shika) */
		if (h.linked && k >= SDC_NAME_RETYPINGS &&
		    !words_in(p->c[h.idx].words, r, 1))
			h.linked = 0;
		if (h.linked && (n == 0 || got.idx != h.idx)) {
			got = h;
			how = k < SDC_NAME_RETYPINGS ? SDC_NEV_LAYOUT :
			    SDC_NEV_TRANSLIT;
			n++;
		}
		free(r);
		free(w);
	}
	free(words);
	if (n == 1) {
		*d = got;
		d->conf = d->conf ? d->conf : 100;	/* exact, normalised */
		d->how |= how;
	} else if (n > 1)
		snprintf(d->why, sizeof(d->why), "its readings on two "
		    "layouts or romanisations name two customers");
}

