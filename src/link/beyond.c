/* beyond - evidence beyond the name: machines (Syncro assets and
 * their site prefixes), contacts and e-mail domains, the history of
 * earlier links, open tickets.  Each piece has its weight (linkint.h);
 * together they link only when the name agrees. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "custidx.h"
#include "diag.h"
#include "fuzzy.h"
#include "hist.h"
#include "jsonl.h"
#include "linkint.h"
#include "owners.h"
#include "person.h"
#include "tickets.h"

/* Evidence beyond the name confirms what the name says: a typed name of
 * known words must give the candidate at least this much confidence, and
 * no other candidate may fit the name better by the margin.  A name of
 * words no customer has ("ACMEPLUMB01") says nothing either way. */
static double name_support = 0.30;


/* --- evidence beyond the name --- */

/* A candidate with what speaks for it. */
struct support {
	long idx;
	double name, extra;	/* name confidence; other evidence's weight */
	double chance;		/* ... of it, what many share by chance (time) */
	double heaviest;
	unsigned how;		/* how the name matched */
	int holds;		/* its name holds every typed word */
	int person;		/* a person typed is one of its contacts */
	int machine;		/* the session's machine is its only */
	int address;		/* the address typed is its (domain) */
	int narrow;		/* its role machine is few customers' (narrow) */
	int whole;		/* every word of weight of its name is typed (narrow:
				 * its legal form aside, typed_but_forms) */
	const char *rule;	/* the heaviest other evidence */
	char what[96];		/* "machine:+50,contact:+30" */
};

static struct support *
support_of(struct support *c, size_t *n, size_t max, long idx)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (c[i].idx == idx)
			return &c[i];
	if (*n == max)
		return NULL;
	memset(&c[*n], 0, sizeof(c[*n]));
	c[*n].idx = idx;
	c[*n].name = -1;	/* not scored yet */
	return &c[(*n)++];
}

/* One piece of evidence for the customer at idx (when there is one). */
static void
piece(struct support *c, size_t *n, size_t max, long idx, double w,
    const char *rule)
{
	struct support *x;
	size_t len;

	if (idx < 0 || w <= 0 || (x = support_of(c, n, max, idx)) == NULL)
		return;
	x->extra += w;
	x->person |= strncmp(rule, "person", 6) == 0;
	x->machine |= strcmp(rule, "machine") == 0;
	if (w > x->heaviest) {
		x->heaviest = w;
		x->rule = rule;
	}
	len = strlen(x->what);
	snprintf(x->what + len, sizeof(x->what) - len, ",%s:+%d", rule,
	    (int)(100 * w + 0.5));
}

/* Letters only ("MANUEL", not "PC04"). */
int
alpha_word(const char *s)
{
	for (; *s; s++)
		if (!isalpha((unsigned char)*s))
			return 0;
	return 1;
}

/* A machine named as people are called ("Jake": the caller's name typed
 * where the machine's goes), or a device's default name after its owner
 * ("MacBook-de-Manuel", "iPad-de-Thierry", "PORTATIL-ELENA": a part of
 * letters only that is a contact's first name), is many customers' as
 * likely as one's. */
int
person_machine(const char *m)
{
	char part[64];
	size_t len;

	if (m == NULL)
		return 0;
	if (sdc_owners_one(given, m) != SDC_OWNER_NONE)
		return 1;
	for (; *m; m += len + (m[len] != '\0')) {
		len = strcspn(m, "-_ .'");
		if (len < 3 || len >= sizeof(part))
			continue;
		memcpy(part, m, len);
		part[len] = '\0';
		if (alpha_word(part) && sdc_owners_one(given, part) !=
		    SDC_OWNER_NONE)
			return 1;
	}
	return 0;
}

/* "machine:NAME" and the like: the history's keys. */
static long
remembered(const char *kind, const char *key)
{
	char buf[512];

	if (key == NULL || *key == '\0')
		return SDC_OWNER_NONE;
	snprintf(buf, sizeof(buf), "%s:%s", kind, key);
	return sdc_hist_one(history, buf);
}

/* The customer at x has the machine m among its assets. */
static int
has_asset(size_t x, const char *m)
{
	struct sdc_cidx_cust c;
	size_t i;

	if (customers.c[x].cix < 0)
		return 0;
	sdc_cidx_get(cidx, (size_t)customers.c[x].cix, &c);
	for (i = 0; i < c.nassets; i++)
		if (strcasecmp(sdc_cidx_asset(cidx, &c, i), m) == 0)
			return 1;
	return 0;
}

#define ROLE_RANK 64	/* the name's candidates looked through for a role */
#define ROLE_CHANCE 0.2	/* the chance one of them has it anyway, at most */
#define ROLE_CLOSE 8	/* ... among so many as close as the best, at most */

/* The customer at x has a contact of the first name m ("Jen"). */
static int
has_given(size_t x, const char *m)
{
	struct sdc_cidx_cust c;
	struct sdc_cidx_contact ct;
	size_t i, len = strlen(m);

	if (customers.c[x].cix < 0)
		return 0;
	sdc_cidx_get(cidx, (size_t)customers.c[x].cix, &c);
	for (i = 0; i < c.ncontacts; i++) {
		sdc_cidx_contact(cidx, &c, i, &ct);
		if (ct.id >= 0 && strncasecmp(ct.name, m, len) == 0 &&
		    ct.name[len] == ' ')
			return 1;
	}
	return 0;
}

/* The customer at x has m: the machine, or a contact so called. */
static int
has_role(size_t x, const char *m, int caller)
{
	return caller ? has_given(x, m) : has_asset(x, m);
}

/* The customers holding every typed word ("Moreau" of "Moreau &
 * Associates CPAs", below the floor beside "Moreau Hauling") that are
 * not among the n hits already: into h from n on (each is as close as
 * the best: the name cannot tell them apart); the new count, or
 * ROLE_RANK + 1 when there are too many to look through. */
static size_t
add_holders(const char *words, struct sdc_nev_hit *h, size_t n)
{
	size_t ids[ROLE_RANK], k, i, j;

	k = *words ? sdc_nev_holders(customers.ev, words, ids, ROLE_RANK) : 0;
	if (k > ROLE_RANK)
		return n;	/* the heaviest word is none, or common */
	for (i = 0; i < k; i++) {
		size_t x = cand_of(&customers, ids[i]);

		for (j = 0; j < n && h[j].id != x; j++)
			;
		if (j < n)
			continue;
		if (n == ROLE_RANK)
			return ROLE_RANK + 1;
		h[n].id = x;
		h[n++].score = 0;	/* counted as close all the same */
	}
	return n;
}

/* What of the typed name a role machine's owner is looked for by. */
enum { ROLE_NAME, ROLE_HEAD, ROLE_WHOLE };

/* What of the typed name names the business: the business typed beside
 * a person ("Copperleaf" of "Tony @ Copperleaf"; none of "Mike
 * Forsythe", a contact's whole name: a person's name is no business's),
 * else the whole name (ROLE_NAME); or the name before a note or site
 * ("Zamora" of "Zamora - urgent", ROLE_HEAD); or the whole name where a
 * person was read before a business (ROLE_WHOLE: "Meridian Apotheke
 * (Gravelone)" and "Norman Public Schools / Elementary" read as a person
 * of the business after them, which is a site).  A new string, or
 * NULL. */
static char *
business_typed(const char *guess, int how)
{
	struct sdc_person p;
	char full[256], *b = NULL;
	int read = sdc_person_read(guess, &p), person = read, head = how ==
	    ROLE_HEAD;

	if (how == ROLE_WHOLE) {
		b = person && p.business ? sdc_xstrdup(guess) : NULL;
		if (read)
			sdc_person_free(&p);
		return b;
	}
	if (person && p.business)
		b = head ? NULL : sdc_xstrdup(p.business);
	else if (person && p.last && contact_named(p.first, p.last, full) !=
	    SDC_OWNER_NONE)
		b = NULL;
	else
		person = 0;
	if (read)
		sdc_person_free(&p);
	if (!person)
		b = head ? sdc_name_site_head(guess) : sdc_xstrdup(guess);
	return b;
}

/* The typed name and the candidate at x begin with the same letter
 * (their first words of weight): a name cut short or abbreviated keeps
 * its start; the words of a name found inside another's ("Young
 * Equipment Rental" in "Dr. Young Equipment Rental Inc") are as often
 * a third business's. */
static int
begins_alike(const char *typed, size_t x)
{
	char *t = sdc_name_normalise(names, typed);
	int same = *t && *t == *customers.c[x].norm;

	free(t);
	return same;
}

/* A machine many customers have ("XRAY"), or a machine named as the
 * caller is called ("Jen", a contact's first name): evidence only among
 * the customers that have one.  The one of the name's candidates (its
 * hits and the holders of every typed word; up to 64, more and the name
 * says too little) that has it, when no other of them has it, it is
 * among the best within the margin (at most ROLE_CLOSE of them), its
 * name begins as the typed one, and the candidates are so few for how
 * many customers have it that one of them having it by chance is
 * unlikely (ROLE_CHANCE); or -1.  An impostor named like a customer is
 * on a "MANAGER-PC" as often as any customer of that name: the fewer
 * the name's candidates and the rarer the machine, the less that
 * weighs. */
static long
role_owner_of(const char *guess, const char *m, int caller, int how)
{
	struct sdc_nev_hit h[ROLE_RANK];
	char *glued, *w;
	size_t raw, n, hits, i, close, inclose = 0, inall = 0;
	size_t many = sdc_owners_many(caller ? given : machines, m);
	long one = -1, x;
	char *b;

	if ((caller ? w_machine_caller : w_machine_role) <= 0 || guess == NULL)
		return -1;
	if ((b = business_typed(guess, how)) == NULL)
		return -1;
	w = read_words(&customers, b, &glued);
	raw = sdc_nev_query(customers.ev, w, FLOOR, h, ROLE_RANK);
	hits = n = fold_hits(&customers, h, raw);
	if (raw < ROLE_RANK)
		n = add_holders(w, h, n);
	free(w);
	free(glued);
	for (close = 0; close < hits && h[close].score >= h[0].score -
	    link_margin; close++)
		;
	for (i = 0; i < n && n <= ROLE_RANK; i++) {
		x = (long)h[i].id;
		if (!has_role((size_t)x, m, caller))
			continue;
		inall++;
		if (i < close || i >= hits) {
			inclose++;
			one = x;
		}
	}
	close += n - hits;	/* a holder is as close as the best */
	if (raw == ROLE_RANK || n > ROLE_RANK || n * (double)many > ROLE_CHANCE *
	    (double)customers.n || close > ROLE_CLOSE || inall != 1 ||
	    inclose != 1 || !begins_alike(b, (size_t)one))
		one = -1;
	free(b);
	return one;
}

/* ... of the whole name, else of the name before a note or site, else
 * of the whole name read as a person's business. */
static long
role_owner(const char *guess, const char *m, int caller)
{
	long one = role_owner_of(guess, m, caller, ROLE_NAME);

	if (one < 0)
		one = role_owner_of(guess, m, caller, ROLE_HEAD);
	return one >= 0 ? one : role_owner_of(guess, m, caller, ROLE_WHOLE);
}

/* A role machine's owners (or a caller's given name's) are so few
 * among the customers (at most ROLE_NARROW of them: "URSULA-NB" at 6 of
 * 5,000, not "RECEPTION" at 150) that a name typed for one of them on it
 * that reads its whole name is that one's, though it has words more (a
 * town, a branch, a certification: "Pillay Plumbing, Brakpan" on a
 * laptop of Pillay Plumbing; shared_tie): an impostor named like it is
 * on a machine of its as seldom as the share says.  The share, not a
 * count, so it holds at 50,000 customers as at 5,000; 0.2% lost half the
 * rows, 0.4% linked "Studio Tecnico Associato Grasso & Tomasi" (another
 * partner) until the whole name had to be read. */
#define ROLE_NARROW 0.004

static void
narrow_role(struct support *c, size_t n, long idx, const char *m, int caller)
{
	size_t i, many = sdc_owners_many(caller ? given : machines, m);
	char p[9];

	/* a machine under a customer's site prefix that begins as the
	 * name ("KIZU-PC01" of Kizuna Pharmacy) is named after the name:
	 * its owners are the names that begin alike, and a name fitting
	 * one of them is no chance ("ARJUN-PC" of Venkatesh Prasad is a
	 * person's) */
	if (!caller && idx >= 0 && site_prefix(m, p) &&
	    sdc_owners_one(prefixes, p) != SDC_OWNER_NONE &&
	    tolower((unsigned char)*p) == *customers.c[idx].norm)
		return;
	for (i = 0; idx >= 0 && i < n; i++)
		if (c[i].idx == idx)
			c[i].narrow = many <= ROLE_NARROW * (double)customers.n;
}

/* A machine one customer has; or a few have, which narrows the name's
 * candidates to them (the name must still pick one by the margin); or
 * many have, or it is named as a caller, of which one of the name's
 * best (role_owner). */
static size_t
machine_pieces(struct support *c, size_t n, size_t max, const char *m,
    const char *guess)
{
	long own[SDC_OWNERS_FEW];
	size_t k = sdc_owners_few(machines, m, own), i;
	long one = sdc_owners_one(machines, m), x;
	char p[9];

	if (k == 1)
		piece(c, &n, max, own[0], w_machine, "machine");
	for (i = 0; k > 1 && i < k; i++)
		piece(c, &n, max, own[i], w_machine_few, "machine-shared");
	if (k == 0 && one == SDC_OWNER_MANY) {
		x = role_owner(guess, m, 0);
		piece(c, &n, max, x, w_machine_role, "machine-role");
		narrow_role(c, n, x, m, 0);
	} else if (one == SDC_OWNER_NONE && person_machine(m)) {
		x = role_owner(guess, m, 1);
		piece(c, &n, max, x, w_machine_caller, "machine-caller");
		narrow_role(c, n, x, m, 1);
	} else if (one == SDC_OWNER_NONE && site_prefix(m, p))
		piece(c, &n, max, sdc_owners_one(prefixes, p), w_machine_prefix,
		    "machine-prefix");
	return n;
}

/* The typed name reads every word of weight of the candidate, however
 * loosely (initials, typos, a cut): a name with words of it left off
 * ("Mercer Hardware" for "Mercer Brothers Hardware") is where another
 * business's name fits by chance. */
static int
reads_whole(const char *guess, long idx)
{
	struct sdc_nev_hit h;

	if (guess == NULL)
		return 0;
	score_read(guess, idx, &h);
	return h.left == 0;
}

/* A ticket open at the session's time, for each candidate so far whose
 * whole name was typed. */
static void
time_pieces(json_object *s, const char *guess, struct support *c, size_t n)
{
	int64_t ms;
	size_t i;

	if (!tickets || w_time <= 0 ||
	    sdc_tickets_time(s, "session_start_time_utc", &ms) < 0)
		return;
	for (i = 0; i < n; i++)
		if (sdc_tickets_open_at(tickets, customers.c[c[i].idx].id, ms) &&
		    reads_whole(guess, c[i].idx)) {
			piece(c, &n, n, c[i].idx, w_time, "time");
			c[i].chance += w_time;
		}
}

/* One word no customer's name has, of letters and digits: a domain's
 * first label typed without its ending ("kellermanpatel"), maybe. */
static int
bare_label(const char *guess)
{
	char *w;
	double known;
	size_t i;

	for (i = 0; guess[i]; i++)
		if (!isalnum((unsigned char)guess[i]))
			return 0;
	if (i < 6)
		return 0;
	w = sdc_name_words(names, guess);
	known = *w ? sdc_nev_known(customers.ev, w) : 1;
	free(w);
	return known == 0;
}

/* The customers an address typed for the name is: one contact's
 * address, else its domain's (the contacts' e-mail domain, not a public
 * mail provider's), else a domain's first label typed bare.  Their
 * number, up to SDC_OWNERS_FEW, into own (0: none, or more). */
size_t
address_owners(const char *guess, long *own)
{
	char *d = sdc_name_domain(guess);
	size_t k = 0;

	if (d && strchr(guess, '@') &&
	    (own[0] = sdc_owners_one(emails, guess)) >= 0)
		k = 1;
	else if (d)
		k = sdc_owners_few(domains, d, own);
	else if (bare_label(guess))
		k = sdc_owners_few(labels, guess, own);
	free(d);
	return k;
}

/* The typed name is an address ("office@horvathcare.co.uk") of one
 * customer's contacts, or of two or three (sibling sites sharing a
 * domain: the name must pick one). */
static size_t
domain_piece(struct support *c, size_t n, size_t max, const char *guess)
{
	long own[SDC_OWNERS_FEW];
	size_t k = w_domain > 0 && guess ? address_owners(guess, own) : 0, i;

	if (k == 1) {
		piece(c, &n, max, own[0], w_domain, "domain");
		for (i = 0; i < n; i++)
			c[i].address |= c[i].idx == own[0];
	}
	for (i = 0; k > 1 && i < k; i++)
		piece(c, &n, max, own[i], w_domain_few, "domain-shared");
	return n;
}

/* The customer at x has a contact who is the person typed. */
static int
has_contact(size_t x, const struct sdc_person *p)
{
	struct sdc_cidx_cust c;
	struct sdc_cidx_contact ct;
	size_t i;

	if (customers.c[x].cix < 0)
		return 0;
	sdc_cidx_get(cidx, (size_t)customers.c[x].cix, &c);
	for (i = 0; i < c.ncontacts; i++) {
		sdc_cidx_contact(cidx, &c, i, &ct);
		if (ct.id >= 0 && sdc_person_is(p, ct.name))
			return 1;
	}
	return 0;
}


/* The customers holding every typed business word ("Copperleaf" of "Kim
 * - Copperleaf") that have the person as a contact: their number, up to
 * PERSON_FEW, into out; 0 for none, more, or too many holders to look
 * through. */
static size_t
person_narrows(const struct sdc_person *p, long *out)
{
	size_t ids[HOLDERS_RANK], k, i, j, m = 0;
	char *w = sdc_name_words(names, p->business);

	k = *w ? sdc_nev_holders(customers.ev, w, ids, HOLDERS_RANK) : 0;
	free(w);
	for (i = 0; k <= HOLDERS_RANK && i < k; i++) {
		long x = (long)cand_of(&customers, ids[i]);

		for (j = 0; j < m && out[j] != x; j++)
			;
		if (j < m || !has_contact((size_t)x, p))
			continue;
		if (m == PERSON_FEW)
			return 0;
		out[m++] = x;
	}
	return m;
}

/* A contact's whole name that is also the words of another customer's
 * business name ("Julia Frank": a contact of Praxis Sabine Frank, and
 * the owner of Metzgerei Julia Frank) proves neither: people name their
 * firms after themselves, and share names. */
static int
named_elsewhere(const char *full, long own)
{
	size_t ids[2], k, i;
	char *w = sdc_name_words(names, full);
	int other = 0;

	k = *w ? sdc_nev_holders(customers.ev, w, ids, 2) : 0;
	free(w);
	for (i = 0; k <= 2 && i < k; i++)
		other |= (long)cand_of(&customers, ids[i]) != own;
	return other;
}

/* Another customer has a contact whose whole name is full's words
 * rotated ("Khánh Phạm Thị" of "Phạm Thị Khánh"): a name of three or four
 * words is written in either order, Vietnamese's family name first or
 * last, and a name under two customers proves neither. */
static int
rotated_elsewhere(const char *full, long own)
{
	char r[256];
	const char *sp;
	long o;

	for (sp = strchr(full, ' '); sp; sp = strchr(sp + 1, ' ')) {
		snprintf(r, sizeof(r), "%s %.*s", sp + 1, (int)(sp - full),
		    full);
		o = contact_owner(r);
		if (o != SDC_OWNER_NONE && o != own)
			return 1;
	}
	return 0;
}

/* A title before a whole name with no business beside it ("Dr Laurent
 * Arnaud") where customers' names hold that title ("Dr Laurent Masson",
 * "Cabinet Dentaire Dr Roussel"): a practice named after its
 * practitioner as often as a caller, so a contact of that name under
 * another customer proves nothing. */
static int
practice_named(const struct sdc_person *p)
{
	return p->titled && p->business == NULL && p->title &&
	    sdc_nev_known(customers.ev, p->title) > 0;
}

/* Every word of the name s is a known surname (sdc_person_name_kind,
 * on the words as sdc_name_words spells them). */
static int
all_surnames(const char *s)
{
	char *w = sdc_name_words(names, s), *t, *save = NULL;
	int all = *w != '\0';

	for (t = strtok_r(w, " ", &save); t && all; t = strtok_r(NULL, " ",
	    &save))
		all = (sdc_person_name_kind(t) & SDC_NAME_SURNAME) != 0;
	free(w);
	return all;
}

/* The word of a name s is a known given name (sdc_person_name_kind). */
static int
given_name(const char *s)
{
	char *w = sdc_name_words(names, s);
	int is = (sdc_person_name_kind(w) & SDC_NAME_GIVEN) != 0;

	free(w);
	return is;
}

/* The customer of the contact a LONG reading names turned about, its
 * last word first ("Ortega Ramos Juan" for Juan Ortega Ramos): a name of
 * two surnames written surname first, as tax and company registers list
 * an owner; only when that last word is a known given name and every
 * word before it a known surname (sdc_person_name_kind), since three
 * words of other naming ("Kwok Swee Lan") are as often another person.
 * SDC_OWNER_NONE when not so; full filled. */
static long
surnames_first(const struct sdc_person *p, char full[256])
{
	const char *g = p->last ? strrchr(p->last, ' ') : NULL;
	char rest[256];

	if (p->how != SDC_PERSON_LONG || g == NULL || !given_name(g + 1))
		return SDC_OWNER_NONE;
	snprintf(rest, sizeof(rest), "%s %.*s", p->first, (int)(g - p->last),
	    p->last);
	if (!all_surnames(rest))
		return SDC_OWNER_NONE;
	return contact_named(g + 1, rest, full);
}

/* The one customer the person is: a contact's whole name under it
 * only, else the one holder of the business typed beside the person
 * with such a contact, else a contact's whole name under it only that
 * the first name and the one word beside it are ("Karen - Garrison":
 * Karen Garrison, of Garrison Tax & Accounting); else -1, and the two or
 * three holders that have one into few (*k). */
long
person_one(const struct sdc_person *p, long *few, size_t *k)
{
	long own = SDC_OWNER_NONE;
	char full[256];

	*k = 0;
	if (p->last && !practice_named(p)) {
		own = contact_named(p->first, p->last, full);
		/* the surname first, as lists and Finnish write it
		 * ("Rønning, Siv", "Nieminen Tuomas") */
		if (own < 0 && !p->titled && p->how != SDC_PERSON_LONG)
			own = contact_named(p->last, p->first, full);
		if (own == SDC_OWNER_NONE)
			own = surnames_first(p, full);
		if (own >= 0 && (named_elsewhere(full, own) || (p->how ==
		    SDC_PERSON_LONG && rotated_elsewhere(full, own))))
			return SDC_OWNER_NONE;
	}
	if (own < 0 && p->business && (*k = person_narrows(p, few)) == 1) {
		own = few[0];
		*k = 0;
	}
	if (own < 0 && !p->last && p->business && !strchr(p->business, ' ')) {
		if ((own = contact_named(p->first, p->business, full)) >= 0)
			*k = 0;
	}
	return own;
}

/* Some contact is called the name word w (linkint.h: named). */
static int
called(const char *w)
{
	char *k = sdc_person_word(w);
	int is = sdc_owners_one(named, k) != SDC_OWNER_NONE;

	free(k);
	return is;
}

/* Every word of the person read is a word some contact is called: none
 * else can be found (a reading of "Acme Dental Clinic" as Acme Dental of
 * the Clinic is looked no further). */
static int
all_called(const struct sdc_person *p)
{
	char *l, *t, *save = NULL;
	int all;

	if (!called(p->first))
		return 0;
	if (p->last == NULL)
		return 1;
	l = sdc_xstrdup(p->last);
	for (all = 1, t = strtok_r(l, " ", &save); t && all; t = strtok_r(NULL,
	    " ", &save))
		all = called(t);
	free(l);
	return all;
}

/* The business typed beside the person with no separator reads as the
 * rest of a person's name: one word some contact is called ("Mrs.
 * Mélanie Lachance", "Dr. Levent Karataş" beside Karataş Bilişim's
 * contact Levent Aydın), or a first word that is a contact's given name
 * ("Dr. Juhász János fogorvos", a Hungarian name surname first). */
static int
name_goes_on(const struct sdc_person *p)
{
	size_t len = strcspn(p->business, " ");
	char w[64];

	if (p->business[len] == '\0')
		return called(p->business);
	if (len >= sizeof(w))
		return 0;
	memcpy(w, p->business, len);
	w[len] = '\0';
	return sdc_owners_one(given, w) != SDC_OWNER_NONE;
}

#define WHOLE_FEW 32

/* The name of the customer at own holds a contact's given name that is
 * neither typed (words w) nor the person's (words pw): it is named after
 * a person of its own ("Advokatskaia kontora Nurlanova Gulnara"). */
static int
named_after_own(long own, const char *w, const char *pw)
{
	char *l = sdc_xstrdup(customers.c[own].words), *t, *save = NULL;
	int after = 0;

	for (t = strtok_r(l, " ", &save); t && !after; t = strtok_r(NULL, " ",
	    &save))
		after = !has_word(w, t) && !has_word(pw, t) &&
		    sdc_owners_one(given, t) != SDC_OWNER_NONE;
	free(l);
	return after;
}

/* A whole name typed beside the business with no separator between
 * them ("Jose Mendoza Tala") is a caller when the business typed is a
 * word few customers hold (WHOLE_FEW); beside a trade many hold it is
 * a business named after the person ("Centrum Medyczne Katarzyna
 * Nowak"), and so beside a sole trader's form, the person's own
 * business ("YaTT Qodirov Otabek" while another YaTT has an Otabek
 * Qodirov), or beside the words of a customer named after a person of
 * its own, the same trade's namesake ("Advokatskaia kontora Tulegenova
 * Dina" while Advokatskaia kontora Nurlanova Gulnara has a Dina
 * Tulegenova); unless it is the name of the customer found ("AK JUDr.
 * Lucie Marková" for Advokátní kancelář JUDr. Lucie Marková). */
static int
whole_caller(const struct sdc_person *p, long own)
{
	size_t ids[WHOLE_FEW], k = WHOLE_FEW + 1;
	char *w = sdc_name_words(names, p->business), full[256], *pw;
	int is;

	if (!sdc_person_sole(p->business))
		k = *w ? sdc_nev_holders(customers.ev, w, ids, WHOLE_FEW) : 0;
	if (own < 0) {
		free(w);
		return k <= WHOLE_FEW;
	}
	snprintf(full, sizeof(full), "%s %s", p->first, p->last);
	pw = sdc_name_words(names, full);
	is = words_in(customers.c[own].words, pw, 1) || (k <= WHOLE_FEW &&
	    !named_after_own(own, w, pw));
	free(pw);
	free(w);
	return is;
}

/* A person read, and the customers its contacts find (person_one). */
struct found {
	struct sdc_person p;
	long own, few[PERSON_FEW];
	size_t k;
};

/* One word typed beside the business with no separator (a GIVEN
 * reading) is a caller's given name when some contact is called so, and
 * it is not the rest of a whole name beside a sole trader's form ("FOP
 * Kuzmenko Nataliia": the WHOLE reading's, Nataliia Kuzmenko's own). */
static int
given_beside(const struct sdc_person *p)
{
	const char *sp = strrchr(p->business, ' ');
	char *a;
	int sole;

	if (sdc_owners_one(given, p->first) == SDC_OWNER_NONE)
		return 0;
	if (sp == NULL || strchr(p->business, ' ') != sp)
		return 1;	/* three words or more beside it */
	a = sdc_xstrndup(p->business, (size_t)(sp - p->business));
	sole = sdc_person_sole(a) || sdc_person_sole(sp + 1);
	free(a);
	return !sole;
}

/* ... and the words beside it are all surnames (sdc_person_name_kind):
 * "Juan Vargas Cabrera" is a person's given name and two surnames, one
 * no contact is (whole_named), not the Juan of "Clínica Dental Cabrera
 * Vargas": a firm named after its founders shares their surnames with
 * their kin and namesakes.  So too a title and a given name before two
 * surnames or more ("Sr. Pau Castillo Jiménez" is not the Pau of
 * "Electricidad Alejandro Jiménez Castillo").  (gen-link-blind52, after
 * its held-out run.) */
static int
surnames_beside(const struct sdc_person *p)
{
	return all_surnames(p->business);
}

/* ... and the business beside it names the one customer with such a
 * contact by the name's rules alone ("CBA Sofia" of "CBA Sofia Yasen"):
 * a first name is common, the name and the contact must agree. */
static int
names_own(const struct sdc_person *p, const struct found *g)
{
	struct decision h;

	if (g->own < 0)
		return 0;
	by_name_alone(&customers, p->business, &h);
	return h.linked && (long)h.idx == g->own;
}

/* The reading p, first of the typed name's, is a person alone whose
 * whole name some contact has: either order of two words (APART), in
 * the order typed of three or four (LONG: "Kwok Swee Lan" is as often
 * another Kwok as Swee Lan Kwok, gen-link-blind18's impostors). */
static int
whole_named(const struct sdc_person *p)
{
	char full[256];

	if (p->how == SDC_PERSON_LONG)
		return contact_named(p->first, p->last, full) !=
		    SDC_OWNER_NONE || surnames_first(p, full) !=
		    SDC_OWNER_NONE;
	return p->how == SDC_PERSON_APART && p->last &&
	    (contact_named(p->first, p->last, full) != SDC_OWNER_NONE ||
	    contact_named(p->last, p->first, full) != SDC_OWNER_NONE);
}

/* The typed name read as a person (person.h's readings, the likeliest
 * first) into f: the first reading whose contacts find one customer
 * (person_one), else the first that finds two or three, else the first.
 * Two readings finding different customers are none (either may be the
 * caller); a contact's whole name typed is read so only ("Eric
 * Francois"), and three or four words alone only so ("Khaled Farid
 * Mansour"); a reading whose person no contact is called finds no one
 * (all_called); a title and a name before a word a contact is called
 * (name_goes_on) is a whole name, and a whole name beside a trade a
 * business named after the person (whole_caller).  1 with f filled
 * (free f->p). */
static int
person_read(const char *guess, struct found *f)
{
	struct sdc_person r[SDC_PERSON_READS];
	struct found got[SDC_PERSON_READS];
	size_t n = sdc_person_reads(guess, r, SDC_PERSON_READS), i;
	int whole = n && whole_named(&r[0]);
	size_t pick = n, shared = n, first = n, m = whole ? 1 : n;
	long one = SDC_OWNER_NONE;

	for (i = 0; i < m && one != SDC_OWNER_MANY; i++) {
		struct found *g = &got[i];

		if (r[i].how == SDC_PERSON_LONG && !whole)
			continue;	/* no contact's whole name */
		if (r[i].how != SDC_PERSON_APART && r[i].how !=
		    SDC_PERSON_LONG && !all_called(&r[i]))
			continue;
		if (r[i].how == SDC_PERSON_BESIDE && (name_goes_on(&r[i]) ||
		    (sdc_owners_one(given, r[i].first) != SDC_OWNER_NONE &&
		    strchr(r[i].business, ' ') && surnames_beside(&r[i]))))
			continue;
		if (r[i].how == SDC_PERSON_GIVEN && (!given_beside(&r[i]) ||
		    surnames_beside(&r[i])))
			continue;
		g->own = person_one(&r[i], g->few, &g->k);
		if (r[i].how == SDC_PERSON_GIVEN && !names_own(&r[i], g))
			continue;
		if (r[i].how == SDC_PERSON_WHOLE && !whole_caller(&r[i],
		    g->own))
			continue;
		if (first == n)
			first = i;
		if (g->own >= 0 && one >= 0 && g->own != one)
			one = SDC_OWNER_MANY;
		else if (g->own >= 0 && one < 0) {
			one = g->own;
			pick = i;
		} else if (g->own < 0 && g->k > 0 && shared == n)
			shared = i;
	}
	if (one == SDC_OWNER_MANY)
		pick = n;
	else if (one < 0)
		pick = shared < n ? shared : first;
	for (i = 0; i < n; i++)
		if (i != pick)
			sdc_person_free(&r[i]);
	if (pick < n) {
		*f = got[pick];
		f->p = r[pick];
	}
	return pick < n;
}

/* A person typed for the name (person_read); else each of the few
 * holders; else each candidate other evidence brought (its machine)
 * that has the person as a contact.  First names alone are common (many
 * customers have a Bob): one counts only among the holders of the
 * business's words, or beside other evidence. */
static size_t
person_piece(struct support *c, size_t n, size_t max, const struct found *f,
    int *found)
{
	size_t i, n0 = n, got = 0;

	if (f->own >= 0 && ++got)
		piece(c, &n, max, f->own, w_person, "person");
	for (i = 0; i < f->k; i++, got++)
		piece(c, &n, max, f->few[i], w_person_few, "person-shared");
	for (i = 0; f->own < 0 && f->k == 0 && i < n0; i++)
		if (has_contact((size_t)c[i].idx, &f->p) && ++got)
			piece(c, &n, max, c[i].idx, w_person_few,
			    "person-shared");
	*found = got > 0;
	return n;
}

/* Every piece a session offers: its history, its machine, its contact;
 * with guess, the typed name (NULL: none to read). */
static size_t
pieces(json_object *s, json_object *ctx, const char *guess,
    struct support *c, size_t n, size_t max)
{
	struct sdc_session_keys k;
	const char *ct = sdc_json_str(ctx, "contact_name");

	sdc_session_keys(s, &k);
	if (k.machine)
		piece(c, &n, max, sdc_owners_one(ruled, k.machine), 1.0,
		    "reviewed");
	if (!person_machine(k.machine))
		piece(c, &n, max, remembered("machine", k.machine), w_history,
		    "history");
	piece(c, &n, max, remembered("session", k.sc_session), w_history,
	    "history");
	piece(c, &n, max, remembered("chat", k.chat), w_history, "history");
	if (k.machine)
		n = machine_pieces(c, n, max, k.machine, guess);
	if (ct && strchr(ct, '@'))
		piece(c, &n, max, sdc_owners_one(domains, sdc_mail_domain(ct)),
		    w_contact, "contact");
	else if (ct)
		piece(c, &n, max, contact_owner(ct), w_contact, "contact");
	n = domain_piece(c, n, max, guess);
	time_pieces(s, guess, c, n);
	return n;
}

/* The number of words of a typed name. */
static unsigned
typed_words(const char *guess)
{
	char *w = sdc_name_words(names, guess), *p;
	unsigned n = *w != '\0';

	for (p = w; *p; p++)
		n += *p == ' ';
	free(w);
	return n;
}

/* The rarest typed word some customer has is in the name of the
 * candidate at idx ("Duarte" of "Law Office of Beb Duarte PLLC": not
 * "Law Office of Jim Whitfield", however many words they share). */
static int
meets_rarest(const char *guess, long idx)
{
	char *w = sdc_name_words(names, guess), *p, *save = NULL, *best = NULL;
	double bw = 0, per, x;
	struct sdc_nev_hit h;
	int ok = 1;

	for (p = strtok_r(w, " ", &save); p; p = strtok_r(NULL, " ", &save))
		if (sdc_nev_known(customers.ev, p) > 0 &&
		    (x = sdc_nev_weight(customers.ev, p, &per)) > bw) {
			bw = x;
			best = p;
		}
	if (best)
		ok = score_cand(best, idx, &h) > 0 && h.missed == 0;
	free(w);
	return ok;
}

/* The typed words some customer uses, when others are not ("tkt" and
 * "4412" of "Kingsley tkt 4412": a note, a ticket's number), which say
 * nothing for or against a candidate: a new string, or NULL. */
static char *
known_only(const char *guess)
{
	char *w = sdc_name_words(names, guess), *p, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;
	int dropped = 0;

	for (p = strtok_r(w, " ", &save); p; p = strtok_r(NULL, " ", &save))
		if (sdc_nev_known(customers.ev, p) > 0) {
			if (b.len > 0)
				sdc_buf_addc(&b, ' ');
			sdc_buf_adds(&b, p);
		} else
			dropped = 1;
	free(w);
	sdc_buf_addc(&b, '\0');
	w = sdc_buf_take(&b);
	if (dropped && *w)
		return w;
	free(w);
	return NULL;
}

/* Half the typed words or more are in the name of the candidate at
 * idx, the rarest known one among them. */
static int
agrees_words(const char *typed, long idx)
{
	struct sdc_nev_hit h;

	score_read(typed, idx, &h);
	return h.score > 0 && 2 * h.missed <= typed_words(typed) &&
	    meets_rarest(typed, idx);
}

/* The name agrees with the candidate at idx (agrees_words): the whole
 * name, or the name before a separator (a note or a site after it:
 * "Dillard - QB update"), or the words of it some customer uses
 * ("Kingsley tkt 4412"). */
static int
agrees(const char *guess, long idx)
{
	char *other;
	int ok = 0;

	if (guess == NULL)
		return 0;
	if (agrees_words(guess, idx))
		return 1;
	if ((other = sdc_name_site_head(guess)) != NULL) {
		ok = agrees_words(other, idx);
		free(other);
	}
	if (!ok && (other = known_only(guess)) != NULL) {
		ok = agrees_words(other, idx);
		free(other);
	}
	return ok;
}

/* Every word of the name of the customer at idx is typed as it is,
 * its legal forms and the words a name drops aside ("Pillay Plumbing,
 * Brakpan" of Pillay Plumbing Pty Ltd): the typed name reads it whole
 * where the reading counts a form left off. */
static int
typed_but_forms(const char *guess, long idx)
{
	char *w = sdc_name_words(names, guess);
	char *l = sdc_xstrdup(customers.c[idx].words), *t, *save = NULL;
	int all = *w != '\0';

	for (t = strtok_r(l, " ", &save); t && all; t = strtok_r(NULL, " ",
	    &save))
		all = has_word(w, t) || sdc_name_is_drop(names, t) ||
		    is_form(&customers, t);
	free(l);
	free(w);
	return all;
}

/* The name's confidence for each candidate the other evidence brought:
 * none in a candidate without the name's Han in its order (han_kept:
 * the syllables are shared by chance). */
static void
name_scores(struct support *c, size_t n, const char *guess)
{
	struct sdc_nev_hit h;
	char *han = guess ? sdc_name_han(guess, NULL) : NULL;
	size_t i;

	for (i = 0; i < n && guess; i++) {
		score_read(guess, c[i].idx, &h);
		c[i].holds = h.missed == 0 && h.score > 0;
		c[i].whole = h.score > 0 && (h.left == 0 || (c[i].narrow &&
		    typed_but_forms(guess, c[i].idx)));
		if (c[i].name < 0) {
			c[i].name = h.score;
			c[i].how = h.how;
		}
		if (han && !han_in_order(&customers, (size_t)c[i].idx, han))
			c[i].name = c[i].holds = c[i].whole = 0;
	}
	free(han);
	for (i = 0; i < n; i++)
		if (c[i].name < 0)
			c[i].name = 0;
}

/* The heaviest word of the name of the customer at idx (its rarest,
 * legal forms and drop words aside): a new string, or NULL. */
static char *
rarest_own(long idx)
{
	char *l = sdc_xstrdup(customers.c[idx].words), *t, *save = NULL;
	char *best = NULL;
	double bw = 0, per, x;

	for (t = strtok_r(l, " ", &save); t; t = strtok_r(NULL, " ", &save))
		if (!sdc_name_is_drop(names, t) && !is_form(&customers, t) &&
		    (x = sdc_nev_weight(customers.ev, t, &per)) > bw) {
			bw = x;
			best = t;
		}
	best = best ? sdc_xstrdup(best) : NULL;
	free(l);
	return best;
}

/* A typed word of words, alone, reads the name of the customer at idx
 * nearly as much as its word own does (in another spelling or
 * romanisation: "Harmoniia" of "Garmoniya"): it reads own, or a word
 * as rare. */
#define HEAVY_READ 0.8
static int
reads_as_heavy(const char *words, long idx, const char *own)
{
	char *w = sdc_xstrdup(words), *t, *save = NULL;
	unsigned how;
	double need = HEAVY_READ * sdc_nev_score(customers.ev, own,
	    (size_t)idx, &how);
	int heavy = 0;

	for (t = strtok_r(w, " ", &save); t && !heavy && need > 0;
	    t = strtok_r(NULL, " ", &save))
		heavy = sdc_nev_score(customers.ev, t, (size_t)idx, &how) >= need;
	free(w);
	return heavy;
}

/* The name typed on the machine of the customer at c[best], which only
 * it has (what the machine was linked to before may weigh more beside
 * it; the machine still proves as much), reads it: its rarest word is
 * typed, as it is or (from four letters) with a slip ("Apotek Perkasa
 * Raja" on a machine of Apotek Perkasa Raya; "Azucena Inn Fort
 * Lauderdale", a town after the name), the name gives it some
 * confidence, and no candidate the name brought fits the name better.
 * A word of fewer than four bytes (a syllable of Han, "Inn") is too
 * short to tell a name by.  A name with only a customer's common words
 * ("Hui-shun Realty Ltd" on a machine of Mayon Realty Corporation) is
 * another customer's typed on it as likely. */
static int
machine_named(const struct support *c, size_t n, size_t best,
    const char *guess)
{
	char *w, *own;
	int typed;
	size_t i;

	if (guess == NULL || c[best].name <= 0 || !c[best].machine)
		return 0;
	for (i = 0; i < n; i++)
		if (i != best && c[i].name > c[best].name)
			return 0;
	if ((own = rarest_own(c[best].idx)) == NULL)
		return 0;
	w = sdc_name_words(names, guess);
	typed = strlen(own) >= 4 && (has_word(w, own) || slip_of_one(own, w) ||
	    reads_as_heavy(w, c[best].idx, own));
	free(w);
	free(own);
	return typed;
}

/* 1 when the name speaks against the candidate best: the typed words
 * are ones customers use, and they fit best too little, or fit another
 * clearly better - unless best holds every typed word (a group's name
 * typed for one of its sites, "Launceston Fabrications" for "...
 * Muskoka": the other fits better only by its fewer words).  A
 * person's machine rule is not second-guessed. */
static int
contradicted(const struct support *c, size_t n, size_t best, double known,
    int proof)
{
	size_t i;

	if (c[best].rule && strcmp(c[best].rule, "reviewed") == 0)
		return 0;
	if (known > 0 && c[best].name < name_support && !proof)
		return 1;
	for (i = 0; i < n; i++)
		if (i != best && c[i].name > c[best].name + link_margin &&
		    !c[best].holds && (!proof || c[i].holds))
			return 1;
	return 0;
}

/* The next run of digits from *s, leading zeros left off ("0290" is
 * "290"): its start and length, 0 after the last. */
size_t
next_number(const char **s, const char **at)
{
	const char *p = *s;
	size_t len;

	while (*p && !isdigit((unsigned char)*p))
		p++;
	while (*p == '0' && isdigit((unsigned char)p[1]))
		p++;
	len = strspn(p, "0123456789");
	*at = p;
	*s = p + len;
	return len;
}

/* The digits typed (a store's number, "#290") fit the name: one of
 * them is one of its numbers; or it has none, and the typed name has
 * words customers use beside them (a ticket's number, "tkt 4412").  A
 * number alone ("store 769") is the only thing the name says. */
static int
numbers_fit(const char *typed, const char *name, double known)
{
	const char *t = typed ? typed : "", *a, *q, *b;
	size_t len, l2;
	int any = 0, found = 0, has = 0;

	while ((len = next_number(&t, &a)) > 0) {
		any = 1;
		for (q = name; (l2 = next_number(&q, &b)) > 0;) {
			has = 1;
			found |= l2 == len && memcmp(a, b, len) == 0;
		}
	}
	return !any || found || (!has && known > 0);
}

/* Evidence near-proof of one customer: its own machine, address or
 * domain, a person only its contacts are. */
static int
near_proof(const char *rule)
{
	return rule && (strcmp(rule, "machine") == 0 ||
	    strcmp(rule, "domain") == 0 || strcmp(rule, "person") == 0);
}

/* Some customer holds the syllables han in their order (a few holders
 * looked through: more are as many names of Han that share them). */
#define HAN_HOLDERS 16
static int
han_held(const char *han)
{
	size_t id[HAN_HOLDERS], n = sdc_nev_holders(customers.ev, han, id,
	    HAN_HOLDERS), i;

	if (n > HAN_HOLDERS)
		return 1;	/* too common a word to look through */
	for (i = 0; i < n; i++)
		if (id[i] < customers.n + customers.nalias &&
		    han_in_order(&customers, cand_of(&customers, id[i]), han))
			return 1;
	return 0;
}

static double
known_share(const char *guess)
{
	char *glued = NULL, *words = guess ? read_words(&customers, guess, &glued) :
	    NULL;
	double k = words ? sdc_nev_known(customers.ev, words) : 0;

	if (words && glued && sdc_nev_known(customers.ev, glued) > k)
		k = sdc_nev_known(customers.ev, glued);
	free(words);
	free(glued);
	return k;
}

/* Han is read a syllable a character, and every syllable is some
 * customer's: Han that no customer holds whole, in its order, says
 * nothing of the name ("博晨国际贸易" typed for Shenzhen Bochen
 * International Trading; "瑞典阿维丹有限公司深圳代表处" for Arvdan AG
 * Shenzhen Representative Office), and *name becomes the rest of it. */
static void
han_unsaid(char **name)
{
	char *rest = NULL, *han = *name ? sdc_name_han(*name, &rest) : NULL;

	if (han != NULL && !han_held(han)) {
		free(*name);
		*name = rest;
		rest = NULL;
	}
	free(rest);
	free(han);
}

/* w, or w less one letter (a slip), is initials in order of the words
 * of the customer at idx (its trading name's among them). */
static int
initials_of(const char *w, long idx)
{
	char less[8];
	size_t n = strlen(w), i;

	for (i = 0; i <= n && n < sizeof(less); i++) {
		memcpy(less, w, n + 1);
		if (i < n)	/* i == n: w whole */
			memmove(less + i, less + i + 1, n - i);
		if (sdc_name_initials_share(less, customers.c[idx].words))
			return 1;
	}
	return 0;
}

/* The words typed after an acronym are legal forms or words a name
 * drops only ("GmbH", "Ltd", "& Co. KG"): the acronym is the name. */
static int
forms_after(const char *rest)
{
	char *w = sdc_name_words(names, rest);
	int only = forms_only(&customers, w);

	free(w);
	return only;
}

/* The typed name is one word in capitals of three to six letters (an
 * acronym: "HFTBYM"), alone or before its legal form ("ZST GmbH"): into
 * w in small letters. */
static int
acronym(const char *guess, char w[8])
{
	size_t n = guess ? strcspn(guess, " ") : 0, i;

	if (n < 3 || n > 6 || (guess[n] != '\0' && !forms_after(guess + n)))
		return 0;
	for (i = 0; i < n; i++) {
		if (!isupper((unsigned char)guess[i]))
			return 0;
		w[i] = (char)tolower((unsigned char)guess[i]);
	}
	w[n] = '\0';
	return 1;
}

/* The name typed on a machine of the customer at idx names another
 * customer, though no customer has its words, so it speaks against the
 * machine.  Two readings:
 * - an acronym that is not idx's initials, even with a slip
 *   (initials_of): another's initials;
 * - words no customer has that still read another customer's name typed
 *   with slips ("Lilllehammer FK" on a machine of "Advokat Olsen ApS",
 *   an asset Syncro lists under another customer): a name that reads
 *   another by its words, by the margin better than idx (its confidence
 *   name, below name_support). */
#define ANOTHER_FLOOR 0.3

static int
names_another(const char *guess, long idx, double name)
{
	char *glued = NULL, *words, *t, *save = NULL, caps[8];
	struct sdc_nev_hit h;
	unsigned how;
	int other = 0, mine = 0;

	if (acronym(guess, caps) && !initials_of(caps, idx))
		return 1;
	words = guess ? read_words(&customers, guess, &glued) : NULL;
	/* word by word: a word read as initials ("FK") fits many names
	 * and would hide the one the other word spells; a word that reads
	 * the machine's customer at all, however loosely ("Srtuer ommune"
	 * of "Struer Kommune"), is a slip of its name */
	for (t = name < name_support && words ? strtok_r(words, " ", &save) :
	    NULL; t && !mine; t = strtok_r(NULL, " ", &save)) {
		mine = sdc_nev_score(customers.ev, t, (size_t)idx, &how) > 0;
		other = other || (strlen(t) >= 4 &&
		    sdc_nev_query(customers.ev, t, ANOTHER_FLOOR, &h, 1) > 0 &&
		    cand_of(&customers, h.id) != (size_t)idx &&
		    h.score > name + link_margin &&
		    (h.how & (SDC_NEV_EXACT | SDC_NEV_TYPO | SDC_NEV_ENDING)));
	}
	other = other && !mine;
	free(words);
	free(glued);
	return other;
}

/* An open ticket is common (many customers have one on any day): it may
 * lift a candidate that leads by the margin without it, never make the
 * lead ("CF Lines" between two "C... Freight Lines"). */
static int
leads_without_chance(const struct support *c, size_t n, size_t best)
{
	double b = c[best].name + c[best].extra - c[best].chance;
	size_t i;

	for (i = 0; c[best].chance > 0 && i < n; i++)
		if (i != best && b - (c[i].name + c[i].extra - c[i].chance) <
		    link_margin)
			return 0;
	return 1;
}

/* Of two customers that share evidence, the name of best is the name of
 * the other less a site ("Church Street Medical Practice" and "...  -
 * Carrigaline"), and the typed name has words best's lacks ("... -
 * Carraig Ui Leighin", the town in Irish): what is typed after the name
 * is the other's site as likely as a note, unread; the name does not
 * pick the one without the site by its fewer words. */
static int
site_unread(const struct support *c, size_t best, size_t other)
{
	return !c[best].holds && words_in(customers.c[c[other].idx].words,
	    customers.c[c[best].idx].words, 1);
}

/* Evidence two or three customers share ("machine-shared",
 * "person-shared") narrows to them; the name must then pick one, and it
 * does not when another of them, with as much evidence, holds every
 * typed word as well (the
 * typed name is part of both: "Highland Park" of "Highland Park
 * Community Church" and of "Highland Park High School Booster Club"; the
 * shorter fits better only by its fewer words).  A machine many have
 * chooses only among names that hold every typed word ("Dawes" for
 * "Dawes Welding" beside "Dawes Plumbing"), not between near-fits; one
 * few have (narrow_role) also a name whose every word is typed, with
 * words more ("Pillay Plumbing, Brakpan"). */
static int
shared_tie(const struct support *c, size_t n, size_t best)
{
	size_t i;

	if (c[best].rule && (strcmp(c[best].rule, "machine-role") == 0 ||
	    strcmp(c[best].rule, "machine-caller") == 0))
		return !c[best].holds && !(c[best].narrow && c[best].whole);
	if (c[best].rule == NULL || strstr(c[best].rule, "-shared") == NULL)
		return 0;
	for (i = 0; i < n; i++)
		if (i != best && c[i].extra >= c[best].extra && (c[i].holds ||
		    site_unread(c, best, i)))
			return 1;
	return 0;
}

/* Evidence two or three customers share narrows to them, and the name
 * does not pick one where it read best's kind in another language and
 * another of them, with as much evidence, holds the typed words and the
 * kind (kind_rival): the name left them as likely ("Fiduciaria Prisma
 * GmbH" on a machine both Fiduciaire Prisma and Fiduciaria Prisma Sagl
 * have). */
static int
rival_shares(const struct support *c, size_t n, size_t best,
    const char *guess)
{
	struct decision d = { 0 };
	const char *r;
	size_t i;

	if (guess == NULL || c[best].rule == NULL ||
	    strstr(c[best].rule, "-shared") == NULL)
		return 0;
	d.idx = (size_t)c[best].idx;
	if ((r = kind_rival(guess, &d)) == NULL)
		return 0;
	for (i = 0; i < n; i++)
		if (i != best && c[i].extra >= c[best].extra &&
		    customers.c[c[i].idx].name == r)
			return 1;
	return 0;
}

/* The one word of words a that words b lack, drop words and legal forms
 * aside, and its place among a's words into *at: a new string, or NULL
 * when none or more. */
static char *
lone_word(const char *a, const char *b, size_t *at)
{
	char *w = sdc_xstrdup(a), *t, *save = NULL, *one = NULL;
	size_t n = 0, i = 0;

	for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save),
	    i++)
		if (!has_word(b, t) && !sdc_name_is_drop(names, t) &&
		    !is_form(&customers, t) && n++ == 0) {
			one = t;
			*at = i;
		}
	one = n == 1 ? sdc_xstrdup(one) : NULL;
	free(w);
	return one;
}

/* The typed name is the name of the customer at idx with its person
 * swapped, typed with no separator (a person beside a business is a
 * caller, "Michalis Charalambous - Charalambous"): each has one word
 * the other lacks (lone_word), in the same place, both words some
 * contact is called ("Tischlerei Wimmer" typed "Lukas Wimmer" is a
 * call from its Lukas), the typed one no slip, form nor spelling of
 * the customer's, alone nor in the name read whole ("Dr. Štšerbakova
 * Perearstipraksis" is not "Dr. Sepp Perearstipraksis", though its
 * contact Olga Štšerbakova is): another practice named after its own
 * practitioner, as a kind word typed for its own names another
 * business (kind_contradicts). */
static int
person_swapped(const char *guess, long idx)
{
	char *w = guess && !strpbrk(guess, "@(/,") && !strstr(guess, " - ") ?
	    sdc_name_words(names, guess) : NULL;
	size_t ta = 0, ca = 1;
	char *t = w ? lone_word(w, customers.c[idx].words, &ta) : NULL;
	char *c = t ? lone_word(customers.c[idx].words, w, &ca) : NULL;
	struct sdc_nev_hit h;
	int swapped = c && ta == ca && called(t) && called(c) &&
	    score_cand(t, idx, &h) <= 0;

	if (swapped) {	/* read whole, the name holds t after all */
		score_read(guess, idx, &h);
		swapped = h.missed > 0;
	}
	free(c);
	free(t);
	free(w);
	return swapped;
}

/* The typed name is the customer's at idx with its man's given name
 * made his wife's ("Kovács Sándorné", wife_named): another person, the
 * name speaks against the customer whatever other evidence fits (a
 * contact "Kovács Sándor", a machine the household shares). */
static int
wife_typed(const char *guess, long idx)
{
	char *w = guess ? wife_named(guess, customers.c[idx].words) : NULL;
	int is = w != NULL;

	free(w);
	return is;
}

/* The machine (or what the session's machine, id or chat was linked to
 * before) and the person typed name different customers: the person is
 * a contact of other candidates, not of the machine's, and what was
 * typed is not in its name either ("Benoît Bouchard", a contact of two
 * others, on an asset of "Rowlett Urgent Care Inc."; "Dr. Schulte" on a
 * machine of "Zahnarztpraxis Dr. Schulte" agrees; "Linda Lewis" of Baker
 * Tax Service on a laptop linked to Grand-Duc Heating earlier in the
 * run).  The machine is near-proof only where nothing else points
 * elsewhere. */
static int
person_elsewhere(const struct support *c, size_t n, size_t best,
    const char *typed)
{
	size_t i;

	if (c[best].person || typed == NULL || c[best].rule == NULL ||
	    (strcmp(c[best].rule, "machine") != 0 &&
	    strcmp(c[best].rule, "history") != 0) ||
	    agrees(typed, c[best].idx))
		return 0;
	for (i = 0; i < n; i++)
		if (i != best && c[i].person)
			return 1;
	return 0;
}

/* The typed name is an address ("www.oquirrh7.com", "minh.le@
 * mokelumne4.co") that is the candidate's by its domain: one customer's
 * contacts write from it (domain_piece's "domain"; a label typed bare
 * is not enough).  The address is then what the name says: its digits
 * are the address's, no store's number, and its glued words need not
 * be the name's ("davisco0.com" of Davis Electrical Contractors).  So
 * it is when the candidate's own machine weighs as much beside it: the
 * machine agrees, it does not make the address say less. */
static int
owned_address(const struct support *b, const char *guess)
{
	char *d;

	if (!b->address || !guess ||
	    (d = sdc_name_domain(guess)) == NULL)
		return 0;
	free(d);
	return 1;
}

/* The address typed is b's (owned_address) and b's name holds the
 * rarest of its words some customer uses ("Meadow" of
 * "www.meadowdental.com", the domain Meadow Family Dentistry's contacts
 * write from), or it is the very address of b's contact
 * ("ximena.saavedra@perezabogados.cl", of Estudio Pérez, Martín y
 * Asociados, beside Hernández Pérez Abogados): a name that fits the
 * label better ("Meadow Dental Care", every typed word) only reads like
 * it; the address says whose it is.  An owner whose name has none of
 * the label (a provider's domain one customer's contact writes from,
 * typed for another business of its word) is still contradicted by a
 * clearly better name. */
static int
address_named(const struct support *b, const char *guess)
{
	return owned_address(b, guess) && b->name > 0 &&
	    (meets_rarest(guess, b->idx) ||
	    sdc_owners_one(emails, guess) == b->idx);
}

/* The evidence for best links: it reaches the threshold with the margin,
 * and the name does not speak against it.  Near-proof (a machine only
 * one customer has, the address or e-mail domain of one customer's
 * contacts typed as the name, a person only its contacts are) stands
 * alone when the name says nothing (it has no word any customer uses,
 * or there is none) or agrees (half the typed words or more are in its
 * name), and no number typed is missing from its name ("store 769"); its
 * margin is then over the candidates with evidence of their own (names
 * alone that fit a little better - "Maplewood Manufacturing" for
 * "Maplewood - email" on a machine of "Maplewood Eye Care" - are no
 * links either, and a clearly better one contradicts); it tells
 * namesakes apart too ("The Maplewood Pet Supply" beside "Maplewood Pet
 * Supply LLC": the machine is one's). */
static int
decisive(const struct support *c, size_t n, size_t best, double second,
    double known, const char *guess)
{
	double sum = c[best].name + c[best].extra;
	int named = machine_named(c, n, best, guess);
	int alone = owned_address(&c[best], guess) ||
	    ((near_proof(c[best].rule) || named) &&
	    (known == 0 || agrees(guess, c[best].idx) || named) &&
	    (known > 0 || strcmp(c[best].rule, "machine") != 0 ||
	    !names_another(guess, c[best].idx, c[best].name)) &&
	    numbers_fit(guess, customers.c[c[best].idx].name, known));
	size_t i;

	for (i = 0, second = alone ? 0 : second; alone && i < n; i++)
		if (i != best && c[i].extra > 0 && c[i].name + c[i].extra >
		    second)
			second = c[i].name + c[i].extra;
	if (c[best].extra == 0 || (sum < link_th && !alone) ||
	    shared_tie(c, n, best) || rival_shares(c, n, best, guess) ||
	    sum - second < link_margin ||
	    (same_name(&customers, (size_t)c[best].idx) > 1 && !alone) ||
	    !leads_without_chance(c, n, best))
		return 0;
	return address_named(&c[best], guess) ||
	    !contradicted(c, n, best, known, alone);
}

/* The candidates of the name and of the session's other evidence, with
 * the name's confidence in each.  A person typed for the name whose
 * contact evidence holds leaves the business typed beside it as the
 * name ("Tillman" of "Deb @ Tillman"), or none: into *name, a new string
 * or NULL; *strict then: what is typed beside the person must agree
 * ("Ben Larsen (personal)" is no session of Ben's employer). */
static size_t
gather(json_object *s, json_object *ctx, const char *guess,
    const struct decision *d, struct support *c, size_t max, char **name,
    int *strict)
{
	struct found f;
	size_t n = 0, i;
	int found = 0;

	for (i = 0; d && i < d->ntop; i++) {
		struct support *x = support_of(c, &n, TOPN,
		    pool_find_id(&customers, d->top_id[i]));

		x->name = d->top_conf[i] / 100.0;
		x->how = i == 0 ? d->how : 0;
	}
	n = pieces(s, ctx, guess, c, n, max);
	*name = guess ? sdc_xstrdup(guess) : NULL;
	if (guess && w_person > 0 && person_read(guess, &f)) {
		n = person_piece(c, n, max, &f, &found);
		for (i = 0; found && i < n; i++)
			c[i].name = -1;
		if (found) {
			free(*name);
			*name = f.p.business ? sdc_xstrdup(f.p.business) :
			    NULL;
			*strict = f.p.business != NULL;
		}
		sdc_person_free(&f.p);
	}
	name_scores(c, n, *name);
	return n;
}

/* The address typed for the name is one customer's (domain) while a
 * name with no evidence leads on its words alone ("torres.com" reads
 * Torres CPA whole, the domain is Torres Moving & Storage's): the
 * address's owner is the one decisive() weighs, and a name clearly
 * better contradicts it unless it holds every typed word.  Else best. */
static size_t
address_owner(const struct support *c, size_t n, size_t best)
{
	size_t i;

	if (c[best].extra > 0)
		return best;
	for (i = 0; i < n; i++)
		if (c[i].rule && strcmp(c[i].rule, "domain") == 0)
			return i;
	return best;
}

/* The name did not decide: link when the name and the session's other
 * evidence together reach the threshold with the margin, and the name
 * does not speak against it. */
int
beyond_name(json_object *s, json_object *ctx, const char *guess,
    const struct decision *d, struct decision *out)
{
	struct support c[TOPN + 8];
	size_t n, i, best = 0;
	double second = 0;
	char *name;
	int ok, strict = 0;
	double known;

	n = gather(s, ctx, guess, d, c, sizeof(c) / sizeof(c[0]), &name,
	    &strict);
	for (i = 1; i < n; i++)
		if (c[i].name + c[i].extra > c[best].name + c[best].extra)
			best = i;
	best = address_owner(c, n, best);
	for (i = 0; i < n; i++)
		if (i != best && c[i].name + c[i].extra > second)
			second = c[i].name + c[i].extra;
	han_unsaid(&name);
	known = known_share(name);
	ok = n > 0 && decisive(c, n, best, second, strict && known == 0 ? 1 :
	    known, name) && !person_elsewhere(c, n, best, guess) &&
	    !(c[best].person && person_swapped(guess, c[best].idx)) &&
	    !wife_typed(guess, c[best].idx);
	free(name);
	if (!ok)
		return 0;
	link_to(out, (size_t)c[best].idx, c[best].rule, guess ?
	    sdc_fuzz_token_set_ratio(guess, customers.c[c[best].idx].name) : 0);
	out->conf = (int)(100 * (c[best].name + c[best].extra) + 0.5);
	out->conf = out->conf > 100 ? 100 : out->conf;
	out->how = c[best].how;
	snprintf(out->extra, sizeof(out->extra), "%s", c[best].what);
	return 1;
}

