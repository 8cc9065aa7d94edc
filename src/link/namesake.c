/* namesake - the words around a name that make it another business:
 * a qualifier naming another town or profession, a namesake elsewhere, a
 * spelling the list holds for another customer; and the name alone. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "custidx.h"
#include "diag.h"
#include "fuzzy.h"
#include "initial.h"
#include "linkint.h"
#include "office.h"
#include "owners.h"
#include "person.h"

/* Professional designations are drop words (a name is the same with
 * or without one), but two different ones are two businesses: "Dr. Joe
 * Wallace DDS" is not "Dr. Joe Wallace MD". */
static unsigned
designations(const char *words)
{
	static const char *const d[] = { "dds", "dmd", "md", "dvm", "cpa",
	    "esq", "phd", NULL };
	unsigned bits = 0;
	size_t i, len;

	for (; words && *words; words += len + (words[len] == ' ')) {
		len = strcspn(words, " ");
		for (i = 0; d[i]; i++)
			if (strlen(d[i]) == len && memcmp(d[i], words, len) == 0)
				bits |= 1u << i;
	}
	return bits;
}

static int
other_profession(const char *guess, const struct cand *c)
{
	char *w = sdc_name_words(names, guess);
	unsigned a = designations(w), b = designations(c->words);

	free(w);
	return a && b && !(a & b);
}

/* The typed name is an address ("www.pioneerrealty.com") whose domain
 * is the contacts' e-mail domain of another customer than the one its
 * words read as: the business's own mail outweighs a reading of its
 * label (a group's name that its sites share), so the name alone does
 * not link; the domain evidence (beyond_name) decides. */
static void
domain_of_other(const char *guess, struct decision *d)
{
	char *dom = sdc_name_domain(guess);
	long o = dom ? sdc_owners_one(domains, dom) : SDC_OWNER_NONE;

	if (o >= 0 && (size_t)o != d->idx) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the domain %s is \"%s\"'s",
		    dom, customers.c[o].name);
	}
	free(dom);
}

/* Of the words w, the number that are words of list; *n all of them. */
static size_t
words_held(const char *list, const char *w, size_t *n)
{
	char *t = sdc_xstrdup(w), *q, *save = NULL;
	size_t in = 0;

	*n = 0;
	for (q = strtok_r(t, " ", &save); q; q = strtok_r(NULL, " ", &save)) {
		in += has_word(list, q) != 0;
		++*n;
	}
	free(t);
	return in;
}

/* Every word of w is a word of list (all), or some word is (!all). */
int
words_in(const char *list, const char *w, int all)
{
	size_t n, in = words_held(list, w, &n);

	return all ? in == n : in > 0;
}

/* Most of the words w (more than half) are words of list. */
static int
mostly_in(const char *list, const char *w)
{
	size_t n, in = words_held(list, w, &n);

	return 2 * in > n;
}

#define SITE_HOLDERS 8

static int own_street(size_t idx, const char *q);

/* The one customer other than idx that holds every word of the name
 * typed before the site (head) and is at the site typed, a street and
 * its number (tw: "Industrieweg 156", own_street), where idx is not
 * and which idx's name lacks (a town in a street's name, "Aminu Kano
 * Crescent", is no street typed: "Diamond College - Kano"): the address
 * tells namesakes of one trade apart ("Tandartspraktijk Ten Brink /
 * Industrieweg 156" is the Ten Brink practice there, not the one at
 * Stationsweg 103, gen-link-blind47).  Its index, or SIZE_MAX. */
static size_t
street_tells(struct pool *p, const char *head, const char *tw, size_t idx)
{
	char *hw;
	size_t ids[SITE_HOLDERS], n, i, x, at = SIZE_MAX, k = 0;

	if (p != &customers || strpbrk(tw, "0123456789") == NULL ||
	    words_in(p->c[idx].words, tw, 1) || own_street(idx, tw))
		return SIZE_MAX;	/* a town, or the linked one's site */
	hw = sdc_name_words(names, head);
	n = sdc_nev_holders(p->ev, hw, ids, SITE_HOLDERS);
	for (i = 0; i < n && n <= SITE_HOLDERS; i++)
		if ((x = cand_of(p, ids[i])) != idx && x != at &&
		    own_street(x, tw)) {
			at = x;
			k++;
		}
	free(hw);
	return k == 1 && n <= SITE_HOLDERS ? at : SIZE_MAX;
}

/* The site typed after the name ("Gwynnes Plumbing & Heating -
 * Carmarthen") is not in the name linked, and another customer's name
 * holds every typed word, the site's too ("Gwynnes Plumbing & Heating
 * Cyf - Carmarthen"): the site tells the two apart, so the one holding
 * it is linked when it is the only one, else neither is. */
static void
site_tells(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	char *head = site_head(guess), *tw, *all;
	size_t ids[SITE_HOLDERS], n = 0, i, other = 0, k = 0, x;

	if (head == NULL)	/* most names: no site typed */
		return;
	tw = sdc_name_words(names, guess + strlen(head));
	all = sdc_name_words(names, guess);
	if (!words_in(p->c[d->idx].words, tw, 1))
		n = sdc_nev_holders(p->ev, all, ids, SITE_HOLDERS);
	for (i = 0; i < n && n <= SITE_HOLDERS; i++)
		if (cand_of(p, ids[i]) != d->idx &&
		    words_in(p->c[cand_of(p, ids[i])].words, tw, 1)) {
			other = cand_of(p, ids[i]);
			k++;
		}
	if (k == 0 && (x = street_tells(p, head, tw, d->idx)) != SIZE_MAX) {
		other = x;	/* the site is another holder's street */
		k = 1;
		n = 0;
	}
	if (k == 1 && n <= SITE_HOLDERS) {
		link_to(d, other, d->rule, fuzz_score(p, norm, other));
		snprintf(d->extra + strlen(d->extra), sizeof(d->extra) -
		    strlen(d->extra), ",site-tells");
	} else if (k > 1 && n <= SITE_HOLDERS) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the site \"%s\" is in "
		    "another customer's name", guess + strlen(head));
	}
	free(head);
	free(tw);
	free(all);
}

/* The name linked without a legal form typed is another customer's with
 * another form too (with_form): neither is linked on the name.  A name
 * typed whole (the exact rule) or with the linked one's form is its. */
static void
form_untold(struct pool *p, const char *guess, struct decision *d)
{
	char *w = sdc_name_words(names, guess);
	const char *c = strrchr(p->c[d->idx].words, ' ');
	long o;

	c = c ? c + 1 : p->c[d->idx].words;
	if (strcmp(d->rule, "exact") != 0 && !has_word(w, c) &&
	    (o = with_form(p, d->idx)) >= 0) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the name is \"%s\" or \"%s\", "
		    "with no legal form typed", p->c[d->idx].name,
		    p->c[o].name);
	}
	free(w);
}

/* Legal forms of two kinds, a limited company's and a joint-stock
 * company's, as sdc_name_words writes them: "Ltd. Şti." (limited
 * şirketi) and "A.Ş." (anonim şirketi) in Turkey's Commercial Code,
 * GmbH and AG, S.r.l. and S.p.A., SARL and SA, OOO and AO, sp. z o.o.
 * and S.A. (Wikipedia "List of legal entity types by country").  Two
 * firms of one name, one of each kind, are two firms; a technician may
 * drop a form or write it otherwise ("Ltd Sti"), not swap its kind.
 * Not the US forms: Inc typed for an LLC is common, and tells nothing. */
static const char *const form_kinds[][2] = {
	{ "ltd sti", "l" }, { "limited sirketi", "l" }, { "gmbh", "l" },
	{ "srl", "l" }, { "sarl", "l" }, { "ooo", "l" }, { "sp z oo", "l" },
	{ "sro", "l" }, { "lda", "l" }, { "ltda", "l" }, { "sa rl", "l" },
	{ "as", "s" }, { "anonim sirketi", "s" }, { "ag", "s" },
	{ "spa", "s" }, { "ao", "s" }, { "zao", "s" }, { "pao", "s" },
	{ "oao", "s" }, { "sa", "s" }, { "aktiengesellschaft", "s" },
	{ NULL, NULL }
};

/* The kinds of legal form words hold: 1 limited, 2 joint-stock, 3
 * both, 0 none; not a form that begins a word of cut (a word cut
 * short, not a form). */
static int
form_kind(const char *words, const char *cut)
{
	int k = 0, i;
	int rl = has_word(words, "sa rl");	/* "S.à r.l.", no S.A. */

	for (i = 0; form_kinds[i][0]; i++)
		if (has_word(words, form_kinds[i][0]) &&
		    !(rl && strcmp(form_kinds[i][0], "sa") == 0) &&
		    (cut == NULL || !word_begins(cut, form_kinds[i][0])))
			k |= form_kinds[i][1][0] == 'l' ? 1 : 2;
	return k;
}

#define KIN_FLOOR 0.3	/* score of a name of the same head (less
			 * for its words not typed) looked at */
#define KIN_RANK 16	/* ... how many */

/* Another customer than idx, its name beginning with idx's first two
 * words, has a legal form of kind alone: a family of firms ("Lale
 * Mobilya Pazarlama Ltd. Şti." beside "Lale Mobilya İthalat İhracat
 * A.Ş."), whose forms tell them apart. */
static int
kin_of_kind(struct pool *p, size_t idx, int kind)
{
	struct sdc_nev_hit h[KIN_RANK];
	const char *c = p->c[idx].words, *sp = strchr(c, ' ');
	size_t n, i, len = sp ? strcspn(sp + 1, " ") + (size_t)(sp + 1 - c) :
	    strlen(c);
	char *head = sdc_xstrndup(c, len);
	int kin = 0;

	n = sdc_nev_query(p->ev, head, KIN_FLOOR, h, KIN_RANK);
	n = fold_hits(p, h, n < KIN_RANK ? n : KIN_RANK);
	for (i = 0; i < n && !kin; i++) {
		const char *o = p->c[h[i].id].words;

		kin = h[i].id != idx && strncmp(o, c, len) == 0 &&
		    (o[len] == ' ' || o[len] == '\0') &&
		    form_kind(o, NULL) == kind;
	}
	free(head);
	return kin;
}

/* The name typed has a legal form of one kind, the customer linked
 * has the other kind alone, and a firm of its family has the kind typed
 * ("Lale Mobilya İth. İhr. Ltd. Şti." for "Lale Mobilya İthalat İhracat
 * San. ve Tic. A.Ş."): another firm of that name, not this one.  With
 * no such kin a form swapped is a slip ("Autohaus Winkler AG"); a name
 * typed whole is its. */
static void
form_kind_differs(struct pool *p, const char *guess, struct decision *d)
{
	char *w;
	int typed, its;

	if (strcmp(d->rule, "exact") == 0)
		return;
	w = sdc_name_words(names, guess);
	typed = form_kind(w, p->c[d->idx].words);
	its = form_kind(p->c[d->idx].words, NULL);
	if ((typed == 1 || typed == 2) && (its == 1 || its == 2) &&
	    typed != its && kin_of_kind(p, d->idx, typed)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the legal form typed is "
		    "another kind than \"%s\"'s, as a firm of its name has",
		    p->c[d->idx].name);
	}
	free(w);
}

/* c holds words a and b one after the other. */
static int
pair_in(char **c, size_t nc, const char *a, const char *b)
{
	size_t j;

	for (j = 0; j + 1 < nc; j++)
		if (strcmp(c[j], a) == 0 && strcmp(c[j + 1], b) == 0)
			return 1;
	return 0;
}

/* The word a typed is b, or b of more than SLIP_SHORT letters with one
 * slip ("mesina" of "medina"). */
#define SLIP_SHORT 3

static int
word_or_slip(const char *a, const char *b)
{
	return strcmp(a, b) == 0 || (strlen(b) > SLIP_SHORT &&
	    sdc_nev_one_slip(a, b));
}

/* Words t[i+1] and t[i+2] after t[i] that c holds the other way round
 * after the same word ("jose ibarra ortega", "jose ortega ibarra"), or
 * with a slip, and nowhere in the typed order: a given name, then two
 * surnames (sdc_person_name_kind).  A given name and a surname swapped
 * ("Dott. Marino Sergio", "Biuro Rachunkowe Kowalczyk Jolanta") or two
 * words of a firm ("Smith Services Bookkeeping") are a reorder.  1 when
 * so. */
static int
pair_swapped(char **t, size_t nt, char **c, size_t nc)
{
	size_t i, j;

	for (i = 0; i + 2 < nt; i++) {
		if (!isalpha((unsigned char)*t[i + 1]) ||
		    !isalpha((unsigned char)*t[i + 2]) ||
		    strcmp(t[i + 1], t[i + 2]) == 0 ||
		    pair_in(c, nc, t[i + 1], t[i + 2]))
			continue;
		for (j = 0; j + 2 < nc; j++)
			if (strcmp(c[j], t[i]) == 0 && word_or_slip(t[i + 2],
			    c[j + 1]) && word_or_slip(t[i + 1], c[j + 2]) &&
			    (sdc_person_name_kind(c[j]) & SDC_NAME_GIVEN) &&
			    (sdc_person_name_kind(c[j + 1]) &
			    SDC_NAME_SURNAME) && (sdc_person_name_kind(c[j +
			    2]) & SDC_NAME_SURNAME))
				return 1;
	}
	return 0;
}

/* The typed name's two words after a third are the name linked's the
 * other way round ("Dra. Elizabeth Vázquez Aguilar" for "Elizabeth
 * Aguilar Vázquez"): in Spanish and Portuguese naming a person has two
 * surnames, father's then mother's, and their order tells a sibling's
 * children apart, so the given name kept with the surnames swapped is
 * another person (a practice named after one: "Dr. José Ibarra Ortega"
 * is not Consultorio Dental Dr. José Ortega Ibarra).  A name turned
 * about whole keeps the pair's order ("Hernández López Juan", surname
 * first, is Juan Hernández López).  (gen-link-blind54, after its
 * held-out run.) */
static void
surnames_swapped(struct pool *p, const char *guess, struct decision *d)
{
	char *tw = sdc_name_words(names, guess), *cw = sdc_xstrdup(
	    p->c[d->idx].words), **t, **c;
	size_t nt = sdc_name_split(tw, &t), nc = sdc_name_split(cw, &c);

	if (strcmp(d->rule, "exact") != 0 && pair_swapped(t, nt, c, nc)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the two surnames are in the "
		    "other order than \"%s\"'s: another person",
		    p->c[d->idx].name);
	}
	free(t);
	free(c);
	free(tw);
	free(cw);
}

/* A name linked that is as much another customer's: a group's whose
 * sites are listed, an address in another's domain, a site typed that
 * is another's, the name with another legal form. */
void
another_fits(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	site_of_group(p, norm, d);
	if (d->linked)
		domain_of_other(guess, d);
	if (d->linked)
		site_tells(p, guess, norm, d);
	if (d->linked)
		form_untold(p, guess, d);
	if (d->linked)
		form_kind_differs(p, guess, d);
	if (d->linked)
		surnames_swapped(p, guess, d);
}

/* The one customer with a contact named "a b" (contact_owner), the name
 * written into full. */
long
contact_named(const char *a, const char *b, char full[256])
{
	snprintf(full, 256, "%s %s", a, b);
	return contact_owner(full);
}

long
contact_owner(const char *name)
{
	long own = sdc_owners_one(contact_names, name);
	char *k;

	if (own < 0)
		return own;
	k = sdc_name_unmarked(name);
	if (sdc_owners_one(contact_plain, k) != own)
		own = SDC_OWNER_MANY;
	free(k);
	return own;
}

/* The typed name reads as a person's whole name ("Céline Guérin") that
 * is a contact of another customer than idx: a practice named after its
 * owner ("Dr Céline Guérin, SCM") or a caller named as the session is,
 * as likely one as the other (named_elsewhere, the other way round). */
static int
contact_elsewhere(const char *guess, long idx)
{
	struct sdc_person p;
	char full[256];
	long own = SDC_OWNER_NONE;

	if (!sdc_person_read(guess, &p))
		return 0;
	if (p.last && p.business == NULL)
		own = contact_named(p.first, p.last, full);
	sdc_person_free(&p);
	return own != SDC_OWNER_NONE && own != idx;
}

/* The typed name is a sole trader's legal form beside a person's whole
 * name ("ET Mariya Khristova"), the person's own business, and the name
 * linked lacks that form and has words besides the person's: another
 * business of someone so named ("Notarius Mariya Khristova": a notary's
 * office is no ET), as likely as the sole trader listed under another
 * spelling.  A form that may be initials of the name's words ("PR de
 * Sincelejo" for Pinturas Real de Sincelejo), or the start of one of
 * them cut short ("Kearney Medical Pr"), is read as those.  The form into
 * *form (a new string) when so. */
static int
sole_elsewhere(const char *guess, size_t idx, char **form)
{
	struct sdc_person r[SDC_PERSON_READS];
	size_t n = sdc_person_reads(guess, r, SDC_PERSON_READS), i;
	const char *c = customers.c[idx].words;
	char full[256], *pw = NULL, *f = NULL, *tw, *l, *t, *save = NULL;
	int other = 0;

	*form = NULL;
	for (i = 0; i < n; i++) {
		if (f == NULL && r[i].how == SDC_PERSON_WHOLE &&
		    sdc_person_sole(r[i].business)) {
			f = sdc_name_words(names, r[i].business);
			snprintf(full, sizeof(full), "%s %s", r[i].first,
			    r[i].last);
			pw = sdc_name_words(names, full);
		}
		sdc_person_free(&r[i]);
	}
	if (f == NULL)
		return 0;
	l = sdc_xstrdup(c);
	for (t = strtok_r(l, " ", &save); t && other >= 0; t = strtok_r(NULL,
	    " ", &save))
		if (!has_word(pw, t))	/* "Kearney Medical Pr": cut short */
			other = strncmp(t, f, strlen(f)) == 0 ? -1 : 1;
	free(l);
	tw = sdc_name_words(names, guess);
	if (other > 0 && !words_in(c, f, 1) && !sdc_name_initials_share(tw, c))
		*form = f;
	else
		free(f);
	free(tw);
	free(pw);
	return *form != NULL;
}

/* The word t of the name of the customer at idx is written in it as a
 * first name contacts have (given: "Nebojša"). */
static int
given_word(size_t idx, const char *t)
{
	char *l = sdc_xstrdup(customers.c[idx].name), *w, *k, *save = NULL;
	int is = 0;

	for (w = strtok_r(l, " ", &save); w && !is; w = strtok_r(NULL, " ",
	    &save)) {
		k = sdc_person_word(w);
		is = strcmp(k, t) == 0 && sdc_owners_one(given, w) !=
		    SDC_OWNER_NONE;
		free(k);
	}
	free(l);
	return is;
}

/* The name was read with a contraction, and a word of the customer's
 * at idx that no typed word is, a typed word shorter beginning as it
 * does, is a first name contacts have (given_word: "nebojsa" read from
 * "Neša"): a given name is shortened as a nickname, not contracted
 * ("Neša" is Nenad's as well as Nebojša's), so the reading is a guess.
 * Surnames are contracted ("Glez." of González, "Hdez." of Hernández).
 * That word, a new string, or NULL. */
static char *
contracted_person(const char *guess, size_t idx)
{
	char *tw = sdc_name_words(names, guess), *l, *t, *u, *m, *save = NULL,
	    *s2 = NULL, *hit = NULL;
	const char *c = customers.c[idx].words;

	l = sdc_xstrdup(c);
	for (t = strtok_r(l, " ", &save); t && !hit; t = strtok_r(NULL, " ",
	    &save)) {
		if (has_word(tw, t) || !given_word(idx, t))
			continue;
		m = sdc_xstrdup(tw);
		for (u = strtok_r(m, " ", &s2); u && !hit; u = strtok_r(NULL,
		    " ", &s2))
			if (!has_word(c, u) && u[0] == t[0] && strlen(u) >= 4 &&
			    strlen(u) < strlen(t))
				hit = sdc_xstrdup(t);
		free(m);
	}
	free(l);
	free(tw);
	return hit;
}

/* The typed word at w (len bytes) as lower-case letters in out (room
 * for CAPS_MAX + 1), when it is two to CAPS_MAX capitals, dotted or not
 * ("CHC", "C.H.C."): initials as typed. */
#define CAPS_MAX 4

static int
caps_word(const char *w, size_t len, char *out)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (w[i] == '.' || ((w[i] == ',' || w[i] == ')') &&
		    i + 1 == len))
			continue;
		if (!isupper((unsigned char)w[i]) || n == CAPS_MAX)
			return 0;
		out[n++] = (char)tolower((unsigned char)w[i]);
	}
	out[n] = '\0';
	return n >= 2;
}

/* The first letters of the words (each word's first) of the name of
 * the customer at idx: "hchc" of Harmony Community Health Center; a new
 * string. */
static char *
word_initials(size_t idx)
{
	const char *c = customers.c[idx].words, *x;
	char *init = sdc_xmalloc(strlen(c) + 1);
	size_t n = 0;

	for (x = c + strspn(c, " "); *x; x += strcspn(x, " "), x += strspn(x,
	    " "))
		init[n++] = *x;
	init[n] = '\0';
	return init;
}

/* The word t is the letters, in order, of one longer word of the name
 * of the customer at idx that begins as t does. */
static int
shortens_word(const char *t, size_t idx)
{
	const char *x = customers.c[idx].words;
	size_t len = strlen(t), n;
	int is = 0;

	for (x += strspn(x, " "); *x && !is; x += n, x += strspn(x, " ")) {
		n = strcspn(x, " ");
		if (*x == t[0] && n > len) {
			char *cw = sdc_xstrndup(x, n);

			is = sdc_name_subseq(t, cw);
			free(cw);
		}
	}
	return is;
}

/* Another customer than idx holding the typed words but t (normalised
 * words w) whose words' initials hold t: its index, or -1. */
static long
initials_elsewhere(const char *w, const char *t, size_t idx)
{
	char *rest = sdc_xmalloc(strlen(w) + 1), *l = sdc_xstrdup(w), *u,
	    *save = NULL, *init;
	size_t ids[HOLDERS_RANK], n, i, x;
	long other = -1;

	*rest = '\0';
	for (u = strtok_r(l, " ", &save); u; u = strtok_r(NULL, " ", &save))
		if (strcmp(u, t) != 0)
			strcat(strcat(rest, *rest ? " " : ""), u);
	n = *rest ? sdc_nev_holders(customers.ev, rest, ids, HOLDERS_RANK) :
	    0;
	/* more than HOLDERS_RANK: too common to look through, no ids */
	for (i = 0; n <= HOLDERS_RANK && i < n && other < 0; i++) {
		if ((x = cand_of(&customers, ids[i])) == idx)
			continue;
		init = word_initials(x);
		if (strstr(init, t) != NULL && !has_word(customers.c[x].words,
		    t))
			other = (long)x;
		free(init);
	}
	free(l);
	free(rest);
	return other;
}

/* A word typed in capitals (caps_word) in a name with small letters
 * elsewhere, read as one longer word of the name of the customer at idx
 * shortened (its letters in order, not the initials of a run of its
 * words), while another customer holding the other typed words has it
 * as the initials of a run of its words: a technician typing capitals
 * there types initials as likely ("Harmony CHC" is the Harmony Community
 * Health Center as likely as Harmony Chiropractic), so the link is a
 * guess.  With no such rival, capitals shorten a word as well ("GGS
 * Wesel" is Gemeinschaftsgrundschule Wesel, "MTY" Monterrey).  That
 * customer's index, or -1. */
static long
caps_contracted(const char *guess, size_t idx)
{
	const char *w, *e;
	char t[CAPS_MAX + 1], *init = word_initials(idx), *words;
	size_t up, low;
	long other = -1;

	sdc_name_cases(guess, strlen(guess), &up, &low);
	if (low == 0) {
		free(init);
		return -1;	/* all capitals: the case tells nothing */
	}
	words = sdc_name_words(names, guess);
	for (w = guess + strspn(guess, " "); *w && other < 0; w = e +
	    strspn(e, " ")) {
		e = w + strcspn(w, " ");
		if (caps_word(w, (size_t)(e - w), t) && !has_word(
		    customers.c[idx].words, t) && strstr(init, t) == NULL &&
		    shortens_word(t, idx))
			other = initials_elsewhere(words, t, idx);
	}
	free(words);
	free(init);
	return other;
}

/* --- a qualifier typed after the whole name --- */

#define QUAL_WORDS 4	/* words after the name looked at */

/* The words typed after the whole name of the customer at idx ("george"
 * of "Kopano Technologies (George)", "east london" of "Laerskool
 * Fourways East London"): the last words, up to QUAL_WORDS, that read
 * as none of its words, after words that read as its name whole (no
 * typed word unread, none of its words untyped, none cut short).  A new
 * string, or NULL. */
char *
qualifier(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *all = sdc_xstrdup(w), *e;
	struct sdc_nev_hit h;
	size_t k, cut = 0;
	unsigned missed;

	if (score_cand(w, (long)idx, &h) <= 0 || h.missed == 0) {
		free(w);
		free(all);
		return NULL;
	}
	missed = h.missed;
	for (k = 1; k <= QUAL_WORDS && k <= missed && cut == 0 &&
	    (e = strrchr(w, ' ')) != NULL; k++) {
		*e = '\0';
		if (k == missed && score_cand(w, (long)idx, &h) > 0 &&
		    h.missed == 0 && h.left == 0 &&
		    !(h.how & (SDC_NEV_CUT | SDC_NEV_PREFIX)))
			cut = (size_t)(e - w) + 1;
	}
	free(w);
	if (cut == 0) {
		free(all);
		return NULL;
	}
	memmove(all, all + cut, strlen(all + cut) + 1);
	return all;
}

/* Where in the typed name the qualifier q begins as typed: the shortest
 * end of it whose words are q's.  A pointer into guess, or NULL. */
static const char *
typed_from(const char *guess, const char *q)
{
	const char *s;
	char *w;
	int same;

	for (s = guess + strlen(guess); s > guess; s--) {
		if (!isalnum((unsigned char)s[-1]) &&
		    !((unsigned char)s[-1] & 0x80))
			continue;
		if (s - 1 > guess && (isalnum((unsigned char)s[-2]) ||
		    ((unsigned char)s[-2] & 0x80)))
			continue;	/* not where a word begins */
		w = sdc_name_words(names, s - 1);
		same = strcmp(w, q) == 0;
		free(w);
		if (same)
			return s - 1;
	}
	return NULL;
}

/* The text s (len bytes) has a letter in capitals, in any script. */
static int
has_capital_utf8(const char *s, size_t len)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t cp;
	utf8proc_ssize_t r;
	size_t i;

	for (i = 0; i < len; i += (size_t)r) {
		r = utf8proc_iterate(u + i, (utf8proc_ssize_t)(len - i), &cp);
		if (r <= 0)
			return 0;
		if (utf8proc_isupper(cp))
			return 1;
	}
	return 0;
}

/* A word of s with letters beyond ASCII, in small letters, that reads
 * as t: "kế toán" of "Đức Hải (kế toán)", a Vietnamese role note (its
 * accents are not in t, the word as sdc-link normalises it). */
static int
typed_small_accented(const char *s, const char *t)
{
	const char *p = s, *e;
	char *w, *n;
	int same = 0, wide;

	while (*p && !same) {
		for (e = p, wide = 0; isalnum((unsigned char)*e) ||
		    ((unsigned char)*e & 0x80); e++)
			wide |= (unsigned char)*e & 0x80;
		if (wide && !has_capital_utf8(p, (size_t)(e - p))) {
			w = sdc_xstrndup(p, (size_t)(e - p));
			n = sdc_name_words(names, w);
			same = strcmp(n, t) == 0;
			free(n);
			free(w);
		}
		p = *e ? e + 1 : e;
	}
	return same;
}

/* The word t typed as it is, in small letters, in the text s. */
static int
typed_small(const char *s, const char *t)
{
	size_t n = strlen(t);
	const char *p;

	for (p = s; (p = strstr(p, t)) != NULL; p += n)
		if ((p == s || !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[n]))
			return 1;
	return typed_small_accented(s, t);
}

/* t is a word of the name of a contact of the customer at idx ("Palesa"
 * of "Ubuntu Printers (Palesa)"). */
static int
contact_word(size_t idx, const char *t)
{
	struct sdc_cidx_cust c;
	struct sdc_cidx_contact ct;
	size_t i;
	char *w;
	int found = 0;

	if (customers.c[idx].cix < 0)
		return 0;
	sdc_cidx_get(cidx, (size_t)customers.c[idx].cix, &c);
	for (i = 0; i < c.ncontacts && !found; i++) {
		sdc_cidx_contact(cidx, &c, i, &ct);
		if (ct.id < 0)
			continue;
		w = sdc_name_words(names, ct.name);
		found = has_word(w, t);
		free(w);
	}
	return found;
}

/* The typed name is another customer's whole name than idx's, a dash
 * and after it a word or two of one of that customer's contacts' names:
 * the desk's "name - caller" ("Κυριακίδης - Αθανασίου - Georgia" is
 * Κυριακίδης - Αθανασίου, called by its Γεωργία Αθανασίου), which idx's
 * words match only with the caller's name read as one of its own
 * (ΚΥΡΙΑΚΙΔΗ ΓΕΩΡΓΙΑ ΤΟΥ ΑΘΑΝΑΣΙΟΥ).  A name of two surnames typed
 * after the first ("Farmakeio Zervou - Theodoridi" beside a Farmakeio
 * Zervou) is no caller.  That other customer's index, or -1. */
static long
head_elsewhere(struct pool *p, const char *guess, size_t idx)
{
	const char *dash = NULL, *s;
	char *head, *norm, *key, *tail, *t, *save = NULL;
	size_t first = 0, n;
	int caller = 1;

	for (s = strstr(guess, " - "); s; s = strstr(s + 1, " - "))
		dash = s;
	if (dash == NULL || strchr(dash + 3, ' ') != strrchr(dash + 3, ' '))
		return -1;	/* no dash, or three words after it */
	head = sdc_xstrndup(guess, (size_t)(dash - guess));
	norm = sdc_name_normalise(names, head);
	key = sdc_name_sortkey(norm);
	n = *key != '\0' ? pool_match(p, 1, key, &first) : 0;
	free(key);
	free(norm);
	free(head);
	if (n != 1 || first == idx)
		return -1;
	tail = sdc_name_words(names, dash + 3);
	for (t = strtok_r(tail, " ", &save); t && caller; t = strtok_r(NULL,
	    " ", &save))
		caller = contact_word(first, t);
	free(tail);
	return caller ? (long)first : -1;
}

#define FORM_SLIP 75	/* thefuzz ratio of a legal form misspelt */

/* t is no word of a qualifier: a legal form or a word a business leaves
 * off, one of the customer's forms misspelt ("Incc", "LLPP", "Coor" of
 * "... Corp"), or one or two letters (an initial, a code, a cut-off
 * word: "D", "- IL"). */
static int
no_qualifier(size_t idx, const char *t)
{
	char *w, *f, *save = NULL;
	int form = strlen(t) <= 2 || sdc_name_is_drop(names, t) ||
	    sdc_nev_soft(t) || sdc_name_is_drop_typo(names, t) ||
	    sdc_name_is_drop_slip(names, t);

	if (form)
		return 1;
	w = sdc_xstrdup(customers.c[idx].words);
	for (f = strtok_r(w, " ", &save); f && !form; f = strtok_r(NULL, " ",
	    &save))
		form = sdc_name_is_drop(names, f) &&
		    sdc_fuzz_ratio(t, f) >= FORM_SLIP;
	free(w);
	return form;
}

#define QUAL_HOLDERS 64	/* names looked through for a place */

/* The customer at idx as the customer index holds it: 0 when it is
 * none of the index's (a pool of contacts). */
static int
indexed(size_t idx, struct sdc_cidx_cust *c)
{
	if (customers.c[idx].cix < 0)
		return 0;
	sdc_cidx_get(cidx, (size_t)customers.c[idx].cix, c);
	return 1;
}

/* The words of the town of the customer at idx (the cache's "city"), or
 * NULL when the list does not give it. */
const char *
city_of(size_t idx)
{
	struct sdc_cidx_cust c;

	return indexed(idx, &c) && *c.city ? c.city : NULL;
}

/* The words of the street address of the customer at idx (the cache's
 * "address": "ward no 7 kupondole road"), or NULL. */
static const char *
street_of(size_t idx)
{
	struct sdc_cidx_cust c;

	return indexed(idx, &c) && *c.street ? c.street : NULL;
}

/* The words of the part of town of the customer at idx (the cache's
 * "address_2": "Ennasr", "Industrial Area", "Suite 17"), or NULL; NULL
 * too for a landmark (sdc_name_landmark: "Near Post Office"), which
 * says where in town it is by no part of town's name. */
static const char *
district_of(size_t idx)
{
	struct sdc_cidx_cust c;

	return indexed(idx, &c) && *c.district && !sdc_name_landmark(
	    c.district) ? c.district : NULL;
}

/* The words of the state, province or island of the customer at idx
 * (the cache's "state": "Viti Levu", "Upolu"), or NULL. */
static const char *
region_of(size_t idx)
{
	struct sdc_cidx_cust c;

	return indexed(idx, &c) && *c.region ? c.region : NULL;
}

/* The provinces and states of link-words.json "regions", read once:
 * key[i] the postal abbreviation, name[i] one name of it as a typed
 * name's words read (sdc_name_words); nregion of them. */
static char **region_key, **region_name;
static size_t nregion;

static void
regions_load(void)
{
	static int loaded;
	uint64_t hash;
	json_object *all;
	size_t i, m;

	if (loaded++ || (all = sdc_link_words_part("regions",
	    json_type_object, &hash)) == NULL)
		return;
	json_object_object_foreach(all, k, v) {
		m = json_object_is_type(v, json_type_array) ?
		    json_object_array_length(v) : 0;
		region_key = sdc_xrealloc(region_key, (nregion + m) *
		    sizeof(*region_key));
		region_name = sdc_xrealloc(region_name, (nregion + m) *
		    sizeof(*region_name));
		for (i = 0; i < m; i++, nregion++) {
			region_key[nregion] = k;	/* the document's */
			region_name[nregion] = sdc_name_words(names,
			    json_object_get_string(json_object_array_get_idx(v,
			    i)));
		}
	}
}

/* The abbreviation of the province or state whose abbreviation or name
 * is w (the words of a customer's "state": "bc", "british columbia"),
 * or NULL: not one of link-words.json's "regions" (Canada's, the United
 * States', Australia's). */
static const char *
region_abbrev(const char *w)
{
	size_t i;

	for (i = 0; i < nregion; i++)
		if (strcmp(w, region_key[i]) == 0 || strcmp(w,
		    region_name[i]) == 0)
			return region_key[i];
	return NULL;
}

/* The words q are the state, province or island of the customer at idx
 * as its "state" writes it or by another name of it ("new south wales"
 * for its "NSW", "vic" for its "Victoria"). */
static int
own_region(size_t idx, const char *q)
{
	const char *own = region_of(idx), *k;

	if (own == NULL)
		return 0;
	if (strcmp(q, own) == 0)
		return 1;
	regions_load();
	return (k = region_abbrev(own)) != NULL && region_abbrev(q) == k;
}

static int town_not_its(const char *t, size_t idx, const char *city);

/* The classes of a word typed beyond a customer's whole name
 * (extra_what). */
enum {
	XW_NUMBER = 1 << 0,	/* holds a digit */
	XW_WHERE = 1 << 1,	/* a place, address or premises word */
	XW_FORM = 1 << 2,	/* a legal form, initial or word names drop */
	XW_SLIP = 1 << 3,	/* a word of the name with a slip or cut */
	XW_CONTACT = 1 << 4,	/* a word of a contact's name */
	XW_REGION = 1 << 5,	/* its own state, province or island */
	XW_TOWN = 1 << 6	/* its own town (town_not_its) */
};

/* What a word t typed beyond the whole name of the customer at idx is,
 * the one test for every rule that asks whether words typed around a
 * name make another body of it (another town, form, profession) or say
 * only where or whom of this one.  Of the classes want asks, the first
 * t is, cheapest first, or 0 (t is another body's as likely). */
static unsigned
extra_what(size_t idx, const char *t, unsigned want)
{
	const char *city;

	if ((want & XW_NUMBER) && strpbrk(t, "0123456789") != NULL)
		return XW_NUMBER;
	if ((want & XW_WHERE) && (place_word(t) || address_word(t) ||
	    premises_word(t)))
		return XW_WHERE;	/* "Unit", "Head office", "Street" */
	if ((want & XW_FORM) && (no_qualifier(idx, t) || is_form(&customers,
	    t)))
		return XW_FORM;		/* a form, initial or dropped word */
	if ((want & XW_SLIP) && like_one_of(t, customers.c[idx].words))
		return XW_SLIP;		/* a word of its name with a slip */
	if ((want & XW_CONTACT) && contact_word(idx, t))
		return XW_CONTACT;	/* whom: "- Palesa" */
	if ((want & XW_REGION) && own_region(idx, t))
		return XW_REGION;
	if ((want & XW_TOWN) && (city = city_of(idx)) != NULL &&
	    !town_not_its(t, idx, city))
		return XW_TOWN;		/* its own town, short or misspelt */
	return 0;
}

/* The postal abbreviation a typed in capitals in brackets in guess
 * ("(AB)", "(NSW)"; the whole of it: "(NS)" is not NSW): "Co" and "In"
 * read as Colorado and Indiana elsewhere, and after a comma a
 * designation reads as one ("Tiffany Salazar, PA", a professional
 * association; "Daniel Adams, MS": gen-link-blind28 and 30 at 50k). */
static int
abbrev_typed(const char *guess, const char *a)
{
	const char *s;
	size_t i, n = strlen(a);

	for (s = guess; (s = strchr(s, '(')) != NULL; s++) {
		const char *t = s + 1;

		for (i = 0; i < n && isupper((unsigned char)t[i]) &&
		    tolower((unsigned char)t[i]) == a[i]; i++)
			;
		if (i == n && !isalpha((unsigned char)t[n]))
			return 1;
	}
	return 0;
}

/* The name n is within a name of the province or state of abbreviation
 * k ("virginia" of West Virginia's). */
static int
region_within(const char *k, const char *n)
{
	size_t j;

	for (j = 0; j < nregion; j++)
		if (region_key[j] == k && has_word(region_name[j], n))
			return 1;
	return 0;
}

/* A state or province typed last after a town ("Triple T Ranch of
 * Roswell, NM", "Crazy N Ranch - Helena MT"), not the customer's (its
 * abbreviation k), the town no word of its name nor its own town: where
 * a namesake is, as a state typed in brackets is (gen-link-blind42,
 * after its held-out run).  After a word of the name a capital pair may
 * be a designation ("Tiffany Salazar, PA", "Manor Bookkeeping Svcs,
 * PA", "... Ltda - ME") or the customer's own state (by_own_region), so
 * the word before must stand apart from the name, after all of it, and
 * be no legal form.  The region's key, or NULL. */
static const char *
region_after_town(const char *guess, size_t idx, const char *k)
{
	const char *kk, *tail, *city = city_of(idx), *hit = NULL;
	char *head = region_head(guess, &kk, &tail), *w, *before, *t;

	if (head == NULL)
		return NULL;
	if (kk != k && (t = strrchr(head, ' ')) != NULL) {
		w = sdc_name_words(names, t + 1);
		*t = '\0';
		before = sdc_name_words(names, head);
		if (*w && !has_word(customers.c[idx].words, w) &&
		    !sdc_name_is_drop(names, w) &&
		    !(city && town_like(w, city)) &&
		    words_in(before, customers.c[idx].norm, 1))
			hit = kk;
		free(w);
		free(before);
	}
	free(head);
	return hit;
}

/* A province or state typed in the name guess, not that of the customer
 * at idx (its "state", one of the regions list's) nor a word of its name
 * or town ("Nova Scotia Power", Kansas City), nor a town the list
 * serves: the name of a company incorporated there ("Tse Trucking
 * Newfoundland Ltd." is not the Tse Trucking of BC; Canadian and US
 * firms incorporate by province and state).  What was typed, or NULL;
 * a name within the customer's own ("Virginia" of West Virginia) is its
 * own. */
static const char *
region_other(const char *guess, size_t idx)
{
	const char *own = region_of(idx), *k, *city = city_of(idx), *hit = NULL;
	char *w;
	size_t i;

	regions_load();
	if (own == NULL || (k = region_abbrev(own)) == NULL)
		return NULL;
	w = sdc_name_words(names, guess);
	for (i = 0; i < nregion && hit == NULL; i++) {
		const char *n = region_name[i];

		if (region_key[i] == k || region_within(k, n))
			continue;
		if (*n && has_word(w, n) &&
		    !has_word(customers.c[idx].words, n) &&
		    !(city && has_word(city, n)) && !town_served(n))
			hit = n;
		else if (abbrev_typed(guess, region_key[i]) && !has_word(
		    customers.c[idx].words, region_key[i]))
			hit = region_key[i];
	}
	free(w);
	return hit ? hit : region_after_town(guess, idx, k);
}

/* The region i's name or, typed in capitals (t, n bytes: "OH"), its
 * postal abbreviation is the words w. */
static int
region_typed(size_t i, const char *w, const char *t, size_t n)
{
	return strcmp(w, region_name[i]) == 0 || (n == 2 &&
	    isupper((unsigned char)t[0]) && isupper((unsigned char)t[1]) &&
	    strcmp(w, region_key[i]) == 0);
}

/* The name before a state or province of the regions list typed last, one to
 * REGION_WORDS words of its name or its postal abbreviation in capitals
 * ("Forest City Pub Ohio", "Transfiguration Catholic Church, OH"): a
 * new string, the region's abbreviation into *k and where it was typed
 * into *tail; or NULL. */
#define REGION_WORDS 3	/* "new south wales" */
char *
region_head(const char *guess, const char **k, const char **tail)
{
	const char *s = guess + strlen(guess);
	char *w;
	size_t n, i;

	regions_load();
	for (n = 0; n < REGION_WORDS && s > guess; n++) {
		while (s > guess && *--s != ' ')
			;
		if (s == guess)
			break;
		w = sdc_name_words(names, s + 1);
		for (i = 0; i < nregion && *w; i++)
			if (region_typed(i, w, s + 1, strlen(s + 1))) {
				free(w);
				*k = region_key[i];
				*tail = s + 1;
				while (s > guess && strchr(" ,-/", s[-1]))
					s--;	/* "Pub, OH" */
				return s > guess ? sdc_xstrndup(guess,
				    (size_t)(s - guess)) : NULL;
			}
		free(w);
	}
	return NULL;
}

/* The customer at idx is in the region typed at tail (region_head's)
 * and its name does not hold the region's words: the region typed is
 * where it is, not a word of its name. */
int
region_own(size_t idx, const char *tail)
{
	char *w = sdc_name_words(names, tail);
	int yes = own_region(idx, w) && !has_word(customers.c[idx].words, w);

	free(w);
	return yes;
}

/* The words w are the town a customer of the list is in (the cache's
 * "city"): a town the MSP serves, a branch there as likely as not; the
 * linked customer's own town among them, its own site ("Highveld Travels
 * Upington" for the Highveld Travels in Upington).  A town no customer
 * is in is a namesake's as likely. */
int
town_served(const char *w)
{
	return sdc_owners_one(towns, w) != SDC_OWNER_NONE;
}

/* The words w are a town a customer is in (town_served), or begin or
 * end the name of a customer (less its legal form) that holds them: the
 * list knows them as a place ("Kempton Park" of
 * "Karoo Welfare Society Kempton Park", "Midrand" of "Midrand Local
 * Municipality"), not only inside a name ("George" of "St George's
 * Church" and "George Town": a saint's, a town's other name).  Of words
 * more names hold than are looked through, the first looked through
 * tell (a hundred "St George's Church" at 50,000 customers do not make
 * George a town); a legal form, or a word too common to look through at
 * all, is known. */
int
place_known(const char *w)
{
	size_t ids[QUAL_HOLDERS], n, i;
	int known = 0;

	if (town_served(w))
		return 1;
	ids[0] = SIZE_MAX;	/* left so when none was looked through */
	n = sdc_nev_holders(customers.ev, w, ids, QUAL_HOLDERS);
	if (n > QUAL_HOLDERS && (ids[0] == SIZE_MAX ||
	    sdc_name_is_drop(names, w)))
		return sdc_nev_names_with(customers.ev, w) > QUAL_HOLDERS;
	for (i = 0; i < n && i < QUAL_HOLDERS && !known; i++)
		known = begins_or_ends(customers.c[cand_of(&customers,
		    ids[i])].norm, w);
	return known;
}

/* The words w end with a town a customer is in (town_served) that is
 * not the town of the customer at idx, whose town the list knows: a
 * word the list does not know then that town ("Ecorom (Cluj-Napoca)"
 * after the name of a Craiova business) names a namesake there, not a
 * site.  A branch says so ("filia", "pobočka": place_word) or is the
 * town alone ("- Třinec"). */
int
town_not_own(size_t idx, const char *w)
{
	const char *city = city_of(idx), *s;

	if (city == NULL)
		return 0;
	for (s = w; s != NULL; s = strchr(s, ' ') ? strchr(s, ' ') + 1 : NULL)
		if (town_served(s))
			return strcasecmp(s, city) != 0;
	return 0;
}

/* The words in the first brackets of name that hold a town a customer
 * is in (town_served: "(Guangzhou)"), or NULL; a new string. */
static char *
seat_of(const char *name)
{
	const char *b;
	char *in, *w;
	size_t n;

	for (b = strchr(name, '('); b != NULL; b = strchr(b, '(')) {
		n = strcspn(++b, ")");
		in = sdc_xstrndup(b, n);
		w = sdc_name_words(names, in);
		free(in);
		if (*w != '\0' && town_served(w))
			return w;
		free(w);
	}
	return NULL;
}

/* "Caller Dental Clinic (Shanghai) Co., Ltd." is no "Caller Dental
 * Clinic (Guangzhou) Co., Ltd": a town in brackets inside a name is the
 * seat a company is registered in (China's names, "(Shanghai) Co.,
 * Ltd."; Japan's and Korea's as well), and two seats are two companies,
 * not a site of one. */
void
seat_kept(const struct pool *p, const char *guess, struct decision *d)
{
	char *typed, *own;

	if (!d->linked || (typed = seat_of(guess)) == NULL)
		return;
	if ((own = seat_of(p->c[d->idx].name)) != NULL &&
	    strcmp(own, typed) != 0) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the town in brackets is not "
		    "%.40s's", p->c[d->idx].name);
	}
	free(own);
	free(typed);
}

/* The place after the first of the words w is typed apart from it, in
 * brackets or after a dash, comma or slash ("Ecorom (Cluj-Napoca)"):
 * the word before is the name's, not a word saying where ("pobočka
 * Hodonín", "- oddział Łódź"). */
static int
town_apart(const char *guess, const char *w)
{
	const char *t = strchr(w, ' '), *s;

	if (t == NULL || (s = typed_from(guess, t + 1)) == NULL)
		return 0;
	for (; s > guess && !isalnum((unsigned char)s[-1]) &&
	    !((unsigned char)s[-1] & 0x80); s--)
		if (strchr("(-,/[", s[-1]))
			return 1;
	return 0;
}

/* The first of the words w is no customer's and the rest are a place
 * the list knows ("sede chapinero"): a word the list does not know
 * before a place it knows says where (a town it does not know after
 * one, "Santa Lucia (Arequipa)", may be a namesake's). */
int
place_after(const char *w)
{
	size_t n = strcspn(w, " ");
	char *first;
	int unknown;

	if (w[n] != ' ' || w[n + 1] == '\0')
		return 0;
	first = sdc_xstrndup(w, n);
	unknown = n >= 3 && !sdc_name_is_drop(names, first) &&
	    sdc_nev_names_with(customers.ev, first) == 0 &&
	    !sdc_nev_reaches(customers.ev, first, SITE_FLOOR);
	free(first);
	return unknown && place_known(w + n + 1);
}

#define TOWN_SLIP 5	/* letters of a town read with a slip */

/* s with its spaces left out: a new string ("korin 8 os": the words
 * read split a digit from letters). */
static char *
run_together(const char *s)
{
	char *r = sdc_xmalloc(strlen(s) + 1), *o = r;

	for (; *s; s++)
		if (*s != ' ')
			*o++ = *s;
	*o = '\0';
	return r;
}

/* The words w are the town city (words) typed with a slip, or in
 * another romanisation of its script: "athhna" for Athina, "xalandri"
 * for Chalandri, "thessalonikh" for Thessaloniki (Greeklish), of
 * TOWN_SLIP letters or more.  A business's own town misspelt is still
 * its own; not a slip on top of a romanisation, whose keys already
 * fold letters together ("Gorin" is no "Kolin"). */
int
town_like(const char *w, const char *city)
{
	char *a = run_together(w), *b = run_together(city), *ka, *kb;
	size_t k;
	int like = strlen(a) >= TOWN_SLIP && strlen(b) >= TOWN_SLIP &&
	    sdc_nev_one_slip(a, b);

	for (k = 0; k < SDC_NAME_TRANSLITS && !like && strlen(a) >=
	    TOWN_SLIP; k++) {
		if (k == SDC_NAME_TRANSLIT_JOINED)
			continue;	/* a list's, not a town's */
		if (k == SDC_NAME_TRANSLIT_SKELETON ||
		    sdc_name_translit_own(k) == 4)
			continue;	/* its vowels join other towns; a
					 * Greek list's keys, not a town's */
		ka = sdc_name_translit(a, k);
		kb = sdc_name_translit(b, k);
		like = strcmp(ka, kb) == 0;
		free(ka);
		free(kb);
	}
	free(a);
	free(b);
	return like;
}

/* The words q are of the street address of the customer at idx, its
 * street's name among them (a word of three letters or more, no number
 * and no street's type alone): "JM Road" of "88/3, JM Road", "Steenweg
 * 8", "Railway Parade" of "90 Railway Parade".  A technician types the
 * site's street after the name as its town; a namesake elsewhere is
 * not in this one's street. */
static int
own_street(size_t idx, const char *q)
{
	const char *st = street_of(idx);
	char *w, *t, *save = NULL;
	int named = 0;

	if (st == NULL || *q == '\0' || !words_in(st, q, 1))
		return 0;
	w = sdc_xstrdup(q);
	for (t = strtok_r(w, " ", &save); t && !named; t = strtok_r(NULL, " ",
	    &save))
		named = strlen(t) >= 3 && strspn(t, "0123456789") <
		    strlen(t) && !address_word(t);
	free(w);
	return named;
}

/* The qualifier q (w, less its contacts' words and notes) is the part
 * of town the customer at idx is in, as the list gives it, or it
 * misspelt (town_like): "Hannibal Microfinance, Ennasr" for the one in
 * Ennasr, its own site, whatever namesakes elsewhere may be called; so
 * is its own street (own_street).  When the list gives the customer no part of town, one it gives
 * another customer ("Ashoka Scan Centre - Vastrapur", learnt from the
 * addresses) is a place as a town a customer is in is: a site there as
 * likely as a namesake; beside a part of town of its own, another is a
 * namesake's. */
static int
own_district(size_t idx, const char *q, const char *w)
{
	const char *d = district_of(idx);

	if (own_street(idx, q) || own_street(idx, w))
		return 1;
	if (d == NULL)
		return sdc_owners_one(districts, q) != SDC_OWNER_NONE ||
		    sdc_owners_one(districts, w) != SDC_OWNER_NONE;
	return strcmp(q, d) == 0 || strcmp(w, d) == 0 || town_like(q, d);
}

/* The qualifier q, as typed in guess, is the customer's own town (the
 * list's city), "in" it or not, and a part of it joined to it by a
 * hyphen, as German names a town's districts ("Köln-Nippes",
 * "Wien-Favoriten", "in München-Pasing"): its own site.  The hyphen
 * only: "Palm Beach Gardens" after a name in Palm Beach is another
 * town. */
static int
own_town_part(const char *guess, const char *q, size_t idx)
{
	const char *c = city_of(idx), *t = typed_from(guess, q), *h;
	char *head, *w;
	int part;

	if (c == NULL || t == NULL)
		return 0;
	for (h = t; *h && !(*h == '-' && h > t && isalpha((unsigned char)
	    h[-1]) && isalpha((unsigned char)h[1])); h++)
		;
	if (*h == '\0')
		return 0;
	head = sdc_xstrndup(t, (size_t)(h - t));
	w = sdc_name_words(names, head);
	part = strcmp(w, c) == 0 || (strncmp(w, "in ", 3) == 0 &&
	    strcmp(w + 3, c) == 0);
	free(w);
	free(head);
	return part;
}

/* The qualifier q is a town a customer is in and a word for a works or
 * a branch office that place_word lacks: English factory and plant
 * ("suwon factory", "ulsan plant"), and Korean's (Wiktionary, "branch
 * office", "factory", "head office" translations): 공장 (factory), 지점,
 * 지사, 분점 (branch), 사무소, 영업소, 출장소 (office, sales and field
 * office), 본사, 본점 (head office), which Korean writes after the town
 * or glued to it ("서울 공장", "인천지점").  Only after a town: alone,
 * "법률사무소" (a law office) is a business's word, and "Factory 3" a
 * works the list may hold as a customer of its own (Tachibana Denki
 * Dai-3 Kōjō on 50k gen-link-blind15). */
static int
town_works(const char *q)
{
	static const char *const v[] = { "factory", "plant", "공장", "지점",
	    "지사", "분점", "사무소", "영업소", "출장소", "본사", "본점",
	    NULL };
	const char *sp = strrchr(q, ' ');
	size_t i, n = strlen(q), k = 0;
	char *town;
	int served;

	if (sp != NULL && sdc_name_listed(v, sp + 1))
		k = strlen(sp);	/* the word and its space */
	for (i = 2; v[i] && k == 0 && sp == NULL; i++)
		if (n > strlen(v[i]) && strcmp(q + n - strlen(v[i]), v[i]) == 0)
			k = strlen(v[i]);	/* glued: "인천지점" */
	if (k == 0 || k >= n)
		return 0;
	town = sdc_xstrndup(q, n - k);
	served = town_served(town);
	free(town);
	return served;
}

/* The words q are a town the list knows and, after it, the state of the
 * customer at idx ("Brighton Tas", "Sydney NSW", "Toowong QLD": how an
 * Australian address ends): its own site as the town alone is. */
static int
town_and_region(const char *q, size_t idx)
{
	const char *sp, *c = city_of(idx);
	char *town;
	int told = 0;

	for (sp = strchr(q, ' '); sp && !told; sp = strchr(sp + 1, ' ')) {
		if (!own_region(idx, sp + 1))
			continue;
		town = sdc_xstrndup(q, (size_t)(sp - q));
		told = place_known(town) || (c && town_like(town, c));
		free(town);
	}
	return told;
}

#define PARTICLE 3	/* letters of "de", "del", "nad", "am" */

static int town_particle(const char *s, const char *t);
static int town_among(const char *gw, const char *city);

/* The qualifier q begins with a town's small word typed between
 * capitals in guess (town_particle: "of", "de"; not "and"), and the
 * words after it are not the town or region of the customer at idx:
 * "Colegio de Our Lady of Fatima of Batangas City" for the Colegio in
 * Mandaluyong.  A word joining a town to the name makes the town a part
 * of the name, a namesake's there, not a site typed after it; a name
 * ending in its own town goes on with that town's words ("C.P. Calle Sol
 * 8 - Palma" typed "... - Palma de Mallorca").
 * (gen-link-blind57, after its held-out run.) */
static int
particle_elsewhere(const char *guess, const char *q, size_t idx)
{
	const char *sp = strchr(q, ' '), *c = city_of(idx);
	char *p;
	int other;

	if (sp == NULL || c == NULL || (size_t)(sp - q) > PARTICLE)
		return 0;
	p = sdc_xstrndup(q, (size_t)(sp - q));
	other = !sdc_nev_and(p) && town_particle(guess, p) &&
	    !town_among(sp + 1, c) && !own_region(idx, sp + 1) &&
	    !town_among(customers.c[idx].words, c);
	free(p);
	return other;
}

/* What the customer list tells of a qualifier q typed after the whole
 * name of the customer at idx: 1 when it is a site or a note of that
 * customer's - it has a place word ("Head office", "North branch") or a
 * number ("Unit 3", "tkt 4412"); or its words, less those of the name of
 * a contact of the customer's ("(Palesa)") and those typed in small
 * letters beside a name in capitals (a note: "- printer", "re:
 * outlook"), are none, or a place the list knows (place_known: "-
 * Sandton", "(Boksburg)").  Legal forms, initials and codes are no
 * qualifier (no_qualifier).  0 when they are capitalised words the list
 * does not know as a place ("(Mthatha)", "East London", "(George)"): a
 * town where a business of the same name may be, which the name alone
 * cannot tell from a site.  The customer's own town misspelt
 * (town_like) is told, and so is its own state, province or island
 * (region_of: "Sigatoka Secondary School Viti Levu" of the one on Viti
 * Levu), or a town it knows with that region after it ("- Brighton
 * Tas"): a business is named with its own region as with its town, a
 * namesake with another. */
static int
qualifier_told(const char *guess, const char *q, size_t idx)
{
	char *w = sdc_xstrdup(q), *t, *save = NULL;
	const char *typed = typed_from(guess, q);
	struct sdc_buf rest = SDC_BUF_INIT;
	int told = 0, capitals, person = 0, nrest = 0;

	capitals = typed && has_capital_utf8(guess, (size_t)(typed - guess));
	told = place_phrase(q);
	for (t = strtok_r(w, " ", &save); t && !told; t = strtok_r(NULL, " ",
	    &save)) {
		if (no_qualifier(idx, t) && !address_word(t) &&
		    !place_word(t))
			continue;	/* "Av.", "Br." are two letters, no initial */
		told = extra_what(idx, t, XW_NUMBER | XW_WHERE) != 0;
		if (contact_word(idx, t))
			person |= !has_word(customers.c[idx].words, t);
		else if (!(capitals && typed_small(typed, t))) {
			sdc_buf_printf(&rest, "%s%s", rest.len ? " " : "", t);
			nrest++;
		}
	}
	free(w);
	sdc_buf_addc(&rest, '\0');
	w = sdc_buf_take(&rest);
	/* q whole as well: a town's small words ("nad" of "Ústí nad
	 * Labem") are no note; a contact's name the customer's own name
	 * lacks with one word beside it is a person and a role or room
	 * ("- Thomas (Buchhaltung)", "- Ji-joon (경리)"): a namesake
	 * elsewhere is typed with its town, not with this one's staff */
	told = told || *w == '\0' || (person && nrest == 1) ||
	    place_known(w) || town_served(q) ||
	    town_works(q) ||
	    (place_after(w) && !(town_apart(guess, w) && town_not_own(idx,
	    w))) || (city_of(idx) && town_like(q, city_of(idx))) ||
	    own_region(idx, q) || own_region(idx, w) ||
	    town_and_region(q, idx) || own_district(idx, q, w) ||
	    own_town_part(guess, q, idx);
	free(w);
	return told;
}

/* The name linked has a qualifier after it the list does not tell
 * (qualifier_told): a namesake elsewhere as likely as a site. */
static int
namesake_elsewhere(const char *guess, size_t idx, char **qual)
{
	*qual = qualifier(guess, idx);
	/* "Shivam Enterprises (शिवम इंटरप्राइजेज)": the name again in another
	 * script, no town of a namesake's (typed, a town would be in the
	 * name's letters) */
	if (*qual != NULL && (!qualifier_told(guess, *qual, idx) ||
	    particle_elsewhere(guess, *qual, idx)) &&
	    !(sdc_name_other_script(*qual) && !sdc_name_other_script(
	    customers.c[idx].words)))
		return 1;
	free(*qual);	/* the caller's next test may set it again */
	*qual = NULL;
	return 0;
}

/* The byte c is of a word: a letter or digit, or of one beyond ASCII. */
static int
word_byte(char c)
{
	return isalnum((unsigned char)c) || ((unsigned char)c & 0x80);
}

/* Of the words before p (back) or after it, typed in s, the first that
 * is no town's small word (PARTICLE letters or fewer, typed small) has a
 * capital.  p is a space between two words. */

static int
capital_beside(const char *s, const char *p, int back)
{
	const char *b, *e;

	for (;;) {
		if (back) {
			for (e = p, b = p; b > s && word_byte(b[-1]); b--)
				;
		} else {
			for (b = p + 1, e = b; word_byte(*e); e++)
				;
		}
		if (b == e)
			return 0;
		if (has_capital_utf8(b, (size_t)(e - b)))
			return 1;
		if ((size_t)(e - b) > PARTICLE || (back ? b - s < 2 ||
		    b[-1] != ' ' : *e != ' '))
			return 0;
		p = back ? b - 1 : e;
	}
}

/* The word t is typed small in s only inside a town's name typed in
 * capitals: joined by a hyphen to the word before it ("Vila-real"), or a
 * short word (PARTICLE) between words in capitals ("Torrejón de Ardoz",
 * "Ústí nad Labem", "Castelló de la Plana").  A town's particle, no note
 * in small letters ("- printer"). */
static int
town_particle(const char *s, const char *t)
{
	size_t n = strlen(t);
	const char *p;
	int in = 0;

	for (p = s; (p = strstr(p, t)) != NULL; p += n) {
		if ((p > s && word_byte(p[-1])) || word_byte(p[n]))
			continue;
		if ((p - s >= 2 && p[-1] == '-' && word_byte(p[-2])) ||
		    (n <= PARTICLE && p - s >= 2 && p[-1] == ' ' &&
		    p[n] == ' ' && capital_beside(s, p - 1, 1) &&
		    capital_beside(s, p + n, 0)))
			in = 1;
		else
			return 0;
	}
	return in;
}

/* The words q, typed after the name, are a note of the customer at idx
 * or its own place: a number or a word saying where ("Unit 3", "Head
 * office"), a contact's name, words in small letters after capitals
 * ("- printer") that are no town's (town_particle), its town, street,
 * part of town or state. */
static int
note_or_own_place(const char *guess, const char *q, size_t idx)
{
	char *w = sdc_xstrdup(q), *t, *save = NULL;
	const char *typed = typed_from(guess, q), *c = city_of(idx);
	int capitals = typed && has_capital_utf8(guess, (size_t)(typed -
	    guess)), note = 0;

	for (t = strtok_r(w, " ", &save); t && !note; t = strtok_r(NULL, " ",
	    &save))
		note = extra_what(idx, t, XW_NUMBER | XW_WHERE |
		    XW_CONTACT) || (capitals && typed_small(typed, t) &&
		    !town_particle(typed, t));
	free(w);
	return note || place_phrase(q) || (c && (strcmp(q, c) == 0 ||
	    town_like(q, c))) || own_district(idx, q, q) ||
	    own_region(idx, q);
}

/* Of the words a, one that is a qualifier's (no_qualifier) and neither
 * a word of b nor a slip or cut of one (like_one_of). */
static int
word_apart(size_t idx, const char *a, const char *b)
{
	char *w = sdc_xstrdup(a), *t, *save = NULL;
	int apart = 0;

	for (t = strtok_r(w, " ", &save); t && !apart; t = strtok_r(NULL, " ",
	    &save))
		apart = !no_qualifier(idx, t) && !has_word(b, t) &&
		    !like_one_of(t, b);
	free(w);
	return apart;
}

/* The customer at idx is named with a qualifier of its own after a
 * separator ("Rural Water District No. 35, Douglas County", "St
 * Brigid's National School, Blackrock"), the name typed is its name
 * before it with another after it ("..., Adams County", "...,
 * Clonakilty"): a typed word of a qualifier its name lacks, and a
 * word of its own qualifier not typed.  Two qualifiers in the one place
 * are two entities - a district of another county, a school of the
 * same saint in another town - not a site of one.  A note or its own
 * place typed (note_or_own_place) is its own, and so is its qualifier
 * said another way, most of its words the same ("Walter Klein, State
 * Farm Agent" for Walter Klein - State Farm Insurance; the held-out
 * gen-link-blind41 at 50k, after its run). */
int
qualifier_other(const char *guess, const char *head, size_t idx)
{
	const char *name = customers.c[idx].name;
	char *own = site_head(name), *ow, *tw, *gw;
	int other;

	if (own == NULL || !(strncmp(name + strlen(own), ", ", 2) == 0 ||
	    strncmp(name + strlen(own), " - ", 3) == 0)) {
		free(own);
		return 0;
	}
	ow = sdc_name_words(names, name + strlen(own));
	tw = sdc_name_words(names, guess + strlen(head));
	gw = sdc_name_words(names, guess);
	other = *tw && !strpbrk(ow, "0123456789") && !mostly_in(ow, tw) &&
	    word_apart(idx, tw, customers.c[idx].words) &&
	    word_apart(idx, ow, gw) && !note_or_own_place(guess, tw, idx);
	free(gw);
	free(ow);
	free(tw);
	free(own);
	return other;
}


/* The town typed last, in the slot a site takes: the words after the
 * last " - ", ", " or "(" of name, less a word for an office after them
 * ("(Albany office)", "- Scranton"); *slot set when that word was there.
 * A new string, or NULL when nothing is so typed. */
static char *
last_town(const char *name, int *slot)
{
	const char *s, *b = NULL;
	char *w, *e;

	for (s = name; *s; s++)
		if (*s == '(' || ((*s == '-' || *s == ',') && s[1] == ' ' &&
		    (*s == ',' || (s > name && s[-1] == ' '))))
			b = s + 1;
	if (b == NULL)
		return NULL;
	w = sdc_name_words(names, b);
	*slot = 0;
	if ((e = strrchr(w, ' ')) != NULL && place_word(e + 1)) {
		*e = '\0';
		*slot = 1;
	}
	if (*w == '\0') {
		free(w);
		return NULL;
	}
	return w;
}

/* The words t are the town city written short: its beginning ("Haw"
 * of Hawassa), its letters in order from its first ("JB" of Johor
 * Bahru, "Kch" of Kuching), or it with slips (SPELT_TOWN). */
#define SPELT_TOWN 80	/* fuzz.ratio of a town typed with slips */

static int
town_short(const char *t, const char *city)
{
	char *a = run_together(t), *b = run_together(city);
	const char *p = b, *q;
	int own = *a != '\0' && *a == *b;

	for (q = a; *q && own; q++)
		if ((own = (p = strchr(p, *q)) != NULL))
			p++;
	own = own || town_like(t, city) || sdc_fuzz_ratio(t, city) >=
	    SPELT_TOWN;
	free(a);
	free(b);
	return own;
}

/* A word of the town t is a word of the list ws; of a town of several
 * words, one longer than its small words (PARTICLE): "de" of "Sanlúcar
 * de Barrameda" is in "Comunidad de Propietarios ..." and tells
 * nothing. */
static int
town_word_in(const char *ws, const char *t)
{
	char *w, *u, *save = NULL;
	int in = 0;

	if (strchr(t, ' ') == NULL)
		return has_word(ws, t);
	w = sdc_xstrdup(t);
	for (u = strtok_r(w, " ", &save); u && !in; u = strtok_r(NULL, " ",
	    &save))
		in = strlen(u) > PARTICLE && has_word(ws, u);
	free(w);
	return in;
}

/* The town t, typed after the name of the customer at idx in the town
 * city, is not its own: not city written short or misspelt, not a part
 * of it, no word of its name (town_word_in), nor read by the name
 * evidence as one ("Cionn tSaile", Kinsale in Irish). */
static int
town_not_its(const char *t, size_t idx, const char *city)
{
	struct sdc_nev_hit h;

	return !town_short(t, city) && !own_district(idx, t, t) &&
	    !town_word_in(customers.c[idx].words, t) &&
	    !(score_cand(t, (long)idx, &h) > 0 && h.missed == 0);
}

/* The town city is among the words gw, as it is or with a slip
 * ("Dwčín" for Děčín). */
static int
town_among(const char *gw, const char *city)
{
	char *w = sdc_xstrdup(gw), *t, *save = NULL;
	int in = words_in(gw, city, 1);

	for (t = strtok_r(w, " ", &save); t && !in; t = strtok_r(NULL, " ",
	    &save))
		in = town_like(t, city);
	free(w);
	return in;
}

/* The name linked is an office of a firm named with its own town
 * ("Thornton & Delgado, Attorneys at Law P.C. - Atlanta", in Atlanta)
 * typed with another town: "... (Albany office)", "... - Scranton" for
 * the Allentown firm.  A firm that writes its town into its name writes
 * each office so; another town there is another office, or another
 * firm of the same partners, which the list does not hold.  The town
 * typed is one a customer is in, typed in the office slot, or a word
 * that is no note of the customer's (note_or_own_place); its own town
 * (town_not_its), typed anywhere in the name, keeps the link.
 * (gen-link-blind49, after its held-out run.) */
static int
office_elsewhere(const char *guess, size_t idx)
{
	const char *city = city_of(idx);
	char *own, *t, *gw;
	int slot = 0, other = 0;

	if (city == NULL || (own = last_town(customers.c[idx].name,
	    &slot)) == NULL)
		return 0;
	gw = sdc_name_words(names, guess);
	if ((strcmp(own, city) == 0 || town_like(own, city)) &&
	    !town_among(gw, city) && (t = last_town(guess, &slot)) != NULL) {
		other = !extra_what(idx, t, XW_TOWN) && (slot ||
		    town_served(t) || !note_or_own_place(guess, t, idx));
		free(t);
	}
	free(gw);
	free(own);
	return other;
}

/* The last word of the text h is typed after a separator (" - new pc",
 * ", Olsztyn", "(Opole)"): a note or site, not a word of the name. */
static int
last_after_mark(const char *h)
{
	const char *sp = strrchr(h, ' ');

	if (sp == NULL)
		return 0;
	return sp[1] == '(' || sp[1] == '[' || (sp > h && strchr(",;:-/|(",
	    sp[-1]) != NULL) || (sp - h >= 3 && strncmp(sp - 3, "\u2013", 3) ==
	    0);	/* an en dash */
}

/* The word t is a word of the customer's legal form f written out, one
 * the form typed, tf, lacks: its first letter and the others in order
 * ("spolka" typed before "z o.o." for "sp. z o.o."), or cut short
 * ("Unip. Lda" for "Unipessoal Lda."). */
static int
form_written_out(const char *t, const char *f, const char *tf)
{
	char *w = sdc_xstrdup(f), *u, *save = NULL;
	int out = 0;

	for (u = strtok_r(w, " ", &save); u && !out; u = strtok_r(NULL, " ",
	    &save))
		out = *u == *t && !has_word(tf, u) && (sdc_name_subseq(u,
		    t) || sdc_name_subseq(t, u));
	free(w);
	return out;
}

/* The last word typed, w (its words), is a legal form: one the list
 * writes as a form (is_written_form), or words the names drop, the
 * forms of names.c's list ("ApS", "A/S", "as"), which the list's names
 * lose when read, so are never learnt. */
static int
form_typed(const char *w)
{
	char *c = sdc_xstrdup(w), *t, *save = NULL;
	int form = *w != '\0';

	if (strchr(w, ' ') == NULL && is_written_form(&customers, w))
		form = 1;
	else
		for (t = strtok_r(c, " ", &save); t && form; t = strtok_r(NULL,
		    " ", &save))
			form = sdc_name_is_drop(names, t);
	free(c);
	return form;
}

/* The text s before its legal form: the form the list knows by its
 * names (form_head), or else a last word that is a form (form_typed)
 * however its case is written: "ApS" (a capital after a small letter,
 * no mark form_head reads), "IVS" of a list where few firms are so
 * registered; a form of one word, after a word the names do not drop,
 * so that "Partnerschaft" of "... Partnerschaft mbB" is read as a word
 * of its form, PartG written out, not of its name.  A short trade word
 * learnt as a form may stand before it ("Vintergaard Rør NUF").  A new
 * string, or NULL. */
static char *
head_before_form(const char *s)
{
	char *h = form_head(&customers, s), *w;
	const char *sp = strrchr(s, ' '), *e;

	if (h != NULL || sp == NULL)
		return h;
	w = sdc_name_words(names, sp + 1);
	if (form_typed(w))
		h = sdc_xstrndup(s, (size_t)(sp - s));
	free(w);
	if (h != NULL) {	/* a form of one word: not "PartG mbB" */
		w = sdc_name_words(names, h);
		e = strrchr(w, ' ') ? strrchr(w, ' ') + 1 : w;
		if (!*e || sdc_name_is_drop(names, e)) {
			free(h);
			h = NULL;
		}
		free(w);
	}
	return h;
}

/* The name of the customer at idx before its legal form, the form
 * read before a bracket ending the name, a registration number or a
 * note ("Bud-Trans ... sp.j. (NIP 180-054-55-98)"): a new string, or
 * NULL when no form ends it (form_head). */
static char *
form_head_unbracketed(size_t idx)
{
	const char *name = customers.c[idx].name, *b = strrchr(name, '(');
	size_t len = strlen(name);
	char *h, *head;

	while (len > 0 && name[len - 1] == ' ')
		len--;
	if (b == NULL || b == name || len == 0 || name[len - 1] != ')')
		return head_before_form(name);
	h = sdc_xstrndup(name, (size_t)(b - name));
	head = head_before_form(h);
	free(h);
	return head;
}

/* The words t, typed between the whole name of the customer at idx and
 * a legal form, are its own or no name's: a word of them a number, a
 * word saying where, a form or initial, a slip of its words, a
 * contact's, its own region or town (extra_what), or a word of its own
 * form written out (form_written_out: out its form's words, tf the form
 * typed); or t, of two words, its own town or region ("San Antonio").
 * A town's particle typed small before the other word ("de Saltillo",
 * as guess has it: town_particle; not "and": "Walker Plumbing and
 * Heating Inc.") is no word of its own: the town after it says. */
static int
before_form_own(const char *guess, size_t idx, const char *t,
    const char *out, const char *tf)
{
	char *w = sdc_xstrdup(t), *u, *save = NULL;
	int own = strchr(t, ' ') != NULL && extra_what(idx, t, XW_REGION |
	    XW_TOWN);

	for (u = strtok_r(w, " ", &save); u && !own; u = strtok_r(NULL, " ",
	    &save))
		own = !(u == w && strchr(t, ' ') && !sdc_nev_and(u) &&
		    town_particle(guess, u)) &&
		    (extra_what(idx, u, XW_NUMBER | XW_WHERE | XW_FORM |
		    XW_SLIP | XW_CONTACT | XW_REGION | XW_TOWN) ||
		    (out && form_written_out(u, out, tf)));
	free(w);
	return own;
}

/* The words of the name typed, less a legal form typed after them, are
 * the whole name of the customer at idx (less its form) and one word
 * more or two, typed before the form and after no separator
 * (last_after_mark): "Medmet Instalacje Szczecin sp. z o.o." for
 * Medmet Instalacje sp. z o.o. of Gdansk, "Walker Plumbing San Antonio
 * Inc." for the Walker Plumbing Inc. of Columbus.  A word typed before
 * the form is of the registered name, and a firm named with a town is
 * another firm registered so; a site or branch is typed after the form
 * (", Szczecin").  Words of the customer's own or of no name's
 * (before_form_own) are none.  The words, a new string, or NULL.
 * (gen-link-blind51, after its held-out run; two words, session 32.) */
static char *
town_before_form(const char *guess, size_t idx)
{
	const char *cw = customers.c[idx].words, *sp;
	char *gh = head_before_form(guess), *ch, *gs, *cs, *tf, *w;
	char *t = NULL;
	size_t n;

	if (gh == NULL || last_after_mark(gh)) {
		free(gh);
		return NULL;
	}
	ch = form_head_unbracketed(idx);
	w = sdc_name_words(names, gh);
	gs = sdc_name_strip(names, w);
	free(w);
	tf = sdc_name_words(names, guess + strlen(gh));
	w = ch ? sdc_name_words(names, ch) : NULL;
	cs = sdc_name_strip(names, w ? w : cw);
	n = strlen(cs);
	if (*cs && strncmp(gs, cs, n) == 0 && gs[n] == ' ' &&
	    ((sp = strchr(gs + n + 1, ' ')) == NULL || strchr(sp + 1, ' ') ==
	    NULL)) {
		t = gs + n + 1;
		if (before_form_own(guess, idx, t, strncmp(cw, cs, n) == 0 ?
		    cw + n : NULL, tf))
			t = NULL;
	}
	t = t ? sdc_xstrdup(t) : NULL;
	free(gh);
	free(ch);
	free(w);
	free(tf);
	free(gs);
	free(cs);
	return t;
}

/* The name linked read a kind's word in another language (the
 * customer's "Treuhand" typed "Fiduciaire") and has a town after it, one
 * a customer is in, that is not the customer's (town_not_its):
 * "Fiduciaire Gisler Sàrl, Morges" for Gisler Treuhand GmbH of Luzern.
 * Where a land speaks two languages, a firm of the same name in another
 * town of the other language is another firm as likely; the customer's
 * own town, or a town read with its own kind's words, keeps the link.
 * The word, a new string, or NULL.  (gen-link-blind48, after its
 * held-out run.) */
static char *
kind_elsewhere(const char *guess, size_t idx)
{
	const char *city = city_of(idx);
	char *t, *q = NULL;
	int slot = 0;

	if (city == NULL || (t = last_town(guess, &slot)) == NULL)
		return NULL;
	if (town_served(t) && !extra_what(idx, t, XW_TOWN))
		q = kind_translated(guess, idx);
	free(t);
	return q;
}

#define SPELT_MIN 5	/* letters of a word read as another spelling */

/* The typed word t reads as the customer's at idx only with a slip,
 * while t, or t less an inflection ending, is a word other names of the
 * list hold and its name does not ("Lindkvistin" typed, "Lindkvists
 * Måleri" listed, for "Lindqvistin Rakennus"): a surname has spellings,
 * each its own families', and the list shows this one is written, so
 * the slip is a guess. */
static int
other_spelling(const char *t, size_t idx)
{
	char form[64], *own;
	struct sdc_nev_hit h;
	int other;

	if (strlen(t) < SPELT_MIN || sdc_name_is_drop(names, t) ||
	    sdc_nev_held_form(customers.ev, t, form, sizeof(form)) == 0)
		return 0;
	score_cand(t, (long)idx, &h);
	if (h.score <= 0 || (h.how & ~(unsigned)SDC_NEV_TYPO) != 0)
		return 0;
	own = sdc_xstrdup(customers.c[idx].words);
	sdc_name_digraphs(own);
	other = !has_word(own, form);
	free(own);
	return other;
}

/* The first typed word read as a slip of the customer's that is another
 * spelling the list holds (other_spelling): a new string, or NULL. */
static char *
spelt_elsewhere(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *t, *save = NULL, *o = NULL;

	for (t = strtok_r(w, " ", &save); t && !o; t = strtok_r(NULL, " ",
	    &save))
		if (other_spelling(t, idx))
			o = sdc_xstrdup(t);
	free(w);
	return o;
}

/* The first typed word the name of the customer at idx does not hold
 * that is two slips from a word of it naming a town, the customer's own
 * or one a customer is in (town_served), with another first letter and
 * the same ending: towns are named as a head and a common ending
 * ("Farmington" and Arlington, "Crossville" and Roseville: -ington,
 * -ville, -field, -burg), so a word two letters off a town at its head
 * is another town as likely, and its business another (the namesake
 * there).  Slips of the hand keep the first letter mostly and fall
 * anywhere ("Scottsadlr" for Scottsdale, "Wäddsnswil" for Wädenswil, a
 * macron typed as a double vowel: "Oopootiki" for Ōpōtiki), and one slip
 * is still read as a typo of the town.  A new string, or NULL. */
#define TOWN_ENDING 4	/* letters of a town's ending kept */
#define TOWN_HEADED 7	/* letters of a town with a head and an ending:
			 * in a shorter one ("Haifa", "Yaaifa") two
			 * slips are most of what is not the ending */

static int
same_ending(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);

	return n > TOWN_ENDING && m > TOWN_ENDING && strcmp(a + n -
	    TOWN_ENDING, b + m - TOWN_ENDING) == 0;
}

/* The word t is one slip from one of the words ws. */
int
slip_of_one(const char *t, const char *ws)
{
	char *l = sdc_xstrdup(ws), *w, *save = NULL;
	int one = 0;

	for (w = strtok_r(l, " ", &save); w && !one; w = strtok_r(NULL, " ",
	    &save))
		one = sdc_nev_one_slip(t, w);
	free(l);
	return one;
}

static char *
town_two_off(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *own, *t, *c, *s1, *s2;
	char *o = NULL;
	const char *city = city_of(idx);

	own = sdc_xstrdup(customers.c[idx].words);
	for (t = strtok_r(w, " ", &s1); t && !o; t = strtok_r(NULL, " ",
	    &s1)) {
		/* a slip of another word of the name reads as that word
		 * ("Cooral" of Coral Fitness Doral Corp) */
		if (has_word(customers.c[idx].words, t) ||
		    slip_of_one(t, customers.c[idx].words))
			continue;
		for (c = strtok_r(own, " ", &s2); c && !o; c = strtok_r(NULL,
		    " ", &s2))
			if (((city && strcmp(c, city) == 0) ||
			    town_served(c)) && strlen(c) >= TOWN_HEADED &&
			    t[0] != c[0] &&
			    same_ending(t, c) &&
			    sdc_nev_two_slips(t, c))
				o = sdc_xstrdup(t);
		strcpy(own, customers.c[idx].words);
	}
	free(own);
	free(w);
	return o;
}

/* The typed word t is the word c with letters left out from inside it,
 * two or more and a consonant among them, its first and last kept and a
 * vowel after its first ("mati" of Makati): a word spoken, not a
 * shorthand of its consonants ("Mkti", "Vlknswrd") nor a slip. */
static int
contracted_word(const char *t, const char *c)
{
	const char *p = c, *q;
	int cons = 0;

	if (t[0] != c[0] || strlen(t) + 2 > strlen(c) ||
	    strpbrk(t + 1, "aeiouy") == NULL)
		return 0;
	for (q = t; *q && *p; q++) {
		for (; *p && *p != *q; p++)
			cons |= strchr("aeiouy", *p) == NULL;
		if (*p)
			p++;
	}
	return *q == '\0' && *p == '\0' && cons;
}

/* The first typed word, not of the name of the customer at idx, that is
 * the word of its name naming its own town with letters left out from
 * inside (contracted_word), not its beginning: "Mati" for Makati.  A
 * town written into a name is typed whole, cut short or with slips;
 * a shorter word of its letters is another town's name as likely, and
 * its business another (the namesake there: "Sangguniang Panlungsod ng
 * Mati" for the council of Makati; gen-link-blind57, after its held-out
 * run).  Another letter for one ("Danao" for Davao) is not read so: a
 * town's other spellings ("Chengtu", "Gerona") and typos are as much.
 * A new string, or NULL. */
static char *
town_misread(const char *guess, size_t idx)
{
	const char *city = city_of(idx), *cw = customers.c[idx].words;
	char *w, *own, *t, *c, *s1, *s2, *o = NULL;

	if (city == NULL)
		return NULL;
	w = sdc_name_words(names, guess);
	own = sdc_xstrdup(cw);
	for (t = strtok_r(w, " ", &s1); t && !o; t = strtok_r(NULL, " ",
	    &s1)) {
		if (strlen(t) <= PARTICLE || has_word(cw, t) ||
		    word_begins(cw, t))
			continue;
		for (c = strtok_r(own, " ", &s2); c && !o; c = strtok_r(NULL,
		    " ", &s2))
			if (strlen(c) >= TOWN_SLIP && has_word(city, c) &&
			    contracted_word(t, c))
				o = sdc_xstrdup(t);
		strcpy(own, cw);
	}
	free(own);
	free(w);
	return o;
}

/* Every typed word of w is a word of the customer at idx's name, or
 * spelt like one or cut short of one (like_one_of, word_begins), or a
 * letter alone (an initial, a word cut to its first letter): its name
 * accounts for the whole name typed. */
static int
accounts_for(const char *w, size_t idx)
{
	char *t = sdc_xstrdup(w), *q, *save = NULL;
	const char *cw = customers.c[idx].words;
	int all = 1;

	for (q = strtok_r(t, " ", &save); q && all; q = strtok_r(NULL, " ",
	    &save))
		all = has_word(cw, q) || q[1] == '\0' || like_one_of(q, cw) ||
		    word_begins(cw, q);
	free(t);
	return all;
}

/* The words of w, each once, in their order ("kampala kampala" of a
 * site typed after a name that ends with it: one word); and *held the
 * ones of them the customer at idx holds as they are.  New strings. */
static char *
words_once(const char *w, size_t idx, char **held)
{
	char *t = sdc_xstrdup(w), *q, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT, h = SDC_BUF_INIT;

	for (q = strtok_r(t, " ", &save); q; q = strtok_r(NULL, " ", &save)) {
		if (b.len && has_word(b.p, q))
			continue;
		sdc_buf_printf(&b, "%s%s", b.len ? " " : "", q);
		if (has_word(customers.c[idx].words, q))
			sdc_buf_printf(&h, "%s%s", h.len ? " " : "", q);
	}
	free(t);
	*held = h.len ? h.p : sdc_xstrdup("");
	return b.len ? b.p : sdc_xstrdup("");
}

/* A candidate the name evidence ranked beside the one linked (d's top)
 * holds every typed word the linked one holds as typed, accounts for
 * the rest (accounts_for) and holds them in the typed order: the linked
 * one's own words beyond them (a legal form, "CPAs") keep it from the
 * holders of its every word, but the name typed is still the one whose
 * order it keeps ("Desai Kapoor Accontants" is Desai Kapoor Accountants
 * P/L, not Kapoor Desai Accountants Pty; "Morris & Stucki C" is Morris &
 * Stucki PC, not Stucki Morris & Co. CPAs: gen-link-blind40, 42 at
 * 50k).  Its name, or NULL. */
static const char *
ranked_in_order(const char *w, const struct decision *d)
{
	char *held, *u = words_once(w, d->idx, &held);
	const char *o = NULL;
	size_t i;
	long x;

	for (i = 0; !o && *held && !same_order(u, customers.c[d->idx].words) &&
	    i < d->ntop; i++) {
		x = pool_find_id(&customers, d->top_id[i]);
		if (x >= 0 && (size_t)x != d->idx &&
		    words_in(customers.c[x].words, held, 1) &&
		    accounts_for(u, (size_t)x) &&
		    same_order(u, customers.c[x].words))
			o = customers.c[x].name;
	}
	free(held);
	free(u);
	return o;
}

#define SLIP_READ_MIN 4	/* letters of a typed word read back from a slip */
#define SLIP_READ_HELD 2	/* typed words held as typed, for an order */

/* The typed words w with each word the customer at idx lacks but holds
 * one slip off read as its own ("de guzman pabganiban" of Panganiban De
 * Guzman & Associates: "de guzman panganiban"), so that a slip does not
 * hide the order it was typed in; *read the words so read.  Only beside
 * two words held as typed: one ("Meier Gebr." of Gebr. Meijer BV) is
 * too little order to read.  New strings. */
static char *
slips_read(const char *w, size_t idx, char **read)
{
	char *t = sdc_xstrdup(w), *l, *q, *c, *s1 = NULL, *s2;
	const char *cw = customers.c[idx].words, *as;
	struct sdc_buf b = SDC_BUF_INIT, r = SDC_BUF_INIT;
	size_t n, held = words_held(cw, w, &n);

	l = sdc_xstrdup(cw);
	for (q = strtok_r(t, " ", &s1); q; q = strtok_r(NULL, " ", &s1)) {
		as = q;
		strcpy(l, cw);
		s2 = NULL;
		for (c = strtok_r(l, " ", &s2); c && as == q && held >=
		    SLIP_READ_HELD && strlen(q) >= SLIP_READ_MIN &&
		    !has_word(cw, q); c = strtok_r(NULL, " ", &s2))
			if (sdc_nev_one_slip(q, c))
				as = c;
		sdc_buf_printf(&b, "%s%s", b.len ? " " : "", as);
		if (as != q)
			sdc_buf_printf(&r, "%s%s", r.len ? " " : "", as);
	}
	free(l);
	free(t);
	*read = r.len ? r.p : sdc_xstrdup("");
	return b.len ? b.p : sdc_xstrdup("");
}

/* The linked customer holds the typed words in another order than
 * typed, and another customer holds every word of the linked one's
 * name in the typed order: a firm named by two partners is listed
 * beside the firm of the same two in the other order ("Nguyen &
 * Papadopoulos" and "Papadopoulos & Nguyen"), and the name typed is
 * the one whose order it keeps, however the other's registry number or
 * legal form weighs its words (gen-link-blind40: "Martin & Young
 * Solicitors - Bronwyn" is Martin & Young Solicitors Pty. Ltd. ACN
 * 595 300 664, not Young & Martin Solicitors), or a candidate ranked
 * beside it holds the words they share so (ranked_in_order).  1 if so
 * (why says which). */
static int
order_elsewhere(const char *guess, struct decision *d)
{
	char *typed = sdc_name_words(names, guess);
	char *read, *w = slips_read(typed, d->idx, &read);
	size_t ids[HOLDERS_RANK], n = 0, i, x;
	const char *o = NULL, *own = customers.c[d->idx].name;
	int apart = !same_order(w, customers.c[d->idx].words);

	if (apart)
		n = sdc_nev_holders(customers.ev, customers.c[d->idx].norm, ids,
		    HOLDERS_RANK);
	for (i = 0; !o && n <= HOLDERS_RANK && i < n; i++) {
		x = cand_of(&customers, ids[i]);
		/* a word read from a slip is no order where x lacks it */
		if (x != d->idx && same_order(w, customers.c[x].words) &&
		    words_in(customers.c[x].words, read, 1))
			o = customers.c[x].name;
	}
	if (!o && apart)
		o = ranked_in_order(w, d);
	if (o)
		snprintf(d->why, sizeof(d->why), "\"%.40s\" names the words in "
		    "the typed order, \"%.40s\" in another", o, own);
	free(typed);
	free(read);
	free(w);
	return o != NULL;
}

/* The typed name ends with one letter after two words or more
 * ("Colmado & Deli Sánchez E"): a word cut short as likely as a drop
 * word ("e", "y": "and") or an initial, so another customer's name that
 * goes on from the typed words with a word of that letter ("... Sánchez
 * Echevarría Corp.") is as likely as the one linked.  Its name, or NULL. */
static const char *
cut_letter(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *head;
	const char *last = strrchr(w, ' '), *o = NULL, *c;
	size_t ids[HOLDERS_RANK], n = 0, i, len;

	if (last != NULL && strlen(last + 1) == 1 && isalpha((unsigned char)
	    last[1]) && memchr(w, ' ', (size_t)(last - w)) != NULL) {
		head = sdc_name_normalise(names, w);
		n = sdc_nev_holders(customers.ev, head, ids, HOLDERS_RANK);
		free(head);
	}
	len = last ? strlen(w) : 0;
	for (i = 0; !o && n <= HOLDERS_RANK && i < n; i++) {
		c = customers.c[cand_of(&customers, ids[i])].words;
		if (cand_of(&customers, ids[i]) != idx && strncmp(c, w, len) ==
		    0 && isalpha((unsigned char)c[len]))
			o = customers.c[cand_of(&customers, ids[i])].name;
	}
	free(w);
	return o;
}

/* ... the kind of business or the end the list does not see: a kind
 * typed in a language the customer's town does not write, a last letter
 * another name goes on with, a kind the customer does not name, a kind
 * in another language that a rival names too, or read in another
 * language while the name's other words are read with a slip: two
 * guesses stacked ("Rivera e Hijos" is no more Barcelona's "Riera i
 * Fills" than another business of a name one letter off; "Castillo &
 * Rodriguex Lawyers" is "Abogados Castillo y Rodriguez" by Castillo);
 * or its words in another order than another customer's. */
static void
undo_kind(const char *guess, struct decision *d, int weighted)
{
	const char *name = customers.c[d->idx].name, *r;
	char *q = NULL;

	if (weighted && (q = kind_foreign(guess, d->idx)) != NULL)
		snprintf(d->why, sizeof(d->why), "\"%.40s\" is in a language "
		    "no customer of \"%.40s\"'s town writes", q, name);
	else if ((weighted || (d->rule && strcmp(d->rule, "normalised") ==
	    0)) && (r = cut_letter(guess, d->idx)) != NULL)
		snprintf(d->why, sizeof(d->why), "its last letter may be a word "
		    "cut short: \"%.40s\" as likely as \"%.40s\"", r, name);
	else if (weighted && !(d->how & (SDC_NEV_LAYOUT | SDC_NEV_TRANSLIT)) &&
	    (q = kind_contradicts(guess, d->idx)) != NULL)
		snprintf(d->why, sizeof(d->why), "\"%.40s\" names a kind of "
		    "business \"%.40s\" is not", q, name);
	else if (weighted && (r = kind_rival(guess, d)) != NULL)
		snprintf(d->why, sizeof(d->why), "its kind typed in another "
		    "language, \"%.40s\" is as likely as \"%.40s\"", r, name);
	else if (weighted && (q = kind_elsewhere(guess, d->idx)) != NULL)
		snprintf(d->why, sizeof(d->why), "\"%.40s\" read in another "
		    "language, and a town not its own after the name: another "
		    "firm than \"%.40s\" as likely", q, name);
	else if (weighted && (d->how & SDC_NEV_TYPO) &&
	    (q = kind_translated_alone(guess, d->idx)) != NULL)
		snprintf(d->why, sizeof(d->why), "\"%.40s\" read in another "
		    "language and a word with a slip: a guess, not \"%.40s\"",
		    q, name);
	else if (!weighted || !order_elsewhere(guess, d))
		return;
	d->linked = 0;
	free(q);
}

/* The typed name, read back from Gaj's Latin as the list romanises
 * Cyrillic (ž zh, š sh: sdc_name_retyped), links another customer, one
 * the list holds in Cyrillic ("Apoteka Zlatibor Niš", read "apoteka
 * zlatibor nish", is Апотека Златибор Ниш as likely as the Apoteka
 * Zlatibor in Čačak): a Serbian name is written in either script, so
 * the link is a guess (not the name typed whole, "exact").  That
 * customer's name, or NULL. */
static const char *
cyrillic_other(struct pool *p, const char *guess, size_t idx)
{
	char *r = sdc_name_retyped(guess, SDC_NAME_RETYPED_GAJ), *w = NULL;
	struct decision h;
	const char *o = NULL;

	/* most names at once: no word read so is a customer's */
	if (r == NULL || (w = retyped_words(p, guess, r)) == NULL) {
		free(r);
		return NULL;
	}
	by_name_alone(p, r, &h);
	if (h.linked && h.idx != idx && sdc_name_other_script(p->c[h.idx].name))
		o = p->c[h.idx].name;
	free(w);
	free(r);
	return o;
}

/* Another customer is the typed name whole read in the Cyrillic key
 * (script_twin), legal form and all, and the linked one is not: a name
 * the list writes in both scripts or two romanisations, the twins told
 * apart by a form, a town or a hyphen (gen-link-blind22: "Stomatološka
 * ordinacija Dr Vuković a.d." typed, its d.o.o. linked, Стоматолошка
 * ординација Др Вуковић а.д. listed; "PZU Poliklinika Medicus AD" for
 * ПЗУ Поликлиника Медицус АД, not PZU Poliklinika Medicus; blind16:
 * "LLP Transportnaia kompaniia Zhuldyzsoft" for LLP Transportnaya
 * kompaniya Zhuldyzsoft, not TOO ... Zhuldyz-Soft).  A bill to the twin
 * is the wrong firm's; a review costs a minute.  That customer's name,
 * or NULL. */
static const char *
twin_whole(struct pool *p, const char *guess, size_t idx)
{
	char *n = sdc_name_normalise(names, guess), *key = sdc_name_sortkey(n);
	long j = -1;

	if (strcmp(key, p->c[idx].key) != 0)
		j = script_twin(p, n, idx);
	free(n);
	free(key);
	return j >= 0 ? p->c[j].name : NULL;
}

/* The word after the given name g in the words w ("tremblay" of
 * "demo jennifer jennifer tremblay custom seeding" after "jennifer"), a
 * new string, or NULL. */
static char *
after_given(const char *w, const char *g)
{
	const char *s = w, *e;
	size_t n = strlen(g);

	for (; (s = strstr(s, g)) != NULL; s += n)
		if ((s == w || s[-1] == ' ') && s[n] == ' ' && strncmp(s + n +
		    1, g, n) != 0) {
			e = s + n + 1;
			return sdc_xstrndup(e, strcspn(e, " "));
		}
	return NULL;
}

/* The surname typed (of the typed words w) and the customer's own (of
 * its words cw) are two known surnames, each missing from the other's
 * words and neither a slip of the other nor cut short of it (the
 * name's last word cut: "Dr Pierre Ma" of Dr Pierre Martin).  With
 * unknown, the typed one may be a word no customer's name holds
 * instead: surnames are more than any list. */
static int
surnames_apart(const char *w, const char *typed, const char *cw,
    const char *own, int unknown)
{
	return !has_word(w, own) && !has_word(cw, typed) &&
	    ((sdc_person_name_kind(typed) & SDC_NAME_SURNAME) || (unknown &&
	    sdc_nev_names_with(customers.ev, typed) == 0)) &&
	    (sdc_person_name_kind(own) & SDC_NAME_SURNAME) &&
	    !like_one_of(own, typed) && !like_one_of(typed, own) &&
	    strncmp(own, typed, strlen(typed)) != 0;
}

/* The typed word is the customer's word own written short, its first
 * letter and others in order ("Rdz." of Rodríguez). */
static int
short_for(const char *typed, const char *own)
{
	return *typed == *own && sdc_name_subseq(typed, own);
}

/* The words cw of a customer's name end with a person's name after a
 * title (sdc_person_title: "dr"): the word t of it, then own, its last
 * ("Praxis Dr. med. dent. Uwe Otto", "Ordination Dr. Otto").  Read so, t
 * is the given name or the title whatever the lists know, and own the
 * surname. */
static int
titled_last(const struct pool *p, const char *cw, const char *t,
    const char *own)
{
	const char *e = last_word(cw), *s;
	char w[64];
	size_t n;

	if (e == NULL || strcmp(e, own) != 0 || strlen(own) < 3 ||
	    is_form(p, own))
		return 0;
	for (s = cw; s < e; s += n + (s[n] == ' ')) {
		n = strcspn(s, " ");
		if (n < sizeof(w)) {
			memcpy(w, s, n);
			w[n] = '\0';
			if (sdc_person_title(w))
				return has_word(s, t);
		}
	}
	return 0;
}

/* The typed name has a surname after a given name where the name of the
 * customer at idx has another after the same ("Jennifer Jennifer
 * Tremblay Custom Seeding" beside Jennifer Jennifer King Custom Seeding
 * Inc.), each in the other's words neither whole nor slipped: another
 * person's business of the same trade, not an extra word
 * (gen-link-blind37).  Where the customer's name ends with a titled
 * person (titled_last), the given name need not be one the lists know,
 * and the surname typed may be a word no customer's name holds, typed
 * straight after it (no separator: not a note), not the customer's
 * written short: "Praxis Dr. med. dent. Uwe Thalmann-Vogt" is not Uwe
 * Otto's practice (gen-link-blind43).  The surname typed, a new string,
 * or NULL. */
static char *
surname_other(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *l = sdc_xstrdup(w), *t,
	    *save = NULL, *typed = NULL, *own, *sep = sdc_name_site_head(guess);
	const char *cw = customers.c[idx].words;
	int apart, titled;

	for (t = strtok_r(l, " ", &save); t && !typed; t = strtok_r(NULL, " ",
	    &save)) {
		if (!has_word(cw, t) || (typed = after_given(w, t)) == NULL)
			continue;
		own = after_given(cw, t);
		titled = own != NULL && sep == NULL &&
		    titled_last(&customers, cw, t, own) &&
		    !short_for(typed, own);
		apart = own != NULL && (titled ||
		    (sdc_person_name_kind(t) & SDC_NAME_GIVEN)) &&
		    surnames_apart(w, typed, cw, own, titled);
		free(own);
		if (!apart) {
			free(typed);
			typed = NULL;
		}
	}
	free(sep);
	free(l);
	free(w);
	return typed;
}

/* A year in brackets typed after a name ("Highfield Pharmacy Solutions
 * (2011) Ltd") that the name of the customer at idx does not hold: how
 * the UK's and Ireland's registers name a successor company, the old
 * name taken again with a year (Companies House: a name must differ from
 * one on the register; a year is the usual difference).  Another company,
 * a new customer if any (the held-out gen-link-blind39, after its run).
 * The year typed (4 digits into y), or 0. */
static int
successor_year(const char *guess, const char *name, char y[5])
{
	const char *s;

	for (s = strchr(guess, '('); s != NULL; s = strchr(s + 1, '('))
		if ((s[1] == '1' || s[1] == '2') && isdigit((unsigned char)s[2])
		    && isdigit((unsigned char)s[3]) &&
		    isdigit((unsigned char)s[4]) && s[5] == ')') {
			memcpy(y, s + 1, 4);
			y[4] = '\0';
			return strstr(name, y) == NULL;
		}
	return 0;
}

/* The word w (len bytes) is in the text s as a word, in any case. */
static int
word_in_text(const char *s, const char *w, size_t len)
{
	const char *p;

	for (p = s; *p; p++)
		if (strncasecmp(p, w, len) == 0 && (p == s ||
		    !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[len]))
			return 1;
	return 0;
}

/* s begins with an ordinal's ending and the word ends there ("st" of
 * "1st"). */
static int
ordinal_suffix(const char *s)
{
	return (strncasecmp(s, "st", 2) == 0 || strncasecmp(s, "nd", 2) == 0 ||
	    strncasecmp(s, "rd", 2) == 0 || strncasecmp(s, "th", 2) == 0) &&
	    !isalnum((unsigned char)s[2]);
}

/* An ordinal typed in figures ("1st State Bank Chilton", "2nd Avenue
 * Dental") that the customer's name does not hold, in figures or in
 * words ("First"): which one of a name is part of it, another business
 * (the normalised name left "1st" out and linked Chilton State Bank
 * beside First State Bank of Chilton, gen-link-blind38 at 50k).  Before
 * a site or note only, and not of a street, a floor or a site ("1st
 * Ave", "2nd Location").  The ordinal typed (into o), or 0. */
static int
ordinal_other(const char *guess, const char *name, char o[16])
{
	static const char *const word[] = { "first", "second", "third",
	    "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	    "tenth" };
	char *head = sdc_name_site_head(guess), *t;
	const char *s, *end = head ? guess + strlen(head) : guess +
	    strlen(guess);
	size_t n, n2;
	long v;
	int street;

	free(head);	/* a site or note after it ("- 2nd location") */
	for (s = guess; s < end; s++) {
		if (!isdigit((unsigned char)*s) || (s > guess &&
		    isalnum((unsigned char)s[-1])))
			continue;
		n = strspn(s, "0123456789");
		if (n > 4 || !ordinal_suffix(s + n))
			continue;
		t = sdc_name_words(names, s + n + 2);
		n2 = strcspn(t, " ");
		t[n2] = '\0';	/* the next word: "1st Ave", "26th Floor" */
		street = address_word(t) || place_word(t) || premises_word(t);
		free(t);
		v = strtol(s, NULL, 10);
		if (street || word_in_text(name, s, n + 2) || (v >= 1 &&
		    v <= 10 && word_in_text(name, word[v - 1],
		    strlen(word[v - 1]))))
			continue;
		snprintf(o, 16, "%.*s", (int)(n + 2), s);
		return 1;
	}
	return 0;
}

#define DROP_HOLDERS 8	/* names holding every typed word looked at */

/* The name linked by its normalised words left out a typed word the
 * customer's name neither holds nor spells ("Ngaai" of Ngāi is its),
 * no legal form everywhere ("Inn" of "The White Hart Inn, Bandon": so
 * many names end with it at 50,000 customers that the list learnt it
 * as a form, and "The White Hart, Bandon" was linked), and another
 * customer's name holds every typed word, that one too ("The White Hart
 * Inn, Bandon (D O'CONNOR LIMITED)"): the name is that one's as
 * likely.  Its place in the pool, or -1. */
static long
dropped_elsewhere(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *t, *save = NULL;
	char *l = sdc_xstrdup(w);
	size_t ids[DROP_HOLDERS], n = 0, i;
	long other = -1;
	int lacks = 0;

	for (t = strtok_r(l, " ", &save); t && !lacks; t = strtok_r(NULL,
	    " ", &save))
		lacks = !sdc_name_is_drop(names, t) &&
		    !has_word(customers.c[idx].words, t) &&
		    !like_one_of(t, customers.c[idx].words);
	if (lacks)
		n = sdc_nev_holders(customers.ev, w, ids, DROP_HOLDERS);
	for (i = 0; i < n && n <= DROP_HOLDERS && other < 0; i++)
		if (cand_of(&customers, ids[i]) != idx)
			other = (long)cand_of(&customers, ids[i]);
	free(l);
	free(w);
	return other;
}

/* The office typed (its town and office word) is another office of the
 * firm whose office the customer at idx is (sdc_office_other): that
 * town, a new string, or NULL. */
static char *
office_other(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *o;

	o = sdc_office_other(names, w, customers.c[idx].words);
	free(w);
	return o;
}

/* A holding company typed, the customer at idx none
 * (sdc_office_holding). */
static int
holding_other(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess);
	int o = sdc_office_holding(w, customers.c[idx].words);

	free(w);
	return o;
}

/* A desk's label before the name ("Quote - X", "Prospect: X",
 * "Teklif - X") holds a word of selling before a sale
 * (sdc_name_is_sales) that the name of the customer at idx lacks: the
 * session is a prospect's, billed to no customer, whichever one the
 * name after it reads as (gen-link-blind27, 28, 34 at 50k: a quote for
 * a prospect named as a customer is). */
static int
sales_label(const char *guess, size_t idx)
{
	const char *rest = sdc_name_desk_rest(guess);
	char *head, *w, *t, *save = NULL;
	int sales = 0;

	if (rest == NULL)
		return 0;
	head = sdc_xstrndup(guess, (size_t)(rest - guess));
	w = sdc_name_words(names, head);
	for (t = strtok_r(w, " ", &save); t && !sales; t = strtok_r(NULL, " ",
	    &save))
		sales = sdc_name_is_sales(t) &&
		    !has_word(customers.c[idx].words, t);
	free(w);
	free(head);
	return sales;
}

/* A typed word that is a word of the customer's words cw with "ne"
 * after it, which cw does not hold itself: Hungarian names a married
 * woman by her husband's name and the suffix -né ("Kovács Sándorné",
 * Mrs Sándor Kovács; "Kovácsné Tóth Erika"), typed "ne" without its
 * mark as often.  Another person than the customer named "Kovács
 * Sándor", not a slip of the keys nor a word run on (gen-link-blind55).
 * Where his name is typed too, she is named beside him ("Pálné - Pál
 * János", his wife for the firm's Pál János): no other person then.
 * The word less its suffix, a new string, or NULL. */
char *
wife_named(const char *guess, const char *cw)
{
	char *w = sdc_name_words(names, guess), *l = sdc_xstrdup(w), *t,
	    *save = NULL, *r = NULL;
	size_t n;

	for (t = strtok_r(l, " ", &save); t && !r; t = strtok_r(NULL, " ",
	    &save)) {
		n = strlen(t);
		if (n < 5 || strcmp(t + n - 2, "ne") != 0 || has_word(cw, t))
			continue;
		t[n - 2] = '\0';
		if (has_word(cw, t) && !has_word(w, t))
			r = sdc_xstrdup(t);
	}
	free(l);
	free(w);
	return r;
}

/* The name linked is a married woman's named by her husband's, the
 * customer's (wife_named): another person.  Says why in d. */
static int
wife_other(const struct pool *p, const char *guess, struct decision *d)
{
	char *s = wife_named(guess, p->c[d->idx].words);

	if (s == NULL)
		return 0;
	snprintf(d->why, sizeof(d->why), "\"%.30sne\" typed is the wife's "
	    "name of \"%.30s\" of \"%.40s\" (Hungarian -ne): another person",
	    s, s, p->c[d->idx].name);
	free(s);
	return 1;
}

/* The name linked is another company's: of another profession, of
 * another province or state (region_other), another registry's number
 * (registry_other, registry.c), another number in a number's place
 * (sdc_name_number_other), another person's (surname_other), of
 * another office of the firm (office_other), a holding company's when
 * it is none (holding_other), another initial than
 * its people's (initial_other, initial.c), of another ordinal
 * (ordinal_other), as likely another's that holds a
 * word the normalised name left out (dropped_elsewhere) or a
 * successor's (successor_year).  Says why in d. */
static int
other_company(const struct pool *p, const char *guess, struct decision *d)
{
	const char *r;
	char *s, year[5], ord[16], num[24];
	long x;

	if (p == &customers && sales_label(guess, d->idx))
		snprintf(d->why, sizeof(d->why), "a label of selling typed "
		    "before \"%.40s\": a prospect's session", p->c[d->idx].name);
	else if (other_profession(guess, &p->c[d->idx]))
		snprintf(d->why, sizeof(d->why), "\"%s\" is of another "
		    "profession", p->c[d->idx].name);
	else if (p == &customers && (r = region_other(guess, d->idx)) !=
	    NULL)
		snprintf(d->why, sizeof(d->why), "\"%.40s\" is not the "
		    "province or state of \"%.40s\": a company incorporated "
		    "there", r, p->c[d->idx].name);
	else if (p == &customers && registry_other(p, guess, d->idx))
		snprintf(d->why, sizeof(d->why), "the number typed is "
		    "another numbered company's, not \"%.40s\"",
		    p->c[d->idx].name);
	else if (sdc_name_number_other(guess, p->c[d->idx].name, num,
	    sizeof(num)))
		snprintf(d->why, sizeof(d->why), "the number %s typed is not "
		    "in its place in \"%.40s\"", num, p->c[d->idx].name);
	else if (p == &customers && (s = surname_other(guess, d->idx)) !=
	    NULL) {
		snprintf(d->why, sizeof(d->why), "the surname \"%.40s\" is "
		    "typed where \"%.40s\" has its own: another person's",
		    s, p->c[d->idx].name);
		free(s);
	} else if (p == &customers && (s = office_other(guess, d->idx)) !=
	    NULL) {
		snprintf(d->why, sizeof(d->why), "the office \"%.30s\" typed "
		    "is another of the firm than \"%.40s\"", s,
		    p->c[d->idx].name);
		free(s);
	} else if (p == &customers && holding_other(guess, d->idx))
		snprintf(d->why, sizeof(d->why), "a holding company typed, "
		    "\"%.40s\" is none: another body", p->c[d->idx].name);
	else if (p == &customers && (s = initial_other(guess, d->idx)) !=
	    NULL) {
		snprintf(d->why, sizeof(d->why), "\"%.30s\" typed: another "
		    "initial than the people of \"%.40s\"", s,
		    p->c[d->idx].name);
		free(s);
	} else if (ordinal_other(guess, p->c[d->idx].name, ord))
		snprintf(d->why, sizeof(d->why), "\"%s\" is not in \"%.40s\": "
		    "which one of a name is part of it", ord,
		    p->c[d->idx].name);
	else if (p == &customers && strcmp(d->rule, "normalised") == 0 &&
	    (x = dropped_elsewhere(guess, d->idx)) >= 0)
		snprintf(d->why, sizeof(d->why), "\"%.40s\" holds every typed "
		    "word, \"%.40s\" not all", p->c[x].name, p->c[d->idx].name);
	else if (successor_year(guess, p->c[d->idx].name, year))
		snprintf(d->why, sizeof(d->why), "\"(%s)\" is not in \"%.40s\": "
		    "a successor company's name", year, p->c[d->idx].name);
	else
		return 0;
	return 1;
}

/* What the name evidence does not see undoes a link it made: another
 * profession, a marked letter typed for another (a namesake), a town
 * typed after the name that the list does not know (another namesake). */
/* undo_reading's rules for a name read with slips of the keys or a word
 * shortened (weighted): a mark, another spelling, capitals as initials,
 * another town, a person's name.  1 when one undid the link (d->why
 * says which; *q, if set, the caller frees). */
static int
undo_slip(struct pool *p, const char *guess, struct decision *d, char **q)
{
	long x;

	if ((d->how & SDC_NEV_TYPO) &&
	    sdc_name_marks_differ(guess, p->c[d->idx].name)) {
		snprintf(d->why, sizeof(d->why), "a letter typed with its mark "
		    "is another in \"%s\"", p->c[d->idx].name);
	} else if (p == &customers && (d->how & SDC_NEV_TYPO) &&
	    (*q = spelt_elsewhere(guess, d->idx)) != NULL) {
		snprintf(d->why, sizeof(d->why), "\"%.40s\" is spelt as other "
		    "names spell it, not as \"%.40s\"", *q, p->c[d->idx].name);
	} else if (p == &customers && (d->how &
	    SDC_NEV_CONTRACTION) && (x = caps_contracted(guess, d->idx)) >=
	    0) {
		snprintf(d->why, sizeof(d->why), "capitals typed are the "
		    "initials of \"%.40s\" as likely as a word of \"%.40s\" "
		    "shortened", p->c[x].name, p->c[d->idx].name);
	} else if (p == &customers && (d->how & SDC_NEV_TYPO) &&
	    !(d->how & SDC_NEV_LAYOUT) && (*q = town_two_off(guess, d->idx)) !=
	    NULL) {
		snprintf(d->why, sizeof(d->why), "\"%.40s\" is two letters off "
		    "a town of \"%.40s\": another town's as likely", *q,
		    p->c[d->idx].name);
	} else if (p == &customers && (d->how & SDC_NEV_CONTRACTION) &&
	    (*q = town_misread(guess, d->idx)) != NULL) {
		snprintf(d->why, sizeof(d->why), "\"%.40s\" reads as the town "
		    "of \"%.40s\" with letters left out: another town's as "
		    "likely", *q, p->c[d->idx].name);
	} else if (p == &customers && (d->how &
	    SDC_NEV_CONTRACTION) && (*q = contracted_person(guess,
	    d->idx)) != NULL) {
		snprintf(d->why, sizeof(d->why), "\"%.40s\" of \"%.40s\" is a "
		    "person's name, read from a word it begins as a guess", *q,
		    p->c[d->idx].name);
	} else
		return 0;
	d->linked = 0;
	return 1;
}

/* A link the Cyrillic key undoes: read as the list romanises Cyrillic the
 * name is another customer's as likely (a name linked by its words), or
 * it is another's name typed whole (a weighted link).  Says why in d. */
static int
undo_cyrillic(struct pool *p, const char *guess, struct decision *d,
    int named, int weighted)
{
	const char *r;

	if (p != &customers)
		return 0;
	if (named && (r = cyrillic_other(p, guess, d->idx)) != NULL)
		snprintf(d->why, sizeof(d->why), "read as the list romanises "
		    "Cyrillic, it is \"%.40s\" as likely as \"%.40s\"", r,
		    p->c[d->idx].name);
	else if (weighted && (r = twin_whole(p, guess, d->idx)) != NULL)
		snprintf(d->why, sizeof(d->why), "\"%.40s\" is the name typed "
		    "whole, read in the Cyrillic key, not \"%.40s\"", r,
		    p->c[d->idx].name);
	else
		return 0;
	d->linked = 0;
	return 1;
}

void
undo_reading(struct pool *p, const char *guess, struct decision *d)
{
	int weighted = d->rule != NULL && strcmp(d->rule, "weighted") == 0;
	int named = weighted || (d->rule != NULL && strcmp(d->rule,
	    "normalised") == 0);
	char *q = NULL;
	long x;

	if (registry_linked(d))
		return;	/* the number is the identity; its words were read */
	if (named && (other_company(p, guess, d) || wife_other(p, guess,
	    d)))
		d->linked = 0;
	else if (undo_cyrillic(p, guess, d, named, weighted))
		;	/* said in d->why */
	else if (weighted && p == &customers && contact_elsewhere(guess,
	    (long)d->idx)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the name is a contact's of "
		    "another customer as well as \"%s\"", p->c[d->idx].name);
	} else if (weighted && p == &customers && (x = head_elsewhere(p,
	    guess, d->idx)) >= 0) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the name before the dash is "
		    "\"%.40s\" whole, not \"%.40s\"", p->c[x].name,
		    p->c[d->idx].name);
	} else if (weighted && p == &customers && sole_elsewhere(guess,
	    d->idx, &q)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "\"%.40s\" is a sole trader's "
		    "form, not \"%.40s\"'s", q, p->c[d->idx].name);
	} else if (weighted && undo_slip(p, guess, d, &q)) {
		/* said in d->why */
	} else if (weighted && p == &customers && !partners_linked(d) &&
	    namesake_elsewhere(guess, d->idx, &q)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "\"%.40s\" after \"%.40s\": "
		    "no site the list knows, a namesake's town as likely", q,
		    p->c[d->idx].name);
	} else if (weighted && p == &customers && office_elsewhere(guess,
	    d->idx)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "\"%.40s\" is named with its "
		    "own town: another town typed is another office's",
		    p->c[d->idx].name);
	} else if (weighted && p == &customers && (q = town_before_form(guess,
	    d->idx)) != NULL) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "\"%.40s\" is typed before "
		    "the legal form: another firm's registered name, not "
		    "\"%.40s\"", q, p->c[d->idx].name);
	} else if (p == &customers)	/* the partners' trades agree */
		undo_kind(guess, d, weighted && !partners_linked(d));
	free(q);
}

/* The one customer whose name less its legal form is the typed name less
 * its form, a form learnt or one the normalised name drops ("Chen Farms
 * Pty Ltd" typed for "Chen Farms", "Walker Plumbing Ltd" for "Walker
 * Plumbing Pty Ltd", "Blackburn Food Bank Ltd" for "... CIO"): a form
 * swapped is the same business.  A typed last word the list ends names
 * with but does not write as a form (is_written_form) is kept:
 * "Padaria e Pastelaria Sani X" is not "... Sani Max".  Its index, or -1
 * (none, or more). */
static long
form_swap(const struct pool *p, const char *norm)
{
	const char *e = last_word(norm);
	char *stem = e && is_written_form(p, e) ? sdc_xstrndup(norm,
	    (size_t)(e - 1 - norm)) : sdc_xstrdup(norm);
	char *key = sdc_name_sortkey(stem);
	size_t it = 0, len = strlen(stem), first = 0, n;
	uint32_t v;
	long x = -1;

	n = *stem ? pool_match(p, 1, key, &first) : 2;
	if (n == 1)
		x = (long)first;
	while (n <= 1 && sdc_hmap_find(&p->bystem, sdc_hash(stem, len), &it,
	    &v))
		if (strncmp(p->c[v].norm, stem, len) == 0 &&
		    p->c[v].norm[len] == ' ' && (long)v != x &&
		    sdc_owners_one(given, p->c[v].norm + len + 1) ==
		    SDC_OWNER_NONE)
			x = n++ == 0 ? (long)v : -1;
	free(stem);
	free(key);
	return n == 1 ? x : -1;
}

/* The typed name has a legal form: one learnt ends it, or the
 * normalised name drops one; and two words or more besides (a word
 * alone with a form is a guess). */
static int
has_form(const struct pool *p, const char *guess, const char *norm)
{
	char *w = sdc_name_words(names, guess);
	const char *e = last_word(norm);
	int form = (e && is_form(p, e)) || strlen(w) > strlen(norm);

	free(w);
	return form && (e = strchr(norm, ' ')) != NULL &&
	    (e != last_word(norm) - 1 || !is_form(p, last_word(norm)));
}

/* The normalised name less a legal form typed between the name and its
 * town, and a letter before the form (the East African "(T) Ltd", "(K)
 * Ltd"): "Station Jamm SA Thies" is Station Jamm Thies, "Ngorongoro
 * Chemist (T) Ltd Dar es Salaam" Ngorongoro Chemist Dar es Salaam.  The
 * town is one a customer is in (town_served), every word after the
 * form.  A new string, or NULL when there is no such form. */
static char *
inner_forms_out(const struct pool *p, const char *norm)
{
	const char *t, *e, *s;
	char *w, *out = NULL;

	for (t = strchr(norm, ' '); !out && t && (e = strchr(++t, ' ')) !=
	    NULL; t = e) {
		w = sdc_xstrndup(t, (size_t)(e - t));
		if ((sdc_name_is_drop(names, w) || is_form(p, w)) &&
		    town_served(e + 1)) {
			s = t - 1;	/* the space before the form */
			if (s - norm >= 2 && s[-2] == ' ')
				s -= 2;	/* "t ltd" */
			out = sdc_xmalloc(strlen(norm) + 1);
			snprintf(out, strlen(norm) + 1, "%.*s%s",
			    (int)(s - norm), norm, e);
		}
		free(w);
	}
	return out;
}

/* The one customer whose name is norm less the legal form typed before
 * its town (inner_forms_out), or -1. */
static long
inner_form_match(const struct pool *p, const char *norm)
{
	char *in = inner_forms_out(p, norm), *key;
	size_t first = 0;
	long x = -1;

	if (in == NULL)
		return -1;
	key = sdc_name_sortkey(in);
	if (*in && strchr(in, ' ') && norm_match(p, key, &first) == 1)
		x = (long)first;
	free(key);
	free(in);
	return x;
}

/* The word at w (len bytes) is one capital letter and a dot ("B.",
 * "Đ."): an initial. */
static int
initial_word(const char *w, size_t len)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;

	if (len < 2 || w[len - 1] != '.')
		return 0;
	n = utf8proc_iterate((const utf8proc_uint8_t *)w,
	    (utf8proc_ssize_t)len - 1, &cp);
	return n == (utf8proc_ssize_t)len - 1 &&
	    utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* The typed name without the initials between its words ("Goran B.
 * Novak", "Botnari V. Mihai PFA": a patronymic's initial, as Serbian,
 * Croatian and Romanian write it between the given name and the
 * surname, that the list leaves off), normalised; NULL when none, or
 * when two words are left: "Jenny B. Wong" alone is a person whose
 * middle initial tells her from Jenny Wong of "Jenny Wong, CPA, LLC" as
 * likely (as Americans write it), a firm's word beside it is the firm's. */
static char *
initials_out(const char *guess)
{
	char *out = sdc_xmalloc(strlen(guess) + 2), *o = out, *n = NULL;
	const char *w = guess + strspn(guess, " "), *first = w, *e;
	size_t len;
	int dropped = 0, kept = 0;

	while (*w) {
		for (e = w; *e && *e != ' '; e++)
			;
		len = (size_t)(e - w);
		if (w != first && *e != '\0' && initial_word(w, len))
			dropped = 1;
		else {
			memcpy(o, w, len);
			o += len;
			*o++ = ' ';
			kept++;
		}
		for (w = e; *w == ' '; w++)
			;
	}
	*o = '\0';
	if (dropped && kept >= 3)
		n = sdc_name_normalise(names, out);
	free(out);
	return n;
}

/* The one customer whose name is the typed name less its initials
 * between words (initials_out), or -1: the whole name but for them. */
static long
initials_match(const struct pool *p, const char *guess)
{
	char *in = initials_out(guess), *key;
	size_t first = 0;
	long x = -1;

	if (in == NULL)
		return -1;
	key = sdc_name_sortkey(in);
	if (*in && strchr(in, ' ') && norm_match(p, key, &first) == 1 &&
	    alias_shared(p, first) == 0)
		x = (long)first;
	free(key);
	free(in);
	return x;
}

/* The name's own rules: exact, normalised, then its readings. */
void
by_name(struct pool *p, const char *guess, const char *f, const char *norm,
    const char *key, struct decision *d)
{
	size_t first = 0, n;
	long x;

	if ((n = pool_match(p, 0, f, &first)) == 1 && alias_shared(p,
	    first) == 0)
		link_to(d, first, "exact", 100);
	else if (n >= 1)
		snprintf(d->why, sizeof(d->why), "%zu candidates named \"%s\"",
		    n + alias_shared(p, first), p->c[first].name);
	else if (*norm == '\0')
		snprintf(d->why, sizeof(d->why), "nothing to match in the name");
	else if ((n = norm_match(p, key, &first)) == 1 && alias_shared(p,
	    first) == 0)
		link_to(d, first, "normalised", 100);
	else if (n >= 1)
		snprintf(d->why, sizeof(d->why), "%zu candidates named \"%s\" "
		    "(or trading so)", n + alias_shared(p, first),
		    p->c[first].name);
	else if ((x = inner_form_match(p, norm)) >= 0) {
		link_to(d, (size_t)x, "normalised", 100);
		d->conf = 100;	/* the name, but for its legal form */
		snprintf(d->extra, sizeof(d->extra), ",form");
	} else if ((x = initials_match(p, guess)) >= 0) {
		link_to(d, (size_t)x, "normalised", 100);
		d->conf = 100;	/* the name, but for an initial */
		snprintf(d->extra, sizeof(d->extra), ",initial");
	} else
		by_site(p, guess, norm, d);
	if (!d->linked && p == &customers && has_form(p, guess, norm) &&
	    (x = form_swap(p, norm)) >= 0) {
		link_to(d, (size_t)x, "normalised", fuzz_score(p, norm,
		    (size_t)x));
		d->ask = 0;
		d->conf = 100;	/* the name, but for its legal form */
		d->how = 0;
		snprintf(d->extra, sizeof(d->extra), ",form");
	}
}

/* A word of the label is one of the customer's: the label is part of
 * its name. */
static int
label_needed(const struct pool *p, const char *head, size_t idx)
{
	char *w = sdc_name_words(names, head);
	int needed = words_in(p->c[idx].words, w, 0);

	free(w);
	return needed;
}

/* A reading of the typed name (what follows a desk's label, the keys of
 * a layout) decided by the name's rules and the checks of a link, into
 * *h. */
void
by_name_alone(struct pool *p, const char *name, struct decision *h)
{
	char *f = sdc_name_fold(name), *norm = sdc_name_normalise(names, name);
	char *key = sdc_name_sortkey(norm);

	memset(h, 0, sizeof(*h));
	by_name(p, name, f, norm, key, h);
	if (h->linked)
		another_fits(p, name, norm, h);
	if (h->linked)
		undo_reading(p, name, h);
	free(f);
	free(norm);
	free(key);
}

/* A reading's link h taken for the name's, d: its confidence that of
 * the rule (100 for the exact and normalised ones), how it was read
 * (",desk") added to its evidence. */
void
reading_taken(struct decision *d, const struct decision *h, const char *how)
{
	*d = *h;
	d->conf = d->conf ? d->conf : 100;	/* exact, normalised */
	snprintf(d->extra + strlen(d->extra), sizeof(d->extra) -
	    strlen(d->extra), "%s", how);
}

/* A desk's label before the name ("Client - X", "Site: X", "BNE: X"):
 * when the whole name links no one, the name after the label is read
 * alone, and its link holds when the label's words are none of the
 * customer's (the customer needs none of them; "Gwynnes - Plumbing"
 * is no label).  Any market's desk labels its queues its own way: the
 * rule knows no label, only its shape (names.c). */
void
by_desk(struct pool *p, const char *guess, struct decision *d)
{
	const char *rest = sdc_name_desk_rest(guess);
	char *head;
	struct decision h;

	if (rest == NULL)
		return;
	by_name_alone(p, rest, &h);	/* "Privat - Elin Lofgren" */
	head = sdc_xstrndup(guess, (size_t)(rest - guess));
	if (h.linked && !label_needed(p, head, h.idx) && !(p == &customers &&
	    sales_label(guess, h.idx)))
		reading_taken(d, &h, ",desk");
	free(head);
}

/* A business called by its owner's surname and a title after it ("Reddy
 * ji (Reddy Nursing Home)", "Fernando aiya - clinic", person.h): when
 * the whole name links no one, the business is read with the surname,
 * and its link holds when the surname is a word of the customer's name
 * (the title addresses the family the business is named after; "Roy ji
 * - shop" is no shop of another name). */
void
by_addressed(struct pool *p, const char *guess, struct decision *d)
{
	char *name, *r = sdc_person_addressed(guess, &name);
	struct decision h;

	if (r == NULL)
		return;
	by_name_alone(p, r, &h);
	if (h.linked && label_needed(p, name, h.idx))
		reading_taken(d, &h, ",addressed");
	free(name);
	free(r);
}

/* A name typed in two scripts, the sign's way ("शिवम इंटरप्राइजेज /
 * Shivam Enterprises"): when the whole name links no one, its Latin
 * half is read alone - the other half writes the same name in the
 * region's script, which the customer list, in Latin letters, cannot
 * show. */
void
by_latin_half(struct pool *p, const char *guess, struct decision *d)
{
	size_t others;
	char *r = sdc_name_half(guess, 1, &others);
	struct decision h;

	if (r == NULL)
		return;
	by_name_alone(p, r, &h);
	if (h.linked)
		reading_taken(d, &h, ",script");
	free(r);
}

/* The words a and b, read as names (normalised, their words in any
 * order), are one name. */
static int
one_name(const char *a, const char *b)
{
	char *na = sdc_name_normalise(names, a), *nb = sdc_name_normalise(
	    names, b), *ka = sdc_name_sortkey(na), *kb = sdc_name_sortkey(nb);
	int one = *ka && strcmp(ka, kb) == 0;

	free(na);
	free(nb);
	free(ka);
	free(kb);
	return one;
}

/* The customer at idx is listed with a trading name of its own, and it
 * is not the pair typed, legal and trade, in either order ("J Thompson
 * Ltd t/a The Black Horse Inn Horsforth" and "The Black Horse Inn
 * Horsforth t/a J Thompson Ltd" are "J Thompson Ltd trading as The
 * Black Horse Inn Horsforth"). */
static int
other_trading(const struct pool *p, size_t idx, const char *legal,
    const char *trade)
{
	size_t len = 0;
	const char *ct = sdc_name_trading(p->c[idx].words, &len);
	char *cl;
	int other;

	if (ct == NULL)
		return 0;
	cl = sdc_xstrndup(p->c[idx].words, len);
	other = !((one_name(legal, cl) && one_name(trade, ct)) ||
	    (one_name(legal, ct) && one_name(trade, cl)));
	free(cl);
	return other;
}

/* A name typed with the trading name after the legal one ("Hui Reef
 * Lodge dba Hui Reef Holdings LLC", "d/b/a", "t/a", "trading as"): when
 * the whole name links no one, the legal name is read alone, and its
 * link holds when the trading name links no other customer.  Not the
 * trading name alone: a franchise's ("Hendricks Foods t/a Chicken Rush
 * Alberton") is the brand's, its site another franchisee's; nor a
 * customer listed with a trading name of its own.  The mark
 * is typed whole ("ta" is Ukrainian "and"). */
void
by_trading(struct pool *p, const char *guess, struct decision *d)
{
	static const char *const typed[] = { "dba", "d/b/a", "t/a",
	    "trading as", "doing business as", NULL };
	char *f = sdc_name_fold(guess), *w = sdc_name_words(names, guess),
	    *legal = NULL;
	size_t len = 0, i;
	const char *t = sdc_name_trading(w, &len);
	struct decision a, b;

	for (i = 0; t && typed[i] && !strstr(f, typed[i]); i++)
		;
	if (t != NULL && len > 0 && typed[i] != NULL) {
		legal = sdc_xstrndup(w, len);
		by_name_alone(p, legal, &a);
		if (a.linked)
			by_name_alone(p, t, &b);
		if (a.linked && b.linked && a.idx != b.idx)
			a.linked = 0;	/* two businesses: no telling */
		/* one listed with a trading name of its own is another
		 * outlet of the company ("... t/a Burger Yard Polokwane"),
		 * unless it is the pair typed */
		if (a.linked && other_trading(p, a.idx, legal, t))
			a.linked = 0;
	} else
		a.linked = 0;
	if (a.linked)
		reading_taken(d, &a, ",trading");
	free(legal);
	free(w);
	free(f);
}

/* A trust typed with its trustee's words ("The Trustee for the Li Family
 * Trust", "TTF Li Family Trust", "Gill Investments Pty Ltd as trustee
 * for the Gill Unit Trust"): when the whole name links no one, the
 * trust's name is read alone - the trust is the customer, its trustee
 * who signs for it - and its link holds when the trustee typed links no
 * other customer (one of its own businesses, "Gill Investments Pty
 * Ltd"). */
void
by_trust(struct pool *p, const char *guess, struct decision *d)
{
	char *w = sdc_name_words(names, guess), *trustee, *t;
	size_t head = 0;
	struct decision a, b;

	if ((t = sdc_name_trust(w, &head)) == NULL) {
		free(w);
		return;
	}
	by_name_alone(p, t, &a);
	if (a.linked && head > 0) {
		trustee = sdc_xstrndup(w, head);
		by_name_alone(p, trustee, &b);
		a.linked = !b.linked || b.idx == a.idx;
		free(trustee);
	}
	if (a.linked)
		reading_taken(d, &a, ",trust");
	free(t);
	free(w);
}

/* The words w hold an ABN or ACN that begins with the digits num. */
static int
registered_as(const char *w, const char *num)
{
	const char *r = sdc_name_registration(w);

	return r && strncmp(r + 5, num, strlen(num)) == 0;	/* " abn " */
}

/* The digits typed after the last "ABN" or "ACN" of guess, without
 * leading zeros, as the words hold a number ("ACN 007 95" is 795: its
 * words' "7" and "95" lost the zeros of their groups); a new string. */
static char *
cut_digits(const char *guess)
{
	const char *s, *at = guess;
	struct sdc_buf b = SDC_BUF_INIT;

	for (s = guess; *s; s++)
		if (strncasecmp(s, "abn", 3) == 0 || strncasecmp(s, "acn",
		    3) == 0)
			at = s + 3;
	for (s = at; *s; s++)
		if (isdigit((unsigned char)*s) && (*s != '0' || b.len > 0))
			sdc_buf_addc(&b, *s);
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}

/* A name typed with its ABN or ACN cut short at its end ("Theodorou &
 * Sons Building Pty Ltd ABN 23 515": a field too short for it): when the
 * whole name links no one, the name before the number is read alone,
 * and its link holds when the customer's own number begins with the
 * digits typed. */
void
by_cut_registration(struct pool *p, const char *guess, struct decision *d)
{
	char *w = sdc_name_words(names, guess), *num, *name;
	size_t head = 0;
	struct decision a;

	if (!sdc_name_cut_registration(w, &head)) {
		free(w);
		return;
	}
	num = cut_digits(guess);
	name = sdc_xstrndup(w, head);
	by_name_alone(p, name, &a);
	if (a.linked && *num && registered_as(p->c[a.idx].words, num))
		reading_taken(d, &a, ",cut");
	free(name);
	free(num);
	free(w);
}
