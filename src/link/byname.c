/* byname - the weighted name evidence (nameev.h) turned into a
 * decision: the best candidate, its confidence and its margin over the
 * runner-up, with the readings that explain a name cut short, initials
 * and words read in another order. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "fuzzy.h"
#include "linkint.h"
#include "owners.h"
#include "person.h"

#define START_FLOOR 0.25	/* ... of a name cut short (start_hits) */
#define START_RARER 1.0	/* start_telling */
#define INITIALS_FLOOR 0.25	/* other readings of initials looked for */
#define INITIALS_RANK 64	/* ... among so many ("X Bros Print Works") */
/* Another candidate holding every typed word too makes the name
 * ambiguous when it fits this well, or when it is the typed name and
 * at most this many words more after it (the name cut short). */
#define CONTAIN_FLOOR 0.7
#define CONTAIN_LEFT 1
/* ... or at most this many words more before it: the typed name is its
 * end, the trade or practice before it left off ("Van Vliet" of
 * "Timmerbedrijf Van Vliet", "Physio Lutke" of "Praxis fuer
 * Physiotherapie Luetke"), as common a way to shorten a name as cutting
 * it. */
#define CONTAIN_LEFT_BEFORE 2
#define CHAIN_LOOK 64		/* a chain's word: its holders read */
/* A rarest word's weight, as a share of ln(N + 1), from which a name cut
 * short counts at all, and from which fully. */
#define RARE_FROM 0.55
#define RARE_FULL 0.65

void
link_to(struct decision *d, size_t idx, const char *rule, int score)
{
	d->linked = 1;
	d->idx = idx;
	d->rule = rule;
	d->score = score;
}

/* Number of candidates sharing idx's normalised name, the bracketed
 * trading names after theirs left off (alias_shared). */
size_t
same_name(const struct pool *p, size_t idx)
{
	size_t first = 0;

	return pool_match(p, 1, p->c[idx].key, &first) + alias_shared(p, idx);
}

/* The thefuzz score (token_set_ratio of the normalised names) that the
 * original tool decided on: logged beside the confidence, for parity. */
int
fuzz_score(const struct pool *p, const char *norm, size_t idx)
{
	return sdc_fuzz_token_set_ratio(norm, p->c[idx].norm);
}

/* The runner-up, for the margin.  A candidate that reads the typed
 * words only with an inflection ending typed or left off is none when
 * the best has them as typed, in the typed order, and no word more:
 * "Utsikten barnehage" typed is that name, not "Barnehagen Utsikten"
 * (typed "Barnehage Utsikten", it is either: normalised_reorder()).
 * Nor is one that reads a typed word only in another spelling, or in
 * another language (a kind's word: "Famasi Pelican" typed is that name,
 * not Pelican Pharmacy, LLC), when the best reads none so. */

static double
runner_up(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h, size_t n)
{
	const unsigned loose = SDC_NEV_ENDING | SDC_NEV_PREFIX | SDC_NEV_CUT |
	    SDC_NEV_CONTRACTION | SDC_NEV_ACRONYM | SDC_NEV_SPELLING;
	size_t i = 1;

	/* the best as typed: every word, in the typed order, no ending nor
	 * other spelling */
	if (n > 1 && h[0].missed == 0 && h[0].left == 0 &&
	    !(h[0].how & loose) && same_order(words, p->c[h[0].id].words))
		while (i < n && (h[i].how & (SDC_NEV_ENDING |
		    SDC_NEV_SPELLING)))
			i++;
	/* one that has a typed word only in another spelling is a namesake
	 * of a best that has them all as typed (Al Fajr Medical Center
	 * beside the Centre LLC typed), as is one that has it in another
	 * language (Pharmacie Watapana beside Farmacia Watapana S.R.L.) */
	while (i < n && (h[i].how & ~h[0].how & (SDC_NEV_SPELLING |
	    SDC_NEV_TRANSLATED)))
		i++;
	return i < n ? h[i].score : 0;
}

void
keep_top(const struct pool *p, const char *norm, const struct sdc_nev_hit *h,
    size_t n, struct decision *d)
{
	size_t i;

	for (i = 0; i < n && d->ntop < TOPN; i++) {
		d->top_id[d->ntop] = p->c[h[i].id].id;
		d->top_score[d->ntop] = fuzz_score(p, norm, h[i].id);
		d->top_conf[d->ntop++] = (int)(100 * h[i].score + 0.5);
	}
}

/* A typed word of two to five letters is a contact's first name ("Ed -
 * Calloway", "Kim @ Cisneros"): read as initials ("Everett, Danforth &
 * Calloway") it may as well be the caller, whom many customers have. */
static int
given_typed(const char *words)
{
	char buf[8];
	size_t len;

	for (; *words; words += len + (words[len] == ' ')) {
		len = strcspn(words, " ");
		if (len >= 2 && len <= 5) {
			memcpy(buf, words, len);
			buf[len] = '\0';
			if (sdc_owners_one(given, buf) != SDC_OWNER_NONE)
				return 1;
		}
	}
	return 0;
}

/* The best hit read initials ("SM") that another candidate reads too
 * (or a typed word is a person's first name, given_typed), with every
 * other typed word, even one whose own words fit worse ("St. McCann's Couriers Holdings"
 * beside "St. Mulcahy's Couriers"): which words they stand for is a
 * guess.  Looked for below the floor, as the rest of a name says little.
 * When the initials spell the best's every word of weight, another
 * whose words of weight left off all come before them (only_end) does
 * not share them: "DLL" is Davis Land & Livestock's initials, and only
 * the end of Flying D Land & Livestock's; a technician shortens a
 * whole name, not its end.  A word left off between them ("CM" of
 * Clínica Médico-Dentária) is a shortening too, and still shares. */
static int
only_end(const struct sdc_nev_hit *x)
{
	return x->left > 0 && x->left_before && !x->left_after;
}

static int
initials_shared(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h)
{
	struct sdc_nev_hit more[INITIALS_RANK];
	size_t i, n;

	if (!(h[0].how & SDC_NEV_ACRONYM))
		return 0;
	if (p == &customers && given_typed(words))
		return 1;
	n = fold_hits(p, more, sdc_nev_query(p->ev, words, INITIALS_FLOOR,
	    more, INITIALS_RANK));
	for (i = 0; i < n; i++)
		if (more[i].id != h[0].id && (more[i].how & SDC_NEV_ACRONYM) &&
		    more[i].missed == 0 && !(h[0].left == 0 &&
		    only_end(&more[i])))
			return 1;
	return 0;
}

/* The typed words some customer has: what stands beside the initials. */
static char *
known_words(const struct pool *p, const char *words)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char *w = sdc_xstrdup(words), *t, *save = NULL;

	for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save))
		if (sdc_nev_known(p->ev, t) > 0)
			sdc_buf_printf(&b, "%s%s", b.len ? " " : "", t);
	sdc_buf_addc(&b, '\0');
	free(w);
	return sdc_buf_take(&b);
}

/* Initials typed alone are proof that only one customer's words spell
 * them when a random spelling of as many letters would rarely find one:
 * 26^k spellings of k letters for twice as many as the customers.
 * Three letters tell one of 5,000 customers, not one of 50,000: a
 * vendor's "SII" (Chile's tax office) spells San Isidro Instalazioak
 * there by chance.  Beside words a customer has ("NA Metro") the
 * initials tell apart those that hold the words, as before. */
static int
initials_telling(const struct pool *p, const char *words)
{
	char *w = sdc_xstrdup(words), *t, *save = NULL;
	size_t k = 0;
	int known = 0;
	double spellings = 1;

	for (t = strtok_r(w, " ", &save); t && !known;
	    t = strtok_r(NULL, " ", &save)) {
		k += strlen(t);
		known = sdc_nev_known(p->ev, t) > 0;
	}
	free(w);
	for (; !known && k > 0 && spellings < 2.0 * (double)p->n; k--)
		spellings *= 26;
	return known || spellings >= 2.0 * (double)p->n;
}

static int form_part(const char *w);
static int ends_name(char **t, size_t n);

/* The words of a, less those of b, "and" and the legal form after
 * them ("hotel tamarindo srl" less "ts hotel" -> "tamarindo"): a new
 * string. */
static char *
own_words(const char *a, const char *b)
{
	struct sdc_buf o = SDC_BUF_INIT;
	char *w = sdc_xstrdup(a), *sp, *t, *save = NULL;

	while ((sp = strrchr(w, ' ')) != NULL && form_part(sp + 1))
		*sp = '\0';
	for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save))
		if (!sdc_nev_and(t) && !has_word(b, t))
			sdc_buf_printf(&o, "%s%s", o.len ? " " : "", t);
	sdc_buf_addc(&o, '\0');
	free(w);
	return sdc_buf_take(&o);
}

/* The typed words a candidate lacks read loose as initials of its words
 * the typist did not type, its "and" and legal form left out: initials
 * stand for words left untyped, never for the form ("TS Hotel" is Hotel
 * Torre Serena S.A., not Hotel Tamarindo S.R.L.; "LB Bakery" no
 * Lancaster Bakery; "AP Software" no Fennelly and Pritchard Software). */
static int
loose_share(const char *loose, const char *cand)
{
	char *l = own_words(loose, cand), *c = own_words(cand, loose);
	int share = *l != '\0' && sdc_name_initials_share(l, c);

	free(l);
	free(c);
	return share;
}

/* Every candidate holding every typed word is idx (loose: or, by
 * loose_share, reads loose as initials of its words): proof that no
 * other has them, when there are few enough to look through. */
static int
held_only_by(const struct pool *p, const char *words, size_t idx,
    const char *loose)
{
	size_t ids[HOLDERS_RANK], i, n = sdc_nev_holders(p->ev, words, ids,
	    HOLDERS_RANK);

	if (n > HOLDERS_RANK)
		return 0;
	for (i = 0; i < n; i++)
		if (cand_of(p, ids[i]) != idx && (loose == NULL ||
		    loose_share(loose, p->c[cand_of(p, ids[i])].words)))
			return 0;
	return 1;
}

/* The initials are the best's alone: no other candidate reads them (as
 * initials_shared), nor, among all those holding the other typed words,
 * loosely ("DT Uptown" in the camelCase "DataLink Technologies Uptown").
 * Too many holders to look through is no proof. */
static int
initials_alone(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h)
{
	char *rest;
	int alone;

	if (initials_shared(p, words, h))
		return 0;
	rest = known_words(p, words);
	alone = *rest == '\0' || held_only_by(p, rest, h[0].id, words);
	free(rest);
	return alone;
}

/* The best is read whole, every word of it typed, none cut and no title
 * or descriptor left off, with typos, and the other reads those typos
 * as well but has words of its own untyped ("MCALLITSER MEDICAL CENTRE":
 * MCALLISTER MEDICAL CENTRE, not St. McAllister's Medical Centre
 * Holdings Ltd): typed without the slips the name links the best as it
 * is (exact), and a slip of the keys drops no word.  Not on the head of
 * a name typed with a site after it: the site says there is more to
 * the name ("Maranatha Guets House (Gwarinpa branch)" is none of
 * Maranatha Guest House and Maranatha Guest House (Enugu) for sure). */
static int
whole_but_slips(const struct sdc_nev_hit *best, const struct sdc_nev_hit *o)
{
	const unsigned part = SDC_NEV_PREFIX | SDC_NEV_CUT |
	    SDC_NEV_CONTRACTION | SDC_NEV_ACRONYM | SDC_NEV_ABBREV;

	return best->slips > 0 && best->missed == 0 && best->left == 0 &&
	    best->titled == 0 && best->led == 0 && !(best->how & part) &&
	    o->left > 0 && o->slips >= best->slips;
}

/* Another candidate holds every typed word as well, read no more
 * loosely ("CROWLEYDAIRY": "Crowley Dairy Group LLC" and "Dr. Crowley
 * Dairy"): the name is part of both, and which words were left off is a
 * guess the margin of their weights cannot settle (not when the best is
 * the name whole, typed with slips: whole_but_slips). */
static size_t
contained_too(const struct sdc_nev_hit *h, size_t n, int head)
{
	const unsigned loose = SDC_NEV_TYPO | SDC_NEV_PREFIX | SDC_NEV_CUT |
	    SDC_NEV_CONTRACTION | SDC_NEV_ACRONYM | SDC_NEV_ENDING |
	    SDC_NEV_SPELLING | SDC_NEV_TRANSLATED;
	const unsigned part = SDC_NEV_PREFIX | SDC_NEV_CUT |
	    SDC_NEV_CONTRACTION | SDC_NEV_ACRONYM;
	/* the best is read whole: a name typed in full is that name, or
	 * its every word of weight by its initials ("DLL" of Davis Land &
	 * Livestock is not the end of Flying D Land & Livestock's) */
	int whole = h[0].left == 0 && !(h[0].how & part & ~SDC_NEV_ACRONYM);
	size_t i;

	for (i = 1; i < n; i++)
		if (h[i].missed == 0 && (h[i].score >= CONTAIN_FLOOR ||
		    (h[i].left <= CONTAIN_LEFT && h[i].left_after) ||
		    (!whole && h[i].left <= CONTAIN_LEFT_BEFORE &&
		    h[i].left_before)) &&
		    (h[i].how & ~h[0].how & loose) == 0 &&
		    (head || !whole_but_slips(&h[0], &h[i])))
			return i;
	return 0;
}

/* The typed name is the start of the best's, cut short ("Teck Seng
 * Logistics Sdn" of Teck Seng Logistics Sdn Bhd), and the best's name
 * whole is the start of another candidate's, which holds every typed
 * word as well ("Teck Seng Logistics Sdn Bhd (Johor Bahru)"): cut
 * short, the name is the start of both, and how many words were cut
 * is a guess the margin of their weights cannot settle.  The other's
 * place in h, or 0. */
static size_t
start_of_both(const struct pool *p, const struct sdc_nev_hit *h, size_t n)
{
	const char *best = p->c[h[0].id].words, *o;
	size_t i, k = strlen(best);

	for (i = 1; h[0].left > 0 && h[0].left_after && i < n; i++)
		if (h[i].id != h[0].id && h[i].missed == 0 &&
		    h[i].left_after && !(h[i].how & ~h[0].how) &&
		    strncmp(o = p->c[h[i].id].words, best, k) == 0 &&
		    o[k] == ' ')
			return i;
	return 0;
}

/* The best is not read whole (words of it untyped, a descriptor before
 * the typed ones or more after) and a typed word is in neither it nor
 * another candidate that holds every typed word it does, read no more
 * loosely ("Mutiara Mega Group": Restoran Mutiara Mega and Mutiara Mega
 * Corporation Sdn Bhd, "Group" for the one's form or the other's
 * trade): each is the name with words of its own and one typed word
 * unexplained, and which words were left off is a guess.  The other's
 * place in h, or 0. */
static size_t
part_of_both(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h, size_t n)
{
	const char *best = p->c[h[0].id].words, *o;
	char *t, *q, *save = NULL;
	size_t i, other = 0;
	int held;

	if (h[0].missed == 0 || (h[0].left == 0 && h[0].led == 0))
		return 0;
	for (i = 1; i < n && other == 0; i++) {
		if (h[i].id == h[0].id || h[i].missed != h[0].missed ||
		    (h[i].how & ~h[0].how))
			continue;
		o = p->c[h[i].id].words;
		t = sdc_xstrdup(words);
		held = 1;
		for (q = strtok_r(t, " ", &save); q && held; q = strtok_r(NULL,
		    " ", &save))
			held = !has_word(best, q) || has_word(o, q);
		free(t);
		other = held ? i : 0;
	}
	return other;
}

/* The best is read with a title of its name left off ("Cabinet
 * Dentaire Roussel" for "Cabinet Dentaire Dr Roussel") while the typed
 * name is, in order, the start of another candidate's name ("Cabinet
 * Dentaire Roussel & Roques SCM"): a name cut short is as likely as a
 * title left off, as for a name that is the end of another's
 * (contained_too).  Returns that candidate, or -1; too many holders of
 * the typed words to look through is no proof either way.  (ending: the
 * other has the typed words as typed, no ending read, title_or_start
 * below.) */
static long
start_of_other(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h, int ending)
{
	size_t ids[HOLDERS_RANK], i, n;
	struct sdc_nev_hit o;

	if ((n = sdc_nev_holders(p->ev, words, ids, HOLDERS_RANK)) >
	    HOLDERS_RANK)
		return -1;
	for (i = 0; i < n; i++) {
		size_t c = cand_of(p, ids[i]);

		if (c == h[0].id)
			continue;
		sdc_nev_score_hit(p->ev, words, ids[i], &o);
		if (o.missed == 0 && (ending ? !(o.how & SDC_NEV_ENDING) :
		    o.left_after && (o.left > 0 || (o.how & SDC_NEV_CUT)) &&
		    o.titled == 0) && same_order(words, p->c[c].words))
			return (long)c;
	}
	return -1;
}

static long
title_or_start(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h)
{
	return h[0].titled || h[0].led ? start_of_other(p, words, h, 0) : -1;
}

/* Likewise the best read with an inflection ending ("Advokatbyrån
 * Lindström" for "Lindström Advokatbyrå") while another candidate has
 * the typed words as typed, in the typed order ("Advokatbyrån Lindström
 * & Olsson AB"). */
static long
ending_or_start(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h)
{
	return h[0].how & SDC_NEV_ENDING ? start_of_other(p, words, h, 1) :
	    -1;
}

/* The best leaves a typed word unread that weighs nothing (a legal
 * form with a slip: "Exp" one letter from Brazil's EPP) while another
 * candidate reads every typed word, in order, the last as its own word
 * cut short ("Lemaire Exp" for Lemaire Expertise Comptable SA beside
 * Ets Lemaire): the name is that one cut short as likely as the best
 * with a form mistyped.  The other's place in h, or 0. */
static size_t
cut_of_other(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h, size_t n)
{
	size_t i;

	for (i = 1; h[0].missed > 0 && i < n; i++)
		if (h[i].missed == 0 && (h[i].how & SDC_NEV_CUT) &&
		    !(h[0].how & SDC_NEV_CUT) &&
		    same_order(words, p->c[h[i].id].words))
			return i;
	return 0;
}

/* A typed word shortened with a dot after it alone, three letters or
 * more of one word ("Clín.", "Abogs.", "Lab."), as normalised; not
 * initials ("S.A."), a title nor a word dropped (a legal form). */
static char *
dotted_word(const char *tok, size_t n)
{
	char *body, *w;
	size_t i;

	while (n > 0 && strchr(",;:)", tok[n - 1]))
		n--;
	if (n < 4 || tok[n - 1] != '.')
		return NULL;
	for (i = 0; i + 1 < n; i++)
		if (!isalpha((unsigned char)tok[i]) && !(tok[i] & 0x80))
			return NULL;
	body = sdc_xstrndup(tok, n - 1);
	w = sdc_name_words(names, body);
	free(body);
	if (strlen(w) < 3 || strchr(w, ' ') || sdc_name_is_title(w) ||
	    sdc_name_is_drop(names, w)) {
		free(w);
		return NULL;
	}
	return w;
}

/* The words with a dot after each the typed name shortened with one
 * (dotted_word), for nameev to read it cut or contracted though some
 * customer has it as typed; NULL when none is. */
static char *
mark_dots(const char *guess, const char *words)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char *d[8];
	size_t nd = 0, len, i;
	const char *p;
	int marked = 0;

	for (p = guess; *p && nd < 8; p += len) {
		p += strspn(p, " ");
		len = strcspn(p, " ");
		if ((d[nd] = dotted_word(p, len)) != NULL)
			nd++;
	}
	for (p = words; nd > 0 && *p; p += len) {
		p += strspn(p, " ");
		len = strcspn(p, " ");
		if (b.len)
			sdc_buf_addc(&b, ' ');
		sdc_buf_add(&b, p, len);
		for (i = 0; i < nd; i++)
			if (strlen(d[i]) == len && memcmp(d[i], p, len) == 0)
				break;
		if (i < nd && len > 0) {
			sdc_buf_addc(&b, '.');
			marked = 1;
		}
	}
	for (i = 0; i < nd; i++)
		free(d[i]);
	if (!marked) {
		sdc_buf_free(&b);
		return NULL;
	}
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}

/* The words a typed name is read as: an address's label for the address
 * ("office@horvathcare.co.uk" -> "horvathcare"); and into *glued, the
 * same with words run together split into customers' words ("horvath
 * care"), words typed apart joined into one ("stadt verwaltung"), and
 * initials around "&" joined ("CM&D"), or NULL when none were.  Both readings are scored and the
 * better kept: a split may break a typo ("cohalt" is not "co halt"). */
char *
read_words(const struct pool *p, const char *guess, char **glued)
{
	char *addr = sdc_name_address(guess);
	char *w = sdc_name_words(names, addr ? addr : guess);
	char *j = sdc_name_join_initials(w);
	char *u = sdc_nev_unglue(p->ev, j ? j : w), *d;

	*glued = sdc_nev_rejoin(p->ev, u);
	free(u);
	free(j);
	if (strcmp(*glued, w) == 0) {
		free(*glued);
		*glued = NULL;
	}
	if (addr == NULL && (d = mark_dots(guess, *glued ? *glued : w))) {
		free(*glued);
		*glued = d;
	}
	free(addr);
	return w;
}

/* 1 when the words of a candidate that the typed words are (exactly)
 * come in the typed order. */
int
same_order(const char *typed, const char *cand)
{
	char *t = sdc_xstrdup(typed), *c = sdc_xstrdup(cand), *p, *s1 = NULL;
	char **cw;
	size_t nc = 0, i, at = 0;
	int ok = 1;

	cw = sdc_xcalloc(strlen(cand) / 2 + 2, sizeof(*cw));
	for (p = strtok_r(c, " ", &s1); p; p = strtok_r(NULL, " ", &s1))
		cw[nc++] = p;
	/* a word met again is looked for after the last one met: "shi" of
	 * "lu shi shi wu suo" (Han read a syllable a character) twice */
	for (p = strtok_r(t, " ", &s1); p && ok; p = strtok_r(NULL, " ", &s1)) {
		for (i = at; i < nc && strcmp(cw[i], p) != 0; i++)
			;
		if (i < nc)
			at = i + 1;
		else {
			for (i = 0; i < at && strcmp(cw[i], p) != 0; i++)
				;
			ok = i == at;
		}
	}
	free(cw);
	free(t);
	free(c);
	return ok;
}

/* The customer at idx holds the syllables han (sdc_name_han) as words,
 * each run of Han whole and the runs in their order. */
int
han_in_order(const struct pool *p, size_t idx, const char *han)
{
	const char *c = p->c[idx].words, *q = han, *at;
	size_t n, len;

	while (*q) {
		len = strcspn(q, ",");	/* a run: "ming de mao yi " */
		while (len > 0 && q[len - 1] == ' ')
			len--;
		for (at = c; *at && !(strncmp(at, q, len) == 0 &&
		    (at[len] == ' ' || at[len] == '\0')); at += n) {
			n = strcspn(at, " ");
			n += strspn(at + n, " ");
		}
		if (*at == '\0')
			return 0;
		c = at + len;
		q += strcspn(q, ",");
		q += strspn(q, ", ");
	}
	return 1;
}

/* The name is Han alone (rest, the name less its Han, has no word) of
 * two characters or one: a surname and 氏 or 记 ("王氏", "the Wangs'"),
 * which a namesake has as often, or a brand without its trade. */
static int
han_short(const char *han, const char *rest)
{
	char *w = sdc_name_words(names, rest);
	int alone = *w == '\0';

	free(w);
	return alone && strchr(han, ' ') == strrchr(han, ' ');
}

/* A name typed in Han links a customer whose words hold each run of its
 * Han whole, in the order typed: one Han character is a syllable, and a
 * few hundred syllables write every name, so that two names of Han
 * share most of their syllables by chance and the legal tail's
 * ("苏州通安税务师事务所" and "广州安通税务师事务所", "北京创晨服饰" and
 * "北京创晨服务式公寓").  A name cut short (no city, no legal tail) is
 * still a run of its Han.  A customer's Han typed in pinyin keeps the
 * order of its syllables ("Tai Bo Ke Ji" is no 博泰科技, bo tai ke ji). */
void
han_kept(const struct pool *p, const char *guess, struct decision *d)
{
	char *rest = NULL, *han, *own, *w;
	int ok = 1;

	if (!d->linked)
		return;
	han = sdc_name_han(guess, &rest);
	if (han != NULL)
		ok = han_in_order(p, d->idx, han) && !han_short(han, rest);
	else if ((own = sdc_name_han(p->c[d->idx].name, NULL)) != NULL) {
		w = sdc_name_words(names, guess);
		ok = same_order(w, own);
		free(w);
		free(own);
	}
	if (!ok) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the Han of the name is not "
		    "%.40s's, in its order", p->c[d->idx].name);
	}
	free(rest);
	free(han);
}

#define HAN_SHORT 4	/* characters of the shortest Han read alone */

/* The first Han character of s into c (UTF-8, NUL ended): 1, or 0 when
 * s has none. */
static int
first_han(const char *s, char c[8])
{
	size_t n;
	char *syl;

	for (; *s; s += n) {
		unsigned char b = (unsigned char)*s;

		n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
		if (n == 1 || strnlen(s, n) < n)
			continue;
		memcpy(c, s, n);
		c[n] = '\0';
		if ((syl = sdc_name_han(c, NULL)) != NULL) {
			free(syl);
			return 1;
		}
	}
	return 0;
}

/* The typed Han (han: its syllables, sdc_name_han) is the customer at
 * idx's from where a word of its name begins: the first character typed
 * is one of its name's, or the typed syllables begin a run of its Han
 * (the same name in the other script's characters: 無錫 of 无锡, 髙橋 of
 * 高橋).  Syllables read from inside another word are another name:
 * 古川塗装 is no 合同会社長谷川塗装, whose 谷川 reads gu chuan as 古川
 * does. */
static int
han_from_start(const struct pool *p, size_t idx, const char *guess,
    const char *han)
{
	char c[8], *own;
	const char *r;
	size_t len = strcspn(han, ",");
	int at = 0;

	while (len > 0 && han[len - 1] == ' ')
		len--;
	if (!first_han(guess, c) || strstr(p->c[idx].name, c) != NULL ||
	    (own = sdc_name_han(p->c[idx].name, NULL)) == NULL)
		return 1;
	for (r = own; *r && !at; r += strcspn(r, ","), r += strspn(r, ", "))
		at = strncmp(r, han, len) == 0 && (r[len] == ' ' ||
		    r[len] == '\0');
	free(own);
	return at;
}

/* A name typed in Han alone, cut short of its city and its legal form
 * ("腾强广告" of 宁波腾强广告有限公司): the one customer whose words
 * hold its syllables, and hold them as one run.  Four characters at
 * least: a brand and a trade; two or three are a surname and a word, or
 * a brand a namesake shares as often.  A second holder (a homophone,
 * 明德 and 铭德) is no link. */
void
by_han(struct pool *p, const char *guess, struct decision *d)
{
	char *rest = NULL, *han = sdc_name_han(guess, &rest), *w;
	size_t id[2], n, i, syl = 1;

	if (han == NULL)
		return;
	w = sdc_name_words(names, rest);
	for (i = 0; han[i]; i++)
		syl += han[i] == ' ';
	if (*w == '\0' && strchr(han, ',') == NULL && syl >= HAN_SHORT &&
	    (n = sdc_nev_holders(p->ev, han, id, 2)) == 1 &&
	    han_in_order(p, cand_of(p, id[0]), han) &&
	    han_from_start(p, cand_of(p, id[0]), guess, han)) {
		link_to(d, cand_of(p, id[0]), "weighted", 100);
		d->conf = 100;
		d->ask = 0;	/* settled: no LLM */
		snprintf(d->extra + strlen(d->extra), sizeof(d->extra) -
		    strlen(d->extra), ",han");
	}
	free(w);
	free(rest);
	free(han);
}

/* Words run together keep their order: a glued reading that fits a
 * candidate only reordered ("WAINWRIGHTCHENG" and "Cheng & Wainwright")
 * is no reading of it (a label cut at 15 letters is more likely part of
 * a longer name).  Returns the hits left. */
static size_t
in_order(const struct pool *p, const char *glued, struct sdc_nev_hit *h,
    size_t n)
{
	size_t i, m = 0;

	for (i = 0; i < n; i++)
		if (same_order(glued, p->c[h[i].id].words))
			h[m++] = h[i];
	return m;
}

/* A word of fewer letters than nameev reads typos in (4), typed with a
 * slip where the best's word stands between the same typed words: "he"
 * of "Friends of the Millvale Library", "if" of "Law Offices of Melton",
 * "an" of "Grundschule am Lindenplatz", "Lae" of "Laurel Lake".  A
 * short word alone is too often another's to read with a slip; between
 * words the name has in the same order, at its place (the first word
 * typed the name's first, the last its last but a legal form), it is
 * the slip ("El Hayat Transport" is no Transports Al Hayat).
 * A legal form typed is not read so ("SAS" is no slip of "SA"), nor a
 * single letter (initials). */
#define SHORT_SLIP 4

static int
lower_only(const char *w)
{
	for (; *w; w++)
		if (*w < 'a' || *w > 'z')
			return 0;
	return 1;
}

/* Where word w is in c[0..m), or -1. */
static long
word_at(char **c, size_t m, const char *w)
{
	size_t j;

	for (j = 0; j < m; j++)
		if (strcmp(c[j], w) == 0)
			return (long)j;
	return -1;
}

/* The best's word c[j] the typed t[i] is a slip of, at its place
 * (short_slips), or NULL. */
static const char *
slipped_at(char **t, size_t n, size_t i, char **c, size_t m,
    const char *typed, const char *cand)
{
	long a = i > 0 ? word_at(c, m, t[i - 1]) : -1;
	long b = i + 1 < n ? word_at(c, m, t[i + 1]) : -1;
	long j = i > 0 ? a + 1 : b - 1;
	size_t lt = strlen(t[i]);

	if ((i > 0 && a < 0) || (i + 1 < n && b < 0) || (i == 0 && n < 2) ||
	    (i + 1 < n && b != j + 1) || j < 0 || (size_t)j >= m)
		return NULL;
	/* the first typed word the name's first, the last its last */
	if ((i == 0 && j != 0) || (i + 1 == n && !ends_name(c + j + 1,
	    m - (size_t)j - 1)))
		return NULL;
	if (lt < 2 || !lower_only(t[i]) || has_word(cand, t[i]) ||
	    form_part(t[i]) || !lower_only(c[j]) || has_word(typed, c[j]) ||
	    (lt >= SHORT_SLIP &&
	    strlen(c[j]) >= SHORT_SLIP) || !sdc_nev_one_slip(t[i], c[j]))
		return NULL;
	return c[j];
}

/* The typed words with each short word slipped read as the best's
 * (slipped_at), or NULL when none is. */
static char *
short_slips(const char *words, const char *cand)
{
	char *ts = sdc_xstrdup(words), *cs = sdc_xstrdup(cand), **t, **c;
	size_t n = sdc_name_split(ts, &t), m = sdc_name_split(cs, &c), i;
	struct sdc_buf b = SDC_BUF_INIT;
	const char *w;
	int fixed = 0;

	for (i = 0; i < n; i++) {
		if ((w = slipped_at(t, n, i, c, m, words, cand)) != NULL)
			fixed = 1;
		sdc_buf_printf(&b, "%s%s", i ? " " : "", w ? w : t[i]);
	}
	sdc_buf_addc(&b, '\0');
	free(t);
	free(c);
	free(ts);
	free(cs);
	if (fixed)
		return sdc_buf_take(&b);
	sdc_buf_free(&b);
	return NULL;
}

/* The best on the typed words read with its short words' slips undone
 * (short_slips), when it is the best there too and scores higher: into
 * h and *words, and *how notes the typo.  Returns the hits. */
static size_t
slips_read(struct pool *p, struct sdc_nev_hit *h, size_t n, char **words,
    unsigned *how)
{
	struct sdc_nev_hit g[RANKN];
	char *fixed;
	size_t m;

	if (n == 0 || h[0].missed == 0 ||
	    (fixed = short_slips(*words, p->c[h[0].id].words)) == NULL)
		return n;
	m = fold_hits(p, g, sdc_nev_query(p->ev, fixed, FLOOR, g, RANKN));
	if (m == 0 || g[0].id != h[0].id || g[0].score <= h[0].score) {
		free(fixed);
		return n;
	}
	memcpy(h, g, m * sizeof(*h));
	free(*words);
	*words = fixed;
	*how |= SDC_NEV_TYPO;
	return m;
}

/* The other reading's best (o[0]) among the hits h (n of them), in its
 * place by score, when it is another customer: words typed apart read
 * joined with a slip ("Chung shub": Chungshun Pharmacy) that fit
 * another customer as typed apart (Chung-shun Pharmacy, a slip in
 * "shub") are either, and the margin between them decides.  (Not the
 * other way: a reading joined that fits less well is no rival of the
 * words as typed, "Jung Hsiang Temple - Panchiao".)  Returns the hits. */
static size_t
with_rival(struct sdc_nev_hit *h, size_t n, const struct sdc_nev_hit *o,
    size_t no)
{
	size_t i, at;

	if (n == 0 || no == 0)
		return n;
	for (i = 0; i < n; i++)
		if (h[i].id == o[0].id)
			return n;
	for (at = 1; at < n && h[at].score >= o[0].score; at++)
		;
	if (at >= RANKN)
		return n;
	if (n == RANKN)
		n--;
	memmove(h + at + 1, h + at, (n - at) * sizeof(*h));
	h[at] = o[0];
	return n + 1;
}

/* The weighted evidence's best candidates on the better reading: its
 * words are left in *words. */
static size_t
query_read(struct pool *p, const char *guess, struct sdc_nev_hit *h,
    char **words, unsigned *how)
{
	struct sdc_nev_hit g[RANKN];
	char *glued;
	size_t n, m;

	*words = read_words(p, guess, &glued);
	*how = 0;
	n = fold_hits(p, h, sdc_nev_query(p->ev, *words, FLOOR, h, RANKN));
	if (glued == NULL)
		return slips_read(p, h, n, words, how);
	m = in_order(p, glued, g, fold_hits(p, g, sdc_nev_query(p->ev, glued,
	    FLOOR, g, RANKN)));
	if (m > 0 && (n == 0 || g[0].score > h[0].score)) {
		if (g[0].how & SDC_NEV_TYPO)
			m = with_rival(g, m, h, n);
		memcpy(h, g, m * sizeof(*h));
		n = m;
		free(*words);
		*words = glued;
		*how = SDC_NEV_GLUED;
	} else
		free(glued);
	return slips_read(p, h, n, words, how);
}

/* One candidate's name evidence on the words (its trading name's when
 * better), as a hit of a query. */
double
score_cand(const char *words, long idx, struct sdc_nev_hit *h)
{
	long a[2] = { customers.c[idx].alias, customers.c[idx].half };
	struct sdc_nev_hit h2;
	size_t i;

	sdc_nev_score_hit(customers.ev, words, (size_t)idx, h);
	for (i = 0; i < 2; i++)
		if (a[i] >= 0 && sdc_nev_score_hit(customers.ev, words,
		    (size_t)a[i], &h2) > h->score)
			*h = h2;
	h->id = (size_t)idx;
	return h->score;
}

/* ... on the better reading of the typed name. */
double
score_read(const char *guess, long idx, struct sdc_nev_hit *h)
{
	char *glued, *w = read_words(&customers, guess, &glued);
	struct sdc_nev_hit h2;

	score_cand(w, idx, h);
	if (glued && score_cand(glued, idx, &h2) > h->score) {
		*h = h2;
		h->how |= SDC_NEV_GLUED;
	}
	free(w);
	free(glued);
	return h->score;
}

/* The typed words are every word of the candidate's name but its legal
 * form, in another order ("Tours Nandi" of Nandi Tours Pvt. Ltd.): the
 * name said the other way round, as a list sorted by its trade word
 * writes it, with the form left off as it is in order. */
static int
whole_but_form(const char *words, const char *cand)
{
	char *rest = own_words(cand, words);
	int whole = *rest == '\0';

	free(rest);
	return whole;
}

/* The typed name is the start of the best candidate's name (or all of
 * it but its form, whole_but_form) and no other candidate holds every
 * typed word: a name cut short ("Platte Property" of "Platte Property
 * Management LLC", "Chestnutfie").  Typos and initials are not read: a
 * cut on top of them is a guess. */
static int
only_start(struct pool *p, const char *words, const struct sdc_nev_hit *h)
{
	const unsigned sure = SDC_NEV_EXACT | SDC_NEV_PREFIX | SDC_NEV_CUT |
	    SDC_NEV_COMPOUND | SDC_NEV_ABBREV | SDC_NEV_AND | SDC_NEV_SPELLING |
	    SDC_NEV_TRANSLATED;
	if (h[0].missed || !h[0].left_after || (h[0].how & ~sure) ||
	    (h[0].left == 0 && !(h[0].how & SDC_NEV_CUT)) ||
	    !(same_order(words, p->c[h[0].id].words) ||
	    whole_but_form(words, p->c[h[0].id].words)))
		return 0;
	return held_only_by(p, words, h[0].id, NULL);
}

/* The typed name is the start of the best's name and of the runner-up's
 * ("Friends of th", "Law Offices of", "Westbrook Log"): nothing in it
 * chooses between them, for a person or an LLM. */
static int
starts_both(const struct sdc_nev_hit *h)
{
	int i, cut = 1;

	for (i = 0; i < 2; i++)
		cut = cut && h[i].missed == 0 && h[i].left_after &&
		    (h[i].left > 0 || (h[i].how & SDC_NEV_CUT));
	return cut;
}

/* How far a name cut short is the business's own, by its rarest word:
 * 0 for a word a fifth of the list's... ((N+1)^0.5 customers) have, 1 from
 * one ((N+1)^0.2 customers or fewer) - a start of common words
 * ("Atlas Solutions" of "Atlas Solutions Manufacturing") is as likely
 * another business's whole name. */
static double
start_rarity(const struct pool *p, const char *words)
{
	char *c = sdc_xstrdup(words), *t, *save = NULL;
	double one, most = 0, r;

	for (t = strtok_r(c, " ", &save); t; t = strtok_r(NULL, " ", &save))
		if ((r = sdc_nev_weight(p->ev, t, &one)) > most)
			most = r;
	free(c);
	r = (most / one - RARE_FROM) / (RARE_FULL - RARE_FROM);
	return r < 0 ? 0 : r > 1 ? 1 : r;
}

/* The typed words some customer has are rarer together than a word one
 * customer alone has, by START_RARER (a list of N customers would hold
 * them by chance 1/e times): a start of them that no other name has is
 * as good as such a word ("Wildflower Physical" of "Wildflower Physical
 * Therapy - Walnut St", both words a dozen customers'; not "Atlas
 * Solutions", as likely another business's whole name as the start of
 * "Atlas Solutions Manufacturing"). */
static int
start_telling(struct pool *p, const char *words)
{
	double one, w = sdc_nev_weight(p->ev, words, &one);

	return w * sdc_nev_known(p->ev, words) >= one + START_RARER;
}

/* A name cut short fits its customer below the floor when most of the
 * name was left off (0.44 for "Wildflower Physical"): when nothing
 * reaches the floor, the one candidate holding every typed word is
 * looked for below it, down to START_FLOOR.  Every other candidate is
 * below the floor, so it is alone in the ranking. */
static size_t
start_hits(struct pool *p, const char *words, struct sdc_nev_hit *h, size_t n)
{
	size_t id;

	if (n > 0 || w_prefix <= 0 || !start_telling(p, words) ||
	    sdc_nev_holders(p->ev, words, &id, 1) != 1 ||
	    sdc_nev_score_hit(p->ev, words, id, h) < START_FLOOR)
		return n;
	h->id = cand_of(p, id);
	return only_start(p, words, h) ? 1 : n;
}

/* Evidence in how the name reads that no other candidate shares: the
 * start of the best's name only (link.evidence.prefix), or initials only
 * the best's words spell (link.evidence.initials), noted in d->extra. */
static double
reading_bonus(struct pool *p, const char *words, const struct sdc_nev_hit *h,
    double second, struct decision *d)
{
	double w = 0;
	const char *what = NULL;

	if (h[0].score >= link_th && h[0].score - second >= link_margin)
		return 0;	/* links without it */
	if (w_prefix > 0 && only_start(p, words, h) &&
	    (w = w_prefix * start_rarity(p, words)) > 0) {
		what = "prefix";
		if (start_telling(p, words) && h[0].score + w < link_th)
			w = link_th - h[0].score;
	} else if (w_initials > 0 && (h[0].how & SDC_NEV_ACRONYM) &&
	    h[0].missed == 0 && initials_telling(p, words) &&
	    initials_alone(p, words, h)) {
		w = w_initials;
		what = "initials";
	}
	if (what)
		snprintf(d->extra, sizeof(d->extra), ",%s:+%d", what,
		    (int)(100 * w + 0.5));
	return w;
}

/* The calibrated decision on the weighted name evidence: link when the
 * best candidate's confidence reaches the threshold with the margin over
 * the runner-up; the LLM only in the band just below; review otherwise. */
/* Two customers whose names read as one ("BRF Eken 24" and
 * "Bostadsrättsföreningen Eken 24", "BRF" being the word's
 * abbreviation): each one's name, typed, reads the other whole, in
 * its order and without an inflection ending ("Utsikten barnehage" is
 * not "Barnehagen Utsikten": runner_up()), another spelling (Green
 * Palm Medical Center and Centre LLC are two) or another language
 * (Crestview Logistics, Inc and Crestview Logistik GmbH).  A name
 * that fits one fits the other as well, however it scores them, so
 * neither is linked on the name (the evidence beyond it may tell).
 * The first ALIKE_RANK candidates are looked at.  Returns
 * the other's place in h, or 0. */
#define ALIKE 0.95
#define ALIKE_RANK 8

static int
reads_whole_as(const struct pool *p, size_t a, size_t b)
{
	struct sdc_nev_hit x;

	return score_cand(p->c[a].norm, (long)b, &x) >= ALIKE &&
	    x.missed == 0 && x.left == 0 &&
	    !(x.how & (SDC_NEV_ENDING | SDC_NEV_SPELLING |
	    SDC_NEV_TRANSLATED)) && same_order(p->c[a].norm, p->c[b].norm);
}

static size_t
read_alike(const struct pool *p, const struct sdc_nev_hit *h, size_t n)
{
	size_t i;

	for (i = 1; p == &customers && i < n && i < ALIKE_RANK; i++)
		if (h[i].id != h[0].id && reads_whole_as(p, h[0].id,
		    h[i].id) && reads_whole_as(p, h[i].id, h[0].id))
			return i;
	return 0;
}

/* The candidate's words (list) hold every typed word but an "and" of
 * three letters, which a name may write in its own language ("KKP
 * Susanti Lim dan Rekan" for "KKP Susanti Lim and Rekan": "dan",
 * Indonesian, is no "and" of sdc_nev_and, which would read it against
 * every "&").  The shorter ones ("na", "ma", "e") are as often initials:
 * "NA Welfare Society" is not National Narmada Welfare Society's "and". */
static int
typed_but_and(const char *list, const char *words)
{
	char *t = sdc_xstrdup(words), *q, *save = NULL;
	int hit = 1;

	for (q = strtok_r(t, " ", &save); q && hit; q = strtok_r(NULL, " ",
	    &save))
		hit = (strlen(q) >= 3 && sdc_nev_and(q)) || has_word(list, q);
	free(t);
	return hit;
}

/* The best read a typed word as an abbreviation or initials, or a word
 * of its own abbreviated as the word typed ("İth." as İthalat), and
 * another candidate holds every typed word as typed (an "and" aside:
 * typed_but_and; "KKP" read as Kantor Konsultan Pajak beside a "KKP
 * ..."): a list that writes a title both ways holds two firms ("Ihlamur Lojistik İth. İhr. San. ve Tic.
 * A.Ş." beside "Ihlamur Lojistik İthalat İhracat Ltd. Şti."), and the
 * name is as likely the one written as it is typed.  The other's place
 * in h, or 0. */
static size_t
abbrev_typed_elsewhere(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h, size_t n)
{
	size_t i;

	for (i = 1; (h[0].how & (SDC_NEV_ABBREV | SDC_NEV_ACRONYM)) && i < n;
	    i++)
		if (h[i].id != h[0].id && typed_but_and(p->c[h[i].id].words,
		    words))
			return i;
	return 0;
}

/* The best's name fits as well as another's: part of both, the start of
 * both cut short, two that read as one, or one abbreviated and the
 * other as typed; why says which.  1 if so. */
static int
another_reads(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h, size_t n, struct decision *d)
{
	const char *best = p->c[h[0].id].name;
	size_t other;

	if ((other = contained_too(h, n, d->head)) > 0)
		snprintf(d->why, sizeof(d->why), "the name is part of \"%s\" "
		    "and of \"%s\"", best, p->c[h[other].id].name);
	else if ((other = start_of_both(p, h, n)) > 0)
		snprintf(d->why, sizeof(d->why), "cut short, the name is the "
		    "start of \"%s\" and of \"%s\"", best,
		    p->c[h[other].id].name);
	else if ((other = part_of_both(p, words, h, n)) > 0)
		snprintf(d->why, sizeof(d->why), "a typed word is in neither "
		    "\"%s\" nor \"%s\", each the rest of the name and more",
		    best, p->c[h[other].id].name);
	else if ((other = read_alike(p, h, n)) > 0)
		snprintf(d->why, sizeof(d->why), "\"%s\" and \"%s\" read as "
		    "one name", best, p->c[h[other].id].name);
	else if ((other = abbrev_typed_elsewhere(p, words, h, n)) > 0)
		snprintf(d->why, sizeof(d->why), "the name is \"%s\" "
		    "abbreviated, or \"%s\" as typed", best,
		    p->c[h[other].id].name);
	return other > 0;
}

void
by_evidence(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	struct sdc_nev_hit h[RANKN];
	char *words;
	unsigned glued;
	size_t n = query_read(p, guess, h, &words, &glued);
	double second, best;
	long start;
	size_t other;

	n = start_hits(p, words, h, n);
	second = runner_up(p, words, h, n);

	keep_top(p, norm, h, n, d);
	if (n == 0) {
		snprintf(d->why, sizeof(d->why), "no candidate reaches "
		    "confidence %d", (int)(100 * FLOOR));
		free(words);
		return;
	}
	best = h[0].score + reading_bonus(p, words, h, second, d);
	d->conf = best >= 1 ? 100 : (int)(100 * best + 0.5);
	d->how = h[0].how | glued;
	if (same_name(p, h[0].id) > 1)
		snprintf(d->why, sizeof(d->why), "%zu candidates named \"%s\"",
		    same_name(p, h[0].id), p->c[h[0].id].name);
	else if (best < link_th)
		snprintf(d->why, sizeof(d->why), "best \"%s\" has confidence "
		    "%d < %d", p->c[h[0].id].name, d->conf,
		    (int)(100 * link_th + 0.5));
	else if (best - second < link_margin)
		snprintf(d->why, sizeof(d->why), "\"%s\" %d leads the next by "
		    "< %d", p->c[h[0].id].name, d->conf,
		    (int)(100 * link_margin + 0.5));
	else if ((other = cut_of_other(p, words, h, n)) > 0)
		snprintf(d->why, sizeof(d->why), "the name is \"%s\" with a "
		    "word more, or \"%s\" cut short", p->c[h[0].id].name,
		    p->c[h[other].id].name);
	else if ((start = ending_or_start(p, words, h)) >= 0)
		snprintf(d->why, sizeof(d->why), "the name is \"%s\" with an "
		    "ending, or the start of \"%s\"", p->c[h[0].id].name,
		    p->c[start].name);
	else if (another_reads(p, words, h, n, d))
		;
	else if (initials_shared(p, words, h))
		snprintf(d->why, sizeof(d->why), "the initials fit \"%s\" "
		    "and others", p->c[h[0].id].name);
	else if (h[0].led && !held_only_by(p, words, h[0].id, NULL))
		snprintf(d->why, sizeof(d->why), "the name is \"%s\" with "
		    "its first words left off, and part of another's",
		    p->c[h[0].id].name);
	else if ((start = title_or_start(p, words, h)) >= 0)
		snprintf(d->why, sizeof(d->why), "the name is \"%s\" with a "
		    "title left off, or \"%s\" cut short", p->c[h[0].id].name,
		    p->c[start].name);
	else
		link_to(d, h[0].id, "weighted", d->top_score[0]);
	d->ask = !d->linked && best >= llm_th && best - second < llm_margin &&
	    same_name(p, h[0].id) == 1 && !(n > 1 && starts_both(h));
	free(words);
}

#define INITIAL_HOLDERS 16	/* names holding the other words read */
#define INITIALS_MAX 2

/* The words of the customer at idx not among the typed words w, each a
 * name the typed initials in[0..n) begin, in order ("georgi" for "g" of
 * "et g zhekov" beside ET Georgi Zhekov); with cut, words more after
 * them too (the last letter a word cut short: "Mersey Primary S" is
 * Mersey Primary School - Derby as well). */
static int
initials_fit(size_t idx, const char *w, const char *in, size_t n, int cut)
{
	char *l = sdc_xstrdup(customers.c[idx].words), *t, *save = NULL;
	size_t k = 0;
	int fit = 1;

	for (t = strtok_r(l, " ", &save); t && fit; t = strtok_r(NULL, " ",
	    &save)) {
		if (has_word(w, t))
			continue;
		fit = (k < n && t[0] == in[k] && t[1] != '\0' &&
		    alpha_word(t)) || (cut && k >= n);
		k++;
	}
	free(l);
	return fit && k >= n;
}

/* The typed name ends with a letter alone, no dot after it: a word cut
 * short as likely as an initial. */
static int
ends_cut(const char *guess)
{
	size_t n = strlen(guess);

	while (n && guess[n - 1] == ' ')
		n--;
	return n >= 2 && ((unsigned char)guess[n - 1] & 0x80) == 0 &&
	    isalpha((unsigned char)guess[n - 1]) && guess[n - 2] == ' ';
}

/* The Latin faculty after a German doctor's "Dr." ("Dr. med.", "Dr.
 * med. dent.", "Dr. phil.", "Dr. rer. nat.", "Dr. iur."; Wikipedia
 * "Doktor", "Doctor (title)"): part of the title, left off with it. */
#define FACULTIES "med dent vet phil rer nat pol oec iur jur techn sc"

/* A word of the person a practice is named after, left off before the
 * surname: a title, its faculty, or a given name some contact has. */
static int
person_part(const char *w)
{
	return sdc_person_title(w) || has_word(FACULTIES, w) ||
	    sdc_owners_one(given, w) != SDC_OWNER_NONE;
}

/* A word of the legal form after the name ("bv", "gmbh", the "m b h"
 * of "m.b.H."). */
static int
form_part(const char *w)
{
	return sdc_name_is_drop(names, w) || is_form(&customers, w) ||
	    w[1] == '\0';
}

/* The n words at t are titles and their faculties ("dr med"). */
static int
titles_only(char **t, size_t n)
{
	while (n > 0 && (sdc_person_title(t[n - 1]) ||
	    has_word(FACULTIES, t[n - 1])))
		n--;
	return n == 0;
}

/* The n words at t, after a surname, are its legal form or none: the
 * surname ends the name, as a person's ends a practice's ("Zahnarztpraxis
 * Dr. Christoph Lüthi"), where a given name after the surname would not
 * ("Gotou Hiroshi Houritsu Jimusho"). */
static int
ends_name(char **t, size_t n)
{
	while (n > 0 && form_part(t[n - 1]))
		n--;
	return n == 0;
}

/* ... or its second surname typed first, as Spain's and Portugal's
 * people have two ("Notaría Casas Tarrés" for Notaría Jaume Casas
 * Tarrés): a word typed (in w) that is a known surname. */
static int
ends_surnames(const char *w, char **t, size_t n)
{
	if (n > 0 && has_word(w, t[0]) &&
	    (sdc_person_name_kind(t[0]) & SDC_NAME_SURNAME))
		return ends_name(t + 1, n - 1);
	return ends_name(t, n);
}

/* The words of the customer at idx not typed (words w) are what a
 * partnership or a practice is typed without: after a typed word, "and"
 * and the other partner's one to three words ("Hermans Advocaten" for
 * Hermans & Mertens Advocaten CV, "Notariat Vogt" for Notariat Vogt &
 * Stucki); titles and given names before a typed surname ("Zahnarztpraxis
 * Dr. Lüthi" for Zahnarztpraxis Dr. Christoph Lüthi, "Praxis Christoph
 * Rüegg" for Praxis Dr. med. Christoph Rüegg); the legal form last. */
static int
cut_fit(size_t idx, const char *w)
{
	struct sdc_buf b = SDC_BUF_INIT;
	const char *s;
	char *l, **t, *save = NULL;
	size_t m = 0, i = 0, j, left = 0;	/* words left off but the form */
	int seen = 0, fit = 1, partner = 0;

	for (s = customers.c[idx].name; *s; s++)	/* "&" is an "and" */
		if (*s == '&' || *s == '+')
			sdc_buf_adds(&b, " and ");
		else
			sdc_buf_addc(&b, *s);
	sdc_buf_addc(&b, '\0');
	l = sdc_name_words(names, b.p);
	t = sdc_xmalloc((strlen(l) / 2 + 2) * sizeof(*t));
	for (s = strtok_r(l, " ", &save); s; s = strtok_r(NULL, " ", &save))
		t[m++] = (char *)s;
	while (i < m && fit) {
		if (has_word(w, t[i])) {
			seen = 1;
			i++;
			continue;
		}
		j = i + 1;
		if (seen && sdc_nev_and(t[i])) {	/* the other partner */
			while (j < m && j - i <= 3 && !has_word(w, t[j]))
				j++;
			fit = j > i + 1;
			partner = 1;
			left += j - i;
		} else {	/* the person, before its surname */
			for (j = i; j < m && !has_word(w, t[j]) &&
			    person_part(t[j]); j++)
				;
			fit = seen && j > i && j < m && has_word(w, t[j]) &&
			    (titles_only(t + i, j - i) || ends_surnames(w,
			    t + j + 1, m - j - 1));
			left += fit ? j - i : 0;
			if (!fit && seen) {	/* or the form, last */
				for (j = i; j < m && form_part(t[j]); j++)
					;
				fit = j == m;
			}
		}
		i = j;
	}
	free(t);
	free(l);
	sdc_buf_free(&b);
	fit = fit && seen && left > 0 && same_order(w, customers.c[idx].words) &&
	    (!partner || form_part(last_word(w)));
	return fit;
}

/* A given name typed as its initial beside the surname and the rest of
 * a name ("ET G. Zhekov", "Notarius I. Ivanov", "Advokatska kancelarija
 * S. Nikolic Nis"), as names are written in the East and in lists: the
 * one customer holding every other typed word whose words besides them
 * are given names those initials begin, in order, links; none when two
 * are ("Birou Notarial Rusu V." for Rusu Victor or Rusu Vasile).  With
 * no initial, a partnership or a practice typed without a partner or its
 * person's given name (cut_fit) links when that customer is the only one
 * holding the typed words.  Two typed words besides the initials at
 * least: a person's name alone is no business's. */
void
by_initial(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	char *w, *t, *save = NULL, in[4];
	struct sdc_buf rest = SDC_BUF_INIT;
	size_t ids[INITIAL_HOLDERS], k = 0, n = 0, others = 0, i, fit = 0;
	size_t held = 0;
	long x = -1, y = -1;
	int cut;

	if (p != &customers)	/* contacts' pools: asked on every miss */
		return;
	w = sdc_name_words(names, guess);
	cut = ends_cut(guess);
	for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save))
		if (t[1] == '\0' && t[0] >= 'a' && t[0] <= 'z' && n <
		    sizeof(in))
			in[n++] = t[0];
		else {
			sdc_buf_printf(&rest, "%s%s", rest.len ? " " : "", t);
			others++;
		}
	sdc_buf_addc(&rest, '\0');
	if (n <= INITIALS_MAX && others >= 2)
		k = sdc_nev_holders(p->ev, rest.p, ids, INITIAL_HOLDERS);
	for (i = 0; k <= INITIAL_HOLDERS && i < k && fit < 2; i++) {
		size_t c = cand_of(p, ids[i]);

		if ((long)c != y) {
			y = (long)c;
			held++;
		}
		if ((long)c != x && (n > 0 ? initials_fit(c, rest.p, in, n,
		    cut) : cut_fit(c, rest.p))) {
			x = (long)c;
			fit++;
		}
	}
	if (fit == 1 && k <= INITIAL_HOLDERS && (n > 0 || held == 1) &&
	    same_name(p, (size_t)x) == 1) {
		link_to(d, (size_t)x, "weighted", fuzz_score(p, norm,
		    (size_t)x));
		d->conf = (int)(100 * link_th + 0.5);
		d->ask = 0;
		snprintf(d->extra, sizeof(d->extra), n > 0 ? ",initial" :
		    ",cut");
	}
	sdc_buf_free(&rest);
	free(w);
}
