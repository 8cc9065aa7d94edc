/* linkrec - sdc-link's record path (linkrec.h).
 *
 * Each guessed name goes down a cascade (decide) - alias, exact,
 * normalised, the weighted name evidence (byname.c) with a confidence and
 * a margin, the readings of sites, numbers, layouts and namesakes around a
 * name (sites.c, number.c, layout.c, namesake.c), then the LLM in a
 * narrow band (askllm.c) - and is decided once per run, and through the
 * memory file (memory.c) once across runs.  Machines, contacts and
 * history add evidence when the name alone does not decide (beyond.c).
 * A wrong link bills the wrong customer, so every rule errs towards
 * "Needs Review"; the evidence of each link goes into the session's
 * processing_log.  linkint.h is what the parts share. */

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "custidx.h"
#include "diag.h"
#include "hist.h"
#include "jsonl.h"
#include "linkint.h"
#include "linkrec.h"
#include "owners.h"
#include "person.h"
#include "sdctime.h"
#include "session.h"
#include "staff.h"
#include "tickets.h"

/* The state the parts share (linkint.h says what each is). */
struct memo_table memo;
struct pool customers;
struct sdc_names *names;
json_object *aliases;
struct sdc_cidx *cidx;
int use_llm = 1;
double link_th = 0.81, link_margin = 0.15, llm_th = 0.65, llm_margin = 0.15;
struct sdc_owners *machines, *contact_names, *contact_plain, *domains;
struct sdc_owners *prefixes;
struct sdc_owners *emails, *given, *named;
struct sdc_owners *labels;
struct sdc_owners *towns;
struct sdc_owners *districts;
struct sdc_hist *history;
struct sdc_owners *ruled;
struct sdc_staff *staff;
double w_machine = 0.5, w_contact = 0.3, w_history = 0.85;
double w_machine_few = 0.4;
double w_domain = 0.5;
double w_person = 0.5;
double w_person_few = 0.25, w_domain_few = 0.4;
double w_machine_role = 0.3;
double w_machine_caller = 0.3;
double w_machine_prefix = 0.4;
double w_prefix = 0.25, w_initials = 0.10;
double w_site = 0.25;
double w_note = 0.25;
struct sdc_tickets *tickets;
double w_time = 0.2;
struct sdc_llm_model llm;
int llm_ready;

static const char *const *skip;
static size_t nskip;
static FILE *review_fp;
static const char *memory_path;	/* NULL: --no-memory */

/* A why quotes names at a byte count ("%.40s") and fills a fixed buffer,
 * either of which may cut a character: the review file and the log must
 * stay UTF-8 (sdc-review rejects a line that is not).  Drops the bytes
 * of s that are no part of a whole character, in place. */
static void
mend_utf8(char *s)
{
	char *o = s;
	size_t n;

	while (*s) {
		unsigned char c = (unsigned char)*s;

		n = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
		if (strnlen(s, n) == n && sdc_utf8_valid(s, n)) {
			memmove(o, s, n);
			o += n;
			s += n;
		} else
			s++;
	}
	*o = '\0';
}

/* A customer's name not linked read as Han, as a trading name, as a
 * trust's, without an ABN cut short, as Korean or Japanese sounds. */
static void
by_name_read(struct pool *p, const char *guess, struct decision *d)
{
	if (!d->linked)
		by_han(p, guess, d);
	if (!d->linked)
		by_trading(p, guess, d);
	if (!d->linked)
		by_trust(p, guess, d);
	if (!d->linked)
		by_cut_registration(p, guess, d);
	if (!d->linked)
		by_korean(p, guess, d);
	if (!d->linked)
		by_japanese(p, guess, d);
}

/* The cascade's readings of one guessed name over a pool (customers,
 * or one customer's contacts), short of the LLM; 1 when a person said
 * the name is no customer's. */
static int
read_name(struct pool *p, const char *guess, int contact, struct decision *d)
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
		return 1;
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
	if (d->linked && !alias && !contact) {
		han_kept(p, guess, d);	/* before the Latin half is read */
		seat_kept(p, guess, d);
	}
	if (!d->linked && !alias && !contact)
		by_desk(p, guess, d);
	if (!d->linked && !alias && !contact)
		by_addressed(p, guess, d);
	if (!d->linked && !alias && !contact)
		by_latin_half(p, guess, d);
	if (!alias && !contact)
		by_name_read(p, guess, d);
	if (!d->linked && !d->ask && !alias && !contact) {
		by_layout(p, guess, d);
		han_kept(p, guess, d);
	}
	if (d->linked && !alias && !contact)
		another_fits(p, guess, norm, d);
	if (d->linked)
		undo_reading(p, guess, d);
	free(f);
	free(norm);
	free(key);
	return 0;
}

/* The cascade for one guessed name over a pool.  A name that links no
 * one is read again without the labels of a register's number typed
 * beside it (names.c, sdc_name_unlabelled: "Pedersen VVS CVR-nr.
 * 14940863" for "Pedersen VVS ApS (14940863)"): the customer's name may
 * lack them; read as typed first, as the customer's may hold them.
 * Only the customer whose name holds the typed number is linked so. */
static void
decide(struct pool *p, const char *guess, int contact, struct decision *d)
{
	struct decision plain;
	char *un;

	if (read_name(p, guess, contact, d))
		return;
	if (!d->linked && !contact && (un = sdc_name_unlabelled(guess))) {
		memset(&plain, 0, sizeof(plain));
		/* the label left out, the number must name the customer:
		 * another's number ("NIP 4816917437" of another firm) or a
		 * numbered company's one off links no one */
		if (read_name(p, un, contact, &plain) == 0 && plain.linked &&
		    sdc_name_numbers_held(un, p->c[plain.idx].name))
			*d = plain;
		free(un);
	}
	if (d->ask)
		sdc_count("names for the LLM", 1);
	if (d->ask && llm_ready && deferring)
		queue_llm(p, guess, d);
	else if (d->ask && llm_ready)
		ask_llm(p, guess, contact, d);
	else if (d->ask)
		d->transient = 1;	/* a run with an LLM may settle it */
	mend_utf8(d->why);	/* names quoted at a byte count */
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
void
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
	mend_utf8(out->why);
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

/* --- a person's own machine --- */

/* Words that say a session was on a person's own machine, not their
 * employer's: "personal", "private" as the lists' languages write it, a
 * laptop ("Kuo Kuo-hua personal laptop" is no session of Kuo Kuo-hua
 * CPA, "Personal - Brian" none of Brian's Pizza; on the benchmarks no
 * customer's session is typed so). */
static const char *const own_marks[] = { "personal", "private", "privat",
	"privato", "privatno", "prywatny", "prive", "laptop", NULL };

/* Word w of the typed words marks a person's own machine: one of
 * own_marks, or "home" in parentheses or before "pc", "laptop" or
 * "computer" ("Hsu Yu-ting (home)", "Teng Wei-chen home PC"; not
 * "Nursing Home"); but not before a legal word ("Private Limited"). */
static int
own_mark(const char *w, const char *next, const char *guess)
{
	static const char *const legal[] = { "limited", "ltd", "company",
		"co", NULL };
	static const char *const device[] = { "pc", "laptop", "computer",
		NULL };
	size_t i;

	for (i = 0; next && legal[i]; i++)
		if (strcmp(next, legal[i]) == 0)
			return 0;
	for (i = 0; own_marks[i]; i++)
		if (strcmp(w, own_marks[i]) == 0)
			return 1;
	if (strcmp(w, "home") != 0)
		return 0;
	for (i = 0; next && device[i]; i++)
		if (strcmp(next, device[i]) == 0)
			return 1;
	return strstr(guess, "(home") != NULL || strstr(guess, "(Home") !=
	    NULL;
}

/* The typed name holds word w alone in parentheses ("Ashwin Mahlangu
 * (home)"): a note beside the name, whatever the customer's name holds. */
static int
bracketed(const char *guess, const char *w)
{
	size_t n = strlen(w);
	const char *p;

	for (p = guess; (p = strchr(p, '(')) != NULL; p++)
		if (strncasecmp(p + 1, w, n) == 0 && p[n + 1] == ')')
			return 1;
	return 0;
}

/* The typed name marks a person's own machine (own_mark) with a word the
 * name of the customer at idx does not hold (nor begins with, when the
 * name ends with that word cut short), or in parentheses: the mark, or
 * NULL. */
static const char *
own_typed(const char *guess, size_t idx)
{
	char *w = sdc_name_words(names, guess), *t, *next, *save = NULL;
	const char *cw = customers.c[idx].words, *mark = NULL;
	size_t len = strlen(guess);
	int cut = len > 0 && isalnum((unsigned char)guess[len - 1]);
	size_t i;

	for (t = strtok_r(w, " ", &save); t && !mark; t = next) {
		next = strtok_r(NULL, " ", &save);
		if (own_mark(t, next, guess) && (bracketed(guess, t) ||
		    (!has_word(cw, t) && !(next == NULL && cut &&
		    word_begins(cw, t)))))
			mark = "home";
		for (i = 0; mark && own_marks[i]; i++)
			if (strcmp(t, own_marks[i]) == 0)
				mark = own_marks[i];
	}
	free(w);
	return mark;
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

/* A link of the session's name held back when the name is one of the
 * MSP's own people's, or marks a person's own machine: the name is then
 * no evidence, the session's other evidence may still link it.  d, or
 * more. */
static struct decision *
held_for_people(json_object *s, json_object *ctx, const char *guess,
    struct decision *d, struct decision *more)
{
	const char *who;
	char why[160];

	if (!d || !d->linked || !guess || reviewed(d))
		return d;
	if ((who = staff_typed(guess, d->idx)) != NULL) {
		snprintf(why, sizeof(why), "\"%s\" is one of the MSP's own "
		    "people (a technician of the sessions, or link.staff)", who);
		return held_back(s, ctx, guess, d, more, 0, why);
	}
	if ((who = own_typed(guess, d->idx)) != NULL) {
		snprintf(why, sizeof(why), "\"%s\" marks a person's own "
		    "machine, not their employer's", who);
		return held_back(s, ctx, guess, d, more, 0, why);
	}
	return d;
}

static void
link_session(json_object *s)
{
	json_object *ctx = sdc_json_get(s, "context");
	const char *guess = sdc_json_str(ctx, "customer_name");
	struct decision *d, *named, more;
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
	d = held_for_people(s, ctx, guess, d, &more);
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
	contact_plain = sdc_owners_new();
	prefixes = sdc_owners_new();
	domains = sdc_owners_new();
	emails = sdc_owners_new();
	given = sdc_owners_new();
	named = sdc_owners_new();
	labels = sdc_owners_new();
	towns = sdc_owners_new();
	districts = sdc_owners_new();
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

