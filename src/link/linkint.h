/* linkint - the parts of sdc-link's record path (linkrec.c) and what
 * they share: the candidates (struct pool), the decision of one name, the
 * memory of decisions, the evidence's owners and weights, and each part's
 * entry points.  Internal to src/link/: programs use linkrec.h.
 *
 *	linkrec.c	the cascade for a name (decide) and the record path
 *	pool.c		candidates, their lookups and the legal forms learnt
 *	memory.c	customers, aliases, rules and the memory file
 *	byname.c	the weighted name evidence and its readings
 *	sites.c		sites, branches, towns and notes after a name
 *	number.c	a numbered name in its town
 *	registry.c	a name by its registry number (numbered companies,
 *			condominiums, strata plans, legion branches)
 *	namesake.c	qualifiers, namesakes and other businesses' words
 *	layout.c	names typed on another layout or romanisation
 *	askllm.c	the LLM's narrow band
 *	partners.c	a firm typed by its first partners or initials
 *	beyond.c	evidence beyond the name: machines, contacts,
 *			history, time */
#ifndef SDC_LINKINT_H
#define SDC_LINKINT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <json-c/json.h>

#include "buf.h"
#include "hmap.h"
#include "llm.h"
#include "nameev.h"

struct sdc_cidx;
struct ko_key;
struct jp_read;
struct jp_head;
struct sdc_http_client;
struct sdc_cidx_cust;
struct sdc_hist;
struct sdc_names;
struct sdc_owners;
struct sdc_person;
struct sdc_rule;
struct sdc_staff;
struct sdc_tickets;

#define FLOOR 0.5	/* the lowest confidence worth showing a person */
#define TOPN 5		/* candidates shown to the LLM and in --review */
#define RANKN TOPN	/* candidates ranked for the margin */

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
	long half;		/* the half of a name in two scripts that is
				 * not Latin (add_half): its id in the name
				 * evidence, or -1 */
	char *hkey;		/* ... its words sorted, or NULL */
	char *bkey;		/* ... of its name before a bracket ending
				 * it, "Nhà thuốc Kim Long (Kim Long
				 * Pharmacy)" (add_base), or NULL */
	struct pool *cpool;	/* their contacts, built on first use */
};

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
	size_t n, cap;
	struct sdc_hmap byfold, bynorm, byid, bytrade;
	struct sdc_hmap bybase;	/* names with a bracket by bkey */
	struct sdc_hmap bytranslit;	/* the words below by their keys in
					 * each romanisation (names.c) */
	char **vocab;		/* customers' words, each once, made when
				 * first asked (translit_index) */
	char **vkeys;		/* ... their keys, SDC_NAME_TRANSLITS each */
	size_t nvocab;
	struct sdc_hmap byzh;	/* names by zkeys, made when first asked */
	const char **zkeys;	/* each name's Mandarin key (zh_index) */
	int carons;		/* one name in 100 or more writes a caron
				 * (translit_index; names.c) */
	int arabic;		/* ... writes Arabic script (translit_index):
				 * the article joined is read (layout.c) */
	int korean;		/* 0 not yet asked; 1 when one name in 500
				 * or more writes Hangul (korean.c), -1
				 * when not */
	struct sdc_hmap byko;	/* names by their Korean keys' coarse
				 * letters, made when first asked */
	struct ko_key *kokeys;	/* ... each name's, coarse NULL for none */
	struct sdc_hmap byslip;	/* Hangul names by each syllable left out
				 * (bykorean.c) */
	int japanese;		/* 0 not yet asked; 1 when one name in 500
				 * or more writes kana (byjapanese.c), -1
				 * when not */
	struct sdc_hmap byjp;	/* the heads of the names' Japanese
				 * readings, each once: its jpheads row */
	struct jp_head *jpheads;	/* ... the names of each */
	size_t njpheads;
	struct jp_read *jpreads;	/* each name's reading */
	int jpcidx;		/* ... or the readings and heads are the
				 * customer index's (custidx.c) */
	int belarusian;		/* one name in 500 or more is Belarusian
				 * (translit_index; names.c) */
	int greek;		/* one name in 100 or more writes Greek
				 * (translit_index; names.c) */
	struct sdc_hmap bystem;	/* names less a legal form learnt (below) */
	struct sdc_hmap forms;	/* the forms: a name that ends with one */
	struct sdc_hmap written;	/* ... those written as forms are
					 * (learn_forms) */
	struct sdc_hmap byend;	/* the endings below by their words */
	struct ending_count *ends;	/* last 1-3 words of names, counted
					 * (form_head) */
	size_t nends;
	struct sdc_nev *ev;	/* the weighted name evidence */
	size_t *alias_of;	/* its ids from n on: trading names, whose */
	size_t nalias, calias;	/* ... candidates */
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
	unsigned char head;	/* the name read is the head of the one
				 * typed, a site, state or town after it
				 * cut off (sites.c) */
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

struct memo_table {
	struct memo *m;
	size_t n, cap;
	struct sdc_hmap map;
};
extern struct memo_table memo;

extern struct pool customers;
extern struct sdc_names *names;
extern json_object *aliases;
extern struct sdc_cidx *cidx;	/* the customer list, normalised */
extern int use_llm;
/* confidences (0..1): link at link_th with link_margin over the runner-up;
 * ask the LLM from llm_th when the margin is below llm_margin */
extern double link_th, link_margin, llm_th, llm_margin;
/* Evidence beyond the name: machines (Syncro assets), contact names and
 * e-mail domains, each to the one customer holding it; the history of
 * earlier links ("machine:NAME", "session:ID", "chat:ID"), learnt. */
extern struct sdc_owners *machines, *contact_names, *domains;
/* contact_names' names without their marks (contact_owner) */
extern struct sdc_owners *contact_plain;
/* The site prefixes of customers' machine names ("AAPW" of "AAPW-PC02"). */
extern struct sdc_owners *prefixes;
/* Contacts' e-mail addresses, and their first names: a machine named as
 * a person is called ("Jake", the caller's name typed for the machine)
 * is no machine of one customer. */
extern struct sdc_owners *emails, *given;
/* Every word of a contact's name ("Ahmed Al Mansouri": ahmed, al,
 * mansouri; as sdc_person_word folds it): a word typed beside a person
 * that some contact is called reads as the rest of a person's name as
 * well, and a reading whose person no contact is called finds no one. */
extern struct sdc_owners *named;
/* The first label of contacts' e-mail domains ("kellermanpatel" of
 * kellermanpatel.com): a domain typed without its ending. */
extern struct sdc_owners *labels;
/* The towns the customers are in (the cache's "city", in words). */
extern struct sdc_owners *towns;
/* The parts of town the customers are in (the cache's "address_2", in
 * words: "Navrangpura", "Model Town", "Maharajgunj"). */
extern struct sdc_owners *districts;
extern struct sdc_hist *history;
extern struct sdc_owners *ruled;	/* machines a person linked */
/* The MSP's own people: link.staff, and the technicians of the sessions
 * read so far (what other records teach holds a link back, never makes
 * one: a split input links no name otherwise). */
extern struct sdc_staff *staff;
extern double w_machine, w_contact, w_history;
extern double w_machine_few;	/* a machine a few customers have */
/* An address typed for the name whose domain is one customer's contacts'
 * e-mail domain: the business's own mail, as near-proof as its machine. */
extern double w_domain;
/* A person typed for the name ("Sue Dawes", "Deb @ Tillman"): a contact's
 * whole name under one customer only, or a contact's name that narrows
 * the customers holding the typed business words to one. */
extern double w_person;
/* ... two or three customers (a first name several of the business's
 * holders have, a domain two sites share), or one other evidence brought
 * (its machine) that has the person as a contact: each of them gets the
 * weight, so the name or other evidence must still pick one. */
extern double w_person_few, w_domain_few;
/* A machine many customers have ("CONF-ROOM", "XRAY"): when only one of
 * the name's candidates has it, and so few have it that one of them
 * would by chance seldom (role_owner), that one. */
extern double w_machine_role;
/* A machine named as a contact is called ("Jen"): the same narrowing
 * among the customers that have a contact of that first name. */
extern double w_machine_caller;
/* A machine no customer has whose site prefix is one customer's scheme
 * ("AAPW-PC09" beside its AAPW-PC01..03): a new machine of that site,
 * probably; the name must still pick it by the margin. */
extern double w_machine_prefix;
/* A machine one customer has, a contact's address or its domain, a
 * person found as above: near-proof of that customer when the name
 * agrees with it, at least half the typed words met in its name (the
 * rest a typo or a form the name evidence does not read). */
/* A reading of the name that only the best candidate gives: the start of
 * its name (a name cut short), initials only its words spell. */
extern double w_prefix, w_initials;
/* A brand and a site that one customer alone holds (site_pick). */
extern double w_site;
/* A customer's whole name with a note after it (note_pick). */
extern double w_note;
/* A candidate with a Syncro ticket open at the session's start: evidence
 * that separates candidates the name already brought, never one alone. */
extern struct sdc_tickets *tickets;
extern double w_time;
/* Sites of a group are looked for down to this confidence. */
#define SITE_FLOOR 0.3
/* Other candidates holding every typed word are looked through up to
 * this many (none more: no proof). */
#define HOLDERS_RANK 256
extern struct sdc_llm_model llm;
extern int llm_ready;
/* askllm.c: the LLM client; decide() queues its question (-j) */
extern struct sdc_http_client *llm_http;
extern int deferring;
extern size_t npending;
extern long memory_lines;	/* memory.c: lines the memory file had */
#define LEGAL_MIN 5	/* names a legal form ends at least (pool.c) */
#define FORM_SHARE 100	/* 1 name in this many ends with a form */
#define PERSON_FEW 3	/* customers a person typed may narrow to (beyond.c) */

/* pool.c */
uint64_t
hstr(const char *s);
uint64_t
translit_hash(const char *key, size_t k);
void
translit_index(struct pool *p);
size_t
zh_twins(struct pool *p, size_t idx);
void
pool_put(struct pool *p, long long id, const char *name, const char *fold,
    const char *words, const char *norm, const char *key);
size_t
cand_of(const struct pool *p, size_t id);
size_t
fold_hits(const struct pool *p, struct sdc_nev_hit *h, size_t n);
const char *
last_word(const char *norm);
int
is_form(const struct pool *p, const char *word);
int
is_written_form(const struct pool *p, const char *word);
long
with_form(const struct pool *p, size_t idx);
struct ending_count *
find_ending(const struct pool *p, const char *w, size_t len);
void
pool_finish(struct pool *p);
long
pool_find_id(const struct pool *p, long long id);
size_t
pool_match(const struct pool *p, int bynorm, const char *key, size_t *first);
size_t
norm_match(const struct pool *p, const char *key, size_t *first);
size_t
base_match(const struct pool *p, const char *key);
size_t
alias_shared(const struct pool *p, size_t idx);
struct pool *
contact_pool(struct cand *cust);
/* memory.c */
int
site_prefix(const char *m, char *out);
void
load_customers(const char *path);
void
load_aliases(const char *path);
void
load_rules(const char *path);
struct memo *
memo_get(const char *key);
struct memo *
memo_new(const char *key, int contact, long long owner, const char *guess);
void
memo_key(struct sdc_buf *b, int contact, long long owner, const char *guess);
void
load_memory(const char *path);
void
save_memory(const char *path);
/* byname.c */
void
link_to(struct decision *d, size_t idx, const char *rule, int score);
size_t
same_name(const struct pool *p, size_t idx);
int
fuzz_score(const struct pool *p, const char *norm, size_t idx);
void
keep_top(const struct pool *p, const char *norm, const struct sdc_nev_hit *h,
    size_t n, struct decision *d);
char *
read_words(const struct pool *p, const char *guess, char **glued);
int
same_order(const char *typed, const char *cand);
int
han_in_order(const struct pool *p, size_t idx, const char *han);
void
han_kept(const struct pool *p, const char *guess, struct decision *d);
void
seat_kept(const struct pool *p, const char *guess, struct decision *d);
void
by_han(struct pool *p, const char *guess, struct decision *d);
void
by_korean(struct pool *p, const char *guess, struct decision *d);
/* The customer at idx linked by a name read as its sounds (how: "korean",
 * "japanese", -v's tag), settled: no LLM. */
void
link_sounds(struct decision *d, size_t idx, const char *how);
/* A Japanese name read as sounds in a list that writes kana (romaji,
 * kana and kanji, japanese.h): the one customer it fits, linked. */
void
by_japanese(struct pool *p, const char *guess, struct decision *d);
/* link-words.json's Korean trade words given to korean.c (sdc_ko_words),
 * once: their hash, which the customer index's fingerprint holds (its
 * Korean keys are made with them). */
uint64_t ko_load_words(void);
double
score_cand(const char *words, long idx, struct sdc_nev_hit *h);
double
score_read(const char *guess, long idx, struct sdc_nev_hit *h);
void
by_evidence(struct pool *p, const char *guess, const char *norm,
    struct decision *d);
/* sites.c */
char *
site_head(const char *name);
int
like_one_of(const char *w, const char *ws);
int
forms_only(const struct pool *p, const char *w);
char *
form_head(const struct pool *p, const char *guess);
int
begins_or_ends(const char *norm, const char *w);
int
place_word(const char *w);
int
place_phrase(const char *words);
int
address_word(const char *w);
int
premises_word(const char *w);
int
has_word(const char *list, const char *word);
int
slip_of_one(const char *t, const char *ws);
int
word_begins(const char *list, const char *w);
char *
town_head(const char *guess, char **town);
char *
town_lead(const char *guess, char **town);
char *
qualifier(const char *guess, size_t idx);
int
town_like(const char *w, const char *city);
void
by_site(struct pool *p, const char *guess, const char *norm,
    struct decision *d);
void
site_of_group(struct pool *p, const char *norm, struct decision *d);
/* number.c */
void
by_number(struct pool *p, const char *guess, const char *norm,
    struct decision *d);
/* registry.c: a name by its registry number; a number this long names
 * a company (link-words.json "registry" may say otherwise) */
#define REG_DIGITS 6
void
by_registry(struct pool *p, const char *guess, const char *norm,
    struct decision *d);
/* ... linked d */
int
registry_linked(const struct decision *d);
/* ... the numbered company typed is not the customer at idx */
int
registry_other(const struct pool *p, const char *guess, size_t idx);
/* byname.c: a given name typed as its initial */
void
by_initial(struct pool *p, const char *guess, const char *norm,
    struct decision *d);
/* partners.c: a firm typed by its first partners or their initials */
void
by_partners(struct pool *p, const char *guess, const char *norm,
    struct decision *d);
/* ... linked d (its trade and its words after the partners read) */
int
partners_linked(const struct decision *d);
/* askllm.c */
void
ask_llm(const struct pool *p, const char *guess, int contact,
    struct decision *d);
void
queue_llm(struct pool *p, const char *guess, struct decision *d);
void
setup_llm(void);
/* namesake.c */
int
words_in(const char *list, const char *w, int all);
void
another_fits(struct pool *p, const char *guess, const char *norm,
    struct decision *d);
long
contact_named(const char *a, const char *b, char full[256]);
/* The one customer with a contact of that whole name, and no other with
 * one the same but for its marks: "Dragan Pavlović" is as much the
 * Dragan Pavlovic of three other customers as the one written with
 * them (the person is the same; gen-link-blind16 linked him to the
 * one).  A name none has as written stays unowned. */
long
contact_owner(const char *name);
/* Another qualifier typed after the head where the customer at idx has
 * its own (namesake.c). */
int
qualifier_other(const char *guess, const char *head, size_t idx);
const char *
city_of(size_t idx);
/* The name before a state or province typed last, and the customer at
 * idx is there (namesake.c). */
char *
region_head(const char *guess, const char **k, const char **tail);
int
region_own(size_t idx, const char *tail);
/* A word typed that is a word of the customer's words cw with the
 * Hungarian -ne (a married woman named by her husband's name): the
 * word less its suffix, a new string, or NULL (namesake.c). */
char *
wife_named(const char *guess, const char *cw);
/* A reading's link h taken for the name's d, how it was read (",desk")
 * added to its evidence (namesake.c). */
void
reading_taken(struct decision *d, const struct decision *h, const char *how);
char *
kind_foreign(const char *guess, size_t idx);
char *
kind_translated_alone(const char *guess, size_t idx);
char *
kind_translated(const char *guess, size_t idx);
const char *
kind_rival(const char *guess, const struct decision *d);
/* pool.c: w names a kind of business (link-words.json's kinds, or a
 * word the list teaches is a trade's) */
int
kind_named(const char *w);
char *
kind_contradicts(const char *guess, size_t idx);
char *
kind_after_site(const char *guess, const char *tail, size_t idx);
int
town_served(const char *w);
int
town_not_own(size_t idx, const char *w);
int
place_known(const char *w);
int
place_after(const char *w);
void
undo_reading(struct pool *p, const char *guess, struct decision *d);
void
by_name(struct pool *p, const char *guess, const char *f, const char *norm,
    const char *key, struct decision *d);
void
by_name_alone(struct pool *p, const char *name, struct decision *h);
void
by_desk(struct pool *p, const char *guess, struct decision *d);
void
by_addressed(struct pool *p, const char *guess, struct decision *d);
void
by_latin_half(struct pool *p, const char *guess, struct decision *d);
void
by_trading(struct pool *p, const char *guess, struct decision *d);
/* A trust typed by its trustee's words ("TTF Li Family Trust", "Gill
 * Investments Pty Ltd as trustee for the Gill Unit Trust"): the trust's
 * name read alone (namesake.c). */
void by_trust(struct pool *p, const char *guess, struct decision *d);
/* A name typed with its ABN or ACN cut short: the name before it, when
 * the customer's number begins with the digits typed (namesake.c). */
void by_cut_registration(struct pool *p, const char *guess,
    struct decision *d);
/* layout.c */
char *
retyped_words(const struct pool *p, const char *guess, const char *r);
void
by_layout(struct pool *p, const char *guess, struct decision *d);
long
script_twin(struct pool *p, const char *norm, size_t idx);
/* linkrec.c */
void
decided(struct memo *m, struct pool *p);
/* beyond.c */
int
alpha_word(const char *s);
int
person_machine(const char *m);
size_t
address_owners(const char *guess, long *own);
long
person_one(const struct sdc_person *p, long *few, size_t *k);
size_t
next_number(const char **s, const char **at);
int
beyond_name(json_object *s, json_object *ctx, const char *guess,
    const struct decision *d, struct decision *out);

#endif
