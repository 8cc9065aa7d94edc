/* blocks - sdc-report's items and sessions out of memory (model.h): the
 * file of items as read, the join of their sessions, and the files of
 * customers' and days' blocks that model_load reads back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "billing.h"
#include "diag.h"
#include "file.h"
#include "grow.h"
#include "model.h"

#define NONE SDC_INTERN_NONE

/* A session id's key: two unrelated 64-bit hashes (FNV-1a, and a
 * multiply-rotate one over the length too): 128 bits, so two ids of a
 * store that meet by chance are as unlikely as two equal UUIDs. */
struct key {
	uint64_t a, b;
};

/* An item's session slot waiting for its session. */
struct ref {
	struct key k;
	uint64_t slot;
};

/* A slot's session, once joined. */
struct slot {
	uint64_t slot;
	struct rsess s;
};

/* A session of --sessions: its key, place in the file, and what is kept. */
struct found {
	struct key k;
	uint64_t seq;
	int64_t lineno;
	struct rsess s;
};

static struct key
key_of(const char *s, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
	size_t i;

	for (i = 0; i < n; i++) {
		h = (h ^ (unsigned char)s[i]) * 0xff51afd7ed558ccdULL;
		h = h << 29 | h >> 35;
	}
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return (struct key){ sdc_hash(s, n), h };
}

static int
cmp_key(const struct key *a, const struct key *b)
{
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

static int
cmp_ref(const void *pa, const void *pb)
{
	const struct ref *a = pa, *b = pb;
	int c = cmp_key(&a->k, &b->k);

	return c ? c : (a->slot < b->slot ? -1 : a->slot > b->slot);
}

static int
cmp_slot(const void *pa, const void *pb)
{
	const struct slot *a = pa, *b = pb;

	return a->slot < b->slot ? -1 : a->slot > b->slot;
}

static int
cmp_found(const void *pa, const void *pb)
{
	const struct found *a = pa, *b = pb;
	int c = cmp_key(&a->k, &b->k);

	return c ? c : (a->seq < b->seq ? -1 : a->seq > b->seq);
}

/* A Bloom filter of the ids the items name (two bits an id, 2^23 bits:
 * at a million ids about one in 70 others passes), so that sessions no
 * item names are not kept for the join. */
#define BLOOM_BITS (1ULL << 23)

static void
bloom_add(struct report *rep, const struct key *k)
{
	if (!rep->bloom)
		rep->bloom = sdc_xcalloc(BLOOM_BITS / 64, sizeof(uint64_t));
	rep->bloom[k->a % BLOOM_BITS / 64] |= 1ULL << (k->a % 64);
	rep->bloom[k->b % BLOOM_BITS / 64] |= 1ULL << (k->b % 64);
}

int
model_named(const struct report *rep, const char *s, size_t n)
{
	struct key k;

	if (!rep->bloom)
		return 0;
	k = key_of(s, n);
	return (rep->bloom[k.a % BLOOM_BITS / 64] >> (k.a % 64) & 1) &&
	    (rep->bloom[k.b % BLOOM_BITS / 64] >> (k.b % 64) & 1);
}

static uint32_t
day_index(struct report *rep, int64_t day)
{
	uint64_t h = sdc_hash(&day, sizeof(day));
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&rep->dayix, h, &it, &v))
		if (rep->days[v].day == day)
			return v;
	rep->days = sdc_grow(rep->days, &rep->capdays, rep->ndays + 1, sizeof(*rep->days));
	rep->days[rep->ndays] = (struct rday){ day, 0, 0 };
	sdc_hmap_put(&rep->dayix, h, (uint32_t)rep->ndays);
	return (uint32_t)rep->ndays++;
}

void
model_spill_item(struct report *rep, struct irec *r, const char *text)
{
	const char *sid = text + r->sids_at;
	uint64_t size = sizeof(*r) + r->textlen + (uint64_t)r->nsess * sizeof(struct rsess);
	struct ref ref;
	uint32_t i, d;

	if (!rep->itemf)
		rep->itemf = sdc_file_tmp("work items");
	r->slot0 = rep->nslots;
	fwrite(r, sizeof(*r), 1, rep->itemf);
	fwrite(text, 1, r->textlen, rep->itemf);
	rep->custs[r->cust].bytes += size;
	d = day_index(rep, r->day);	/* may move rep->days */
	rep->days[d].bytes += size;
	if (r->day < rep->day_lo)
		rep->day_lo = r->day;
	if (r->day > rep->day_hi)
		rep->day_hi = r->day;
	rep->nall++;
	for (i = 0; rep->with_sessions && i < r->nsess; i++, sid += strlen(sid) + 1) {
		if (!rep->refs)
			rep->refs = sdc_runs_new(sizeof(ref), cmp_ref, "session ids");
		memset(&ref, 0, sizeof(ref));
		ref.k = key_of(sid, strlen(sid));
		ref.slot = rep->nslots + i;
		sdc_runs_add(rep->refs, &ref);
		bloom_add(rep, &ref.k);
	}
	rep->nslots += r->nsess;
}

void
model_spill_session(struct report *rep, const char *id, long lineno,
    const struct rsess *s)
{
	struct found f;

	memset(&f, 0, sizeof(f));	/* no unset padding in the file */
	f.k = key_of(id, strlen(id));
	f.seq = rep->nfound++;
	f.lineno = lineno;
	f.s.start = s->start;
	f.s.end = s->end;
	f.s.text = s->text;
	f.s.tlen = s->tlen;
	f.s.slen = s->slen;
	f.s.source = s->source;
	f.s.category = s->category;
	f.s.found = s->found;
	if (!rep->found)
		rep->found = sdc_runs_new(sizeof(f), cmp_found, "sessions");
	sdc_runs_add(rep->found, &f);
}

/* A warning the reading gives about a session an item names, said once
 * the join knows which those are, in the order of the lines. */
struct late {
	int64_t lineno;
	char *id;
};

static int
cmp_late(const void *pa, const void *pb)
{
	const struct late *a = pa, *b = pb;

	return a->lineno < b->lineno ? -1 : a->lineno > b->lineno;
}

static void
say_late(const char *path, struct late *v, size_t n)
{
	size_t i;

	if (n)
		qsort(v, n, sizeof(*v), cmp_late);
	for (i = 0; i < n; i++) {
		sdc_warn_at(path, (long)v[i].lineno,
		    "session %s has no start time; left out of the timeline", v[i].id);
		free(v[i].id);
	}
	free(v);
}

/* The id a session without a start left in the spool. */
static char *
spooled_id(const struct report *rep, const struct rsess *s)
{
	char *id = sdc_xmalloc((size_t)s->tlen + 1);

	if (s->tlen && pread(fileno(rep->spool), id, s->tlen, (off_t)s->text) != (ssize_t)s->tlen)
		sdc_err(SDC_EXIT_FATAL, "reading back the temporary file of titles and summaries");
	id[s->tlen] = '\0';
	return id;
}

/* The records of key k (the sessions come in key, then file order): the
 * last is the session; 0 when there is none. */
static int
take_key(struct report *rep, const struct key *k, struct found *f, int *have,
    struct found *last, struct late **late, size_t *nlate, size_t *caplate)
{
	int any = 0;

	while (*have && cmp_key(&f->k, k) < 0)
		*have = sdc_runs_next(rep->found, f);
	while (*have && cmp_key(&f->k, k) == 0) {
		if (!f->s.found) {
			*late = sdc_grow(*late, caplate, *nlate + 1, sizeof(**late));
			(*late)[(*nlate)++] = (struct late){ f->lineno, spooled_id(rep, &f->s) };
		}
		*last = *f;
		any = 1;
		*have = sdc_runs_next(rep->found, f);
	}
	return any;
}

static void
put_slot(struct report *rep, uint64_t slot, const struct rsess *s)
{
	struct slot x;

	memset(&x, 0, sizeof(x));	/* no unset padding in the file */
	x.slot = slot;
	x.s = *s;
	if (!rep->joined)
		rep->joined = sdc_runs_new(sizeof(x), cmp_slot, "the work items' sessions");
	sdc_runs_add(rep->joined, &x);
}

void
model_join_sessions(struct report *rep, const char *path)
{
	struct late *late = NULL;
	size_t nlate = 0, caplate = 0;
	struct found f, last;
	struct ref r;
	struct key k;
	int have_f, have_r, any;
	uint32_t missing = 0;

	if (!rep->refs)
		return;
	have_f = rep->found && sdc_runs_next(rep->found, &f);
	have_r = sdc_runs_next(rep->refs, &r);
	while (have_r) {
		k = r.k;
		any = take_key(rep, &k, &f, &have_f, &last, &late, &nlate, &caplate);
		missing += !any || !last.s.found;
		do {
			if (any && last.s.found)
				put_slot(rep, r.slot, &last.s);
		} while ((have_r = sdc_runs_next(rep->refs, &r)) && cmp_key(&r.k, &k) == 0);
	}
	say_late(path, late, nlate);
	if (missing)
		sdc_warnx("%s: %u of the work items' sessions are not there",
		    path, missing);
	sdc_runs_free(rep->refs);
	sdc_runs_free(rep->found);
	rep->refs = rep->found = NULL;
}

/* --- the blocks --- */

/* The item's sessions from the join, in slot order as the items are read
 * back in theirs (a slot not joined: not found). */
static void
joined_sessions(struct report *rep, const struct irec *r, struct rsess *v,
    struct slot *next, int *have)
{
	uint32_t i;

	memset(v, 0, (size_t)r->nsess * sizeof(*v));
	for (i = 0; i < r->nsess; i++) {
		while (*have && next->slot < r->slot0 + i)
			*have = sdc_runs_next(rep->joined, next);
		if (*have && next->slot == r->slot0 + i)
			v[i] = next->s;
	}
}

/* Rates as sdc-push-syncro plans them: the first session's category. */
static void
bill(struct report *rep, struct irec *r, const char *text, const struct rsess *v)
{
	json_object *src = json_object_new_array();
	struct sdc_bill_item bi = { r->cust_id, r->name_at ? text + r->name_at : NULL,
	    src, NULL };
	const char *s = text + r->src_at;
	struct sdc_rate rate;
	uint32_t i;

	for (i = 0; i < r->nsrc; i++, s = model_next(s))
		json_object_array_add(src, json_object_new_string(s));
	for (i = 0; i < r->nsess && !bi.category; i++)
		if (v[i].found)
			bi.category = model_str(rep, v[i].category);
	sdc_billing_rate(&bi, &rate);
	json_object_put(src);
	r->rate = rate.rate;
	r->cents = sdc_billing_cents(rate.rate, r->billable);
	rep->custs[r->cust].cents += r->cents;
	rep->cents += r->cents;
}

static int
cmp_day(const void *pa, const void *pb)
{
	const struct rday *a = pa, *b = pb;

	return a->day < b->day ? -1 : a->day > b->day;
}

/* Writes to a file of blocks, those that follow each other joined into
 * one (the items come in start order, so a day's come one after another). */
struct bwriter {
	FILE *fp;
	uint64_t at;		/* where buf goes */
	struct sdc_buf buf;
};

static void
bw_flush(struct bwriter *w)
{
	if (w->buf.len && pwrite(fileno(w->fp), w->buf.p, w->buf.len, (off_t)w->at)
	    != (ssize_t)w->buf.len)
		sdc_err(SDC_EXIT_FATAL, "writing a temporary file of work items");
	w->at += w->buf.len;
	w->buf.len = 0;
}

/* The record rec at *at (moved past it). */
static void
put_block(struct bwriter *w, uint64_t *at, const struct sdc_buf *rec)
{
	if (w->at + w->buf.len != *at || w->buf.len + rec->len > (1U << 16)) {
		bw_flush(w);
		w->at = *at;
	}
	sdc_buf_add(&w->buf, rec->p, rec->len);
	*at += rec->len;
}

/* Each block's place: customers in report order, days in order. */
static void
block_places(struct report *rep)
{
	uint64_t at = 0;
	size_t i;

	for (i = 0; i < rep->ncusts; i++) {
		rep->custs[rep->order[i]].at = at;
		at += rep->custs[rep->order[i]].bytes;
	}
	if (rep->ndays)
		qsort(rep->days, rep->ndays, sizeof(*rep->days), cmp_day);
	for (i = 0, at = 0; i < rep->ndays; i++) {
		rep->days[i].at = at;
		at += rep->days[i].bytes;
	}
}

/* The record of item r (text already after it in rec) with its sessions
 * (joined in rep->sessv, aligned, then copied after the text). */
static void
with_sessions(struct report *rep, struct irec *r, struct sdc_buf *rec,
    struct slot *next, int *have)
{
	size_t n = (size_t)r->nsess * sizeof(struct rsess);

	rep->sessv = sdc_grow(rep->sessv, &rep->capsessv, (size_t)r->nsess + 1,
	    sizeof(*rep->sessv));
	joined_sessions(rep, r, rep->sessv, next, have);
	if (rep->billing)
		bill(rep, r, rec->p + sizeof(*r), rep->sessv);
	memcpy(rec->p, r, sizeof(*r));
	memcpy(rec->p + sizeof(*r) + r->textlen, rep->sessv, n);
	rec->len = sizeof(*r) + r->textlen + n;
}

void
model_place(struct report *rep)
{
	struct bwriter cw = { NULL, 0, SDC_BUF_INIT }, dw = { NULL, 0, SDC_BUF_INIT };
	struct sdc_buf rec = SDC_BUF_INIT;
	struct rday *d, key;
	struct slot next;
	struct irec r;
	int have;

	block_places(rep);
	if (!rep->itemf)
		return;
	have = rep->joined && sdc_runs_next(rep->joined, &next);
	cw.fp = rep->custf = sdc_file_tmp("work items");
	if (rep->want_days)
		dw.fp = rep->dayf = sdc_file_tmp("work items");
	sdc_file_tmp_check(rep->itemf, "work items");
	rewind(rep->itemf);
	while (fread(&r, sizeof(r), 1, rep->itemf) == 1) {
		sdc_buf_reset(&rec);
		if (sdc_buf_reserve(&rec, sizeof(r) + r.textlen +
		    (size_t)r.nsess * sizeof(struct rsess)) != 0 ||
		    fread(rec.p + sizeof(r), 1, r.textlen, rep->itemf) != r.textlen)
			break;
		with_sessions(rep, &r, &rec, &next, &have);
		put_block(&cw, &rep->custs[r.cust].at, &rec);
		key.day = r.day;
		d = rep->dayf ? bsearch(&key, rep->days, rep->ndays, sizeof(*d), cmp_day) : NULL;
		if (d)
			put_block(&dw, &d->at, &rec);
	}
	bw_flush(&cw);
	if (dw.fp)
		bw_flush(&dw);
	sdc_buf_free(&cw.buf);
	sdc_buf_free(&dw.buf);
	if (ferror(rep->itemf) || !feof(rep->itemf))
		sdc_err(SDC_EXIT_FATAL, "reading back the temporary file of work items");
	sdc_buf_free(&rec);
	fclose(rep->itemf);
	rep->itemf = NULL;
}

size_t
model_blocks(const struct report *rep, int by_day)
{
	return by_day ? rep->ndays : rep->ncusts;
}

static size_t
rec_size(const struct irec *r)
{
	return sizeof(*r) + r->textlen + (size_t)r->nsess * sizeof(struct rsess);
}

/* The item of record r (text after it) in the block. */
static void
item_of(struct ritem *it, const struct irec *r, char *text, uint32_t *ix)
{
	*it = (struct ritem){ 0 };
	it->id = text;
	it->name = r->name_at ? text + r->name_at : NULL;
	it->text = text;
	it->sources = (struct rstrs){ text + r->src_at, r->nsrc };
	it->links = (struct rstrs){ text + r->links_at, r->nlinks };
	it->sids = (struct rstrs){ text + r->sids_at, r->nsess };
	it->cust_id = r->cust_id;
	it->start = r->start;
	it->end = r->end;
	it->day = r->day;
	it->billable = (long)r->billable;
	it->span = (long)r->span;
	it->cust = r->cust;
	it->nsess = r->nsess;
	it->sess = ix;
	it->slot0 = r->slot0;
	it->rate = r->rate;
	it->cents = r->cents;
}

/* Count the block's items and sessions, making room for them. */
static void
block_room(struct report *rep, size_t size)
{
	size_t at, n = 0, ns = 0;
	struct irec r;

	for (at = 0; at + sizeof(r) <= size; at += rec_size(&r)) {
		memcpy(&r, rep->block + at, sizeof(r));
		n++;
		ns += r.nsess;
	}
	rep->items = sdc_grow(rep->items, &rep->capitems, n + 1, sizeof(*rep->items));
	rep->sessv = sdc_grow(rep->sessv, &rep->capsessv, ns + 1, sizeof(*rep->sessv));
	rep->sessix = sdc_grow(rep->sessix, &rep->capsessix, ns + 1, sizeof(*rep->sessix));
}

void
model_load(struct report *rep, int how, size_t k)
{
	int by_day = how & MODEL_BY_DAY;
	FILE *fp = by_day ? rep->dayf : rep->custf;
	uint64_t size = by_day ? rep->days[k].bytes : rep->custs[rep->order[k]].bytes;
	uint64_t end = by_day ? rep->days[k].at : rep->custs[rep->order[k]].at;
	size_t at, ns = 0, i;
	struct irec r;

	rep->nitems = 0;
	rep->block = sdc_grow(rep->block, &rep->capblock, (size_t)size + 1, 1);
	if (!fp || pread(fileno(fp), rep->block, (size_t)size, (off_t)(end - size)) != (ssize_t)size)
		sdc_err(SDC_EXIT_FATAL, "reading back a temporary file of work items");
	block_room(rep, (size_t)size);
	for (at = 0; at + sizeof(r) <= size; at += rec_size(&r)) {
		memcpy(&r, rep->block + at, sizeof(r));
		for (i = 0; i < r.nsess; i++)
			rep->sessix[ns + i] = (uint32_t)(ns + i);
		item_of(&rep->items[rep->nitems++], &r, rep->block + at + sizeof(r),
		    rep->sessix + ns);
		if (how & MODEL_NO_SESSIONS)
			memset(rep->sessv + ns, 0, r.nsess * sizeof(*rep->sessv));
		else
			memcpy(rep->sessv + ns, rep->block + at + sizeof(r) + r.textlen,
			    r.nsess * sizeof(*rep->sessv));
		ns += r.nsess;
	}
	if (rep->nitems)
		qsort_r(rep->items, rep->nitems, sizeof(*rep->items), model_cmp_item,
		    rep->custs);
}
