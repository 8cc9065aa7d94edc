/* number - a numbered name ("Szkola Podstawowa nr 12", "XVII.
 * kerulet") links to the one customer in the typed town whose name holds
 * the number. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "linkint.h"

#define ROMAN_MAX 39	/* XXXIX: the numbers of schools, districts */

/* The word w (n bytes) in capital roman numerals, "XVII" or "XVII.",
 * as its number: a school's number is written either way ("XVII LO" of
 * "Liceum Ogólnokształcące nr 17"); 0 for any other word. */
static int
roman(const char *w, size_t n)
{
	static const char *const unit[] = { "", "I", "II", "III", "IV", "V",
	    "VI", "VII", "VIII", "IX" };
	size_t tens = 0;
	int u;

	if (n > 1 && w[n - 1] == '.')
		n--;
	/* up to three tens, then one unit written as unit[] writes it: the
	 * one way each number up to ROMAN_MAX is written */
	while (10 * (tens + 1) <= ROMAN_MAX && tens < n && w[tens] == 'X')
		tens++;
	for (u = 0; u < 10; u++)
		if (strlen(unit[u]) == n - tens &&
		    memcmp(unit[u], w + tens, n - tens) == 0)
			return tens + u > 0 ? (int)(10 * tens) + u : 0;
	return 0;
}

/* s holds a number: digits, or a word in roman numerals. */
static int
has_number(const char *s)
{
	size_t n;

	if (strpbrk(s, "0123456789"))
		return 1;
	for (; *s; s += n + (s[n] != '\0'))
		if (roman(s, n = strcspn(s, " ,")) > 0)
			return 1;
	return 0;
}

/* The words of s (sdc_name_words) with its roman numerals in digits and
 * a number glued to letters set apart ("SP25"): a new string. */
static char *
number_words(const char *s)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char *w, *t, *save = NULL;
	size_t n;
	int v;

	for (; *s; s += n) {
		n = strcspn(s, " ,");
		if ((v = roman(s, n)) > 0)
			sdc_buf_printf(&b, "%d", v);
		else
			sdc_buf_add(&b, s, n);
		if (s[n])
			sdc_buf_addc(&b, s[n++]);
	}
	sdc_buf_addc(&b, '\0');
	t = sdc_buf_take(&b);
	w = sdc_name_words(names, t);
	free(t);
	for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		if (b.len > 0)
			sdc_buf_addc(&b, ' ');
		n = strcspn(t, "0123456789");
		sdc_buf_add(&b, t, n);
		if (n > 0 && t[n] && strspn(t + n, "0123456789") ==
		    strlen(t + n))
			sdc_buf_addc(&b, ' ');
		sdc_buf_adds(&b, t + n);
	}
	sdc_buf_addc(&b, '\0');
	free(w);
	return sdc_buf_take(&b);
}

/* The word w is one of the words cw, the start of one ("szk" of
 * "szkola") or the initials of consecutive ones ("lo" of "liceum
 * ogolnoksztalcace"). */
static int
word_in(const char *w, const char *cw)
{
	size_t n = strlen(w), i;
	const char *c, *d;

	for (c = cw; c; c = (c = strchr(c, ' ')) ? c + 1 : NULL) {
		if (strncmp(c, w, n) == 0 && n >= 2)
			return 1;
		for (i = 0, d = c; i < n && d && *d == w[i]; i++)
			d = (d = strchr(d, ' ')) ? d + 1 : NULL;
		if (i == n && n >= 2)
			return 1;
	}
	return 0;
}

/* The typed words tw, one number among them, fit the candidate's cw:
 * the number is one of its words, and every other typed word is in it
 * (word_in) but for a marker of one or two letters before the number
 * ("nr", "č.": it says nothing the number does not); one word at least
 * tells what it is ("Przedszkole", "LO"). */
static int
number_fits(const char *tw, const char *num, const char *cw)
{
	char *t = sdc_xstrdup(tw), *w, *save = NULL;
	int ok = 0, held = 0;
	size_t n = strlen(num);
	const char *c;

	for (c = cw; c && !held; c = (c = strchr(c, ' ')) ? c + 1 : NULL)
		held = strncmp(c, num, n) == 0 && (c[n] == ' ' || !c[n]);
	for (w = strtok_r(t, " ", &save); w && held; w = strtok_r(NULL, " ",
	    &save)) {
		if (strcmp(w, num) == 0)
			continue;
		if (word_in(w, cw))
			ok = 1;
		else if (strlen(w) > 2 || save == NULL ||
		    strncmp(save, num, n) || (save[n] && save[n] != ' '))
			held = 0;
	}
	free(t);
	return held && ok;
}

/* The one number of the typed words tw, leading zeros left off, into
 * num; 0 when there is none or more. */
static int
one_number(const char *tw, char *num, size_t size)
{
	const char *s = tw, *a;
	size_t len, k = 0;

	while ((len = next_number(&s, &a)) > 0) {
		if (k++ > 0 || len >= size ||
		    (a > tw && a[-1] != ' ' && a[-1] != '0') ||
		    (*s && *s != ' '))
			return 0;
		memcpy(num, a, len);
		num[len] = '\0';
	}
	return k == 1;
}

/* The customers with a number in their name whose town the list gives,
 * by town (case-free), built on first use: a town's numbered customers
 * are a run of them.  The town is kept beside each, read once, because
 * the sort and every search compare it (at 50,000 customers, reading it
 * from the index per comparison was most of by_number's cost). */
struct towned {
	const char *city;	/* in the customer index */
	size_t idx;
	char *words;		/* its number_words(), made on first use */
};
static struct towned *towned;
static size_t ntowned;

static int
by_town(const void *a, const void *b)
{
	return strcasecmp(((const struct towned *)a)->city,
	    ((const struct towned *)b)->city);
}

/* The first of the customers in town in towned, ntowned for none. */
static size_t
town_first(const char *town)
{
	size_t lo = 0, hi, mid, i;
	const char *city;

	if (towned == NULL) {
		towned = sdc_xmalloc((customers.n + 1) * sizeof(*towned));
		for (i = 0; i < customers.n; i++)
			if ((city = city_of(i)) != NULL &&
			    has_number(customers.c[i].name))
				towned[ntowned++] = (struct towned){ city, i,
				    NULL };
		qsort(towned, ntowned, sizeof(*towned), by_town);
	}
	for (hi = ntowned; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (strcasecmp(towned[mid].city, town) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The customers in town whose name holds the number and the words of
 * the name typed with it, head (number_fits): how many, up to two, and
 * the first into *x. */
static size_t
number_in_town(struct pool *p, const char *head, const char *town,
    size_t *x)
{
	char *tw = number_words(head), num[16];
	size_t i, found = 0;

	for (i = one_number(tw, num, sizeof(num)) ? town_first(town) :
	    ntowned; i < ntowned && found < 2 &&
	    strcasecmp(towned[i].city, town) == 0; i++) {
		/* a big town's numbered names are read again for each
		 * numbered name typed there: read each once */
		if (towned[i].words == NULL)
			towned[i].words = number_words(
			    p->c[towned[i].idx].name);
		if (number_fits(tw, num, towned[i].words) && found++ == 0)
			*x = towned[i].idx;
	}
	free(tw);
	return found;
}

/* A numbered name and its town: "Przedszkole nr 13 Mysłowice",
 * "XVII LO Ostróda", or the town first ("Fatih No 21 Noterliği").
 * Schools, kindergartens, pharmacies, notaries are named by their kind
 * and number, unique in their town: the one customer in the town typed
 * whose name holds the number and the typed words (number_fits) is the
 * one; none when two are. */
void
by_number(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	char *town = NULL, *head;
	size_t found = 0, x = 0;

	if (p != &customers || !has_number(guess))
		return;
	if ((head = town_head(guess, &town)) != NULL)
		found = number_in_town(p, head, town, &x);
	if (found == 0) {
		free(head);
		free(town);
		if ((head = town_lead(guess, &town)) != NULL)
			found = number_in_town(p, head, town, &x);
	}
	if (found == 1) {
		link_to(d, x, "weighted", fuzz_score(p, norm, x));
		d->conf = (int)(100 * link_th + 0.5);
		d->how = SDC_NEV_SITE;
		d->ask = 0;
		snprintf(d->extra, sizeof(d->extra), ",number");
	}
	free(head);
	free(town);
}

