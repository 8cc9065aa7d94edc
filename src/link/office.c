/* office - a firm's office typed for another of its offices.  A firm
 * with offices in several towns is billed by office: each office the
 * customer list holds is a customer of its own ("Honma Shōji Hakodate
 * Shiten"), and an office typed that the list lacks ("Honma Shōji
 * Tomakomai Shiten") is none of them, though every other word is the
 * customer's. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "fuzzy.h"
#include "names.h"
#include "office.h"

/* A town slip as sites.c reads one ("Asahlkawa" for Asahikawa). */
#define TOWN_SLIP 80

/* The words after a town that make it an office's: general business
 * vocabulary, not names: the romanised Japanese shiten 支店 (branch),
 * eigyōsho 営業所 (sales office), shutchōsho/shutchōjo 出張所 (branch
 * office), shisha 支社 (branch company), jigyōsho 事業所
 * (establishment); English branch; Dutch vestiging and filiaal.  As
 * long_vowels() folds them.  (A name in Han is read in pinyin by
 * sdc_name_words, its office words too: left to the Han rules.) */
static const char *const office_words[] = { "shiten", "eigyosho",
    "eigyosyo", "shutchosho", "shutchojo", "shuchosho", "jigyosho",
    "shisha", "branch", "vestiging", "filiaal", NULL };

/* w with a romanised long vowel written short: "oh", "ou", "oo", "uh",
 * "uu" as "o" and "u" ("Eigyohsho", "Kohbe", "Eigyousho"), the Hepburn
 * without macrons the list writes most.  A new string. */
static char *
long_vowels(const char *w)
{
	char *s = sdc_xstrdup(w), *o = s;
	const char *p;

	for (p = w; *p; p++) {
		if (p > w && (p[-1] == 'o' || p[-1] == 'u') && ((*p == 'h' &&
		    p[1] != '\0' && !strchr("aeiouy", p[1])) || (*p == 'u') ||
		    (*p == 'o' && p[-1] == 'o')))
			continue;
		*o++ = *p;
	}
	*o = '\0';
	return s;
}

/* The town of the office a name's words (w, n of them) name: the word
 * before its office word ("eigyo sho" as typed with a hyphen is one).
 * A new string, or NULL
 * (no office, or the slot holds a number: "Branch 58" of a legion). */
static char *
office_town(const struct sdc_names *nm, char **w, size_t n)
{
	char *f, *two, *town = NULL;
	size_t i, last;
	int office;

	for (i = 1; i < n && town == NULL; i++) {
		f = long_vowels(w[i]);
		office = sdc_name_listed(office_words, f);
		free(f);
		last = i;
		if (!office && i + 1 < n) {
			two = sdc_xmalloc(strlen(w[i]) + strlen(w[i + 1]) + 1);
			strcpy(two, w[i]);
			strcat(two, w[i + 1]);
			f = long_vowels(two);
			office = sdc_name_listed(office_words, f);
			free(f);
			free(two);
			last = i + 1;
		}
		/* "Branch 450": the number, not a town, is the site */
		if (!office || (last + 1 < n && strchr("0123456789",
		    *w[last + 1]) != NULL))
			continue;
		if (strspn(w[i - 1], "0123456789") == 0 &&
		    !sdc_name_is_drop(nm, w[i - 1]) &&
		    !sdc_name_is_form(w[i - 1]))
			town = long_vowels(w[i - 1]);
	}
	return town;
}

/* The name's words hold the town, in a word of their own or in one
 * (written with or without a slip: "Guang Zhou" typed, "Guangzhou"). */
static int
town_among(char **w, size_t n, const char *town)
{
	char *f;
	size_t i;
	int in = 0;

	for (i = 0; i < n && !in; i++) {
		f = long_vowels(w[i]);
		in = strstr(f, town) != NULL || sdc_fuzz_ratio(f, town) >=
		    TOWN_SLIP;
		free(f);
	}
	return in;
}

char *
sdc_office_other(const struct sdc_names *nm, const char *typed,
    const char *own)
{
	char *t = sdc_xstrdup(typed), *o = sdc_xstrdup(own), **tw, **ow;
	char *tt, *ot = NULL;
	size_t tn = sdc_name_split(t, &tw), on = sdc_name_split(o, &ow);
	size_t lt, lo;

	if ((tt = office_town(nm, tw, tn)) != NULL)
		ot = office_town(nm, ow, on);
	if (ot == NULL || strcmp(tt, ot) == 0 ||
	    town_among(ow, on, tt)) {
		free(tt);
		tt = NULL;
	} else {
		/* one begun as the other: a town cut short ("Sagami") */
		lt = strlen(tt);
		lo = strlen(ot);
		if (strncmp(tt, ot, lt < lo ? lt : lo) == 0) {
			free(tt);
			tt = NULL;
		}
	}
	free(ot);
	free(tw);
	free(ow);
	free(t);
	free(o);
	return tt;
}

/* The words that make a name a holding company's: English holding(s),
 * Dutch beheer ("Jansen Beheer B.V."): general vocabulary. */
static const char *const holding_words[] = { "holding", "holdings",
    "beheer", NULL };

/* A word of w (a name's words) is a holding's. */
static int
holds_holding(const char *w)
{
	char *l = sdc_xstrdup(w), *t, *save = NULL;
	int in = 0;

	for (t = strtok_r(l, " ", &save); t && !in; t = strtok_r(NULL, " ",
	    &save))
		in = sdc_name_listed(holding_words, t);
	free(l);
	return in;
}

int
sdc_office_holding(const char *typed, const char *own)
{
	return holds_holding(typed) && !holds_holding(own) &&
	    sdc_name_trading(typed, NULL) == NULL;
}
