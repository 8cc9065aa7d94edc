/* pool - the candidates of sdc-link (customers, or one customer's
 * contacts) and their lookups: by case-folded name, normalised name, id,
 * trading name, transliteration key, and the name less a legal form the
 * list itself teaches (learn_forms, count_endings). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "custidx.h"
#include "diag.h"
#include "file.h"
#include "grow.h"
#include "jsonl.h"
#include "linkint.h"
#include "owners.h"

uint64_t
hstr(const char *s)
{
	return sdc_hash(s, strlen(s));
}

/* The kinds' words (link-words.json "kinds"): each word's kind and the
 * languages (bits) it is a word of there. */
struct kind_word {
	char *w;
	int kind;
	uint32_t langs;
};
static struct kind_word *kw;
static size_t nkw, ckw;
static struct sdc_hmap bykw = SDC_HMAP_INIT;

/* The kind word w, or NULL. */
static const struct kind_word *
kind_word(const char *w)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&bykw, hstr(w), &it, &v))
		if (strcmp(kw[v].w, w) == 0)
			return &kw[v];
	return NULL;
}

/* Word s (normalised; warned of and skipped when not one word) of
 * language bit lang in kind k. */
static void
kind_add(const char *s, int k, uint32_t lang)
{
	char *w = sdc_name_normalise(names, s);
	struct kind_word *x;

	if (!*w || strchr(w, ' ') != NULL) {
		sdc_warnx("link-words.json: \"%s\": one word each; ignored", s);
		free(w);
		return;
	}
	if ((x = (struct kind_word *)kind_word(w)) != NULL && x->kind == k) {
		x->langs |= lang;
		free(w);
		return;
	}
	kw = sdc_grow(kw, &ckw, nkw + 1, sizeof(*kw));
	kw[nkw] = (struct kind_word){ w, k, lang };
	sdc_hmap_put(&bykw, hstr(w), (uint32_t)nkw++);
}

/* The kinds of link-words.json, read once: {"de": "apotheke", "fr":
 * "pharmacie", ...}, the languages numbered as first met. */
static void
kinds_load(void)
{
	static int loaded;
	json_object *lists = NULL, *doc = sdc_link_words();
	const char *codes[32];
	size_t i, j, ncodes = 0;

	if (loaded || doc == NULL || !json_object_object_get_ex(doc, "kinds",
	    &lists) || !json_object_is_type(lists, json_type_array))
		return;
	loaded = 1;
	for (i = 0; i < json_object_array_length(lists); i++) {
		json_object *l = json_object_array_get_idx(lists, i);

		if (!json_object_is_type(l, json_type_object))
			continue;
		json_object_object_foreach(l, code, v) {
			char *all = sdc_xstrdup(json_object_get_string(v)), *t,
			    *save = NULL;

			for (j = 0; j < ncodes && strcmp(codes[j], code); j++)
				;
			if (j == ncodes && ncodes < 32)
				codes[ncodes++] = code;
			for (t = strtok_r(all, " ", &save); t && j < 32;
			    t = strtok_r(NULL, " ", &save))
				kind_add(t, (int)i, 1u << j);
			free(all);
		}
	}
}

/* Each list of link-words.json's key (an array of arrays of words) read
 * as one word: each of a list's words reads as the others by eq, as an
 * abbreviation reads as its word ("towns": a town's names, "Optivue
 * Losanna" is Optivue Lausanne; "spellings": one word's spellings,
 * "Gateway Collision Centre" is Gateway Collision Center).  With
 * first_only, only a list's first word reads as the others, not they as
 * it ("abbreviations": "Cty" is County, "County" typed is not "Cty"). */
static void
equate_lists(struct sdc_nev *e, json_object *doc, const char *key,
    void (*eq)(struct sdc_nev *, const char *, const char *), int first_only)
{
	json_object *lists = NULL;
	size_t i, j, k;

	if (doc == NULL || !json_object_object_get_ex(doc, key, &lists) ||
	    !json_object_is_type(lists, json_type_array))
		return;
	for (i = 0; i < json_object_array_length(lists); i++) {
		json_object *l = json_object_array_get_idx(lists, i);
		char *w[16];
		size_t n = 0;

		for (j = 0; json_object_is_type(l, json_type_array) &&
		    j < json_object_array_length(l) && n < 16; j++) {
			w[n] = sdc_name_normalise(names, json_object_get_string(
			    json_object_array_get_idx(l, j)));
			if (*w[n] && strchr(w[n], ' ') == NULL)
				n++;
			else
				free(w[n]);
		}
		for (j = 0; j < (first_only && n ? 1 : n); j++)
			for (k = 0; k < n; k++)
				if (strcmp(w[j], w[k]) != 0)
					eq(e, w[j], w[k]);
		for (j = 0; j < n; j++)
			free(w[j]);
	}
}

/* Each given name of nicknames.json (config/gen-nicknames.py) reads as
 * its nicknames and they as it, as a given name only (nameev.h):
 * "Deborah Bledsoe, Attorney at Law" is Debbie Bledsoe's practice. */
static void
nicknames(struct sdc_nev *e)
{
	json_object *doc = sdc_shipped_json("nicknames.json", 1UL << 20,
	    "a nickname is not read as its given name"), *lists;
	size_t i, j;

	if (doc != NULL && json_object_object_get_ex(doc, "given", &lists) &&
	    json_object_is_type(lists, json_type_array))
		for (i = 0; i < json_object_array_length(lists); i++) {
			json_object *l = json_object_array_get_idx(lists, i);
			const char *g = json_object_get_string(
			    json_object_array_get_idx(l, 0));

			for (j = 1; g && json_object_is_type(l,
			    json_type_array) && j < json_object_array_length(l);
			    j++)
				sdc_nev_nickname(e, json_object_get_string(
				    json_object_array_get_idx(l, j)), g);
		}
	json_object_put(doc);
}

/* A kind's word reads as its words of the other languages (not of its
 * own: "advocaten" is not "advocatenkantoor"), and a town's name as its
 * other names, as an abbreviation reads as its word: the distinctive
 * word names the customer, and "Pharmacie" for its "Apotheke" is the
 * same kind of business, not a word it lacks (kind_foreign() then asks
 * whether the customer's town writes that language).  A word's
 * spellings (US, British, Canadian, Australian) read as each other
 * wherever the customer is: a desk in Denver types Center for a
 * Toronto customer's Centre. */
static void
nev_equate(struct sdc_nev *e)
{
	json_object *doc = sdc_link_words();
	size_t i, j;

	kinds_load();
	for (i = 0; i < nkw; i++)
		for (j = 0; j < nkw; j++)
			if (kw[i].kind == kw[j].kind &&
			    (kw[i].langs & kw[j].langs) == 0)
				sdc_nev_translation(e, kw[i].w, kw[j].w);
	equate_lists(e, doc, "towns", sdc_nev_abbrev, 0);
	equate_lists(e, doc, "spellings", sdc_nev_spelling, 0);
	equate_lists(e, doc, "nations", sdc_nev_abbrev, 0);
	equate_lists(e, doc, "abbreviations", sdc_nev_abbrev, 1);
	equate_lists(e, doc, "surnames", sdc_nev_abbrev, 0);
	equate_lists(e, doc, "churches", sdc_nev_abbrev, 0);
	equate_lists(e, doc, "unions", sdc_nev_abbrev, 0);
	nicknames(e);
}

/* The languages (bits) the kinds' words of the customers of a town are
 * in, by the town's words. */
static struct sdc_hmap bytown = SDC_HMAP_INIT;
static struct { char *town; uint32_t langs; } *tl;
static size_t ntl, ctl;

static uint32_t *
town_langs(const char *town)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&bytown, hstr(town), &it, &v))
		if (strcmp(tl[v].town, town) == 0)
			return &tl[v].langs;
	tl = sdc_grow(tl, &ctl, ntl + 1, sizeof(*tl));
	tl[ntl].town = sdc_xstrdup(town);	/* city_of's may not last */
	tl[ntl].langs = 0;
	sdc_hmap_put(&bytown, hstr(town), (uint32_t)ntl);
	return &tl[ntl++].langs;
}

/* Learn from the customer list which languages each town writes its
 * businesses' kinds in, by the words of one language only ("restaurant"
 * says nothing): once, when a link first needs it. */
static void
towns_learn(void)
{
	static int learnt;
	const struct kind_word *k;
	size_t i;

	if (learnt)
		return;
	learnt = 1;
	for (i = 0; i < customers.n; i++) {
		const char *town = city_of(i);
		char *w, *t, *save = NULL;

		if (town == NULL)
			continue;
		w = sdc_xstrdup(customers.c[i].words);
		for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ",
		    &save))
			if ((k = kind_word(t)) != NULL &&
			    (k->langs & (k->langs - 1)) == 0)
				*town_langs(town) |= k->langs;
		free(w);
	}
}

/* One word is the other with an ending more ("transports" for its
 * "transport"): a plural, not another language (nor is a word no
 * customer has one slip from its word, "logistica" for "logistics"). */
static int
ending_of(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);

	return na < nb ? strncmp(a, b, na) == 0 : strncmp(a, b, nb) == 0;
}

/* The kind of typed word t when the words cw have it only in another
 * language ("treuhand" for their "boekhouding"), or NULL. */
static const struct kind_word *
translated(const char *t, const char *cw)
{
	const struct kind_word *k = kind_word(t), *u;
	size_t i;

	if (k == NULL || has_word(cw, t))
		return NULL;
	for (i = 0; i < nkw; i++) {
		u = &kw[i];
		if (u->kind == k->kind && (u->langs & k->langs) == 0 &&
		    has_word(cw, u->w) && !ending_of(t, u->w) &&
		    !(sdc_nev_names_with(customers.ev, t) == 0 &&
		    sdc_nev_one_slip(t, u->w)))
			return k;
	}
	return NULL;
}

/* The first typed word the link to customer idx read in another
 * language (translated()), when foreign only one no customer of its
 * town writes: a new string, or NULL. */
static char *
translated_word(const char *guess, size_t idx, int foreign)
{
	char *w = sdc_name_words(names, guess), *t, *save = NULL, *o = NULL;
	const struct kind_word *k;
	const char *town = NULL;

	if (nkw == 0) {
		free(w);
		return NULL;
	}
	if (foreign) {
		towns_learn();
		town = city_of(idx);
	}
	for (t = strtok_r(w, " ", &save); t && !o; t = strtok_r(NULL, " ",
	    &save))
		if ((k = translated(t, customers.c[idx].words)) != NULL &&
		    (!foreign || town == NULL ||
		    (k->langs & *town_langs(town)) == 0))
			o = sdc_xstrdup(t);
	free(w);
	return o;
}

/* The typed word the link to customer idx read in another language
 * ("Treuhand" for its "Boekhouding") when no customer of its town writes
 * that language - another business of that name elsewhere, as likely
 * ("Vertex Treuhand" is not the Antwerp "Vertex Boekhouding"), or the
 * customer's town is not known: a new string, or NULL. */
char *
kind_foreign(const char *guess, size_t idx)
{
	return translated_word(guess, idx, 1);
}

/* The typed word the link to customer idx read in another language,
 * wherever the town: a new string, or NULL. */
char *
kind_translated(const char *guess, size_t idx)
{
	return translated_word(guess, idx, 0);
}

/* A typed word of weight the customer at idx has as typed: no kind's
 * word, "and" nor word a name drops. */
static int
typed_as_theirs(const char *guess, size_t idx)
{
	char *w = sdc_name_normalise(names, guess), *t, *save = NULL;
	int as = 0;

	for (t = strtok_r(w, " ", &save); t && !as; t = strtok_r(NULL, " ",
	    &save))
		as = t[1] != '\0' && kind_word(t) == NULL && !sdc_nev_and(t) &&
		    !sdc_name_is_drop(names, t) &&
		    has_word(customers.c[idx].words, t);
	free(w);
	return as;
}

/* The typed word the link to customer idx read in another language
 * wherever the town ("Hijos" for its "Fills"; not a plural nor a slip)
 * when no other typed word of weight is the customer's as typed (the
 * rest read with slips: "Rivera e Hijos" for "Riera i Fills"), or NULL:
 * a new string. */
char *
kind_translated_alone(const char *guess, size_t idx)
{
	return typed_as_theirs(guess, idx) ? NULL :
	    translated_word(guess, idx, 0);
}

/* The words of c hold every typed word of words but the kind word k's,
 * and a word of that kind. */
static int
same_but_kind(const char *words, const struct kind_word *k, const char *c)
{
	char *w = sdc_xstrdup(words), *t, *save = NULL;
	const struct kind_word *x;
	int all = 1, kind = 0;
	size_t i;

	for (t = strtok_r(w, " ", &save); t && all; t = strtok_r(NULL, " ",
	    &save))
		if ((x = kind_word(t)) == NULL || x->kind != k->kind)
			all = has_word(c, t);
	for (i = 0; all && !kind && i < nkw; i++)
		kind = kw[i].kind == k->kind && has_word(c, kw[i].w);
	free(w);
	return all && kind;
}

/* Another customer holding the typed words is the typed name's business
 * too when the link read its kind in another language: "Fiduciaire Seegard" is Gent's
 * "Seegard Boekhouding CV" as likely as Bozen's "Seegard Treuhand
 * GmbH".  Its name, or NULL. */
const char *
kind_rival(const char *guess, const struct decision *d)
{
	char *w = sdc_name_words(names, guess), *t, *save = NULL;
	const struct kind_word *k = NULL;
	const char *o = NULL;
	size_t i, n, ids[16];

	for (t = strtok_r(w, " ", &save); t && !k; t = strtok_r(NULL, " ",
	    &save))
		k = nkw ? translated(t, customers.c[d->idx].words) : NULL;
	free(w);
	w = sdc_name_normalise(names, guess);
	n = k ? sdc_nev_holders(customers.ev, w, ids, 16) : 0;
	for (i = 0; !o && n <= 16 && i < n; i++) {
		size_t c = cand_of(&customers, ids[i]);

		if (c != d->idx && same_but_kind(w, k, customers.c[c].words))
			o = customers.c[c].name;
	}
	free(w);
	return o;
}

/* A word that names a business's kind: one of link-words.json's kinds,
 * or a word the customer list teaches is a trade's - one that many of
 * its names hold (TRADE_SHARE of them, "services", "agency", "inn",
 * "society") and that is no person's (no contact is called it: "Lopez"
 * is in hundreds of names too) nor a town's.  A brand word as common
 * ("golden") reads as one as well: two names differing in such a word
 * each are two businesses as much. */
#define TRADE_SHARE 500	/* 1 name in so many */
#define TRADE_MIN 3

int
kind_named(const char *w)
{
	size_t n;

	if (strlen(w) < 3 || !alpha_word(w) || sdc_name_is_drop(names, w))
		return 0;
	if (kind_word(w) != NULL)
		return 1;
	n = sdc_nev_names_with(customers.ev, w);
	return n >= TRADE_MIN && n >= customers.n / TRADE_SHARE &&
	    sdc_owners_one(named, w) == SDC_OWNER_NONE && !town_served(w);
}

/* The word w of the raw name is a legal form: one learnt (is_form) that
 * has no vowel ("pvt", "csp") or is written as an abbreviation there
 * ("S.A.S.", or "SRL" in a name with small letters, as marked_end
 * reads one); a short trade word that ends many names ("Inn", "Lab") is
 * learnt as a form too, and is a kind. */
static int
form_written(const char *raw, const char *w)
{
	const char *p;
	size_t n = strlen(w);
	int lower = 0;

	if (!is_form(&customers, w))
		return 0;
	if (strpbrk(w, "aeiou") == NULL)
		return 1;
	for (p = raw; *p && !lower; p++)
		lower = islower((unsigned char)*p) != 0;
	for (p = raw; *p; p++)
		if (strncasecmp(p, w, n) == 0 && (p == raw || !isalpha(
		    (unsigned char)p[-1])) && !isalpha((unsigned char)p[n]))
			return p[n] == '.' || (lower && isupper((unsigned
			    char)p[0]) && isupper((unsigned char)p[1]));
	return 1;	/* spelt otherwise ("S.A.S" as "sas") */
}

/* The typed words t meet the customer's kind word c: as typed, slipped,
 * cut short ("lab" of "laboratory") or in another language. */
static int
kind_met(const char *t, const char *c)
{
	char *w = sdc_xstrdup(t), *q, *save = NULL;
	const struct kind_word *a, *b = kind_word(c);
	size_t n;
	int met = 0;

	for (q = strtok_r(w, " ", &save); q && !met; q = strtok_r(NULL, " ",
	    &save)) {
		n = strlen(q) < strlen(c) ? strlen(q) : strlen(c);
		met = (n >= 3 && strncmp(q, c, n) == 0) ||
		    sdc_nev_one_slip(q, c) || (b && (a = kind_word(q)) &&
		    a->kind == b->kind);
	}
	free(w);
	return met;
}

/* What the customer's name names besides the typed words: a kind of its
 * own the typed name does not (1), or no kind at all and only a person
 * ("Rochelle Campbell, DDS PLLC"), or one word ("Ets. Batey") (1), or a
 * kind the typed name has too (0). */
static int
kind_other(const char *typed, size_t idx)
{
	const char *raw = customers.c[idx].name;
	char *w = sdc_name_normalise(names, raw), *q, *save = NULL;
	size_t all = 0, person = 0, kinds = 0, unmet = 0;

	for (q = strtok_r(w, " ", &save); q; q = strtok_r(NULL, " ", &save)) {
		if (sdc_name_is_drop(names, q) || form_written(raw, q))
			continue;
		all++;
		if (kind_named(q)) {
			kinds++;
			unmet += !kind_met(typed, q);
		} else
			person += sdc_owners_one(named, q) != SDC_OWNER_NONE;
	}
	free(w);
	return unmet > 0 || all == 1 || (kinds == 0 && person == all);
}

/* The word w is a word of a town a customer is in ("mai" of Chiang
 * Mai, "santo" of Santo Domingo): a place typed, not a trade.  The
 * towns' words are gathered from the towns (the owners "towns", each
 * town once) when first asked. */
static int
town_word(const char *w)
{
	static struct sdc_owners *tw;
	const char *k;
	long o;
	size_t i;

	if (tw == NULL) {
		tw = sdc_owners_new();
		for (i = 0; i < sdc_owners_count(towns); i++) {
			char *c = (k = sdc_owners_key(towns, i, &o)) ?
			    sdc_xstrdup(k) : NULL, *q, *save = NULL;

			for (q = c ? strtok_r(c, " ", &save) : NULL; q;
			    q = strtok_r(NULL, " ", &save))
				sdc_owners_add(tw, q, 0);
			free(c);
		}
	}
	return sdc_owners_one(tw, w) != SDC_OWNER_NONE;
}

/* The typed word t is in a word of the customer's ("service" of
 * "Elservice", "kanzlei" of "Steuerkanzlei"), or one of its words
 * abbreviates t ("bhd" of "berhad": its letters in t's order, the first
 * the same). */
static int
in_own_word(const char *t, const char *words)
{
	char *w = sdc_xstrdup(words), *q, *save = NULL;
	const char *a;
	int in = 0;

	for (q = strtok_r(w, " ", &save); q && !in; q = strtok_r(NULL, " ",
	    &save)) {
		in = strlen(q) > strlen(t) && strstr(q, t) != NULL;
		if (!in && strlen(q) >= 2 && strlen(q) < strlen(t) &&
		    *q == *t) {
			for (a = t; *q && (a = strchr(a, *q)) != NULL; q++)
				a++;
			in = *q == '\0';
		}
	}
	free(w);
	return in;
}

/* The typed word at t (in the typed words, followed by the rest) stands
 * before a place word: it names the site ("Tumakuru branch", "Bangkok
 * office"), as the words after one do ("Filial São Carlos"). */
static int
site_named(const char *t)
{
	const char *n = t + strcspn(t, " ");
	char next[32];
	size_t len;

	if (*n != ' ' || (len = strcspn(n + 1, " ")) >= sizeof(next))
		return 0;
	memcpy(next, n + 1, len);
	next[len] = '\0';
	return place_word(next);
}

/* The typed word t may name a kind the customer at idx lacks: a kind's
 * word (kind_named) that is no legal form, place, town, "and" or word a
 * business leaves off ("group"), and that the customer's name does not
 * read in any spelling or language the name evidence knows. */
static int
kind_lacked(const char *head, const char *t, size_t idx)
{
	struct sdc_nev_hit h;

	return kind_named(t) && !form_written(head, t) && !place_word(t) &&
	    !sdc_nev_soft(t) && !sdc_nev_and(t) && !town_word(t) &&
	    !in_own_word(t, customers.c[idx].words) &&
	    score_cand(t, (long)idx, &h) <= 0;
}

/* The typed word naming a kind of business (kind_lacked) that the
 * customer at idx does not have, while its name names another kind, or
 * none and is a person's or one word (kind_other): "Rochelle Campbell
 * Travel Agency" is not the dentist "Rochelle Campbell, DDS PLLC", nor
 * "Batey Multi Services" the "Ets. Batey" - a namesake, the name alone
 * cannot tell.  A site typed after the name (after a separator, or
 * around a place word) and a legal form the list knows (form_head) are
 * not read.  A new string, or NULL. */
char *
kind_contradicts(const char *guess, size_t idx)
{
	char *head = site_head(guess), *f, *w, *typed, *q, *save = NULL;
	char *o = NULL;

	if (head == NULL)
		head = sdc_xstrdup(guess);
	if ((f = form_head(&customers, head)) != NULL) {
		free(head);
		head = f;
	}
	w = sdc_name_normalise(names, head);
	typed = sdc_xstrdup(w);
	for (q = strtok_r(w, " ", &save); q && !o && !place_word(q);
	    q = strtok_r(NULL, " ", &save))
		if (!site_named(typed + (q - w)) && kind_lacked(head, q, idx))
			o = sdc_xstrdup(q);
	if (o && !kind_other(typed, idx)) {
		free(o);
		o = NULL;
	}
	free(head);
	free(w);
	free(typed);
	return o;
}

/* The kind word w is of a kind one of whose words says where
 * (place_word: "office", whose kind holds "bureau" and "cabinet"): a
 * site's word as often as a business's ("Sirius Conseil en personnel,
 * bureau Genève"). */
static int
kind_of_place(const char *w)
{
	const struct kind_word *k = kind_word(w);
	size_t i;

	for (i = 0; k && i < nkw; i++)
		if (kw[i].kind == k->kind && place_word(kw[i].w))
			return 1;
	return 0;
}

/* The first word typed after a comma, tail, names a kind of business
 * link-words.json knows that the customer at idx lacks (kind_lacked; a
 * word the list teaches is a trade's is a note's or a site's there as
 * often: "(Shop 3)", "- Fukuoka Office"), while its name
 * names another kind or none (kind_other): "SCP Gautier et Boucher,
 * notaires à Ajaccio" is not the lawyers' SCP Boucher & Gautier
 * Avocats, nor "SELARL Morvan, Pichon et Associés, notaires" the Ets
 * Morvan.  A site says where; a profession says what the business is
 * (kind_contradicts reads no site).  A new string, or NULL. */
char *
kind_after_site(const char *guess, const char *tail, size_t idx)
{
	char *w, *typed, *o = NULL;
	size_t len;

	if (*tail != ',')
		return NULL;
	w = sdc_name_normalise(names, tail);
	len = strcspn(w, " ");
	w[len] = '\0';
	if (*w && kind_word(w) != NULL && !kind_of_place(w) &&
	    kind_lacked(guess, w, idx)) {
		typed = sdc_name_normalise(names, guess);
		o = kind_other(typed, idx) ? sdc_xstrdup(w) : NULL;
		free(typed);
	}
	free(w);
	return o;
}

/* The name evidence with the abbreviations of the config
 * (link.abbreviations: {"abbreviation": "word"}) beside the defaults,
 * and for the customers (not one's contacts) the words of other
 * languages (link-words.json). */
static struct sdc_nev *
nev_from_config(int customers_pool)
{
	struct sdc_nev *e = sdc_nev_new(names);
	json_object *o = sdc_config_get("link.abbreviations");

	if (customers_pool)
		nev_equate(e);
	if (o == NULL || !json_object_is_type(o, json_type_object))
		return e;
	json_object_object_foreach(o, k, v) {
		char *a = sdc_name_normalise(names, k),
		    *w = sdc_name_normalise(names, json_object_get_string(v));

		if (*a && *w && strchr(a, ' ') == NULL && strchr(w, ' ') == NULL)
			sdc_nev_abbrev(e, a, w);
		else
			sdc_warnx("link.abbreviations: \"%s\": \"%s\": one word "
			    "each; ignored", k, json_object_get_string(v));
		free(a);
		free(w);
	}
	return e;
}

/* The hash of a key in romanisation k (names.c). */
uint64_t
translit_hash(const char *key, size_t k)
{
	const char *s[2] = { key, (const char []){ (char)('0' + k), '\0' } };

	return sdc_hash_strs(s, 2);
}

/* 1 when name writes a character of the two-byte UTF-8 block whose lead
 * bytes are lo to hi: the Arabic block (U+0600-06FF, 0xD8-0xDB), the
 * Greek (U+0370-03FF, 0xCD-0xCF). */
static int
block_script(const char *name, unsigned char lo, unsigned char hi)
{
	for (; *name; name++)
		if ((unsigned char)*name >= lo && (unsigned char)*name <= hi)
			return 1;
	return 0;
}

/* Index the customers' words of two letters or more ("fu", "el"), each
 * once, by their keys in each romanisation, kept beside them, for the
 * readings of by_layout: when a name first needs them (most runs never
 * do). */
void
translit_index(struct pool *p)
{
	struct sdc_hmap seen = SDC_HMAP_INIT;
	size_t i, k, it, carons = 0, arabic = 0, belarusian = 0, greek = 0;
	size_t cvocab = 0, cvkeys = 0;
	uint32_t v;

	if (p->vocab != NULL)
		return;
	for (i = 0; i < p->n; i++) {	/* which scripts the list writes */
		carons += sdc_name_caron(p->c[i].name);
		arabic += block_script(p->c[i].name, 0xD8, 0xDB);
		belarusian += sdc_name_belarusian(p->c[i].name);
		greek += block_script(p->c[i].name, 0xCD, 0xCF);
	}
	p->carons = carons > 0 && carons >= p->n / 100;
	p->arabic = arabic > 0 && arabic >= p->n / 100;
	p->belarusian = belarusian > 0 && belarusian >= p->n / 500;
	p->greek = greek > 0 && greek >= p->n / 100;
	for (i = 0; i < p->n; i++) {
		char *w = sdc_xstrdup(p->c[i].words), *q, *save = NULL;

		for (q = strtok_r(w, " ", &save); q; q = strtok_r(NULL, " ",
		    &save)) {
			int dup = 0;

			for (it = 0; !dup && sdc_hmap_find(&seen, hstr(q), &it,
			    &v); )
				dup = strcmp(p->vocab[v], q) == 0;
			if (strlen(q) < 2 || dup)
				continue;
			p->vocab = sdc_grow(p->vocab, &cvocab, p->nvocab + 1,
			    sizeof(*p->vocab));
			p->vkeys = sdc_grow(p->vkeys, &cvkeys, (p->nvocab + 1) *
			    SDC_NAME_TRANSLITS, sizeof(*p->vkeys));
			p->vocab[p->nvocab] = sdc_xstrdup(q);
			sdc_hmap_put(&seen, hstr(q), (uint32_t)p->nvocab);
			for (k = 0; k < SDC_NAME_TRANSLITS; k++) {
				char *t;

				/* Greek's own keys, never read in a list
				 * of no Greek (names.c), are not made */
				if (sdc_name_translit_own(k) == 4 && !p->greek) {
					p->vkeys[p->nvocab * SDC_NAME_TRANSLITS +
					    k] = NULL;
					continue;
				}
				t = sdc_name_translit(q, k);

				p->vkeys[p->nvocab * SDC_NAME_TRANSLITS + k] = t;
				sdc_hmap_put(&p->bytranslit, translit_hash(t, k),
				    (uint32_t)p->nvocab);
			}
			p->nvocab++;
		}
		free(w);
	}
	sdc_hmap_free(&seen);
}


/* The Mandarin key of the name of candidate i (sdc_name_zh_key of its
 * normalised words): the customer index's, made when it was built, or
 * made now. */
static const char *
zh_key_of(const struct pool *p, size_t i)
{
	struct sdc_cidx_cust c;

	if (p->c[i].cix < 0 || cidx == NULL)
		return sdc_name_zh_key(p->c[i].norm);
	sdc_cidx_get(cidx, (size_t)p->c[i].cix, &c);
	return c.zkey;
}

/* The other names whose Mandarin key is the name at idx's: the list's
 * one name in two spellings, "Chi-feng Precision Machinery Ltd." and
 * "Chifeng Precision Machinery Ltd.", two customers that a reading of
 * the key cannot tell apart.  The keys are made when first asked. */
size_t
zh_twins(struct pool *p, size_t idx)
{
	size_t i, it = 0, n = 0;
	uint32_t v;

	if (p->zkeys == NULL) {
		p->zkeys = sdc_xcalloc(p->n ? p->n : 1, sizeof(*p->zkeys));
		for (i = 0; i < p->n; i++) {
			p->zkeys[i] = zh_key_of(p, i);
			sdc_hmap_put(&p->byzh, hstr(p->zkeys[i]), (uint32_t)i);
		}
	}
	while (sdc_hmap_find(&p->byzh, hstr(p->zkeys[idx]), &it, &v))
		n += v != idx && strcmp(p->zkeys[v], p->zkeys[idx]) == 0;
	return n;
}

/* A candidate with its normalised forms (the customer index's, or made
 * by pool_add). */
void
pool_put(struct pool *p, long long id, const char *name, const char *fold,
    const char *words, const char *norm, const char *key)
{
	struct cand *c;

	p->c = sdc_grow(p->c, &p->cap, p->n + 1, sizeof(*p->c));
	c = &p->c[p->n];
	memset(c, 0, sizeof(*c));
	c->id = id;
	c->name = name;
	c->fold = fold;
	c->words = words;
	c->norm = norm;
	c->key = key;
	c->cix = -1;
	c->alias = -1;
	c->half = -1;
	sdc_hmap_put(&p->byfold, hstr(c->fold), (uint32_t)p->n);
	sdc_hmap_put(&p->bynorm, hstr(c->key), (uint32_t)p->n);
	sdc_hmap_put(&p->byid, sdc_hash(&id, sizeof(id)), (uint32_t)p->n);
	p->n++;
}

/* A contact: normalised when its customer's contacts are first needed. */
static void
pool_add(struct pool *p, long long id, const char *name)
{
	char *words = sdc_name_words(names, name),
	    *norm = sdc_name_strip(names, words);

	pool_put(p, id, name, sdc_name_fold(name), words, norm,
	    sdc_name_sortkey(norm));
}

/* A bilingual body's name in both languages, "Espoon kaupunki / Esbo
 * stad": the words of the second, which it answers to as to a trading
 * name (each half two words or more; not when the first half is another
 * customer's name, "Kajaanin kaupunki" beside "Kajaanin kaupunki /
 * Kajana stad": which one "Kajana stad" is, nothing tells), or NULL; a
 * new string. */

static char *
other_language(const struct pool *p, size_t i)
{
	const char *name = p->c[i].name, *s = strstr(name, " / ");
	char *first, *w, *b, *norm, *key;
	size_t f;
	int two;

	if (s == NULL || strstr(s + 3, " / "))
		return NULL;
	first = sdc_xstrdup(name);
	first[s - name] = '\0';
	w = sdc_name_words(names, first);
	b = sdc_name_words(names, s + 3);
	norm = sdc_name_normalise(names, first);
	key = sdc_name_sortkey(norm);
	two = strchr(w, ' ') != NULL && strchr(b, ' ') != NULL &&
	    pool_match(p, 1, key, &f) == 0;
	free(first);
	free(w);
	free(norm);
	free(key);
	if (!two) {
		free(b);
		return NULL;
	}
	return b;
}

/* A name written in two scripts, "Hotel Barkat (ہوٹل برکت)": the words
 * of its Latin half (latin 1) or of the other, which it answers to as to
 * a trading name (typed in one script, the name is that half), or NULL;
 * a new string.  The other script's half two words or more, as
 * other_language's: one is a legal form as often, "(주) Daehan
 * Trading", which a namesake has not. */
static char *
script_half(const struct pool *p, size_t i, int latin)
{
	size_t others;
	char *h = sdc_name_half(p->c[i].name, latin, &others), *w;

	if (h == NULL || others < 2) {
		free(h);
		return NULL;
	}
	w = sdc_name_words(names, h);
	free(h);
	return w;
}

/* Another name the customer at i answers to (words): a second entry of
 * the name evidence, read back as the candidate (alias_of), its id; its
 * words sorted into *key, by which the normalised rule finds it
 * (bytrade, norm_match). */
static long
add_alias(struct pool *p, size_t i, const char *words, char **key)
{
	long id = (long)sdc_nev_add(p->ev, words);
	char *tn = sdc_name_strip(names, words);

	*key = sdc_name_sortkey(tn);
	free(tn);
	sdc_hmap_put(&p->bytrade, hstr(*key), (uint32_t)i);
	p->alias_of = sdc_grow(p->alias_of, &p->calias, p->nalias + 1,
	    sizeof(*p->alias_of));
	p->alias_of[p->nalias++] = i;
	return id;
}

/* "Keystone Furniture (4479184 Canada Corp.)": a numbered company's
 * name in brackets after the name it trades under (registry.c reads
 * the number): the words before the bracket, or NULL; a new string. */
static char *
numbered_trade(const struct pool *p, size_t i)
{
	const char *name = p->c[i].name, *b = strrchr(name, '(');
	char *h, *w;

	if (b == NULL || b == name || strspn(b + 1, "0123456789") <
	    REG_DIGITS)
		return NULL;
	h = sdc_xstrndup(name, (size_t)(b - name));
	w = sdc_name_words(names, h);
	free(h);
	if (strchr(w, ' ') == NULL) {	/* two words at least */
		free(w);
		return NULL;
	}
	return w;
}

/* "Westgate Chiropractic Pty Ltd (ACN 903 118 212)": the name before its
 * ABN or ACN (two words or more; not a trust's, add_trust), or NULL; a
 * new string. */
static char *
registered_trade(const struct pool *p, size_t i)
{
	char *w = sdc_name_unregistered(p->c[i].words), *t;

	if (w == NULL)
		return NULL;
	t = sdc_name_trust(p->c[i].words, NULL);
	if (t != NULL || strchr(w, ' ') == NULL) {
		free(t);
		free(w);
		return NULL;
	}
	return w;
}

/* "Neve Attwell t/a Attwell Furniture" answers to its trading name too,
 * and "Westgate Chiropractic Pty Ltd (ACN 903 118 212)" to the name
 * before its number. */
static void
add_trading(struct pool *p, size_t i)
{
	char *own = NULL;
	const char *t = sdc_name_trading(p->c[i].words, NULL);

	if (t == NULL && (own = numbered_trade(p, i)) == NULL &&
	    (own = other_language(p, i)) == NULL &&
	    (own = script_half(p, i, 1)) == NULL &&
	    (own = registered_trade(p, i)) == NULL)
		return;
	p->c[i].alias = add_alias(p, i, t ? t : own, &p->c[i].tkey);
	free(own);
}

/* The other half of a name in two scripts, "El Wataniya Transport Khalda
 * - الوطنية للنقل خلدا": typed in its script, the name is that half, as
 * it is the Latin one typed in Latin letters (add_trading). */
static void
add_half(struct pool *p, size_t i)
{
	char *w = script_half(p, i, 0);

	if (w != NULL)
		p->c[i].half = add_alias(p, i, w, &p->c[i].hkey);
	free(w);
}

/* "Nhà thuốc Kim Long (Kim Long Pharmacy)": a name in brackets after a
 * customer's that repeats a word of it is its trading name in another
 * language, not a site ("(Hà Nội)", of other words, sites.c reads):
 * the bracket's words, and into *head the name before it normalised,
 * or NULL. */
static char *
bracket_half(const struct pool *p, size_t i, char **head)
{
	const char *name = p->c[i].name, *b = strrchr(name, '(');
	size_t len = strlen(name);
	char *h, *alias, *w = NULL;

	*head = NULL;
	while (len > 0 && name[len - 1] == ' ')
		len--;
	if (b == NULL || b == name || len == 0 || name[len - 1] != ')')
		return NULL;
	h = sdc_xstrndup(name, (size_t)(b - name));
	*head = sdc_name_normalise(names, h);
	alias = sdc_name_normalise(names, b);
	if (**head && strcmp(*head, p->c[i].norm) != 0 && *alias &&
	    words_in(*head, alias, 0))
		w = sdc_name_words(names, b);
	else {
		free(*head);
		*head = NULL;
	}
	free(alias);
	free(h);
	return w;
}

/* The bracket's name is the customer's as its trading name is, to the
 * normalised rule ("Kim Long Pharmacy" typed is its English name, of two
 * words or more; not to the weighted evidence, whose weights a second
 * entry of the name's words would move); beside a "Nhà thuốc Kim Long"
 * the two share the name before it (same_name), and which one a typed
 * "Nhà thuốc Kim Long" is nothing tells: its key is kept (bkey). */
static void
add_base(struct pool *p, size_t i)
{
	char *head, *w = bracket_half(p, i, &head), *tn;

	if (w == NULL)
		return;
	p->c[i].bkey = sdc_name_sortkey(head);
	sdc_hmap_put(&p->bybase, hstr(p->c[i].bkey), (uint32_t)i);
	free(head);
	if (p->c[i].tkey == NULL && strchr(w, ' ') != NULL) {
		tn = sdc_name_strip(names, w);
		p->c[i].tkey = sdc_name_sortkey(tn);
		free(tn);
		sdc_hmap_put(&p->bytrade, hstr(p->c[i].tkey), (uint32_t)i);
	}
	free(w);
}

/* "Russo Investments Pty Ltd ATF The Russo Unit Trust", "The Trustee
 * for Conti Family Trust ABN 13 072 689 251": the trust's name is the
 * customer's, as a trading name is, to the normalised rule ("The Russo
 * Unit Trust" typed, "Conti Family Trust"); not to the weighted evidence,
 * where "Russo Family Trust" would be a word from the family's other
 * trust.  So is the name before its ABN or ACN ("Isla & Darren Thompson
 * Family Trust ABN 16 095 433 686"). */
static void
add_trust(struct pool *p, size_t i)
{
	char *t, *tn;

	if (p->c[i].tkey != NULL || ((t = sdc_name_trust(p->c[i].words,
	    NULL)) == NULL && (t = sdc_name_unregistered(p->c[i].words)) ==
	    NULL))
		return;
	tn = sdc_name_strip(names, t);
	if (strchr(tn, ' ') != NULL) {
		p->c[i].tkey = sdc_name_sortkey(tn);
		sdc_hmap_put(&p->bytrade, hstr(p->c[i].tkey), (uint32_t)i);
	}
	free(tn);
	free(t);
}

/* Names with a bracket whose name before it has the words of key. */
size_t
base_match(const struct pool *p, const char *key)
{
	size_t it = 0, n = 0;
	uint32_t v;

	while (sdc_hmap_find(&p->bybase, hstr(key), &it, &v))
		n += strcmp(p->c[v].bkey, key) == 0;
	return n;
}

/* Customers whose name before a bracket is idx's whole name: a typed
 * name that is idx's is theirs as much. */
size_t
alias_shared(const struct pool *p, size_t idx)
{
	return p->c[idx].bkey ? 0 : base_match(p, p->c[idx].key);
}

/* The candidate of a name evidence id. */
size_t
cand_of(const struct pool *p, size_t id)
{
	return id < p->n ? id : p->alias_of[id - p->n];
}

/* Hits as candidates, each once (its better entry: hits come best
 * first): returns how many are left. */
size_t
fold_hits(const struct pool *p, struct sdc_nev_hit *h, size_t n)
{
	size_t i, j, m = 0;

	for (i = 0; i < n; i++) {
		h[i].id = cand_of(p, h[i].id);
		for (j = 0; j < m && h[j].id != h[i].id; j++)
			;
		if (j == m)
			h[m++] = h[i];
	}
	return m;
}

/* Index and fingerprint, once every candidate is in. */
/* A legal form is learnt from the list: a short word that ends many
 * names ("DA", "I/S", "Cyf", "CLG": any market's, without a list of
 * them).  The names that end with one are kept by the name before it
 * (bystem), so a name typed without its form finds every customer it
 * may be. */
#define LEGAL_LEN 3


const char *
last_word(const char *norm)
{
	const char *w = strrchr(norm, ' ');

	return w ? w + 1 : NULL;	/* a one-word name has no form */
}

/* A name that ends with a short word, by that word then by position. */
struct ending {
	const char *e;
	size_t k;
};

static int
by_ending(const void *a, const void *b)
{
	const struct ending *x = a, *y = b;
	int c = strcmp(x->e, y->e);

	return c ? c : (x->k > y->k) - (x->k < y->k);
}

/* A short first word, kept in place: no allocation per customer. */
typedef char short_word[LEGAL_LEN + 1];

/* How many of the sorted words v[0..n) are w. */
static size_t
count_of(const short_word *v, size_t n, const char *w)
{
	size_t lo = 0, hi = n, mid, k = 0;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (strcmp(v[mid], w) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo + k < n && strcmp(v[lo + k], w) == 0)
		k++;
	return k;
}

static int
by_text(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* The raw word ends with a mark of an abbreviation: a dot or a slash
 * ("Ltda.", "C.V.", "S/A"), or it is in capitals in a name that has
 * small letters ("LTDA" of "Moura Servicos LTDA"; "ХК" of "Умид Текстил
 * ХК": in any script), or in small letters after capitals (Georgian's
 * "ss" of "Mziuri Logistics ss"). */
static int
marked_end(const char *name)
{
	const char *w = strrchr(name, ' ');
	size_t up, low, up0, low0;

	w = w ? w + 1 : name;
	if (strpbrk(w, "./"))
		return 1;
	sdc_name_cases(name, (size_t)(w - name), &up0, &low0);
	sdc_name_cases(w, strlen(w), &up, &low);
	if (strpbrk(w, "0123456789") != NULL)
		return 0;
	return (low0 > 0 && up >= 2 && low == 0) || (up0 > 0 && up == 0 &&
	    low > 0);
}

/* A word of at most LEGAL_LEN letters that ends LEGAL_MIN names or more
 * is a legal form learnt, unless it begins half as many names or more:
 * a form never begins one, a surname does ("Lee" of "Tan & Lee LLC" and
 * "Lee & Tan LLC").  It is written as a form (p->written) when one name
 * in FORM_SHARE ends with it, or most of its names write it so
 * (marked_end: "S.A.", "JSC", "d.o.o."); not a brand's short word that
 * ends a few dozen names ("Sani Max", "Lumi X", "Lungu Ion").  One
 * sorted pass: the names that share an ending lie together, each group
 * in list order, so a form's names are kept without a second scan of
 * the list per form. */
static void
learn_forms(struct pool *p, const unsigned char *marks)
{
	struct ending *w = sdc_xcalloc(p->n + 1, sizeof(*w));
	short_word *f = sdc_xcalloc(p->n + 1, sizeof(*f));
	const char *e;
	size_t i, j, k, n = 0, nf = 0, len, marked;

	for (i = 0; i < p->n; i++) {
		if ((e = last_word(p->c[i].norm)) && strlen(e) <= LEGAL_LEN &&
		    alpha_word(e))
			w[n++] = (struct ending){ e, i };
		len = strcspn(p->c[i].norm, " ");
		if (len <= LEGAL_LEN && p->c[i].norm[len] == ' ')
			memcpy(f[nf++], p->c[i].norm, len);	/* zeroed: ends */
	}
	qsort(w, n, sizeof(*w), by_ending);
	qsort(f, nf, sizeof(*f), by_text);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && strcmp(w[j].e, w[i].e) == 0; j++)
			;
		if (j - i < LEGAL_MIN || 2 * count_of(f, nf, w[i].e) >= j - i)
			continue;	/* few, or a name's word (a surname) */
		for (k = i, marked = 0; k < j; k++) {
			e = w[k].e;
			sdc_hmap_put(&p->bystem, sdc_hash(p->c[w[k].k].norm,
			    (size_t)(e - 1 - p->c[w[k].k].norm)),
			    (uint32_t)w[k].k);
			if (k == i)
				sdc_hmap_put(&p->forms, hstr(e),
				    (uint32_t)w[k].k);
			marked += marks[w[k].k];
		}
		if ((j - i) * FORM_SHARE >= p->n || 2 * marked >= j - i)
			sdc_hmap_put(&p->written, hstr(w[i].e),
			    (uint32_t)w[i].k);
	}
	free(f);
	free(w);
}

/* word ends a name kept in the map m by its last word (learn_forms). */
static int
form_in(const struct pool *p, const struct sdc_hmap *m, const char *word)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(m, hstr(word), &it, &v))
		if (strcmp(last_word(p->c[v].norm), word) == 0)
			return 1;
	return 0;
}

/* word is a legal form learnt. */
int
is_form(const struct pool *p, const char *word)
{
	return form_in(p, &p->forms, word);
}

/* ... and written as one (learn_forms): a brand's short word many
 * names end with is none. */
int
is_written_form(const struct pool *p, const char *word)
{
	return form_in(p, &p->written, word);
}

/* The length of idx's name less its legal form learnt, if it has one. */
static size_t
stem_len(const struct pool *p, size_t idx)
{
	const char *n = p->c[idx].norm, *e = last_word(n);
	size_t it = 0;
	uint32_t v;

	while (e && sdc_hmap_find(&p->bystem, sdc_hash(n, (size_t)(e - 1 - n)),
	    &it, &v))
		if (v == idx)
			return (size_t)(e - 1 - n);
	return strlen(n);
}

/* Another customer is idx's name with another legal form, or none,
 * when one of them is a form learnt ("Ringsaker Legesenter DA" and
 * "Ringsaker Legesenter A/S", whose form the normalised name drops):
 * a name typed without the form is either.  Its index, or -1.  A
 * namesake with the same form is none: the form tells nothing there. */
long
with_form(const struct pool *p, size_t idx)
{
	const char *n = p->c[idx].norm;
	size_t it = 0, len = stem_len(p, idx), first = 0;
	uint32_t v;
	char *stem, *key;
	long other = -1;

	while (other < 0 && sdc_hmap_find(&p->bystem, sdc_hash(n, len), &it,
	    &v))
		if (v != idx && strncmp(p->c[v].norm, n, len) == 0 &&
		    p->c[v].norm[len] == ' ' &&
		    strcmp(p->c[v].key, p->c[idx].key) != 0)
			other = (long)v;
	if (other >= 0 || len == strlen(n))
		return other;
	stem = sdc_xstrndup(n, len);
	key = sdc_name_sortkey(stem);
	if (pool_match(p, 1, key, &first) > 0 && first != idx)
		other = (long)first;
	free(stem);
	free(key);
	return other;
}

/* The last k words of words, after a word of theirs, or NULL. */
static const char *
last_words(const char *words, size_t k)
{
	const char *s = words + strlen(words);

	while (k-- > 0) {
		while (s > words && s[-1] != ' ')
			s--;
		if (s == words)
			return NULL;
		if (k > 0)
			s--;
	}
	return s;
}

/* The ending w[0..len) counted, or NULL. */
struct ending_count *
find_ending(const struct pool *p, const char *w, size_t len)
{
	size_t it = 0;
	uint32_t v;
	const char *t;

	while (sdc_hmap_find(&p->byend, sdc_hash(w, len), &it, &v)) {
		t = last_words(p->c[p->ends[v].who].words, p->ends[v].nwords);
		if (t && strlen(t) == len && memcmp(t, w, len) == 0)
			return &p->ends[v];
	}
	return NULL;
}

/* Count each name's last one to three words (form_head reads them). */
static void
count_endings(struct pool *p, const unsigned char *marks)
{
	struct ending_count *e;
	const char *t;
	size_t i, k, len;

	p->ends = sdc_xcalloc(p->n * FORM_TAIL + 1, sizeof(*p->ends));
	for (i = 0; i < p->n; i++)
		for (k = 1; k <= FORM_TAIL && (t = last_words(p->c[i].words,
		    k)) != NULL; k++) {
			len = strlen(t);
			if ((e = find_ending(p, t, len)) == NULL) {
				sdc_hmap_put(&p->byend, sdc_hash(t, len),
				    (uint32_t)p->nends);
				e = &p->ends[p->nends++];
				*e = (struct ending_count){ (uint32_t)i,
				    (uint32_t)k, 0, 0 };
			}
			e->ends++;
			e->marked += marks[i];
		}
}

/* The word w with the silent consonants Portugal wrote before 1990 left
 * out (the Orthographic Agreement: "arquitectura" arquitetura,
 * "projecto" projeto, "óptica" ótica, "acção" ação; folded "accao"
 * acao): a c or p between a vowel and a t, or a c before another c.  A
 * new string, or NULL when w has none (or is short). */
static char *
silent_out(const char *w)
{
	size_t n = strlen(w), i, o = 0;
	char *r;

	if (n < 6)
		return NULL;
	r = sdc_xmalloc(n + 1);
	for (i = 0; i < n; i++) {
		if (i > 0 && strchr("aeiou", w[i - 1]) && ((strchr("cp", w[i]) &&
		    w[i + 1] == 't') || (w[i] == 'c' && w[i + 1] == 'c')))
			continue;
		r[o++] = w[i];
	}
	r[o] = '\0';
	if (o == n) {
		free(r);
		return NULL;
	}
	return r;
}

/* Each customer word written with a silent consonant reads as written
 * without it and the other way round, as an abbreviation does: a firm
 * registered before the Agreement keeps the old spelling, a technician
 * types the new one (or the Brazilian "ótica" for Portugal's "óptica"). */
static void
silent_pairs(struct pool *p)
{
	struct sdc_owners *seen = sdc_owners_new();
	char *w, *t, *save, *r;
	size_t i;

	for (i = 0; i < p->n; i++) {
		w = sdc_xstrdup(p->c[i].words);
		for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ",
		    &save)) {
			if (sdc_owners_one(seen, t) != SDC_OWNER_NONE ||
			    (r = silent_out(t)) == NULL)
				continue;
			sdc_owners_add(seen, t, 0);
			sdc_nev_abbrev(p->ev, r, t);
			sdc_nev_abbrev(p->ev, t, r);
			free(r);
		}
		free(w);
	}
	sdc_owners_free(seen);
}

void
pool_finish(struct pool *p)
{
	uint64_t fp = 14695981039346656037ULL;
	unsigned char *marks;
	size_t i;

	p->ev = nev_from_config(p == &customers);
	for (i = 0; i < p->n; i++) {
		sdc_nev_add(p->ev, p->c[i].words);
		fp = (fp ^ sdc_hash(&p->c[i].id, sizeof(p->c[i].id))) *
		    1099511628211ULL;
		fp = (fp ^ hstr(p->c[i].name)) * 1099511628211ULL;
	}
	for (i = 0; i < p->n; i++) {
		add_trading(p, i);
		add_half(p, i);
		add_base(p, i);
		add_trust(p, i);
	}
	if (p == &customers)
		silent_pairs(p);
	marks = sdc_xcalloc(p->n + 1, 1);	/* marked_end, once a name */
	for (i = 0; i < p->n; i++)
		marks[i] = (unsigned char)marked_end(p->c[i].name);
	learn_forms(p, marks);
	count_endings(p, marks);
	free(marks);
	sdc_nev_finish(p->ev);
	snprintf(p->fp, sizeof(p->fp), "%016llx", (unsigned long long)fp);
}

/* The pool index of id, or -1. */
long
pool_find_id(const struct pool *p, long long id)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&p->byid, sdc_hash(&id, sizeof(id)), &it, &v))
		if (p->c[v].id == id)
			return (long)v;
	return -1;
}

/* Matches of key in a hash map over fold or norm: how many, the first. */
size_t
pool_match(const struct pool *p, int bynorm, const char *key, size_t *first)
{
	const struct sdc_hmap *m = bynorm ? &p->bynorm : &p->byfold;
	size_t it = 0, n = 0;
	uint32_t v;

	while (sdc_hmap_find(m, hstr(key), &it, &v))
		if (strcmp(bynorm ? p->c[v].key : p->c[v].fold, key) == 0) {
			if (n++ == 0 || v < *first)
				*first = v;
		}
	return n;
}

/* The normalised rule's matches: customers whose name, or trading name,
 * has the words of key ("Blenkinsop Cleaning Services" is both
 * "Blenkinsop's Cleaning Services Ltd" and "Zoltan Blenkinsop T/A
 * Blenkinsop Cleaning Services": two). */
size_t
norm_match(const struct pool *p, const char *key, size_t *first)
{
	size_t it = 0, n = pool_match(p, 1, key, first);
	uint32_t v;

	while (sdc_hmap_find(&p->bytrade, hstr(key), &it, &v))
		if ((strcmp(p->c[v].tkey ? p->c[v].tkey : "", key) == 0 ||
		    strcmp(p->c[v].hkey ? p->c[v].hkey : "", key) == 0) &&
		    (n == 0 || v != *first)) {
			if (n++ == 0 || v < *first)
				*first = v;
		}
	return n;
}

struct pool *
contact_pool(struct cand *cust)
{
	struct sdc_cidx_cust c;
	struct sdc_cidx_contact ct;
	size_t i;

	if (cust->cpool)
		return cust->cpool;
	cust->cpool = sdc_xcalloc(1, sizeof(*cust->cpool));
	if (cust->cix >= 0)
		sdc_cidx_get(cidx, (size_t)cust->cix, &c);
	for (i = 0; cust->cix >= 0 && i < c.ncontacts; i++) {
		sdc_cidx_contact(cidx, &c, i, &ct);
		if (ct.id >= 0)
			pool_add(cust->cpool, ct.id, ct.name);
	}
	pool_finish(cust->cpool);
	return cust->cpool;
}

