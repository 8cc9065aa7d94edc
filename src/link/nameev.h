/* nameev - weighted name evidence: how well a typed name fits each
 * customer, word by word, each word weighted by its rarity.
 *
 *	struct sdc_nev *e = sdc_nev_new(nm);
 *	sdc_nev_abbrev(e, "mgmt", "management");	// more than the defaults
 *	sdc_nev_add(e, "keystone financial group");	// ids 0, 1, ...
 *	sdc_nev_finish(e);
 *	n = sdc_nev_query(e, "keystone fin grp", 0.5, hits, 10);
 *
 * Words are the normalised words of names.h (drop words kept; they weigh
 * nothing).  A word weighs its IDF over the customer list, ln((N+1) /
 * (df+0.5)): "keystone" counts more than "services".  A typed word meets
 * a customer's word exactly, as a listed abbreviation ("mgmt"), as two
 * words run together ("healthgroup"), as the initials of a run of words
 * ("hg"), with typos (1 edit from 4 letters, 2 from 8), with an inflection
 * ending more or less ("eriksson" for "erikssons"), as a prefix ("fin",
 * or the last word of a name cut off), or as a contraction ("hldgs").
 * The score is the matched weight (times the quality of each match) over
 * the customer's weight plus the weight of the typed words nothing
 * matched; words after a cut-off last word are excused.  1.0 is a perfect
 * match; a typed name that names something else scores low. */
#ifndef SDC_NAMEEV_H
#define SDC_NAMEEV_H

#include <stddef.h>

#include "names.h"

/* How a name matched (bits of sdc_nev_hit.how). */
enum {
	SDC_NEV_EXACT = 1, SDC_NEV_ABBREV = 2, SDC_NEV_COMPOUND = 4,
	SDC_NEV_ACRONYM = 8, SDC_NEV_TYPO = 16, SDC_NEV_PREFIX = 32,
	SDC_NEV_CONTRACTION = 64, SDC_NEV_CUT = 128,
	SDC_NEV_ENDING = 1024,	/* a word with an inflection ending more or
				 * less ("Erikssons" for "Eriksson") */
	SDC_NEV_AND = 2048,	/* "and" in another language, or left out
				 * ("Kubiak a Syn", "Vlček partneři") */
	SDC_NEV_LAYOUT = 4096,	/* typed on a national keyboard set to US
				 * ("Daňov8 kancel85"), by sdc-link */
	SDC_NEV_TRANSLIT = 8192,	/* in another romanisation ("Tokkyo
					 * Zimusyo"), by sdc-link */
	SDC_NEV_SPELLING = 16384,	/* in another spelling of the word
					 * (sdc_nev_spelling: "Centre" for
					 * "Center") */
	SDC_NEV_TRANSLATED = 32768,	/* a kind's word in another language
					 * (sdc_nev_translation: "Pharmacie"
					 * for "Pharmacy"), with
					 * SDC_NEV_ABBREV */
	/* set by sdc-link's readings of the typed name, not by a query: */
	SDC_NEV_SITE = 256,	/* the name before a site written after it */
	SDC_NEV_GLUED = 512	/* an address's label, words run together */
};

struct sdc_nev_hit {
	size_t id;
	double score;		/* 0..1 */
	unsigned how;
	unsigned missed;	/* typed words nothing in it matched */
	unsigned left;		/* its words of weight not typed (not a soft
				 * tail, not after a cut) */
	int left_after;		/* ... all after the typed words: the typed
				 * name may be it cut short */
	int left_before;	/* ... all before them: the typed name may
				 * be its end ("Van Vliet" of "Timmerbedrijf
				 * Van Vliet") */
	unsigned slips;		/* typed words read with a typo */
	unsigned titled;	/* its titles left untyped ("Dr" of
				 * "Cabinet Dentaire Dr Roussel") */
	unsigned led;		/* its descriptors left untyped ("Cabinet
				 * Dentaire" of "Cabinet Dentaire Lefebvre &
				 * Duval") */
	double sure_w;		/* the heaviest word of it typed as it is */
};

struct sdc_nev;

struct sdc_nev *sdc_nev_new(const struct sdc_names *nm);
void sdc_nev_free(struct sdc_nev *e);
/* An abbreviation and what it stands for (normalised, one word each);
 * the defaults are sdc_nev_default_abbrev. */
void sdc_nev_abbrev(struct sdc_nev *e, const char *abbr, const char *word);
/* ... a word of another language read as a candidate's word as an
 * abbreviation is, but that finds no candidates: a kind's generic word
 * ("pharmacie" for "apotheke") is in thousands of names, and the name's
 * distinctive word finds the one it is typed for. */
void sdc_nev_translation(struct sdc_nev *e, const char *word,
    const char *theirs);
/* A word's other spelling (normalised, one word each: "centre" of
 * "center"), read as an abbreviation is (0.95) and told apart from one
 * (SDC_NEV_SPELLING): a customer that has the word as typed is nearer. */
void sdc_nev_spelling(struct sdc_nev *e, const char *word, const char *other);
/* A given name's nickname (normalised, one word each: "mike" of
 * "michael"), read both ways as another spelling is (0.95,
 * SDC_NEV_SPELLING), but only as a given name: where the candidate's
 * name has it before the word typed after it (its surname), first or
 * after "of", "and" or a title.  It finds no candidates. */
void sdc_nev_nickname(struct sdc_nev *e, const char *nick, const char *given);
extern const char *const sdc_nev_default_abbrev[][2];
/* A candidate's words; returns its id (0, 1, ... in order). */
size_t sdc_nev_add(struct sdc_nev *e, const char *words);
/* Weights and indexes, once every candidate is in. */
void sdc_nev_finish(struct sdc_nev *e);

/* The k best candidates scoring >= floor against the typed words, best
 * first (ties by id); the candidate filter reads only the postings of the
 * heaviest words, enough that a candidate outside them cannot reach
 * floor.  hits needs room for k. */
size_t sdc_nev_query(struct sdc_nev *e, const char *words, double floor,
    struct sdc_nev_hit *hits, size_t k);
/* Whether some candidate scores >= floor against the typed words
 * (sdc_nev_query() finds one): cheaper, as it stops at the first. */
int sdc_nev_reaches(struct sdc_nev *e, const char *words, double floor);
/* One candidate's score (for one found by other evidence). */
double sdc_nev_score(struct sdc_nev *e, const char *words, size_t id,
    unsigned *how);
/* ... and how many of its words of weight were not typed (as
 * sdc_nev_hit.left). */
double sdc_nev_score_left(struct sdc_nev *e, const char *words, size_t id,
    unsigned *how, unsigned *left);

/* ... all of it, as a hit of the query. */
double sdc_nev_score_hit(struct sdc_nev *e, const char *words, size_t id,
    struct sdc_nev_hit *hit);

/* The share (0..1) of the typed words' weight that is words some
 * candidate has: 0 for a name made of words no customer uses
 * ("ACMEPLUMB01"), which says nothing against any candidate. */
double sdc_nev_known(struct sdc_nev *e, const char *words);

/* The typed words' weight (their rarity), and into *per_name the weight
 * of a word one candidate alone has, ln(N + 1). */
double sdc_nev_weight(struct sdc_nev *e, const char *words, double *per_name);

/* 1 when the word is "and" in a language whose names are read ("und",
 * "et", "dan"; "&" is read as "and"). */
int sdc_nev_and(const char *w);

/* The candidates whose words hold every typed word (read as a query
 * reads them), found through the heaviest typed word, which must be a
 * word of theirs: up to k ids into ids; returns their number, more than
 * k when there are more, or when the heaviest typed word is no
 * candidate's or too common to look through (no proof either way). */
size_t sdc_nev_holders(struct sdc_nev *e, const char *words, size_t *ids,
    size_t k);
/* Every candidate that matches every typed word and scores >= floor,
 * up to k into hits (in no order): whatever its k, each hit of
 * sdc_nev_query() at floor that missed no word is among them.  Found
 * through the postings of a typed word that meets its own word only;
 * returns their number, more than k when there are more, or when no
 * typed word is such or its postings are too many to look through (no
 * proof either way). */
size_t sdc_nev_matching(struct sdc_nev *e, const char *words, double floor,
    struct sdc_nev_hit *hits, size_t k);

/* How many names hold the word (one typed word, as spelt; no typo or
 * abbreviation read): 0 for a word no customer has. */
size_t sdc_nev_names_with(const struct sdc_nev *e, const char *word);

/* ... as spelt or less an inflection ending ("lindkvist" of
 * "lindkvistin"): how many names hold the form most held, that form
 * into form (size bytes); 0 for none. */
size_t sdc_nev_held_form(const struct sdc_nev *e, const char *word,
    char *form, size_t size);

/* 1 when word is one a business may leave off its name ("group",
 * "holdings", "uk"). */
int sdc_nev_soft(const char *word);

/* 1 when the words a and b are one slip apart at most (a letter
 * dropped, added, changed or two swapped), as typos are read. */
int sdc_nev_one_slip(const char *a, const char *b);

/* Typed words run together split into customers' words, the fewest
 * ("horvathcareservices" -> "horvath care services", an address's label):
 * each word of 6 letters or more that is no customer's word and splits
 * into two or more that are.  A new string. */
char *sdc_nev_unglue(const struct sdc_nev *e, const char *words);

/* Typed words that written together are a customer's word, joined
 * ("stadt verwaltung" -> "stadtverwaltung", "north west" ->
 * "northwest"; up to three): a new string. */
char *sdc_nev_rejoin(const struct sdc_nev *e, const char *words);

#endif
