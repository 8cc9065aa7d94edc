/* registry - a name by its number in a registry: a numbered company
 * ("1757105 ON c.o.b. as Red Maple Auto Glass", "#0656099": Canada's
 * and the provinces' companies named by their number, jurisdiction and
 * legal form), a condominium corporation by its county's letters and
 * number ("TSCC2506", "CCC #2233"), a strata plan by its land title
 * prefix ("EPS-6889"), a legion branch ("RCL Br. 322").  The number is
 * the identity: the one customer holding it, of the kind and
 * jurisdiction typed, whose name holds the other words typed, is the
 * one.  A number typed one digit off names another company; so does
 * the same number in another province.  The kinds, prefixes and
 * jurisdictions are link-words.json "registry". */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "linkint.h"
#include "nameev.h"
#include "names.h"

/* A phrase of "registry" (its words, as sdc_name_words reads them) and
 * what it says: a kind (its index), a jurisdiction, a word to pass. */
struct phrase {
	char *words;
	int what;	/* PH_* */
	int of;		/* the kind's or the jurisdiction's index */
};
enum { PH_KIND, PH_JUR, PH_PASS };

static struct phrase *ph;
static size_t nph, cph;
static char *plans;	/* " vr vis ... ": strata plans' prefixes */
static int strata = -1;	/* the kind they are plans of */
static size_t digits = REG_DIGITS;

static void
phrase_add(const char *s, int what, int of)
{
	ph = sdc_grow(ph, &cph, nph + 1, sizeof(*ph));
	ph[nph++] = (struct phrase){ sdc_name_words(names, s), what, of };
}

/* Each string of the array a (or a itself, a string) as a phrase. */
static void
phrases_add(json_object *a, int what, int of)
{
	size_t i;

	if (json_object_is_type(a, json_type_string))
		phrase_add(json_object_get_string(a), what, of);
	for (i = 0; json_object_is_type(a, json_type_array) &&
	    i < json_object_array_length(a); i++)
		phrase_add(json_object_get_string(
		    json_object_array_get_idx(a, i)), what, of);
}

/* The jurisdictions: their abbreviations in "registry", and the names
 * "regions" gives them (Ontario). */
static void
jurisdictions_load(json_object *jur)
{
	json_object *regions, *v;
	uint64_t hash;
	int j = 0;

	regions = sdc_link_words_part("regions", json_type_object, &hash);
	json_object_object_foreach(jur, k, a) {
		phrase_add(k, PH_JUR, j);
		phrases_add(a, PH_JUR, j);
		if (regions && json_object_object_get_ex(regions, k, &v))
			phrases_add(v, PH_JUR, j);
		j++;
	}
}

static void
registry_load(void)
{
	static int loaded;
	json_object *r, *v;
	uint64_t hash;
	int i = 0;

	if (loaded++ || (r = sdc_link_words_part("registry",
	    json_type_object, &hash)) == NULL)
		return;
	if (json_object_object_get_ex(r, "digits", &v))
		digits = (size_t)json_object_get_int(v);
	if (json_object_object_get_ex(r, "kinds", &v)) {
		json_object_object_foreach(v, k, a) {
			phrase_add(k, PH_KIND, i);
			phrases_add(a, PH_KIND, i);
			if (strcmp(k, "strata") == 0)
				strata = i;
			i++;
		}
	}
	if (json_object_object_get_ex(r, "plans", &v)) {
		char *w = sdc_name_words(names, json_object_get_string(v));

		plans = sdc_xmalloc(strlen(w) + 3);
		sprintf(plans, " %s ", w);
		free(w);
	}
	if (json_object_object_get_ex(r, "jurisdictions", &v))
		jurisdictions_load(v);
	if (json_object_object_get_ex(r, "pass", &v))
		phrases_add(v, PH_PASS, 0);
}

/* A name's words as the registry reads them. */
struct regread {
	char *buf, **tok;
	size_t n;
	long num;		/* the number's word, -1 */
	int nnum;		/* numbers in the name */
	int kind;		/* -1 none, -2 two */
	long plan;		/* the plan prefix's word, -1 */
	int jur;		/* the jurisdiction after the number, -1 */
	unsigned char *read;	/* the words the reading took */
};

static int
all_digits(const char *w)
{
	return *w && strspn(w, "0123456789") == strlen(w);
}

/* The phrase of "registry" longest at word i of r (of what, or any
 * when what < 0): its index, its length in words into *len; -1. */
static long
phrase_at(const struct regread *r, size_t i, int what, size_t *len)
{
	size_t j, k, best = 0;
	long hit = -1;

	for (j = 0; j < nph; j++) {
		const char *s = ph[j].words;

		if (what >= 0 && ph[j].what != what)
			continue;
		for (k = 0; i + k < r->n && *s; k++) {
			size_t l = strlen(r->tok[i + k]);

			if (strncmp(s, r->tok[i + k], l) || (s[l] && s[l] !=
			    ' '))
				break;
			s += l + (s[l] == ' ');
		}
		if (*s == '\0' && k > best) {
			best = k;
			hit = (long)j;
		}
	}
	*len = best;
	return hit;
}

/* The word i of r is a number: the one wanted (the first when want is
 * NULL), and the jurisdiction after it. */
static void
read_number(struct regread *r, size_t i, const char *want)
{
	size_t len;
	long j;

	r->nnum++;
	if (r->num >= 0 || (want && strcmp(r->tok[i], want)))
		return;
	r->num = (long)i;
	r->read[i] = 1;
	if ((j = phrase_at(r, i + 1, PH_JUR, &len)) >= 0) {
		r->jur = ph[j].of;
		memset(r->read + i + 1, 1, len);
	}
}

/* The word i of r is a strata plan's prefix before the number wanted. */
static int
plan_at(const struct regread *r, size_t i, const char *want)
{
	const char *w = r->tok[i], *s;
	size_t n = strlen(w);

	if (plans == NULL || i + 1 >= r->n || !all_digits(r->tok[i + 1]) ||
	    (want && strcmp(r->tok[i + 1], want)))
		return 0;
	for (s = strstr(plans, w); s; s = strstr(s + 1, w))
		if (s[-1] == ' ' && s[n] == ' ')
			return 1;
	return 0;
}

/* words read: the number want (the first, when NULL), the kind, plan
 * and jurisdiction typed with it. */
static void
reg_read(const char *words, const char *want, struct regread *r)
{
	size_t i, len;
	long j;

	memset(r, 0, sizeof(*r));
	r->buf = sdc_xstrdup(words);
	r->n = sdc_name_split(r->buf, &r->tok);
	r->read = sdc_xcalloc(r->n + 1, 1);
	r->num = r->plan = -1;
	r->kind = r->jur = -1;
	for (i = 0; i < r->n; i++) {
		if (r->read[i])
			continue;
		if (all_digits(r->tok[i])) {
			read_number(r, i, want);
		} else if ((j = phrase_at(r, i, -1, &len)) >= 0 &&
		    ph[j].what != PH_JUR) {
			if (ph[j].what == PH_KIND)
				r->kind = r->kind == -1 || r->kind ==
				    ph[j].of ? ph[j].of : -2;
			memset(r->read + i, 1, len);
		} else if (plan_at(r, i, want)) {
			r->plan = (long)i;
			r->kind = r->kind == -1 || r->kind == strata ? strata :
			    -2;
			r->read[i] = 1;
		} else
			r->read[i] = (unsigned char)sdc_name_is_drop(names,
			    r->tok[i]);
	}
}

static void
reg_free(struct regread *r)
{
	free(r->buf);
	free(r->tok);
	free(r->read);
}

/* The word w typed with the number is the customer's word cw: the same,
 * or, beside an ABN or an ACN (its check digits hold, so no number one
 * digit off), one slip from it ("Lin Electricak Pty Ldt (ACN 940 984
 * 654)"). */
static int
reg_word(const char *w, const char *cw, int checked)
{
	return strcmp(w, cw) == 0 || (checked && sdc_nev_one_slip(w, cw));
}

/* c, a customer's name read at the number typed in t, is the name
 * typed: the same kind (none: a numbered company, its number long
 * enough to be one), the same plan prefix and jurisdiction when typed,
 * and each other word typed one of its words (reg_word). */
static int
reg_fits(const struct regread *t, const struct regread *c)
{
	size_t i, j;
	int checked;

	if (c->num < 0 || t->kind != c->kind || t->kind == -2 ||
	    (t->kind == -1 && strlen(t->tok[t->num]) < digits))
		return 0;
	if (t->plan >= 0 && (c->plan < 0 || strcmp(t->tok[t->plan],
	    c->tok[c->plan])))
		return 0;
	if (t->jur >= 0 && t->jur != c->jur)
		return 0;
	checked = sdc_name_au_registry(t->tok[t->num]);
	for (i = 0; i < t->n; i++) {
		if (t->read[i] || (checked && sdc_name_is_drop_slip(names,
		    t->tok[i])))
			continue;
		for (j = 0; j < c->n && !reg_word(t->tok[i], c->tok[j],
		    checked); j++)
			;
		if (j == c->n)
			return 0;
	}
	return 1;
}

/* The customers' numbers: each number word of each name, sorted. */
struct held {
	const char *at;		/* in the customer's words */
	size_t len;
	size_t idx;
};
static struct held *held;
static size_t nheld;

static int
held_cmp(const void *a, const void *b)
{
	const struct held *x = a, *y = b;

	int c;

	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	if ((c = memcmp(x->at, y->at, x->len)) != 0)
		return c;
	return (x->idx > y->idx) - (x->idx < y->idx);
}

static void
held_index(const struct pool *p)
{
	size_t i, n, cap = 16;
	const char *s;

	held = sdc_xmalloc(cap * sizeof(*held));
	for (i = 0; i < p->n; i++)
		for (s = p->c[i].words; s && *s; s += n + (s[n] == ' ')) {
			n = strcspn(s, " ");
			if (n == 0 || strspn(s, "0123456789") != n)
				continue;
			if (nheld == cap)
				held = sdc_xrealloc(held, (cap *= 2) *
				    sizeof(*held));
			held[nheld++] = (struct held){ s, n, i };
		}
	qsort(held, nheld, sizeof(*held), held_cmp);
}

/* The customers holding the number num: the first in held, nheld for
 * none. */
static size_t
held_first(const char *num)
{
	struct held k = { num, strlen(num), 0 };	/* idx 0: the first */
	size_t lo = 0, hi = nheld, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (held_cmp(&held[mid], &k) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The one customer holding the number typed in t that reg_fits: its
 * index, or -1 (none, or more). */
static long
reg_holder(const struct pool *p, const struct regread *t)
{
	const char *num = t->tok[t->num];
	size_t i = held_first(num), len = strlen(num);
	long x = -1;
	struct regread c;

	/* what reg_fits asks of t alone: no holder's name need be read
	 * ("No. 35" of a district: thousands hold 35) */
	if (t->kind == -2 || (t->kind == -1 && len < digits))
		return -1;
	for (; i < nheld && held[i].len == len && memcmp(held[i].at, num,
	    len) == 0; i++) {
		if (i > 0 && held[i - 1].idx == held[i].idx &&
		    held[i - 1].len == len && memcmp(held[i - 1].at, num,
		    len) == 0)
			continue;	/* a name holding it twice */
		reg_read(p->c[held[i].idx].words, num, &c);
		if (reg_fits(t, &c))
			x = x < 0 ? (long)held[i].idx : -2;
		reg_free(&c);
		if (x == -2)
			return -1;
	}
	return x;
}

/* A name typed by its registry number links the one customer holding
 * it, of the kind and jurisdiction typed (reg_fits). */
void
by_registry(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	struct regread t;
	char *w;
	long x = -1;

	if (p != &customers || strpbrk(guess, "0123456789") == NULL)
		return;
	registry_load();
	if (nph == 0)
		return;
	if (held == NULL)
		held_index(p);
	w = sdc_name_words(names, guess);
	reg_read(w, NULL, &t);
	if (t.nnum == 1 && t.num >= 0)
		x = reg_holder(p, &t);
	reg_free(&t);
	free(w);
	if (x < 0)
		return;
	link_to(d, (size_t)x, "weighted", fuzz_score(p, norm, (size_t)x));
	d->conf = (int)(100 * link_th + 0.5);
	d->how = 0;
	d->ask = 0;
	snprintf(d->extra, sizeof(d->extra), ",registry");
}

int
registry_linked(const struct decision *d)
{
	return d->linked && strcmp(d->extra, ",registry") == 0;
}

/* The name typed is a numbered company's (a number of "digits" or more,
 * no kind) that the customer at idx is not: its name holds the number
 * with another jurisdiction ("7158732 Ont Limited" for "7158732
 * Manitoba Ltd."), or another number as long and not this one ("1632476
 * Alta Ltd." one digit off): another company of the registry. */
int
registry_other(const struct pool *p, const char *guess, size_t idx)
{
	struct regread t, c;
	char *w;
	int other = 0;

	if (strpbrk(guess, "0123456789") == NULL)
		return 0;
	registry_load();
	w = sdc_name_words(names, guess);
	reg_read(w, NULL, &t);
	if (t.nnum == 1 && t.num >= 0 && t.kind == -1 &&
	    strlen(t.tok[t.num]) >= digits) {
		reg_read(p->c[idx].words, t.tok[t.num], &c);
		if (c.num >= 0)
			other = t.jur >= 0 && c.jur >= 0 && t.jur != c.jur;
		else {
			reg_free(&c);
			reg_read(p->c[idx].words, NULL, &c);
			other = c.num >= 0 && strlen(c.tok[c.num]) >= digits;
		}
		reg_free(&c);
	}
	reg_free(&t);
	free(w);
	return other;
}
