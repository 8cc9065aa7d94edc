/* memory - what sdc-link decides from: the customer list with its
 * machines, contacts and towns, the aliases, sdc-review's rules, and the
 * memory file of earlier decisions and history, read at the start and
 * saved (appended, locked only around the write) at the end. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "custidx.h"
#include "diag.h"
#include "file.h"
#include "hist.h"
#include "jscan.h"
#include "jsonl.h"
#include "linkint.h"
#include "linkrules.h"
#include "owners.h"
#include "person.h"
#include "staff.h"
#include "state.h"

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

/* Every word of a contact's name (linkint.h: named). */
static void
name_words(const char *name, long idx)
{
	char buf[64];
	size_t len;

	for (; *name; name += len) {
		name += strspn(name, " ");
		len = strcspn(name, " ");
		if (len > 0 && len < sizeof(buf)) {
			char *k;

			memcpy(buf, name, len);
			buf[len] = '\0';
			k = sdc_person_word(buf);
			sdc_owners_add(named, k, idx);
			free(k);
		}
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
int
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

/* A contact's whole name, as written and without its marks
 * (contact_owner). */
static void
contact_add(const char *name, long idx)
{
	char *k = sdc_name_unmarked(name);

	sdc_owners_add(contact_names, name, idx);
	sdc_owners_add(contact_plain, k, idx);
	free(k);
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
	if (*c->district && !sdc_name_landmark(c->district))
		sdc_owners_add(districts, c->district, idx);
	for (i = 0; i < c->ncontacts; i++) {
		const char *d;

		sdc_cidx_contact(cidx, c, i, &ct);
		d = sdc_mail_domain(*ct.email ? ct.email : NULL);
		if (ct.id >= 0)
			given_name(ct.name, idx);
		if (ct.id >= 0)
			name_words(ct.name, idx);
		if (ct.id >= 0)
			contact_add(ct.name, idx);
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
void
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
void
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

void
load_rules(const char *path)
{
	ruled = sdc_owners_new();
	if (path)
		sdc_note("%ld rules from %s", sdc_rules_load(path, rule, NULL),
		    path);
}

struct memo *
memo_get(const char *key)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&memo.map, hstr(key), &it, &v))
		if (strcmp(memo.m[v].key, key) == 0)
			return &memo.m[v];
	return NULL;
}

struct memo *
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

void
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
long memory_lines;

/* Read without a lock: other runs only ever append (state.h), so the one
 * thing to tolerate is their last line half written. */
void
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
void
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

