/* partners - a firm named by its partners ("Brennan, Kaplan & Russo
 * LLP", "Cheung Jankowski & Associates CPAs") typed by its first
 * partner or its first two with the trade ("Brennan Kaplan Law",
 * "Cheung and Jankowski Accounting"), or by the partners' initials with
 * the trade ("BKR Legal"), as a desk calls a law firm, an accountant or
 * a practice.  Asked when no other rule linked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "linkint.h"
#include "names.h"
#include "owners.h"
#include "person.h"

#define PARTNERS_MAX 6		/* partners read from a name */
#define TYPED_MAX 3		/* surnames typed */
#define PARTNER_HOLDERS 16	/* names holding the typed surnames */
#define TRADES_MAX 16
#define FORM_TYPED (1 << TRADES_MAX)	/* typed with a legal form */

/* link-words.json "partner_trades": each word's list, read once. */
static struct sdc_hmap bytrade = SDC_HMAP_INIT;
static char **trade_w;
static size_t ntrade, ctrade;
static int law_trade = -1, cpa_trade = -1;

static void
trades_load(void)
{
	static int loaded;
	json_object *lists;
	uint64_t hash;
	size_t i, j;

	if (loaded)
		return;
	loaded = 1;
	if ((lists = sdc_link_words_part("partner_trades", json_type_array,
	    &hash)) == NULL)
		return;
	for (i = 0; i < json_object_array_length(lists) && i < TRADES_MAX;
	    i++) {
		json_object *l = json_object_array_get_idx(lists, i);

		for (j = 0; json_object_is_type(l, json_type_array) &&
		    j < json_object_array_length(l); j++) {
			const char *w = json_object_get_string(
			    json_object_array_get_idx(l, j));

			trade_w = sdc_grow(trade_w, &ctrade, ntrade + 1,
			    sizeof(*trade_w));
			trade_w[ntrade] = sdc_xstrdup(w);
			sdc_hmap_put(&bytrade, hstr(w), (uint32_t)(ntrade++ <<
			    4 | i));
			if (strcmp(w, "law") == 0)
				law_trade = (int)i;
			if (strcmp(w, "cpa") == 0)
				cpa_trade = (int)i;
		}
	}
}

/* The trade list of word w, or -1. */
static int
trade_of(const char *w)
{
	size_t it = 0;
	uint32_t v;

	trades_load();
	while (sdc_hmap_find(&bytrade, hstr(w), &it, &v))
		if (strcmp(trade_w[v >> 4], w) == 0)
			return (int)(v & 15);
	return -1;
}

/* A word after the partners that names no trade: the legal form, "and",
 * and a partnership's own words ("& Associates", "& Co.", "& Sons").  Not
 * the forms the list learns (is_form): "Management" ends so many names
 * that it is learnt as one, and names a trade. */
static int
firm_word(const char *w)
{
	return sdc_nev_and(w) || sdc_name_is_drop(names, w) ||
	    has_word("associates assoc co company sons partners", w);
}

/* w is a person's name (person-names.json's, or a contact's), or an
 * initial: "Advokatbyrån Lindström & Olsson AB" is no partner list. */
static int
person_word(const char *w)
{
	return w[1] == '\0' || sdc_person_name_kind(w) != 0 ||
	    sdc_owners_one(named, w) != SDC_OWNER_NONE;
}

/* w is a given name and no surname (person-names.json's, or a
 * contact's): "Farhana Islam & Sons Ltd." is a person's firm, not
 * Farhana's and Islam's. */
static int
given_only(const char *w)
{
	int k = sdc_person_name_kind(w);

	return !(k & SDC_NAME_SURNAME) && ((k & SDC_NAME_GIVEN) ||
	    sdc_owners_one(given, w) != SDC_OWNER_NONE);
}

/* Partners not joined by "and" that begin with a given name are one
 * person: a person's initials when a middle initial is among them ("John
 * D. Brennan, Esq." is JDB), else none. */
static size_t
one_person(char **part, size_t np)
{
	size_t i;

	for (i = 1; i + 1 < np; i++)
		if (part[i][1] == '\0')
			return np;
	return 0;
}

/* A customer's name read as a partner list: the partners the words
 * before the first that is no surname (a trade, a form, "& Associates"),
 * up to PARTNERS_MAX (persons' names, no trade's: kind_named), into
 * part (pointers into the returned copy of its words, to free); *trades
 * the bits of the trades its other words name, or -1 when one names a
 * trade that is not of partner_trades ("Management"); with trades NULL
 * the partners only, the rest unread (*co then read up to there). */
static char *
partner_list(size_t idx, char **part, size_t *np, int *trades, int *co)
{
	char *l = sdc_xstrdup(customers.c[idx].words), *t, *save = NULL;
	int in = 1, k, joined = 0, and = 0, tr = 0;

	*np = 0;
	*co = 0;
	for (t = strtok_r(l, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		k = trade_of(t);
		*co |= strcmp(t, "co") == 0 || strcmp(t, "company") == 0;
		if (in && sdc_nev_and(t) && *np > 0) {
			and = 1;
			continue;
		}
		if (in && k < 0 && !firm_word(t) && person_word(t) &&
		    !kind_named(t) && *np < PARTNERS_MAX) {
			joined |= and;
			part[(*np)++] = t;
			continue;
		}
		in = 0;
		if (trades == NULL)	/* the partners only */
			break;
		if (k >= 0 && tr >= 0)
			tr |= 1 << k;
		else if (k < 0 && !firm_word(t))
			tr = -1;
	}
	if (trades != NULL)
		*trades = tr;
	if (!joined && *np > 0 && given_only(part[0]))
		*np = one_person(part, *np);
	return l;
}

/* The trades typed (bits) agree with the customer's: each is one its
 * name names; a name of partners alone names the law's, or with "&
 * Co." the accountant's (a firm of partners with no trade word is a law
 * firm, "& Co." an accountant's, as US firms are named) - not when a
 * legal form is typed besides: "O'Brien & Ramirez Law Firm LLP" is
 * another firm's whole name than O'Brien & Ramirez LLP. */
static int
trades_agree(int typed, int trades, int co)
{
	int bare = co ? cpa_trade : law_trade, t = typed & ~FORM_TYPED;

	if (t == 0 || trades < 0)
		return 0;
	if (trades == 0)
		return bare >= 0 && t == 1 << bare && !(typed & FORM_TYPED);
	return (t & ~trades) == 0;
}

/* The typed name read as partners: its words less the trades and the
 * legal form after them (*typed: the trades' bits) and "and", up to
 * TYPED_MAX into k (pointers into the returned words, to free); NULL
 * when more. */
static char *
typed_partners(const char *guess, char **k, size_t *nk, int *typed)
{
	char *l = sdc_name_words(names, guess), *t[TYPED_MAX * 2 + 8];
	char *save = NULL, *w;
	size_t m = 0, i;
	int x;

	for (w = strtok_r(l, " ", &save); w && m < sizeof(t) / sizeof(*t);
	    w = strtok_r(NULL, " ", &save))
		t[m++] = w;
	*typed = 0;
	*nk = 0;
	while (m > 0 && ((x = trade_of(t[m - 1])) >= 0 || (firm_word(t[m -
	    1]) && !sdc_nev_and(t[m - 1])))) {
		*typed |= x >= 0 ? 1 << x : sdc_name_is_drop(names, t[m - 1]) ?
		    FORM_TYPED : 0;
		m--;
	}
	for (i = 0; w == NULL && i < m; i++)
		if (sdc_nev_and(t[i]))
			continue;
		else if (*nk >= TYPED_MAX || !alpha_word(t[i]) ||
		    trade_of(t[i]) >= 0)
			break;
		else
			k[(*nk)++] = t[i];
	if (w != NULL || i < m || *nk == 0) {
		free(l);
		return NULL;
	}
	return l;
}

/* The customer at x is a partner list whose first partners are the nk
 * typed (in order, "and" aside) and whose trades the typed ones agree
 * with. */
static int
partners_fit(size_t x, char **k, size_t nk, int typed)
{
	char *part[PARTNERS_MAX], *l;
	size_t np, i;
	int trades, co, fit;

	l = partner_list(x, part, &np, &trades, &co);
	fit = np >= 2 && nk <= np && trades_agree(typed, trades, co);
	for (i = 0; fit && i < nk; i++)	/* an initial is no surname */
		fit = strcmp(k[i], part[i]) == 0 && k[i][1] != '\0';
	free(l);
	return fit;
}

/* The one customer holding every typed surname, or -1: none, more, or
 * too many to look through. */
static long
sole_holder(const struct pool *p, char **k, size_t nk)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t ids[PARTNER_HOLDERS], n, i;
	long x = -1;

	for (i = 0; i < nk; i++)
		sdc_buf_printf(&b, "%s%s", i ? " " : "", k[i]);
	sdc_buf_addc(&b, '\0');
	n = sdc_nev_holders(p->ev, b.p, ids, PARTNER_HOLDERS);
	sdc_buf_free(&b);
	for (i = 0; n <= PARTNER_HOLDERS && i < n; i++)
		if (x >= 0 && (size_t)x != cand_of(p, ids[i]))
			return -1;
		else
			x = (long)cand_of(p, ids[i]);
	return n <= PARTNER_HOLDERS ? x : -1;
}

static void
link_partners(struct pool *p, const char *norm, size_t x, struct decision *d,
    const char *what)
{
	link_to(d, x, "weighted", fuzz_score(p, norm, x));
	d->conf = (int)(100 * link_th + 0.5);
	d->ask = 0;
	snprintf(d->extra, sizeof(d->extra), ",%s", what);
}

/* The partners' initials of a partner list ("bkr" for Brennan, Kaplan &
 * Russo LLP; "bk" too, its first two; "jdb" for John D. Brennan, Esq.),
 * read of a customer when first asked (two: its first two's are keys
 * too). */
struct initials {
	char key[PARTNERS_MAX + 1];
	char read, two;
	uint32_t next;	/* the customer after it under its lead (+1) */
};
static struct initials *inits;

static const struct initials *
initials_of(size_t x)
{
	struct initials *in = &inits[x];
	char *part[PARTNERS_MAX], *l;
	size_t np, i, single;
	int co;

	if (in->read)
		return in;
	in->read = 1;
	l = partner_list(x, part, &np, NULL, &co);
	for (i = single = 0; np >= 2 && i < np; i++) {
		in->key[i] = part[i][0];
		single += part[i][1] == '\0';
	}
	/* a person's middle initial is no partner */
	in->two = np > 2 && single == 0;
	free(l);
	return in;
}

/* The first letters of the first word of s and of its next that is no
 * "and" (a partner list's first two partners' initials) into l; 0
 * when s has no two such words. */
static int
lead_letters(const char *s, char l[3])
{
	char w[4];
	size_t n;

	s += strspn(s, " ");
	l[0] = *s;
	for (s += strcspn(s, " "); *(s += strspn(s, " ")) != '\0'; s += n) {
		n = strcspn(s, " ");
		if (n >= sizeof(w))
			break;
		memcpy(w, s, n);
		w[n] = '\0';
		if (!sdc_nev_and(w))
			break;
	}
	l[1] = *s;
	l[2] = '\0';
	return l[0] != '\0' && l[1] != '\0';
}

/* The customers by the initials of their first two words, "and" aside
 * (lead: its two bytes, the first customer +1, in inits[].next the
 * next): built when first asked, a few letters of each name read, where
 * reading each as a partner list (partner_list: a person's word, a
 * trade's?) cost 9,000 instructions a customer; only the customers
 * under the initials typed are read so (initials_of).  Not a hash map:
 * 50,000 values under some hundred keys probe long. */
static uint32_t *lead;

static void
leads_index(void)
{
	char l[3];
	size_t x, h;

	if (lead != NULL)
		return;
	lead = sdc_xcalloc(1 << 16, sizeof(*lead));
	inits = sdc_xcalloc(customers.n + 1, sizeof(*inits));
	for (x = customers.n; x-- > 0;)
		if (lead_letters(customers.c[x].words, l)) {
			h = (size_t)(unsigned char)l[0] << 8 |
			    (unsigned char)l[1];
			inits[x].next = lead[h];
			lead[h] = (uint32_t)x + 1;
		}
}

/* The one customer whose partners' initials (or its first two's) key
 * is, or -1: none, or more. */
static long
initials_holder(const char *key)
{
	const struct initials *in;
	uint32_t v;
	long x = -1;

	leads_index();
	for (v = lead[(size_t)(unsigned char)key[0] << 8 |
	    (unsigned char)key[1]]; v-- > 0; v = in->next) {
		in = initials_of(v);
		if (strcmp(in->key, key) != 0 && !(in->two && key[2] == '\0' &&
		    strncmp(in->key, key, 2) == 0))
			continue;
		if (x >= 0)	/* each customer is under its lead once */
			return -1;
		x = (long)v;
	}
	return x;
}

/* The customer the typed initials (k: one word, or two around "&":
 * "GH&K") are the partners' initials of, the trade typed beside them
 * agreeing, when they are no customer's word and no other customer's
 * partners' initials. */
static void
partner_initials(struct pool *p, const char *norm, char **k, size_t nk,
    int typed, struct decision *d)
{
	char key[PARTNERS_MAX + 1] = "", *part[PARTNERS_MAX], *l;
	size_t i, n = 0, np;
	long x;
	int trades, co;

	for (i = 0; i < nk; i++) {
		n += strlen(k[i]);
		if (strlen(k[i]) > 4 || n > 4)
			return;
		strcat(key, k[i]);
	}
	if (n < 2 || sdc_nev_names_with(p->ev, key) > 0)
		return;
	if ((x = initials_holder(key)) >= 0 && same_name(p, (size_t)x) == 1) {
		l = partner_list((size_t)x, part, &np, &trades, &co);
		if (trades_agree(typed, trades, co))
			link_partners(p, norm, (size_t)x, d,
			    "partners:initials");
		free(l);
	}
}

/* One or two of a partner list's surnames typed, first partner first,
 * with the trade: the one customer holding them links when it is such a
 * list and names no other trade ("Brennan & Kaplan Insurance Agency" is
 * not Brennan, Kaplan & Russo LLP); another firm sharing the surnames
 * holds them too, and then none does.  Without the trade, the surnames
 * and a legal form are another partner list's as likely ("Kim & Singh
 * P.C." for Kim & Singh Dental Associates P.C., at 50,000 customers a
 * Kim & Singh of a firm not listed): the weighted evidence decides.
 * Initials: partner_initials(). */
void
by_partners(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	char *k[TYPED_MAX], *l;
	size_t nk;
	long x;
	int typed;

	if (p != &customers || (l = typed_partners(guess, k, &nk, &typed)) ==
	    NULL)
		return;
	if ((typed & ~FORM_TYPED) == 0) {	/* no trade: to the rest */
		free(l);
		return;
	}
	if ((x = sole_holder(p, k, nk)) >= 0 &&
	    same_name(p, (size_t)x) == 1 && partners_fit((size_t)x, k, nk,
	    typed))
		link_partners(p, norm, (size_t)x, d, "partners");
	else
		partner_initials(p, norm, k, nk, typed, d);
	free(l);
}

int
partners_linked(const struct decision *d)
{
	return d->linked && strncmp(d->extra, ",partners", 9) == 0;
}
