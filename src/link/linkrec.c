/* linkrec - sdc-link's record path (linkrec.h).
 *
 * Each guessed name goes down a cascade - alias, exact, normalised, the
 * weighted name evidence (nameev.h) with a confidence and a margin, then
 * the LLM in a narrow band - and is decided once per run, and through the
 * memory file once across runs.  Machines, contacts (owners.h) and history
 * (hist.h)
 * add evidence when the name alone does not decide.  A wrong link bills the
 * wrong customer, so every rule errs towards "Needs Review"; the evidence
 * of each link goes into the session's processing_log. */
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "buf.h"
#include "config.h"
#include "custidx.h"
#include "customers.h"
#include "diag.h"
#include "file.h"
#include "fuzzy.h"
#include "hist.h"
#include "hmap.h"
#include "jscan.h"
#include "jsonl.h"
#include "jsonw.h"
#include "linkrec.h"
#include "linkrules.h"
#include "llm.h"
#include "nameev.h"
#include "owners.h"
#include "person.h"
#include "names.h"
#include "sdctime.h"
#include "session.h"
#include "staff.h"
#include "state.h"
#include "tickets.h"

#define FLOOR 0.5	/* the lowest confidence worth showing a person */
#define START_FLOOR 0.25	/* ... of a name cut short (start_hits) */
#define START_RARER 1.0	/* start_telling */
#define TOPN 5		/* candidates shown to the LLM and in --review */
#define RANKN TOPN	/* candidates ranked for the margin */
#define INITIALS_FLOOR 0.25	/* other readings of initials looked for */
#define INITIALS_RANK 64	/* ... among so many ("X Bros Print Works") */

/* A customer or a contact: what a guessed name is matched against. */
struct cand {
	long long id;
	const char *name;	/* authoritative, in the customer index */
	const char *fold;	/* case-folded, for the exact rule */
	const char *norm;	/* normalised, for the other rules */
	const char *key;	/* its words sorted: the normalised rule */
	const char *words;	/* normalised, drop words kept */
	long cix;		/* customers: its entry in the index; -1 */
	long alias;		/* its trading name's id in the name evidence,
				 * or -1 */
	char *tkey;		/* its trading name's words sorted, or NULL */
	struct pool *cpool;	/* their contacts, built on first use */
};

#define FORM_SHARE 100	/* 1 name in this many ends with a form */
#define FORM_TAIL 3	/* words of a form ("sa de cv") */

/* The last one to three words of names: how many end with them, how many
 * of those write them abbreviated (marked_end). */
struct ending_count {
	uint32_t who;		/* a name that ends with them */
	uint32_t nwords;
	uint32_t ends, marked;
};

/* Candidates with their lookups. */
struct pool {
	struct cand *c;
	size_t n;
	struct sdc_hmap byfold, bynorm, byid, bytrade;
	struct sdc_hmap bytranslit;	/* the words below by their keys in
					 * each romanisation (names.c) */
	char **vocab;		/* customers' words, each once, made when
				 * first asked (translit_index) */
	size_t nvocab;
	struct sdc_hmap bystem;	/* names less a legal form learnt (below) */
	struct sdc_hmap forms;	/* the forms: a name that ends with one */
	struct sdc_hmap byend;	/* the endings below by their words */
	struct ending_count *ends;	/* last 1-3 words of names, counted
					 * (form_head) */
	size_t nends;
	struct sdc_nev *ev;	/* the weighted name evidence */
	size_t *alias_of;	/* its ids from n on: trading names, whose */
	size_t nalias;		/* ... candidates */
	char fp[17];		/* fingerprint: "no link" memories expire */
};

struct decision {
	int linked;
	size_t idx;		/* in the pool, when linked */
	const char *rule;	/* alias exact normalised weighted llm ... */
	int score;		/* thefuzz token_set_ratio, for parity */
	int conf;		/* the confidence, 0..100 */
	unsigned how;		/* how the name matched (nameev.h) */
	char why[200];		/* why not linked */
	long long top_id[TOPN];
	int top_score[TOPN], top_conf[TOPN];
	size_t ntop;
	long sessions;
	int remembered;		/* came from the memory file */
	int transient;		/* not for the memory file: decide again */
	int pending;		/* its LLM answer is on its way */
	int ask;		/* ambiguous enough for the LLM */
	int notcust;		/* reviewed: not a customer */
	char *machines[4];	/* of the sessions left for review */
	long reviews;		/* sessions it left for review */
	char extra[96];		/* evidence beyond the name */
	signed char elsewhere;	/* the name read as a person or address is
				 * another customer's: 2; 1 not; 0 unread */
};

/* Decisions by key: the guessed name, or "CUSTOMER_ID\x1fname" for a
 * contact.  This run's and the memory file's. */
struct memo {
	char *key;
	int contact;
	long long owner;	/* the customer, for contacts */
	char *guess;
	struct decision d;
	char fp[17];
};

static struct {
	struct memo *m;
	size_t n, cap;
	struct sdc_hmap map;
} memo;

static struct pool customers;
static struct sdc_names *names;
static json_object *aliases;
static struct sdc_cidx *cidx;	/* the customer list, normalised */
static const char *const *skip;
static size_t nskip;
static int use_llm = 1;
/* confidences (0..1): link at link_th with link_margin over the runner-up;
 * ask the LLM from llm_th when the margin is below llm_margin */
static double link_th = 0.81, link_margin = 0.15, llm_th = 0.65,
    llm_margin = 0.15;
/* Evidence beyond the name: machines (Syncro assets), contact names and
 * e-mail domains, each to the one customer holding it; the history of
 * earlier links ("machine:NAME", "session:ID", "chat:ID"), learnt. */
static struct sdc_owners *machines, *contact_names, *domains;
/* The site prefixes of customers' machine names ("AAPW" of "AAPW-PC02"). */
static struct sdc_owners *prefixes;
/* Contacts' e-mail addresses, and their first names: a machine named as
 * a person is called ("Jake", the caller's name typed for the machine)
 * is no machine of one customer. */
static struct sdc_owners *emails, *given;
/* The first label of contacts' e-mail domains ("kellermanpatel" of
 * kellermanpatel.com): a domain typed without its ending. */
static struct sdc_owners *labels;
/* The towns the customers are in (the cache's "city", in words). */
static struct sdc_owners *towns;
static struct sdc_hist *history;
static struct sdc_owners *ruled;	/* machines a person linked */
/* The MSP's own people: link.staff, and the technicians of the sessions
 * read so far (what other records teach holds a link back, never makes
 * one: a split input links no name otherwise). */
static struct sdc_staff *staff;
static double w_machine = 0.5, w_contact = 0.3, w_history = 0.85;
static double w_machine_few = 0.4;	/* a machine a few customers have */
/* An address typed for the name whose domain is one customer's contacts'
 * e-mail domain: the business's own mail, as near-proof as its machine. */
static double w_domain = 0.5;
/* A person typed for the name ("Sue Dawes", "Deb @ Tillman"): a contact's
 * whole name under one customer only, or a contact's name that narrows
 * the customers holding the typed business words to one. */
static double w_person = 0.5;
/* ... two or three customers (a first name several of the business's
 * holders have, a domain two sites share), or one other evidence brought
 * (its machine) that has the person as a contact: each of them gets the
 * weight, so the name or other evidence must still pick one. */
static double w_person_few = 0.25, w_domain_few = 0.4;
/* A machine many customers have ("CONF-ROOM", "XRAY"): when only one of
 * the name's candidates has it, and so few have it that one of them
 * would by chance seldom (role_owner), that one. */
static double w_machine_role = 0.3;
/* A machine named as a contact is called ("Jen"): the same narrowing
 * among the customers that have a contact of that first name. */
static double w_machine_caller = 0.3;
/* A machine no customer has whose site prefix is one customer's scheme
 * ("AAPW-PC09" beside its AAPW-PC01..03): a new machine of that site,
 * probably; the name must still pick it by the margin. */
static double w_machine_prefix = 0.4;
/* A machine one customer has, a contact's address or its domain, a
 * person found as above: near-proof of that customer when the name
 * agrees with it, at least half the typed words met in its name (the
 * rest a typo or a form the name evidence does not read). */
/* A reading of the name that only the best candidate gives: the start of
 * its name (a name cut short), initials only its words spell. */
static double w_prefix = 0.25, w_initials = 0.10;
/* A brand and a site that one customer alone holds (site_pick). */
static double w_site = 0.25;
/* A customer's whole name with a note after it (note_pick). */
static double w_note = 0.25;
#define NOTE_WORDS 3	/* words of a note looked past */
/* A candidate with a Syncro ticket open at the session's start: evidence
 * that separates candidates the name already brought, never one alone. */
static struct sdc_tickets *tickets;
static double w_time = 0.2;
/* Evidence beyond the name confirms what the name says: a typed name of
 * known words must give the candidate at least this much confidence, and
 * no other candidate may fit the name better by the margin.  A name of
 * words no customer has ("ACMEPLUMB01") says nothing either way. */
static double name_support = 0.30;
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
/* Sites of a group are looked for down to this confidence. */
#define SITE_FLOOR 0.3
/* A name before a site that reads its customer at this confidence (%)
 * names it whole: the site after it is that customer's, even when it
 * is another business's word too ("Murray Funeral Directors -
 * Shoalhaven" beside "Shoalhaven Rugby Club"). */
#define SITE_WHOLE 95
/* Other candidates holding every typed word are looked through up to
 * this many (none more: no proof). */
#define HOLDERS_RANK 256
#define CHAIN_LOOK 64		/* a chain's word: its holders read */
/* A rarest word's weight, as a share of ln(N + 1), from which a name cut
 * short counts at all, and from which fully. */
#define RARE_FROM 0.55
#define RARE_FULL 0.65
static FILE *review_fp;
static struct sdc_llm_model llm;
static int llm_ready;
static const char *memory_path;	/* NULL: --no-memory */

static uint64_t
hstr(const char *s)
{
	return sdc_hash(s, strlen(s));
}

/* The name evidence with the abbreviations of the config
 * (link.abbreviations: {"abbreviation": "word"}) beside the defaults. */
static struct sdc_nev *
nev_from_config(void)
{
	struct sdc_nev *e = sdc_nev_new(names);
	json_object *o = sdc_config_get("link.abbreviations");

	if (o == NULL || !json_object_is_type(o, json_type_object))
		return e;
	json_object_object_foreach(o, k, v) {
		char *a = sdc_name_normalise(names, k),
		    *w = sdc_name_normalise(names, json_object_get_string(v));

		if (*a && *w && strchr(a, ' ') == NULL && strchr(w, ' ') == NULL)
			sdc_nev_abbrev(e, a, w);
		else
			sdc_warnx("link.abbreviations: \"%s\": \"%s\": one word "
			    "each; ignored", k, json_object_get_string(v));
		free(a);
		free(w);
	}
	return e;
}

/* The hash of word's key in romanisation k (names.c). */
static uint64_t
translit_hash(const char *word, size_t k)
{
	char *t = sdc_name_translit(word, k);
	const char *s[2] = { t, (const char []){ (char)('0' + k), '\0' } };
	uint64_t h = sdc_hash_strs(s, 2);

	free(t);
	return h;
}

/* Index the customers' words of three letters or more, each once, by
 * their keys in each romanisation, for the readings of by_layout: when
 * a name first needs them (most runs never do). */
static void
translit_index(struct pool *p)
{
	struct sdc_hmap seen = SDC_HMAP_INIT;
	size_t i, k, it;
	uint32_t v;

	if (p->vocab != NULL)
		return;
	for (i = 0; i < p->n; i++) {
		char *w = sdc_xstrdup(p->c[i].words), *q, *save = NULL;

		for (q = strtok_r(w, " ", &save); q; q = strtok_r(NULL, " ",
		    &save)) {
			int dup = 0;

			for (it = 0; !dup && sdc_hmap_find(&seen, hstr(q), &it,
			    &v); )
				dup = strcmp(p->vocab[v], q) == 0;
			if (strlen(q) < 3 || dup)
				continue;
			p->vocab = sdc_xrealloc(p->vocab, (p->nvocab + 1) *
			    sizeof(*p->vocab));
			p->vocab[p->nvocab] = sdc_xstrdup(q);
			sdc_hmap_put(&seen, hstr(q), (uint32_t)p->nvocab);
			for (k = 0; k < SDC_NAME_TRANSLITS; k++)
				sdc_hmap_put(&p->bytranslit,
				    translit_hash(q, k), (uint32_t)p->nvocab);
			p->nvocab++;
		}
		free(w);
	}
	sdc_hmap_free(&seen);
}

/* A candidate with its normalised forms (the customer index's, or made
 * by pool_add). */
static void
pool_put(struct pool *p, long long id, const char *name, const char *fold,
    const char *words, const char *norm, const char *key)
{
	struct cand *c;

	p->c = sdc_xrealloc(p->c, (p->n + 1) * sizeof(*p->c));
	c = &p->c[p->n];
	memset(c, 0, sizeof(*c));
	c->id = id;
	c->name = name;
	c->fold = fold;
	c->words = words;
	c->norm = norm;
	c->key = key;
	c->cix = -1;
	c->alias = -1;
	sdc_hmap_put(&p->byfold, hstr(c->fold), (uint32_t)p->n);
	sdc_hmap_put(&p->bynorm, hstr(c->key), (uint32_t)p->n);
	sdc_hmap_put(&p->byid, sdc_hash(&id, sizeof(id)), (uint32_t)p->n);
	p->n++;
}

/* A contact: normalised when its customer's contacts are first needed. */
static void
pool_add(struct pool *p, long long id, const char *name)
{
	char *words = sdc_name_words(names, name),
	    *norm = sdc_name_strip(names, words);

	pool_put(p, id, name, sdc_name_fold(name), words, norm,
	    sdc_name_sortkey(norm));
}

/* A bilingual body's name in both languages, "Espoon kaupunki / Esbo
 * stad": the words of the second, which it answers to as to a trading
 * name (each half two words or more; not when the first half is another
 * customer's name, "Kajaanin kaupunki" beside "Kajaanin kaupunki /
 * Kajana stad": which one "Kajana stad" is, nothing tells), or NULL; a
 * new string. */
static size_t pool_match(const struct pool *p, int bynorm, const char *key,
    size_t *first);

static char *
other_language(const struct pool *p, size_t i)
{
	const char *name = p->c[i].name, *s = strstr(name, " / ");
	char *first, *w, *b, *norm, *key;
	size_t f;
	int two;

	if (s == NULL || strstr(s + 3, " / "))
		return NULL;
	first = sdc_xstrdup(name);
	first[s - name] = '\0';
	w = sdc_name_words(names, first);
	b = sdc_name_words(names, s + 3);
	norm = sdc_name_normalise(names, first);
	key = sdc_name_sortkey(norm);
	two = strchr(w, ' ') != NULL && strchr(b, ' ') != NULL &&
	    pool_match(p, 1, key, &f) == 0;
	free(first);
	free(w);
	free(norm);
	free(key);
	if (!two) {
		free(b);
		return NULL;
	}
	return b;
}

/* "Neve Attwell t/a Attwell Furniture" answers to its trading name too:
 * a second entry of the name evidence, read back as the candidate. */
static void
add_trading(struct pool *p, size_t i)
{
	char *own = NULL, *tn;
	const char *t = sdc_name_trading(p->c[i].words);

	if (t == NULL && (own = other_language(p, i)) == NULL)
		return;
	if (t == NULL)
		t = own;
	p->c[i].alias = (long)sdc_nev_add(p->ev, t);
	tn = sdc_name_strip(names, t);
	p->c[i].tkey = sdc_name_sortkey(tn);
	free(tn);
	sdc_hmap_put(&p->bytrade, hstr(p->c[i].tkey), (uint32_t)i);
	p->alias_of = sdc_xrealloc(p->alias_of, (p->nalias + 1) *
	    sizeof(*p->alias_of));
	p->alias_of[p->nalias++] = i;
	free(own);
}

/* The candidate of a name evidence id. */
static size_t
cand_of(const struct pool *p, size_t id)
{
	return id < p->n ? id : p->alias_of[id - p->n];
}

/* Hits as candidates, each once (its better entry: hits come best
 * first): returns how many are left. */
static size_t
fold_hits(const struct pool *p, struct sdc_nev_hit *h, size_t n)
{
	size_t i, j, m = 0;

	for (i = 0; i < n; i++) {
		h[i].id = cand_of(p, h[i].id);
		for (j = 0; j < m && h[j].id != h[i].id; j++)
			;
		if (j == m)
			h[m++] = h[i];
	}
	return m;
}

/* Index and fingerprint, once every candidate is in. */
/* A legal form is learnt from the list: a short word that ends many
 * names ("DA", "I/S", "Cyf", "CLG": any market's, without a list of
 * them).  The names that end with one are kept by the name before it
 * (bystem), so a name typed without its form finds every customer it
 * may be. */
#define LEGAL_LEN 3
#define LEGAL_MIN 5

static int alpha_word(const char *s);
static int has_word(const char *list, const char *word);

static const char *
last_word(const char *norm)
{
	const char *w = strrchr(norm, ' ');

	return w ? w + 1 : NULL;	/* a one-word name has no form */
}

/* A name that ends with a short word, by that word then by position. */
struct ending {
	const char *e;
	size_t k;
};

static int
by_ending(const void *a, const void *b)
{
	const struct ending *x = a, *y = b;
	int c = strcmp(x->e, y->e);

	return c ? c : (x->k > y->k) - (x->k < y->k);
}

/* A short first word, kept in place: no allocation per customer. */
typedef char short_word[LEGAL_LEN + 1];

/* How many of the sorted words v[0..n) are w. */
static size_t
count_of(const short_word *v, size_t n, const char *w)
{
	size_t lo = 0, hi = n, mid, k = 0;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (strcmp(v[mid], w) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo + k < n && strcmp(v[lo + k], w) == 0)
		k++;
	return k;
}

static int
by_text(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* A word of at most LEGAL_LEN letters that ends LEGAL_MIN names or more
 * is a legal form learnt, unless it begins half as many names or more:
 * a form never begins one, a surname does ("Lee" of "Tan & Lee LLC" and
 * "Lee & Tan LLC").  One sorted pass: the names that share an ending lie
 * together, each group in list order, so a form's names are kept without
 * a second scan of the list per form. */
static void
learn_forms(struct pool *p)
{
	struct ending *w = sdc_xcalloc(p->n + 1, sizeof(*w));
	short_word *f = sdc_xcalloc(p->n + 1, sizeof(*f));
	const char *e;
	size_t i, j, k, n = 0, nf = 0, len;

	for (i = 0; i < p->n; i++) {
		if ((e = last_word(p->c[i].norm)) && strlen(e) <= LEGAL_LEN &&
		    alpha_word(e))
			w[n++] = (struct ending){ e, i };
		len = strcspn(p->c[i].norm, " ");
		if (len <= LEGAL_LEN && p->c[i].norm[len] == ' ')
			memcpy(f[nf++], p->c[i].norm, len);	/* zeroed: ends */
	}
	qsort(w, n, sizeof(*w), by_ending);
	qsort(f, nf, sizeof(*f), by_text);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && strcmp(w[j].e, w[i].e) == 0; j++)
			;
		if (j - i < LEGAL_MIN || 2 * count_of(f, nf, w[i].e) >= j - i)
			continue;	/* few, or a name's word (a surname) */
		for (k = i; k < j; k++) {
			e = w[k].e;
			sdc_hmap_put(&p->bystem, sdc_hash(p->c[w[k].k].norm,
			    (size_t)(e - 1 - p->c[w[k].k].norm)),
			    (uint32_t)w[k].k);
			if (k == i)
				sdc_hmap_put(&p->forms, hstr(e),
				    (uint32_t)w[k].k);
		}
	}
	free(f);
	free(w);
}

/* word is a legal form learnt. */
static int
is_form(const struct pool *p, const char *word)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&p->forms, hstr(word), &it, &v))
		if (strcmp(last_word(p->c[v].norm), word) == 0)
			return 1;
	return 0;
}

/* The length of idx's name less its legal form learnt, if it has one. */
static size_t
stem_len(const struct pool *p, size_t idx)
{
	const char *n = p->c[idx].norm, *e = last_word(n);
	size_t it = 0;
	uint32_t v;

	while (e && sdc_hmap_find(&p->bystem, sdc_hash(n, (size_t)(e - 1 - n)),
	    &it, &v))
		if (v == idx)
			return (size_t)(e - 1 - n);
	return strlen(n);
}

/* Another customer is idx's name with another legal form, or none,
 * when one of them is a form learnt ("Ringsaker Legesenter DA" and
 * "Ringsaker Legesenter A/S", whose form the normalised name drops):
 * a name typed without the form is either.  Its index, or -1. */
static long
with_form(const struct pool *p, size_t idx)
{
	const char *n = p->c[idx].norm;
	size_t it = 0, len = stem_len(p, idx), first = 0;
	uint32_t v;
	char *stem, *key;
	long other = -1;

	while (other < 0 && sdc_hmap_find(&p->bystem, sdc_hash(n, len), &it,
	    &v))
		if (v != idx && strncmp(p->c[v].norm, n, len) == 0 &&
		    p->c[v].norm[len] == ' ')
			other = (long)v;
	if (other >= 0 || len == strlen(n))
		return other;
	stem = sdc_xstrndup(n, len);
	key = sdc_name_sortkey(stem);
	if (pool_match(p, 1, key, &first) > 0 && first != idx)
		other = (long)first;
	free(stem);
	free(key);
	return other;
}

/* The raw word ends with a mark of an abbreviation: a dot or a slash
 * ("Ltda.", "C.V.", "S/A"), or it is in capitals in a name that has
 * small letters ("LTDA" of "Moura Servicos LTDA"). */
static int
marked_end(const char *name)
{
	const char *w = strrchr(name, ' '), *q;
	int upper = 0, lower = 0;

	w = w ? w + 1 : name;
	if (strpbrk(w, "./"))
		return 1;
	for (q = name; *q; q++)
		if (q >= w)
			upper += isupper((unsigned char)*q) != 0;
		else
			lower = lower || islower((unsigned char)*q);
	return lower && upper >= 2 && upper == (int)strlen(w);
}

/* The last k words of words, after a word of theirs, or NULL. */
static const char *
last_words(const char *words, size_t k)
{
	const char *s = words + strlen(words);

	while (k-- > 0) {
		while (s > words && s[-1] != ' ')
			s--;
		if (s == words)
			return NULL;
		if (k > 0)
			s--;
	}
	return s;
}

/* The ending w[0..len) counted, or NULL. */
static struct ending_count *
find_ending(const struct pool *p, const char *w, size_t len)
{
	size_t it = 0;
	uint32_t v;
	const char *t;

	while (sdc_hmap_find(&p->byend, sdc_hash(w, len), &it, &v)) {
		t = last_words(p->c[p->ends[v].who].words, p->ends[v].nwords);
		if (t && strlen(t) == len && memcmp(t, w, len) == 0)
			return &p->ends[v];
	}
	return NULL;
}

/* Count each name's last one to three words (form_head reads them). */
static void
count_endings(struct pool *p)
{
	struct ending_count *e;
	const char *t;
	size_t i, k, len;

	p->ends = sdc_xcalloc(p->n * FORM_TAIL + 1, sizeof(*p->ends));
	for (i = 0; i < p->n; i++)
		for (k = 1; k <= FORM_TAIL && (t = last_words(p->c[i].words,
		    k)) != NULL; k++) {
			len = strlen(t);
			if ((e = find_ending(p, t, len)) == NULL) {
				sdc_hmap_put(&p->byend, sdc_hash(t, len),
				    (uint32_t)p->nends);
				e = &p->ends[p->nends++];
				*e = (struct ending_count){ (uint32_t)i,
				    (uint32_t)k, 0, 0 };
			}
			e->ends++;
			e->marked += marked_end(p->c[i].name);
		}
}

static void
pool_finish(struct pool *p)
{
	uint64_t fp = 14695981039346656037ULL;
	size_t i;

	p->ev = nev_from_config();
	for (i = 0; i < p->n; i++) {
		sdc_nev_add(p->ev, p->c[i].words);
		fp = (fp ^ sdc_hash(&p->c[i].id, sizeof(p->c[i].id))) *
		    1099511628211ULL;
		fp = (fp ^ hstr(p->c[i].name)) * 1099511628211ULL;
	}
	for (i = 0; i < p->n; i++)
		add_trading(p, i);
	learn_forms(p);
	count_endings(p);
	sdc_nev_finish(p->ev);
	snprintf(p->fp, sizeof(p->fp), "%016llx", (unsigned long long)fp);
}

/* The pool index of id, or -1. */
static long
pool_find_id(const struct pool *p, long long id)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&p->byid, sdc_hash(&id, sizeof(id)), &it, &v))
		if (p->c[v].id == id)
			return (long)v;
	return -1;
}

/* Matches of key in a hash map over fold or norm: how many, the first. */
static size_t
pool_match(const struct pool *p, int bynorm, const char *key, size_t *first)
{
	const struct sdc_hmap *m = bynorm ? &p->bynorm : &p->byfold;
	size_t it = 0, n = 0;
	uint32_t v;

	while (sdc_hmap_find(m, hstr(key), &it, &v))
		if (strcmp(bynorm ? p->c[v].key : p->c[v].fold, key) == 0) {
			if (n++ == 0 || v < *first)
				*first = v;
		}
	return n;
}

/* The normalised rule's matches: customers whose name, or trading name,
 * has the words of key ("Blenkinsop Cleaning Services" is both
 * "Blenkinsop's Cleaning Services Ltd" and "Zoltan Blenkinsop T/A
 * Blenkinsop Cleaning Services": two). */
static size_t
norm_match(const struct pool *p, const char *key, size_t *first)
{
	size_t it = 0, n = pool_match(p, 1, key, first);
	uint32_t v;

	while (sdc_hmap_find(&p->bytrade, hstr(key), &it, &v))
		if (strcmp(p->c[v].tkey, key) == 0 && (n == 0 || v != *first)) {
			if (n++ == 0 || v < *first)
				*first = v;
		}
	return n;
}

static struct pool *
contact_pool(struct cand *cust)
{
	struct sdc_cidx_cust c;
	struct sdc_cidx_contact ct;
	size_t i;

	if (cust->cpool)
		return cust->cpool;
	cust->cpool = sdc_xcalloc(1, sizeof(*cust->cpool));
	if (cust->cix >= 0)
		sdc_cidx_get(cidx, (size_t)cust->cix, &c);
	for (i = 0; cust->cix >= 0 && i < c.ncontacts; i++) {
		sdc_cidx_contact(cidx, &c, i, &ct);
		if (ct.id >= 0)
			pool_add(cust->cpool, ct.id, ct.name);
	}
	pool_finish(cust->cpool);
	return cust->cpool;
}

/* One JSON document from a file, or exit 2 saying why. */
static json_object *
load_json(const char *path, const char *what)
{
	const char *why = NULL;
	json_object *doc;
	size_t len = 0;
	char *text = sdc_file_read(path, 1UL << 30, &len);

	if (text == NULL)
		sdc_err(SDC_EXIT_USAGE, "%s file %s", what, path);
	doc = sdc_json_parse(text, len, &why);
	free(text);
	if (doc == NULL)
		sdc_errx(SDC_EXIT_USAGE, "%s: %s", path, why);
	return doc;
}

/* A contact's first name ("Sue" of "Sue Dawes"; none of one word). */
static void
given_name(const char *name, long idx)
{
	size_t len = strcspn(name, " ");
	char buf[64];

	if (name[len] == ' ' && len > 1 && len < sizeof(buf)) {
		memcpy(buf, name, len);
		buf[len] = '\0';
		sdc_owners_add(given, buf, idx);
	}
}

/* A mail domain's first label ("kellermanpatel.com": "kellermanpatel"). */
static void
domain_label(const char *d, long idx)
{
	size_t len = strcspn(d, ".");
	char buf[128];

	if (d[len] == '.' && len >= 4 && len < sizeof(buf)) {
		memcpy(buf, d, len);
		buf[len] = '\0';
		sdc_owners_add(labels, buf, idx);
	}
}

/* A machine name's site prefix, the MSP's scheme: the capitals and
 * digits before its first '-' ("AAPW" of "AAPW-PC09", "AO2" of
 * "AO2-PC18"), two to eight of them, a letter among them, not a word
 * Windows or a device type gives ("DESKTOP-", "PC-LOEHR"): into out
 * (cap 9), 1; else 0. */
static int
site_prefix(const char *m, char *out)
{
	static const char *const generic[] = { "DESKTOP", "LAPTOP", "WIN",
	    "MININT", "PC", "NB", "WS", "DT", "LT", "TS", "SRV", "SERVER",
	    "POS", "MAC", "IMAC", NULL };
	size_t n, i;
	int letter = 0;

	/* a loop, not strspn(): asked of every machine at start-up */
	for (n = 0; (m[n] >= 'A' && m[n] <= 'Z') || (m[n] >= '0' &&
	    m[n] <= '9'); n++)
		letter |= m[n] >= 'A';
	if (n < 2 || n > 8 || m[n] != '-' || !letter)
		return 0;
	memcpy(out, m, n);
	out[n] = '\0';
	for (i = 0; generic[i]; i++)
		if (strcmp(out, generic[i]) == 0)
			return 0;
	return 1;
}

/* The site prefixes two or more of a customer's machines share: each
 * machine's prefix worked out once and looked up among those before it
 * (it compared every pair: 0.46 G instructions of a 1.7 G start-up at
 * 50,000 customers, some of which have a hundred machines). */
static void
owned_prefixes(const struct sdc_cidx_cust *c, long idx)
{
	struct sdc_hmap seen = SDC_HMAP_INIT;
	char (*p)[9];
	unsigned char *shared;
	size_t i, n = c->nassets, it;
	uint32_t v;

	if (n < 2)
		return;
	p = sdc_xmalloc(n * sizeof(*p));
	shared = sdc_xcalloc(n, 1);
	for (i = 0; i < n; i++) {
		uint64_t h;
		int first = 1;

		if (!site_prefix(sdc_cidx_asset(cidx, c, i), p[i]))
			continue;
		h = sdc_hash(p[i], strlen(p[i]));
		for (it = 0; first && sdc_hmap_find(&seen, h, &it, &v);)
			if (strcmp(p[v], p[i]) == 0) {
				shared[v] = shared[i] = 1;
				first = 0;
			}
		if (first)
			sdc_hmap_put(&seen, h, (uint32_t)i);
	}
	for (i = 0; i < n; i++)	/* in the machines' order, as before */
		if (shared[i])
			sdc_owners_add(prefixes, p[i], idx);
	sdc_hmap_free(&seen);
	free(shared);
	free(p);
}

/* A customer's machines, contact names and e-mail domains. */
static void
owned(const struct sdc_cidx_cust *c, long idx)
{
	struct sdc_cidx_contact ct;
	size_t i;

	for (i = 0; i < c->nassets; i++)
		sdc_owners_add(machines, sdc_cidx_asset(cidx, c, i), idx);
	owned_prefixes(c, idx);
	if (*c->city)
		sdc_owners_add(towns, c->city, idx);
	for (i = 0; i < c->ncontacts; i++) {
		const char *d;

		sdc_cidx_contact(cidx, c, i, &ct);
		d = sdc_mail_domain(*ct.email ? ct.email : NULL);
		if (ct.id >= 0)
			given_name(ct.name, idx);
		if (ct.id >= 0)
			sdc_owners_add(contact_names, ct.name, idx);
		if (d)
			sdc_owners_add(domains, d, idx);
		if (d)
			sdc_owners_add(emails, ct.email, idx);
		if (d)
			domain_label(d, idx);
	}
}

/* The customer list (customers.h) through its index (custidx.h);
 * entries without an id or a name are reported and skipped. */
static void
load_customers(const char *path)
{
	struct sdc_cidx_cust c;
	size_t i;

	cidx = sdc_cidx_open(path, names);
	for (i = 0; i < sdc_cidx_nskipped(cidx); i++)
		sdc_warn_at(path, 0, "customer %zu: no id or business_name; "
		    "ignored", sdc_cidx_skipped(cidx, i));
	for (i = 0; i < sdc_cidx_count(cidx); i++) {
		sdc_cidx_get(cidx, i, &c);
		pool_put(&customers, c.id, c.name, c.fold, c.words, c.norm,
		    c.key);
		customers.c[customers.n - 1].cix = (long)i;
		owned(&c, (long)customers.n - 1);
	}
	pool_finish(&customers);
	sdc_note("%zu customers from %s", customers.n, path);
}

/* Aliases: {"guessed name": customer id}, matched on normalised names. */
static void
load_aliases(const char *path)
{
	json_object *cfg = sdc_config_get("link.aliases"), *norm;

	if (path)
		aliases = load_json(path, "aliases");
	else if (cfg && json_object_is_type(cfg, json_type_object))
		aliases = json_object_get(cfg);
	else if (cfg && json_object_is_type(cfg, json_type_string))
		aliases = load_json(sdc_config_path("link.aliases"), "aliases");
	if (aliases == NULL)
		return;
	if (!json_object_is_type(aliases, json_type_object))
		sdc_errx(SDC_EXIT_USAGE, "aliases: not a JSON object");
	norm = json_object_new_object();
	json_object_object_foreach(aliases, k, v) {
		char *nk = sdc_name_normalise(names, k);

		json_object_object_add(norm, nk, json_object_get(v));
		free(nk);
	}
	json_object_put(aliases);
	aliases = norm;
}

/* A person's decision from sdc-review: an alias (null: not a customer),
 * or a machine rule. */
static void
rule(const struct sdc_rule *r, void *ctx)
{
	char *norm;
	long idx = r->customer_id >= 0 ? pool_find_id(&customers,
	    r->customer_id) : -1;

	(void)ctx;
	if (r->customer_id >= 0 && idx < 0) {
		sdc_warnx("rule for \"%s\": customer %lld is not in the "
		    "customer list; ignored", r->name, r->customer_id);
		return;
	}
	if (strcmp(r->type, "machine") == 0) {
		sdc_owners_add(ruled, r->name, idx);
		return;
	}
	if (aliases == NULL)
		aliases = json_object_new_object();
	norm = sdc_name_normalise(names, r->name);
	json_object_object_add(aliases, norm, idx >= 0 ?
	    json_object_new_int64(r->customer_id) : NULL);
	free(norm);
}

static void
load_rules(const char *path)
{
	ruled = sdc_owners_new();
	if (path)
		sdc_note("%ld rules from %s", sdc_rules_load(path, rule, NULL),
		    path);
}

static struct memo *
memo_get(const char *key)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&memo.map, hstr(key), &it, &v))
		if (strcmp(memo.m[v].key, key) == 0)
			return &memo.m[v];
	return NULL;
}

static struct memo *
memo_new(const char *key, int contact, long long owner, const char *guess)
{
	struct memo *m;

	if (memo.n == memo.cap) {
		memo.cap = memo.cap ? 2 * memo.cap : 64;
		memo.m = sdc_xrealloc(memo.m, memo.cap * sizeof(*memo.m));
	}
	m = &memo.m[memo.n];
	memset(m, 0, sizeof(*m));
	m->key = sdc_xstrdup(key);
	m->contact = contact;
	m->owner = owner;
	m->guess = sdc_xstrdup(guess);
	sdc_hmap_put(&memo.map, hstr(key), (uint32_t)memo.n++);
	return m;
}

static void
memo_key(struct sdc_buf *b, int contact, long long owner, const char *guess)
{
	sdc_buf_reset(b);
	if (contact)
		sdc_buf_printf(b, "%lld\x1f", owner);
	sdc_buf_adds(b, guess);
	sdc_buf_addc(b, '\0');
}

/* "fuzzy" and "initials" are the rules before the weighted evidence:
 * memory files still hold them. */
static const char *const rules[] = {
	"alias", "exact", "normalised", "weighted", "fuzzy", "initials", "llm",
	NULL
};

static const char *
known_rule(const char *r)
{
	size_t i;

	for (i = 0; r && rules[i]; i++)
		if (strcmp(r, rules[i]) == 0)
			return rules[i];
	return NULL;
}

static int
history_type(const char *type)
{
	return type && (strcmp(type, "machine") == 0 ||
	    strcmp(type, "session") == 0 || strcmp(type, "chat") == 0 ||
	    strcmp(type, "staff") == 0);
}

/* Saving, the memory's history lines are read again (replay): each loaded
 * key whose owner changed is written to replay_out where it was first
 * loaded, as sdc_owners kept the order when it held the strings. */
static struct sdc_buf *replay_out;
static void history_json(struct sdc_buf *b, const char *k, long idx);

/* A learnt key to customer id (null: several customers had it). */
static void
history_add(const char *type, const char *key, int null, long long id)
{
	char buf[512];
	long idx = SDC_OWNER_MANY;

	if (!null && (idx = pool_find_id(&customers, id)) < 0)
		return;		/* a customer no longer in the list */
	snprintf(buf, sizeof(buf), "%s:%s", type, key);
	if (replay_out == NULL && strcmp(type, "staff") == 0)
		sdc_staff_add(staff, key, 0);
	if (replay_out == NULL)
		sdc_hist_add(history, buf, idx);
	else if (sdc_hist_take_changed(history, buf, &idx))
		history_json(replay_out, buf, idx);
}

/* A learnt machine, session or chat: {"type": "machine", "key": NAME,
 * "customer_id": ID}, or null for one that several customers had. */
static int
history_line(json_object *o, const char *type)
{
	json_object *idv = sdc_json_get(o, "customer_id");
	const char *key = sdc_json_str(o, "key");

	if (!history_type(type))
		return 0;
	if (key != NULL)
		history_add(type, key, !idv || json_object_is_type(idv,
		    json_type_null), json_object_get_int64(idv));
	return 1;
}

/* The same from the line's text, without json-c: nearly every line of a
 * memory is one (a line per ScreenConnect session ever linked), and
 * parsing them was most of the start-up.  0 for anything but a plain
 * {"type":..., "key":..., "customer_id": integer or null} in json-c's
 * own form (how sdc-link writes them): json-c reads it then. */
struct hline {
	char type[8], key[448];
	const char *id;
	size_t idlen;
	int seen, bad;
};

static int
hline_member(void *ctx, const struct sdc_jscan_item *it)
{
	struct hline *h = ctx;
	char *to = it->klen == 4 && memcmp(it->key, "type", 4) == 0 ? h->type :
	    it->klen == 3 && memcmp(it->key, "key", 3) == 0 ? h->key : NULL;
	size_t size = to == h->type ? sizeof(h->type) : sizeof(h->key);

	if (it->klen == 11 && memcmp(it->key, "customer_id", 11) == 0) {
		h->id = it->kind == 'n' || it->kind == 'l' ? it->v : NULL;
		h->idlen = it->vlen;
		h->bad |= h->id == NULL || strcspn(h->id, ".eE,}") < it->vlen ||
		    (it->kind == 'l' && *it->v != 'n');
	} else if (to) {
		h->bad |= it->kind != 's' || it->esc || it->vlen >= size;
		if (!h->bad)
			memcpy(to, it->v, it->vlen), to[it->vlen] = '\0';
	}
	h->seen |= to == h->type ? 1 : to == h->key ? 2 : h->id ? 4 : 0;
	return 0;
}

static int
quick_history(const char *line, size_t len)
{
	struct hline h = { "", "", NULL, 0, 0, 0 };

	if (sdc_jscan_walk(line, len, hline_member, &h) != 1 || h.bad ||
	    (h.seen & 3) != 3 || !history_type(h.type))
		return 0;
	history_add(h.type, h.key, h.id == NULL || *h.id == 'n',
	    h.id ? strtoll(h.id, NULL, 10) : 0);
	return 1;
}

static int
aliased(const char *guess)
{
	char *norm;
	int r;

	if (aliases == NULL)
		return 0;
	norm = sdc_name_normalise(names, guess);
	r = json_object_object_get_ex(aliases, norm, NULL);
	free(norm);
	return r;
}

/* One remembered decision; stale lines are dropped (the file is a cache:
 * forgetting only costs work).  -1 for a line that is no decision at all. */
static int
memory_line(json_object *o)
{
	const char *type = sdc_json_str(o, "type"), *guess = sdc_json_str(o,
	    "guess"), *fp = sdc_json_str(o, "fingerprint");
	int contact = type && strcmp(type, "contact") == 0;
	json_object *idv = sdc_json_get(o, contact ? "contact_id" :
	    "customer_id"), *sv = sdc_json_get(o, "score");
	long long owner = contact ? json_object_get_int64(sdc_json_get(o,
	    "customer_id")) : 0;
	struct pool *p = &customers;
	struct sdc_buf key = SDC_BUF_INIT;
	struct memo *m;
	long idx = -1, cust = contact ? pool_find_id(&customers, owner) : 0;

	if (history_line(o, type))
		return 0;
	if (guess == NULL)
		return -1;
	if (cust < 0)
		return 0;
	if (!contact && aliased(guess))
		return 0;	/* a rule made since decides it now */
	if (contact)
		p = contact_pool(&customers.c[cust]);
	if (idv && !json_object_is_type(idv, json_type_null)) {
		if ((idx = pool_find_id(p, json_object_get_int64(idv))) < 0 ||
		    known_rule(sdc_json_str(o, "rule")) == NULL)
			return 0;
	} else if (fp == NULL || strcmp(fp, p->fp) != 0)
		return 0;	/* "no link" against another list */
	memo_key(&key, contact, owner, guess);
	if (memo_get(key.p) == NULL) {
		m = memo_new(key.p, contact, owner, guess);
		m->d.remembered = 1;
		m->d.linked = idx >= 0;
		m->d.idx = idx >= 0 ? (size_t)idx : 0;
		m->d.rule = known_rule(sdc_json_str(o, "rule"));
		m->d.score = sv ? json_object_get_int(sv) : 0;
		m->d.conf = json_object_get_int(sdc_json_get(o, "confidence"));
		m->d.how = (unsigned)json_object_get_int(sdc_json_get(o, "how"));
		snprintf(m->d.why, sizeof(m->d.why), "%s",
		    sdc_json_str(o, "why") ? sdc_json_str(o, "why") : "remembered");
		memcpy(m->fp, p->fp, sizeof(m->fp));
	}
	sdc_buf_free(&key);
	return 0;
}

/* Lines of the memory file read at the start: the history as loaded. */
static long memory_lines;

/* Read without a lock: other runs only ever append (state.h), so the one
 * thing to tolerate is their last line half written. */
static void
load_memory(const char *path)
{
	struct sdc_lines *l = sdc_lines_open_path(path, 1 << 20);
	char *line;
	size_t len;
	long n = 0;
	int r;

	if (l == NULL) {
		if (errno != ENOENT)
			sdc_warn("%s", path);
		return;
	}
	/* A corrupt line costs only work, but is said: it may be the sign
	 * of a disk or an editor that damaged more. */
	while ((r = sdc_lines_next(l, &line, &len)) != 0) {
		const char *why = "line too long";
		json_object *o;

		n++;
		if (r > 0 && quick_history(line, len))
			continue;
		o = r > 0 ? sdc_json_parse(line, len, &why) : NULL;
		if ((r > 0 && len == 0) || (!o && sdc_lines_partial(l)))
			continue;
		if (o && !json_object_is_type(o, json_type_object))
			why = "not a JSON object";
		else if (o && memory_line(o) < 0)
			why = "no \"guess\"";
		else if (o)
			why = NULL;
		if (why)
			sdc_warn_at(path, n, "not a link decision (%s); ignored", why);
		json_object_put(o);
	}
	sdc_lines_close(l);
	memory_lines = n;
}

/* The loaded history lines again, their changed keys to b (replay_out). */
static void
replay_history(const char *path, struct sdc_buf *b)
{
	struct sdc_lines *l = sdc_lines_open_path(path, 1 << 20);
	char *line;
	size_t len;
	long n = 0;
	int r;

	if (l == NULL)
		return;
	replay_out = b;
	while (n++ < memory_lines && (r = sdc_lines_next(l, &line, &len)) != 0) {
		const char *why;
		json_object *o;

		if (r < 0 || quick_history(line, len))
			continue;
		o = sdc_json_parse(line, len, &why);
		if (json_object_is_type(o, json_type_object))
			history_line(o, sdc_json_str(o, "type"));
		json_object_put(o);
	}
	replay_out = NULL;
	sdc_lines_close(l);
}

static json_object *
memo_json(const struct memo *m)
{
	const struct decision *d = &m->d;
	struct pool *p = &customers;
	json_object *o = json_object_new_object();

	if (m->contact)
		p = contact_pool(&customers.c[pool_find_id(&customers, m->owner)]);
	json_object_object_add(o, "type", json_object_new_string(
	    m->contact ? "contact" : "customer"));
	json_object_object_add(o, "guess", json_object_new_string(m->guess));
	if (m->contact)
		json_object_object_add(o, "customer_id",
		    json_object_new_int64(m->owner));
	json_object_object_add(o, m->contact ? "contact_id" : "customer_id",
	    d->linked ? json_object_new_int64(p->c[d->idx].id) : NULL);
	json_object_object_add(o, "name", d->linked ?
	    json_object_new_string(p->c[d->idx].name) : NULL);
	json_object_object_add(o, "rule", d->linked ?
	    json_object_new_string(d->rule) : NULL);
	json_object_object_add(o, "score", json_object_new_int(d->score));
	if (d->conf || d->how) {
		json_object_object_add(o, "confidence",
		    json_object_new_int(d->conf));
		json_object_object_add(o, "how", json_object_new_int((int)d->how));
	}
	if (!d->linked) {
		json_object_object_add(o, "why", json_object_new_string(d->why));
		json_object_object_add(o, "fingerprint",
		    json_object_new_string(m->fp));
	}
	return o;
}

static void
add_line(struct sdc_buf *b, json_object *o)
{
	size_t len;
	const char *t = sdc_json_text(o, &len);

	sdc_buf_add(b, t, len);
	sdc_buf_addc(b, '\n');
	json_object_put(o);
}

/* A history line: key "TYPE:KEY" (folded) to its customer (null: several). */
static void
history_json(struct sdc_buf *b, const char *k, long idx)
{
	const char *c = strchr(k, ':');
	json_object *o = json_object_new_object();

	json_object_object_add(o, "type",
	    json_object_new_string_len(k, (int)(c - k)));
	json_object_object_add(o, "key", json_object_new_string(c + 1));
	json_object_object_add(o, "customer_id", idx >= 0 ?
	    json_object_new_int64(customers.c[idx].id) : NULL);
	add_line(b, o);
}

/* What is in b so far to the memory file (fd, locked), from a size on. */
static int
flush_lines(int fd, struct sdc_buf *b, size_t from)
{
	int rc = 0;

	if (b->len >= from && b->len > 0) {
		rc = sdc_write_all(fd, b->p, b->len);
		sdc_buf_reset(b);
	}
	return rc;
}

/* The history learnt this run: each changed loaded key, then each new
 * key, with its customer, which replayed after the loaded lines gives the
 * same; written on as it goes, so no copy of it is held. */
static int
add_history(const char *path, int fd, struct sdc_buf *b)
{
	struct sdc_buf key = SDC_BUF_INIT;
	long idx;
	int rc = 0;

	if (sdc_hist_changed(history) > 0)
		replay_history(path, b);
	while (rc == 0 && sdc_hist_next_new(history, &key, &idx)) {
		history_json(b, key.p, idx);
		rc = flush_lines(fd, b, 1 << 16);
	}
	sdc_buf_free(&key);
	return rc == 0 ? flush_lines(fd, b, 0) : rc;
}

/* Append this run's decisions and history to the memory file in one
 * locked write (state.h): parallel runs share the file without waiting
 * for each other, and none loses another's lines.  A name two runs both
 * decided is there twice; loading keeps the first. */
static void
save_memory(const char *path)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i;
	int fd, rc = 0;

	for (i = 0; i < memo.n; i++)
		if (!memo.m[i].d.transient && !memo.m[i].d.remembered)
			add_line(&b, memo_json(&memo.m[i]));
	if (b.len > 0 || sdc_hist_changed(history) > 0 ||
	    sdc_hist_new_keys(history) > 0) {
		if ((fd = sdc_state_append_open(path)) < 0)
			rc = -1;
		else {
			if (flush_lines(fd, &b, 0) < 0 || add_history(path, fd, &b) < 0)
				rc = -1;
			if (sdc_state_append_close(fd) < 0)
				rc = -1;
		}
	}
	if (rc < 0)
		sdc_warn("%s", path);
	sdc_buf_free(&b);
}

static void
link_to(struct decision *d, size_t idx, const char *rule, int score)
{
	d->linked = 1;
	d->idx = idx;
	d->rule = rule;
	d->score = score;
}

/* Number of candidates sharing idx's normalised name. */
static size_t
same_name(const struct pool *p, size_t idx)
{
	size_t first = 0;

	return pool_match(p, 1, p->c[idx].key, &first);
}

/* The thefuzz score (token_set_ratio of the normalised names) that the
 * original tool decided on: logged beside the confidence, for parity. */
static int
fuzz_score(const struct pool *p, const char *norm, size_t idx)
{
	return sdc_fuzz_token_set_ratio(norm, p->c[idx].norm);
}

/* The runner-up, for the margin.  A candidate that reads the typed
 * words only with an inflection ending typed or left off is none when
 * the best has them as typed, in the typed order, and no word more:
 * "Utsikten barnehage" typed is that name, not "Barnehagen Utsikten"
 * (typed "Barnehage Utsikten", it is either: normalised_reorder()). */
static int same_order(const char *typed, const char *cand);

static double
runner_up(const struct pool *p, const char *words,
    const struct sdc_nev_hit *h, size_t n)
{
	const unsigned loose = SDC_NEV_ENDING | SDC_NEV_PREFIX | SDC_NEV_CUT |
	    SDC_NEV_CONTRACTION | SDC_NEV_ACRONYM;
	size_t i = 1;

	/* the best as typed: every word, in the typed order, no ending */
	if (n > 1 && h[0].missed == 0 && h[0].left == 0 &&
	    !(h[0].how & loose) && same_order(words, p->c[h[0].id].words))
		while (i < n && (h[i].how & SDC_NEV_ENDING))
			i++;
	return i < n ? h[i].score : 0;
}

static void
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
 * guess.  Looked for below the floor, as the rest of a name says little. */
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
		    more[i].missed == 0)
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

/* Every candidate holding every typed word is idx (loose: or, by
 * sdc_name_initials_share, reads loose as initials of its words):
 * proof that no other has them, when there are few enough to look
 * through. */
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
		    sdc_name_initials_share(loose, p->c[cand_of(p,
		    ids[i])].words)))
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

/* Another candidate holds every typed word as well, read no more
 * loosely ("CROWLEYDAIRY": "Crowley Dairy Group LLC" and "Dr. Crowley
 * Dairy"): the name is part of both, and which words were left off is a
 * guess the margin of their weights cannot settle. */
static size_t
contained_too(const struct sdc_nev_hit *h, size_t n)
{
	const unsigned loose = SDC_NEV_TYPO | SDC_NEV_PREFIX | SDC_NEV_CUT |
	    SDC_NEV_CONTRACTION | SDC_NEV_ACRONYM | SDC_NEV_ENDING;
	const unsigned part = SDC_NEV_PREFIX | SDC_NEV_CUT |
	    SDC_NEV_CONTRACTION | SDC_NEV_ACRONYM;
	/* the best is read whole: a name typed in full is that name */
	int whole = h[0].left == 0 && !(h[0].how & part);
	size_t i;

	for (i = 1; i < n; i++)
		if (h[i].missed == 0 && (h[i].score >= CONTAIN_FLOOR ||
		    (h[i].left <= CONTAIN_LEFT && h[i].left_after) ||
		    (!whole && h[i].left <= CONTAIN_LEFT_BEFORE &&
		    h[i].left_before)) &&
		    (h[i].how & ~h[0].how & loose) == 0)
			return i;
	return 0;
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

/* The words a typed name is read as: an address's label for the address
 * ("office@horvathcare.co.uk" -> "horvathcare"); and into *glued, the
 * same with words run together split into customers' words ("horvath
 * care"), words typed apart joined into one ("stadt verwaltung"), and
 * initials around "&" joined ("CM&D"), or NULL when none were.  Both readings are scored and the
 * better kept: a split may break a typo ("cohalt" is not "co halt"). */
static char *
read_words(const struct pool *p, const char *guess, char **glued)
{
	char *addr = sdc_name_address(guess);
	char *w = sdc_name_words(names, addr ? addr : guess);
	char *j = sdc_name_join_initials(w);
	char *u = sdc_nev_unglue(p->ev, j ? j : w);

	*glued = sdc_nev_rejoin(p->ev, u);
	free(u);
	free(j);
	if (strcmp(*glued, w) == 0) {
		free(*glued);
		*glued = NULL;
	}
	free(addr);
	return w;
}

/* 1 when the words of a candidate that the typed words are (exactly)
 * come in the typed order. */
static int
same_order(const char *typed, const char *cand)
{
	char *t = sdc_xstrdup(typed), *c = sdc_xstrdup(cand), *p, *s1 = NULL;
	char **cw;
	size_t nc = 0, i, at = 0;
	int ok = 1;

	cw = sdc_xcalloc(strlen(cand) / 2 + 2, sizeof(*cw));
	for (p = strtok_r(c, " ", &s1); p; p = strtok_r(NULL, " ", &s1))
		cw[nc++] = p;
	for (p = strtok_r(t, " ", &s1); p && ok; p = strtok_r(NULL, " ", &s1)) {
		for (i = 0; i < nc && strcmp(cw[i], p) != 0; i++)
			;
		if (i < nc && i < at)
			ok = 0;
		else if (i < nc)
			at = i + 1;
	}
	free(cw);
	free(t);
	free(c);
	return ok;
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
		return n;
	m = in_order(p, glued, g, fold_hits(p, g, sdc_nev_query(p->ev, glued,
	    FLOOR, g, RANKN)));
	if (m > 0 && (n == 0 || g[0].score > h[0].score)) {
		memcpy(h, g, m * sizeof(*h));
		n = m;
		free(*words);
		*words = glued;
		*how = SDC_NEV_GLUED;
	} else
		free(glued);
	return n;
}

/* One candidate's name evidence on the words (its trading name's when
 * better), as a hit of a query. */
static double
score_cand(const char *words, long idx, struct sdc_nev_hit *h)
{
	long a = customers.c[idx].alias;
	struct sdc_nev_hit h2;

	sdc_nev_score_hit(customers.ev, words, (size_t)idx, h);
	if (a >= 0 && sdc_nev_score_hit(customers.ev, words, (size_t)a, &h2) >
	    h->score)
		*h = h2;
	h->id = (size_t)idx;
	return h->score;
}

/* ... on the better reading of the typed name. */
static double
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

/* The typed name is the start of the best candidate's name and no other
 * candidate holds every typed word: a name cut short ("Platte Property"
 * of "Platte Property Management LLC", "Chestnutfie").  Typos and
 * initials are not read: a cut on top of them is a guess. */
static int
only_start(struct pool *p, const char *words, const struct sdc_nev_hit *h)
{
	const unsigned sure = SDC_NEV_EXACT | SDC_NEV_PREFIX | SDC_NEV_CUT |
	    SDC_NEV_COMPOUND | SDC_NEV_ABBREV | SDC_NEV_AND;
	if (h[0].missed || !h[0].left_after || (h[0].how & ~sure) ||
	    (h[0].left == 0 && !(h[0].how & SDC_NEV_CUT)) ||
	    !same_order(words, p->c[h[0].id].words))
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
	    h[0].missed == 0 && initials_alone(p, words, h)) {
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
 * not "Barnehagen Utsikten": runner_up()).  A name
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
	    x.missed == 0 && x.left == 0 && !(x.how & SDC_NEV_ENDING) &&
	    same_order(p->c[a].norm, p->c[b].norm);
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

static void
by_evidence(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	struct sdc_nev_hit h[RANKN];
	char *words;
	unsigned glued;
	size_t n = query_read(p, guess, h, &words, &glued), other;
	double second, best;
	long start;

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
	else if ((start = ending_or_start(p, words, h)) >= 0)
		snprintf(d->why, sizeof(d->why), "the name is \"%s\" with an "
		    "ending, or the start of \"%s\"", p->c[h[0].id].name,
		    p->c[start].name);
	else if ((other = contained_too(h, n)) > 0)
		snprintf(d->why, sizeof(d->why), "the name is part of \"%s\" "
		    "and of \"%s\"", p->c[h[0].id].name,
		    p->c[h[other].id].name);
	else if ((other = read_alike(p, h, n)) > 0)
		snprintf(d->why, sizeof(d->why), "\"%s\" and \"%s\" read as "
		    "one name", p->c[h[0].id].name, p->c[h[other].id].name);
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
/* The words after a separator name a site: one of them is more than a
 * legal form or a word a business leaves off ("(UK) Ltd" is no site). */
static int
names_a_site(const char *tail)
{
	char *w = sdc_name_words(names, tail), *p, *save = NULL;
	int site = 0;

	for (p = strtok_r(w, " ", &save); p && !site; p = strtok_r(NULL, " ",
	    &save))
		site = !sdc_name_is_drop(names, p) && !sdc_nev_soft(p);
	free(w);
	return site;
}

/* The name before a separator whose tail names a site ("Gwynnes
 * Plumbing" of "Gwynnes Plumbing - Carmarthen"), or NULL. */
static char *
site_head(const char *name)
{
	char *head = sdc_name_site_head(name);

	if (head && !names_a_site(name + strlen(head))) {
		free(head);
		head = NULL;
	}
	return head;
}

static void site_of_group(struct pool *p, const char *norm,
    struct decision *d);

/* The candidate's name begins or ends with the words w: w names it, or
 * is its site ("copperleaf", "church st"). */
static int
begins_or_ends(const char *norm, const char *w)
{
	size_t n = strlen(norm), k = strlen(w);

	return k <= n && ((strncmp(norm, w, k) == 0 && (norm[k] == ' ' ||
	    norm[k] == '\0')) || (strcmp(norm + n - k, w) == 0 &&
	    (k == n || norm[n - k - 1] == ' ')));
}

/* The words written as a site begin or end another customer's name
 * ("Kim - Copperleaf": a caller at Copperleaf Urgent Care; "Harvest
 * Realty - Church St" when "Pioneer Realty - Church St" is listed): the
 * tail may name that customer as well as a site of the head's, so the
 * head alone cannot link.  Words too common to look through prove
 * nothing either way. */
static int
site_elsewhere(const struct pool *p, const char *tail, size_t idx)
{
	char *w = sdc_name_words(names, tail);
	size_t ids[HOLDERS_RANK], i, n = 0;
	int other = 0;

	if (*w)
		n = sdc_nev_holders(p->ev, w, ids, HOLDERS_RANK);
	for (i = 0; i < n && n <= HOLDERS_RANK && !other; i++)
		other = cand_of(p, ids[i]) != idx &&
		    begins_or_ends(p->c[cand_of(p, ids[i])].words, w);
	free(w);
	return other;
}

/* Words that say where, not who ("store 903", "Meridian Spring
 * office"): left out when a site is read. */
static int
place_word(const char *w)
{
	static const char *const v[] = { "store", "office", "location",
	    "branch", "site", "unit", NULL };
	size_t i;

	for (i = 0; v[i]; i++)
		if (strcmp(v[i], w) == 0)
			return 1;
	return 0;
}

/* The typed name has a place word ("store 903"). */
static int
has_place(const char *guess)
{
	char *w = sdc_name_words(names, guess), *t, *save = NULL;
	int place = 0;

	for (t = strtok_r(w, " ", &save); t && !place; t = strtok_r(NULL, " ",
	    &save))
		place = place_word(t);
	free(w);
	return place;
}

/* The typed words without place words and drop words, and how many. */
static char *
site_query(const char *words, size_t *nw)
{
	char *w = sdc_xstrdup(words), *t, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;

	*nw = 0;
	for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save))
		if (!place_word(t) && !sdc_name_is_drop(names, t)) {
			sdc_buf_printf(&b, "%s%s", b.len ? " " : "", t);
			++*nw;
		}
	sdc_buf_addc(&b, '\0');
	free(w);
	return sdc_buf_take(&b);
}

/* 1 when word is in the space-separated list. */
static int
has_word(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p;

	for (p = list; (p = strstr(p, word)) != NULL; p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/* The candidate's site: the words after its name's separator ("Depot
 * St" of "Granite Physical Therapy - Depot St"), after "of" ("Red Oak"),
 * and its numbers ("0903" of "PipeSmile Kids #0903"). */
static char *
site_words(const struct cand *c)
{
	char *head = site_head(c->name), *w, *t, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;
	int after_of = 0;

	if (head) {
		w = sdc_name_words(names, c->name + strlen(head));
		sdc_buf_printf(&b, "%s ", w);
		free(w);
	}
	free(head);
	w = sdc_xstrdup(c->words);
	for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		if (after_of || t[strspn(t, "0123456789")] == '\0')
			sdc_buf_printf(&b, "%s ", t);
		after_of = after_of || strcmp(t, "of") == 0;
	}
	free(w);
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}

/* t is the first word of the candidate's name or of its trading name:
 * its brand ("granite" of "Granite Physical Therapy - Depot St"), not
 * a word of its trade ("vets" of "Galea Veterinary Surgery - Greenway"). */
static int
brand_word(const struct cand *c, const char *t)
{
	const char *tr = sdc_name_trading(c->words);
	size_t n = strlen(t);

	return (strncmp(c->words, t, n) == 0 && (c->words[n] == ' ' ||
	    c->words[n] == '\0')) || (tr && strncmp(tr, t, n) == 0 &&
	    (tr[n] == ' ' || tr[n] == '\0'));
}

/* A brand and a site ("Granite Depot", "PipeIt #891", "store 903",
 * "Keystone @ Bridge St"): the typed words are held by one customer
 * alone, and they hold its site (a word after its separator, after
 * "of", or its number) and, unless a number, its brand first (its first
 * word, or its trading name's): sibling customers share the brand, so
 * the site chooses, and nothing else holds both.
 * Returns the candidate, or -1. */
static long
site_pick_words(struct pool *p, const char *guess, const char *words)
{
	size_t nw, ids[2], n, hits = 0, number = 0, others = 0;
	char *q = site_query(words, &nw), *site = NULL, *t, *save = NULL;
	long x = -1;

	/* one word reads only as a store's number: spare the lookup */
	if ((nw > 1 || (nw == 1 && q[strspn(q, "0123456789")] == '\0' &&
	    has_place(guess))) &&
	    (n = sdc_nev_holders(p->ev, q, ids, 2)) == 1) {
		x = (long)cand_of(p, ids[0]);
		site = site_words(&p->c[x]);
		for (t = strtok_r(q, " ", &save); t; t = strtok_r(NULL, " ",
		    &save)) {
			if (!has_word(site, t)) {
				if (others++ == 0 && !brand_word(&p->c[x], t))
					nw = 0;	/* the brand first, as typed */
			}
			else if (t[strspn(t, "0123456789")] == '\0')
				number++;
			else
				hits++;
		}
		/* the site and the brand; a number alone, said to be a
		 * store's ("store 903": a bare "846" says nothing) */
		if (nw == 0 || !((hits + number > 0 && others > 0) ||
		    (number > 0 && nw == 1 && has_place(guess))))
			x = -1;
	}
	free(site);
	free(q);
	return x;
}

/* ... on the typed words, else on them with words run together split
 * ("keysweep #1486" of "KeySweep Maids #1486"). */
static long
site_pick(struct pool *p, const char *guess)
{
	char *glued, *w = read_words(p, guess, &glued);
	long x = site_pick_words(p, guess, w);

	if (x < 0 && glued)
		x = site_pick_words(p, guess, glued);
	free(w);
	free(glued);
	return x;
}

/* The words after word w in norm ("nueva cordoba" after "veloz" in
 * "helados veloz nueva cordoba"), or NULL when w is not a word of it
 * before its last. */
static const char *
after_word(const char *norm, const char *w)
{
	size_t n = strlen(w);
	const char *q;

	for (q = norm; (q = strstr(q, w)) != NULL; q += n)
		if ((q == norm || q[-1] == ' ') && q[n] == ' ')
			return q + n + 1;
	return NULL;
}

/* The list knows a chain by its word: customers whose names go on
 * after w ("Churros Veloz Condesa", "Pollo Veloz Chico"), each with
 * another tail, none with this one's (tail): their tails are sites.  A
 * legal form after w ("Reyes y Asociados S.C.") repeats, so it is no
 * site, nor is a tail whose last word more names hold than hold w (a
 * form, "Diaz S.C."): a site is one place's. */
static int
chain_tail(const struct pool *p, const char *w, const char *tail,
    size_t idx)
{
	size_t ids[CHAIN_LOOK], i, n = sdc_nev_holders(p->ev, w, ids,
	    CHAIN_LOOK), others = 0;
	const char *t;

	for (i = 0; i < n && n <= CHAIN_LOOK; i++) {
		if (cand_of(p, ids[i]) == idx || (t = after_word(
		    p->c[cand_of(p, ids[i])].words, w)) == NULL)
			continue;
		if (strcmp(t, tail) == 0)
			return 0;
		others++;
	}
	t = strrchr(tail, ' ');
	return n <= CHAIN_LOOK && others >= 2 && sdc_nev_names_with(p->ev,
	    t ? t + 1 : tail) <= n;
}

/* The candidate's name goes on after the typed head ("Helados Veloz -
 * Colegiales" of "Helados Veloz Nueva Cordoba"), the way its chain's
 * names go on with their sites (chain_tail), and the site typed is
 * none of its words: another site of the chain was typed. */
static int
other_site(const struct pool *p, const char *head, const char *tail,
    size_t idx)
{
	char *hw = sdc_name_words(names, head), *tw = sdc_name_words(names,
	    tail), *t, *save = NULL;
	const char *last = strrchr(hw, ' '), *rest;
	struct sdc_nev_hit h;
	int other = 0;

	last = last ? last + 1 : hw;
	score_cand(hw, (long)idx, &h);
	if (h.missed == 0 && h.left > 0 && h.left_after &&
	    (rest = after_word(p->c[idx].words, last)) != NULL &&
	    chain_tail(p, last, rest, idx)) {
		other = 1;
		for (t = strtok_r(tw, " ", &save); t && other;
		    t = strtok_r(NULL, " ", &save))
			other = !has_word(p->c[idx].words, t);
	}
	free(hw);
	free(tw);
	return other;
}

static int place_after(const char *w);
static int place_known(const char *w);
static int town_served(const char *w);
static const char *city_of(size_t idx);
static size_t next_number(const char **s, const char **at);


/* The last space in guess before s, or NULL. */
static const char *
prev_space(const char *guess, const char *s)
{
	while (s > guess && *--s != ' ')
		;
	return s > guess ? s : NULL;
}

/* The name before a legal form the list knows by its names, not by a
 * list: its last one to three words end one name in FORM_SHARE or more,
 * nine in ten names holding its last word end with it, and most of
 * them write it abbreviated ("Ltda.", "S.A. de C.V.", "LTDA"; not
 * "West" of "Brookside Plumbing West", a site, nor "Dentistry", a
 * trade).  A form typed may be the customer's in another spelling, or
 * its form left off the list.  A new string, or NULL. */
static char *
form_head(const struct pool *p, const char *guess)
{
	const char *s = guess + strlen(guess), *cut = NULL, *e;
	const struct ending_count *n;
	char *w;
	size_t k, min = p->n / FORM_SHARE;

	/* a word alone with a form is a guess ("Hamnen AS") */
	for (k = 0; k < FORM_TAIL && (s = prev_space(guess, s)) != NULL &&
	    memchr(guess, ' ', (size_t)(s - guess)) != NULL; k++) {
		w = sdc_name_words(names, s + 1);
		e = strrchr(w, ' ') ? strrchr(w, ' ') + 1 : w;
		n = *w ? find_ending(p, w, strlen(w)) : NULL;
		if (n && n->ends >= min && n->ends >= LEGAL_MIN &&
		    2 * n->marked >= n->ends &&
		    10 * (size_t)n->ends >= 9 * sdc_nev_names_with(p->ev, e))
			cut = s;
		free(w);
	}
	return cut ? sdc_xstrndup(guess, (size_t)(cut - guess)) : NULL;
}

/* The typed text t is a word of one or two letters and a slash, then a
 * place the list knows: an abbreviation that says where ("o/Kraków", the
 * Polish oddział: a branch in Kraków). */
static int
slash_place(const char *t)
{
	size_t n = 0;
	char *w;
	int known;

	while (n < 3 && isalpha((unsigned char)t[n]))
		n++;
	if (n == 0 || n > 2 || t[n] != '/' || t[n + 1] == '\0' ||
	    t[n + 1] == ' ')
		return 0;
	w = sdc_name_words(names, t + n + 1);
	known = strlen(w) >= 3 && place_known(w);	/* not "P/L" */
	free(w);
	return known;
}

/* The last of the words w says where ("branch", "office": place_word)
 * and the words before it are a place the list knows ("Alberton
 * branch", "Roodepoort office"). */
static int
place_then_word(const char *w)
{
	const char *last = strrchr(w, ' ');
	char *place;
	int known;

	if (last == NULL || !place_word(last + 1))
		return 0;
	place = sdc_xstrndup(w, (size_t)(last - w));
	known = place_known(place);
	free(place);
	return known;
}

/* The name before a site written without a separator: its last words
 * are a word no customer's name holds, then a place the list knows
 * (place_after: "Loginet Tecnologia Filial Campinas").  A new string,
 * or NULL. */
static char *
unsaid_site_head(const char *guess)
{
	const char *s;
	char *w, *head = NULL;

	for (s = strchr(guess, ' '); s && !head; s = strchr(s + 1, ' ')) {
		w = sdc_name_words(names, s + 1);
		if ((strchr(w, ' ') && (place_after(w) ||
		    place_then_word(w))) || slash_place(s + 1))
			head = sdc_xstrndup(guess, (size_t)(s - guess));
		free(w);
	}
	return head;
}

/* The weighted evidence on the whole name, else on the name before a
 * site written after it ("Achebe & Nwosu - Head office", or without
 * the separator: unsaid_site_head): a site of the business is the
 * business.  The whole name is tried first, so a
 * customer listed with that site still wins. */
static void
by_reading(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	char *head = NULL, *hnorm;
	struct decision h;
	int form = 0;

	by_evidence(p, guess, norm, d);
	if (d->linked)
		return;
	if ((head = site_head(guess)) == NULL &&
	    (head = unsaid_site_head(guess)) == NULL)
		form = (head = form_head(p, guess)) != NULL;
	if (head == NULL)
		return;
	memset(&h, 0, sizeof(h));
	hnorm = sdc_name_normalise(names, head);
	if (*hnorm)
		by_evidence(p, head, hnorm, &h);
	if (h.linked)
		site_of_group(p, hnorm, &h);
	/* a form ends many names: no site, another's or its own */
	if (h.linked && !form && h.conf < SITE_WHOLE &&
	    site_elsewhere(p, guess + strlen(head), h.idx)) {
		h.linked = 0;
		snprintf(h.why, sizeof(h.why), "the site \"%s\" is in another "
		    "customer's name", guess + strlen(head));
	}
	if (h.linked && !form && other_site(p, head, guess + strlen(head),
	    h.idx)) {
		h.linked = 0;
		snprintf(h.why, sizeof(h.why), "\"%s\" ends with a site of "
		    "its own, not \"%s\"", p->c[h.idx].name,
		    guess + strlen(head));
	}
	if (h.linked || (d->ntop == 0 && h.ntop > 0)) {
		*d = h;
		if (h.linked && !form)
			d->how |= SDC_NEV_SITE;
	}
	free(hnorm);
	free(head);
}


/* The last word before a note and its first written together are a
 * customer's word, however typed ("Fjellsiden Bygg Sevice" of
 * "Fjellsiden Byggservice"): the "note" is part of the name. */
static int
joins_note(const struct pool *p, const char *head, const char *note)
{
	const char *last = strrchr(head, ' ');
	char *pair, *j;
	int joined;

	last = last ? last + 1 : head;
	pair = sdc_xmalloc(strlen(last) + strcspn(note, " ") + 2);
	sprintf(pair, "%s %.*s", last, (int)strcspn(note, " "), note);
	j = sdc_nev_rejoin(p->ev, pair);
	joined = strchr(j, ' ') == NULL;
	free(j);
	free(pair);
	return joined;
}

/* A note after the name ("Wendt Sign tkt 4412", "Rosedale Property
 * Management #2 pc", "X re: outlook"): the typed words less the last one
 * to three are every word of weight of one customer, typed whole, whom
 * no other holds; and the words left over hold one no customer has (a
 * tail of customers' words, "Bexley Plumbing St", may be another
 * business's name or site).  Returns the candidate, or -1. */
static long
note_pick(struct pool *p, const char *guess)
{
	char *w = sdc_name_words(names, guess), *all = sdc_xstrdup(w), *end;
	const unsigned whole = SDC_NEV_EXACT | SDC_NEV_ABBREV |
	    SDC_NEV_COMPOUND | SDC_NEV_AND;
	size_t ids[2], k;
	struct sdc_nev_hit h;
	long x = -1;

	for (k = 0; k < NOTE_WORDS && x < 0 && (end = strrchr(w, ' ')); k++) {
		*end = '\0';
		if (sdc_nev_known(p->ev, all + (end - w) + 1) >= 1 ||
		    joins_note(p, w, all + (end - w) + 1) ||
		    sdc_nev_holders(p->ev, w, ids, 2) != 1)
			continue;	/* a tail of customers' words is no note */
		x = (long)cand_of(p, ids[0]);
		if (score_cand(w, x, &h) < SITE_WHOLE / 100.0 || h.missed ||
		    h.left || (h.how & ~whole) ||
		    site_elsewhere(p, all + (end - w) + 1, (size_t)x))
			x = -1;
	}
	free(w);
	free(all);
	return x;
}

#define TOWN_WORDS 3	/* words of a town typed after a name */

/* The name before a town a customer is in typed after it, its last one
 * to TOWN_WORDS words ("Restaurace Alitech Ostrava", "Pekárna Transmet -
 * Ústí nad Labem"): a new string, and the town's words into *town (a new
 * string); or NULL. */
static char *
town_head(const char *guess, char **town)
{
	const char *s = guess + strlen(guess);
	char *w;
	size_t k;

	for (k = 0; k < TOWN_WORDS && (s = prev_space(guess, s)) != NULL;
	    k++) {
		w = sdc_name_words(names, s + 1);
		if (*w && town_served(w)) {
			*town = w;
			return sdc_xstrndup(guess, (size_t)(s - guess));
		}
		free(w);
	}
	return NULL;
}

/* The name before a town typed after it links when the town is the
 * customer's own (the cache's "city"): a business is named with its own
 * town, a namesake elsewhere with another. */
static void
by_own_town(struct pool *p, const char *guess, struct decision *d)
{
	char *town = NULL, *head, *hnorm;
	const char *city;
	struct decision h;

	if (p != &customers || (head = town_head(guess, &town)) == NULL)
		return;
	memset(&h, 0, sizeof(h));
	hnorm = sdc_name_normalise(names, head);
	if (*hnorm)
		by_evidence(p, head, hnorm, &h);
	if (h.linked && (city = city_of(h.idx)) != NULL &&
	    strcasecmp(city, town) == 0) {
		*d = h;
		d->how |= SDC_NEV_SITE;
		snprintf(d->extra + strlen(d->extra), sizeof(d->extra) -
		    strlen(d->extra), ",own town");
	}
	free(hnorm);
	free(head);
	free(town);
}

#define ROMAN_MAX 39	/* XXXIX: the numbers of schools, districts */

/* The word w (n bytes) in capital roman numerals, "XVII" or "XVII.",
 * as its number: a school's number is written either way ("XVII LO" of
 * "Liceum Ogólnokształcące nr 17"); 0 for any other word. */
static int
roman(const char *w, size_t n)
{
	static const char *const unit[] = { "", "I", "II", "III", "IV", "V",
	    "VI", "VII", "VIII", "IX" };
	char r[16];
	int v;

	if (n > 1 && w[n - 1] == '.')
		n--;
	for (v = 1; v <= ROMAN_MAX; v++) {
		snprintf(r, sizeof(r), "%.*s%s", v / 10, "XXX", unit[v % 10]);
		if (strlen(r) == n && memcmp(r, w, n) == 0)
			return v;
	}
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

/* The customers whose town the list gives, by town (case-free), built
 * on first use: a town's customers are a run of them. */
static size_t *towned, ntowned;

static int
by_town(const void *a, const void *b)
{
	return strcasecmp(city_of(*(const size_t *)a),
	    city_of(*(const size_t *)b));
}

/* The first of the customers in town in towned, ntowned for none. */
static size_t
town_first(const char *town)
{
	size_t lo = 0, hi, mid, i;

	if (towned == NULL) {
		towned = sdc_xmalloc((customers.n + 1) * sizeof(*towned));
		for (i = 0; i < customers.n; i++)
			if (city_of(i) != NULL)
				towned[ntowned++] = i;
		qsort(towned, ntowned, sizeof(*towned), by_town);
	}
	for (hi = ntowned; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (strcasecmp(city_of(towned[mid]), town) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A numbered name and its town: "Przedszkole nr 13 Mysłowice",
 * "XVII LO Ostróda".  Schools, kindergartens, pharmacies are named by
 * their kind and number, unique in their town: the one customer in the
 * town typed whose name holds the number and the typed words
 * (number_fits) is the one; none when two are. */
static void
by_number(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	char *town = NULL, *head, *tw, *cw, num[16];
	size_t i, found = 0, x = 0;

	if (p != &customers || !has_number(guess) ||
	    (head = town_head(guess, &town)) == NULL)
		return;
	tw = number_words(head);
	for (i = one_number(tw, num, sizeof(num)) ? town_first(town) :
	    ntowned; i < ntowned && found < 2 &&
	    strcasecmp(city_of(towned[i]), town) == 0; i++) {
		if (!has_number(p->c[towned[i]].name))
			continue;
		cw = number_words(p->c[towned[i]].name);
		if (number_fits(tw, num, cw) && found++ == 0)
			x = towned[i];
		free(cw);
	}
	if (found == 1) {
		link_to(d, x, "weighted", fuzz_score(p, norm, x));
		d->conf = (int)(100 * link_th + 0.5);
		d->how = SDC_NEV_SITE;
		d->ask = 0;
		snprintf(d->extra, sizeof(d->extra), ",number");
	}
	free(tw);
	free(head);
	free(town);
}

/* ... and when neither links, a brand and a site only one customer has
 * (site_pick), at link.evidence.site over the name's confidence. */
static void
by_site(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	long x;
	struct sdc_nev_hit h;
	double c;

	by_reading(p, guess, norm, d);
	if (!d->linked)
		by_own_town(p, guess, d);
	if (!d->linked)
		by_number(p, guess, norm, d);
	if (!d->linked && w_note > 0 && (x = note_pick(p, guess)) >= 0) {
		c = score_read(guess, x, &h) + w_note;
		link_to(d, (size_t)x, "weighted", fuzz_score(p, norm,
		    (size_t)x));
		d->conf = c >= 1 ? 100 : (int)(100 * (c < link_th ? link_th :
		    c) + 0.5);
		d->how = h.how;
		d->ask = 0;
		snprintf(d->extra, sizeof(d->extra), ",note:+%d",
		    (int)(100 * w_note + 0.5));
		return;
	}
	if (d->linked || w_site <= 0 || (x = site_pick(p, guess)) < 0)
		return;
	c = score_read(guess, x, &h) + w_site;
	if (c < link_th)
		c = link_th;	/* one holder: the proof is that no other is */
	link_to(d, (size_t)x, "weighted", fuzz_score(p, norm, (size_t)x));
	d->conf = c >= 1 ? 100 : (int)(100 * c + 0.5);
	d->how = h.how | SDC_NEV_SITE;
	d->ask = 0;
	snprintf(d->extra, sizeof(d->extra), ",site:+%d",
	    (int)(100 * w_site + 0.5));
}

/* The candidate's name is the typed words and a site after them
 * ("Launceston Fabrications Ltd Muskoka", "The Walled Garden Practice
 * Limited (Hunter)", "X - Riverina"): its words hold the typed ones in
 * order, then a legal form or a separator, then a site. */
static int
has_site(const struct cand *c, const char *norm)
{
	char *head = site_head(c->name), *hn;
	char *w = sdc_xstrdup(c->words), *t = sdc_xstrdup(norm);
	char *p, *q, *s1 = NULL, *s2 = NULL;
	int site = 0, legal = 0;

	if (head) {
		hn = sdc_name_normalise(names, head);
		site = strcmp(hn, norm) == 0;
		free(hn);
	}
	free(head);
	q = strtok_r(t, " ", &s2);
	for (p = strtok_r(w, " ", &s1); p && !site; p = strtok_r(NULL, " ",
	    &s1)) {
		if (q && strcmp(p, q) == 0)
			q = strtok_r(NULL, " ", &s2);
		else if (q && legal == 0)
			continue;	/* words before the typed ones */
		else if (sdc_name_is_drop(names, p))
			legal = 1;
		else if (q == NULL)
			site = legal && !sdc_nev_soft(p);
	}
	free(w);
	free(t);
	return site;
}

/* The name linked is a group's, and a customer listed as one of its sites
 * is that name and a site after it: which one the session was for, only
 * evidence beyond the name can tell (a machine).  Likewise a name linked
 * only with its words reordered, when another customer has them in the
 * typed order and more words after them ("Schröder & Richter ... GmbH":
 * "Richter & Schröder ... GmbH" or "Schröder & Richter ... e.K."). */
static void
site_of_group(struct pool *p, const char *norm, struct decision *d)
{
	struct sdc_nev_hit h[RANKN];
	/* the drop words typed ("GmbH") need no match */
	char *words = sdc_xstrdup(norm);
	size_t n = fold_hits(p, h, sdc_nev_query(p->ev, words, SITE_FLOOR, h,
	    RANKN)), i, j = n;
	int reordered = strcmp(d->rule, "normalised") == 0 &&
	    !same_order(words, p->c[d->idx].words);

	for (i = 0; i < n; i++)
		if (h[i].id != d->idx && h[i].missed == 0 && h[i].left_after &&
		    h[i].left > 0 && has_site(&p->c[h[i].id], norm))
			break;
	for (j = i == n && reordered ? 0 : n; j < n; j++)
		if (h[j].id != d->idx && h[j].missed == 0 && h[j].left_after &&
		    same_order(words, p->c[h[j].id].words))
			break;
	if (i < n || j < n) {
		d->linked = 0;
		if (i < n)
			snprintf(d->why, sizeof(d->why), "\"%s\" is a group's "
			    "name, and \"%s\" one of its sites",
			    p->c[d->idx].name, p->c[h[i].id].name);
		else
			snprintf(d->why, sizeof(d->why), "the name is \"%s\" "
			    "reordered, and \"%s\" in order with a word more",
			    p->c[d->idx].name, p->c[h[j].id].name);
		d->ntop = 0;
		keep_top(p, norm, h, n, d);
		/* the name is the site's as much as the group's: the
		 * evidence beyond the name decides between them */
		for (j = 0; i < n && j < d->ntop; j++)
			if (d->top_id[j] == p->c[h[i].id].id)
				d->top_conf[j] = d->top_conf[0];
	}
	free(words);
}

/* Python's json.dumps(list, indent=2): the original's prompt shows the
 * candidates that way, ASCII-escaped. */
static void
py_json_list(struct sdc_buf *b, const char *const *v, size_t n)
{
	size_t i;

	sdc_buf_adds(b, "[");
	for (i = 0; i < n; i++) {
		sdc_buf_adds(b, i ? ",\n  " : "\n  ");
		sdc_jsonw_string_ascii(b, v[i]);
	}
	sdc_buf_adds(b, n ? "\n]" : "]");
}

/* The answer names a candidate: case-insensitive, trimmed, unquoted. */
static long
llm_winner(const struct pool *p, const struct decision *d, const char *ans)
{
	size_t len = strlen(ans), k;
	char *a, *f;
	long win = -1;

	while (len > 0 && strchr(" \t\r\n\"'`", *ans))
		ans++, len--;
	while (len > 0 && strchr(" \t\r\n\"'`.", ans[len - 1]))
		len--;
	a = sdc_xstrndup(ans, len);
	f = sdc_name_fold(a);
	for (k = 0; k < d->ntop; k++) {
		long idx = pool_find_id(p, d->top_id[k]);

		if (idx >= 0 && strcmp(p->c[idx].fold, f) == 0 &&
		    same_name(p, (size_t)idx) == 1)
			win = idx;
	}
	free(a);
	free(f);
	return win;
}

/* The original's disambiguation prompt over the viable candidates. */
static void
llm_prompt(const struct pool *p, const char *guess, int contact,
    const struct decision *d, struct sdc_buf *sys, struct sdc_buf *user)
{
	const char *cn[TOPN];
	size_t k, n = 0;

	for (k = 0; k < d->ntop; k++)
		cn[n++] = p->c[pool_find_id(p, d->top_id[k])].name;
	sdc_buf_printf(sys, "Identify the single best match from a list of "
	    "%s names. Respond with only the name of the winner, exactly as "
	    "it appears in the list provided.", contact ? "contact" : "company");
	sdc_buf_adds(user, "From the following list of names:\n");
	py_json_list(user, cn, n);
	sdc_buf_printf(user, "\n\nWhich one is the most likely match for the "
	    "name: \"%s\"?", guess);
	sdc_count("llm calls", 1);
}

/* What the answer (or the failure) decides. */
static void
llm_answer(const struct pool *p, const char *guess, struct decision *d,
    const struct sdc_llm_result *r)
{
	long win;
	size_t k;

	if (r->err != SDC_LLM_OK) {
		sdc_warnx("LLM for \"%s\": %s", guess, r->errmsg ? r->errmsg : "failed");
		d->transient = 1;
		if (r->err == SDC_LLM_QUOTA || r->err == SDC_LLM_AUTH)
			llm_ready = 0;	/* no point asking again this run */
	} else if ((win = llm_winner(p, d, r->text)) >= 0) {
		for (k = 0; k < d->ntop && d->top_id[k] != p->c[win].id; k++)
			;
		link_to(d, (size_t)win, "llm", d->top_score[k]);
		d->conf = d->top_conf[k];
	} else
		snprintf(d->why, sizeof(d->why), "LLM answer \"%.80s\" is no "
		    "candidate", r->text);
}

static void
ask_llm(const struct pool *p, const char *guess, int contact,
    struct decision *d)
{
	struct sdc_buf sys = SDC_BUF_INIT, user = SDC_BUF_INIT;
	struct sdc_llm_result r;

	llm_prompt(p, guess, contact, d, &sys, &user);
	sdc_llm_ask(&llm, &(struct sdc_llm_request){ sys.p, user.p, 64, 0, NULL, NULL },
	    "link", NULL, &r);
	llm_answer(p, guess, d, &r);
	sdc_llm_result_free(&r);
	sdc_buf_free(&sys);
	sdc_buf_free(&user);
}

/* --- LLM questions asked ahead, -j at a time (sdc_linkrec_prefetch) --- */

/* A question on its way; its decision is finished when the answer comes. */
struct pending {
	struct sdc_llm_call c;
	struct sdc_buf sys, user;
	struct pool *p;
	size_t memo;		/* an index: memo.m moves as it grows */
};

static struct sdc_http_client *llm_http;
static int deferring;		/* decide() queues its question */
static size_t npending;

static void decided(struct memo *m, struct pool *p);

static void
llm_done(struct sdc_llm_call *c, void *arg)
{
	struct pending *q = arg;
	struct memo *m = &memo.m[q->memo];

	llm_answer(q->p, m->guess, &m->d, &c->res);
	m->d.pending = 0;
	decided(m, q->p);
	sdc_llm_call_clear(c);
	sdc_buf_free(&q->sys);
	sdc_buf_free(&q->user);
	free(q);
	npending--;
}

static void
queue_llm(struct pool *p, const char *guess, struct decision *d)
{
	struct pending *q = sdc_xcalloc(1, sizeof(*q));
	struct memo *m = (struct memo *)(void *)((char *)d - offsetof(struct memo, d));

	llm_prompt(p, guess, 0, d, &q->sys, &q->user);
	q->p = p;
	q->memo = (size_t)(m - memo.m);
	q->c.m = &llm;
	q->c.task = "link";
	q->c.done = llm_done;
	q->c.arg = q;
	d->pending = 1;
	npending++;
	sdc_llm_call_start(llm_http, &q->c, &(struct sdc_llm_request){ q->sys.p,
	    q->user.p, 64, 0, NULL, NULL });
}

/* The LLM named by link.model (default: the lightweight capability);
 * none when --no-llm or when only the offline summariser is configured. */
static void
setup_llm(void)
{
	const char *spec = sdc_config_str("link.model");
	char why[256];

	if (!use_llm)
		return;
	if (sdc_llm_model_resolve(spec ? spec : "lightweight", &llm, why,
	    sizeof(why)) < 0) {
		sdc_warnx("no LLM: %s", why);
		return;
	}
	if (llm.kind == SDC_LLM_EXTRACTIVE) {
		sdc_note("no LLM configured: ambiguous names go to review");
		sdc_llm_model_free(&llm);
		return;
	}
	llm_ready = 1;
	llm_http = sdc_llm_client(&(const struct sdc_llm_model *){ &llm }, 1);
	/* the shared call log keeps the cost trail of every call */
	if (sdc_config_path("llm.log_file"))
		sdc_llm_log_open(sdc_config_path("llm.log_file"));
}

/* Professional designations are drop words (a name is the same with
 * or without one), but two different ones are two businesses: "Dr. Joe
 * Wallace DDS" is not "Dr. Joe Wallace MD". */
static unsigned
designations(const char *words)
{
	static const char *const d[] = { "dds", "dmd", "md", "dvm", "cpa",
	    "esq", "phd", NULL };
	unsigned bits = 0;
	size_t i, len;

	for (; words && *words; words += len + (words[len] == ' ')) {
		len = strcspn(words, " ");
		for (i = 0; d[i]; i++)
			if (strlen(d[i]) == len && memcmp(d[i], words, len) == 0)
				bits |= 1u << i;
	}
	return bits;
}

static int
other_profession(const char *guess, const struct cand *c)
{
	char *w = sdc_name_words(names, guess);
	unsigned a = designations(w), b = designations(c->words);

	free(w);
	return a && b && !(a & b);
}

/* The typed name is an address ("www.pioneerrealty.com") whose domain
 * is the contacts' e-mail domain of another customer than the one its
 * words read as: the business's own mail outweighs a reading of its
 * label (a group's name that its sites share), so the name alone does
 * not link; the domain evidence (beyond_name) decides. */
static void
domain_of_other(const char *guess, struct decision *d)
{
	char *dom = sdc_name_domain(guess);
	long o = dom ? sdc_owners_one(domains, dom) : SDC_OWNER_NONE;

	if (o >= 0 && (size_t)o != d->idx) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the domain %s is \"%s\"'s",
		    dom, customers.c[o].name);
	}
	free(dom);
}

/* Every word of w is a word of list (all), or some word is (!all). */
static int
words_in(const char *list, const char *w, int all)
{
	char *t = sdc_xstrdup(w), *q, *save = NULL;
	int hit = all;

	for (q = strtok_r(t, " ", &save); q && hit == all; q = strtok_r(NULL,
	    " ", &save))
		hit = has_word(list, q);
	free(t);
	return hit;
}

#define SITE_HOLDERS 8

/* The site typed after the name ("Gwynnes Plumbing & Heating -
 * Carmarthen") is not in the name linked, and another customer's name
 * holds every typed word, the site's too ("Gwynnes Plumbing & Heating
 * Cyf - Carmarthen"): the site tells the two apart, so the one holding
 * it is linked when it is the only one, else neither is. */
static void
site_tells(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	char *head = site_head(guess), *tw, *all;
	size_t ids[SITE_HOLDERS], n = 0, i, other = 0, k = 0;

	if (head == NULL)	/* most names: no site typed */
		return;
	tw = sdc_name_words(names, guess + strlen(head));
	all = sdc_name_words(names, guess);
	if (!words_in(p->c[d->idx].words, tw, 1))
		n = sdc_nev_holders(p->ev, all, ids, SITE_HOLDERS);
	for (i = 0; i < n && n <= SITE_HOLDERS; i++)
		if (cand_of(p, ids[i]) != d->idx &&
		    words_in(p->c[cand_of(p, ids[i])].words, tw, 1)) {
			other = cand_of(p, ids[i]);
			k++;
		}
	if (k == 1 && n <= SITE_HOLDERS) {
		link_to(d, other, d->rule, fuzz_score(p, norm, other));
		snprintf(d->extra + strlen(d->extra), sizeof(d->extra) -
		    strlen(d->extra), ",site-tells");
	} else if (k > 1 && n <= SITE_HOLDERS) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the site \"%s\" is in "
		    "another customer's name", guess + strlen(head));
	}
	free(head);
	free(tw);
	free(all);
}

/* The name linked without a legal form typed is another customer's with
 * another form too (with_form): neither is linked on the name.  A name
 * typed whole (the exact rule) or with the linked one's form is its. */
static void
form_untold(struct pool *p, const char *guess, struct decision *d)
{
	char *w = sdc_name_words(names, guess);
	const char *c = strrchr(p->c[d->idx].words, ' ');
	long o;

	c = c ? c + 1 : p->c[d->idx].words;
	if (strcmp(d->rule, "exact") != 0 && !has_word(w, c) &&
	    (o = with_form(p, d->idx)) >= 0) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the name is \"%s\" or \"%s\", "
		    "with no legal form typed", p->c[d->idx].name,
		    p->c[o].name);
	}
	free(w);
}

/* A name linked that is as much another customer's: a group's whose
 * sites are listed, an address in another's domain, a site typed that
 * is another's, the name with another legal form. */
static void
another_fits(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	site_of_group(p, norm, d);
	if (d->linked)
		domain_of_other(guess, d);
	if (d->linked)
		site_tells(p, guess, norm, d);
	if (d->linked)
		form_untold(p, guess, d);
}

/* The one customer with a contact named "a b" (sdc_owners_one), the
 * name written into full. */
static long
contact_named(const char *a, const char *b, char full[256])
{
	snprintf(full, 256, "%s %s", a, b);
	return sdc_owners_one(contact_names, full);
}

/* The typed name reads as a person's whole name ("Céline Guérin") that
 * is a contact of another customer than idx: a practice named after its
 * owner ("Dr Céline Guérin, SCM") or a caller named as the session is,
 * as likely one as the other (named_elsewhere, the other way round). */
static int
contact_elsewhere(const char *guess, long idx)
{
	struct sdc_person p;
	char full[256];
	long own = SDC_OWNER_NONE;

	if (!sdc_person_read(guess, &p))
		return 0;
	if (p.last && p.business == NULL)
		own = contact_named(p.first, p.last, full);
	sdc_person_free(&p);
	return own != SDC_OWNER_NONE && own != idx;
}

/* --- a qualifier typed after the whole name --- */

#define QUAL_WORDS 4	/* words after the name looked at */

/* The words typed after the whole name of the customer at idx ("george"
 * of "Kopano Technologies (George)", "east london" of "Laerskool
 * Fourways East London"): the last words, up to QUAL_WORDS, that read
 * as none of its words, after words that read as its name whole (no
 * typed word unread, none of its words untyped, none cut short).  A new
 * string, or NULL. */
static char *
qualifier(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *all = sdc_xstrdup(w), *e;
	struct sdc_nev_hit h;
	size_t k, cut = 0;
	unsigned missed;

	if (score_cand(w, (long)idx, &h) <= 0 || h.missed == 0) {
		free(w);
		free(all);
		return NULL;
	}
	missed = h.missed;
	for (k = 1; k <= QUAL_WORDS && k <= missed && cut == 0 &&
	    (e = strrchr(w, ' ')) != NULL; k++) {
		*e = '\0';
		if (k == missed && score_cand(w, (long)idx, &h) > 0 &&
		    h.missed == 0 && h.left == 0 &&
		    !(h.how & (SDC_NEV_CUT | SDC_NEV_PREFIX)))
			cut = (size_t)(e - w) + 1;
	}
	free(w);
	if (cut == 0) {
		free(all);
		return NULL;
	}
	memmove(all, all + cut, strlen(all + cut) + 1);
	return all;
}

/* Where in the typed name the qualifier q begins as typed: the shortest
 * end of it whose words are q's.  A pointer into guess, or NULL. */
static const char *
typed_from(const char *guess, const char *q)
{
	const char *s;
	char *w;
	int same;

	for (s = guess + strlen(guess); s > guess; s--) {
		if (!isalnum((unsigned char)s[-1]) &&
		    !((unsigned char)s[-1] & 0x80))
			continue;
		if (s - 1 > guess && (isalnum((unsigned char)s[-2]) ||
		    ((unsigned char)s[-2] & 0x80)))
			continue;	/* not where a word begins */
		w = sdc_name_words(names, s - 1);
		same = strcmp(w, q) == 0;
		free(w);
		if (same)
			return s - 1;
	}
	return NULL;
}

/* The word t typed as it is, in small letters, in the text s. */
static int
typed_small(const char *s, const char *t)
{
	size_t n = strlen(t);
	const char *p;

	for (p = s; (p = strstr(p, t)) != NULL; p += n)
		if ((p == s || !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[n]))
			return 1;
	return 0;
}

/* The text has a letter in capitals (ASCII). */
static int
has_capital(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (isupper((unsigned char)s[i]))
			return 1;
	return 0;
}

/* t is a word of the name of a contact of the customer at idx ("Palesa"
 * of "Ubuntu Printers (Palesa)"). */
static int
contact_word(size_t idx, const char *t)
{
	struct sdc_cidx_cust c;
	struct sdc_cidx_contact ct;
	size_t i;
	char *w;
	int found = 0;

	if (customers.c[idx].cix < 0)
		return 0;
	sdc_cidx_get(cidx, (size_t)customers.c[idx].cix, &c);
	for (i = 0; i < c.ncontacts && !found; i++) {
		sdc_cidx_contact(cidx, &c, i, &ct);
		if (ct.id < 0)
			continue;
		w = sdc_name_words(names, ct.name);
		found = has_word(w, t);
		free(w);
	}
	return found;
}

#define FORM_SLIP 75	/* thefuzz ratio of a legal form misspelt */

/* t is no word of a qualifier: a legal form or a word a business leaves
 * off, one of the customer's forms misspelt ("Incc", "LLPP", "Coor" of
 * "... Corp"), or one or two letters (an initial, a code, a cut-off
 * word: "D", "- IL"). */
static int
no_qualifier(size_t idx, const char *t)
{
	char *w, *f, *save = NULL;
	int form = strlen(t) <= 2 || sdc_name_is_drop(names, t) ||
	    sdc_nev_soft(t) || sdc_name_is_drop_typo(names, t) ||
	    sdc_name_is_drop_slip(names, t);

	if (form)
		return 1;
	w = sdc_xstrdup(customers.c[idx].words);
	for (f = strtok_r(w, " ", &save); f && !form; f = strtok_r(NULL, " ",
	    &save))
		form = sdc_name_is_drop(names, f) &&
		    sdc_fuzz_ratio(t, f) >= FORM_SLIP;
	free(w);
	return form;
}

#define QUAL_HOLDERS 64	/* names looked through for a place */

/* The words of the town of the customer at idx (the cache's "city"), or
 * NULL when the list does not give it. */
static const char *
city_of(size_t idx)
{
	struct sdc_cidx_cust c;

	if (customers.c[idx].cix < 0)
		return NULL;
	sdc_cidx_get(cidx, (size_t)customers.c[idx].cix, &c);
	return *c.city ? c.city : NULL;
}

/* The words w are the town a customer of the list is in (the cache's
 * "city"): a town the MSP serves, a branch there as likely as not; the
 * linked customer's own town among them, its own site ("Highveld Travels
 * Upington" for the Highveld Travels in Upington).  A town no customer
 * is in is a namesake's as likely. */
static int
town_served(const char *w)
{
	return sdc_owners_one(towns, w) != SDC_OWNER_NONE;
}

/* The words w are a town a customer is in (town_served), or begin or
 * end the name of a customer (less its legal form) that holds them: the
 * list knows them as a place ("Kempton Park" of
 * "Karoo Welfare Society Kempton Park", "Midrand" of "Midrand Local
 * Municipality"), not only inside a name ("George" of "St George's
 * Church" and "George Town": a saint's, a town's other name).  Of words
 * more names hold than are looked through, the first looked through
 * tell (a hundred "St George's Church" at 50,000 customers do not make
 * George a town); a legal form, or a word too common to look through at
 * all, is known. */
static int
place_known(const char *w)
{
	size_t ids[QUAL_HOLDERS], n, i;
	int known = 0;

	if (town_served(w))
		return 1;
	ids[0] = SIZE_MAX;	/* left so when none was looked through */
	n = sdc_nev_holders(customers.ev, w, ids, QUAL_HOLDERS);
	if (n > QUAL_HOLDERS && (ids[0] == SIZE_MAX ||
	    sdc_name_is_drop(names, w)))
		return sdc_nev_names_with(customers.ev, w) > QUAL_HOLDERS;
	for (i = 0; i < n && i < QUAL_HOLDERS && !known; i++)
		known = begins_or_ends(customers.c[cand_of(&customers,
		    ids[i])].norm, w);
	return known;
}

/* The words w end with a town a customer is in (town_served) that is
 * not the town of the customer at idx, whose town the list knows: a
 * word the list does not know then that town ("Ecorom (Cluj-Napoca)"
 * after the name of a Craiova business) names a namesake there, not a
 * site.  A branch says so ("filia", "pobočka": place_word) or is the
 * town alone ("- Třinec"). */
static int
town_not_own(size_t idx, const char *w)
{
	const char *city = city_of(idx), *s;

	if (city == NULL)
		return 0;
	for (s = w; s != NULL; s = strchr(s, ' ') ? strchr(s, ' ') + 1 : NULL)
		if (town_served(s))
			return strcasecmp(s, city) != 0;
	return 0;
}

/* The place after the first of the words w is typed apart from it, in
 * brackets or after a dash, comma or slash ("Ecorom (Cluj-Napoca)"):
 * the word before is the name's, not a word saying where ("pobočka
 * Hodonín", "- oddział Łódź"). */
static int
town_apart(const char *guess, const char *w)
{
	const char *t = strchr(w, ' '), *s;

	if (t == NULL || (s = typed_from(guess, t + 1)) == NULL)
		return 0;
	for (; s > guess && !isalnum((unsigned char)s[-1]) &&
	    !((unsigned char)s[-1] & 0x80); s--)
		if (strchr("(-,/[", s[-1]))
			return 1;
	return 0;
}

/* The first of the words w is no customer's and the rest are a place
 * the list knows ("sede chapinero"): a word the list does not know
 * before a place it knows says where (a town it does not know after
 * one, "Santa Lucia (Arequipa)", may be a namesake's). */
static int
place_after(const char *w)
{
	size_t n = strcspn(w, " ");
	struct sdc_nev_hit h;
	char *first;
	int unknown;

	if (w[n] != ' ' || w[n + 1] == '\0')
		return 0;
	first = sdc_xstrndup(w, n);
	unknown = n >= 3 && !sdc_name_is_drop(names, first) &&
	    sdc_nev_names_with(customers.ev, first) == 0 &&
	    sdc_nev_query(customers.ev, first, SITE_FLOOR, &h, 1) == 0;
	free(first);
	return unknown && place_known(w + n + 1);
}

/* What the customer list tells of a qualifier q typed after the whole
 * name of the customer at idx: 1 when it is a site or a note of that
 * customer's - it has a place word ("Head office", "North branch") or a
 * number ("Unit 3", "tkt 4412"); or its words, less those of the name of
 * a contact of the customer's ("(Palesa)") and those typed in small
 * letters beside a name in capitals (a note: "- printer", "re:
 * outlook"), are none, or a place the list knows (place_known: "-
 * Sandton", "(Boksburg)").  Legal forms, initials and codes are no
 * qualifier (no_qualifier).  0 when they are capitalised words the list
 * does not know as a place ("(Mthatha)", "East London", "(George)"): a
 * town where a business of the same name may be, which the name alone
 * cannot tell from a site. */
static int
qualifier_told(const char *guess, const char *q, size_t idx)
{
	char *w = sdc_xstrdup(q), *t, *save = NULL;
	const char *typed = typed_from(guess, q);
	struct sdc_buf rest = SDC_BUF_INIT;
	int told = 0, capitals;

	capitals = typed && has_capital(guess, (size_t)(typed - guess));
	for (t = strtok_r(w, " ", &save); t && !told; t = strtok_r(NULL, " ",
	    &save)) {
		if (no_qualifier(idx, t))
			continue;
		told = place_word(t) || strpbrk(t, "0123456789") != NULL;
		if (!contact_word(idx, t) && !(capitals &&
		    typed_small(typed, t)))
			sdc_buf_printf(&rest, "%s%s", rest.len ? " " : "", t);
	}
	free(w);
	sdc_buf_addc(&rest, '\0');
	w = sdc_buf_take(&rest);
	/* q whole as well: a town's small words ("nad" of "Ústí nad
	 * Labem") are no note */
	told = told || *w == '\0' || place_known(w) || town_served(q) ||
	    (place_after(w) && !(town_apart(guess, w) && town_not_own(idx,
	    w)));
	free(w);
	return told;
}

/* The name linked has a qualifier after it the list does not tell
 * (qualifier_told): a namesake elsewhere as likely as a site. */
static int
namesake_elsewhere(const char *guess, size_t idx, char **qual)
{
	*qual = qualifier(guess, idx);
	return *qual != NULL && !qualifier_told(guess, *qual, idx);
}

#define SPELT_MIN 5	/* letters of a word read as another spelling */

/* The typed word t reads as the customer's at idx only with a slip,
 * while t, or t less an inflection ending, is a word other names of the
 * list hold and its name does not ("Lindkvistin" typed, "Lindkvists
 * Måleri" listed, for "Lindqvistin Rakennus"): a surname has spellings,
 * each its own families', and the list shows this one is written, so
 * the slip is a guess. */
static int
other_spelling(const char *t, size_t idx)
{
	char form[64], *own;
	struct sdc_nev_hit h;
	int other;

	if (strlen(t) < SPELT_MIN || sdc_name_is_drop(names, t) ||
	    sdc_nev_held_form(customers.ev, t, form, sizeof(form)) == 0)
		return 0;
	score_cand(t, (long)idx, &h);
	if (h.score <= 0 || (h.how & ~(unsigned)SDC_NEV_TYPO) != 0)
		return 0;
	own = sdc_xstrdup(customers.c[idx].words);
	sdc_name_digraphs(own);
	other = !has_word(own, form);
	free(own);
	return other;
}

/* The first typed word read as a slip of the customer's that is another
 * spelling the list holds (other_spelling): a new string, or NULL. */
static char *
spelt_elsewhere(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *t, *save = NULL, *o = NULL;

	for (t = strtok_r(w, " ", &save); t && !o; t = strtok_r(NULL, " ",
	    &save))
		if (other_spelling(t, idx))
			o = sdc_xstrdup(t);
	free(w);
	return o;
}

/* What the name evidence does not see undoes a link it made: another
 * profession, a marked letter typed for another (a namesake), a town
 * typed after the name that the list does not know (another namesake). */
static void
undo_reading(struct pool *p, const char *guess, struct decision *d)
{
	int weighted = d->rule != NULL && strcmp(d->rule, "weighted") == 0;
	char *q = NULL;

	if ((weighted || (d->rule != NULL && strcmp(d->rule, "normalised") ==
	    0)) && other_profession(guess, &p->c[d->idx])) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "\"%s\" is of another "
		    "profession", p->c[d->idx].name);
	} else if (weighted && p == &customers && contact_elsewhere(guess,
	    (long)d->idx)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "the name is a contact's of "
		    "another customer as well as \"%s\"", p->c[d->idx].name);
	} else if (weighted && (d->how & SDC_NEV_TYPO) &&
	    sdc_name_marks_differ(guess, p->c[d->idx].name)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "a letter typed with its mark "
		    "is another in \"%s\"", p->c[d->idx].name);
	} else if (weighted && p == &customers && (d->how & SDC_NEV_TYPO) &&
	    (q = spelt_elsewhere(guess, d->idx)) != NULL) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "\"%.40s\" is spelt as other "
		    "names spell it, not as \"%.40s\"", q, p->c[d->idx].name);
	} else if (weighted && p == &customers && namesake_elsewhere(guess,
	    d->idx, &q)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "\"%.40s\" after \"%.40s\": "
		    "no site the list knows, a namesake's town as likely", q,
		    p->c[d->idx].name);
	}
	free(q);
}

/* The one customer whose name less its legal form is the typed name less
 * its form, a form learnt or one the normalised name drops ("Chen Farms
 * Pty Ltd" typed for "Chen Farms", "Walker Plumbing Ltd" for "Walker
 * Plumbing Pty Ltd", "Blackburn Food Bank Ltd" for "... CIO"): a form
 * swapped is the same business.  Its index, or -1 (none, or more). */
static long
form_swap(const struct pool *p, const char *norm)
{
	const char *e = last_word(norm);
	char *stem = e && is_form(p, e) ? sdc_xstrndup(norm, (size_t)(e - 1 -
	    norm)) : sdc_xstrdup(norm), *key = sdc_name_sortkey(stem);
	size_t it = 0, len = strlen(stem), first = 0, n;
	uint32_t v;
	long x = -1;

	n = *stem ? pool_match(p, 1, key, &first) : 2;
	if (n == 1)
		x = (long)first;
	while (n <= 1 && sdc_hmap_find(&p->bystem, sdc_hash(stem, len), &it,
	    &v))
		if (strncmp(p->c[v].norm, stem, len) == 0 &&
		    p->c[v].norm[len] == ' ' && (long)v != x)
			x = n++ == 0 ? (long)v : -1;
	free(stem);
	free(key);
	return n == 1 ? x : -1;
}

/* The typed name has a legal form: one learnt ends it, or the
 * normalised name drops one; and two words or more besides (a word
 * alone with a form is a guess). */
static int
has_form(const struct pool *p, const char *guess, const char *norm)
{
	char *w = sdc_name_words(names, guess);
	const char *e = last_word(norm);
	int form = (e && is_form(p, e)) || strlen(w) > strlen(norm);

	free(w);
	return form && (e = strchr(norm, ' ')) != NULL &&
	    (e != last_word(norm) - 1 || !is_form(p, last_word(norm)));
}

/* The name's own rules: exact, normalised, then its readings. */
static void
by_name(struct pool *p, const char *guess, const char *f, const char *norm,
    const char *key, struct decision *d)
{
	size_t first = 0, n;
	long x;

	if ((n = pool_match(p, 0, f, &first)) == 1)
		link_to(d, first, "exact", 100);
	else if (n > 1)
		snprintf(d->why, sizeof(d->why), "%zu candidates named \"%s\"",
		    n, p->c[first].name);
	else if (*norm == '\0')
		snprintf(d->why, sizeof(d->why), "nothing to match in the name");
	else if ((n = norm_match(p, key, &first)) == 1)
		link_to(d, first, "normalised", 100);
	else if (n > 1)
		snprintf(d->why, sizeof(d->why), "%zu candidates named \"%s\" "
		    "(or trading so)", n, p->c[first].name);
	else
		by_site(p, guess, norm, d);
	if (!d->linked && p == &customers && has_form(p, guess, norm) &&
	    (x = form_swap(p, norm)) >= 0) {
		link_to(d, (size_t)x, "normalised", fuzz_score(p, norm,
		    (size_t)x));
		d->ask = 0;
		d->conf = 100;	/* the name, but for its legal form */
		d->how = 0;
		snprintf(d->extra, sizeof(d->extra), ",form");
	}
}

/* A word of the label is one of the customer's: the label is part of
 * its name. */
static int
label_needed(const struct pool *p, const char *head, size_t idx)
{
	char *w = sdc_name_words(names, head);
	int needed = words_in(p->c[idx].words, w, 0);

	free(w);
	return needed;
}

/* A reading of the typed name (what follows a desk's label, the keys of
 * a layout) decided by the name's rules and the checks of a link, into
 * *h. */
static void
by_name_alone(struct pool *p, const char *name, struct decision *h)
{
	char *f = sdc_name_fold(name), *norm = sdc_name_normalise(names, name);
	char *key = sdc_name_sortkey(norm);

	memset(h, 0, sizeof(*h));
	by_name(p, name, f, norm, key, h);
	if (h->linked)
		another_fits(p, name, norm, h);
	if (h->linked)
		undo_reading(p, name, h);
	free(f);
	free(norm);
	free(key);
}

/* A desk's label before the name ("Client - X", "Site: X", "BNE: X"):
 * when the whole name links no one, the name after the label is read
 * alone, and its link holds when the label's words are none of the
 * customer's (the customer needs none of them; "Gwynnes - Plumbing"
 * is no label).  Any market's desk labels its queues its own way: the
 * rule knows no label, only its shape (names.c). */
static void
by_desk(struct pool *p, const char *guess, struct decision *d)
{
	const char *rest = sdc_name_desk_rest(guess);
	char *head;
	struct decision h;

	if (rest == NULL)
		return;
	by_name_alone(p, rest, &h);	/* "Privat - Elin Lofgren" */
	head = sdc_xstrndup(guess, (size_t)(rest - guess));
	if (h.linked && !label_needed(p, head, h.idx)) {
		*d = h;
		d->conf = d->conf ? d->conf : 100;	/* exact, normalised */
		snprintf(d->extra + strlen(d->extra), sizeof(d->extra) -
		    strlen(d->extra), ",desk");
	}
	free(head);
}

/* The words of the reading r that the typed name lacks ("danova
 * kancelar musilova" of "Daňov8 kancel85 Ing. Monika Musilov8"), or NULL
 * when none, or one is no customer's or a letter alone (an initial: "Dr
 * Y Joubert" is not "Dr Z Joubert" with y and z swapped): no reading of
 * such keys is worth a try. */
static char *
retyped_words(const struct pool *p, const char *guess, const char *r)
{
	char *g = sdc_name_words(names, guess), *w = sdc_name_words(names, r);
	char *q, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;

	for (q = strtok_r(w, " ", &save); q; q = strtok_r(NULL, " ", &save))
		if (!has_word(g, q) && (q[1] == '\0' ||
		    sdc_nev_names_with(p->ev, q) == 0)) {
			b.len = 0;
			break;
		} else if (!has_word(g, q)) {
			if (b.len > 0)
				sdc_buf_addc(&b, ' ');
			sdc_buf_adds(&b, q);
		}
	free(g);
	free(w);
	if (b.len == 0) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

/* The one customer word whose key in romanisation k is word's, or NULL
 * when none or two are (two spellings of a script are not one). */
static char *
translit_word(const struct pool *p, const char *word, size_t k)
{
	char *key = sdc_name_translit(word, k);
	const char *got = NULL;
	uint64_t h = translit_hash(word, k);
	size_t it = 0, n = 0;
	uint32_t v;

	while (n < 2 && sdc_hmap_find(&p->bytranslit, h, &it, &v)) {
		char *t = sdc_name_translit(p->vocab[v], k);

		if (strcmp(t, key) == 0 && (got == NULL ||
		    strcmp(got, p->vocab[v]) != 0)) {
			got = p->vocab[v];
			n++;
		}
		free(t);
	}
	free(key);
	return n == 1 ? sdc_xstrdup(got) : NULL;
}

/* The name's words with each that is no customer's word spelt as the
 * one customer word of its key in romanisation k ("zimusyo" as
 * "jimusho"), or NULL when no word changes. */
static char *
translit_reading(struct pool *p, const char *words, size_t k)
{
	char *g = sdc_xstrdup(words), *q, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;
	int changed = 0;

	translit_index(p);
	for (q = strtok_r(g, " ", &save); q; q = strtok_r(NULL, " ", &save)) {
		char *t = NULL;

		if (strlen(q) >= 3 && sdc_nev_names_with(p->ev, q) == 0)
			t = translit_word(p, q, k);
		if (b.len > 0)
			sdc_buf_addc(&b, ' ');
		sdc_buf_adds(&b, t ? t : q);
		changed += t != NULL;
		free(t);
	}
	free(g);
	if (changed)
		return sdc_buf_take(&b);
	sdc_buf_free(&b);
	return NULL;
}

/* Reading k of the typed name: on a national layout (names.c), then in
 * another romanisation of a script (of its words, NULL when it has a
 * letter no romanisation uses). */
static char *
reading(struct pool *p, const char *guess, const char *words, size_t k)
{
	if (k < SDC_NAME_RETYPINGS)
		return sdc_name_retyped(guess, k);
	if (words == NULL)
		return NULL;
	return translit_reading(p, words, k - SDC_NAME_RETYPINGS);
}

/* A name typed on a national keyboard with the computer set to US
 * ("K0nyvel[ Iroda" for Könyvelő Iroda, names.c): when the name as typed
 * links no one, its readings on each layout are tried as names, and the
 * link holds when every reading that links links the same customer. */
static void
by_layout(struct pool *p, const char *guess, struct decision *d)
{
	struct decision h, got;
	size_t k;
	int n = 0;

	unsigned how = 0;
	char *words = sdc_name_romanised(guess) ? sdc_name_words(names, guess) :
	    NULL;

	for (k = 0; k < SDC_NAME_RETYPINGS + SDC_NAME_TRANSLITS && n < 2;
	    k++) {
		char *r = reading(p, guess, words, k);
		char *w = r ? retyped_words(p, guess, r) : NULL;

		if (w == NULL) {
			free(r);
			continue;
		}
		by_name_alone(p, r, &h);
		/* the keys give the customer's own words back ("Daňov8" is
		 * Daňová of "Daňová kancelář"), not another name's by chance
		 * ("Fdfh Eye Care" with its y for z is no "Fdfh Eze Care") */
		if (h.linked && !words_in(p->c[h.idx].words, w, 1))
			h.linked = 0;
		/* a word in another romanisation and another word besides are
		 * two differences ("Sugiyama Sika Iin" is no Sugiyama Shika) */
		if (h.linked && k >= SDC_NAME_RETYPINGS &&
		    !words_in(p->c[h.idx].words, r, 1))
			h.linked = 0;
		if (h.linked && (n == 0 || got.idx != h.idx)) {
			got = h;
			how = k < SDC_NAME_RETYPINGS ? SDC_NEV_LAYOUT :
			    SDC_NEV_TRANSLIT;
			n++;
		}
		free(r);
		free(w);
	}
	free(words);
	if (n == 1) {
		*d = got;
		d->conf = d->conf ? d->conf : 100;	/* exact, normalised */
		d->how |= how;
	} else if (n > 1)
		snprintf(d->why, sizeof(d->why), "its readings on two "
		    "layouts or romanisations name two customers");
}

/* The cascade for one guessed name over a pool (customers, or one
 * customer's contacts). */
static void
decide(struct pool *p, const char *guess, int contact, struct decision *d)
{
	char *f = sdc_name_fold(guess), *norm = sdc_name_normalise(names, guess);
	char *key = sdc_name_sortkey(norm);
	json_object *alias = NULL;
	long idx;

	if (!contact && aliases && json_object_object_get_ex(aliases, norm,
	    &alias) && alias == NULL) {
		d->notcust = 1;	/* a person said so (sdc-review) */
		snprintf(d->why, sizeof(d->why), "not a customer (reviewed)");
		free(f);
		free(norm);
		free(key);
		return;
	}

	if (alias && (idx = pool_find_id(p, json_object_get_int64(alias))) < 0) {
		sdc_warnx("alias \"%s\": customer %s is not in the customer "
		    "list; ignored", guess, json_object_get_string(alias));
		alias = NULL;
	}
	if (alias)
		link_to(d, (size_t)idx, "alias", 100);
	else
		by_name(p, guess, f, norm, key, d);
	if (!d->linked && !alias && !contact)
		by_desk(p, guess, d);
	if (!d->linked && !d->ask && !alias && !contact)
		by_layout(p, guess, d);
	if (d->linked && !alias && !contact)
		another_fits(p, guess, norm, d);
	if (d->linked)
		undo_reading(p, guess, d);
	if (d->ask)
		sdc_count("names for the LLM", 1);
	if (d->ask && llm_ready && deferring)
		queue_llm(p, guess, d);
	else if (d->ask && llm_ready)
		ask_llm(p, guess, contact, d);
	else if (d->ask)
		d->transient = 1;	/* a run with an LLM may settle it */
	free(f);
	free(norm);
	free(key);
}

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
	if (w > x->heaviest) {
		x->heaviest = w;
		x->rule = rule;
	}
	len = strlen(x->what);
	snprintf(x->what + len, sizeof(x->what) - len, ",%s:+%d", rule,
	    (int)(100 * w + 0.5));
}

/* Letters only ("MANUEL", not "PC04"). */
static int
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
static int
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

/* What of the typed name names the business: the business typed beside
 * a person ("Copperleaf" of "Tony @ Copperleaf"; none of "Mike
 * Forsythe", a contact's whole name: a person's name is no business's),
 * else the whole name, or with head the name before a note or site
 * ("Zamora" of "Zamora - urgent").  A new string, or NULL. */
static char *
business_typed(const char *guess, int head)
{
	struct sdc_person p;
	char full[256], *b = NULL;
	int read = sdc_person_read(guess, &p), person = read;

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
role_owner_of(const char *guess, const char *m, int caller, int head)
{
	struct sdc_nev_hit h[ROLE_RANK];
	char *glued, *w;
	size_t raw, n, hits, i, close, inclose = 0, inall = 0;
	size_t many = sdc_owners_many(caller ? given : machines, m);
	long one = -1, x;
	char *b;

	if ((caller ? w_machine_caller : w_machine_role) <= 0 || guess == NULL)
		return -1;
	if ((b = business_typed(guess, head)) == NULL)
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

/* ... of the whole name, else of the name before a note or site. */
static long
role_owner(const char *guess, const char *m, int caller)
{
	long one = role_owner_of(guess, m, caller, 0);

	return one >= 0 ? one : role_owner_of(guess, m, caller, 1);
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
	long one = sdc_owners_one(machines, m);
	char p[9];

	if (k == 1)
		piece(c, &n, max, own[0], w_machine, "machine");
	for (i = 0; k > 1 && i < k; i++)
		piece(c, &n, max, own[i], w_machine_few, "machine-shared");
	if (k == 0 && one == SDC_OWNER_MANY)
		piece(c, &n, max, role_owner(guess, m, 0), w_machine_role,
		    "machine-role");
	else if (one == SDC_OWNER_NONE && person_machine(m))
		piece(c, &n, max, role_owner(guess, m, 1), w_machine_caller,
		    "machine-caller");
	else if (one == SDC_OWNER_NONE && site_prefix(m, p))
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
static size_t
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

	if (k == 1)
		piece(c, &n, max, own[0], w_domain, "domain");
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

#define PERSON_FEW 3

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

/* The one customer the person is: a contact's whole name under it
 * only, else the one holder of the business typed beside the person
 * with such a contact, else a contact's whole name under it only that
 * the first name and the one word beside it are ("Karen - Garrison":
 * Karen Garrison, of Garrison Tax & Accounting); else -1, and the two or
 * three holders that have one into few (*k). */
static long
person_one(const struct sdc_person *p, long *few, size_t *k)
{
	long own = SDC_OWNER_NONE;
	char full[256];

	*k = 0;
	if (p->last && !practice_named(p)) {
		own = contact_named(p->first, p->last, full);
		/* the surname first, as lists and Finnish write it
		 * ("Rønning, Siv", "Nieminen Tuomas") */
		if (own < 0 && !p->titled)
			own = contact_named(p->last, p->first, full);
		if (own >= 0 && named_elsewhere(full, own))
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

/* A person typed for the name (person_one); else each of the few
 * holders; else each candidate other evidence brought (its machine)
 * that has the person as a contact.  First names alone are common (many
 * customers have a Bob): one counts only among the holders of the
 * business's words, or beside other evidence. */
static size_t
person_piece(struct support *c, size_t n, size_t max,
    const struct sdc_person *p, int *found)
{
	long few[PERSON_FEW], own;
	size_t k, i, n0 = n, got = 0;

	if (w_person <= 0)
		return n;
	own = person_one(p, few, &k);
	if (own >= 0 && ++got)
		piece(c, &n, max, own, w_person, "person");
	for (i = 0; i < k; i++, got++)
		piece(c, &n, max, few[i], w_person_few, "person-shared");
	for (i = 0; own < 0 && k == 0 && i < n0; i++)
		if (has_contact((size_t)c[i].idx, p) && ++got)
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
		piece(c, &n, max, sdc_owners_one(contact_names, ct), w_contact,
		    "contact");
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

/* The name's confidence for each candidate the other evidence brought. */
static void
name_scores(struct support *c, size_t n, const char *guess)
{
	struct sdc_nev_hit h;
	size_t i;

	for (i = 0; i < n && guess; i++) {
		score_read(guess, c[i].idx, &h);
		c[i].holds = h.missed == 0 && h.score > 0;
		if (c[i].name < 0) {
			c[i].name = h.score;
			c[i].how = h.how;
		}
	}
	for (i = 0; i < n; i++)
		if (c[i].name < 0)
			c[i].name = 0;
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
static size_t
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

/* The typed name is one word in capitals of three to six letters (an
 * acronym: "HFTBYM"): into w in small letters. */
static int
acronym(const char *guess, char w[8])
{
	size_t n = guess ? strlen(guess) : 0, i;

	if (n < 3 || n > 6)
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

/* Evidence two or three customers share ("machine-shared",
 * "person-shared") narrows to them; the name must then pick one, and it
 * does not when another of them, with as much evidence, holds every
 * typed word as well (the
 * typed name is part of both: "Highland Park" of "Highland Park
 * Community Church" and of "Highland Park High School Booster Club"; the
 * shorter fits better only by its fewer words).  A machine many have
 * chooses only among names that hold every typed word ("Dawes" for
 * "Dawes Welding" beside "Dawes Plumbing"), not between near-fits. */
static int
shared_tie(const struct support *c, size_t n, size_t best)
{
	size_t i;

	if (c[best].rule && (strcmp(c[best].rule, "machine-role") == 0 ||
	    strcmp(c[best].rule, "machine-caller") == 0))
		return !c[best].holds;
	if (c[best].rule == NULL || strstr(c[best].rule, "-shared") == NULL)
		return 0;
	for (i = 0; i < n; i++)
		if (i != best && c[i].extra >= c[best].extra && c[i].holds)
			return 1;
	return 0;
}

/* The machine and the person typed name different customers: the person
 * is a contact of other candidates, not of the machine's, and what was
 * typed is not in its name either ("Benoît Bouchard", a contact of two
 * others, on an asset of "Rowlett Urgent Care Inc."; "Dr. Schulte" on a
 * machine of "Zahnarztpraxis Dr. Schulte" agrees).  The machine is
 * near-proof only where nothing else points elsewhere. */
static int
person_elsewhere(const struct support *c, size_t n, size_t best,
    const char *typed)
{
	size_t i;

	if (c[best].person || typed == NULL || c[best].rule == NULL ||
	    strcmp(c[best].rule, "machine") != 0 ||
	    agrees(typed, c[best].idx))
		return 0;
	for (i = 0; i < n; i++)
		if (i != best && c[i].person)
			return 1;
	return 0;
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
	int alone = near_proof(c[best].rule) &&
	    (known == 0 || agrees(guess, c[best].idx)) &&
	    (known > 0 || strcmp(c[best].rule, "machine") != 0 ||
	    !names_another(guess, c[best].idx, c[best].name)) &&
	    numbers_fit(guess, customers.c[c[best].idx].name, known);
	size_t i;

	for (i = 0, second = alone ? 0 : second; alone && i < n; i++)
		if (i != best && c[i].extra > 0 && c[i].name + c[i].extra >
		    second)
			second = c[i].name + c[i].extra;
	if (c[best].extra == 0 || (sum < link_th && !alone) ||
	    shared_tie(c, n, best) ||
	    sum - second < link_margin ||
	    (same_name(&customers, (size_t)c[best].idx) > 1 && !alone) ||
	    !leads_without_chance(c, n, best))
		return 0;
	return !contradicted(c, n, best, known, alone);
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
	struct sdc_person p;
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
	if (guess && sdc_person_read(guess, &p)) {
		n = person_piece(c, n, max, &p, &found);
		for (i = 0; found && i < n; i++)
			c[i].name = -1;
		if (found) {
			free(*name);
			*name = p.business ? sdc_xstrdup(p.business) : NULL;
			*strict = p.business != NULL;
		}
		sdc_person_free(&p);
	}
	name_scores(c, n, *name);
	return n;
}

/* The name did not decide: link when the name and the session's other
 * evidence together reach the threshold with the margin, and the name
 * does not speak against it. */
static int
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
	for (i = 0; i < n; i++)
		if (i != best && c[i].name + c[i].extra > second)
			second = c[i].name + c[i].extra;
	known = known_share(name);
	ok = n > 0 && decisive(c, n, best, second, strict && known == 0 ? 1 :
	    known, name) && !person_elsewhere(c, n, best, guess);
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

/* The readings of how a name was typed (-v says when they linked). */
#define TYPED_READINGS	(SDC_NEV_AND | SDC_NEV_LAYOUT | SDC_NEV_TRANSLIT)

/* "name:acronym+exact": how the name matched (nameev.h bits). */
static void
how_text(struct sdc_buf *b, unsigned how)
{
	static const char *const kind[] = { "exact", "abbreviation",
	    "compound", "acronym", "typo", "prefix", "contraction", "cut", "site",
	    "glued", "ending", "and", "layout", "translit" };
	const char *sep = "name:";
	size_t i;

	for (i = 0; i < sizeof(kind) / sizeof(kind[0]); i++)
		if (how & (1u << i)) {
			sdc_buf_printf(b, "%s%s", sep, kind[i]);
			sep = "+";
		}
}

static void
audit(const char *what, const char *guess, const struct pool *p,
    const struct decision *d)
{
	struct sdc_buf b = SDC_BUF_INIT;

	if (d->linked) {
		if (d->conf || d->how)
			sdc_buf_printf(&b, " confidence=%d", d->conf);
		/* how the name was typed, when a reading of its typing
		 * made the link ("name:exact+and") */
		if (d->how & TYPED_READINGS) {
			sdc_buf_adds(&b, " ");
			how_text(&b, d->how);
		}
		sdc_note("%s \"%s\": rule=%s score=%d%s -> %lld \"%s\"%s",
		    what, guess, d->rule, d->score, b.p ? b.p : "",
		    p->c[d->idx].id, p->c[d->idx].name,
		    d->remembered ? " (remembered)" : "");
	}
	else
		sdc_note("%s \"%s\": no link: %s%s", what, guess, d->why,
		    d->remembered ? " (remembered)" : "");
	sdc_buf_free(&b);
}

/* A decision made this run: its fingerprint, its audit line, counted. */
static void
decided(struct memo *m, struct pool *p)
{
	memcpy(m->fp, p->fp, sizeof(m->fp));
	audit(m->contact ? "contact" : "customer", m->guess, p, &m->d);
	sdc_count(m->d.linked ? "names linked" : "names unresolved", 1);
}

/* The decision for a name, from this run, the memory file, or made now. */
static struct decision *
resolve(struct pool *p, const char *guess, int contact, long long owner)
{
	struct sdc_buf key = SDC_BUF_INIT;
	struct memo *m;

	memo_key(&key, contact, owner, guess);
	if ((m = memo_get(key.p)) == NULL) {
		m = memo_new(key.p, contact, owner, guess);
		decide(p, guess, contact, &m->d);
		decided(m, p);
	} else if (m->d.remembered && m->d.sessions == 0)
		audit(contact ? "contact" : "customer", guess, p, &m->d);
	sdc_buf_free(&key);
	m->d.sessions++;
	return &m->d;
}

/* The confidence and what it rests on, for decisions on evidence. */
static void
evidence_text(struct sdc_buf *b, const struct decision *d)
{
	if (d->conf == 0 && d->how == 0 && d->extra[0] == '\0')
		return;
	sdc_buf_printf(b, " confidence=%d evidence=", d->conf);
	how_text(b, d->how);
	sdc_buf_adds(b, d->extra + (d->how == 0 && d->extra[0] == ','));
}

static void
log_evidence(json_object *s, const char *what, const char *guess,
    const struct decision *d)
{
	struct sdc_buf b = SDC_BUF_INIT;
	json_object *q = json_object_new_string(guess);
	const char *qs = json_object_to_json_string_ext(q,
	    JSON_C_TO_STRING_NOSLASHESCAPE);

	if (d->linked)
		sdc_buf_printf(&b, "%s %s rule=%s score=%d guessed=%s",
		    sdc_tool_stamp(), what, d->rule, d->score, qs);
	else
		sdc_buf_printf(&b, "%s %s unresolved guessed=%s",
		    sdc_tool_stamp(), what, qs);
	if (d->linked)
		evidence_text(&b, d);
	json_object_put(q);
	sdc_session_log(s, b.p);
	sdc_buf_free(&b);
}

static int
nonnull(json_object *ctx, const char *key)
{
	json_object *v = sdc_json_get(ctx, key);

	return v && !json_object_is_type(v, json_type_null);
}

static void
touch(json_object *s)
{
	char buf[SDC_TIME_BUFSZ];

	sdc_session_set_str(s, "meta", "last_updated_timestamp_utc",
	    sdc_time_format(sdc_now_ms(), buf));
}

static void
link_contact(json_object *s, json_object *ctx, struct cand *cust)
{
	const char *guess = sdc_json_str(ctx, "contact_name");
	struct pool *cp;
	struct decision *d;

	if (guess == NULL || *guess == '\0' || nonnull(ctx, "contact_id"))
		return;
	cp = contact_pool(cust);
	if (cp->n == 0)
		return;
	d = resolve(cp, guess, 1, cust->id);
	log_evidence(s, "contact", guess, d);
	if (!d->linked)
		return;
	sdc_session_set(s, "context", "contact_id",
	    json_object_new_int64(cp->c[d->idx].id));
	sdc_session_set_str(s, "context", "contact_name", cp->c[d->idx].name);
}

/* One more session of the name's (decision d) for review, left so as
 * out says: a link held back for the session gives the name's line its
 * reason.  The machine goes beside the name, so that sdc-review can write
 * a machine rule too. */
static void
review_machine(struct decision *d, const struct decision *out,
    json_object *s)
{
	struct sdc_session_keys k;
	size_t i, n = sizeof(d->machines) / sizeof(d->machines[0]);

	d->reviews++;
	if (d->linked)
		snprintf(d->why, sizeof(d->why), "%s", out->why);
	sdc_session_keys(s, &k);
	if (k.machine == NULL || sdc_owners_one(machines, k.machine) ==
	    SDC_OWNER_MANY || person_machine(k.machine))
		return;		/* "FRONTDESK", "Jake": no rule should hang on it */
	for (i = 0; i < n && d->machines[i]; i++)
		if (strcmp(d->machines[i], k.machine) == 0)
			return;
	if (i < n)
		d->machines[i] = sdc_xstrdup(k.machine);
}

/* A person chose it (an alias, a machine rule from sdc-review): nothing
 * read in the name holds it back. */
static int
reviewed(const struct decision *d)
{
	return d->rule && (strcmp(d->rule, "alias") == 0 ||
	    strcmp(d->rule, "reviewed") == 0);
}

/* A machine, a ScreenConnect session or a chat linked to idx links the
 * same way next time; a machine several customers own proves nothing. */
static void
learn(json_object *s, long idx)
{
	struct sdc_session_keys k;
	char buf[512];

	sdc_session_keys(s, &k);
	if (k.machine && sdc_owners_one(machines, k.machine) != SDC_OWNER_MANY &&
	    !person_machine(k.machine)) {
		snprintf(buf, sizeof(buf), "machine:%s", k.machine);
		sdc_hist_add(history, buf, idx);
	}
	if (k.sc_session) {
		snprintf(buf, sizeof(buf), "session:%s", k.sc_session);
		sdc_hist_add(history, buf, idx);
	}
	if (k.chat) {
		snprintf(buf, sizeof(buf), "chat:%s", k.chat);
		sdc_hist_add(history, buf, idx);
	}
}

static void
set_customer(json_object *s, json_object *ctx, size_t idx)
{
	sdc_session_set(s, "context", "customer_id",
	    json_object_new_int64(customers.c[idx].id));
	sdc_session_set_str(s, "context", "customer_name",
	    customers.c[idx].name);
	sdc_session_set_str(s, "meta", "processing_status", "Linked");
	sdc_count("linked", 1);
	learn(s, (long)idx);
	link_contact(s, ctx, &customers.c[idx]);
}

/* The typed name read as a person or an address points to a customer
 * other than the one its words were linked to ("Kim @ Cisneros" is not
 * "Kingsley Internal Medicine" by its initials; "www.pioneerrealty.com"
 * is the site whose contacts use that domain, not the group). */
static int
read_elsewhere(const char *guess, long idx)
{
	struct sdc_person p;
	long own = SDC_OWNER_NONE, few[SDC_OWNERS_FEW > PERSON_FEW ?
	    SDC_OWNERS_FEW : PERSON_FEW];
	size_t k;

	if (sdc_person_read(guess, &p)) {
		own = person_one(&p, few, &k);
		sdc_person_free(&p);
	}
	if (own < 0 && address_owners(guess, few) == 1)
		own = few[0];
	return own >= 0 && own != idx;
}

/* A name's decision that does not hold for this session (why): its
 * candidates for review. */
static struct decision *
unlinked(const struct decision *d, struct decision *out, const char *why)
{
	*out = *d;
	out->linked = 0;
	memset(out->machines, 0, sizeof(out->machines));
	snprintf(out->why, sizeof(out->why), "%s", why);
	return out;
}

/* --- the MSP's own people --- */

/* The words of the typed words outside the run of at (a person's name
 * there, of len bytes) include one of the name of the customer at idx
 * that the person's name has not: the business beside its owner's name
 * ("Eläinlääkäri Sanna Kallio", "Naveen Gowda & Co"). */
static int
business_beside(const char *words, size_t at, size_t len, size_t idx)
{
	char *w = sdc_xstrdup(words), *t, *save = NULL;
	int found = 0;

	memset(w + at, ' ', len);
	for (t = strtok_r(w, " ", &save); t && !found; t = strtok_r(NULL, " ",
	    &save))
		found = has_word(customers.c[idx].words, t);
	free(w);
	return found;
}

/* The typed name is one of the MSP's own people's (staff.h), or holds
 * one's whole name with nothing of the customer at idx's beside it
 * ("Naveen Gowda (internal)", "TriDesk - Naveen Gowda" for "Naveen Gowda
 * & Co."): a session of theirs as likely as the customer's.  The
 * person's name, or NULL. */
static const char *
staff_typed(const char *guess, size_t idx)
{
	char *w;
	const char *who;
	size_t at, len;

	if (sdc_staff_count(staff) == 0)
		return NULL;
	w = sdc_name_words(names, guess);
	who = sdc_staff_in(staff, w, &at, &len);
	if (who && business_beside(w, at, len, idx))
		who = NULL;
	free(w);
	return who;
}

/* A link d made, held back for this session (why): the session's other
 * evidence may link it - with the name's words where they still count
 * (named: "Kim @ Cisneros", read as a person, is still words of a
 * name), without them where the name is no evidence (a technician's) -
 * else it goes to review.  d, or out. */
static struct decision *
held_back(json_object *s, json_object *ctx, const char *guess,
    struct decision *d, struct decision *out, int named, const char *why)
{
	struct decision alone;

	memset(&alone, 0, sizeof(alone));
	if (beyond_name(s, ctx, named ? guess : NULL, named ? d : NULL,
	    &alone)) {
		*out = alone;
		return out;
	}
	unlinked(d, out, why);
	audit("session", guess, &customers, out);
	return out;
}

static void
link_session(json_object *s)
{
	json_object *ctx = sdc_json_get(s, "context");
	const char *guess = sdc_json_str(ctx, "customer_name");
	struct decision *d, *named, more;
	const char *who;
	char why[160];
	long idx;

	memset(&more, 0, sizeof(more));
	if (nonnull(ctx, "customer_id")) {	/* the source knew it */
		idx = pool_find_id(&customers,
		    json_object_get_int64(sdc_json_get(ctx, "customer_id")));
		if (idx >= 0)
			link_contact(s, ctx, &customers.c[idx]);
		sdc_session_set_str(s, "meta", "processing_status", "Linked");
		touch(s);
		sdc_count("linked", 1);
		return;
	}
	if (guess && *guess == '\0')
		guess = NULL;
	d = named = guess ? resolve(&customers, guess, 0, 0) : NULL;
	touch(s);
	if (d && d->notcust) {	/* a person checked it: nothing to link */
		log_evidence(s, "customer", guess, d);
		sdc_session_set_str(s, "meta", "processing_status", "Reviewed");
		sdc_count("not a customer", 1);
		return;
	}
	if (d && d->linked && d->elsewhere == 0)
		d->elsewhere = (signed char)(1 + read_elsewhere(guess,
		    (long)d->idx));
	if (d && d->linked && d->elsewhere == 2 && !reviewed(d))
		d = held_back(s, ctx, guess, d, &more, 1, "the name read as a "
		    "person or an address is another customer's");
	else if (d && !d->linked && beyond_name(s, ctx, guess, d, &more))
		d = &more;
	else if (!d && beyond_name(s, ctx, guess, NULL, &more))
		d = &more;
	if (d && d->linked && guess && !reviewed(d) &&
	    (who = staff_typed(guess, d->idx)) != NULL) {
		snprintf(why, sizeof(why), "\"%s\" is one of the MSP's own "
		    "people (a technician of the sessions, or link.staff)", who);
		d = held_back(s, ctx, guess, d, &more, 0, why);
	}
	if (d && (d->linked || guess))
		log_evidence(s, "customer", guess ? guess : "", d);
	if (d == NULL || !d->linked) {
		sdc_session_set_str(s, "meta", "processing_status", "Needs Review");
		sdc_count("needs review", 1);
		if (named)	/* the name's line in --review */
			review_machine(named, d, s);
		return;
	}
	if (d == &more)
		audit("session", guess ? guess : "", &customers, d);
	set_customer(s, ctx, d->idx);
}

static int
skipped_source(const char *src)
{
	size_t i;

	for (i = 0; src && i < nskip; i++)
		if (strcmp(skip[i], src) == 0)
			return 1;
	return 0;
}

void
sdc_linkrec_prefetch(const char *status, const char *source, int has_id,
    const char *guess)
{
	struct sdc_buf key = SDC_BUF_INIT;
	struct memo *m;

	if (!llm_ready || !llm_http || status == NULL ||
	    strcmp(status, "Needs Linking") != 0 || skipped_source(source) ||
	    has_id || guess == NULL || *guess == '\0')
		return;
	memo_key(&key, 0, 0, guess);
	if (memo_get(key.p) == NULL) {
		m = memo_new(key.p, 0, 0, guess);
		deferring = 1;
		decide(&customers, guess, 0, &m->d);
		deferring = 0;
		if (!memo.m[memo.n - 1].d.pending)
			decided(&memo.m[memo.n - 1], &customers);
	}
	sdc_buf_free(&key);
}

void
sdc_linkrec_settle(int jobs)
{
	if (npending > 0)
		sdc_http_run(llm_http, jobs);
}

int
sdc_linkrec_asks(void)
{
	return llm_ready && llm_http != NULL;
}

/* The session's technician is one of the MSP's own people from now on,
 * in later runs too (the memory's "staff" lines): a run over notes alone
 * knows the technicians the ScreenConnect sessions showed before. */
static void
learn_staff(json_object *s)
{
	struct sdc_session_keys k;
	char buf[512];

	sdc_session_keys(s, &k);
	if (k.host == NULL || !sdc_staff_add(staff, k.host, 0))
		return;
	snprintf(buf, sizeof(buf), "staff:%s", k.host);
	sdc_hist_add(history, buf, SDC_OWNER_MANY);
}

int
sdc_linkrec_session(json_object *s)
{
	json_object *meta = sdc_json_get(s, "meta");
	const char *status;

	if (!json_object_is_type(s, json_type_object) || meta == NULL ||
	    !json_object_is_type(sdc_json_get(s, "context"), json_type_object))
		return -1;
	learn_staff(s);
	status = sdc_json_str(meta, "processing_status");
	if (status == NULL || strcmp(status, "Needs Linking") != 0 ||
	    skipped_source(sdc_json_str(meta, "source_system"))) {
		sdc_count("passed through", 1);
		return 0;
	}
	link_session(s);
	return 1;
}

static json_object *
machine_list(const struct decision *d)
{
	json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < sizeof(d->machines) / sizeof(d->machines[0]) &&
	    d->machines[i]; i++)
		json_object_array_add(a, json_object_new_string(d->machines[i]));
	return a;
}

/* --review: one line per unresolved name, with its best candidates. */
static void
write_review(void)
{
	size_t i, k;

	for (i = 0; i < memo.n; i++) {
		const struct memo *m = &memo.m[i];
		json_object *o, *top;
		size_t len;
		const char *t;

		if (m->d.reviews == 0)	/* linked: held back (link_session) */
			continue;
		o = json_object_new_object();
		top = json_object_new_array();
		json_object_object_add(o, "type", json_object_new_string(
		    m->contact ? "contact" : "customer"));
		json_object_object_add(o, "name", json_object_new_string(m->guess));
		if (m->contact)
			json_object_object_add(o, "customer_id",
			    json_object_new_int64(m->owner));
		json_object_object_add(o, "sessions",
		    json_object_new_int64(m->d.reviews));
		json_object_object_add(o, "why", json_object_new_string(m->d.why));
		for (k = 0; k < m->d.ntop; k++) {
			json_object *c = json_object_new_object();
			struct pool *p = m->contact ? contact_pool(&customers.c[
			    pool_find_id(&customers, m->owner)]) : &customers;
			long idx = pool_find_id(p, m->d.top_id[k]);

			json_object_object_add(c, "id",
			    json_object_new_int64(m->d.top_id[k]));
			json_object_object_add(c, "name", json_object_new_string(
			    idx >= 0 ? p->c[idx].name : ""));
			json_object_object_add(c, "score",
			    json_object_new_int(m->d.top_score[k]));
			json_object_object_add(c, "confidence",
			    json_object_new_int(m->d.top_conf[k]));
			json_object_array_add(top, c);
		}
		json_object_object_add(o, "candidates", top);
		json_object_object_add(o, "machines", machine_list(&m->d));
		t = sdc_json_text(o, &len);
		fwrite(t, 1, len, review_fp);
		fputc('\n', review_fp);
		json_object_put(o);
	}
	if (fclose(review_fp) != 0)
		sdc_err(SDC_EXIT_FATAL, "review file");
}

/* Drop words from the config (link.drop_words), else the defaults. */
static struct sdc_names *
names_from_config(void)
{
	json_object *a = sdc_config_get("link.drop_words");
	const char **w;
	size_t i, n;
	struct sdc_names *nm;

	if (a == NULL || !json_object_is_type(a, json_type_array))
		return sdc_names_new(NULL, 0);
	n = json_object_array_length(a);
	w = sdc_xcalloc(n + 1, sizeof(*w));
	for (i = 0; i < n; i++)
		w[i] = json_object_get_string(json_object_array_get_idx(a, i));
	nm = sdc_names_new(w, n);
	free(w);
	return nm;
}

/* The MSP's own people the config names (link.staff: its technicians,
 * its own company name), to know them before any session shows them. */
static struct sdc_staff *
staff_from_config(void)
{
	struct sdc_staff *st = sdc_staff_new(names);
	json_object *a = sdc_config_get("link.staff");
	size_t i, n;
	const char *t;

	n = a && json_object_is_type(a, json_type_array) ?
	    json_object_array_length(a) : 0;
	for (i = 0; i < n; i++)
		if ((t = json_object_get_string(json_object_array_get_idx(a,
		    i))) != NULL && *t)
			sdc_staff_add(st, t, 1);
	return st;
}

/* Confidences in percent from the options, else the config. */
static void
thresholds(const char *th, const char *mg)
{
	link_th = (th ? sdc_long_arg("--threshold", th, 0, 100) :
	    sdc_config_long("link.threshold", 81)) / 100.0;
	link_margin = (mg ? sdc_long_arg("--margin", mg, 0, 100) :
	    sdc_config_long("link.margin", 15)) / 100.0;
	llm_th = sdc_config_long("link.llm_threshold", 65) / 100.0;
	llm_margin = sdc_config_long("link.llm_margin", 15) / 100.0;
	w_machine = sdc_config_long("link.evidence.machine", 50) / 100.0;
	w_contact = sdc_config_long("link.evidence.contact", 30) / 100.0;
	w_history = sdc_config_long("link.evidence.history", 85) / 100.0;
	w_machine_few = sdc_config_long("link.evidence.machine_shared", 40) /
	    100.0;
	w_time = sdc_config_long("link.evidence.time", 20) / 100.0;
	w_domain = sdc_config_long("link.evidence.domain", 50) / 100.0;
	w_person = sdc_config_long("link.evidence.person", 50) / 100.0;
	w_person_few = sdc_config_long("link.evidence.person_shared", 25) /
	    100.0;
	w_domain_few = sdc_config_long("link.evidence.domain_shared", 40) /
	    100.0;
	w_machine_caller = sdc_config_long("link.evidence.machine_caller",
	    30) / 100.0;
	w_machine_prefix = sdc_config_long("link.evidence.machine_prefix",
	    40) / 100.0;
	w_machine_role = sdc_config_long("link.evidence.machine_role", 30) /
	    100.0;
	w_prefix = sdc_config_long("link.evidence.prefix", 25) / 100.0;
	w_initials = sdc_config_long("link.evidence.initials", 10) / 100.0;
	w_site = sdc_config_long("link.evidence.site", 25) / 100.0;
	w_note = sdc_config_long("link.evidence.note", 25) / 100.0;
}


/* The tickets of the time evidence: the files named (each must open),
 * else the data folder's work files that exist. */
static void
load_tickets(const struct sdc_linkrec_opts *o)
{
	static const char *const def[] = { "data/work/syncro.jsonl",
	    "data/work/syncro-api.jsonl" };
	const char *const *f = o->ntickets ? o->tickets : def;
	size_t n = o->ntickets ? o->ntickets : 2, i;
	long k;

	if (o->notickets || w_time <= 0)
		return;
	tickets = sdc_tickets_new();
	for (i = 0; i < n; i++) {
		if ((k = sdc_tickets_load(tickets, f[i])) < 0 && o->ntickets)
			sdc_err(SDC_EXIT_USAGE, "%s", f[i]);
		if (k >= 0)
			sdc_note("%ld tickets from %s (time evidence +%d)", k,
			    f[i], (int)(100 * w_time + 0.5));
	}
}

void
sdc_linkrec_open(const struct sdc_linkrec_opts *o)
{
	static const char *const st[] = { "SillyTavern" };

	use_llm = !o->no_llm;
	skip = o->nskip ? o->skip : st;
	nskip = o->nskip ? o->nskip : 1;
	thresholds(o->threshold, o->margin);
	names = names_from_config();
	staff = staff_from_config();
	machines = sdc_owners_new();
	contact_names = sdc_owners_new();
	prefixes = sdc_owners_new();
	domains = sdc_owners_new();
	emails = sdc_owners_new();
	given = sdc_owners_new();
	labels = sdc_owners_new();
	towns = sdc_owners_new();
	history = sdc_hist_new();
	load_customers(o->customers);
	load_aliases(o->aliases);
	load_rules(o->rules);
	load_tickets(o);
	if (o->review && (review_fp = fopen(o->review, "w")) == NULL)
		sdc_err(SDC_EXIT_USAGE, "%s", o->review);
	memory_path = o->nomemory ? NULL : o->memory;
	if (memory_path) {
		load_memory(memory_path);
		sdc_hist_loaded(history, 1);
	}
	setup_llm();
}

void
sdc_linkrec_close(int output_ok)
{
	/* remember only what the records already written depend on */
	if (memory_path && output_ok)
		save_memory(memory_path);
	if (review_fp)
		write_review();
	if (llm_http)
		sdc_http_client_free(llm_http);
	if (llm_ready) {
		sdc_llm_log_close();
		sdc_llm_model_free(&llm);
	}
	sdc_cidx_free(cidx);	/* the pools pointed into it until now */
	cidx = NULL;
	sdc_tickets_free(tickets);
	tickets = NULL;
}

void
sdc_linkrec_forget(void)
{
	size_t i, k;

	memory_lines = 0;
	for (i = 0; i < memo.n; i++) {
		free(memo.m[i].key);
		free(memo.m[i].guess);
		for (k = 0; k < sizeof(memo.m[i].d.machines) /
		    sizeof(memo.m[i].d.machines[0]); k++)
			free(memo.m[i].d.machines[k]);
	}
	memo.n = 0;
	sdc_hmap_free(&memo.map);
	sdc_hist_free(history);
	history = sdc_hist_new();
	sdc_staff_free(staff);
	staff = staff_from_config();
}
