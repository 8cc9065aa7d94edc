/* initial - an initial typed before a surname of the customer's that
 * none of its people with that surname has: another member of the
 * family ("Notariskantoor S. de Groot" typed, the customer
 * "Notariskantoor de Groot V.O.F." whose de Groot is Mirjam; "N. ten
 * Brink" for "Tandartspraktijk E. ten Brink B.V.").  A family's firms
 * share a surname and a trade; the initial is what tells them apart. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "initial.h"
#include "linkint.h"
#include "names.h"
#include "person.h"

/* The word before p (in guess) is a given name: p is a middle initial
 * ("Milica D. Simić"), not the one that tells a family apart. */
/* The word of guess before p, as sdc_name_words spells it (a new
 * string), or NULL at guess's start. */
static char *
word_before(const char *guess, const char *p)
{
	const char *b = p;
	char *w, *n;

	while (b > guess && b[-1] == ' ')
		b--;
	p = b;
	while (b > guess && b[-1] != ' ')
		b--;
	if (b == p)
		return NULL;
	w = sdc_xstrndup(b, (size_t)(p - b));
	n = sdc_name_words(names, w);	/* as person-names.json spells it */
	free(w);
	return n;
}

static int
after_given_name(const char *guess, const char *p)
{
	char *n = word_before(guess, p);
	int given;

	if (n == NULL)
		return 0;
	given = (sdc_person_name_kind(n) & SDC_NAME_GIVEN) != 0;
	free(n);
	return given;
}

/* The typed word before the initial at p is the word the customer's
 * name (words cw) writes before the surname, and that one not the
 * name's first (a trade's word, "Notariskantoor", leads a name; a given
 * name follows it): a middle initial of the customer's own person
 * ("Noter Arben S. Leka" for "Noter Arben Leka"). */
static int
own_before(const char *guess, const char *p, const char *cw, const char *sur)
{
	const char *at;
	char *n = word_before(guess, p);
	size_t ln;
	int own = 0;

	if (n == NULL)
		return 0;
	ln = strlen(n);
	for (at = strstr(cw, n); at && !own; at = strstr(at + 1, n))
		own = at > cw && at[-1] == ' ' && at[ln] == ' ' &&
		    strncmp(at + ln + 1, sur, strlen(sur)) == 0;
	free(n);
	return own;
}

/* The typed initial: a capital and a full stop, a word of its own,
 * with words after it ("S. de Groot"), not after a given name.  Where
 * it is, or NULL. */
static const char *
typed_initial(const char *guess)
{
	const char *p;

	for (p = guess; *p; p++)
		if ((p == guess || p[-1] == ' ') && isupper((unsigned char)*p) &&
		    p[1] == '.' && p[2] == ' ' && isalpha((unsigned char)p[3]))
			return after_given_name(guess, p) ? NULL : p;
	return NULL;
}

/* The words after the initial that the customer's name holds, in order
 * (the surname: "de groot"), the last of three letters or more.  A new
 * string, or NULL. */
static char *
surname_after(const char *rest, const char *cw)
{
	char *w = sdc_name_words(names, rest), *t, *save = NULL, *s;
	size_t len = 0, last = 0;

	s = sdc_xmalloc(strlen(w) + 1);
	*s = '\0';
	for (t = strtok_r(w, " ", &save); t && has_word(cw, t);
	    t = strtok_r(NULL, " ", &save)) {
		if (len)
			s[len++] = ' ';
		memcpy(s + len, t, strlen(t) + 1);
		len += strlen(t);
		if (strlen(t) >= 3)
			last = len;
	}
	s[last] = '\0';
	free(w);
	if (last == 0) {
		free(s);
		return NULL;
	}
	return s;
}

/* words end with the words sur, after a word of their own: what comes
 * before (the given name) starts at words; its first letter, or 0. */
static int
given_before(const char *words, const char *sur)
{
	size_t lw = strlen(words), ls = strlen(sur);

	if (lw <= ls + 1 || strcmp(words + lw - ls, sur) != 0 ||
	    words[lw - ls - 1] != ' ')
		return 0;
	return (unsigned char)*words;
}

/* The customer's name holds, beside the surname, a word that begins
 * with the initial (after it, of three letters or more): its own person
 * or title ("IP Tulegenov Yerzhan" for "IP Y. Tulegenov", "Khatia
 * Qipiani" for "K. Qipiani", "Dr. Kleinpaß" for "D. Kleinpaß"). */
static int
own_given(const char *cw, const char *sur, int x)
{
	const char *p, *b, *e;
	size_t ls = strlen(sur);

	for (p = strstr(cw, sur); p; p = strstr(p + 1, sur)) {
		e = p + ls;
		if (*e == ' ' && e[1] == x && strcspn(e + 1, " ") >= 3)
			return 1;
		for (b = p > cw + 1 ? p - 2 : cw; b > cw && b[-1] != ' '; b--)
			;
		if (p > cw + 1 && *b == x && (size_t)(p - 1 - b) >= 2)
			return 1;
	}
	return 0;
}

/* The customer's name writes another initial before the surname ("e ten
 * brink" of "Tandartspraktijk E. ten Brink B.V."). */
static int
own_initial_other(const char *cw, const char *sur, int x)
{
	const char *p;
	size_t ls = strlen(sur);

	for (p = strstr(cw, sur); p; p = strstr(p + 1, sur))
		if (p - cw >= 2 && p[-1] == ' ' && (p - cw == 2 ||
		    p[-3] == ' ') && p[-2] != x && (p[ls] == ' ' ||
		    p[ls] == '\0'))
			return 1;
	return 0;
}

char *
initial_other(const char *guess, size_t idx)
{
	const char *at = typed_initial(guess), *cw = customers.c[idx].words;
	struct pool *cp;
	char one[2], *sur, *o = NULL;
	int x, bearers = 0, same = 0, g;
	size_t i;

	if (at == NULL)
		return NULL;
	x = tolower((unsigned char)*at);
	one[0] = (char)x;
	one[1] = '\0';
	if (has_word(cw, one) || (sur = surname_after(at + 2, cw)) == NULL)
		return NULL;
	if (own_given(cw, sur, x) || own_before(guess, at, cw, sur)) {
		free(sur);
		return NULL;
	}
	cp = contact_pool(&customers.c[idx]);
	for (i = 0; i < cp->n; i++)
		if ((g = given_before(cp->c[i].words, sur)) != 0) {
			bearers++;
			same |= g == x;
		}
	if (own_initial_other(cw, sur, x) || (bearers > 0 && !same)) {
		o = sdc_xmalloc(strlen(sur) + 4);
		snprintf(o, strlen(sur) + 4, "%c. %s", toupper(x), sur);
	}
	free(sur);
	return o;
}
