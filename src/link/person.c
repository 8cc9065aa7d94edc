/* person - a person typed for the customer's name (person.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "person.h"

/* Titles people are called by at small businesses and non-profits; and
 * the everyday "Mr"/"Mrs" of the languages read, which go before the
 * surname as the English ones do: Polish pan, pani, p.; Czech and Slovak
 * pan, paní, pán; Romanian dl, dna (domnul, doamna); German Herr, Frau;
 * French Mme, Mlle; Spanish and Portuguese Sr, Sra; Dutch dhr, mevr. */
static const char *const titles[] = { "dr", "doctor", "pastor", "rev",
	"reverend", "fr", "father", "mr", "mrs", "ms", "miss", "prof",
	"deacon", "rabbi", "sister", "coach", "pan", "pani", "p",
	"pan\xc3\xad", "p\xc3\xa1n", "dl", "dna", "domnul", "doamna",
	"herr", "frau", "mme", "mlle", "sr", "sra", "dhr", "mevr", NULL };

static int
is_title(const char *w)
{
	size_t i;

	for (i = 0; titles[i]; i++)
		if (strcasecmp(w, titles[i]) == 0)
			return 1;
	return 0;
}

/* A title written after the name: Hungarian úr (Mr), asszony (Mrs). */
static int
title_after(const char *w)
{
	return strcasecmp(w, "\xc3\xbar") == 0 || strcasecmp(w, "asszony") == 0;
}

/* A married woman's name in Hungarian: her husband's surname and -né
 * ("Kovácsné"), three letters before it at least. */
static int
wife_of(const char *w)
{
	size_t n = strlen(w);

	return n >= 6 && strcmp(w + n - 3, "n\xc3\xa9") == 0;
}

/* A word of a person's name: letters, an apostrophe or a hyphen inside
 * ("O'Neil", "Smith-Jones"); two letters at least. */
static int
name_word(const char *w)
{
	size_t i, letters = 0;

	for (i = 0; w[i]; i++) {
		unsigned char ch = (unsigned char)w[i];

		if (isalpha(ch) || ch >= 0x80)
			letters++;
		else if ((ch != '\'' && ch != '-') || i == 0 || !w[i + 1])
			return 0;
	}
	return letters >= 2;
}

static char *
trimmed(const char *s, size_t len)
{
	while (len && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len && (isspace((unsigned char)s[len - 1]) || s[len - 1] == ')'
	    || s[len - 1] == ','))
		len--;
	return len ? sdc_xstrndup(s, len) : NULL;
}

static void
lower(char *s)
{
	for (; s && *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

/* The len bytes at t are a title and a word, a word and a title after
 * it, or a married name: a comma after them parts the business, as it
 * cannot after a surname written first ("Rønning, Siv"). */
static int
titled_part(const char *t, size_t len)
{
	char *s = sdc_xstrndup(t, len), *a, *b, *save = NULL;
	int titled;

	a = strtok_r(s, " ", &save);
	b = a ? strtok_r(NULL, " ", &save) : NULL;
	titled = a && strtok_r(NULL, " ", &save) == NULL && (b ?
	    is_title(a) || title_after(b) : wife_of(a));
	free(s);
	return titled;
}

/* Where the business begins, and how long the person part is: "@" (not
 * an address: no dot after it), " - ", "(", or a comma after a titled
 * name (titled_part).  0 when none. */
static size_t
split(const char *t, size_t *plen)
{
	/* "at" in the Nordic languages: "Kjell hos Hønefoss", "Hans på
	 * Lillehammer"; "from" in Polish, Czech and Slovak: "p. Bąk z
	 * Teletex"; a slash: "pan Zając / Pod Wagą" */
	static const char *const ats[] = { " hos ", " p\xc3\xa5 ", " / ",
		" z ", " ze ", " from ", " at ", NULL };
	const char *at = strchr(t, '@'), *dash = strstr(t, " - "),
	    *par = strchr(t, '('), *best = NULL, *w;
	size_t i, skip = 1;

	if (at && strchr(at, '.') && !strchr(at, ' '))
		return 0;	/* an address: domain evidence reads it */
	if (at)
		best = at;
	if (dash && (!best || dash < best)) {
		best = dash;
		skip = 3;
	}
	if (par && (!best || par < best)) {
		best = par;
		skip = 1;
	}
	for (i = 0; ats[i]; i++)
		if ((w = strstr(t, ats[i])) && (!best || w < best)) {
			best = w;
			skip = strlen(ats[i]);
		}
	if ((w = strstr(t, ", ")) && (!best || w < best) && titled_part(t,
	    (size_t)(w - t))) {
		best = w;	/* "pán Lukáčová, Infodata" */
		skip = 2;
	}
	if (best == NULL || best == t)
		return 0;
	*plen = (size_t)(best - t);
	return *plen + skip;
}

/* The person's words (a title first or not) into p: 1 when they are one
 * or two words of a name. */
static int
person_words(char *s, struct sdc_person *p)
{
	char *w[4], *save = NULL, *x;
	size_t n = 0, i = 0;

	for (x = strtok_r(s, " \t", &save); x; x = strtok_r(NULL, " \t",
	    &save)) {
		size_t len = strlen(x);

		if (n == 4)
			return 0;
		if (len > 1 && (x[len - 1] == '.' || x[len - 1] == ','))
			x[len - 1] = '\0';
		w[n++] = x;
	}
	if (n > 0 && is_title(w[0])) {
		p->titled = 1;
		p->title = sdc_xstrdup(w[0]);
		lower(p->title);
		i = 1;
	} else if (n == 2 && title_after(w[1])) {
		p->titled = 1;	/* Hungarian: "Molnár úr" */
		p->title = sdc_xstrdup(w[1]);
		lower(p->title);
		n = 1;
	} else if (n == 1 && wife_of(w[0])) {
		p->titled = 1;	/* Hungarian: "Kovácsné", Mrs Kovács */
		p->title = sdc_xstrdup("n\xc3\xa9");
		w[0][strlen(w[0]) - 3] = '\0';
	}
	if (n - i < 1 || n - i > 2 || !name_word(w[i]) ||
	    (n - i == 2 && !name_word(w[i + 1])))
		return 0;
	p->first = sdc_xstrdup(w[i]);
	p->last = n - i == 2 ? sdc_xstrdup(w[i + 1]) : NULL;
	lower(p->first);
	lower(p->last);
	return 1;
}

int
sdc_person_read(const char *typed, struct sdc_person *p)
{
	size_t plen = 0, at;
	char *who;
	int ok;

	memset(p, 0, sizeof(*p));
	if (typed == NULL)
		return 0;
	at = split(typed, &plen);
	who = trimmed(typed, at ? plen : strlen(typed));
	if (who == NULL)
		return 0;
	ok = person_words(who, p);
	free(who);
	if (ok && at)
		p->business = trimmed(typed + at, strlen(typed + at));
	if (ok && !at && !p->titled && p->last == NULL)
		ok = 0;		/* one word alone: a name cut short */
	if (ok && !at && strcmp(p->title ? p->title : "", "n\xc3\xa9") == 0)
		ok = 0;		/* ... or a word that ends so */
	if (!ok)
		sdc_person_free(p);
	return ok;
}

void
sdc_person_free(struct sdc_person *p)
{
	free(p->first);
	free(p->last);
	free(p->business);
	free(p->title);
	memset(p, 0, sizeof(*p));
}

/* The contact's word at w (its first, or its last), compared with s. */
static int
word_is(const char *w, size_t len, const char *s)
{
	return s && strlen(s) == len && strncasecmp(w, s, len) == 0;
}

int
sdc_person_is(const struct sdc_person *p, const char *contact)
{
	const char *f, *l, *e;
	size_t flen;

	if (contact == NULL || p->first == NULL)
		return 0;
	f = contact + strspn(contact, " ");
	flen = strcspn(f, " ");
	e = f + strlen(f);
	while (e > f && e[-1] == ' ')
		e--;
	for (l = e; l > f && l[-1] != ' '; l--)
		;
	if (p->last)	/* the surname first too, untitled ("Tóth Máté") */
		return l > f + flen && ((word_is(f, flen, p->first) &&
		    word_is(l, (size_t)(e - l), p->last)) || (!p->titled &&
		    word_is(f, flen, p->last) && word_is(l, (size_t)(e - l),
		    p->first)));
	return word_is(f, flen, p->first) || (p->titled && l > f + flen &&
	    word_is(l, (size_t)(e - l), p->first));
}
