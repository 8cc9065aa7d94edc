/* person - a person typed for the customer's name (person.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <strings.h>

#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "jsonl.h"
#include "names.h"
#include "person.h"

/* Titles people are called by at small businesses and non-profits; and
 * the everyday "Mr"/"Mrs" of the languages read, which go before the
 * surname as the English ones do: Polish pan, pani, p.; Czech and Slovak
 * pan, paní, pán; Romanian dl, dna (domnul, doamna); German Herr, Frau;
 * French Mme, Mlle; Spanish and Portuguese Sr, Sra; Dutch dhr, mevr.
 * Those before a given name or a surname in the East (Wikipedia "Thai
 * honorifics", "Vietnamese pronouns", "Filipino styles and honorifics",
 * "Greek name"): Thai khun and its k. (Greek k. too, for kyrios and
 * kyria); Vietnamese anh, chị, ông, bà; the sir and ma'am of Philippine
 * offices; Arabic sheikh and sayed.  Africa's (Wikipedia "Alhaji",
 * "Nigerian honorifics", "Swahili honorifics", "Maître (title)", "Sidi"):
 * the Alhaji, Alhaja, Hajia, Hadja and Hajj of one who made the
 * pilgrimage; Nigeria's Barr. (barrister), Engr. (engineer), Arc., Pharm.,
 * Chief, Hon. (honourable), Mallam; Egypt's Eng.; Swahili Mzee (elder) and
 * Mama; French M. (monsieur) and Me (maître, a lawyer's or notary's);
 * Moroccan Si (sidi).  Southeast Asia's (Wikipedia "Indonesian
 * honorifics", "Malay styles and titles", "Khmer name"): Indonesian
 * Bapak, Pak, Bpk. and Ibu, Bu; Malay Encik (En.), Cik, Puan; Khmer
 * Lok (Mr).  Not Malay Tuan: a Vietnamese given name as often. */
static const char *const titles[] = { "dr", "doctor", "pastor", "rev",
	"reverend", "fr", "father", "mr", "mrs", "ms", "miss", "prof",
	"deacon", "rabbi", "sister", "coach", "pan", "pani", "p",
	"pan\xc3\xad", "p\xc3\xa1n", "dl", "dna", "domnul", "doamna",
	"herr", "frau", "mme", "mlle", "sr", "sra", "dhr", "mevr", "khun",
	"k", "kyrios", "kyria", "anh", "chi", "ch\xe1\xbb\x8b",
	"\xc3\xb4ng", "b\xc3\xa0", "sir", "ma'am", "maam", "sheikh",
	"shaikh", "sayed", "alhaji", "alhaja", "hajia", "hadja", "hajj",
	"hajji", "haji", "barr", "engr", "eng", "arc", "pharm", "chief",
	"hon", "mallam", "malam", "mzee", "mama", "m", "me", "si", "bapak",
	"pak", "bpk", "ibu", "bu", "encik", "en", "cik", "puan", "lok",
	NULL };

int
sdc_person_title(const char *w)
{
	return sdc_name_listed(titles, w);
}

/* A title written after the name: Hungarian úr (Mr), asszony (Mrs);
 * Japanese san, sama, sensei and Korean ssi, nim after the surname, a
 * hyphen before them or not ("Ikeda-san"); Turkish bey and hanım after
 * the given name (Wikipedia "Japanese honorifics", "Korean honorifics",
 * "Turkish name"). */
static const char *const after[] = { "\xc3\xbar", "asszony", "san",
	"sama", "sensei", "ssi", "nim", "bey", "han\xc4\xb1m", "hanim",
	NULL };

/* South Asia's titles after a surname, which call a family's business
 * by its name (Wikipedia "Indian honorifics", "Pakistani honorifics",
 * "Nepali honorifics", "Sinhala honorifics"): Hindi and Urdu ji, sahab,
 * sahib, saheb, saab and its "sb", bhai, bhaiya; Bengali babu, dada;
 * Nepali dai (elder brother); Telugu garu; Sinhala mahaththaya (Mr) and
 * aiya (elder brother); the Indian English "sir" after a surname
 * ("Mehta sir"); and Hindustani wale (wala, wali: "the Mehtas' people").
 * Not titles of a person's reading: "Bhat ji - clinic" is Bhat Clinic,
 * not whichever clinic has a Mr Bhat among its contacts - a surname the
 * region shares by the thousand. */
static const char *const family[] = { "ji", "sahab", "sahib", "saheb",
	"saab", "sb", "bhai", "bhaiya", "babu", "dada", "dai", "garu",
	"mahaththaya", "aiya", "sir", "wale", "wala", "wali", NULL };

static int
title_after(const char *w)
{
	return sdc_name_listed(after, w);
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
	    sdc_person_title(a) || title_after(b) : wife_of(a));
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

#define WORDS 8		/* words of a typed name read as a person's */

/* The title glued to the name at w ("K.Anan", "Mr.Kim"; "Ikeda-san",
 * "Kim-ssi"): where the second part starts, the byte before it cut; NULL
 * when none is. */
static char *
glued(char *w)
{
	char *d = strchr(w, '.'), *h = strrchr(w, '-');

	if (d && d > w && d[1] != '\0') {
		*d = '\0';
		if (sdc_person_title(w))
			return d + 1;
		*d = '.';
	}
	if (h && h > w && title_after(h + 1)) {
		*h = '\0';
		return h + 1;
	}
	return NULL;
}

/* The words of s (cut in place) into w, WORDS at most: a dot or a comma
 * after one left off, a title glued to a name two words.  Their number,
 * or WORDS + 1 when there are more. */
static size_t
words_of(char *s, char **w)
{
	char *x, *g, *save = NULL;
	size_t n = 0;

	for (x = strtok_r(s, " \t", &save); x; x = strtok_r(NULL, " \t",
	    &save)) {
		size_t len = strlen(x);

		if (n + 2 > WORDS)
			return WORDS + 1;
		if (len > 1 && (x[len - 1] == '.' || x[len - 1] == ','))
			x[len - 1] = '\0';
		g = glued(x);
		w[n++] = x;
		if (g)
			w[n++] = g;
	}
	return n;
}

/* The n words at w joined by spaces: a new string. */
static char *
joined(char **w, size_t n)
{
	size_t i, len = 1;
	char *s, *o;

	for (i = 0; i < n; i++)
		len += strlen(w[i]) + 1;
	o = s = sdc_xmalloc(len);
	for (i = 0; i < n; i++)
		o += sprintf(o, "%s%s", i ? " " : "", w[i]);
	*o = '\0';
	return s;
}

static void
set_title(struct sdc_person *p, const char *t)
{
	p->titled = 1;
	p->title = sdc_xstrdup(t);
	lower(p->title);
}

/* The n words at w (a title first or after, or not) into p: 1 when they
 * are one or two words of a name, or with three a whole name (a
 * Vietnamese one, "Duong Thanh Phuong": the last two p->last; after a
 * title a given name and two surnames, "Sr. Nelson López Díaz -
 * Metalmecánica Torreón"). */
static int
person_words(char **w, size_t n, int three, struct sdc_person *p)
{
	size_t i = 0;

	if (n > 0 && sdc_person_title(w[0])) {
		set_title(p, w[0]);
		i = 1;
	} else if ((n == 2 || n == 3) && title_after(w[n - 1])) {
		set_title(p, w[n - 1]);	/* "Molnár úr", "Ikeda-san" */
		n--;
	} else if (n == 1 && wife_of(w[0])) {
		p->titled = 1;	/* Hungarian: "Kovácsné", Mrs Kovács */
		p->title = sdc_xstrdup("n\xc3\xa9");
		w[0][strlen(w[0]) - 3] = '\0';
	}
	if (n - i == 3 && three && name_word(w[i]) && name_word(w[i + 1]) &&
	    name_word(w[i + 2])) {
		p->first = sdc_xstrdup(w[i]);
		p->last = joined(w + i + 1, 2);
	} else if (n - i < 1 || n - i > 2 || !name_word(w[i]) ||
	    (n - i == 2 && !name_word(w[i + 1]))) {
		sdc_person_free(p);	/* the title read above */
		return 0;
	} else {
		p->first = sdc_xstrdup(w[i]);
		p->last = n - i == 2 ? sdc_xstrdup(w[i + 1]) : NULL;
	}
	lower(p->first);
	lower(p->last);
	return 1;
}

/* The text from..to (trimmed) read as a person into p; 1 when it is. */
static int
person_text(const char *from, size_t len, int three, struct sdc_person *p)
{
	char *who = trimmed(from, len), *w[WORDS + 1];
	size_t n;
	int ok;

	if (who == NULL)
		return 0;
	n = words_of(who, w);
	ok = n <= WORDS && person_words(w, n, three, p);
	free(who);
	return ok;
}

int
sdc_person_read(const char *typed, struct sdc_person *p)
{
	size_t plen = 0, at;
	int ok;

	memset(p, 0, sizeof(*p));
	if (typed == NULL)
		return 0;
	at = split(typed, &plen);
	ok = person_text(typed, at ? plen : strlen(typed), at != 0, p);
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

/* The length of s without a note in parentheses last that is in small
 * letters ("Tina (manager)", "Kirsten (daglig leder)"): the person's
 * role, a common noun, where a site or a firm after a name is a proper
 * one, capitalised ("Nikolaou (Thessalonikh)", "Bari (BA)"). */
static size_t
role_cut(const char *s)
{
	const char *o = strrchr(s, '('), *c = o ? strchr(o, ')') : NULL;
	size_t up, low;

	if (o == NULL || o == s || o[-1] != ' ' || c == NULL ||
	    c[1 + strspn(c + 1, " ")] != '\0')
		return strlen(s);
	sdc_name_cases(o + 1, (size_t)(c - o - 1), &up, &low);
	return up == 0 && low > 0 ? (size_t)(o - s) : strlen(s);
}

/* The last " - " of s after its first at bytes, or NULL. */
static const char *
last_dash(const char *s, size_t at)
{
	const char *d = NULL, *x;

	for (x = strstr(s + at, " - "); x; x = strstr(x + 1, " - "))
		d = x;
	return d;
}

/* The person after the separator (its role after it left off:
 * role_cut), the business before it ("Showa (Kono san)", "Falcon -
 * Karim"), or after the last dash when the business has one of its own
 * ("The Black Horse Inn - Holywood - Noel"): into p, 1 when so. */
static int
read_after(const char *typed, struct sdc_person *p)
{
	size_t plen = 0, at = split(typed, &plen);
	const char *d;

	memset(p, 0, sizeof(*p));
	if (at == 0)
		return 0;
	if (!person_text(typed + at, role_cut(typed + at), 1, p)) {
		if ((d = last_dash(typed, at)) == NULL ||
		    !person_text(d + 3, role_cut(d + 3), 1, p))
			return 0;
		plen = (size_t)(d - typed);
	}
	p->business = trimmed(typed, plen);
	p->how = SDC_PERSON_BEFORE;
	if (p->business == NULL)
		sdc_person_free(p);
	return p->business != NULL;
}

/* One reading of the n words at w with no separator: the person's words
 * from a, k of them, the business the rest before or after them. */
static int
read_words(char **w, size_t n, size_t a, size_t k, int how,
    struct sdc_person *p)
{
	memset(p, 0, sizeof(*p));
	if (a + k > n || k == n || !person_words(w + a, k, 0, p))
		return 0;
	if ((how == SDC_PERSON_WHOLE && (p->titled || p->last == NULL)) ||
	    (how == SDC_PERSON_GIVEN && p->titled)) {
		sdc_person_free(p);
		return 0;
	}
	p->business = a ? joined(w, a) : joined(w + k, n - k);
	p->how = how;
	return 1;
}

/* A titled person and one word after it in small letters, the person's
 * capitalised ("Pak Aminah rumah", "Mr Lim laptop"): a note of where or
 * what (home, a laptop), no business's name. */
static int
small_note(char **w, size_t k)
{
	return k == 3 && isupper((unsigned char)w[1][0]) &&
	    islower((unsigned char)w[2][0]);
}

/* The readings of a name typed with no separator, the business beside
 * the person: a title after the person's one or two words ("Jono san
 * Towa", "Nur Bey Yavuz") or after the last word ("Kanazawa
 * Takeuchi-san"), a title and one word first ("Mr. Lim Dalisay", "k.
 * Tzanetakis Patreon"), two untitled words first or last, a whole
 * name ("Jose Mendoza Tala"), or one, a given name ("CBA Sofia
 * Yasen"). */
static size_t
read_beside(const char *typed, struct sdc_person *p, size_t n, size_t max)
{
	char *s, *w[WORDS + 1];
	size_t k, j;

	if (strpbrk(typed, "@(/,") || strstr(typed, " - "))
		return n;
	s = sdc_xstrdup(typed);
	k = words_of(s, w);
	for (j = 1; k <= WORDS && j + 1 < k && j <= 2 && n < max; j++)
		if (title_after(w[j]))
			n += read_words(w, k, 0, j + 1, SDC_PERSON_MARKED,
			    &p[n]);
	if (k >= 3 && k <= WORDS && n < max && title_after(w[k - 1]))
		n += read_words(w, k, k - 2, 2, SDC_PERSON_MARKED, &p[n]);
	if (k >= 3 && k <= WORDS && n < max && sdc_person_title(w[0]) &&
	    !small_note(w, k))
		n += read_words(w, k, 0, 2, SDC_PERSON_BESIDE, &p[n]);
	if (k >= 3 && k <= WORDS && n < max && !sdc_person_title(w[0]))
		n += read_words(w, k, 0, 2, SDC_PERSON_WHOLE, &p[n]);
	if (k >= 3 && k <= WORDS && n < max && !title_after(w[k - 1]))
		n += read_words(w, k, k - 2, 2, SDC_PERSON_WHOLE, &p[n]);
	if (k >= 3 && k <= WORDS && n < max && !sdc_person_title(w[0]))
		n += read_words(w, k, 0, 1, SDC_PERSON_GIVEN, &p[n]);
	if (k >= 3 && k <= WORDS && n < max && !title_after(w[k - 1]))
		n += read_words(w, k, k - 1, 1, SDC_PERSON_GIVEN, &p[n]);
	free(s);
	return n;
}

/* Three or four untitled words of a name alone, no separator ("Khaled
 * Farid Mansour", "Nadia Mohamed El Masri"): a LONG reading into p, the
 * first word the given name, 1 when so. */
static int
read_long(const char *typed, struct sdc_person *p)
{
	char *s, *w[WORDS + 1];
	size_t plen = 0, n, i;
	int ok;

	memset(p, 0, sizeof(*p));
	if (split(typed, &plen))
		return 0;
	s = sdc_xstrdup(typed);
	n = words_of(s, w);
	ok = (n == 3 || n == 4) && !sdc_person_title(w[0]) &&
	    !title_after(w[n - 1]);
	for (i = 0; ok && i < n; i++)
		ok = name_word(w[i]);
	if (ok) {
		p->first = sdc_xstrdup(w[0]);
		p->last = joined(w + 1, n - 1);
		lower(p->first);
		lower(p->last);
		p->how = SDC_PERSON_LONG;
	}
	free(s);
	return ok;
}

size_t
sdc_person_reads(const char *typed, struct sdc_person *p, size_t max)
{
	size_t n = 0;

	if (typed == NULL)
		return 0;
	if (n < max && sdc_person_read(typed, &p[n]))
		n++;
	else if (n < max && read_long(typed, &p[n]))
		n++;
	if (n < max && read_after(typed, &p[n]))
		n++;
	return read_beside(typed, p, n, max);
}

/* A sole trader's legal form: the form of a business that is one
 * person's, its name that person's ("FOP Oksana Jakovenko", "YaTT
 * Karimova Nodira", "Lucie Marek e.K.").  Wikipedia "List of legal entity
 * types by country", "Sole proprietorship": Ukrainian FOP (fizychna
 * osoba-pidpryiemets) and the older SPD; Russian, Kazakh, Kyrgyz and
 * Belarusian IP; Uzbek YaTT; Bulgarian ET; Serbian and Montenegrin PR
 * (preduzetnik); Macedonian TP; Slovenian, Croatian and Bosnian s.p.;
 * Georgian I/E and Armenian A/Dz (individual entrepreneur); Moldovan
 * and Romanian II, and Romanian PFA; German e.K., e.Kfm., e.Kfr.;
 * Austrian and Swiss Einzelunternehmen, Einzelfirma; Hungarian e.v.;
 * Estonian FIE, Latvian IK, Lithuanian IĮ; French EI, EIRL,
 * auto-entrepreneur; Brazilian EIRELI, MEI; Portuguese ENI; the English
 * sole trader and sole proprietor.  Each in Latin letters and, where
 * the language writes Cyrillic, in it. */
static const char *const sole[] = { "fop", "spd", "ip", "yatt", "et",
	"pr", "preduzetnik", "tp", "sp", "i/e", "ie", "a/dz", "ii", "pfa",
	"ek", "ekfm", "ekfr", "einzelunternehmen", "einzelfirma", "ev",
	"fie", "ik", "i\xc4\xaf", "ei", "eirl", "auto-entrepreneur",
	"eireli", "mei", "eni", "sole trader", "sole proprietor",
	"sole proprietorship",
	"\xd1\x84\xd0\xbe\xd0\xbf",		/* ФОП */
	"\xd1\x81\xd0\xbf\xd0\xb4",		/* СПД */
	"\xd0\xb8\xd0\xbf",			/* ИП */
	"\xd1\x8f\xd1\x82\xd1\x82",		/* ЯТТ */
	"\xd0\xb5\xd1\x82",			/* ЕТ */
	"\xd0\xbf\xd1\x80",			/* ПР */
	"\xd1\x82\xd0\xbf",			/* ТП */
	NULL };

/* Compared case folded, dots left off ("e.K." is "ek", "I.P." "ip"). */
int
sdc_person_sole(const char *business)
{
	char *b, *d, *o;
	size_t i;

	if (business == NULL)
		return 0;
	b = sdc_name_fold(business);
	for (d = o = b; *d; d++)
		if (*d != '.')
			*o++ = *d;
	*o = '\0';
	for (i = 0; sole[i] && strcmp(b, sole[i]) != 0; i++)
		;
	free(b);
	return sole[i] != NULL;
}

/* Hindi "ka office", "ki dukaan": the words after a title that make the
 * person's name a place's ("Pandey ji ka office", Pandey ji's office). */
static int
of_the(char **w, size_t *n)
{
	size_t k = *n;

	if (k > 0 && strcasecmp(w[k - 1], "office") == 0)
		k--;
	if (k > 0 && (strcasecmp(w[k - 1], "ka") == 0 ||
	    strcasecmp(w[k - 1], "ki") == 0 || strcasecmp(w[k - 1], "ke") == 0))
		k--;
	*n = k;
	return k;
}

char *
sdc_person_addressed(const char *typed, char **name)
{
	size_t plen = 0, at, n, i;
	char *who, *w[WORDS + 1], *business, *out = NULL;

	*name = NULL;
	if (typed == NULL || (at = split(typed, &plen)) == 0 ||
	    (who = trimmed(typed, plen)) == NULL)
		return NULL;
	n = words_of(who, w);
	if (n <= WORDS && of_the(w, &n) >= 2 && n <= 3 &&
	    sdc_name_listed(family, w[n - 1]))
		for (i = 0, n--; i < n && name_word(w[i]); i++)
			;
	else
		i = n = 0;
	business = i == n && n ? trimmed(typed + at, strlen(typed + at)) : NULL;
	if (business) {
		*name = joined(w, n);
		out = sdc_xmalloc(strlen(*name) + strlen(business) + 2);
		if (strcasestr(business, *name))
			strcpy(out, business);
		else
			sprintf(out, "%s %s", *name, business);
	}
	free(business);
	free(who);
	return out;
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

/* The words of s as names.h folds them, between spaces, a hyphened
 * name one word (" isil kara " for "IŞIL Kara", " seoyeon seo " for
 * "Seo-yeon Seo": a Korean given name is typed with its hyphen or
 * without, never as two names).  Letters and spaces alone, most names,
 * are only put in lower case: every contact of every holder is
 * compared. */
static char *
folded(const char *s)
{
	char *t = sdc_xmalloc(strlen(s) + 3), *o = t, *w, *f;
	const char *i;

	for (i = s; isalpha((unsigned char)*i) || *i == ' '; i++)
		;
	if (*i == '\0') {
		for (*o++ = ' ', i = s; *i; i++)
			if (*i != ' ' || o[-1] != ' ')
				*o++ = (char)tolower((unsigned char)*i);
		if (o[-1] != ' ')
			*o++ = ' ';
		*o = '\0';
		return t;
	}
	for (i = s; *i; i++)
		if (*i != '-')
			*o++ = *i;
	*o = '\0';
	w = sdc_name_words(NULL, t);
	f = sdc_xmalloc(strlen(w) + 3);
	sprintf(f, " %s ", w);
	free(w);
	free(t);
	return f;
}

char *
sdc_person_word(const char *w)
{
	const char *i;
	char *f, *t;

	for (i = w; isalpha((unsigned char)*i); i++)
		;
	if (*i == '\0')
		return sdc_xstrdup(w);	/* letters alone: as owners.h keys */
	f = folded(w);
	for (i = t = f; *i; i++)
		if (*i != ' ')
			*t++ = *i;
	*t = '\0';
	return f;
}

/* The folded name c begins (or ends) with the folded words x. */
static int
begins(const char *c, const char *x)
{
	return strncmp(c, x, strlen(x)) == 0;
}

static int
ends(const char *c, const char *x)
{
	size_t a = strlen(c), b = strlen(x);

	return a >= b && strcmp(c + a - b, x) == 0;
}

int
sdc_person_is(const struct sdc_person *p, const char *contact)
{
	char *c, *f, *l;
	int is;

	if (contact == NULL || p->first == NULL)
		return 0;
	c = folded(contact);
	f = folded(p->first);
	l = p->last ? folded(p->last) : NULL;
	if (l)		/* the surname first too, untitled ("Tóth Máté"),
			 * of two words */
		is = strlen(c) + 1 >= strlen(f) + strlen(l) && ((begins(c, f)
		    && ends(c, l)) || (!p->titled && p->how !=
		    SDC_PERSON_LONG && begins(c, l) && ends(c, f)));
	else		/* titled: any of its names ("Anh Quang" for Ngô
			 * Đức Quang, as Vietnamese call people) */
		is = begins(c, f) || (p->titled && strstr(c, f) != NULL);
	free(c);
	free(f);
	free(l);
	return is;
}

/* config/person-names.json's names: each word once, its kinds' bits. */
static struct { char *w; int kind; } *pn;
static size_t npn, cpn;
static struct sdc_hmap bypn = SDC_HMAP_INIT;

static long
name_at(const char *w)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&bypn, sdc_hash(w, strlen(w)), &it, &v))
		if (strcmp(pn[v].w, w) == 0)
			return (long)v;
	return -1;
}

/* Name t of kind bit k, spelt as sdc_name_words spells it (a name of
 * plain letters is lower case already: the file is). */
static void
name_add(const char *t, int k)
{
	const char *i;
	char *w;
	long at;

	for (i = t; islower((unsigned char)*i); i++)
		;
	w = *i ? sdc_name_words(NULL, t) : sdc_xstrdup(t);
	if (!*w || strchr(w, ' ') != NULL || (at = name_at(w)) >= 0) {
		if (*w && strchr(w, ' ') == NULL)
			pn[at].kind |= k;
		free(w);
		return;
	}
	pn = sdc_grow(pn, &cpn, npn + 1, sizeof(*pn));
	pn[npn].w = w;
	pn[npn].kind = k;
	sdc_hmap_put(&bypn, sdc_hash(w, strlen(w)), (uint32_t)npn++);
}

/* The names of the file's key (one string, names between spaces). */
static void
names_of(json_object *doc, const char *key, int k)
{
	json_object *v;
	char *all, *t, *save = NULL;

	if (!json_object_object_get_ex(doc, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return;
	all = sdc_xstrdup(json_object_get_string(v));
	for (t = strtok_r(all, " ", &save); t; t = strtok_r(NULL, " ", &save))
		name_add(t, k);
	free(all);
}

static void
names_load(void)
{
	json_object *doc = sdc_shipped_json("person-names.json", 4UL << 20,
	    "a typo that spells another person's name is read as a typo");

	if (doc == NULL)
		return;
	names_of(doc, "given", SDC_NAME_GIVEN);
	names_of(doc, "surnames", SDC_NAME_SURNAME);
	json_object_put(doc);
}

int
sdc_person_name_kind(const char *w)
{
	static int loaded;
	long at;

	if (!loaded) {
		loaded = 1;
		names_load();
	}
	return (at = name_at(w)) >= 0 ? pn[at].kind : 0;
}
