/* sdc-link - link sessions to Syncro customers and contacts.
 *
 * Each guessed name goes down a cascade - alias, exact, normalised, fuzzy
 * (token_set_ratio with a margin, a subset rule and an initials rule),
 * then the LLM - and is decided once per run, and through the memory file
 * once across runs.  A wrong link bills the wrong customer, so every rule
 * errs towards "Needs Review"; the evidence of each link goes into the
 * session's processing_log. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

#include "buf.h"
#include "config.h"
#include "customers.h"
#include "diag.h"
#include "fuzzy.h"
#include "hmap.h"
#include "jsonl.h"
#include "llm.h"
#include "nameindex.h"
#include "names.h"
#include "sdctime.h"
#include "session.h"
#include "state.h"

#define VIABLE 60
#define TOPN 5		/* candidates shown to the LLM and in --review */
#define RANKN 10	/* candidates ranked for the margin */

/* A customer or a contact: what a guessed name is matched against. */
struct cand {
	long long id;
	const char *name;	/* authoritative, owned by the customers doc */
	char *fold;		/* case-folded, for the exact rule */
	char *norm;		/* normalised, for the other rules */
	char *key;		/* its words sorted: the normalised rule */
	char *words;		/* normalised, drop words kept */
	char *inits;		/* the first letter of each of those */
	json_object *contacts;	/* customers only */
	struct pool *cpool;	/* their contacts, built on first use */
};

/* Candidates with their lookups. */
struct pool {
	struct cand *c;
	size_t n;
	struct sdc_hmap byfold, bynorm, byid;
	struct sdc_nidx *ix;
	char fp[17];		/* fingerprint: "no link" memories expire */
	/* candidates with a word starting x and a later one starting y,
	 * for initials: pair[26 * x + y], built on first use */
	struct idlist {
		size_t *id, n;
	} *pair;
};

struct decision {
	int linked;
	size_t idx;		/* in the pool, when linked */
	const char *rule;	/* alias exact normalised fuzzy initials llm */
	int score;
	char why[200];		/* why not linked */
	long long top_id[TOPN];
	int top_score[TOPN];
	size_t ntop;
	long sessions;
	int remembered;		/* came from the memory file */
	int transient;		/* not for the memory file: decide again */
	int ask;		/* ambiguous enough for the LLM */
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
static json_object *customers_doc, *aliases;
static const char **skip;
static size_t nskip;
static int threshold = 95, margin = 10, llm_min = 85, use_llm = 1;
static FILE *review_fp;
static struct sdc_llm_model llm;
static int llm_ready;

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-link [-hqv] [--version] [--config FILE] [--customers FILE]\n"
	    "                [--aliases FILE] [--memory FILE | --no-memory]\n"
	    "                [--review FILE] [--skip-source NAME] [--threshold N]\n"
	    "                [--margin N] [--no-llm] [--reject FILE] [FILE ...]\n");
}

static uint64_t
hstr(const char *s)
{
	return sdc_hash(s, strlen(s));
}

static char *
initials_of(const char *words)
{
	char *s = sdc_xmalloc(strlen(words) + 1), *w = s;
	const char *p;

	for (p = words; *p; p++)
		if (p == words || p[-1] == ' ')
			*w++ = *p;
	*w = '\0';
	return s;
}

static void
pool_add(struct pool *p, long long id, const char *name, json_object *contacts)
{
	struct cand *c;

	p->c = sdc_xrealloc(p->c, (p->n + 1) * sizeof(*p->c));
	c = &p->c[p->n];
	memset(c, 0, sizeof(*c));
	c->id = id;
	c->name = name;
	c->fold = sdc_name_fold(name);
	c->words = sdc_name_words(names, name);
	c->norm = sdc_name_strip(names, c->words);
	c->key = sdc_name_sortkey(c->norm);
	c->inits = initials_of(c->words);
	c->contacts = contacts;
	sdc_hmap_put(&p->byfold, hstr(c->fold), (uint32_t)p->n);
	sdc_hmap_put(&p->bynorm, hstr(c->key), (uint32_t)p->n);
	sdc_hmap_put(&p->byid, sdc_hash(&id, sizeof(id)), (uint32_t)p->n);
	p->n++;
}

/* Index and fingerprint, once every candidate is in. */
static void
pool_finish(struct pool *p)
{
	uint64_t fp = 14695981039346656037ULL;
	size_t i;

	p->ix = sdc_nidx_new();
	for (i = 0; i < p->n; i++) {
		sdc_nidx_add(p->ix, p->c[i].norm);
		fp = (fp ^ sdc_hash(&p->c[i].id, sizeof(p->c[i].id))) *
		    1099511628211ULL;
		fp = (fp ^ hstr(p->c[i].name)) * 1099511628211ULL;
	}
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

static struct pool *
contact_pool(struct cand *cust)
{
	size_t i, n;

	if (cust->cpool)
		return cust->cpool;
	cust->cpool = sdc_xcalloc(1, sizeof(*cust->cpool));
	n = cust->contacts ? json_object_array_length(cust->contacts) : 0;
	for (i = 0; i < n; i++) {
		long long id;
		const char *name;

		if (sdc_contact_get(json_object_array_get_idx(cust->contacts, i),
		    &id, &name) == 0)
			pool_add(cust->cpool, id, name, NULL);
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
	char *text = sdc_read_file(path, 1UL << 30, &len);

	if (text == NULL)
		sdc_err(SDC_EXIT_USAGE, "%s file %s", what, path);
	doc = sdc_json_parse(text, len, &why);
	free(text);
	if (doc == NULL)
		sdc_errx(SDC_EXIT_USAGE, "%s: %s", path, why);
	return doc;
}

/* The customer list (customers.h); entries without an id or a name are
 * reported and skipped. */
static void
load_customers(const char *path)
{
	struct sdc_customer c;
	json_object *list;
	size_t i;

	customers_doc = load_json(path, "customers");
	if ((list = sdc_customers_list(customers_doc)) == NULL)
		sdc_errx(SDC_EXIT_USAGE, "%s: not a list of customers", path);
	for (i = 0; i < json_object_array_length(list); i++) {
		if (sdc_customer_get(list, i, &c) < 0) {
			sdc_warn_at(path, 0, "customer %zu: no id or "
			    "business_name; ignored", i);
			continue;
		}
		pool_add(&customers, c.id, c.name, c.contacts);
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

static const char *const rules[] = {
	"alias", "exact", "normalised", "fuzzy", "initials", "llm", NULL
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

/* One remembered decision; stale or malformed lines are dropped (the
 * file is a cache: forgetting only costs work). */
static void
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

	if (guess == NULL || cust < 0)
		return;
	if (contact)
		p = contact_pool(&customers.c[cust]);
	if (idv && !json_object_is_type(idv, json_type_null)) {
		if ((idx = pool_find_id(p, json_object_get_int64(idv))) < 0 ||
		    known_rule(sdc_json_str(o, "rule")) == NULL)
			return;
	} else if (fp == NULL || strcmp(fp, p->fp) != 0)
		return;		/* "no link" against another list */
	memo_key(&key, contact, owner, guess);
	if (memo_get(key.p) == NULL) {
		m = memo_new(key.p, contact, owner, guess);
		m->d.remembered = 1;
		m->d.linked = idx >= 0;
		m->d.idx = idx >= 0 ? (size_t)idx : 0;
		m->d.rule = known_rule(sdc_json_str(o, "rule"));
		m->d.score = sv ? json_object_get_int(sv) : 0;
		snprintf(m->d.why, sizeof(m->d.why), "%s",
		    sdc_json_str(o, "why") ? sdc_json_str(o, "why") : "remembered");
		memcpy(m->fp, p->fp, sizeof(m->fp));
	}
	sdc_buf_free(&key);
}

static void
load_memory(const char *path)
{
	struct sdc_lines *l = sdc_lines_open_path(path, 1 << 20);
	char *line;
	size_t len;
	int r;

	if (l == NULL) {
		if (errno != ENOENT)
			sdc_warn("%s", path);
		return;
	}
	while ((r = sdc_lines_next(l, &line, &len)) != 0) {
		const char *why;
		json_object *o = r > 0 ? sdc_json_parse(line, len, &why) : NULL;

		if (o && json_object_is_type(o, json_type_object))
			memory_line(o);
		json_object_put(o);
	}
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
	if (!d->linked) {
		json_object_object_add(o, "why", json_object_new_string(d->why));
		json_object_object_add(o, "fingerprint",
		    json_object_new_string(m->fp));
	}
	return o;
}

/* Rewrite the memory file atomically: temporary file, fsync, rename. */
static void
save_memory(const char *path)
{
	struct sdc_buf tmp = SDC_BUF_INIT;
	FILE *fp;
	size_t i, len;
	int bad = 0;

	sdc_buf_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
	if ((fp = fopen(tmp.p, "w")) == NULL) {
		sdc_warn("%s", tmp.p);
		sdc_buf_free(&tmp);
		return;
	}
	for (i = 0; i < memo.n; i++) {
		json_object *o;

		if (memo.m[i].d.transient)
			continue;
		o = memo_json(&memo.m[i]);
		const char *t = sdc_json_text(o, &len);

		fwrite(t, 1, len, fp);
		fputc('\n', fp);
		json_object_put(o);
	}
	bad = fflush(fp) != 0 || fsync(fileno(fp)) != 0;
	bad |= fclose(fp) != 0;
	if (bad || rename(tmp.p, path) != 0) {
		sdc_warn("%s", path);
		unlink(tmp.p);
	}
	sdc_buf_free(&tmp);
}

/* Do the token sets of a and b differ only by drop words?  If one holds
 * distinctive words the other lacks, token_set_ratio's 100 for a subset
 * says nothing ("Acme" vs "Acme Dental"). */
static int
distinctive_extra(const struct sdc_fuzz_set *a, const struct sdc_fuzz_set *b)
{
	const struct sdc_fuzz_set *s[2] = { a, b };
	size_t i, j, k;
	int w;

	for (w = 0; w < 2; w++)
		for (i = 0; i < s[w]->ntok; i++) {
			const struct sdc_fuzz_set *o = s[!w];
			size_t len = s[w]->off[i + 1] - s[w]->off[i];
			char tok[256];
			size_t tl = 0;
			int found = 0;

			for (j = 0; j < o->ntok && !found; j++)
				found = o->off[j + 1] - o->off[j] == len &&
				    memcmp(o->cp + o->off[j], s[w]->cp +
				    s[w]->off[i], len * 4) == 0;
			if (found)
				continue;
			for (k = 0; k < len && tl + 5 < sizeof(tok); k++)
				tl += (size_t)utf8proc_encode_char((utf8proc_int32_t)
				    s[w]->cp[s[w]->off[i] + k],
				    (utf8proc_uint8_t *)tok + tl);
			tok[tl] = '\0';
			if (!sdc_name_is_drop_typo(names, tok))
				return 1;
		}
	return 0;
}

/* 1 when a's token set is strictly inside b's, 2 when b's is inside a's. */
static int
nested(const struct sdc_fuzz_set *a, const struct sdc_fuzz_set *b)
{
	size_t i = 0, j = 0, common = 0;

	while (i < a->ntok && j < b->ntok) {
		size_t la = a->off[i + 1] - a->off[i], lb = b->off[j + 1] - b->off[j];
		size_t k, n = la < lb ? la : lb;
		int c = 0;

		for (k = 0; k < n && c == 0; k++)
			if (a->cp[a->off[i] + k] != b->cp[b->off[j] + k])
				c = a->cp[a->off[i] + k] < b->cp[b->off[j] + k] ? -1 : 1;
		if (c == 0)
			c = la < lb ? -1 : la > lb;
		if (c == 0)
			common++, i++, j++;
		else if (c < 0)
			i++;
		else
			j++;
	}
	if (common == 0 || (common == a->ntok) == (common == b->ntok))
		return 0;
	return common == a->ntok ? 1 : 2;
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

/* A word of the name that may be initials: 2-6 letters that are no word
 * of any candidate ("hg", "wp"; not "elm").  Its index, or -1. */
static long
initials_word(const struct pool *p, const struct sdc_fuzz_set *q)
{
	size_t i, k;

	for (i = 0; i < q->ntok; i++) {
		size_t n = q->off[i + 1] - q->off[i];

		for (k = 0; k < n && q->cp[q->off[i] + k] >= 'a' &&
		    q->cp[q->off[i] + k] <= 'z'; k++)
			;
		if (k == n && n >= 2 && n <= 6 &&
		    !sdc_nidx_has_token(p->ix, q->cp + q->off[i], n))
			return (long)i;
	}
	return -1;
}

/* How the initials read over every viable candidate: the one candidate
 * they spell strictly (win, when nstrict is 1), and how many even loosely
 * share them, drop words counted ("TP" may be "The Precision"). */
struct initials {
	size_t nstrict, nloose, win, loose;
};

static void
pair_index(struct pool *p)
{
	size_t i, a, b;
	unsigned char seen[26 * 26];

	p->pair = sdc_xcalloc(26 * 26, sizeof(*p->pair));
	for (i = 0; i < p->n; i++) {
		const char *s = p->c[i].inits;

		memset(seen, 0, sizeof(seen));
		for (a = 0; s[a]; a++)
			for (b = a + 1; s[b]; b++) {
				struct idlist *l;
				size_t k;

				if (s[a] < 'a' || s[a] > 'z' || s[b] < 'a' ||
				    s[b] > 'z' || seen[k = 26 * (size_t)(s[a] - 'a') +
				    (size_t)(s[b] - 'a')]++)
					continue;
				l = &p->pair[k];
				l->id = sdc_xrealloc(l->id, (l->n + 1) *
				    sizeof(*l->id));
				l->id[l->n++] = i;
			}
	}
}

/* No candidate has word w, so any that the initials fit has w's letters
 * in order among its word initials: in particular a word starting with
 * its first letter and a later one with its second, which the pair
 * index lists. */
static void
initials(struct pool *p, const char *norm, const struct sdc_fuzz_set *q,
    long w, struct initials *in)
{
	char abbr[8];
	size_t j, k, n = q->off[w + 1] - q->off[w];
	const struct idlist *list;

	for (k = 0; k < n; k++)
		abbr[k] = (char)q->cp[q->off[w] + k];
	abbr[n] = '\0';
	memset(in, 0, sizeof(*in));
	if (p->pair == NULL)
		pair_index(p);
	list = &p->pair[26 * (abbr[0] - 'a') + (abbr[1] - 'a')];
	for (j = 0; j < list->n; j++) {
		const char *t = abbr, *s;
		size_t i = list->id[j];
		const char *cn = p->c[i].norm;

		for (s = p->c[i].inits; *t && *s; s++)
			t += *s == *t;
		if (*t || sdc_fuzz_set_ratio(q, sdc_nidx_set(p->ix, i)) < VIABLE)
			continue;
		if (sdc_name_initials_match(norm, cn) && in->nstrict++ == 0)
			in->win = i;
		if ((sdc_name_initials_share(norm, cn) ||
		    sdc_name_initials_share(norm, p->c[i].words)) &&
		    in->nloose++ == 0)
			in->loose = i;
	}
}

/* A viable candidate as the rules see it.  A candidate whose words hold
 * all of the name's, or the reverse, scores 100 whatever the other words
 * are ("Acme" vs "Acme Dental"); when those other words are distinctive
 * it ranks by the plain ratio instead and may never link.  So does one
 * that only repeats a word ("Thomas" vs "Thomas Thomas"). */
struct ranked {
	size_t id;
	int raw, eff;
	int nest;		/* 1: the name's words are inside, 2: around */
};

static int
rankcmp(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->eff != y->eff)
		return x->eff > y->eff ? -1 : 1;
	if (x->raw != y->raw)
		return x->raw > y->raw ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static size_t
rank(struct pool *p, const struct sdc_fuzz_set *q, const char *key,
    struct ranked *r, int *floor)
{
	const struct sdc_nidx_hit *h;
	size_t n = sdc_nidx_query(p->ix, q, VIABLE, RANKN, 0, &h), i;

	for (i = 0; i < n; i++) {
		const struct sdc_fuzz_set *c = sdc_nidx_set(p->ix, h[i].id);

		r[i].id = h[i].id;
		r[i].raw = r[i].eff = h[i].score;
		r[i].nest = nested(q, c);
		if (r[i].nest && distinctive_extra(q, c))
			r[i].eff = sdc_fuzz_set_ratio_plain(q, c);
		else if ((r[i].nest = 0, h[i].score == 100) &&
		    strcmp(key, p->c[h[i].id].key) != 0)
			r[i].eff = sdc_fuzz_ratio(key, p->c[h[i].id].key);
	}
	qsort(r, n, sizeof(*r), rankcmp);
	/* names beyond the first RANKN score at most the last one's raw */
	*floor = n == RANKN ? h[n - 1].score : 0;
	return n;
}

/* 1, with the reason in d->why, when the best may not link by its score. */
static int
fuzzy_blocked(const struct pool *p, const struct ranked *r, size_t n,
    int second, struct decision *d)
{
	size_t best = r[0].id;

	if (same_name(p, best) > 1)
		snprintf(d->why, sizeof(d->why), "%zu candidates named \"%s\"",
		    same_name(p, best), p->c[best].name);
	else if (r[0].nest)
		snprintf(d->why, sizeof(d->why), "\"%s\" only shares a subset "
		    "of the words", p->c[best].name);
	else if (r[0].eff < threshold)
		snprintf(d->why, sizeof(d->why), "best \"%s\" scores %d < %d",
		    p->c[best].name, r[0].eff, threshold);
	else if (n > 1 && r[0].eff - second <= margin)
		snprintf(d->why, sizeof(d->why), "\"%s\" %d leads the next by "
		    "<= %d", p->c[best].name, r[0].eff, margin);
	else
		return 0;
	return 1;
}

/* The fuzzy, subset and initials rules over the viable candidates. */
static void
fuzzy(struct pool *p, const char *norm, const char *key, struct decision *d)
{
	struct sdc_fuzz_set q;
	struct ranked r[RANKN];
	struct initials in = { 0, 0, 0, 0 };
	size_t n, i, around = 0;
	int second, floor;
	long abbrev;

	sdc_fuzz_set_init(&q, norm);
	n = rank(p, &q, key, r, &floor);
	for (i = 0; i < n && d->ntop < TOPN; i++) {
		d->top_id[d->ntop] = p->c[r[i].id].id;
		d->top_score[d->ntop++] = r[i].eff;
	}
	if (n == 0) {
		snprintf(d->why, sizeof(d->why), "no candidate scores %d",
		    VIABLE);
		sdc_fuzz_set_free(&q);
		return;
	}
	second = n > 1 ? r[1].eff : 0;
	second = second > floor ? second : floor;
	for (i = 0; i < n; i++)
		around += r[i].nest == 1;
	if ((abbrev = initials_word(p, &q)) >= 0)
		initials(p, norm, &q, abbrev, &in);
	/* "EM Bakery" is near "Elm Bakery", but may be Eastern Media's */
	if (!fuzzy_blocked(p, r, n, second, d)) {
		if (abbrev >= 0 && in.nloose > 0 && (in.nloose > 1 ||
		    in.loose != r[0].id))
			snprintf(d->why, sizeof(d->why), "the initials also "
			    "fit \"%s\"", p->c[in.loose].name);
		else
			link_to(d, r[0].id, "fuzzy", r[0].eff);
	}
	if (!d->linked && in.nstrict == 1 && in.nloose == 1 &&
	    same_name(p, in.win) == 1)
		link_to(d, in.win, "initials", sdc_fuzz_set_ratio(&q,
		    sdc_nidx_set(p->ix, in.win)));
	/* Worth an LLM call only with a plausible candidate that is not one
	 * of several holding all of the name's words ("Pinnacle"). */
	d->ask = !d->linked && r[0].eff >= llm_min && around < 2;
	sdc_fuzz_set_free(&q);
}

/* Python's json.dumps(list, indent=2): the original's prompt shows the
 * candidates that way, ASCII-escaped. */
static void
py_json_list(struct sdc_buf *b, const char *const *v, size_t n)
{
	size_t i;

	sdc_buf_adds(b, "[");
	for (i = 0; i < n; i++) {
		const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)v[i];
		utf8proc_int32_t c;
		utf8proc_ssize_t k;

		sdc_buf_adds(b, i ? ",\n  \"" : "\n  \"");
		for (; *p; p += k > 0 ? k : 1) {
			k = utf8proc_iterate(p, -1, &c);
			if (k < 0)
				c = 0xFFFD;
			if (c == '"' || c == '\\')
				sdc_buf_printf(b, "\\%c", (char)c);
			else if (c == '\n')
				sdc_buf_adds(b, "\\n");
			else if (c < 0x20 || (c > 0x7F && c < 0x10000))
				sdc_buf_printf(b, "\\u%04x", (unsigned)c);
			else if (c >= 0x10000)
				sdc_buf_printf(b, "\\u%04x\\u%04x",
				    (unsigned)(0xD800 + ((c - 0x10000) >> 10)),
				    (unsigned)(0xDC00 + ((c - 0x10000) & 0x3FF)));
			else
				sdc_buf_addc(b, (char)c);
		}
		sdc_buf_addc(b, '"');
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
ask_llm(const struct pool *p, const char *guess, int contact,
    struct decision *d)
{
	const char *cn[TOPN];
	struct sdc_buf sys = SDC_BUF_INIT, user = SDC_BUF_INIT;
	struct sdc_llm_result r;
	size_t k, n = 0;
	long win;

	for (k = 0; k < d->ntop; k++)
		cn[n++] = p->c[pool_find_id(p, d->top_id[k])].name;
	sdc_buf_printf(&sys, "Identify the single best match from a list of "
	    "%s names. Respond with only the name of the winner, exactly as "
	    "it appears in the list provided.", contact ? "contact" : "company");
	sdc_buf_adds(&user, "From the following list of names:\n");
	py_json_list(&user, cn, n);
	sdc_buf_printf(&user, "\n\nWhich one is the most likely match for the "
	    "name: \"%s\"?", guess);
	sdc_count("llm calls", 1);
	if (sdc_llm_ask(&llm, &(struct sdc_llm_request){ sys.p, user.p, 64, 0 },
	    "link", NULL, &r) != SDC_LLM_OK) {
		sdc_warnx("LLM for \"%s\": %s", guess, r.errmsg ? r.errmsg : "failed");
		d->transient = 1;
		if (r.err == SDC_LLM_QUOTA)
			llm_ready = 0;	/* no point asking again this run */
	} else if ((win = llm_winner(p, d, r.text)) >= 0) {
		for (k = 0; k < d->ntop && d->top_id[k] != p->c[win].id; k++)
			;
		link_to(d, (size_t)win, "llm", d->top_score[k]);
	} else
		snprintf(d->why, sizeof(d->why), "LLM answer \"%.80s\" is no "
		    "candidate", r.text);
	sdc_llm_result_free(&r);
	sdc_buf_free(&sys);
	sdc_buf_free(&user);
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
	/* the shared call log keeps the cost trail of every call */
	if (sdc_config_path("llm.log_file"))
		sdc_llm_log_open(sdc_config_path("llm.log_file"));
}

/* The cascade for one guessed name over a pool (customers, or one
 * customer's contacts). */
static void
decide(struct pool *p, const char *guess, int contact, struct decision *d)
{
	char *f = sdc_name_fold(guess), *norm = sdc_name_normalise(names, guess);
	char *key = sdc_name_sortkey(norm);
	json_object *alias = contact || !aliases ? NULL :
	    sdc_json_get(aliases, norm);
	size_t first = 0, n;
	long idx;

	if (alias && (idx = pool_find_id(p, json_object_get_int64(alias))) < 0) {
		sdc_warnx("alias \"%s\": customer %s is not in the customer "
		    "list; ignored", guess, json_object_get_string(alias));
		alias = NULL;
	}
	if (alias)
		link_to(d, (size_t)idx, "alias", 100);
	else if ((n = pool_match(p, 0, f, &first)) == 1)
		link_to(d, first, "exact", 100);
	else if (n > 1)
		snprintf(d->why, sizeof(d->why), "%zu candidates named \"%s\"",
		    n, p->c[first].name);
	else if (*norm == '\0')
		snprintf(d->why, sizeof(d->why), "nothing to match in the name");
	else if (pool_match(p, 1, key, &first) == 1)
		link_to(d, first, "normalised", 100);
	else
		fuzzy(p, norm, key, d);
	if (d->ask && llm_ready)
		ask_llm(p, guess, contact, d);
	else if (d->ask)
		d->transient = 1;	/* a run with an LLM may settle it */
	free(f);
	free(norm);
	free(key);
}

static void
audit(const char *what, const char *guess, const struct pool *p,
    const struct decision *d)
{
	if (d->linked)
		sdc_note("%s \"%s\": rule=%s score=%d -> %lld \"%s\"%s", what,
		    guess, d->rule, d->score, p->c[d->idx].id, p->c[d->idx].name,
		    d->remembered ? " (remembered)" : "");
	else
		sdc_note("%s \"%s\": no link: %s%s", what, guess, d->why,
		    d->remembered ? " (remembered)" : "");
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
		memcpy(m->fp, p->fp, sizeof(m->fp));
		audit(contact ? "contact" : "customer", guess, p, &m->d);
		sdc_count(m->d.linked ? "names linked" : "names unresolved", 1);
	} else if (m->d.remembered && m->d.sessions == 0)
		audit(contact ? "contact" : "customer", guess, p, &m->d);
	sdc_buf_free(&key);
	m->d.sessions++;
	return &m->d;
}

static void
log_evidence(json_object *s, const char *what, const char *guess,
    const struct decision *d)
{
	struct sdc_buf b = SDC_BUF_INIT;
	json_object *q = json_object_new_string(guess);

	if (d->linked)
		sdc_buf_printf(&b, "%s %s rule=%s score=%d guessed=%s",
		    sdc_tool_stamp(), what, d->rule, d->score,
		    json_object_to_json_string_ext(q, JSON_C_TO_STRING_NOSLASHESCAPE));
	else
		sdc_buf_printf(&b, "%s %s unresolved guessed=%s",
		    sdc_tool_stamp(), what,
		    json_object_to_json_string_ext(q, JSON_C_TO_STRING_NOSLASHESCAPE));
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

static void
link_session(json_object *s)
{
	json_object *ctx = sdc_json_get(s, "context");
	const char *guess = sdc_json_str(ctx, "customer_name");
	struct decision *d;
	long idx;

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
	if (guess == NULL || *guess == '\0') {
		sdc_session_set_str(s, "meta", "processing_status", "Needs Review");
		touch(s);
		sdc_count("needs review", 1);
		return;
	}
	d = resolve(&customers, guess, 0, 0);
	log_evidence(s, "customer", guess, d);
	touch(s);
	if (!d->linked) {
		sdc_session_set_str(s, "meta", "processing_status", "Needs Review");
		sdc_count("needs review", 1);
		return;
	}
	sdc_session_set(s, "context", "customer_id",
	    json_object_new_int64(customers.c[d->idx].id));
	sdc_session_set_str(s, "context", "customer_name",
	    customers.c[d->idx].name);
	sdc_session_set_str(s, "meta", "processing_status", "Linked");
	sdc_count("linked", 1);
	link_contact(s, ctx, &customers.c[d->idx]);
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

static void
filter(const char *path)
{
	struct sdc_records *r = sdc_records_open(path, SDC_MAX_LINE_DEFAULT);
	json_object *s;
	int rc;

	if (r == NULL)
		sdc_err(SDC_EXIT_FATAL, "%s", path);
	while ((rc = sdc_records_next(r, &s)) != 0) {
		json_object *meta;
		const char *status;

		if (rc < 0)
			continue;
		meta = sdc_json_get(s, "meta");
		if (!json_object_is_type(s, json_type_object) || meta == NULL ||
		    !json_object_is_type(sdc_json_get(s, "context"),
		    json_type_object)) {
			size_t len;
			const char *t = sdc_json_text(s, &len);

			sdc_reject(sdc_records_name(r), sdc_records_lineno(r),
			    "not a session (no meta or context object)");
			sdc_reject_write(t, len);
			json_object_put(s);
			continue;
		}
		status = sdc_json_str(meta, "processing_status");
		if (status == NULL || strcmp(status, "Needs Linking") != 0 ||
		    skipped_source(sdc_json_str(meta, "source_system")))
			sdc_count("passed through", 1);
		else
			link_session(s);
		sdc_write_record(s);
		json_object_put(s);
	}
	sdc_records_close(r);
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

		if (m->d.linked || m->d.sessions == 0)
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
		    json_object_new_int64(m->d.sessions));
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
			json_object_array_add(top, c);
		}
		json_object_object_add(o, "candidates", top);
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

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		SDC_COMMON_OPTIONS,
		{ "config", required_argument, NULL, 'c' },
		{ "customers", required_argument, NULL, 'C' },
		{ "aliases", required_argument, NULL, 'a' },
		{ "memory", required_argument, NULL, 'm' },
		{ "no-memory", no_argument, NULL, 'M' },
		{ "review", required_argument, NULL, 'R' },
		{ "skip-source", required_argument, NULL, 's' },
		{ "threshold", required_argument, NULL, 't' },
		{ "margin", required_argument, NULL, 'g' },
		{ "no-llm", no_argument, NULL, 'L' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *cust = NULL, *alias = NULL;
	const char *memory = NULL, *review = NULL, *th = NULL, *mg = NULL;
	int ch, nomemory = 0;

	sdc_init(argv[0]);
	skip = sdc_xcalloc((size_t)argc + 1, sizeof(*skip));
	while ((ch = getopt_long(argc, argv, "hqv", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			usage(stdout);
			return 0;
		case 'c':
			config = optarg;
			break;
		case 'C':
			cust = optarg;
			break;
		case 'a':
			alias = optarg;
			break;
		case 'm':
			memory = optarg;
			break;
		case 'M':
			nomemory = 1;
			break;
		case 'R':
			review = optarg;
			break;
		case 's':
			skip[nskip++] = optarg;
			break;
		case 't':
			th = optarg;
			break;
		case 'g':
			mg = optarg;
			break;
		case 'L':
			use_llm = 0;
			break;
		default:
			if (sdc_common_option(ch, optarg))
				break;
			usage(stderr);
			return SDC_EXIT_USAGE;
		}
	}
	sdc_config_load(config);
	threshold = th ? (int)sdc_long_arg("--threshold", th, 0, 100) :
	    (int)sdc_config_long("link.threshold", 95);
	margin = mg ? (int)sdc_long_arg("--margin", mg, 0, 100) : (int)sdc_config_long("link.margin", 10);
	llm_min = (int)sdc_config_long("link.llm_min_score", 85);
	if (nskip == 0)
		skip[nskip++] = "SillyTavern";
	if (cust == NULL)
		cust = sdc_config_path("link.customers");
	if (cust == NULL)
		cust = sdc_default_path("data/cache/customers.json");
	if (memory == NULL)
		memory = sdc_config_path("link.memory");
	if (memory == NULL)
		memory = sdc_default_path("data/state/link-decisions.jsonl");
	names = names_from_config();
	load_customers(cust);
	load_aliases(alias);
	if (review && (review_fp = fopen(review, "w")) == NULL)
		sdc_err(SDC_EXIT_USAGE, "%s", review);
	if (!nomemory) {
		/* concurrent runs take turns; the lock is held until exit */
		(void)sdc_state_lock(memory);
		load_memory(memory);
	}
	setup_llm();
	if (optind == argc)
		filter("-");
	for (; optind < argc; optind++)
		filter(argv[optind]);
	/* remember only what the records already written depend on */
	if (!nomemory && fflush(stdout) == 0)
		save_memory(memory);
	if (review_fp)
		write_review();
	if (llm_ready) {
		sdc_llm_log_close();
		sdc_llm_model_free(&llm);
	}
	sdc_summary();
	sdc_close_stdout();
	json_object_put(customers_doc);	/* the pools pointed into it until now */
	return sdc_exit_status();
}
