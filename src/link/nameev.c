/* nameev - weighted name evidence (see nameev.h). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "nameev.h"
#include "names.h"
#include "person.h"

#define MAXW 64		/* words of a name that are looked at */
#define MAXLEN 64	/* letters of a word that typos are looked for in */
#define PREFIX_MAX 64
#define CONTRACT_MAX 16	/* words a contraction may stand for, at most */
/* A typed word that is some other customer's word, unmatched, says
 * "another business" louder than a candidate word left untyped: it counts
 * this many times. */
#define UNMATCHED 2.0
/* Typed words whose single() readings are remembered per query: a name
 * typed in VNI or with its syllables split ("co 6 ng ty tnhh d 9 ie 65
 * n tu 73 kim vinh") has 14 and thousands of candidates at 50,000
 * customers; past the 8th, single() was asked afresh for every word of
 * every candidate (2.9M calls in 2,000 names of gen-link-blind31, 0.9M
 * at 16). */
#define MEMO_WORDS 16
/* Typed words are looked up while those left could bring a candidate to
 * this share of the floor. */
#define LOOKUP_REST 0.2
/* Candidates' states are fetched this many postings ahead: at 50,000
 * customers the state array (3 MB) outgrows the L2 cache, and a posting
 * list walks it in rising order with gaps the hardware does not guess. */
#define AHEAD 8
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p, rw) __builtin_prefetch((p), (rw))
#else
#define PREFETCH(p, rw) ((void)(p))
#endif
/* Holders of a word looked through at most (sdc_nev_holders). */
#define HOLDERS_MAX 4096
/* Typed names whose scores are kept (the last queried). */
#define SKEYS 16

/* A candidate's score for the typed words of gen (sdc_nev.skey): exact,
 * or at most s (and missed: a typed word nothing in it matched). */
struct scache {
	double s, sure;
	uint32_t gen;
	uint16_t how, cnt[7];
	unsigned char exact, missed;
};

/* How typed word i reads vocabulary word v, for the query of gen. */
struct wmemo {
	uint32_t gen;
	float q;
	unsigned short how;
};	/* words a prefix may stand for before it says nothing */

/* The business abbreviations readers expand without thinking; the config
 * adds more (link.abbreviations). */
const char *const sdc_nev_default_abbrev[][2] = {
	{ "mgmt", "management" }, { "mgt", "management" },
	{ "svc", "services" }, { "svcs", "services" }, { "srvc", "services" },
	{ "svc", "service" }, { "assoc", "associates" },
	{ "assocs", "associates" }, { "assn", "association" },
	{ "assoc", "association" }, { "intl", "international" },
	{ "natl", "national" }, { "ctr", "center" }, { "cntr", "center" },
	{ "ctr", "centre" }, { "dist", "distributors" },
	{ "dist", "distribution" }, { "mfg", "manufacturing" },
	{ "bros", "brothers" }, { "med", "medical" }, { "grp", "group" },
	{ "fin", "financial" }, { "ins", "insurance" }, { "prop", "property" },
	{ "props", "properties" }, { "hldgs", "holdings" },
	{ "hldg", "holdings" }, { "dev", "development" },
	{ "const", "construction" }, { "constr", "construction" },
	{ "eng", "engineering" }, { "engr", "engineering" },
	{ "acctg", "accounting" }, { "acct", "accounting" },
	{ "tech", "technology" }, { "tech", "technologies" },
	{ "techs", "technologies" }, { "sys", "systems" },
	{ "solns", "solutions" }, { "univ", "university" },
	{ "hosp", "hospital" }, { "vet", "veterinary" },
	{ "chiro", "chiropractic" }, { "ortho", "orthodontics" },
	{ "peds", "pediatrics" }, { "pharm", "pharmacy" },
	{ "mktg", "marketing" }, { "comm", "communications" },
	{ "comms", "communications" }, { "ent", "enterprises" },
	{ "env", "environmental" }, { "elec", "electric" },
	{ "elec", "electrical" }, { "plbg", "plumbing" },
	{ "htg", "heating" }, { "clg", "cooling" }, { "agcy", "agency" },
	{ "sup", "supply" }, { "consult", "consulting" },
	{ "ther", "therapy" }, { "dent", "dental" }, { "phys", "physicians" },
	{ "invest", "investments" }, { "rlty", "realty" },
	{ "mtg", "mortgage" }, { "trans", "transportation" },
	{ "log", "logistics" }, { "auto", "automotive" },
	{ "co", "company" }, { "corp", "corporation" }, { "inc",
	"incorporated" }, { "ltd", "limited" }, { "st", "saint" },
	{ "mt", "mount" }, { "ft", "fort" }, { "n", "north" },
	{ "dr", "doctor" },	/* "Doctor Jimmy Wilson, MD": Dr. Jimmy Wilson */
	/* an address in the name ("Princes St. Surgery") */
	{ "st", "street" }, { "rd", "road" }, { "ln", "lane" },
	{ "ave", "avenue" }, { "sq", "square" },
	/* church, school, practice and trade shorthand */
	{ "fdn", "foundation" }, { "dent", "dentistry" },
	{ "presb", "presbyterian" }, { "meth", "methodist" },
	{ "bapt", "baptist" }, { "cath", "catholic" }, { "comm", "community" },
	{ "fam", "family" }, { "mech", "mechanical" }, { "sol", "solutions" },
	{ "sols", "solicitors" }, { "mtn", "mountain" },
	{ "prep", "preparatory" }, { "chr", "christian" },
	{ "acad", "academy" }, { "chtr", "charter" }, { "brew", "brewing" },
	{ "accts", "accountants" }, { "chtd", "chartered" },
	{ "devs", "developments" }, { "contr", "contractors" },
	{ "physio", "physiotherapy" }, { "surg", "surgery" },
	{ "prac", "practice" }, { "pract", "practice" }, { "sch", "school" },
	{ "schl", "school" }, { "ppty", "property" },
	{ "distrib", "distribution" }, { "manuf", "manufacturing" },
	{ "agri", "agricultural" }, { "recruit", "recruitment" },
	{ "fab", "fabrications" }, { "fabs", "fabrications" },
	{ "cncl", "council" }, { "survs", "surveyors" },
	{ "prec", "precision" }, { "engg", "engineering" },
	{ "engs", "engineers" }, { "servs", "services" },
	{ "elect", "electrical" }, { "vets", "veterinary" },
	{ "ctre", "centre" }, { "finl", "financial" },
	{ "insce", "insurance" }, { "coy", "company" },
	/* German firms' (and the tax adviser's own title, StB, as the
	 * Bundessteuerberaterkammer abbreviates Steuerberater) */
	{ "stb", "steuerberatung" }, { "rae", "rechtsanwalte" },
	{ "stb", "steuerberater" },
	{ "immo", "immobilienverwaltung" }, { "st", "sankt" },
	/* "Immo", how estate agents of German, French, Dutch and Italian
	 * write their trade short (Immobilien, immobilier, immobiliën,
	 * immobiliare: Wiktionary, "Immo"); International in the Romance
	 * languages and Indonesian and Malay, shortened as in English */
	{ "immo", "immobilien" }, { "immo", "immobilier" },
	{ "immo", "immobiliere" }, { "immo", "immobiliare" },
	{ "intl", "internacional" }, { "intl", "internasional" },
	{ "intl", "internazionale" }, { "intl", "internationale" },
	{ "kath", "katholische" }, { "ev", "evangelische" },
	{ "s", "south" }, { "e", "east" }, { "w", "west" },
	/* Spanish, Italian and French firms' */
	{ "hnos", "hermanos" }, { "hno", "hermanos" }, { "fcia", "farmacia" },
	{ "ayto", "ayuntamiento" }, { "cia", "compania" },
	{ "flli", "fratelli" },
	/* a saint's name or a town's after it, in any Romance language:
	 * "S. Paulo", "S. Vicente", "Sta. Maria", "S. Giovanni" */
	{ "s", "sao" }, { "s", "santo" }, { "s", "santa" }, { "s", "san" },
	{ "sta", "santa" }, { "sto", "santo" },
	/* Nordic clubs, schools, churches and councils (folded as the
	 * customers' words are: ö is o, ä and æ a) */
	{ "gk", "golfklubb" }, { "gk", "golfklub" },
	{ "if", "idrottsforening" }, { "if", "idraetsforening" },
	{ "if", "idrettsforening" }, { "ik", "idrottsklubb" },
	{ "tk", "tennisklubb" }, { "tk", "tennisklub" },
	{ "fk", "fotballklubb" }, { "fk", "fodboldklub" },
	{ "bk", "bollklubb" }, { "bk", "boldklub" }, { "hs", "hiihtoseura" },
	{ "fsk", "forskola" }, { "fsk", "forskolan" }, { "pk", "paivakoti" },
	{ "kn", "kommun" }, { "kn", "kommune" }, { "kom", "kommun" },
	{ "kom", "kommune" }, { "bf", "bostadsrattsforening" },
	{ "bf", "bostadsrattsforeningen" }, { "brf", "bostadsrattsforening" },
	{ "brf", "bostadsrattsforeningen" }, { "bhg", "barnehage" },
	{ "bhg", "barnehagen" }, { "srk", "seurakunta" },
	/* Turkish company titles' (Sanayi ve Ticaret, İnşaat Taahhüt,
	 * İthalat İhracat, Limited Şirketi: the trade registry's titles as
	 * firms shorten them on invoices and letterheads), folded as the
	 * customers' words are: ş is s, ı and İ are i, ü u, ğ g */
	{ "san", "sanayi" }, { "tic", "ticaret" },
	{ "ins", "insaat" }, { "paz", "pazarlama" }, { "nak", "nakliyat" },
	{ "tur", "turizm" }, { "taah", "taahhut" }, { "ith", "ithalat" },
	{ "ihr", "ihracat" }, { "mak", "makine" }, { "elk", "elektrik" },
	{ "ulus", "uluslararasi" },
	{ "tas", "tasimacilik" }, { "oto", "otomotiv" }, { "sti", "sirketi" },
	{ NULL, NULL }
};

/* Words of the legal form or the group a business may leave off when it
 * signs ("Harbour Joinery" for "Harbour Joinery Holdings Ltd"): at the
 * end of a name, left untyped or typed extra, they count this much of
 * their weight against it. */
#define SOFT 0.25
static const char *const soft_words[] = {
	"holdings", "holding", "hldgs", "group", "grp", "cic", "uk", "usa",
	"co", "sa", NULL
};

struct word {
	char *s;
	size_t len;
	char *orig;		/* a spelling before sdc_name_digraphs
				 * ("saez" of "saz"), NULL: none other */
	size_t olen;
	int soft;		/* one of soft_words */
	int lead;		/* a descriptor many names begin with
				 * (index_leads) */
	int country;		/* Vietnam's name as a subsidiary has it
				 * ("Vina", "Việt Nam": vn_country) */
	int and;		/* "and" in one of the languages read */
	int title;		/* a title where a name has it inside
				 * (title_at) */
	int listed_title;	/* a professional title (sdc_name_is_title:
				 * "dott", "maitre"), weighing nothing as a
				 * drop word does but giving its initial */
	int specialty;		/* a medical specialty
				 * (sdc_name_is_specialty) */
	size_t tail;		/* where its last part, a customer's word
				 * too, begins ("grundschule": 5); 0: none */
	double w;
	uint32_t *post, npost, cap;	/* candidates holding it */
};

struct cstate {
	double acc;		/* weight of the typed words found in it */
	double acck;		/* ... of the sure ones (known words) */
	double accm, lastv;	/* ... of its words they may match: a typo
				 * typed weighs more than the word it
				 * stands for */
	double weight, maxw;	/* its words' weight; the heaviest one's */
	double soft;		/* what its soft tail may save */
	uint32_t stamp, wstamp;	/* found by this query, this typed word */
};

/* A query and its hits (query_top): sdc-link asks the same words at the
 * same floor again for one name - its sites, namesakes and readings each
 * ask its head or its whole name anew - and for the next names typed
 * with the same head: 301 of gen-link-blind24's 1,965 queries at 5,000
 * customers, 215 within 16 queries of the last, 271 within 256.  At
 * 50,000 customers a query costs three times as much. */
#define QMEMO 256

struct qmemo {
	uint64_t h;		/* the words' hash */
	char *words;		/* NULL: empty */
	double floor;
	size_t k, n;
	int any;
	struct sdc_nev_hit *hits;	/* the first n, k at most */
};

struct sdc_nev {
	const struct sdc_names *nm;
	struct word *v;
	size_t nv, cv;
	struct sdc_hmap byword;		/* word -> vocabulary id */
	struct sdc_hmap dels;		/* word, and it less one letter -> id */
	struct word pairs[26 * 26];	/* candidates by initials of adjacent
					 * words (only s and post used) */
	struct word tails[26 * 26];	/* ... of a compound's parts
					 * (index_tails) */
	struct word *cw;		/* two adjacent words joined */
	size_t ncw, ccw;
	struct sdc_hmap compounds;	/* their spelling -> index into cw */
	struct sdc_hmap byabbr;		/* abbreviation -> index into ab */
	struct sdc_hmap bysurstem;	/* a word less a surname's ending
					 * (sur_endings) -> vocabulary id */
	struct sdc_hmap byfull;		/* what it stands for -> index into
					 * ab: a name that abbreviates what is
					 * typed in full ("St." for Sankt) */
	struct { char *a, *w; int finds, nick; unsigned how; } *ab;
	struct sdc_hmap bypair;		/* abbreviation and word -> index
					 * into ab: a kind's word has dozens
					 * of translations to look through */
	size_t nab, cab;
	uint32_t *sorted;		/* vocabulary by spelling, for prefixes */
	uint32_t *ctok;			/* candidates' words, back to back */
	char *cfirst;			/* ... and each one's first letter */
	uint32_t *cletters;		/* ... and the letters a-z its words
					 * begin with, a bit apiece, made at
					 * the first found_initials() or
					 * lettered_needs() */
	/* the candidate score() reads: its words' places by first letter,
	 * those of a letter stamped lgen (letters_of) */
	uint64_t lpos[256];
	uint32_t lstamp[256], lgen;
	int member;			/* only the found ones matter now
					 * (beside lgen: the struct is no
					 * bigger for cletters) */
	size_t nctok, cctok, *coff, n, coffcap;
	/* what a query reads and writes of each candidate, one cache line
	 * apiece: at 50,000 customers separate arrays cost a cache miss
	 * each (callgrind: 9x the L1 misses of 5,000 for 2.2x the
	 * instructions) */
	struct cstate *cs;
	void *cs_raw;
	unsigned char *ctail;		/* soft_tail() of each candidate */
	unsigned char *chead;		/* lead_run() of each candidate */
	unsigned char *cvn;		/* ... 1 when a Vietnamese legal form
					 * begins it (vn_form_run) */
	uint32_t gen;			/* this query (cs.stamp) */
	uint32_t wgen;			/* ... and typed word (cs.wstamp) */
	double wcur;			/* weight of the typed word looked up */

	double kcur;			/* its weight when it is sure, else 0 */
	double vcur;			/* ... of its words they may match: a
					 * typo typed weighs more than the
					 * word it stands for */
	size_t wadds;			/* candidates the current word found */
	uint64_t *fbit;			/* found by this query, a bit apiece:
					 * 6 KB at 50,000, in the L1 cache */
	uint32_t *found;
	uint32_t *queue;		/* found candidates worth scoring, by bound */
	float *qbound;
	size_t nfound;
	struct wmemo *wm[MEMO_WORDS];	/* single(), per typed word */
	struct tfacts *tf;		/* typed words' own facts, from
					 * sdc_nev_finish on (word_own) */
	struct qmemo qm[QMEMO];		/* the last queries (query_top) */
	size_t qnext;			/* ... the one to replace next */
	/* for read_free(), made at its first call: per vocabulary word its
	 * length (READ_ANY: any, or a short one spelt otherwise before
	 * folding) and the bytes it has, a bit apiece by their low six;
	 * per candidate, the free typed words that may read one of its
	 * words, a bit apiece (0 outside a query) */
	unsigned char *vlen;
	uint64_t *vsig;
	unsigned char *fread;
	double unknown_w;
	/* Scores of the typed words queried last, per candidate: sdc-link
	 * asks of one name at several floors (0.5, then 0.3 for a group's
	 * sites, 0.25 for initials), and at 50,000 customers common words
	 * bring thousands of candidates to each. */
	struct scache *sc;
	struct { char *words; uint32_t gen; } skey[SKEYS];
	uint32_t sgen;			/* the last gen handed out */
	uint32_t scur;			/* ... the current words' */
};

/* The typed words of a query. */
struct qword {
	const char *s;
	size_t len;
	const char *f;		/* as the customers' words are spelt
				 * (sdc_name_digraphs): for words run
				 * together */
	size_t flen;
	long vid;		/* in the vocabulary, or -1 */
	double w;
	int last;		/* the last typed word: may be cut short */
	int soft;		/* a soft word after the typed name's core */
	int initials;		/* initials_like(): asked per candidate word */
	int and;		/* and_word() */
	size_t slot;		/* its place in the name, for the memo */
	/* what it may read as besides itself (query_readings), so that
	 * score() asks a candidate's words only what may hold: */
	int abbr;		/* an abbreviation, or what one stands for */
	int nick;		/* a given name or nickname (given_fits) */
	int join;		/* two words of a name written together */
	int ending;		/* a customer's word with an inflection ending
				 * more or less (ending_forms) */
	int plain;		/* none of these: it meets its own word only */
	int lettered;		/* known, no abbreviation, no "and": every
				 * reading but itself begins with its first
				 * letter (match_word) */
	int pkind;		/* sdc_person_name_kind(), asked once */
	int half;		/* of a name of two words or one */
	int dot;		/* typed with a dot after it (read_words):
				 * shortened by the typist's own mark, so
				 * cut or contracted though some customer
				 * has it as typed ("Clín.", "Abogs.") */
	long next;		/* the typed word after it in the vocabulary,
				 * or -1: a nickname's surname (given_fits) */
};

struct query {
	char *buf, *fbuf;
	struct qword t[MAXW];
	size_t n, order[MAXW];	/* heaviest first */
	/* the best quality a reading of order[k..] may have (reads_up_to) */
	double rest[MAXW + 1];
	int lettered;		/* some word lettered and not plain */
};

static uint64_t
hmem(const char *s, size_t n)
{
	return sdc_hash(s, n);
}

/* What a typed word's own spelling decides of its query words (qword):
 * kept per vocabulary from sdc_nev_finish on, when its words and
 * abbreviations are whole.  sdc-link queries a name many times over - at
 * each floor, for its sites, readings, namesakes and holders - and
 * working out its words' endings, person kinds and abbreviations anew
 * each time was a fifth of its instructions per name (gen-link-blind24
 * at 5,000 customers: 645M of 3,140M in query_init). */
struct tfact {
	char *s;		/* the word typed, less its dot */
	size_t len;
	long vid;
	int pkind;
	int drop;		/* unknown, and a drop word or a slip of one */
	int own;		/* vid, pkind and drop are known */
	int readings;		/* abbr, nick and join below are known */
	int abbr, nick, join;
	int ending[2];		/* as a word not last, last; -1 not asked */
};

#define TFACTS_MAX 4096	/* words kept before it starts afresh */

struct tfacts {
	struct sdc_hmap by;	/* the word's hash -> its row */
	struct tfact *f;
	size_t n, cap;
};

static void
tfacts_clear(struct tfacts *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		free(m->f[i].s);
	sdc_hmap_free(&m->by);
	m->n = 0;
}

static void
tfacts_free(struct tfacts *m)
{
	if (m == NULL)
		return;
	tfacts_clear(m);
	free(m->f);
	free(m);
}

struct sdc_nev *
sdc_nev_new(const struct sdc_names *nm)
{
	struct sdc_nev *e = sdc_xcalloc(1, sizeof(*e));
	size_t i;

	e->nm = nm;
	e->coffcap = 64;
	e->coff = sdc_xcalloc(e->coffcap, sizeof(*e->coff));
	for (i = 0; sdc_nev_default_abbrev[i][0]; i++)
		sdc_nev_abbrev(e, sdc_nev_default_abbrev[i][0],
		    sdc_nev_default_abbrev[i][1]);
	return e;
}

void
sdc_nev_free(struct sdc_nev *e)
{
	size_t i;

	if (e == NULL)
		return;
	for (i = 0; i < e->nv; i++) {
		free(e->v[i].s);
		free(e->v[i].orig);
		free(e->v[i].post);
	}
	for (i = 0; i < e->nab; i++) {
		free(e->ab[i].a);
		free(e->ab[i].w);
	}
	sdc_hmap_free(&e->byword);
	sdc_hmap_free(&e->dels);
	for (i = 0; i < 26 * 26; i++) {
		free(e->pairs[i].post);
		free(e->tails[i].post);
	}
	for (i = 0; i < e->ncw; i++) {
		free(e->cw[i].s);
		free(e->cw[i].post);
	}
	free(e->cw);
	sdc_hmap_free(&e->compounds);
	sdc_hmap_free(&e->byabbr);
	sdc_hmap_free(&e->bysurstem);
	sdc_hmap_free(&e->bypair);
	sdc_hmap_free(&e->byfull);
	free(e->v);
	free(e->ab);
	free(e->sorted);
	free(e->ctok);
	free(e->cfirst);
	free(e->cletters);
	free(e->coff);
	free(e->cs_raw);
	free(e->ctail);
	free(e->chead);
	free(e->cvn);
	free(e->found);
	free(e->fbit);
	free(e->queue);
	free(e->qbound);
	free(e->vlen);
	free(e->vsig);
	free(e->fread);
	for (i = 0; i < MEMO_WORDS; i++)
		free(e->wm[i]);
	tfacts_free(e->tf);
	for (i = 0; i < QMEMO; i++) {
		free(e->qm[i].words);
		free(e->qm[i].hits);
	}
	free(e->sc);
	for (i = 0; i < SKEYS; i++)
		free(e->skey[i].words);
	free(e);
}

static uint64_t
pair_hash(const char *a, const char *w)
{
	const char *s[2] = { a, w };

	return sdc_hash_strs(s, 2);
}

/* An abbreviation a that stands for word w (as the customers' words are
 * spelt), a nickname's pair (nick) or not: how it reads (SDC_NEV_ABBREV,
 * SDC_NEV_SPELLING), 0 for none.  A nickname's reads a given name only
 * (given_fits), never where single() reads a word alone. */
static unsigned
is_pair(const struct sdc_nev *e, const char *a, const char *w, int nick)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&e->bypair, pair_hash(a, w), &it, &v))
		if (e->ab[v].nick == nick && strcmp(e->ab[v].a, a) == 0 &&
		    strcmp(e->ab[v].w, w) == 0)
			return e->ab[v].how;
	return 0;
}

static void
abbrev_add(struct sdc_nev *e, const char *abbr, const char *word, int finds,
    unsigned how)
{
	e->ab = sdc_grow(e->ab, &e->cab, e->nab + 1, sizeof(*e->ab));
	e->ab[e->nab].finds = finds;
	e->ab[e->nab].nick = 0;
	e->ab[e->nab].how = how;
	e->ab[e->nab].a = sdc_xstrdup(abbr);
	e->ab[e->nab].w = sdc_xstrdup(word);	/* as the customers' words */
	sdc_name_digraphs(e->ab[e->nab].w);
	sdc_hmap_put(&e->byfull, hmem(e->ab[e->nab].w,
	    strlen(e->ab[e->nab].w)), (uint32_t)e->nab);
	sdc_hmap_put(&e->bypair, pair_hash(abbr, e->ab[e->nab].w),
	    (uint32_t)e->nab);
	sdc_hmap_put(&e->byabbr, hmem(abbr, strlen(abbr)), (uint32_t)e->nab++);
}

void
sdc_nev_abbrev(struct sdc_nev *e, const char *abbr, const char *word)
{
	abbrev_add(e, abbr, word, 1, SDC_NEV_ABBREV);
}

void
sdc_nev_translation(struct sdc_nev *e, const char *word, const char *theirs)
{
	abbrev_add(e, word, theirs, 0, SDC_NEV_ABBREV | SDC_NEV_TRANSLATED);
}

void
sdc_nev_spelling(struct sdc_nev *e, const char *word, const char *other)
{
	abbrev_add(e, word, other, 1, SDC_NEV_SPELLING);
}

/* Both ways, finding no candidates as a translation does: the surname
 * after the given name finds them. */
void
sdc_nev_nickname(struct sdc_nev *e, const char *nick, const char *given)
{
	abbrev_add(e, nick, given, 0, SDC_NEV_ABBREV);
	e->ab[e->nab - 1].nick = 1;
	abbrev_add(e, given, nick, 0, SDC_NEV_ABBREV);
	e->ab[e->nab - 1].nick = 1;
}

static long
word_find(const struct sdc_nev *e, const char *s, size_t len)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&e->byword, hmem(s, len), &it, &v))
		if (e->v[v].len == len && memcmp(e->v[v].s, s, len) == 0)
			return (long)v;
	return -1;
}

/* The customers' word the typed one is in another spelling of its
 * letters ("jaeger" for Jäger, "cuyk" for Cuijk: sdc_name_digraphs), or
 * -1.  The customers' words are kept so spelt (word_intern); a typed
 * word keeps its own letters for the typo reading: "softwrae" is one
 * slip from "software", two from "softwr". */
static long
word_find_folded(const struct sdc_nev *e, const char *s, size_t len)
{
	char *f = sdc_xstrndup(s, len);
	long v;

	sdc_name_digraphs(f);
	v = word_find(e, f, strlen(f));
	free(f);
	return v;
}

/* The first spelling of w that sdc_name_digraphs changed ("saez" of
 * "saz"): a word it left under four letters has no typo reading of its
 * own, so its typos are read on that spelling ("sawz" for Sáez). */
static void
keep_orig(struct word *w, const char *typed, size_t tlen)
{
	if (w->orig == NULL && (tlen != w->len ||
	    memcmp(typed, w->s, tlen) != 0)) {
		w->orig = sdc_xstrndup(typed, tlen);
		w->olen = tlen;
	}
}

/* A customer's word, one for all its spellings (sdc_name_digraphs). */
static uint32_t
word_intern(struct sdc_nev *e, const char *typed, size_t tlen)
{
	char *f = sdc_xstrndup(typed, tlen);
	const char *s = f;
	size_t len;
	long id;

	sdc_name_digraphs(f);
	len = strlen(f);
	if ((id = word_find(e, s, len)) >= 0) {
		keep_orig(&e->v[id], typed, tlen);
		free(f);
		return (uint32_t)id;
	}
	if (e->nv == e->cv) {
		e->cv = e->cv ? 2 * e->cv : 256;
		e->v = sdc_xrealloc(e->v, e->cv * sizeof(*e->v));
	}
	memset(&e->v[e->nv], 0, sizeof(e->v[e->nv]));
	e->v[e->nv].s = sdc_xstrndup(s, len);
	e->v[e->nv].len = len;
	keep_orig(&e->v[e->nv], typed, tlen);
	sdc_hmap_put(&e->byword, hmem(s, len), (uint32_t)e->nv);
	free(f);
	return (uint32_t)e->nv++;
}

static void
post_add(struct word *w, uint32_t id)
{
	if (w->npost > 0 && w->post[w->npost - 1] == id)
		return;		/* a word twice in one name */
	if (w->npost == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 4;
		w->post = sdc_xrealloc(w->post, w->cap * sizeof(*w->post));
	}
	w->post[w->npost++] = id;
}

size_t
sdc_nev_add(struct sdc_nev *e, const char *words)
{
	const char *p = words;
	size_t id = e->n, nw = 0;

	if (e->n + 2 > e->coffcap) {
		e->coffcap *= 2;
		e->coff = sdc_xrealloc(e->coff, e->coffcap * sizeof(*e->coff));
	}
	while (*p && nw < MAXW) {
		size_t len = strcspn(p, " ");
		uint32_t v;

		if (len > 0) {
			v = word_intern(e, p, len);
			if (e->nctok == e->cctok) {
				e->cctok = e->cctok ? 2 * e->cctok : 1024;
				e->ctok = sdc_xrealloc(e->ctok, e->cctok *
				    sizeof(*e->ctok));
			}
			e->ctok[e->nctok++] = v;
			post_add(&e->v[v], (uint32_t)id);
			nw++;
		}
		p += len + (p[len] == ' ');
	}
	e->coff[++e->n] = e->nctok;
	return id;
}

/* qsort has no context argument: the vocabulary being sorted. */
static const struct sdc_nev *sorting;

static int
bystr(const void *a, const void *b)
{
	return strcmp(sorting->v[*(const uint32_t *)a].s,
	    sorting->v[*(const uint32_t *)b].s);
}

/* The word and each spelling of it less one letter, for typo lookup. */
static void
index_dels(struct sdc_nev *e, uint32_t id)
{
	const struct word *w = &e->v[id];
	char tmp[MAXLEN];
	size_t k;

	sdc_hmap_put(&e->dels, hmem(w->s, w->len), id);
	if (w->len < 4 || w->len > MAXLEN)
		return;
	for (k = 0; k < w->len; k++) {
		memcpy(tmp, w->s, k);
		memcpy(tmp + k, w->s + k + 1, w->len - k - 1);
		sdc_hmap_put(&e->dels, hmem(tmp, w->len - 1), id);
	}
}

static long
compound_find(const struct sdc_nev *e, const char *s, size_t len)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&e->compounds, hmem(s, len), &it, &v))
		if (e->cw[v].len == len && memcmp(e->cw[v].s, s, len) == 0)
			return (long)v;
	return -1;
}

/* Candidate c has words a and b side by side. */
static void
index_compound(struct sdc_nev *e, const struct word *a, const struct word *b,
    uint32_t c)
{
	char buf[2 * MAXLEN];
	long id;

	if (a->len + b->len > sizeof(buf))
		return;
	memcpy(buf, a->s, a->len);
	memcpy(buf + a->len, b->s, b->len);
	if ((id = compound_find(e, buf, a->len + b->len)) < 0) {
		if (e->ncw == e->ccw) {
			e->ccw = e->ccw ? 2 * e->ccw : 256;
			e->cw = sdc_xrealloc(e->cw, e->ccw * sizeof(*e->cw));
		}
		memset(&e->cw[e->ncw], 0, sizeof(*e->cw));
		e->cw[e->ncw].s = sdc_xstrndup(buf, a->len + b->len);
		e->cw[e->ncw].len = a->len + b->len;
		sdc_hmap_put(&e->compounds, hmem(buf, a->len + b->len),
		    (uint32_t)e->ncw);
		id = (long)e->ncw++;
	}
	post_add(&e->cw[id], c);
}

/* The weight below which a word of three letters or fewer is in more
 * than one name in fifty: ln(50). */
#define COMMON_SHORT 3.912
static int connector(const struct word *w);
static int and_word(const char *s, size_t len);
static int short_common(const struct word *w);
static int connector_word(const struct word *w);

static void
index_pair(struct sdc_nev *e, const struct word *a, const struct word *b,
    uint32_t c)
{
	if (a->s[0] >= 'a' && a->s[0] <= 'z' && b->s[0] >= 'a' &&
	    b->s[0] <= 'z')
		post_add(&e->pairs[26 * (a->s[0] - 'a') + (b->s[0] - 'a')], c);
}

/* Adjacent words of each candidate: their initials and their join. */
static void
index_adjacent(struct sdc_nev *e)
{
	size_t c, j;

	for (c = 0; c < e->n; c++)
		for (j = e->coff[c]; j + 1 < e->coff[c + 1]; j++) {
			const struct word *a = &e->v[e->ctok[j]],
			    *b = &e->v[e->ctok[j + 1]];
			size_t k = j + 1;

			index_pair(e, a, b, (uint32_t)c);
			/* and past connectors, as spells() reads them */
			while (k + 1 < e->coff[c + 1] && a->w > 0 &&
			    connector(&e->v[e->ctok[k]]))
				index_pair(e, a, &e->v[e->ctok[++k]], (uint32_t)c);
			index_compound(e, a, b, (uint32_t)c);
		}
}

static size_t soft_tail(const struct sdc_nev *e, const uint32_t *ct,
    size_t m);
static int alpha_only(const char *s, size_t n);

#define TAIL_MIN 4	/* letters of a compound's last part */
#define HEAD_MIN 3	/* ... of what comes before it */

/* Compounds of German and Dutch names ("Grundschule", "Steuerberater",
 * "Berufskolleg") are abbreviated by their parts' initials ("GS", "StB",
 * "BK"): a word that ends in another customer's word is such a compound,
 * indexed by the initials of its two parts beside adjacent words'. */
static void
index_tails(struct sdc_nev *e)
{
	size_t i, cut, k;

	for (i = 0; i < e->nv; i++) {
		struct word *w = &e->v[i];

		if (w->len < HEAD_MIN + TAIL_MIN || !alpha_only(w->s, w->len))
			continue;
		for (cut = HEAD_MIN; cut + TAIL_MIN <= w->len &&
		    word_find(e, w->s + cut, w->len - cut) < 0; cut++)
			;
		if (cut + TAIL_MIN > w->len)
			continue;
		w->tail = cut;
		for (k = 0; k < w->npost; k++)
			post_add(&e->tails[26 * (w->s[0] - 'a') + (w->s[cut] -
			    'a')], w->post[k]);
	}
}

static void index_leads(struct sdc_nev *e);
static int vn_country(const struct word *w);
static size_t vn_form_run(const struct sdc_nev *e, const uint32_t *ct,
    size_t m);
static size_t lead_run(const struct sdc_nev *e, const uint32_t *ct,
    size_t tail);
static int title_at(const struct sdc_nev *e, const uint32_t *ct, size_t m,
    size_t j);

/* What of its weight word j of candidate c may cost less when left
 * untyped, for the bounds: a soft tail's, a descriptor's, a title's
 * (1 - SOFT), an "and" between two words all (left_out_and). */
static double
saved(const struct sdc_nev *e, size_t c, size_t j, size_t tail)
{
	const uint32_t *ct = e->ctok + e->coff[c];
	size_t m = e->coff[c + 1] - e->coff[c];

	if (j > 0 && j + 1 < m && e->v[ct[j]].and)
		return 1;
	if (j >= tail || j < e->chead[c] || title_at(e, ct, m, j))
		return 1 - SOFT;
	return 0;
}

static void index_sur_stems(struct sdc_nev *e, uint32_t i);

/* Candidate i's soft tail, descriptors and words' weights, for the
 * bounds and score(). */
static void
cand_weights(struct sdc_nev *e, size_t i)
{
	/* no customer with a word: ctok is NULL (as in score()) */
	size_t j, tail = soft_tail(e, e->ctok ? e->ctok + e->coff[i] : NULL,
	    e->coff[i + 1] - e->coff[i]);

	e->ctail[i] = (unsigned char)tail;	/* <= MAXW */
	e->chead[i] = (unsigned char)lead_run(e, e->ctok ? e->ctok +
	    e->coff[i] : NULL, tail);
	e->cvn[i] = e->chead[i] > 0 && vn_form_run(e, e->ctok + e->coff[i],
	    tail) > 0;
	for (j = e->coff[i]; j < e->coff[i + 1]; j++) {
		double w = e->v[e->ctok[j]].w;

		e->cs[i].weight += w;
		e->cs[i].maxw = w > e->cs[i].maxw ? w : e->cs[i].maxw;
		e->cs[i].soft += saved(e, i, j - e->coff[i], tail) * w;
	}
}

void
sdc_nev_finish(struct sdc_nev *e)
{
	size_t i;

	e->unknown_w = log(((double)e->n + 1) / 0.5);
	for (i = 0; i < e->nv; i++) {
		struct word *w = &e->v[i];
		size_t k;

		for (k = 0; soft_words[k]; k++)
			w->soft |= strcmp(w->s, soft_words[k]) == 0;
		w->and = and_word(w->s, w->len);
		w->country = vn_country(w);

		w->listed_title = sdc_name_is_title(w->s);
		w->specialty = sdc_name_is_specialty(w->s);
		w->w = sdc_name_is_drop(e->nm, w->s) ? 0 :
		    log(((double)e->n + 1) / ((double)w->npost + 0.5));
		/* asked of every word of every candidate scored */
		w->title = w->len <= 2 && w->w > 0 && short_common(w) &&
		    !connector_word(w);
		index_dels(e, (uint32_t)i);
		index_sur_stems(e, (uint32_t)i);
	}
	e->sorted = sdc_xmalloc((e->nv + 1) * sizeof(*e->sorted));
	for (i = 0; i < e->nv; i++)
		e->sorted[i] = (uint32_t)i;
	sorting = e;
	qsort(e->sorted, e->nv, sizeof(*e->sorted), bystr);
	index_adjacent(e);
	index_tails(e);
	/* aligned by hand to the cache line (calloc gives 16 bytes) */
	e->cs_raw = sdc_xcalloc(e->n + 2, sizeof(*e->cs));
	e->cs = (struct cstate *)(void *)((char *)e->cs_raw +
	    (64 - (uintptr_t)e->cs_raw % 64) % 64);
	e->ctail = sdc_xmalloc(e->n + 1);
	e->chead = sdc_xmalloc(e->n + 1);
	e->cvn = sdc_xmalloc(e->n + 1);
	e->cfirst = sdc_xmalloc(e->nctok + 1);
	for (i = 0; i < e->nctok; i++)	/* no word is empty */
		e->cfirst[i] = e->v[e->ctok[i]].s[0];
	index_leads(e);
	for (i = 0; i < e->n; i++)
		cand_weights(e, i);
	e->found = sdc_xmalloc((e->n + 1) * sizeof(*e->found));
	e->fbit = sdc_xcalloc(e->n / 64 + 1, sizeof(*e->fbit));
	e->queue = sdc_xmalloc((e->n + 1) * sizeof(*e->queue));
	e->qbound = sdc_xmalloc((e->n + 1) * sizeof(*e->qbound));
	e->sc = sdc_xcalloc(e->n + 1, sizeof(*e->sc));
	e->tf = sdc_xcalloc(1, sizeof(*e->tf));
}

/* Start a query (word 0), or the next typed word of one (word 1). */
static void
next_gen(struct sdc_nev *e, int word)
{
	uint32_t *gen = word ? &e->wgen : &e->gen;
	size_t i;

	if (++*gen != 0)
		return;
	for (i = 0; i <= e->n; i++)
		*(word ? &e->cs[i].wstamp : &e->cs[i].stamp) = 0;
	*gen = 1;
}

/* A new query: the candidates seen and the memo start afresh. */
static void
new_query(struct sdc_nev *e)
{
	size_t i;

	next_gen(e, 0);
	if (e->gen == 1)	/* wrapped (or the first): old marks mean nothing */
		for (i = 0; i < MEMO_WORDS; i++)
			if (e->wm[i])
				memset(e->wm[i], 0, (e->nv + 1) *
				    sizeof(struct wmemo));
}

/* --- matching one typed word against one candidate word --- */

/* Optimal string alignment distance, or max + 1 once it exceeds max. */
static size_t
osa(const char *a, size_t n, const char *b, size_t m, size_t max)
{
	size_t d[3][MAXLEN + 1], i, j;

	if (n > MAXLEN || m > MAXLEN || (n > m ? n - m : m - n) > max)
		return max + 1;
	for (j = 0; j <= m; j++)
		d[0][j] = j;
	for (i = 1; i <= n; i++) {
		size_t *cur = d[i % 3], *prev = d[(i - 1) % 3], lo = cur[0] = i;

		for (j = 1; j <= m; j++) {
			size_t c = prev[j - 1] + (a[i - 1] != b[j - 1]);

			if (prev[j] + 1 < c)
				c = prev[j] + 1;
			if (cur[j - 1] + 1 < c)
				c = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[(i - 2) % 3][j - 2] + 1 < c)
				c = d[(i - 2) % 3][j - 2] + 1;
			cur[j] = c;
			lo = c < lo ? c : lo;
		}
		if (lo > max)
			return max + 1;
	}
	return d[n % 3][m];
}

/* Keys next to each other on a QWERTY keyboard (rows offset by a
 * quarter and a half key). */
static int
keys_near(char a, char b)
{
	static const char *const row[] = { "qwertyuiop", "asdfghjkl",
	    "zxcvbnm" };
	static const double off[] = { 0, 0.25, 0.75 };
	const char *p;
	double xa = -9, xb = -9, dx;
	int ra = -9, rb = -9, r;

	for (r = 0; r < 3; r++) {
		if ((p = strchr(row[r], a)) != NULL && a)
			ra = r, xa = (double)(p - row[r]) + off[r];
		if ((p = strchr(row[r], b)) != NULL && b)
			rb = r, xb = (double)(p - row[r]) + off[r];
	}
	dx = xa > xb ? xa - xb : xb - xa;
	return ra >= 0 && rb >= 0 && (ra == rb ? dx <= 1.0 : (ra - rb == 1 ||
	    rb - ra == 1) && dx <= 1.0);
}

/* The first letters of q and w differ by a slip: the same, keys next to
 * each other, one dropped or added, or the first two swapped. */
static int
first_slip(const char *q, size_t n, const char *w, size_t m)
{
	return q[0] == w[0] || keys_near(q[0], w[0]) ||
	    (m > 1 && q[0] == w[1]) || (n > 1 && q[1] == w[0]);
}

/* Typos allowed in a word of len letters.  Two edits in a word of six
 * or seven letters change a third of it: that is the distance between
 * namesakes (Schmidt and Schmied, Schulze and Schultz, Janssen and
 * Jansens), not a slip of the hand, so two wait for eight letters. */
static size_t
allowed(size_t len)
{
	return len >= 8 ? 2 : len >= 4 ? 1 : 0;
}

/* Typed t is word s with one slip of the hand: a key next to the right
 * one, two letters swapped, a letter left out, or one added beside its
 * own key or a key next to a neighbour's ("riiver", "rivwer"). */
static int
one_key_slip(const char *t, size_t len, const char *s, size_t n)
{
	size_t i = 0, j;

	while (i < len && i < n && t[i] == s[i])
		i++;
	if (len == n)
		return i < n && (memcmp(t + i + 1, s + i + 1, n - i - 1) == 0 ?
		    keys_near(t[i], s[i]) : i + 1 < n && t[i] == s[i + 1] &&
		    t[i + 1] == s[i] && memcmp(t + i + 2, s + i + 2,
		    n - i - 2) == 0);
	if (len == n - 1)
		return memcmp(t + i, s + i + 1, n - i - 1) == 0;
	if (len != n + 1 || memcmp(t + i + 1, s + i, n - i) != 0)
		return 0;
	/* the added letter doubles or neighbours a letter beside it; a run
	 * of it may start before i */
	for (j = i; j > 0 && t[j - 1] == t[i]; j--)
		;
	return (j < i) || (i > 0 && keys_near(t[i], t[i - 1])) ||
	    (i + 1 < len && (t[i + 1] == t[i] || keys_near(t[i], t[i + 1])));
}

/* Typed t is word s (n letters each) with one letter moved: less one
 * letter each, they are the same ("toress", "torres": "tores"), as two
 * keys next to the right ones may also spell it. */
static int
letter_moved(const char *t, const char *s, size_t n)
{
	size_t i = 0, j;

	while (i < n && t[i] == s[i])
		i++;
	for (j = n; j > i && t[j - 1] == s[j - 1]; j--)
		;
	/* t[i..j) and s[i..j) differ at both ends: one is the other
	 * shifted by a letter */
	return j - i >= 2 && (memcmp(t + i, s + i + 1, j - i - 1) == 0 ||
	    memcmp(t + i + 1, s + i, j - i - 1) == 0);
}

/* Typed t (len letters) is word s with two slips of the hand, each one
 * one_key_slip(): the first undone by one edit towards s (a key next to
 * it taken for the one typed, a pair swapped, a letter taken out).  No
 * letter left out: a letter moved or gone is another spelling of a name
 * (Schmied of Schmidt, Toress of Torres, Angang of Gangyang), or another
 * word (a town's Bauhof is no Bahnhof-Apotheke, 50k blind43). */
static int
two_key_slips(const char *t, size_t len, const char *s, size_t n)
{
	char u[MAXLEN + 2];
	size_t i, j;

	if (len > MAXLEN || n > MAXLEN || n > len ||
	    (n == len && letter_moved(t, s, n)))
		return 0;
	for (i = 0; i < len; i++) {
		memcpy(u, t, len);
		for (j = 0; j < n; j++)	/* a key next to the one typed */
			if (s[j] != t[i] && keys_near(s[j], t[i])) {
				u[i] = s[j];
				if (one_key_slip(u, len, s, n))
					return 1;
			}
		u[i] = t[i];
		if (i + 1 < len && t[i] != t[i + 1]) {	/* a pair swapped */
			u[i] = t[i + 1], u[i + 1] = t[i];
			if (one_key_slip(u, len, s, n))
				return 1;
		}
		if (n >= len)
			continue;
		memcpy(u, t, i);	/* a letter taken out */
		memcpy(u + i, t + i + 1, len - i - 1);
		if (one_key_slip(t, len, u, len - 1) &&
		    one_key_slip(u, len - 1, s, n))
			return 1;
	}
	return 0;
}

/* The next abbreviation (index into ab) that the typed word q is what
 * it stands for, from *it; UINT32_MAX when none is left. */
static uint32_t
full_of(const struct sdc_nev *e, const struct qword *q, size_t *it)
{
	uint32_t v;

	while (sdc_hmap_find(&e->byfull, hmem(q->f, q->flen), it, &v))
		if (strlen(e->ab[v].w) == q->flen &&
		    memcmp(e->ab[v].w, q->f, q->flen) == 0)
			return v;
	return UINT32_MAX;
}

static unsigned
is_abbrev(const struct sdc_nev *e, const struct qword *q, const struct word *w)
{
	char a[MAXLEN + 1], f[MAXLEN + 1];
	unsigned how;

	if (q->len > MAXLEN || q->flen > MAXLEN)
		return 0;
	memcpy(a, q->s, q->len);
	a[q->len] = '\0';
	memcpy(f, q->f, q->flen);
	f[q->flen] = '\0';
	if ((how = is_pair(e, a, w->s, 0)) != 0)
		return how;
	return w->w > 0 ? is_pair(e, w->s, f, 0) : 0;
	/* "sankt" for the name's "st", not "limited" for its "ltd" */
}

/* The typed word is w's first letters and its last two or more, the
 * middle left out ("agcia" of "agencia", "ctro" of "centro"), w longer. */
static int
ends_kept(const struct qword *q, const struct word *w)
{
	size_t i;	/* letters kept of w's start */

	if (w->len <= q->len || q->s[0] != w->s[0])
		return 0;
	for (i = 1; i + 2 <= q->len; i++) {
		if (memcmp(q->s + i, w->s + w->len - (q->len - i),
		    q->len - i) == 0)
			return 1;
		if (q->s[i] != w->s[i])
			return 0;
	}
	return 0;
}

/* "hldgs" in "holdings", "est" in "east": same first letter, letters in
 * order, and the word longer. */
static int
is_contraction(const struct qword *q, const struct word *w)
{
	size_t i = 0, j = 0;

	if (q->len < 3 || w->len <= q->len || q->s[0] != w->s[0])
		return 0;
	for (; i < q->len && j < w->len; j++)
		i += q->s[i] == w->s[j];
	return i == q->len;
}

static int
alpha_only(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return 1;
}

/* ... or letters of another script (a normalised word has no marks
 * nor punctuation left: its bytes past ASCII are letters). */
static int
letters_only(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((s[i] < 'a' || s[i] > 'z') && !(s[i] & 0x80))
			return 0;
	return 1;
}

/* One of the characters of set among s[0..n). */
static int
strpbrk_n(const char *s, size_t n, const char *set)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr(set, s[i]))
			return 1;
	return 0;
}

struct match {
	double q;		/* quality 0..1; 0: no match */
	size_t pos, span;
	unsigned how;
};

/* Better is more matched weight. */
static void
consider(struct match *best, double q, size_t pos, size_t span, unsigned how,
    double wsum, double *bestw)
{
	if (q * wsum > *bestw || (best->q == 0 && q > 0)) {
		*bestw = q * wsum;
		best->q = q;
		best->pos = pos;
		best->span = span;
		best->how = how;
	}
}

/* A typed word that may be initials: 2-5 letters, or 2-4 when some
 * customer has it as a word ("AF" of "AF Plumbing" may still be
 * "Albrecht Family"); never a drop word ("co", "pc") nor a legal form
 * that stands before a name ("MTV" of "Công ty TNHH MTV ...", no "Mềm
 * Thịnh Vượng"). */
static int
initials_like(const struct qword *q)
{
	char buf[8];

	if (q->w <= 0 || q->len < 2 || q->len > (q->vid >= 0 ? 4u : 5u) ||
	    !alpha_only(q->s, q->len))
		return 0;
	memcpy(buf, q->s, q->len);
	buf[q->len] = '\0';
	return !sdc_name_is_form(buf);
}

/* "and" in the languages whose names are read ("&" is read as "and"):
 * Czech and Slovak "a", Hungarian "és", Romanian "și" and Turkish "ve"
 * beside the western ones.  Not Indonesian and Malay "dan": read as "&"
 * it linked "Messrs Wong dan Lau" to Messrs Wong & Lau beside Messrs Wong
 * dan Low, and "Faizsl, Abdullah & Co." to Faizal dan Abdullah (a
 * slip, and another firm's "& Co."), on 50k blind18.  The Pacific's
 * (Wiktionary, "and", translations): Maori "me" and "ma", Samoan "ma",
 * Tongan "mo", Tok Pisin "na"; and English "n" ("Hotel n Spa"). */
static int
and_word(const char *s, size_t len)
{
	static const char *const ands[] = { "and", "und", "en", "et", "u",
	    "e", "y", "i", "og", "och", "ja", "a", "es", "si", "ve", "me", "ma",
	    "mo", "na", "n", NULL };
	size_t i;

	for (i = 0; ands[i]; i++)
		if (strlen(ands[i]) == len && memcmp(s, ands[i], len) == 0)
			return 1;
	return 0;
}

/* An "and" typed last that is rather a word of its own, where "Delgado
 * y" is a name cut after its "and": the contraction "n", typed between
 * two words ("Fish n Chips"), last an initial as likely ("Walk n"); and
 * Romanian "si" (for "și") after "gong", the pinyin of 公司 that ends
 * every Chinese company ("you xian gong si").  Read as a cut there,
 * every candidate's words after its first "si" were let off: 4,095
 * candidates scored for one name on 50k blind24.  Only after "gong":
 * "... Ticaret Ltd. Şİ." (a slip of "Şti.") on 50k blind14 is cut. */
static int
word_last(const struct query *q, size_t i)
{
	const struct qword *t = &q->t[i];

	if (i + 1 != q->n)
		return 0;
	if (t->len == 1 && t->s[0] == 'n')
		return 1;
	return t->len == 2 && memcmp(t->s, "si", 2) == 0 && i > 0 &&
	    q->t[i - 1].len == 4 && memcmp(q->t[i - 1].s, "gong", 4) == 0;
}

/* "Co" after "and" ends a name as "and Company" does, the form firms of
 * partners take ("McBride & Co., CPAs"): no partner's name cut short
 * after it ("Cobb" of McBride & Cobb, LLC, a firm the partner left). */
static int
and_co(const struct query *q, size_t i)
{
	return i > 0 && q->t[i].len == 2 && memcmp(q->t[i].s, "co", 2) == 0 &&
	    and_word(q->t[i - 1].s, q->t[i - 1].len);
}

/* The query word i is one Mandarin syllable (its key is). */
static int
mandarin_at(const struct query *q, size_t i)
{
	char w[SDC_NAME_SYLLABLE + 1], *key;
	int one;

	if (q->t[i].len > SDC_NAME_SYLLABLE)
		return 0;
	memcpy(w, q->t[i].s, q->t[i].len);
	w[q->t[i].len] = '\0';
	key = sdc_name_translit(w, SDC_NAME_TRANSLIT_CHINESE);
	one = sdc_name_syllables(key) == 1;
	free(key);
	return one;
}

/* The Pacific's "na", "ma" and "mo" between two Mandarin syllables are
 * a syllable of a Chinese name, no "and": the pinyin of 布莱特纳税务师事务所
 * ("bu lai te na shui wu ...") on gen-link-blind24, 模具 "mo ju" (a
 * mould).  Read as "and", that name typed in Han fell short of the bar
 * (confidence 81 < 81) against its own customer. */
static int
pinyin_and(const struct query *q, size_t i)
{
	const struct qword *t = &q->t[i];

	if (i == 0 || i + 1 >= q->n || t->len != 2 || t->s[1] == 'e' ||
	    (t->s[0] != 'n' && t->s[0] != 'm'))
		return 0;
	return mandarin_at(q, i - 1) && mandarin_at(q, i + 1);
}

int
sdc_nev_and(const char *w)
{
	return and_word(w, strlen(w));
}

/* A word of three letters or fewer in more than one name in fifty
 * ("am", "der", "fur", "van", "en"). */
static int
short_common(const struct word *w)
{
	return w->len <= 3 && w->w < COMMON_SHORT;
}

/* A word initials may pass over: "Duffy and Sons" is "DS" as often as
 * "DAS", "Bank of Lakeside" "BL" or "BOL"; so are the short words many
 * names share in any language ("am", "der", "und", "van", "en"):
 * "Zahnaerzte am Bahnhof Haldern" is "ZBH" as often as "ZABH". */
static int
connector_word(const struct word *w)
{
	return (w->len == 3 && memcmp(w->s, "and", 3) == 0) ||
	    (w->len == 2 && memcmp(w->s, "of", 2) == 0);
}

/* ... and prepositions an acronym leaves out however rare they are in
 * the list: "Initiative for Development" is "ID" as often as "IFD",
 * "Étude de Maître Babacar Ndiaye" "EMBN" (SNCF: Société nationale des
 * chemins de fer).  Only for initials: a name typed without them is
 * read as connector_word's are. */
static int
preposition(const struct word *w)
{
	static const char *const v[] = { "for", "de", "du", "des", NULL };
	size_t i;

	if (w->len < 2 || w->len > 3 || strchr("fd", w->s[0]) == NULL)
		return 0;	/* asked of every word initials pass */
	for (i = 0; v[i]; i++)
		if (w->len == strlen(v[i]) && memcmp(w->s, v[i], w->len) == 0)
			return 1;
	return 0;
}

static int
connector(const struct word *w)
{
	return w->w == 0 || connector_word(w) || preposition(w) ||
	    short_common(w);
}

/* The end of the words ct[i..] spelt by the initials q from its letter
 * k (each unused), passing over connectors whose letter q does not give,
 * or 0.  An "and" whose letter q does give may be passed over too, and
 * the spelling that reaches furthest is kept: "GHA" is Golden Heating &
 * Air, its "a" Air's, not the "and" before it, which would leave Air
 * untyped ("KSAA": Kizza Ssempala & Associates Advocates).  Only for
 * initials typed last: a word typed after them is the name's word after
 * the "and" ("JSTA Auto", Jaworski & Sons Tire and Auto Ltd).  Nor for
 * another connector: "CT" of "Cong ty TNHH Woosan Vina" is not its
 * "Cong ... TNHH" for having passed over "ty". */
static size_t
spell_end(const struct sdc_nev *e, const struct qword *q,
    const uint32_t *ct, size_t m, size_t i, size_t k,
    const unsigned char *used)
{
	size_t end = 0, r;

	for (; k < q->len && i < m && !used[i]; i++) {
		const struct word *w = &e->v[ct[i]];

		/* a title's initial is typed as often as not ("EMBN",
		 * "EBN": Étude de Maître Babacar Ndiaye) */
		if (w->s[0] == q->s[k] && (w->w > 0 || w->listed_title)) {
			if (w->and && q->last && (r = spell_end(e, q, ct, m,
			    i + 1, k, used)) > end)
				end = r;
			k++;
		} else if (!connector(w))
			return end;
	}
	return k == q->len && i > end ? i : end;
}

/* The words ct[j..] spelt by the initials q (spell_end): the words
 * spanned, or 0. */
static size_t
spells(const struct sdc_nev *e, const struct qword *q, const uint32_t *ct,
    size_t m, size_t j, const unsigned char *used)
{
	size_t end;

	if (!q->initials || e->v[ct[j]].s[0] != q->s[0] ||
	    e->v[ct[j]].w == 0)
		return 0;
	end = spell_end(e, q, ct, m, j, 0, used);
	return end > j ? end - j : 0;
}

static int
joins(const struct sdc_nev *e, const struct qword *q, const uint32_t *ct,
    size_t m, size_t j, const unsigned char *used)
{
	const struct word *a = &e->v[ct[j]], *b;

	if (j + 1 >= m || used[j + 1])
		return 0;
	b = &e->v[ct[j + 1]];
	return a->len + b->len == q->flen && memcmp(q->f, a->s, a->len) == 0 &&
	    memcmp(q->f + a->len, b->s, b->len) == 0;
}

/* The typed initials q are those of compound w's parts: its first
 * letter (or two: "StB" of Steuerberater) and its last part's ("GS" of
 * Grundschule). */
static int
part_initials(const struct qword *q, const struct word *w)
{
	return w->tail > 0 && (q->len == 2 || q->len == 3) &&
	    q->s[0] == w->s[0] && q->s[q->len - 1] == w->s[w->tail] &&
	    (q->len == 2 || q->s[1] == w->s[1]);
}

/* Letters that begin one sound as the romanisations and spellings of
 * a name write it: a vowel for another (Ibrahim, Ebrahim; Osman,
 * Usman), j, g, y or i (Jaber, Gaber; Iordanov, Yordanov), c, k, q or
 * g (Kaplan, Caplan; Kassem, Qassem; Kang, Gang), b or p, d or t (the
 * Korean romanisations), v, w or f, x, j or h (Ximénez, Xristo), s, z
 * or c. */
static int
sound_alike(char a, char b)
{
	static const char *const group[] = { "aeiouy", "jgyi", "ckqg", "bp",
	    "dt", "vwf", "xjh", "szc" };
	size_t i;

	for (i = 0; i < sizeof(group) / sizeof(group[0]); i++)
		if (a && b && strchr(group[i], a) && strchr(group[i], b))
			return 1;
	return 0;
}

/* A typed word shorter than FIRST_SHORT, in a name of two words or one,
 * whose first letter no slip nor sound explains is another word, not a
 * slip: the word is half the name, and its first letter carries it
 * ("Cagle's Diner" is no Eagle Diner).  In a longer name the other
 * words carry it ("Óptica Honte Cara" of Óptica Monte Cara). */
#define FIRST_SHORT 6

static int
first_other(const struct qword *q, const struct word *w)
{
	return q->half && (q->len < FIRST_SHORT || w->len < FIRST_SHORT) &&
	    !first_slip(q->s, q->len, w->s, w->len) &&
	    !sound_alike(q->s[0], w->s[0]);
}

/* The two words end alike and differ only in fronts of two letters or
 * fewer, of unlike lengths: a compound's other front, or another
 * surname's, not two slips.  A compound's front says what it is
 * ("Wasserzweckverband" is not the Abwasserzweckverband, "Musikschule"
 * no Schule), and so does a surname's ("Wachowiak" is not Stachowiak,
 * "Gromex" no Tomex); a slip of the hand falls anywhere, and two that
 * grow or shrink the front and change nothing else are rare.  Two keys
 * next to the right ones there are slips ("Eorings" of Springs), and so
 * is a letter doubled ("Yaaifa" of Haifa). */
static int
front_other(const char *t, size_t len, const char *s, size_t n)
{
	const char *l = len > n ? t : s;
	size_t k = 0, i;

	while (k < len && k < n && t[len - 1 - k] == s[n - 1 - k])
		k++;
	if (len == n || len - k > 2 || n - k > 2)
		return 0;
	for (i = 0; i < (len > n ? len : n) - k; i++)
		if (l[i] == l[i + 1])
			return 0;	/* a key struck twice: "Yaaifa" */
	return 1;
}

/* The typos (1 or 2) the typed word t (len letters) is of the word s (n
 * letters); 0 for none, or more than allowed.  A first letter no slip explains (a
 * key next to it, one dropped, added or swapped) leaves room for one
 * typo, not two: "Deerwood" is not "Bearwood". */
#define KEY_SLIPS_MIN 5
static size_t
typos_of(const char *t, size_t len, const char *s, size_t n)
{
	size_t a = allowed(n < len ? n : len), d;

	if (a > 1 && !first_slip(t, len, s, n))
		a = 1;
	if (len < 4 || n < 4)
		return 0;
	if ((d = osa(t, len, s, n, 2)) == 2 && front_other(t, len, s, n))
		return 0;
	if (d <= a)
		return d;
	/* two in a shorter word only where each is a slip of the hand */
	if (d == 2 && a == 1 && (n < len ? n : len) >= KEY_SLIPS_MIN &&
	    first_slip(t, len, s, n) && two_key_slips(t, len, s, n))
		return 2;
	return 0;
}

/* ... as typed, or as spelt folded when that is nearer: a marked vowel
 * typed as two letters for another ("Sænderborg", "saenderborg", is
 * "sanderborg", one slip from Sønderborg; "Tæmrer" one from Tømrer),
 * or Dutch "ij", which the customers' words hold as "y": typed as it
 * is written, it is no slip, and a slip beside it is one slip
 * ("Transprtbedrijf", "Loodgiteersbedrijf").  "ij" only in a name of
 * three words or more: in one of two, a slip in each word left
 * nothing typed as it is ("Huisarsenpraktijk Lammers" is a namesake
 * of Huisartsenpraktijk Lamers). */
static size_t
typos(const struct qword *q, const char *s, size_t n)
{
	size_t d = typos_of(q->s, q->len, s, n), f;

	if (q->flen != q->len && !(q->half && memmem(q->s, q->len, "ij",
	    2)) && !memmem(q->s, q->len, "aa", 2) &&
	    (f = typos_of(q->f, q->flen, s, n)) > 0 && (d == 0 || f < d))
		d = f;
	return d;
}

/* ... of the customers' word w: on its spelling too where folding left
 * it too short for a typo ("saz" of Sáez); a folded long word reads
 * them already ("huisartsenpraktyk"), and one slip less there let
 * namesakes through (Lammers for Lamers). */
static size_t
word_typos(const struct qword *q, const struct word *w)
{
	size_t d = first_other(q, w) ? 0 : typos(q, w->s, w->len), o;

	if (w->orig && w->len < 4 && (o = typos(q, w->orig, w->olen)) > 0 &&
	    (d == 0 || o < d))
		d = o;
	return d;
}

/* The endings a name's word takes in the Nordic languages and German (a
 * genitive -s; a definite -n, -en, -et, -ne; a Finnish genitive -n, -in)
 * that a technician types or leaves off: "Förskola Stjärnan" for
 * "Förskolan Stjärnan", "Salo Optiikka" for "Salon Optiikka". */
static const char *const endings[] = { "s", "n", "en", "et", "ne", "in", NULL };
/* ... read at this quality: a word as good as typed, but a namesake's
 * ending ("Lindkvists Måleri" beside "Lindkvist Måleri") is a business
 * of its own, which the margin tells */
#define ENDING_Q 0.9f
/* Stems shorter than this take no ending: "bygg" is no "byggs" slip */
#define ENDING_STEM 4

/* The endings of a surname's forms in the Baltic languages and Russian,
 * as the name evidence folds them (Wikipedia "Latvian name",
 * "Lithuanian name", "Eastern Slavic naming customs"): Latvian -s, -š,
 * -is for a man, -a, -e for a woman, and the genitive -a before a noun
 * (Bērziņš, Bērziņa zobārstniecība); Lithuanian -as, -is, -ys, -us,
 * -ius, the married -ienė, the unmarried -aitė, -ytė, -utė, -iūtė, the
 * genitive -o, -io, -os, -aus, -iaus (Kazlauskas, Kazlauskienė,
 * Kazlausko kontora); Russian -ov, -ev, -in and their -ova, -eva, -ina,
 * in Latvian and Lithuanian letters with -s or -as after them
 * (Smirnovs, Ivanovas).  The short ones (SUR_SHORT) join only a longer
 * one: "Rossi" is no "Rosso", "Klinik" no "Klinike"; but the Russian
 * -a after -ov, -ev, -in ("Ivanova"). */
static const char *const sur_endings[] = { "", "s", "a", "e", "o", "as",
	"is", "ys", "us", "ius", "io", "os", "aus", "iaus", "iene", "aite",
	"yte", "ute", "iute", NULL };
#define SUR_SHORT(e) (strlen(e) < 2 && strcmp((e), "s") != 0)
/* ... and of Russian, Polish and Belarusian -sky: -iy, -ij, -ii, -i,
 * -y for a man, -aya, -aja, -aia, -a for a woman (Novitskiy,
 * Novitskaya; Navitski, Navitskaja), after a k. */
static const char *const sky_m[] = { "iy", "ij", "ii", "i", "y", NULL };
static const char *const sky_f[] = { "aya", "aja", "aia", "a", NULL };

/* A Russian surname's stem: -ov, -ev, -in, -yn, which a woman's -a
 * follows. */
static int
russian_stem(const char *s, size_t n)
{
	return n >= 2 && (s[n - 1] == 'v' || s[n - 1] == 'n') &&
	    strchr(s[n - 1] == 'v' ? "oe" : "iy", s[n - 2]) != NULL;
}

/* The ending of list ends word w (n letters) with, its stem
 * ENDING_STEM letters at least: its length, or -1. */
static long
ends_in(const char *w, size_t n, const char *const *list, size_t i)
{
	size_t k = strlen(list[i]);

	return n >= k + ENDING_STEM && memcmp(w + n - k, list[i], k) == 0 ?
	    (long)k : -1;
}

/* The endings a and b of sur_endings after the stem s (st letters, a
 * consonant last: "Representaçõe" is no "Representaços") are two forms
 * of one surname: not two short ones, but "" and "a" after
 * -ov, -ev, -in; nor a Romance word's gender or number, which are
 * other words of a name ("Imobiliária", "Imobiliários"): -o or -a
 * against -os, -os against -as. */
static int
sur_pair(const char *a, const char *b, const char *s, size_t st)
{
	static const char *const romance[][2] = { { "o", "os" },
		{ "a", "os" }, { "os", "as" } };
	size_t i;

	if (strchr("aeiouy", s[st - 1]) != NULL)
		return 0;	/* a stem ends with a consonant */
	if (SUR_SHORT(a) && SUR_SHORT(b))
		return strlen(a) + strlen(b) == 1 && (*a == 'a' || *b == 'a') &&
		    russian_stem(s, st);
	for (i = 0; i < sizeof(romance) / sizeof(romance[0]); i++)
		if ((strcmp(a, romance[i][0]) == 0 && strcmp(b,
		    romance[i][1]) == 0) || (strcmp(b, romance[i][0]) == 0 &&
		    strcmp(a, romance[i][1]) == 0))
			return 0;
	return 1;
}

/* 1 when s (n letters) and l (m letters) are two forms of one
 * surname: one stem, two endings of sur_endings (not two short ones,
 * but "" and "a" after -ov, -ev, -in), or -sky's man's and woman's. */
static int
sur_form(const char *s, size_t n, const char *l, size_t m)
{
	size_t i, j, st;
	long a, b;

	if (n < ENDING_STEM || m < ENDING_STEM || memcmp(s, l, ENDING_STEM))
		return 0;	/* most pairs: no stem in common */
	for (i = 0; sur_endings[i]; i++) {
		if ((a = ends_in(s, n, sur_endings, i)) < 0)
			continue;
		st = n - (size_t)a;
		for (j = 0; sur_endings[j]; j++)
			if (j != i && (b = ends_in(l, m, sur_endings, j)) >= 0 &&
			    m - (size_t)b == st && memcmp(s, l, st) == 0 &&
			    sur_pair(sur_endings[i], sur_endings[j], s, st))
				return 1;
	}
	for (i = 0; sky_m[i]; i++)
		for (j = 0; sky_f[j]; j++)
			if (((a = ends_in(s, n, sky_m, i)) >= 0 &&
			    (b = ends_in(l, m, sky_f, j)) >= 0) ||
			    ((a = ends_in(s, n, sky_f, j)) >= 0 &&
			    (b = ends_in(l, m, sky_m, i)) >= 0))
				if (n - (size_t)a == m - (size_t)b &&
				    memcmp(s, l, n - (size_t)a) == 0 &&
				    s[n - (size_t)a - 1] == 'k')
					return 1;
	return 0;
}

/* Vocabulary word i under each stem it has less a surname's ending
 * (sur_endings, the stem a consonant last), for sur_forms. */
static void
index_sur_stems(struct sdc_nev *e, uint32_t i)
{
	const struct word *w = &e->v[i];
	size_t j, st;
	long a;

	for (j = 0; sur_endings[j]; j++)
		if ((a = ends_in(w->s, w->len, sur_endings, j)) >= 0 &&
		    (st = w->len - (size_t)a) > 0 &&
		    strchr("aeiouy", w->s[st - 1]) == NULL)
			sdc_hmap_put(&e->bysurstem, hmem(w->s, st), i);
}

/* 1 when l (m letters) is s (n letters) with an ending of endings[],
 * or a Finnish genitive that changes the stem's end: -i to -en
 * ("Ylöjärvi", "Ylöjärven"), -nen to -sen ("Virtanen", "Virtasen"). */
static int
inflects(const char *s, size_t n, const char *l, size_t m)
{
	size_t i, k;

	if (n < ENDING_STEM || m < n || memcmp(s, l, n - 3) != 0)
		return 0;
	for (i = 0; endings[i]; i++)
		if (m == n + (k = strlen(endings[i])) &&
		    memcmp(s, l, n) == 0 && memcmp(l + n, endings[i], k) == 0)
			/* "Anders", "Andersen": a patronymic, not an ending */
			return !(s[n - 1] == 's' && l[m - 1] == 'n');
	if (m == n + 1 && s[n - 1] == 'i' && memcmp(s, l, n - 1) == 0 &&
	    memcmp(l + n - 1, "en", 2) == 0)
		return 1;
	return m == n && n >= 5 && memcmp(s + n - 3, "nen", 3) == 0 &&
	    memcmp(l + n - 3, "sen", 3) == 0;
}

/* "Wainwright F" is cut; as spelt folded, as the name's words are
 * ("Lægeh." of "Lægehuset": "lageh" of "lagehuset") */
static int
is_cut(const struct qword *q, const struct word *w)
{
	return (q->len >= 3 || q->last) && q->flen < w->len &&
	    memcmp(q->f, w->s, q->flen) == 0;
}

/* best, or q read as w cut short when that is better */
static float
cut_reading(const struct qword *q, const struct word *w, float best,
    unsigned short *how)
{
	float c = q->len >= 3 ? 0.8f : 0.5f + 0.1f * (float)q->len;

	if (is_cut(q, w) && c > best) {
		*how = SDC_NEV_PREFIX;
		return c;
	}
	return best;
}

/* A name's spelling less what its spellings and romanisations differ
 * in: its vowels, an h after its first letter, a doubled letter, s for
 * z ("hasan" of Hassan, "eman" of Iman, "vidya" of Vidhya, "luis" of Luiz, "salim" of
 * Saleem, "ibrahima" of Ibrahim): the same name, not another. */
static void
skeleton(const char *s, size_t n, char *o, size_t max)
{
	size_t i, k = 0;
	char c;

	for (i = 0; i < n && k + 1 < max; i++) {
		c = s[i] == 'z' ? 's' : s[i];
		if (strchr("aeiouy", c) != NULL || (k > 0 && (c == 'h' ||
		    o[k - 1] == c)))
			continue;
		o[k++] = c;
	}
	o[k] = '\0';
}

static int
same_name(const char *a, size_t na, const char *b, size_t nb)
{
	char x[MAXLEN + 1], y[MAXLEN + 1];

	skeleton(a, na, x, sizeof(x));
	skeleton(b, nb, y, sizeof(y));
	return strcmp(x, y) == 0;
}

/* The typed word q is another person's name than w, of w's kind (a
 * given name for a given name, a surname for a surname: person.h's
 * lists): no typo of it nor its contraction.  A technician who types
 * "Jae's Handyman Service" means Jae, not James; "Jorgensen Bros." is
 * not Mortensen Bros.  The last word cut short as typed stays a cut
 * ("Dixon & Fleming Marin"); not one that only its folded spelling cuts
 * ("ja" of "Jae's" begins James). */
static int
other_name(const struct sdc_nev *e, const struct qword *q,
    const struct word *w)
{
	const char *s;
	size_t n;
	int k;

	/* a word of one name in a hundred or more is a trade's word as
	 * often ("Care", "Christian", "Royal"): the name's other words
	 * tell its candidates apart */
	if (q->pkind == 0 || q->len < 2 || w->npost * 100 > e->n)
		return 0;
	s = w->orig ? w->orig : w->s;	/* as spelt, not as run together */
	n = w->orig ? w->olen : w->len;
	if (same_name(q->s, q->len, s, n) ||
	    (k = sdc_person_name_kind(s)) == 0)
		return 0;
	return (q->pkind & k) != 0;
}

/* Calls fn(v, arg) for each vocabulary word v the one-deletion index
 * meets s (len letters) at: s or s less one letter is v or v less one
 * letter, which holds of every word one edit from s and of many two.
 * Stops at, and returns, the first nonzero fn returns. */
static int
dels_meet(const struct sdc_nev *e, const char *s, size_t len,
    int (*fn)(uint32_t v, void *arg), void *arg)
{
	char tmp[MAXLEN];
	size_t k, it, n;
	uint32_t v;
	int r;

	for (k = 0; k <= len && len <= MAXLEN; k++) {
		n = len - (k < len);
		memcpy(tmp, s, k < len ? k : len);
		if (k < len)
			memcpy(tmp + k, s + k + 1, len - k - 1);
		for (it = 0; sdc_hmap_find(&e->dels, hmem(tmp, n), &it, &v);)
			if ((r = fn(v, arg)) != 0)
				return r;
	}
	return 0;
}

/* Vocabulary word v is another word two edits or nearer the typed q. */
static int
near_other(const struct sdc_nev *e, const struct qword *q,
    const struct word *w, uint32_t v)
{
	return &e->v[v] != w && e->v[v].len >= 4 &&
	    osa(q->s, q->len, e->v[v].s, e->v[v].len, 2) <= 2;
}

/* ... and none is the typed word less two of its letters, which the
 * one-deletion index does not reach ("Tohkyoh" is as near Tokyo as
 * Toukyou). */
static int
two_out_alone(const struct sdc_nev *e, const struct qword *q,
    const struct word *w)
{
	char tmp[MAXLEN];
	size_t i, j, k, n;
	long v;

	if (q->len < 6)
		return 1;	/* what is left is under four letters */
	for (i = 0; i < q->len; i++)
		for (j = i + 1; j < q->len; j++) {
			for (k = n = 0; k < q->len; k++)
				if (k != i && k != j)
					tmp[n++] = q->s[k];
			if ((v = word_find(e, tmp, n)) >= 0 &&
			    near_other(e, q, w, (uint32_t)v))
				return 0;
		}
	return 1;
}

struct slips { const struct sdc_nev *e; const struct qword *q;
    const struct word *w; };

static int
slips_near(uint32_t v, void *arg)
{
	const struct slips *a = arg;

	return near_other(a->e, a->q, a->w, v);
}

/* No other word of the vocabulary than w is two edits from the typed
 * word q or nearer, as far as the deletion indexes tell: two slips in a
 * short word read it only where nothing else is as near ("Eurotse" is
 * as near Eurotex as Euroster). */
static int
slips_alone(const struct sdc_nev *e, const struct qword *q,
    const struct word *w)
{
	struct slips a = { e, q, w };

	if (q->len > MAXLEN || dels_meet(e, q->s, q->len, slips_near, &a))
		return 0;
	return two_out_alone(e, q, w);
}

/* The typed word q is a medical specialty (sdc_name_is_specialty):
 * two slips from another ("Nephrology" typed, Neurology listed;
 * "Audiology", Cardiology) it is that other practice, not typos of the
 * customer's; one slip is a spelling (Orthopaedic) or a typo still. */
static int
specialty_typed(const struct qword *q)
{
	char buf[64];

	if (q->len >= sizeof(buf))
		return 0;
	memcpy(buf, q->s, q->len);
	buf[q->len] = '\0';
	return sdc_name_is_specialty(buf);
}

/* A word typed with a dot, three letters or more, was shortened by the
 * typist's own mark: w cut short ("Col." of Colegio, "Rest." of
 * Restauracja) or contracted, its first and last letters kept ("Meml."
 * of Memorial, "Abogs." of Abogados, as the RAE's abreviaturas por
 * contraccion; "Pet." is no contraction of Pharmaceuticals), as sure as
 * a typo, though some customer has the word as typed; a cut no more
 * than an abbreviation the lists know. */
#define DOTTED_CUT 0.9f
#define DOTTED_CONTRACTION 0.8f

static float
dotted(const struct qword *q, const struct word *w, float best,
    unsigned short *how)
{
	if (!q->dot || q->len < 3)
		return best;
	if (is_cut(q, w) && DOTTED_CUT > best) {
		*how = SDC_NEV_PREFIX;
		return DOTTED_CUT;
	}
	if (!is_cut(q, w) && q->s[q->len - 1] == w->s[w->len - 1] &&
	    is_contraction(q, w) && DOTTED_CONTRACTION > best) {
		*how = SDC_NEV_CONTRACTION;
		return DOTTED_CONTRACTION;
	}
	return best;
}

/* A typo's quality: 0.88 an edit.  One slip in a long word that only a
 * hand makes - a key next to the right one struck, or two letters
 * swapped - is as sure as an abbreviation: a namesake's spelling
 * doubles, drops or changes a letter for its sound (Jansen, Janssen;
 * Meier, Meyer; Thomson, Thompson), not for its place on the keys. */
#define SURE_SLIP_LEN 7
#define SURE_SLIP_Q 0.95f

static float
typo_q(const struct qword *q, const struct word *w, size_t d)
{
	/* one_key_slip() of two words of one length: a key or a pair */
	if (d == 1 && w->len >= SURE_SLIP_LEN && ((q->len == w->len &&
	    one_key_slip(q->s, w->len, w->s, w->len)) || (q->flen == w->len &&
	    one_key_slip(q->f, w->len, w->s, w->len))))
		return SURE_SLIP_Q;
	return 1.0f - 0.12f * (float)d;
}

/* The best reading of vocabulary word w as the typed word q, one word
 * for one: abbreviation, typos, prefix, contraction (0: none); the
 * dotted() readings are single()'s. */
static float
read_single(const struct sdc_nev *e, const struct qword *q,
    const struct word *w, unsigned short *how)
{
	size_t d;
	float best = 0;

	/* is_abbrev() hashes two pairs, and no pair holds a typed word
	 * that is no abbreviation nor what one stands for (t->abbr) */
	*how = q->abbr ? (unsigned short)is_abbrev(e, q, w) : 0;
	if (*how != 0)
		best = 0.95f;
	if (!alpha_only(q->s, 1) || !alpha_only(w->s, 1))
		return best;	/* "2831" is no typo of "2832" */
	/* a genitive or definite ending typed or left off, even on a word
	 * some customer has: "Eriksson Livs" is "Erikssons Livs"; the last
	 * word no customer has, shorter, is cut rather ("Knutsford Garde") */
	if (ENDING_Q > best && ((inflects(q->s, q->len, w->s, w->len) &&
	    (q->vid >= 0 || !q->last)) ||
	    inflects(w->s, w->len, q->s, q->len) ||
	    (q->ending && sur_form(q->s, q->len, w->s, w->len) &&
	    (q->vid >= 0 || !q->last || q->len >= w->len)))) {
		best = ENDING_Q;
		*how = SDC_NEV_ENDING;
	}
	/* a word some customer has is taken as typed: "dental" is no typo
	 * of "central", "media" no cut-off "medical" (but dotted()) */
	if (q->vid >= 0)
		return best;
	if (other_name(e, q, w))	/* cut at the end as typed, at most */
		return q->last && q->len < w->len && memcmp(q->s, w->s,
		    q->len) == 0 ? cut_reading(q, w, best, how) : best;
	if ((d = word_typos(q, w)) > 0 && typo_q(q, w, d) > best &&
	    !(d == 2 && w->specialty && specialty_typed(q)) &&
	    (d < 2 || allowed(q->len < w->len ? q->len : w->len) > 1 ||
	    slips_alone(e, q, w))) {
		best = typo_q(q, w, d);
		*how = SDC_NEV_TYPO;
	}
	if (is_cut(q, w))
		return cut_reading(q, w, best, how);
	if (is_contraction(q, w) && 0.7f > best) {
		best = 0.7f;
		*how = SDC_NEV_CONTRACTION;
	}
	return best;
}

static float
single(const struct sdc_nev *e, const struct qword *q, const struct word *w,
    unsigned short *how)
{
	return dotted(q, w, read_single(e, q, w, how), how);
}

/* single(), remembered for this query: candidates share their words. */
static float
single_memo(struct sdc_nev *e, const struct qword *q, uint32_t v,
    unsigned short *how)
{
	struct wmemo *m;

	if (q->slot >= MEMO_WORDS)
		return single(e, q, &e->v[v], how);
	if (e->wm[q->slot] == NULL)
		e->wm[q->slot] = sdc_xcalloc(e->nv + 1, sizeof(struct wmemo));
	m = &e->wm[q->slot][v];
	if (m->gen != e->gen) {
		m->q = single(e, q, &e->v[v], &m->how);
		m->gen = e->gen;
	}
	*how = m->how;
	return m->q;
}

/* Word j is the candidate's first "and" not read yet (but for those
 * that weigh nothing, as an initial "E" may): an "and" in another
 * language is read as the name's own, in order, never as a weightier
 * one later ("a" of "Jones & Co (a trading name of ...)"). */
static int
first_and(const struct sdc_nev *e, const uint32_t *ct, size_t j,
    const unsigned char *used)
{
	size_t k;

	for (k = 0; k < j; k++)
		if (!used[k] && e->v[ct[k]].and && e->v[ct[k]].w > 0)
			return 0;
	return 1;
}

/* The typed word q is a nickname of the candidate's word j of m, or the
 * given name of its nickname ("Mike" for Michael, "Deborah" for
 * Debbie), as a given name: both before the same word of weight, their
 * surname ("Law Office of Mike Roberts" is Michael Roberts'; "Roberts
 * Bill" is no William's, "Bill's Diner" no William's Diner, "Wash Co."
 * no Washington's). */
static int
given_fits(const struct sdc_nev *e, const struct qword *q, const uint32_t *ct,
    size_t j)
{
	char a[MAXLEN + 1];
	const struct word *w = &e->v[ct[j]], *next = &e->v[q->next], *prev;

	if (next->w <= 0 || next->soft || next->and || q->len > MAXLEN)
		return 0;
	/* where a person's name begins: first, or after "of", "and" or a
	 * title ("Dr. Sandy Adams"); not "Cousin Jack's Soul Food" */
	prev = j > 0 ? &e->v[ct[j - 1]] : NULL;
	if (prev && !prev->and && !(prev->len == 2 && memcmp(prev->s, "of",
	    2) == 0) && !sdc_person_title(prev->s))
		return 0;
	memcpy(a, q->s, q->len);
	a[q->len] = '\0';
	return is_pair(e, a, w->s, 1) != 0;
}

/* The typed given name or nickname t read as the candidate's word before
 * the typed word after t (given_fits), its other spelling. */
static void
nick_match(const struct sdc_nev *e, const struct qword *t, const uint32_t *ct,
    size_t m, const unsigned char *used, struct match *b, double *bw)
{
	size_t j;

	if (!t->nick || t->next < 0)
		return;
	for (j = 0; j + 1 < m; j++)
		if (!used[j] && ct[j + 1] == (uint32_t)t->next &&
		    ct[j] != (uint32_t)t->vid && given_fits(e, t, ct, j))
			consider(b, 0.95, j, 1, SDC_NEV_SPELLING, e->v[ct[j]].w,
			    bw);
}

/* One candidate word against the typed word q. */
static void
match_word(struct sdc_nev *e, const struct qword *q, const uint32_t *ct,
    size_t m, size_t j, const unsigned char *used, struct match *best,
    double *bestw)
{
	const struct word *w = &e->v[ct[j]];
	unsigned short how;
	float sq;
	size_t span;

	if (q->vid == (long)ct[j] || (q->and && w->and &&
	    first_and(e, ct, j, used))) {
		/* "u." or "en" for "&" */
		consider(best, 1.0, j, 1, SDC_NEV_EXACT, w->w, bestw);
		return;
	}
	/* single() of a known word is its abbreviations and endings */
	if ((q->vid < 0 || q->abbr || q->ending || q->dot) &&
	    (sq = single_memo(e, q,
	    ct[j], &how)) > 0)
		consider(best, sq, j, 1, how, w->w, bestw);
	/* a descriptor the name begins with, typed first as its first two
	 * letters ("St. Legale Caputo", "Cl. Dental Vila") */
	if (q->slot == 0 && j == 0 && q->len == 2 && w->lead &&
	    w->len > 2 && memcmp(q->s, w->s, 2) == 0)
		consider(best, 0.7, j, 1, SDC_NEV_PREFIX, w->w, bestw);
	if (q->join && joins(e, q, ct, m, j, used))
		consider(best, 1.0, j, 2, SDC_NEV_COMPOUND, w->w +
		    e->v[ct[j + 1]].w, bestw);
	if (q->initials && part_initials(q, w))
		consider(best, q->len == 2 ? 0.7 : 0.8, j, 1, SDC_NEV_ACRONYM,
		    w->w, bestw);
	if ((span = spells(e, q, ct, m, j, used)) > 0) {
		double s = 0;
		size_t k;

		for (k = 0; k < span; k++)
			s += e->v[ct[j + k]].w;
		/* two letters fit many names: weaker evidence */
		consider(best, q->len == 2 ? 0.7 : 0.8, j, span,
		    SDC_NEV_ACRONYM, s, bestw);
	}
}

/* --- scoring one candidate --- */

/* The typed word t, last of the name, read as how, looks cut off in w:
 * a strict prefix of it, or a word no name ends with ("of", "and"). */
static int
cut_at(const struct sdc_nev *e, const struct qword *t, uint32_t w,
    unsigned how)
{
	const struct word *v = &e->v[w];

	if (how == SDC_NEV_ENDING)
		return 0;	/* "Andersen" is no "Andersens ..." cut */
	if (t->flen < v->len && memcmp(t->f, v->s, t->flen) == 0)
		return 1;
	/* "Freitas e", "Nieto y", "Blanc et": "and" in any language read */
	return (t->len == 2 && memcmp(t->s, "of", 2) == 0) || t->and;
}

/* Where the soft words (and drop words) that end a name begin; m when
 * none do.  A name of fewer than two other words keeps them: "Greenfield
 * Holdings" is not any "Greenfield". */
static size_t
soft_tail(const struct sdc_nev *e, const uint32_t *ct, size_t m)
{
	size_t j = m, i, core = 0;

	while (j > 0 && (e->v[ct[j - 1]].soft || e->v[ct[j - 1]].w == 0))
		j--;
	for (i = 0; i < j; i++)
		core += e->v[ct[i]].w > 0;
	return core < 2 ? m : j;
}


#define LEAD_ONLY 0.8	/* ... and so many of the names that have it */
#define LEAD_WORDS 3	/* descriptors looked at ("Studio Dentistico
			 * Associato") */

/* The words many names begin with and few have elsewhere: a trade or
 * an institution named before the name ("Cabinet Dentaire", "Studio
 * Dentistico", "Farmacia", "Despacho", "IES"), left off as often as
 * typed.  Position by position: a word counts where every word before
 * it is one (or a drop word, "Pharmacie du Centre"). */
static void
index_leads(struct sdc_nev *e)
{
	size_t pos, i, j, *cnt = sdc_xcalloc(e->nv + 1, sizeof(*cnt));

	if (e->ctok == NULL) {	/* no customer has a word */
		free(cnt);
		return;
	}
	for (pos = 0; pos < LEAD_WORDS; pos++) {
		memset(cnt, 0, e->nv * sizeof(*cnt));
		for (i = 0; i < e->n; i++) {
			const uint32_t *ct = e->ctok + e->coff[i];
			size_t m = e->coff[i + 1] - e->coff[i];

			for (j = 0; j < m && j < pos && (e->v[ct[j]].lead ||
			    e->v[ct[j]].w == 0); j++)
				;
			if (j == pos && pos < m && e->v[ct[pos]].w > 0)
				cnt[ct[pos]]++;
		}
		for (i = 0; i < e->nv; i++)
			if (e->v[i].w < COMMON_SHORT && e->v[i].len >= 3 &&
			    cnt[i] >= 2 && (double)cnt[i] >= LEAD_ONLY *
			    e->v[i].npost)
				e->v[i].lead = 1;
	}
	free(cnt);
}

/* The word is Vietnam's name as a Vietnamese subsidiary of a foreign
 * firm ends with it ("Công ty TNHH Samdong Machinery Việt Nam", "...
 * Vina"): left untyped, the name typed is the parent's as likely
 * ("Samdong Machinery Corp."), and its legal form left off costs its
 * whole weight again (words_left). */
static int
vn_country(const struct word *w)
{
	return (w->len == 4 && (memcmp(w->s, "vina", 4) == 0 ||
	    memcmp(w->s, "viet", 4) == 0)) ||
	    (w->len == 7 && memcmp(w->s, "vietnam", 7) == 0);
}

/* The candidate word w is s. */
static int
word_is(const struct word *w, const char *s)
{
	return w->len == strlen(s) && memcmp(w->s, s, w->len) == 0;
}

/* How many of the words ct[0..m) are a Vietnamese legal form written
 * before the name (Law on Enterprises 2020): công ty or its "Cty", then
 * TNHH, cổ phần or its "CP", then MTV; CTCP; DNTN.  A firm signs without
 * it as an English one signs without its "Ltd" ("Ahnahn Vina" for Công
 * ty TNHH Ahnahn Vina), so it is read as a descriptor is (lead_run); one
 * typed still tells CTCP from DNTN, as a typed word does. */
static size_t
vn_form_run(const struct sdc_nev *e, const uint32_t *ct, size_t m)
{
	static const char *const forms[][3] = {
		{ "cong", "ty", NULL }, { "cty", NULL }, { "ctcp", NULL },
		{ "dntn", NULL }, { "tnhh", NULL }, { "co", "phan", NULL },
		{ "cp", NULL }, { "mtv", NULL }
	};
	size_t j = 0, f = 0, k;

	/* the forms in their order: company, liability or shares, member */
	while (f < sizeof(forms) / sizeof(*forms)) {
		for (k = 0; forms[f][k] && j + k < m &&
		    word_is(&e->v[ct[j + k]], forms[f][k]); k++)
			;
		if (forms[f][k] != NULL || ((f == 5 || f == 6) && j == 0)) {
			f++;	/* not here; a lone "CP" is initials, "Co
				 * Phan" a name */
			continue;
		}
		j += k;
		f = f < 4 ? 4 : f < 7 ? 7 : 8;
	}
	return j;
}

/* How many of a name's first words are descriptors (index_leads, or
 * drop words among them, or a Vietnamese legal form: vn_form_run),
 * before its soft tail, leaving two words of weight after them; 0 for
 * none ("Rossi" is no "Farmacia Rossi"). */
static size_t
lead_run(const struct sdc_nev *e, const uint32_t *ct, size_t tail)
{
	size_t i, j, core = 0, any, form = vn_form_run(e, ct, tail);

	any = form > 0;
	for (j = form; j < tail && (e->v[ct[j]].lead || e->v[ct[j]].w == 0);
	    j++)
		;
	for (i = j; i < tail; i++)
		core += e->v[ct[i]].w > 0 && !short_common(&e->v[ct[i]]);
	/* fewer than two after it: the run is shorter ("Ambulanter" of
	 * "Ambulanter Pflegedienst Jung") */
	for (; j > 0 && core < 2; j--)
		core += e->v[ct[j - 1]].w > 0 && !short_common(&e->v[ct[j - 1]]);
	for (i = 0; i < j; i++)
		any |= e->v[ct[i]].lead;
	return any && core >= 2 ? j : 0;
}

/* The candidate's word j of m is a title inside its name: a word of two
 * letters many names have, with words before and after it ("dr" of
 * "Zahnarztpraxis Dr. Kremer", where many are doctors' practices), left
 * off as often as typed.  First ("Dr. Barlowe Janitorial", "St.
 * Lowther's IT Services"), or where few names have it, it names the
 * firm; last it is a site's ("Depot St"); three letters are words
 * ("Lancaster Properties Law"). */
static int
title_at(const struct sdc_nev *e, const uint32_t *ct, size_t m, size_t j)
{
	return j > 0 && j + 1 < m && e->v[ct[j]].title;
}

/* What a caller needs of a score: at least s (a score below it changes
 * nothing), or every typed word matched (all).  score() stops as soon
 * as it is sure the candidate falls short, and then returns BELOW. */
struct need {
	double s;
	int all;
};

#define BELOW (-1.0)
/* A score is worked out until it is sure to fall below this too: the
 * same name is often asked again at a lower floor (sdc-link: 0.5, then
 * 0.3 for a group's sites, 0.25 for initials), and a candidate stopped
 * short of the first floor is then scored again. */
#define KEEP_BELOW 0.25
/* Rounding between the bound below and the score it bounds (summed in
 * another order) is far below this. */
#define BOUND_SLACK 1e-9

/* Whether a candidate part-way through score() (typed words matched
 * worth got, their penalties pen, its words used worth used, unused
 * worth unused) cannot reach need, when the typed words left read a
 * word at quality q at most: each word they match adds at most q times
 * its weight to the score's numerator and its weight to the
 * denominator.  The bound is linear-fractional in the weight they
 * match, so highest at none or all. */
static double
most_left(double got, double pen, double used, double unused, double q)
{
	double d = pen + used, none = d > 0 ? got / d : 0, all;

	d += unused;
	if (d <= 0)
		return HUGE_VAL;	/* nothing known yet */
	all = (got + q * unused) / d;
	return all > none ? all : none;
}

/* ... whether that is below what nd needs, and KEEP_BELOW (*most: the
 * bound). */
static int
falls_short(const struct need *nd, double got, double pen, double used,
    double unused, double q, double *most)
{
	double stop = nd->s < KEEP_BELOW ? nd->s : KEEP_BELOW;

	*most = most_left(got, pen, used, unused, q);
	return *most < stop - BOUND_SLACK;
}

/* A plain typed word (it meets its own word only) that candidate id
 * lacks: when every typed word must match, it cannot. */
static int
lacks_plain(const struct query *q, const uint32_t *ct, size_t m)
{
	size_t i, j;

	for (i = 0; i < q->n; i++) {
		if (!q->t[i].plain)
			continue;
		for (j = 0; j < m && ct[j] != (uint32_t)q->t[i].vid; j++)
			;
		if (j == m)
			return 1;
	}
	return 0;
}

/* The places of candidate words (their first letters first, m of them)
 * by first letter, for best_match. */
static void
letters_of(struct sdc_nev *e, const char *first, size_t m)
{
	size_t j;

	if (++e->lgen == 0) {	/* wrapped: old stamps mean nothing */
		memset(e->lstamp, 0, sizeof(e->lstamp));
		e->lgen = 1;
	}
	for (j = 0; j < m; j++) {
		unsigned char c = (unsigned char)first[j];

		if (e->lstamp[c] != e->lgen) {
			e->lstamp[c] = e->lgen;
			e->lpos[c] = 0;
		}
		e->lpos[c] |= (uint64_t)1 << j;
	}
}

static uint64_t
letter_at(const struct sdc_nev *e, char c)
{
	unsigned char u = (unsigned char)c;

	return e->lstamp[u] == e->lgen ? e->lpos[u] : 0;
}

/* The best reading of typed word t among the candidate's words not
 * used yet (match_word()); a plain word's is the first of its own, and
 * a lettered one's among its own and those of its first letter, as
 * typed or folded (letters_of).  At 50,000 customers a name of Han, a
 * syllable a character, brings thousands of candidates with twenty
 * words each, and most of its syllables may be initials. */
static void
best_match(struct sdc_nev *e, const struct qword *t, const uint32_t *ct,
    size_t m, const unsigned char *used, struct match *b, double *bw)
{
	size_t j;
	uint64_t at;

	if (t->plain) {
		for (j = 0; j < m; j++)
			if (!used[j] && ct[j] == (uint32_t)t->vid) {
				consider(b, 1.0, j, 1, SDC_NEV_EXACT,
				    e->v[ct[j]].w, bw);
				return;
			}
		nick_match(e, t, ct, m, used, b, bw);
		return;
	}
	if (!t->lettered)	/* every word (m <= MAXW, 64) */
		at = m < 64 ? ((uint64_t)1 << m) - 1 : ~(uint64_t)0;
	else
		at = letter_at(e, t->s[0]) | letter_at(e, t->f[0]) |
		    letter_at(e, e->v[t->vid].s[0]);
	for (; at; at &= at - 1) {	/* in order; one call, inlined */
		j = (size_t)__builtin_ctzll(at);
		if (!used[j])
			match_word(e, t, ct, m, j, used, b, bw);
	}
	nick_match(e, t, ct, m, used, b, bw);
}

/* Word j is an "and" left out between two words typed, in a name typed
 * with none of its "and"s: "Vlček partneři" for "Vlček & partneři" lacks
 * nothing ("Fenwick Heating and Cooling" does lack the "and Sons" of
 * "Fenwick and Sons Heating and Cooling"). */
static int
left_out_and(const struct sdc_nev *e, const uint32_t *ct, size_t m,
    const unsigned char *used, size_t j)
{
	size_t k;

	if (used[j] || !e->v[ct[j]].and || j == 0 || j + 1 >= m ||
	    !used[j - 1] || !used[j + 1])
		return 0;
	for (k = 0; k < m; k++)
		if (used[k] && e->v[ct[k]].and && e->v[ct[k]].w > 0)
			return 0;	/* not an initial "E" of "E Tsang & Daughters" */
	return 1;
}

/* The candidate's words added to score()'s denominator *den once every
 * typed word is read (used: matched; tail: soft_tail(); head:
 * lead_run(); cut: where the
 * last typed word cut its name off, or -1), one by one as before (the
 * same sum to the last bit), and the counts of score() they give. */
static void
words_left(const struct sdc_nev *e, const uint32_t *ct, size_t m,
    const unsigned char *used, size_t tail, size_t head, int vn, long cut,
    unsigned *how, unsigned cnt[7], double *den)
{
	size_t j;
	int any = 0;		/* a word typed so far, in the name's order */

	for (j = head; vn && j < m && head > 0; j++)
		if (!used[j] && e->v[ct[j]].country)
			head = 0;
	for (j = 0; j < m; j++)
		if (left_out_and(e, ct, m, used, j))
			*how |= SDC_NEV_AND;
		else if (!used[j] && (j >= tail || j < head ||
		    title_at(e, ct, m, j))) {
			*den += SOFT * e->v[ct[j]].w;
			cnt[j < head ? 6 : 5] += j < tail;
		} else if (used[j] || cut < 0 || (long)j < cut) {
			*den += e->v[ct[j]].w;
			if (!used[j] && e->v[ct[j]].w > 0) {
				cnt[1]++;
				cnt[3] = cnt[3] && !any;
			} else if (used[j] && cnt[1] > 0)
				cnt[2] = 0;
			/* "Whelan & Nolan Roofing": a partner, not a word */
			if (used[j] && !any && j > 0 && e->v[ct[j - 1]].and)
				cnt[3] = 0;
			any |= used[j];
		} else
			*how |= SDC_NEV_CUT;
}

/* Where the name was cut off, its word cut read by the last typed word,
 * given the words matched (used): -1 when a typed word matched a word
 * of it after that one.  A name cut short is the words typed up to where
 * the typist stopped; "Kara au" is no "Autohaus Kara Hamburg" cut off
 * at its first word, with "Hamburg" after it excused.  The same word
 * typed whole later may have been read the other way round: "Rohan
 * Brough T/A Bro" is cut at the second Brough. */
static long
cut_where(const uint32_t *ct, const unsigned char *used, size_t m, long cut)
{
	size_t j = m;

	while (j > 0 && !used[j - 1])
		j--;
	if (cut < 0 || j == 0 || (long)j - 1 <= cut)
		return cut;
	return ct[j - 1] == ct[cut] ? (long)j - 1 : -1;
}

/* cnt[0]: the typed words nothing matched; cnt[1]: the candidate's
 * words of weight left untyped (not its soft tail, not after a cut);
 * cnt[2]: 1 when those all come after the typed words' matches, cnt[3]
 * when they all come before; cnt[4]: the typed words read with a typo;
 * cnt[5]: its titles left untyped (title_at); cnt[6]: its descriptors
 * left untyped (lead_run).  BELOW when it falls short
 * of nd (*most: the most it could score then). */
static double
score(struct sdc_nev *e, const struct query *q, size_t id,
    unsigned *how, unsigned cnt[7], double *sure, const struct need *nd,
    double *most)
{
	/* No customer has a word yet: ctok is NULL, and C forbids even a
	 * zero offset from it (UBSan says so). */
	const uint32_t *ct = e->ctok ? e->ctok + e->coff[id] : NULL;
	size_t m = e->coff[id + 1] - e->coff[id], i, k;
	unsigned char used[MAXW] = { 0 };
	double got = 0, den = 0, wused = 0, wunused = e->cs[id].weight;
	long cut = -1;

	*how = 0;
	*sure = 0;
	cnt[0] = cnt[1] = cnt[4] = cnt[5] = cnt[6] = 0;
	cnt[2] = cnt[3] = 1;
	*most = HUGE_VAL;
	if (nd->all && lacks_plain(q, ct, m))
		return BELOW;
	if (q->lettered)
		letters_of(e, e->cfirst + e->coff[id], m);
	for (k = 0; k < q->n; k++) {
		const struct qword *t = &q->t[q->order[k]];
		struct match b = { 0, 0, 0, 0 };
		double bw = 0;

		best_match(e, t, ct, m, used, &b, &bw);
		if (b.q == 0) {
			den += t->soft ? SOFT * t->w : t->vid >= 0 ?
			    UNMATCHED * t->w : t->w;
			cnt[0]++;
			if (nd->all || falls_short(nd, got, den, wused,
			    wunused, q->rest[k + 1], most))
				return BELOW;
			continue;
		}
		for (i = b.pos; i < b.pos + b.span; i++) {
			used[i] = 1;
			wused += e->v[ct[i]].w;
			wunused -= e->v[ct[i]].w;
		}
		got += bw;
		if (falls_short(nd, got, den, wused, wunused, q->rest[k + 1],
		    most))
			return BELOW;
		*how |= b.how;
		if (t->and && ct[b.pos] != (uint32_t)t->vid &&
		    e->v[ct[b.pos]].and)
			*how |= SDC_NEV_AND;
		cnt[4] += b.how == SDC_NEV_TYPO;
		if (b.how == SDC_NEV_EXACT && e->v[ct[b.pos]].w > *sure)
			*sure = e->v[ct[b.pos]].w;
		/* the last typed word ends where a name was cut off */
		if (q->order[k] == q->n - 1 && cut_at(e, t, ct[b.pos], b.how))
			cut = (long)(b.pos + b.span - 1);
	}
	cut = cut_where(ct, used, m, cut);
	words_left(e, ct, m, used, e->ctail[id], e->chead[id], e->cvn[id],
	    cut, how, cnt, &den);
	return den > 0 ? got / den : 0;
}

/* The score cache's gen for typed words (sdc_nev.skey), a new one
 * (replacing the older key) when they are not among the last queried. */
static void
scores_for(struct sdc_nev *e, const char *words)
{
	size_t i, old = 0;

	for (i = 0; i < SKEYS; i++)
		if (e->skey[i].words && strcmp(e->skey[i].words, words) == 0) {
			e->scur = e->skey[i].gen;
			return;
		}
	for (i = 1; i < SKEYS; i++)
		if (e->skey[i].gen < e->skey[old].gen)
			old = i;
	if (++e->sgen == 0) {	/* wrapped: old entries mean nothing */
		memset(e->sc, 0, (e->n + 1) * sizeof(*e->sc));
		for (i = 0; i < SKEYS; i++) {
			free(e->skey[i].words);
			e->skey[i].words = NULL;
			e->skey[i].gen = 0;
		}
		e->sgen = 1;
	}
	free(e->skey[old].words);
	e->skey[old].words = sdc_xstrdup(words);
	e->skey[old].gen = e->scur = e->sgen;
}

/* score() through the cache of the current words (scores_for). */
static double
score_cached(struct sdc_nev *e, const struct query *q, size_t id,
    unsigned *how, unsigned cnt[7], double *sure, const struct need *nd)
{
	struct scache *x = &e->sc[id];
	double s, most;
	size_t i;

	if (x->gen == e->scur) {
		if (x->exact) {
			*how = x->how;
			for (i = 0; i < 7; i++)
				cnt[i] = x->cnt[i];
			*sure = x->sure;
			return x->s;
		}
		/* at most x->s */
		if ((nd->all && x->missed) || x->s < nd->s - BOUND_SLACK)
			return BELOW;
	}
	s = score(e, q, id, how, cnt, sure, nd, &most);
	x->gen = e->scur;
	x->exact = s != BELOW;
	if (s == BELOW) {
		/* fell short of nd->s, at most most (none known when it
		 * stopped at a word missed: every one was needed) */
		x->missed = nd->all || cnt[0] > 0;
		x->s = most;
		return BELOW;
	}
	x->s = s;
	x->how = (uint16_t)*how;
	for (i = 0; i < 7; i++)
		x->cnt[i] = (uint16_t)cnt[i];
	x->sure = *sure;
	return s;
}

static const struct query *ordering;

static int
heavier(const void *a, const void *b)
{
	double x = ordering->t[*(const size_t *)a].w,
	    y = ordering->t[*(const size_t *)b].w;

	if (x != y)
		return x > y ? -1 : 1;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* The typed words' soft tail ("... Group", "... (UK)"). */
static void
soft_typed(const struct sdc_nev *e, struct query *q)
{
	size_t j = q->n, i, core = 0;

	while (j > 1 && (q->t[j - 1].vid >= 0 && (e->v[q->t[j - 1].vid].soft ||
	    q->t[j - 1].w == 0)))
		j--;
	for (i = 0; i < j; i++)
		core += q->t[i].w > 0;
	for (j = core < 2 ? q->n : j; j < q->n; j++)
		q->t[j].soft = q->t[j].vid >= 0 && e->v[q->t[j].vid].soft;
}

/* The typed words with their weights, heaviest first. */
/* The last of two or more typed words, no customer's, is a legal form
 * typed with a slip ("Maplweood Plumbing LCL", "... Church Inf"): it
 * weighs nothing, as the form itself does. */
static void
slipped_form(const struct sdc_nev *e, struct query *q)
{
	struct qword *t;
	char buf[8];

	if (q->n < 2)	/* no t[-1] to point at (UBSan) */
		return;
	t = &q->t[q->n - 1];
	if (t->vid >= 0 || t->w == 0 || t->len >= sizeof(buf))
		return;
	memcpy(buf, t->s, t->len);
	buf[t->len] = '\0';
	if (sdc_name_is_drop_slip(e->nm, buf))
		t->w = 0;
}

/* No vowel in it: letters, not a word ("bv", "kg"). */
static int
vowelless(const char *w)
{
	return strpbrk(w, "aeiouy") == NULL;
}

/* The typed words, each weighed: a drop word no customer has weighs
 * nothing ("the", "firma" of "Firma Stein Tischlerei"), unless it comes
 * first of several without a vowel: initials, more likely than a legal
 * form typed before the name ("BV Design Co"). */
static void
query_done(struct query *q)
{
	free(q->buf);
	free(q->fbuf);
}

static size_t ending_forms(const struct sdc_nev *e, const struct qword *q,
    uint32_t *v, size_t k);

/* The row of typed word s (len bytes) in e's facts, made blank when
 * new; NULL before sdc_nev_finish. */
static struct tfact *
tfact_of(const struct sdc_nev *e, const char *s, size_t len)
{
	struct tfacts *m = e->tf;
	struct tfact *f;
	uint64_t h;
	size_t it = 0;
	uint32_t v;

	if (m == NULL)
		return NULL;
	h = hmem(s, len);
	while (sdc_hmap_find(&m->by, h, &it, &v))
		if (m->f[v].len == len && memcmp(m->f[v].s, s, len) == 0)
			return &m->f[v];
	if (m->n == TFACTS_MAX)
		tfacts_clear(m);
	m->f = sdc_grow(m->f, &m->cap, m->n + 1, sizeof(*m->f));
	f = &m->f[m->n];
	memset(f, 0, sizeof(*f));
	f->s = sdc_xstrndup(s, len);
	f->len = len;
	f->ending[0] = f->ending[1] = -1;
	sdc_hmap_put(&m->by, h, (uint32_t)m->n++);
	return f;
}

/* Typed word t's vocabulary id and person kind, and into *drop whether,
 * no customer's, it is a drop word or a slip of one (t->s ends at
 * t->len). */
static void
word_own(const struct sdc_nev *e, struct qword *t, int *drop)
{
	struct tfact *f = tfact_of(e, t->s, t->len);

	if (f != NULL && f->own) {
		t->pkind = f->pkind;
		t->vid = f->vid;
		*drop = f->drop;
		return;
	}
	t->pkind = sdc_person_name_kind(t->s);
	t->vid = word_find(e, t->s, t->len);
	if (t->vid < 0)
		t->vid = word_find_folded(e, t->s, t->len);
	*drop = t->vid < 0 && (sdc_name_is_drop(e->nm, t->s) ||
	    sdc_name_is_drop_typo(e->nm, t->s));
	if (f != NULL) {
		f->own = 1;
		f->pkind = t->pkind;
		f->vid = t->vid;
		f->drop = *drop;
	}
}

/* What typed word t may read as besides itself: an abbreviation or
 * nickname, two words joined, a word with an ending more or less
 * (query_readings). */
static void
word_readings(const struct sdc_nev *e, struct qword *t)
{
	struct tfact *f = tfact_of(e, t->s, t->len);
	size_t it;
	uint32_t v;

	if (f != NULL && f->readings) {
		t->abbr = f->abbr;
		t->nick = f->nick;
		t->join = f->join;
	} else {
		t->abbr = t->nick = 0;
		for (it = 0; sdc_hmap_find(&e->byabbr, hmem(t->s, t->len),
		    &it, &v);)
			if (strlen(e->ab[v].a) == t->len &&
			    memcmp(e->ab[v].a, t->s, t->len) == 0)
				*(e->ab[v].nick ? &t->nick : &t->abbr) = 1;
		for (it = 0; !t->abbr && (v = full_of(e, t, &it)) !=
		    UINT32_MAX;)
			t->abbr = !e->ab[v].nick;
		/* joins() meets only adjacent words, all in compounds (but
		 * those too long for index_compound) */
		t->join = t->flen > 2 * MAXLEN ||
		    compound_find(e, t->f, t->flen) >= 0;
	}
	if (f != NULL && f->ending[t->last != 0] >= 0)
		t->ending = f->ending[t->last != 0];
	else
		t->ending = ending_forms(e, t, &v, 1) > 0;
	if (f != NULL) {
		f->readings = 1;
		f->abbr = t->abbr;
		f->nick = t->nick;
		f->join = t->join;
		f->ending[t->last != 0] = t->ending;
	}
}

/* What each typed word may read as (qword.abbr, join, plain): at 50,000
 * customers a name's common words bring hundreds of candidates to score,
 * and a known word with no other reading only meets itself. */
static void
query_readings(const struct sdc_nev *e, struct query *q)
{
	size_t i;

	for (i = 0; i < q->n; i++) {
		struct qword *t = &q->t[i];

		t->next = i + 1 < q->n ? q->t[i + 1].vid : -1;
		t->half = q->n <= 2;
		word_readings(e, t);
		t->plain = t->vid >= 0 && !t->abbr && !t->join && !t->dot &&
		    !t->ending && !t->initials && !t->and &&
		    !(t->slot == 0 && t->len == 2);
		t->lettered = t->vid >= 0 && !t->abbr && !t->and &&
		    t->len > 0 && t->flen > 0;
		q->lettered |= t->lettered && !t->plain;
	}
}

/* The best quality any reading of typed word t gives (match_word):
 * itself, "and", or two words joined 1; else an abbreviation 0.95, a
 * typo 0.88 (an unknown word is no word at no edit; a hand's slip in a
 * long word 0.95: typo_q), a prefix 0.8 (0.7
 * cut to two letters), a contraction 0.7, initials 0.8 (0.7 of two
 * letters), a descriptor's first two letters 0.7. */
static double
reads_up_to(const struct qword *t)
{
	double q = 0;

	if (t->vid >= 0 || t->and || t->join)
		return 1.0;
	if (t->abbr || t->nick)
		q = (double)0.95f;
	if (t->len >= 4 && (double)(1.0f - 0.12f) > q)
		q = (double)(1.0f - 0.12f);
	if ((t->len >= SURE_SLIP_LEN || t->flen >= SURE_SLIP_LEN) &&
	    (double)SURE_SLIP_Q > q)
		q = (double)SURE_SLIP_Q;
	if ((t->len >= 3 || t->last) && (double)0.8f > q)
		q = (double)0.8f;	/* a prefix; contractions are less */
	if (t->initials && 0.8 > q)
		q = 0.8;
	if (t->slot == 0 && t->len == 2 && 0.7 > q)
		q = 0.7;	/* a descriptor's first two letters */
	if (t->ending && (double)ENDING_Q > q)
		q = (double)ENDING_Q;
	if (t->dot && t->len >= 3 && (double)DOTTED_CUT > q)
		q = (double)DOTTED_CUT;
	return q;
}

/* A letter alone is an initial, not "and", first in the name, next to
 * another "and" or to a word of two letters or fewer: "A Pretorius
 * Dental Surgery", "Kendrick & A", "Dr A Adams"; "Kubiak a Syn" is
 * Kubiak and son. */
static int
initial_at(const struct query *q, size_t i)
{
	size_t k;

	if (q->t[i].len > 1)
		return 0;
	if (i == 0)
		return 1;
	for (k = i > 0 ? i - 1 : i + 1; k <= i + 1 && k < q->n; k += 2)
		if (q->t[k].len <= 2 || and_word(q->t[k].s, q->t[k].len))
			return 1;
	return 0;
}

/* The typed word p (len bytes) and its copy f ended, less the dot
 * read_words marks a word shortened with ("clin."), into *dot; its
 * length without it (the word after it is still len + 1 on). */
static size_t
dot_off(char *p, char *f, size_t len, int *dot)
{
	*dot = len > 1 && p[len - 1] == '.';
	if (*dot)
		p[--len] = '\0';
	f[len] = '\0';
	return len;
}

static void
query_init(const struct sdc_nev *e, const char *words, struct query *q)
{
	char *p;
	size_t i;

	q->buf = sdc_xstrdup(words);
	q->fbuf = sdc_xstrdup(words);
	q->n = 0;
	q->lettered = 0;
	for (p = q->buf; *p && q->n < MAXW;) {
		size_t len = strcspn(p, " ");
		int more = p[len] != '\0', drop;

		p[len] = '\0';	/* the word alone, for the drop list too */
		if (len > 0) {
			struct qword *t = &q->t[q->n];
			char *f = q->fbuf + (p - q->buf);
			size_t n = dot_off(p, f, len, &t->dot);

			sdc_name_digraphs(f);
			t->f = f;
			t->flen = strlen(f);
			t->s = p;
			t->len = n;
			word_own(e, t, &drop);
			t->w = t->vid >= 0 ? e->v[t->vid].w : drop &&
			    !(q->n == 0 && more && vowelless(p)) ? 0 :
			    e->unknown_w;
			t->last = t->soft = 0;
			t->slot = q->n;
			q->order[q->n] = q->n;
			q->n++;
		}
		if (!more)
			break;
		p += len + 1;
	}
	if (q->n > 0)
		q->t[q->n - 1].last = !and_co(q, q->n - 1);
	slipped_form(e, q);
	soft_typed(e, q);
	for (i = 0; i < q->n; i++) {
		q->t[i].initials = initials_like(&q->t[i]);
		q->t[i].and = and_word(q->t[i].s, q->t[i].len) &&
		    !initial_at(q, i) && !word_last(q, i) && !pinyin_and(q, i);
	}
	query_readings(e, q);
	ordering = q;
	qsort(q->order, q->n, sizeof(*q->order), heavier);
	q->rest[q->n] = 0;
	for (i = q->n; i-- > 0;) {
		double r = reads_up_to(&q->t[q->order[i]]);

		q->rest[i] = r > q->rest[i + 1] ? r : q->rest[i + 1];
	}
}

double
sdc_nev_score(struct sdc_nev *e, const char *words, size_t id, unsigned *how)
{
	unsigned left;

	return sdc_nev_score_left(e, words, id, how, &left);
}

double
sdc_nev_score_left(struct sdc_nev *e, const char *words, size_t id,
    unsigned *how, unsigned *left)
{
	struct sdc_nev_hit h;

	sdc_nev_score_hit(e, words, id, &h);
	*how = h.how;
	*left = h.left;
	return h.score;
}

double
sdc_nev_score_hit(struct sdc_nev *e, const char *words, size_t id,
    struct sdc_nev_hit *h)
{
	struct query q;
	unsigned cnt[7] = { 0, 0, 1, 1, 0, 0, 0 };
	struct need every = { -HUGE_VAL, 0 };

	query_init(e, words, &q);
	new_query(e);
	scores_for(e, words);
	memset(h, 0, sizeof(*h));
	h->id = id;
	h->score = id < e->n ? score_cached(e, &q, id, &h->how, cnt,
	    &h->sure_w, &every) : 0;
	h->missed = id < e->n ? cnt[0] : (unsigned)q.n;
	h->left = cnt[1];
	h->left_after = (int)cnt[2];
	h->left_before = (int)cnt[3];
	h->slips = cnt[4];
	h->titled = cnt[5];
	h->led = cnt[6];
	query_done(&q);
	return h->score;
}

double
sdc_nev_known(struct sdc_nev *e, const char *words)
{
	struct query q;
	double known = 0, total = 0;
	size_t i;

	query_init(e, words, &q);
	for (i = 0; i < q.n; i++) {
		total += q.t[i].w;
		known += q.t[i].vid >= 0 ? q.t[i].w : 0;
	}
	query_done(&q);
	return total > 0 ? known / total : 0;
}

/* --- finding the candidates worth scoring --- */

/* Candidate c holds the current typed word (once per word); inline:
 * called for each posting walked, millions of times at 50,000. */
static inline struct cstate *
found_mark(struct sdc_nev *e, uint32_t c)
{
	struct cstate *x = &e->cs[c];

	if (x->stamp != e->gen) {
		x->stamp = e->gen;
		e->fbit[c / 64] |= (uint64_t)1 << (c % 64);
		x->acc = x->accm = x->acck = 0;
		e->found[e->nfound++] = c;
	}
	return x;
}

static inline void
found_add(struct sdc_nev *e, uint32_t c)
{
	struct cstate *x = found_mark(e, c);

	if (x->wstamp != e->wgen) {
		x->wstamp = e->wgen;
		x->acc += e->wcur;
		x->acck += e->kcur;
		x->accm += e->vcur;
		x->lastv = e->vcur;
		e->wadds++;
	} else if (e->vcur > x->lastv) {	/* a heavier reading */
		x->accm += e->vcur - x->lastv;
		x->lastv = e->vcur;
	}
}

/* The candidates of a posting list; vw: the most of their words' weight
 * the typed word can match through it.  When no candidate it would add
 * can reach the floor (e->member), only those found already are
 * touched: at 50,000 customers most of a list is such dead weight, each
 * a cache miss, then a bound to work out.  (e->wadds then counts only
 * them: it is read for unknown typed words, never in that state.) */
static void
found_list(struct sdc_nev *e, const struct word *w, double vw)
{
	uint32_t i, c;

	e->vcur = vw;
	if (e->member) {
		for (i = 0; i < w->npost; i++) {
			c = w->post[i];
			if (e->fbit[c / 64] >> (c % 64) & 1)
				found_add(e, c);
		}
		return;
	}
	for (i = 0; i < w->npost; i++) {
		if (i + AHEAD < w->npost)
			PREFETCH(&e->cs[w->post[i + AHEAD]], 1);
		found_add(e, w->post[i]);
	}
}

/* The found candidates that hold vocabulary word v, when they are far
 * fewer than its holders: a common word ("de", "notaires") has
 * thousands at 50,000 customers.  The same updates as found_list()
 * (which in e->member adds no candidate, so their order is no matter). */
#define MEMBER_SCAN 2	/* postings per found candidate it pays for */

static void
found_among(struct sdc_nev *e, uint32_t v)
{
	size_t i, j, nfound = e->nfound;

	e->vcur = e->v[v].w;
	for (i = 0; i < nfound; i++) {
		uint32_t c = e->found[i];

		for (j = e->coff[c]; j < e->coff[c + 1]; j++)
			if (e->ctok[j] == v) {
				found_add(e, c);
				break;
			}
	}
}

static void
found_word(struct sdc_nev *e, uint32_t v)
{
	if (e->member && e->nfound * MEMBER_SCAN < e->v[v].npost) {
		found_among(e, v);
		return;
	}
	/* a typed word matches a word at most at that word's weight */
	found_list(e, &e->v[v], e->v[v].w);
}


struct typos { struct sdc_nev *e; const struct qword *q; };

static int
typo_found(uint32_t v, void *arg)
{
	struct typos *a = arg;

	if (word_typos(a->q, &a->e->v[v]) > 0)
		found_word(a->e, v);
	return 0;
}

/* Vocabulary words within the typos allowed of q: the deletion
 * neighbourhoods of both meet. */
static void
found_typos_of(struct sdc_nev *e, const struct qword *q, const char *s,
    size_t len)
{
	struct typos a = { e, q };

	if (len >= 4)
		dels_meet(e, s, len, typo_found, &a);
}

/* ... as typed and as spelt folded (typos()) */
static void
found_typos(struct sdc_nev *e, const struct qword *q)
{
	found_typos_of(e, q, q->s, q->len);
	if (q->flen != q->len && !memmem(q->s, q->len, "ij", 2) &&
	    !memmem(q->s, q->len, "aa", 2))
		found_typos_of(e, q, q->f, q->flen);
}

/* Words the typed word is a prefix of (not when it fits too many). */
/* 0 when the typed word is too short, or a prefix of too many words,
 * to look up. */
static int
found_prefix(struct sdc_nev *e, const struct qword *q)
{
	size_t lo = 0, hi = e->nv, i;

	if (q->flen < 3)
		return 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strncmp(e->v[e->sorted[mid]].s, q->f, q->flen) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < e->nv && i - lo <= PREFIX_MAX &&
	    strncmp(e->v[e->sorted[i]].s, q->f, q->flen) == 0; i++)
		;
	if (i - lo > PREFIX_MAX)
		return 0;
	for (; lo < i; lo++)
		found_word(e, e->sorted[lo]);
	return 1;
}

/* Words the typed word contracts ("plmbg" of "plumbing", "trkg" of
 * "trucking": its first letter, then its letters in order), looked for
 * among the words of its first letter only when nothing else read it,
 * and only for a word of four letters or more with no vowel after its
 * first letter (vowels left out is how a word is contracted; three
 * consonants are initials), or its first letters and last (ends_kept:
 * "agcia" of "agencia", "ctro" of "centro", "admon" of
 * "administracion", the RAE's abreviaturas por contraccion); none when
 * too many fit. */
static void
found_contraction(struct sdc_nev *e, const struct qword *q)
{
	uint32_t hit[CONTRACT_MAX];
	size_t lo = 0, hi = e->nv, i, n = 0;
	int vowels;

	if (q->len < 4 || q->len > MAXLEN || !alpha_only(q->s, q->len))
		return;
	vowels = strpbrk_n(q->s + 1, q->len - 1, "aeiouy");
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (e->v[e->sorted[mid]].s[0] < q->s[0])
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < e->nv && e->v[e->sorted[i]].s[0] == q->s[0]; i++)
		if ((vowels ? ends_kept(q, &e->v[e->sorted[i]]) :
		    is_contraction(q, &e->v[e->sorted[i]])) &&
		    n++ < CONTRACT_MAX)
			hit[n - 1] = e->sorted[i];
	for (i = 0; n <= CONTRACT_MAX && i < n; i++)
		found_word(e, hit[i]);
}

static void
found_abbrev(struct sdc_nev *e, const struct qword *q)
{
	size_t it = 0;
	uint32_t v;
	long w;

	while (sdc_hmap_find(&e->byabbr, hmem(q->s, q->len), &it, &v))
		if (e->ab[v].finds && strlen(e->ab[v].a) == q->len &&
		    memcmp(e->ab[v].a, q->s, q->len) == 0 &&
		    (w = word_find(e, e->ab[v].w, strlen(e->ab[v].w))) >= 0)
			found_word(e, (uint32_t)w);
	for (it = 0; (v = full_of(e, q, &it)) != UINT32_MAX;)
		if (e->ab[v].finds && (w = word_find(e, e->ab[v].a,
		    strlen(e->ab[v].a))) >= 0 && e->v[w].w > 0)
			found_word(e, (uint32_t)w);
}

/* The vocabulary words that are other forms of the surname q may be
 * (sur_form), up to k into v; none longer than the last typed word no
 * customer has, which is cut short rather (as single() reads it).  The
 * words of q's stems are looked up (index_sur_stems), not each ending's
 * form. */
static size_t
sur_forms(const struct sdc_nev *e, const struct qword *q, uint32_t *v,
    size_t k)
{
	char f[MAXLEN + 8];
	size_t i, j, n = 0, st, it;
	long w, a;
	uint32_t x;

	for (i = 0; sur_endings[i] && n < k; i++) {
		if ((a = ends_in(q->s, q->len, sur_endings, i)) < 0)
			continue;
		st = q->len - (size_t)a;
		for (it = 0; n < k && sdc_hmap_find(&e->bysurstem, hmem(q->s,
		    st), &it, &x);) {
			const struct word *c = &e->v[x];

			for (j = 0; j < n && v[j] != x; j++)
				;
			if (j == n && (long)x != q->vid && c->len >= st &&
			    memcmp(c->s, q->s, st) == 0 && (q->vid >= 0 ||
			    !q->last || c->len <= q->len) && sur_form(q->s,
			    q->len, c->s, c->len))
				v[n++] = x;
		}
	}
	for (i = 0; sky_m[i] && n < k; i++)
		for (j = 0; sky_f[j] && n < k; j++) {
			const char *from = NULL, *to = NULL;

			if ((a = ends_in(q->s, q->len, sky_m, i)) >= 0)
				from = sky_m[i], to = sky_f[j];
			else if ((a = ends_in(q->s, q->len, sky_f, j)) >= 0)
				from = sky_f[j], to = sky_m[i];
			if (from == NULL || (st = q->len - strlen(from)) == 0 ||
			    q->s[st - 1] != 'k')
				continue;
			memcpy(f, q->s, st);
			memcpy(f + st, to, strlen(to));
			if ((w = word_find(e, f, st + strlen(to))) >= 0 &&
			    (uint32_t)w != (uint32_t)q->vid)
				v[n++] = (uint32_t)w;
		}
	return n;
}

/* The vocabulary words the typed word q inflects or is inflected from
 * (inflects()), up to k into v: the forms with each ending added, taken
 * off, or the Finnish stem's end changed. */
static size_t
inflected_forms(const struct sdc_nev *e, const struct qword *q, uint32_t *v,
    size_t k)
{
	char f[MAXLEN + 4];
	size_t i, n = 0, len = q->len, el;
	long w;

	if (len < ENDING_STEM - 1 || len > MAXLEN || !alpha_only(q->s, len))
		return 0;
#define FORM(str, flen) do { \
		if (n < k && (w = word_find(e, (str), (flen))) >= 0 && \
		    (uint32_t)w != (uint32_t)q->vid && (inflects(q->s, len, \
		    e->v[w].s, e->v[w].len) || inflects(e->v[w].s, \
		    e->v[w].len, q->s, len))) \
			v[n++] = (uint32_t)w; \
	} while (0)
	memcpy(f, q->s, len);
	for (i = 0; endings[i]; i++) {
		el = strlen(endings[i]);
		memcpy(f + len, endings[i], el);
		FORM(f, len + el);
		if (len > el && memcmp(q->s + len - el, endings[i], el) == 0)
			FORM(q->s, len - el);
	}
	if (q->s[len - 1] == 'i') {	/* ylojarvi: ylojarven */
		memcpy(f + len - 1, "en", 2);
		FORM(f, len + 1);
	}
	if (len > 2 && memcmp(q->s + len - 2, "en", 2) == 0) {
		memcpy(f, q->s, len - 2);
		f[len - 2] = 'i';
		FORM(f, len - 1);
	}
	if (len >= 5 && (memcmp(q->s + len - 3, "nen", 3) == 0 ||
	    memcmp(q->s + len - 3, "sen", 3) == 0)) {
		memcpy(f, q->s, len);
		f[len - 3] = q->s[len - 3] == 'n' ? 's' : 'n';
		FORM(f, len);
	}
#undef FORM
	return n;
}

/* inflected_forms(), and the other forms of a surname (sur_forms). */
static size_t
ending_forms(const struct sdc_nev *e, const struct qword *q, uint32_t *v,
    size_t k)
{
	size_t n = inflected_forms(e, q, v, k);

	return n + sur_forms(e, q, v + n, k - n);
}

#define ENDING_FORMS 16

static void
found_endings(struct sdc_nev *e, const struct qword *q)
{
	uint32_t v[ENDING_FORMS];
	size_t i, n = ending_forms(e, q, v, ENDING_FORMS);

	for (i = 0; i < n; i++)
		found_word(e, v[i]);
}

/* e->cletters, at the first call. */
static void
letters_made(struct sdc_nev *e)
{
	size_t c, j;

	e->cletters = sdc_xcalloc(e->n + 1, sizeof(*e->cletters));
	for (c = 0; c < e->n; c++)
		for (j = e->coff[c]; j < e->coff[c + 1]; j++)
			if (e->cfirst[j] >= 'a' && e->cfirst[j] <= 'z')
				e->cletters[c] |= 1u << (e->cfirst[j] - 'a');
}

/* Candidate c is found by the query (found_add()) without holding the
 * current typed word: the query finds the same candidates in the same
 * order (read_free()'s gate counts and samples them), but its bound
 * does not credit it with the word. */
static void
found_lacking(struct sdc_nev *e, uint32_t c)
{
	found_mark(e, c);
	e->wadds++;	/* as found_for() reads it: the word stays bound */
}

/* The candidates of the pairs list of known typed word q's first two
 * letters (found_list()), less the credit of q for those whose words
 * begin with none of one of its other letters (found_lacking()): read
 * as it is, as initials or as a compound's parts, an index places it,
 * and initials spell a word per letter (spells()).  Not for an unknown
 * word: the pairs list may be the one index to place a slip of a word
 * of theirs ("sasez" of Sáez, gen-link-blind7), and reading their words
 * for it (single()) cost more than scoring them (blind24 at 50,000:
 * +1.0M instructions a name). */
static void
found_initials(struct sdc_nev *e, const struct qword *q)
{
	const struct word *w = &e->pairs[26 * (q->s[0] - 'a') +
	    (q->s[1] - 'a')];
	uint32_t need = 0, i, c;

	if (q->len < 3 || q->abbr || q->ending || q->and || q->nick ||
	    q->join) {
		found_list(e, w, e->wcur);
		return;
	}
	if (e->cletters == NULL)
		letters_made(e);
	for (i = 2; i < q->len; i++)
		need |= 1u << (q->s[i] - 'a');
	e->vcur = e->wcur;
	for (i = 0; i < w->npost; i++) {
		c = w->post[i];
		if (e->member && !(e->fbit[c / 64] >> (c % 64) & 1))
			continue;
		if (i + AHEAD < w->npost)
			PREFETCH(&e->cs[w->post[i + AHEAD]], 1);
		if ((e->cletters[c] & need) == need)
			found_add(e, c);
		else
			found_lacking(e, c);
	}
}

/* Compounds whose parts' initials the typed word is (part_initials),
 * whatever else it reads as ("StB" is an abbreviation too). */
static void
found_parts(struct sdc_nev *e, const struct qword *q)
{
	if ((q->len == 2 || q->len == 3) && alpha_only(q->s, q->len) &&
	    q->w > 0)
		found_list(e, &e->tails[26 * (q->s[0] - 'a') +
		    (q->s[q->len - 1] - 'a')], e->wcur);
}

static void read_sigs(struct sdc_nev *);
static void read_word(struct sdc_nev *, const struct qword *, unsigned char);

/* Postings of a pairs list past which found_pairs() reads an unknown
 * word's candidates rather than crediting them all: reading costs a
 * scan of the vocabulary (read_word), scoring a candidate a thousand
 * instructions or more. */
#define PAIRS_READ 1024
#define PAIRS_BIT 0x80	/* in e->fread, above read_free()'s bits */

/* The pairs list of unknown typed word q's first two letters, read as
 * initials.  A long one ("cloud" fetches the "cl" list: 44,105 of
 * gen-link-blind24's 50,000 customers, every one then scored) credits
 * q only to the candidates that may read it (found_add()): as initials
 * when each of its letters begins a word of theirs (spells()), or as one
 * of their words (single(), as read_word() works out); the others are
 * found without it (found_lacking()), as found_initials() finds a known
 * word's.  match_word()'s other readings of an unknown word are not
 * taken here: "and", a nickname, a run-together word, two letters. */
static void
found_pairs(struct sdc_nev *e, const struct qword *q)
{
	const struct word *w = &e->pairs[26 * (q->s[0] - 'a') +
	    (q->s[1] - 'a')];
	uint32_t need = 0, i, c;

	if (w->npost < PAIRS_READ || q->len < 3 || q->abbr || q->and ||
	    q->nick || q->join) {
		found_list(e, w, e->wcur);
		return;
	}
	if (e->cletters == NULL)
		letters_made(e);
	if (e->vsig == NULL)
		read_sigs(e);
	for (i = 0; i < q->len; i++)
		need |= 1u << (q->s[i] - 'a');
	for (i = 0; i < w->npost; i++)	/* in found_list()'s order */
		if (!e->member || e->fbit[w->post[i] / 64] >>
		    (w->post[i] % 64) & 1)
			found_mark(e, w->post[i]);
	read_word(e, q, PAIRS_BIT);
	e->vcur = e->wcur;
	for (i = 0; i < w->npost; i++) {
		c = w->post[i];
		if (!(e->fbit[c / 64] >> (c % 64) & 1))
			continue;
		if ((q->initials && (e->cletters[c] & need) == need) ||
		    (e->fread[c] & PAIRS_BIT))
			found_add(e, c);
		else
			found_lacking(e, c);
	}
	for (i = 0; i < e->nfound; i++)
		e->fread[e->found[i]] &= (unsigned char)~PAIRS_BIT;
}

/* Every way the typed word may meet a candidate's words; 1 when no
 * index can be sure to have placed it (see sdc_nev_query). */
static int
found_for(struct sdc_nev *e, const struct qword *q)
{
	long c;
	int prefixed = 0, abbrev;

	if (q->vid >= 0) {	/* as typed, or what it abbreviates */
		found_word(e, (uint32_t)q->vid);
		found_abbrev(e, q);
		found_endings(e, q);
		if ((c = compound_find(e, q->f, q->flen)) >= 0)
			found_list(e, &e->cw[c], e->wcur);
		if (initials_like(q))
			found_initials(e, q);
		found_parts(e, q);
		/* dotted(): the words it begins; a contraction no index
		 * finds, so it binds no candidate */
		if (q->dot)
			found_prefix(e, q);
		return q->dot;
	}
	found_typos(e, q);
	found_endings(e, q);
	prefixed = found_prefix(e, q);
	abbrev = (found_abbrev(e, q), e->wadds > 0);
	if (e->wadds == 0)
		found_contraction(e, q);
	if ((c = compound_find(e, q->f, q->flen)) >= 0)
		found_list(e, &e->cw[c], e->wcur);
	/* initials only for what reads as nothing else ("hg", not "med") */
	if (e->wadds == 0 && q->len >= 2 && q->len <= 5 &&
	    alpha_only(q->s, q->len))
		found_pairs(e, q);
	found_parts(e, q);
	/* a far typo, a contraction ("pst") or a cut ("Marine Su") */
	return e->wadds == 0 || (q->len <= 3 && !abbrev) || (q->len >= 3 &&
	    !prefixed) || (q->last && q->len < 3);
}

/* A hit of candidate id, from score()'s figures. */
static void
hit_put(struct sdc_nev_hit *h, size_t id, double s, unsigned how,
    const unsigned cnt[7], double sure)
{
	h->id = id;
	h->score = s;
	h->how = how;
	h->missed = cnt[0];
	h->left = cnt[1];
	h->left_after = cnt[2] == 1;
	h->left_before = cnt[3] == 1;
	h->slips = cnt[4];
	h->titled = cnt[5];
	h->led = cnt[6];
	h->sure_w = sure;
}

/* Keep the k best hits, best first, ties by id. */
static size_t
keep(struct sdc_nev_hit *hits, size_t n, size_t k, size_t id, double s,
    unsigned how, const unsigned cnt[7], double sure)
{
	size_t i;

	if (n == k && (s < hits[k - 1].score || (s == hits[k - 1].score &&
	    id > hits[k - 1].id)))
		return n;
	i = n < k ? n++ : k - 1;
	while (i > 0 && (hits[i - 1].score < s || (hits[i - 1].score == s &&
	    hits[i - 1].id > id))) {
		hits[i] = hits[i - 1];
		i--;
	}
	hit_put(&hits[i], id, s, how, cnt, sure);
	return n;
}

/* The name may have been cut off: its last word is unknown, or "of". */
static int
cuttable(const struct query *q)
{
	const struct qword *t = q->n ? &q->t[q->n - 1] : NULL;

	return t && (t->vid < 0 || (t->len == 2 && memcmp(t->s, "of", 2) == 0) ||
	    t->and);
}

/* Bands of bound for the scoring order: band 0 is the highest. */
#define BUCKETS 64

static size_t
band(double b, double floor)
{
	double x = floor < 1 ? (1.0 - b) / (1.0 - floor) : 0;

	return x <= 0 ? 0 : x >= 1 ? BUCKETS - 1 : (size_t)(x * (BUCKETS - 1));
}

/* The highest bound band i can hold (band 0: any, bounds pass 1). */
static double
band_top(size_t i, double floor)
{
	return i == 0 ? HUGE_VAL : 1.0 - (double)i / (BUCKETS - 1) *
	    (1.0 - floor);
}

/* Free typed words whose readings the bound works out (read_free), at
 * most; when the candidates found are at least the vocabulary over
 * READ_GATE: that scans the vocabulary, a few instructions a word, and
 * scoring a candidate costs a thousand or more. */
#define READ_FREE 4
#define READ_GATE 64
#define READ_ANY 255
#define READ_SAMPLE 8
/* ... and when a sample of them says that one in READ_PAYS of the
 * vocabulary's number would fall: at 5,000 customers one in 64 cost
 * gen-link-blind24 and blind31 more than it saved */
#define READ_PAYS 16

/* Typed words no index can place (contractions, cuts, far typos): any
 * candidate may match them. */
struct freew {
	double w;
	size_t n;
	double soft;	/* and what the typed soft words may save */
	double sure;	/* the sure words looked up (sure_word) */
	/* the free words whose readings read_free() works out (their
	 * places in the query), nr of them; of those a candidate holds no
	 * reading of (a bit apiece, u), what they add to its denominator
	 * at least (upen[u]) */
	size_t nr, r[READ_FREE];
	double upen[1 << READ_FREE];
	/* the words the typed words may match that no lookup credits a
	 * candidate with (beyond()) */
	double beyond;
};

static double bound_more(const struct sdc_nev *, uint32_t, double,
    const struct freew *, double, int, double);

/* The most candidate c can score when typed words of weight a (of total)
 * were found in it: it matches at most its own weight, and the words not
 * found count against it. */
static double
bound(const struct sdc_nev *e, uint32_t c, double rest, const struct freew *f,
    double total, int cut)
{
	return bound_more(e, c, rest, f, total, cut, 0);
}

/* bound(), the typed words matching extra more of c's words' weight
 * than the lookups credit it with. */
static double
bound_more(const struct sdc_nev *e, uint32_t c, double rest,
    const struct freew *f, double total, int cut, double extra)
{
	const struct cstate *x = &e->cs[c];
	double wc = x->weight, fw = f->n * x->maxw, miss, a;

	/* a free word matches one word of c at most */
	fw = fw < f->w ? fw : f->w;
	miss = total - x->acc - rest - f->w - f->soft;
	miss = miss > 0 ? miss : 0;
	/* a sure word it lacks counts UNMATCHED times (score) */
	miss += (UNMATCHED - 1) * (f->sure - x->acck);
	/* what it can match: the weight of its words the typed words found
	 * (a typo weighs more than the word it stands for), the words not
	 * looked up, the free words */
	a = x->accm + rest + fw + extra;
	a = a < wc ? a : wc;
	if (cut)	/* its words after the cut do not count */
		return a + miss > 0 ? a / (a + miss) : 0;
	/* a soft tail left untyped costs less */
	return wc - x->soft + miss > 0 ? a / (wc - x->soft + miss) : 0;
}

/* The found candidates that the free words worked out (read_free)
 * keep below floor are dropped: a candidate scores no more than its
 * words' weight over that and what those that read none of its words
 * add to score()'s denominator, as what the typed words match of its
 * words weighs no more than they do, and both are in the denominator.
 * (bound() counts on accm for what the other typed words match, which
 * a few readings exceed, "law" read as initials, "L A W" of Landau and
 * Wright Law Firm, and on the free words to make up for it.) */
static void
drop_unread(struct sdc_nev *e, const struct freew *f, double floor)
{
	size_t i, m = 0;
	unsigned all = (1u << f->nr) - 1;

	for (i = 0; i < e->nfound; i++) {
		uint32_t c = e->found[i];
		unsigned u = ~(unsigned)e->fread[c] & all;
		double wc = e->cs[c].weight;

		e->fread[c] = 0;
		if (u == 0 || wc / (wc + f->upen[u]) + BOUND_SLACK >= floor)
			e->found[m++] = c;
	}
	e->nfound = m;
}

/* Whether read_free() can work out free typed word t's readings: those
 * of single() (t is no abbreviation), not "and", words run together,
 * initials nor a descriptor's first two letters, which read runs of a
 * candidate's words (match_word). */
static int
readable(const struct qword *t)
{
	return t->vid < 0 && !t->abbr && !t->and && !t->join &&
	    !t->initials && !(t->slot == 0 && t->len == 2);
}

/* The bytes of s[0..n), a bit apiece by their low six: an edit adds one
 * and takes one away at most. */
static uint64_t
byte_sig(const char *s, size_t n)
{
	uint64_t b = 0;
	size_t i;

	for (i = 0; i < n; i++)
		b |= (uint64_t)1 << ((unsigned char)s[i] & 63);
	return b;
}

/* read_free()'s arrays, at its first call. */
static void
read_sigs(struct sdc_nev *e)
{
	size_t i;

	e->vlen = sdc_xmalloc(e->nv + 1);
	e->vsig = sdc_xmalloc((e->nv + 1) * sizeof(*e->vsig));
	e->fread = sdc_xcalloc(e->n + 1, 1);
	for (i = 0; i < e->nv; i++) {
		const struct word *w = &e->v[i];

		e->vlen[i] = w->len >= READ_ANY || (w->orig && w->len < 4) ?
		    READ_ANY : (unsigned char)w->len;
		e->vsig[i] = byte_sig(w->s, w->len);
	}
}

/* The found candidates holding vocabulary word v, when free typed word
 * t reads it (single()), get bit. */
static void
read_mark(struct sdc_nev *e, const struct qword *t, uint32_t v,
    unsigned char bit)
{
	const struct word *w = &e->v[v];
	unsigned short how;
	uint32_t i, c;

	/* not single_memo(): inlined in score(), its one caller, it pays */
	if (single(e, t, w, &how) <= 0)
		return;
	for (i = 0; i < w->npost; i++) {
		c = w->post[i];
		if (e->fbit[c / 64] >> (c % 64) & 1)
			e->fread[c] |= bit;
	}
}

/* ... for the words of first letter a (every reading of single() but a
 * typo keeps it, as typed or folded). */
static void
read_letter(struct sdc_nev *e, const struct qword *t, char a,
    unsigned char bit)
{
	size_t lo = 0, hi = e->nv, i;

	if (a < 'a' || a > 'z')
		return;	/* single() reads no such word */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (e->v[e->sorted[mid]].s[0] < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < e->nv && e->v[e->sorted[i]].s[0] == a; i++)
		read_mark(e, t, e->sorted[i], bit);
}

/* Whether typed spelling s (n letters, bytes sig) may be a typo of
 * vocabulary word v (typos_of): four letters or more each, two edits
 * at most, so as many letters more or less, and four bytes of either
 * not in the other. */
static int
typo_near(const struct sdc_nev *e, uint32_t v, size_t n, uint64_t sig)
{
	size_t m = e->vlen[v];

	return n >= 4 && m >= 4 && m + 2 >= n && m <= n + 2 &&
	    __builtin_popcountll(sig ^ e->vsig[v]) <= 4;
}

/* The candidates found that hold a word free typed word t may read
 * (single(), readable()) get bit in e->fread. */
static void
read_word(struct sdc_nev *e, const struct qword *t, unsigned char bit)
{
	uint64_t ss = byte_sig(t->s, t->len), fs = byte_sig(t->f, t->flen);
	uint32_t v;

	read_letter(e, t, t->s[0], bit);
	if (t->f[0] != t->s[0])
		read_letter(e, t, t->f[0], bit);
	if (t->flen == t->len && fs == ss)	/* the same test twice */
		fs = 0;
	for (v = 0; v < e->nv; v++)
		if (e->vlen[v] == READ_ANY || typo_near(e, v, t->len, ss) ||
		    (fs && typo_near(e, v, t->flen, fs)))
			read_mark(e, t, v, bit);
}

/* Whether read_free() may pay: the candidates found that would fall
 * were no free word worked out to read them (light enough for their
 * penalties to keep them below floor) are at least the vocabulary over
 * READ_PAYS. */
static int
read_pays(const struct sdc_nev *e, const struct query *q,
    const struct freew *f, double floor)
{
	double pen = 0, lim;
	size_t i, n = 0;

	if (floor >= 1)
		return 0;
	for (i = 0; i < f->nr; i++)
		pen += q->t[f->r[i]].soft ? SOFT * q->t[f->r[i]].w :
		    q->t[f->r[i]].w;
	lim = pen * floor / (1 - floor);
	/* one in READ_SAMPLE, enough to tell */
	for (i = 0; i < e->nfound; i += READ_SAMPLE)
		n += e->cs[e->found[i]].weight < lim;
	return n * READ_SAMPLE * READ_PAYS >= e->nv;
}

/* The free typed words f->r[] read worked out per candidate found: one
 * that reads none of its words is one score() misses, which the bound
 * counts against it.  An unknown surname or two before "Law Firm" or
 * "and Associates" are free (a contraction, a cut or a far typo reads
 * as none of the indexes find), and at 50,000 customers every holder
 * of "law", "firm" and "and" was scored to below the floor (33,000 a
 * name in gen-link-blind34). */
static void
read_free(struct sdc_nev *e, const struct query *q, struct freew *f)
{
	size_t i, u;

	if (e->vsig == NULL)
		read_sigs(e);
	for (i = 0; i < f->nr; i++)
		read_word(e, &q->t[f->r[i]], (unsigned char)(1u << i));
	for (u = 1; u < ((size_t)1 << f->nr); u++) {
		/* u less its lowest bit, and that word's */
		const struct qword *t = &q->t[f->r[__builtin_ctzll(u)]];

		f->upen[u] = f->upen[u & (u - 1)] + (t->soft ? SOFT * t->w :
		    t->w);
	}
}

/* The last typed word t cuts any name short where score() reads it
 * (cut_at): "of", "and". */
static int
cuts_any(const struct qword *t)
{
	return (t->len == 2 && memcmp(t->s, "of", 2) == 0) || t->and ||
	    t->flen == 0;
}

/* ... or candidate c's at a word of it that t begins (cut_at).  When
 * none does, score() counts every word of c left untyped but those
 * bound() saves (cs.soft): bound whole, many candidates of a name
 * ending in a word no customer has ("ce shi dian nao") fall short of
 * floor, which bound() cut let through to be scored for nothing (at
 * 50,000 customers two in five of gen-link-blind24's). */
static int
cuts_short(const struct sdc_nev *e, const struct qword *t, uint32_t c)
{
	size_t j;

	for (j = e->coff[c]; j < e->coff[c + 1]; j++) {
		const struct word *v = &e->v[e->ctok[j]];

		if (e->cfirst[j] == t->f[0] && t->flen < v->len &&
		    memcmp(t->f, v->s, t->flen) == 0)
			return 1;
	}
	return 0;
}

/* The found candidates whose bound reaches floor (the typed words each
 * holds, or may: those not looked up, those no index places), into
 * e->queue highest bound first: a counting sort into BUCKETS bands of
 * bound, as exact order within a band does not matter. */
static size_t
queue_by_bound(struct sdc_nev *e, const struct query *q, double rest,
    const struct freew *fr, double total, double floor)
{
	size_t count[BUCKETS + 1] = { 0 }, i, m = 0;
	int cut = cuttable(q), cuts = cut && cuts_any(&q->t[q->n - 1]);

	for (i = 0; i < e->nfound; i++) {
		uint32_t c = e->found[i];
		double b;

		if (i + AHEAD < e->nfound)
			PREFETCH(&e->cs[e->found[i + AHEAD]], 0);
		b = bound(e, c, rest, fr, total, cut);

		/* bound whole first: reading c's words costs more */
		if (b < floor || (cut && !cuts && bound_more(e, c, rest, fr,
		    total, 0, fr->beyond * e->cs[c].maxw) < floor &&
		    !cuts_short(e, &q->t[q->n - 1], c)))
			continue;
		e->found[m] = c;
		e->qbound[c] = (float)b;
		/* the band of the stored bound, as placing below reads it */
		count[band(e->qbound[c], floor)]++;
		m++;
	}
	for (i = 1; i <= BUCKETS; i++)	/* band 0 first */
		count[i] += count[i - 1];
	for (i = m; i-- > 0;) {
		uint32_t c = e->found[i];

		e->queue[--count[band(e->qbound[c], floor)]] = c;
	}
	return m;
}

/* Score the queue until no candidate left can displace the k-th hit:
 * the same k best as scoring every one.  any: until k reach floor, any
 * k (sdc_nev_reaches). */
static size_t
score_queue(struct sdc_nev *e, const struct query *q, size_t m, double floor,
    struct sdc_nev_hit *hits, size_t k, int any)
{
	size_t i, n = 0;
	struct need nd = { floor, 0 };

	for (i = 0; i < m && !(any && n == k); i++) {
		uint32_t c = e->queue[i];
		unsigned how, cnt[7];
		double s, sure;

		if (n == k && (double)e->qbound[c] + 1e-6 < hits[k - 1].score) {
			if (band_top(band(e->qbound[c], floor), floor) + 1e-6 <
			    hits[k - 1].score)
				break;	/* nothing further on can */
			continue;
		}
		nd.s = n == k ? hits[k - 1].score : floor;
		s = score_cached(e, q, c, &how, cnt, &sure, &nd);
		if (s >= floor) {
			n = keep(hits, n, k, c, s, how, cnt, sure);
		}
	}
	return n;
}

/* Whether the words not looked up yet (rest) may still bring a
 * candidate to floor that the words looked up did not find: it matches
 * at most them and the free words, and misses every other typed word.
 * Looking up somewhat past that (LOOKUP_REST) finds candidates the bound
 * then rules out more tightly. */
static int
worth_looking(double rest, const struct freew *fr, double total, double floor)
{
	double lo = total - fr->soft;

	if (lo <= 0)
		return 0;
	return (rest + fr->w) / lo >= floor * LOOKUP_REST;
}

/* A typed word the index places for sure: a word some customer has,
 * with no other reading (an abbreviation, two words run together) and
 * not soft.  A candidate it did not find lacks it, and score() counts it
 * UNMATCHED times. */
static int
sure_word(const struct sdc_nev *e, const struct qword *q)
{
	size_t it = 0;
	uint32_t v;

	if (q->vid < 0 || q->soft || compound_find(e, q->f, q->flen) >= 0 ||
	    initials_like(q) || full_of(e, q, &it) != UINT32_MAX)
		return 0;
	it = 0;
	return !sdc_hmap_find(&e->byabbr, hmem(q->s, q->len), &it, &v);
}

/* The most typed word q adds to a candidate's accm: its own weight, or
 * that of a word it abbreviates (found_for, known words). */
static double
reads_at_most(const struct sdc_nev *e, const struct qword *q)
{
	size_t it = 0;
	uint32_t v, f[ENDING_FORMS];
	long w;
	double m = q->w;
	size_t i, n = ending_forms(e, q, f, ENDING_FORMS);

	for (i = 0; i < n; i++)
		if (e->v[f[i]].w > m)
			m = e->v[f[i]].w;
	while (sdc_hmap_find(&e->byabbr, hmem(q->s, q->len), &it, &v))
		if (strlen(e->ab[v].a) == q->len &&
		    memcmp(e->ab[v].a, q->s, q->len) == 0 &&
		    (w = word_find(e, e->ab[v].w, strlen(e->ab[v].w))) >= 0 &&
		    e->v[w].w > m)
			m = e->v[w].w;
	for (it = 0; (v = full_of(e, q, &it)) != UINT32_MAX;)
		if ((w = word_find(e, e->ab[v].a, strlen(e->ab[v].a))) >= 0 &&
		    e->v[w].w > m)
			m = e->v[w].w;
	return m;
}

/* The typed word reads as another language's word of its kind, some
 * customer's (sdc_nev_translation: "pharmacie" for "pharmacy"), which
 * no index places: a candidate the other typed words found may hold it
 * ("Pharmacie Gingras" of Gingras Pharmacy), so it binds none. */
static int
translates(const struct sdc_nev *e, const struct qword *q)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&e->byabbr, hmem(q->s, q->len), &it, &v))
		if (!e->ab[v].finds && strlen(e->ab[v].a) == q->len &&
		    memcmp(e->ab[v].a, q->s, q->len) == 0 &&
		    word_find(e, e->ab[v].w, strlen(e->ab[v].w)) >= 0)
			return 1;
	return 0;
}

/* The candidates found that hold a word the translated typed words
 * q->t[tr[0..n)] read as are credited with it, as found_for() credits a
 * typed word's own holders, and none is added (e->member); the bound
 * then holds the word against the others (free for every candidate, it
 * had the query score many more at 50,000). */
static void
found_translations(struct sdc_nev *e, const struct query *q,
    const size_t *tr, size_t n)
{
	size_t i, it;
	uint32_t v;
	long w;

	e->member = 1;
	for (i = 0; i < n; i++) {
		const struct qword *t = &q->t[tr[i]];

		next_gen(e, 1);
		e->wcur = t->w;
		e->kcur = 0;
		for (it = 0; sdc_hmap_find(&e->byabbr, hmem(t->s, t->len),
		    &it, &v);)
			if (!e->ab[v].finds && strlen(e->ab[v].a) == t->len &&
			    memcmp(e->ab[v].a, t->s, t->len) == 0 && (w =
			    word_find(e, e->ab[v].w, strlen(e->ab[v].w))) >= 0)
				found_word(e, (uint32_t)w);
	}
	e->member = 0;
}

/* How many of a candidate's words the typed words may match that no
 * lookup credits it with (bound_more(), at most its heaviest's weight
 * apiece): a weightless word is looked up never and may read two words
 * joined ("youxian" of "you xian"); an unknown one not free (isfree)
 * may read one the lookups missed, a contraction ("zhang" of
 * "Zhongqiang") or initials, a word a letter. */
static double
beyond(const struct query *q, const unsigned char *isfree)
{
	double n = 0;
	size_t i;

	for (i = 0; i < q->n; i++) {
		const struct qword *t = &q->t[i];

		if (t->w == 0 || (t->vid < 0 && !isfree[i]))
			n += t->initials && t->len > 2 ? t->len : 2;
	}
	return n;
}

/* The typed words' weight, and into fr what the soft words may save
 * and the weightless "und"s, which match a name's "and" and no index
 * places. */
static double
query_free(const struct sdc_nev *e, const struct query *q, struct freew *fr)
{
	double total = 0;
	size_t i;
	long and;

	for (i = 0; i < q->n; i++) {
		total += q->t[i].w;
		fr->soft += q->t[i].soft ? (1 - SOFT) * q->t[i].w : 0;
		if (q->t[i].w == 0 && q->t[i].and &&
		    (and = word_find(e, "and", 3)) >= 0) {
			fr->w += e->v[and].w;
			fr->n++;
		}
	}
	return total;
}

/* reach[i]: the most the typed words from the i-th heaviest on add to a
 * candidate's accm and rest (0 from a weightless one on, where lookups
 * stop); -1 when an unknown or dotted word comes after it (it may be
 * free). */
static void
reach_after(const struct sdc_nev *e, const struct query *q, double *reach)
{
	size_t i = q->n;

	reach[i] = 0;
	while (i-- > 0) {
		const struct qword *t = &q->t[q->order[i]];

		reach[i] = t->w == 0 ? 0 : t->vid < 0 || t->dot ||
		    reach[i + 1] < 0 ? -1 : reach[i + 1] + reads_at_most(e, t);
	}
}

/* Whether no candidate the words looked up so far (of weight looked,
 * sure ones of weight sure) did not find can reach floor, whatever the
 * known words left find in it: bound() for a candidate lacking every word
 * looked up, with its accm and the rest at most reach.  Its miss is at
 * least looked - f->w - f->soft, plus UNMATCHED - 1 times sure; its soft
 * tail saves at most (1 - SOFT) of its weight, which is at least a.
 * Keep in step with bound(). */
static int
unfound_dead(double looked, double sure, double reach, const struct freew *f,
    double floor)
{
	double miss = looked - f->w - f->soft, a;

	if (reach < 0)
		return 0;
	miss = (miss > 0 ? miss : 0) + (UNMATCHED - 1) * sure;
	a = reach + f->w;
	return SOFT * a + miss > 0 && a / (SOFT * a + miss) < floor - 1e-9;
}

/* Typed word t, the i-th of the query, is free: no index is sure to
 * have placed it. */
static void
free_word(struct freew *f, const struct qword *t, size_t i)
{
	f->w += t->w;
	f->n++;
	if (f->nr < READ_FREE && readable(t))
		f->r[f->nr++] = i;
}

/* The candidates found, their marks cleared, less those the free words
 * keep below floor when working that out pays (read_free). */
static void
found_done(struct sdc_nev *e, const struct query *q, struct freew *f,
    double floor)
{
	size_t i;

	if (f->nr > 0 && e->nfound * READ_GATE >= e->nv &&
	    read_pays(e, q, f, floor))
		read_free(e, q, f);
	else
		f->nr = 0;
	for (i = 0; i < e->nfound; i++)
		e->fbit[e->found[i] / 64] = 0;
	if (f->nr > 0)
		drop_unread(e, f, floor);
}

/* sdc_nev_query(); any: see score_queue. */
static size_t query_run(struct sdc_nev *, const char *, double,
    struct sdc_nev_hit *, size_t, int);

/* The number of hits of the same words at floor, up to k, that memo x
 * (best first, ties by id) tells, SIZE_MAX when it cannot: its first m
 * score floor or more, and those are the query's first m whenever they
 * are k or more, or x has every hit at floor (its own floor no higher,
 * and fewer hits than it asked for, or some short of floor).  At 50,000
 * customers a name's words are asked at 0.5 then at 0.3 (site_of_group),
 * the second query scoring thousands of candidates for the 5 best the
 * first had found. */
static size_t
memo_tells(const struct qmemo *x, double floor, size_t k)
{
	size_t m = 0, have = x->n < x->k ? x->n : x->k;

	if (x->any)
		return SIZE_MAX;	/* any hits, not the best */
	while (m < have && x->hits[m].score >= floor)
		m++;
	if (m >= k)
		return k;
	if (floor >= x->floor && (x->n < x->k || m < have))
		return m;
	return SIZE_MAX;
}

/* The hits of the words at floor, up to k, from e->qm when asked
 * lately, at this floor or at another (memo_tells): a query's hits are
 * the same whenever it is asked (the score cache only saves work). */
static size_t
query_top(struct sdc_nev *e, const char *words, double floor,
    struct sdc_nev_hit *hits, size_t k, int any)
{
	struct qmemo *x;
	uint64_t h = hmem(words, strlen(words));
	size_t i, n = SIZE_MAX, m;

	for (i = 0; i < QMEMO; i++) {
		x = &e->qm[i];
		if (x->h != h || x->words == NULL ||
		    strcmp(x->words, words) != 0)
			continue;
		if (x->k == k && x->any == any && x->floor == floor) {
			memcpy(hits, x->hits, (x->n < k ? x->n : k) *
			    sizeof(*hits));
			return x->n;
		}
		if (n == SIZE_MAX && !any &&
		    (m = memo_tells(x, floor, k)) != SIZE_MAX)
			memcpy(hits, x->hits, (n = m) * sizeof(*hits));
	}
	/* kept as asked, as worked out: the memo's turns stay the same */
	if (n == SIZE_MAX)
		n = query_run(e, words, floor, hits, k, any);
	x = &e->qm[e->qnext++ % QMEMO];
	free(x->words);
	free(x->hits);
	x->h = h;
	x->words = sdc_xstrdup(words);
	x->floor = floor;
	x->k = k;
	x->n = n;
	x->any = any;
	x->hits = sdc_xmalloc(((n < k ? n : k) + 1) * sizeof(*hits));
	memcpy(x->hits, hits, (n < k ? n : k) * sizeof(*hits));
	return n;
}

/* query_top() worked out. */
static size_t
query_run(struct sdc_nev *e, const char *words, double floor,
    struct sdc_nev_hit *hits, size_t k, int any)
{
	struct query q;
	double total = 0, rest, reach[MAXW + 1];
	struct freew fr = { 0, 0, 0, 0, 0, { 0 }, { 0 }, 0 };
	size_t i, n = 0, ntr = 0, tr[MAXW];
	double trw = 0;
	unsigned char isfree[MAXW] = { 0 };

	query_init(e, words, &q);
	reach_after(e, &q, reach);
	new_query(e);
	scores_for(e, words);
	e->nfound = 0;
	total = query_free(e, &q, &fr);
	/* a candidate none of the heaviest words found matches at most
	 * the rest, so the light words need no lookup once the rest cannot
	 * reach floor; looking up a few more pays, as each word found
	 * tightens the bound below */
	for (rest = total, i = 0; i < q.n && k > 0; i++) {
		const struct qword *t = &q.t[q.order[i]];

		if (t->w == 0 || (i > 0 && !worth_looking(rest, &fr, total,
		    floor)))
			break;	/* drop words (weightless) last: none is worth it */
		next_gen(e, 1);
		e->wcur = t->w;
		e->wadds = 0;
		e->member = i > 0 && unfound_dead(total - rest, fr.sure,
		    reach[i], &fr, floor);
		e->kcur = sure_word(e, t) ? t->w : 0;
		fr.sure += e->kcur;
		rest -= t->w;
		/* an unknown word may still be a typo beyond the indexes'
		 * reach, a contraction ("pst") or a cut ("Marine Su"), which
		 * no index finds: then it binds no candidate */
		if ((isfree[q.order[i]] = (unsigned char)found_for(e, t)))
			free_word(&fr, t, q.order[i]);
		else if (t->vid >= 0 && translates(e, t)) {
			/* free while looking: a candidate holding only its
			 * translation is still to be found; theirs may weigh
			 * more */
			double m = reads_at_most(e, t);

			trw += m;
			fr.w += m;
			fr.n++;
			tr[ntr++] = q.order[i];
		}
	}
	fr.w -= trw;
	fr.n -= ntr;
	fr.beyond = beyond(&q, isfree);
	found_translations(e, &q, tr, ntr);
	found_done(e, &q, &fr, floor);
	n = score_queue(e, &q, queue_by_bound(e, &q, rest, &fr, total, floor),
	    floor, hits, k, any);
	query_done(&q);
	return n;
}

size_t
sdc_nev_query(struct sdc_nev *e, const char *words, double floor,
    struct sdc_nev_hit *hits, size_t k)
{
	return query_top(e, words, floor, hits, k, 0);
}

/* The queue is scored until one candidate reaches floor: a word no
 * customer has, typed alone, reads as a slip of a common one ("coong"
 * of "cong", 14,000 holders at 50,000 customers), all of them tied, and
 * the best of them would need every one scored. */
int
sdc_nev_reaches(struct sdc_nev *e, const char *words, double floor)
{
	struct sdc_nev_hit h;

	return query_top(e, words, floor, &h, 1, 1) > 0;
}

double
sdc_nev_weight(struct sdc_nev *e, const char *words, double *per_name)
{
	struct query q;
	double w = 0;
	size_t i;

	query_init(e, words, &q);
	for (i = 0; i < q.n; i++)
		w += q.t[i].w;
	query_done(&q);
	*per_name = log((double)e->n + 1);
	return w;
}

/* The first letters, a bit apiece (e->cletters), of which a candidate
 * needs a word's for lettered typed word t to match it: best_match()
 * reads only its words of t's first letter, typed, folded or of its
 * vocabulary word (letters_of), bar a nickname's given name; 0 when
 * one of them is no letter a-z. */
static uint32_t
lettered_need(const struct sdc_nev *e, const struct qword *t)
{
	char l[3];
	uint32_t need = 0;
	size_t i;

	if (!t->lettered || t->plain || t->nick)
		return 0;
	l[0] = t->s[0];
	l[1] = t->f[0];
	l[2] = e->v[t->vid].s[0];
	for (i = 0; i < 3; i++) {
		if (l[i] < 'a' || l[i] > 'z')
			return 0;
		need |= 1u << (l[i] - 'a');
	}
	return need;
}

/* Into need[] those of q's typed words, their number: a candidate
 * lacking a word of one of them misses a typed word, and holding()
 * skips it unscored (at 50,000 customers a Han name's syllable holds
 * thousands, most of which lack another syllable's initial). */
static size_t
lettered_needs(struct sdc_nev *e, const struct query *q, uint32_t *need)
{
	size_t i, n = 0;

	if (!q->lettered)
		return 0;
	if (e->cletters == NULL)
		letters_made(e);
	for (i = 0; i < q->n; i++)
		if ((need[n] = lettered_need(e, &q->t[i])) != 0)
			n++;
	return n;
}

/* The candidates among the postings of w that score at least floor
 * against q and miss no typed word, in posting order: up to k into hits;
 * their number, k + 1 when there are more.  Scored with no floor (the
 * score cache's "missed" must mean a word missed, never a score short
 * of a floor). */
static size_t
holding(struct sdc_nev *e, const struct query *q, const struct word *w,
    double floor, struct sdc_nev_hit *hits, size_t k)
{
	struct need all = { -HUGE_VAL, 1 };
	uint32_t need[MAXW];
	size_t i, j, m = 0, nneed = lettered_needs(e, q, need);

	for (i = 0; i < w->npost && m <= k; i++) {
		unsigned how, cnt[7] = { 0, 0, 1, 1, 0, 0, 0 };
		double s, sure;

		if (w->post[i] >= e->n)
			continue;
		for (j = 0; j < nneed && (e->cletters[w->post[i]] & need[j]);
		    j++)
			;
		if (j < nneed)
			continue;	/* a typed word it cannot match */
		s = score_cached(e, q, w->post[i], &how, cnt, &sure, &all);
		if (s != BELOW && s >= floor && cnt[0] == 0 && m++ < k)
			hit_put(&hits[m - 1], w->post[i], s, how, cnt, sure);
	}
	return m;
}

size_t
sdc_nev_holders(struct sdc_nev *e, const char *words, size_t *ids, size_t k)
{
	struct query q;
	const struct word *w;
	struct sdc_nev_hit *h;
	size_t i, m;

	query_init(e, words, &q);
	if (q.n == 0 || q.t[q.order[0]].vid < 0 ||
	    (w = &e->v[q.t[q.order[0]].vid])->npost > HOLDERS_MAX) {
		query_done(&q);
		return k + 1;	/* not a word of theirs, or too common */
	}
	new_query(e);
	scores_for(e, words);
	h = sdc_xcalloc(k + 1, sizeof(*h));
	m = holding(e, &q, w, -HUGE_VAL, h, k);
	for (i = 0; i < m && i < k; i++)
		ids[i] = h[i].id;
	free(h);
	query_done(&q);
	return m;
}

size_t
sdc_nev_matching(struct sdc_nev *e, const char *words, double floor,
    struct sdc_nev_hit *hits, size_t k)
{
	struct query q;
	const struct word *w = NULL;
	size_t i, m = k + 1;

	query_init(e, words, &q);
	/* a plain word meets its own word only: a candidate that lacks it
	 * misses it (lacks_plain) */
	for (i = 0; i < q.n; i++)
		if (q.t[i].plain && (w == NULL ||
		    e->v[q.t[i].vid].npost < w->npost))
			w = &e->v[q.t[i].vid];
	if (w && w->npost <= HOLDERS_MAX) {
		new_query(e);
		scores_for(e, words);
		m = holding(e, &q, w, floor, hits, k);
	}
	query_done(&q);
	return m;
}

size_t
sdc_nev_names_with(const struct sdc_nev *e, const char *word)
{
	long v = word_find_folded(e, word, strlen(word));

	return v >= 0 ? e->v[v].npost : 0;
}

size_t
sdc_nev_held_form(const struct sdc_nev *e, const char *word, char *form,
    size_t size)
{
	struct qword q;
	uint32_t v[ENDING_FORMS];
	char *f = sdc_xstrdup(word);
	size_t i, n, most = 0;
	long w;

	sdc_name_digraphs(f);	/* as the customers' words are kept */
	memset(&q, 0, sizeof(q));
	q.s = f;
	q.len = strlen(f);
	q.vid = w = word_find(e, f, q.len);
	n = inflected_forms(e, &q, v, ENDING_FORMS);
	if (w >= 0 && n < ENDING_FORMS)
		v[n++] = (uint32_t)w;
	for (i = 0; i < n; i++)
		if (e->v[v[i]].len <= q.len && e->v[v[i]].npost > most) {
			most = e->v[v[i]].npost;
			snprintf(form, size, "%.*s", (int)e->v[v[i]].len,
			    e->v[v[i]].s);
		}
	free(f);
	return most;
}

int
sdc_nev_one_slip(const char *a, const char *b)
{
	return osa(a, strlen(a), b, strlen(b), 1) <= 1;
}

int
sdc_nev_two_slips(const char *a, const char *b)
{
	return osa(a, strlen(a), b, strlen(b), 2) == 2;
}

int
sdc_nev_soft(const char *word)
{
	size_t i;

	for (i = 0; soft_words[i]; i++)
		if (strcmp(soft_words[i], word) == 0)
			return 1;
	return 0;
}

/* --- words run together --- */

#define GLUED_MIN 6	/* letters of a typed word worth splitting */

/* Split s[0..len) into the fewest vocabulary words of three letters or
 * more, or such a word and a possessive "s" ("catterallscoachworks"):
 * from[i] is where the word ending at i
 * begins; returns the number of words, 0 when it cannot be split or is
 * one word. */
static size_t
unglue_word(const struct sdc_nev *e, const char *s, size_t len,
    unsigned char *from)
{
	unsigned char cost[MAXLEN + 1];
	size_t i, j;

	cost[0] = 0;
	for (i = 1; i <= len; i++) {
		cost[i] = 255;
		for (j = 0; j + 3 <= i; j++)
			if (cost[j] < 254 && cost[j] + 1 < cost[i] &&
			    (word_find(e, s + j, i - j) >= 0 || (s[i - 1] ==
			    's' && i - j > 3 && word_find(e, s + j, i - j - 1)
			    >= 0))) {
				cost[i] = (unsigned char)(cost[j] + 1);
				from[i] = (unsigned char)j;
			}
	}
	return cost[len] >= 2 && cost[len] < 255 ? cost[len] : 0;
}

/* Write s[0..len) split at the cuts DP found. */
static void
unglue_put(struct sdc_buf *b, const char *s, size_t len,
    const unsigned char *from)
{
	if (len == 0)
		return;
	unglue_put(b, s, from[len], from);
	if (from[len] > 0)
		sdc_buf_addc(b, ' ');
	sdc_buf_add(b, s + from[len], len - from[len]);
}

char *
sdc_nev_unglue(const struct sdc_nev *e, const char *words)
{
	struct sdc_buf b = SDC_BUF_INIT;
	unsigned char from[MAXLEN + 1];
	const char *p = words;

	while (*p) {
		size_t len = strcspn(p, " ");

		if (b.len)
			sdc_buf_addc(&b, ' ');
		if (len >= GLUED_MIN && len <= MAXLEN && alpha_only(p, len) &&
		    word_find(e, p, len) < 0 && unglue_word(e, p, len, from))
			unglue_put(&b, p, len, from);
		else
			sdc_buf_add(&b, p, len);
		p += len;
		p += strspn(p, " ");
	}
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}

/* --- words typed apart --- */

#define REJOIN_MAX 3	/* typed words one customer's word may be */

struct slip { const struct sdc_nev *e; const char *s; size_t n; };

static int
one_slip(uint32_t v, void *arg)
{
	const struct slip *a = arg;

	return osa(a->s, a->n, a->e->v[v].s, a->e->v[v].len, 1) == 1;
}

/* A word of the vocabulary one slip from s (n letters): through the
 * one-deletion index, as found_typos() looks. */
static int
near_word(const struct sdc_nev *e, const char *s, size_t n)
{
	struct slip a = { e, s, n };

	return dels_meet(e, s, n, one_slip, &a);
}

/* The words of p[0..n) may be one word typed apart with a slip: each
 * of three letters or more (not "Silva e"), one of four or more no
 * customer's ("Bygg Sevice"). */
static int
part_unknown(const struct sdc_nev *e, const char *p, size_t n)
{
	size_t len, i = 0;
	int unknown = 0;

	for (; i < n; i += len + 1) {
		len = strcspn(p + i, " ");
		if (len > n - i)
			len = n - i;
		if (len < 3)
			return 0;
		if (len >= 4 && word_find(e, p + i, len) < 0 &&
		    word_find_folded(e, p + i, len) < 0)
			unknown = 1;
	}
	return unknown;
}

/* The first k typed words of p (letters only) written together are a
 * customer's word ("stadt verwaltung": Stadtverwaltung, "north west":
 * Northwest): returns their length in p with the spaces between, or 0;
 * the word written together into out. */
static size_t
rejoins(const struct sdc_nev *e, const char *p, size_t k, char *out)
{
	size_t n = 0, o = 0, i, len;

	for (i = 0; i < k; i++) {
		len = strcspn(p + n, " ");
		if (len == 0 || o + len > MAXLEN || !letters_only(p + n, len))
			return 0;
		memcpy(out + o, p + n, len);
		o += len;
		n += len;
		if (i + 1 < k) {
			if (p[n] != ' ')
				return 0;
			n++;
		}
	}
	out[o] = '\0';
	return word_find(e, out, o) >= 0 || word_find_folded(e, out, o) >= 0 ||
	    (o >= 8 && part_unknown(e, p, n) && near_word(e, out, o)) ? n : 0;
}

/* A compound cut short in its middle, "Tandl.hus", "Regnsk.kontoret",
 * "Pensj.for.", typed as two words (the dot a space): the one customer's
 * word that begins with the first (three letters or more, no customer's
 * word) and ends with the second (two letters or more), or has it later
 * on (three or more: "pensjonistforening"), letters left out between
 * them, into out; returns the length of the two typed words, 0 for
 * none.  A word that ends as typed is the one meant where others only
 * hold the end further in: the list writes a word with and without its
 * definite ending ("Tandläkarhus", "Tandläkarhuset"; "Advokatbyrå",
 * "Advokatbyrån"), and "hus" typed last is the end of the first. */
static size_t
abbreviated_compound(const struct sdc_nev *e, const char *p, char *out)
{
	char a[MAXLEN + 1], z[MAXLEN + 1];
	size_t la = strcspn(p, " "), lz, lo = 0, hi = e->nv, i, n = 0, ne = 0;
	uint32_t hit = 0, end = 0;

	if (p[la] != ' ' || la < 3 || la > MAXLEN || !alpha_only(p, la) ||
	    word_find(e, p, la) >= 0 || word_find_folded(e, p, la) >= 0)
		return 0;
	lz = strcspn(p + la + 1, " ");
	if (lz < 2 || lz > MAXLEN || !alpha_only(p + la + 1, lz))
		return 0;
	memcpy(a, p, la);
	a[la] = '\0';
	memcpy(z, p + la + 1, lz);
	z[lz] = '\0';
	sdc_name_digraphs(a);
	sdc_name_digraphs(z);
	la = strlen(a);
	lz = strlen(z);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strncmp(e->v[e->sorted[mid]].s, a, la) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < e->nv && i - lo <= PREFIX_MAX &&
	    strncmp(e->v[e->sorted[i]].s, a, la) == 0; i++) {
		const struct word *w = &e->v[e->sorted[i]];

		if (w->len <= la + lz || w->w <= 0)
			continue;
		if (memcmp(w->s + w->len - lz, z, lz) == 0 && ne++ == 0)
			end = e->sorted[i];
		if ((lz >= 3 && memmem(w->s + la + 1, w->len - la - 1, z,
		    lz)) && n++ == 0)
			hit = e->sorted[i];
	}
	if (ne == 1)
		hit = end, n = 1;
	if (n != 1 || i - lo > PREFIX_MAX)
		return 0;
	memcpy(out, e->v[hit].s, e->v[hit].len + 1);
	return strcspn(p, " ") + 1 + strcspn(p + strcspn(p, " ") + 1, " ");
}

char *
sdc_nev_rejoin(const struct sdc_nev *e, const char *words)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char w[MAXLEN + 1];
	const char *p = words;
	size_t k, len;

	while (*p) {
		if (b.len)
			sdc_buf_addc(&b, ' ');
		for (k = REJOIN_MAX, len = 0; k >= 2 && len == 0; k--)
			len = rejoins(e, p, k, w);
		if (len == 0)
			len = abbreviated_compound(e, p, w);
		if (len > 0)
			sdc_buf_add(&b, w, strlen(w));
		else
			sdc_buf_add(&b, p, len = strcspn(p, " "));
		p += len;
		p += strspn(p, " ");
	}
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}
