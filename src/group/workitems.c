/* workitems - sdc-group's work: Sessions in, Work Items out (workitems.h).
 *
 * Sessions of one customer from any source merge while each starts within
 * --gap minutes of the latest end so far.  Sessions without a customer
 * (SillyTavern chats) join the one work item they overlap, else form
 * their own.  A work item's billable time is the union of its sessions'
 * intervals, rounded up to --round minutes.
 *
 * A store in start order goes through stream.c, which holds only the items
 * still open; each session also goes to the spill (spill.c), and input that
 * the stream cannot take (out of order, a session twice, a customer named
 * after its item went out) is replayed from there into the path below,
 * where every session is a small struct (a million json-c trees would not
 * fit in 1.5x the input) with its strings in intern tables: about 64 bytes
 * plus its id.  Both write through render.c. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "file.h"
#include "diag.h"
#include "grow.h"
#include "ids.h"
#include "intern.h"
#include "jscan.h"
#include "jsonl.h"
#include "recio.h"
#include "render.h"
#include "sdctime.h"
#include "session.h"
#include "spill.h"
#include "stream.h"
#include "workitem.h"
#include "workitems.h"

#define NONE SDC_INTERN_NONE

/* 40 bytes (a million sessions are most of sdc-group's memory). */
struct sess {
	int64_t start, end;
	uint32_t link0;		/* first of its links in sess_links */
	unsigned nlinks : 29;
	unsigned place : 3;	/* enum placement */
	uint32_t id;		/* in ids */
	uint32_t cust;		/* in custs, or NONE */
	uint32_t item;
	uint32_t source;	/* in strs */
};

#define MAX_LINKS ((1U << 29) - 1)

struct customer {
	int64_t id;		/* -1: known by name only */
	uint32_t name;		/* in strs, or NONE */
};

struct item {
	int64_t start, end;
	uint32_t cust;
	uint32_t first, n;	/* its sessions: members[first..first+n) */
};

static struct group_opts opt;

static struct sess *sess;
static size_t nsess, capsess;
static uint32_t *sess_links;	/* link indexes (in strs), per session */
static size_t nsess_links, capsess_links;
static struct sdc_intern *ids, *strs, *custkeys;
static struct customer *custs;
static size_t ncusts, capcusts;
static struct item *items;
static size_t nitems, capitems;
static uint32_t *members;	/* session indexes ordered by item, then time */

/* The sessions go to the stream while they come in start order with the
 * customers' names first seen before their items are written; the first
 * that does not sends every session so far, and the rest, to the path in
 * memory (the spill keeps them). */
static enum { MODE_STREAM, MODE_MEMORY } mode;
static FILE *stream_out, *stream_notes;
static int spoiled;		/* a name came after its customer's item */

/* The customer of a session: its Syncro id, else its guessed name (case
 * and spacing ignored), else NONE. */
static uint32_t
customer_of(int64_t id, const char *name)
{
	struct sdc_buf key = SDC_BUF_INIT;
	int added;
	uint32_t k;
	const char *p;

	if (name && !*name)
		name = NULL;
	if (id < 0 && !name)
		return NONE;
	if (id >= 0)
		sdc_buf_printf(&key, "#%lld", (long long)id);
	else
		for (p = name; *p; p++) {
			if (*p == ' ' || *p == '\t') {
				if (key.len && key.p[key.len - 1] != ' ')
					sdc_buf_addc(&key, ' ');
			} else if (*p >= 'A' && *p <= 'Z')
				sdc_buf_addc(&key, *p - 'A' + 'a');
			else
				sdc_buf_addc(&key, *p);
		}
	if (key.len && key.p[key.len - 1] == ' ')
		key.len--;
	if (key.len == 0) {	/* a name of blanks is no name */
		sdc_buf_free(&key);
		return NONE;
	}
	k = sdc_intern_n(custkeys, key.p, key.len, &added);
	sdc_buf_free(&key);
	if (added) {
		custs = sdc_grow(custs, &capcusts, ncusts + 1, sizeof(*custs));
		custs[k].id = id;
		custs[k].name = NONE;
		ncusts++;
	}
	if (name && custs[k].name == NONE) {
		spoiled |= mode == MODE_STREAM && stream_nameless(k);
		custs[k].name = sdc_intern(strs, name);
	}
	return k;
}

/* customer_id when it is an integer (json-c's int), else -1. */
static int64_t
customer_id(json_object *ctx)
{
	json_object *jid = sdc_json_get(ctx, "customer_id");

	return jid && json_object_is_type(jid, json_type_int) ? json_object_get_int64(jid) : -1;
}

static void
add_link(struct sess *s, const char *l, size_t n)
{
	if (nsess_links + 1 > UINT32_MAX || (uint32_t)s->nlinks + 1 > MAX_LINKS)
		sdc_errx(SDC_EXIT_FATAL, "more links than sdc-group can hold");
	sess_links = sdc_grow(sess_links, &capsess_links, nsess_links + 1,
	    sizeof(*sess_links));
	sess_links[nsess_links++] = sdc_intern_n(strs, l, n, NULL);
	s->nlinks++;
}

/* Reduce one session to a struct sess.  A session id seen before replaces
 * the earlier record (a newer state of the same session). */
static void
add_fields(const struct gfields *f)
{
	struct sess *s;
	int64_t end = f->end == SDC_TIME_NONE || f->end < f->start ? f->start : f->end;
	const char *l = f->links;
	uint32_t k, i;
	int added;

	k = sdc_intern_n(ids, f->id, strlen(f->id), &added);
	if (!added) {
		sdc_warn_at(f->file, f->lineno,
		    "session %s seen before; this record replaces it", f->id);
		sdc_count("replaced", 1);
	} else {
		sess = sdc_grow(sess, &capsess, nsess + 1, sizeof(*sess));
		nsess++;
	}
	s = &sess[k];
	s->id = k;
	s->start = f->start;
	s->end = end;
	s->cust = customer_of(f->customer_id, f->customer_name);
	s->source = sdc_intern(strs, f->src && *f->src ? f->src : "unknown");
	s->item = NONE;
	s->place = PLACE_CUSTOMER;
	s->link0 = (uint32_t)nsess_links;
	s->nlinks = 0;
	for (i = 0; i < f->nlinks; i++, l += strlen(l) + 1)
		add_link(s, l, strlen(l));
}


static void
to_memory(void)
{
	stream_free();
	if (stream_out)
		fclose(stream_out);
	if (stream_notes)
		fclose(stream_notes);
	stream_out = stream_notes = NULL;
	mode = MODE_MEMORY;
	spill_replay(add_fields);
	spill_end();
}

static void
take(const struct gfields *f)
{
	struct stream_in in = { f->start, f->end, NONE, f->id,
	    f->src && *f->src ? f->src : "unknown", f->links, f->nlinks, f->linkslen };

	if (mode == MODE_MEMORY) {
		add_fields(f);
		return;
	}
	spill_add(f);
	if (in.end == SDC_TIME_NONE || in.end < in.start)
		in.end = in.start;
	in.cust = customer_of(f->customer_id, f->customer_name);
	if (spoiled || !stream_add(&in))
		to_memory();
}

/* The string links of a json-c array (others are skipped), NUL after each. */
static uint32_t
links_of(json_object *links, struct sdc_buf *b)
{
	size_t i, n = links && json_object_is_type(links, json_type_array) ?
	    json_object_array_length(links) : 0;
	json_object *l;
	uint32_t k = 0;

	for (i = 0; i < n; i++) {
		l = json_object_array_get_idx(links, i);
		if (json_object_is_type(l, json_type_string)) {
			sdc_buf_add(b, json_object_get_string(l),
			    strlen(json_object_get_string(l)) + 1);
			k++;
		}
	}
	return k;
}

static struct sdc_buf linkbuf;	/* the links of the record being read */

static void
add_session(struct sdc_records *r, json_object *o, void *ctx)
{
	json_object *meta = sdc_json_get(o, "meta");
	json_object *ins = sdc_json_get(o, "insights");
	json_object *cx = sdc_json_get(o, "context");
	struct gfields f = { sdc_json_str(meta, "session_id"), sdc_json_str(meta, "source_system"),
	    sdc_json_str(cx, "customer_name"), sdc_json_time(ins, "session_start_time_utc"),
	    sdc_json_time(ins, "session_end_time_utc"), customer_id(cx), NULL, 0, 0,
	    sdc_records_name(r), sdc_records_lineno(r) };

	(void)ctx;	/* the tables are this module's file-scope state */
	if (!f.id || !*f.id) {
		sdc_reject_record(r, o, "no meta.session_id");
		return;
	}
	if (f.start == SDC_TIME_NONE) {
		sdc_reject_record(r, o, "no insights.session_start_time_utc");
		return;
	}
	if (f.customer_name && !*f.customer_name)
		f.customer_name = NULL;
	sdc_buf_reset(&linkbuf);
	f.nlinks = links_of(sdc_json_path(o, "context.links"), &linkbuf);
	f.links = linkbuf.p ? linkbuf.p : "";
	f.linkslen = linkbuf.len;
	take(&f);
}

/* A wanted member as a NUL-terminated string in buf, or NULL when it is
 * not a string; 0 when it does not fit. */
static int
want_str(const struct sdc_jscan_want *w, char *buf, size_t size, const char **out)
{
	*out = NULL;
	if (w->kind != 's')
		return 1;
	if (w->len >= size)
		return 0;
	memcpy(buf, w->s, w->len);
	buf[w->len] = '\0';
	*out = buf;
	return 1;
}

/* The strings of an array's text, NUL after each: -1 when one is not a
 * plain string (links json-c would give the same). */
static long
links_text(const char *a, size_t len, struct sdc_buf *b)
{
	const char *p = a, *s;
	size_t n;
	long k = 0;
	int rc;

	while ((rc = sdc_jscan_next_string(&p, a + len, &s, &n)) == 1) {
		sdc_buf_add(b, s, n);
		sdc_buf_addc(b, '\0');
		k++;
	}
	return rc == 0 ? k : -1;
}

/* The same from the line's text, without a json-c tree (jscan.h): 1 when
 * taken.  A line to reject, with links that are not plain strings, or with
 * anything jscan is not sure of goes to add_session, so messages and results stay the same. */
static int
quick_session(struct sdc_records *r, const char *line, size_t len, void *ctx)
{
	struct sdc_jscan_want w[] = { { "meta", "session_id", NULL, 0, 0 },
	    { "meta", "source_system", NULL, 0, 0 }, { "context", "customer_name", NULL, 0, 0 },
	    { "insights", "session_start_time_utc", NULL, 0, 0 },
	    { "insights", "session_end_time_utc", NULL, 0, 0 },
	    { "context", "customer_id", NULL, 0, 0 }, { "context", "links", NULL, 0, 0 } };
	char id[128], src[128], name[1024];
	struct gfields f = { NULL, NULL, NULL, 0, 0, -1, "", 0, 0,
	    sdc_records_name(r), sdc_records_lineno(r) };
	long nl = 0;

	(void)ctx;
	sdc_buf_reset(&linkbuf);
	if (sdc_jscan(line, len, w, 7) != 1 || !want_str(&w[0], id, sizeof(id), &f.id)
	    || !want_str(&w[1], src, sizeof(src), &f.src)
	    || !want_str(&w[2], name, sizeof(name), &f.customer_name)
	    || !f.id || !*f.id || (f.start = sdc_jscan_time(&w[3])) == SDC_TIME_NONE
	    || (w[6].kind == 'a' && (nl = links_text(w[6].s, w[6].len, &linkbuf)) < 0))
		return 0;
	if (nl) {
		f.links = linkbuf.p;
		f.linkslen = linkbuf.len;
		f.nlinks = (uint32_t)nl;
	}
	if (f.customer_name && !*f.customer_name)
		f.customer_name = NULL;
	f.end = sdc_jscan_time(&w[4]);
	if (!sdc_jscan_int(&w[5], &f.customer_id))
		f.customer_id = -1;
	take(&f);
	return 1;
}

/* Order sessions by customer, start, end, then id, so the output does not
 * depend on the order of the input. */
static int
by_time(const struct sess *a, const struct sess *b)
{
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return strcmp(sdc_intern_str(ids, a->id), sdc_intern_str(ids, b->id));
}

static int
cmp_cust_time(const void *pa, const void *pb)
{
	const struct sess *a = &sess[*(const uint32_t *)pa];
	const struct sess *b = &sess[*(const uint32_t *)pb];

	if (a->cust != b->cust)
		return a->cust < b->cust ? -1 : 1;
	return by_time(a, b);
}

static uint32_t
new_item(uint32_t cust, const struct sess *s)
{
	items = sdc_grow(items, &capitems, nitems + 1, sizeof(*items));
	items[nitems] = (struct item){ s->start, s->end, cust, 0, 0 };
	return (uint32_t)nitems++;
}

/* Gap merge over ord[0..n), sorted by customer and time: a session joins
 * the current item when it starts within the gap of the latest end. */
static void
merge_runs(const uint32_t *ord, size_t n)
{
	int64_t gap = opt.gap * SDC_MINUTE_MS;
	uint32_t cur = NONE;
	struct sess *s;
	size_t i;

	for (i = 0; i < n; i++) {
		s = &sess[ord[i]];
		if (cur == NONE || items[cur].cust != s->cust ||
		    s->start - items[cur].end > gap)
			cur = new_item(s->cust, s);
		else if (s->end > items[cur].end)
			items[cur].end = s->end;
		s->item = cur;
	}
}

static int
cmp_item_start(const void *pa, const void *pb)
{
	const struct item *a = &items[*(const uint32_t *)pa];
	const struct item *b = &items[*(const uint32_t *)pb];

	return a->start < b->start ? -1 : a->start > b->start;
}

/* Place session s (no customer) among the customer items: byst holds
 * their indexes sorted by start, maxlen the longest one's length. */
static void
place(struct sess *s, const uint32_t *byst, size_t n, int64_t maxlen)
{
	int64_t gap = opt.gap * SDC_MINUTE_MS;
	size_t lo = 0, hi = n;
	uint32_t direct = NONE, near = NONE;
	int ndirect = 0, nnear = 0;
	const struct item *it;

	while (lo < hi) {	/* first item starting after s->end + gap */
		size_t mid = lo + (hi - lo) / 2;
		if (items[byst[mid]].start <= s->end + gap)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo-- > 0) {
		it = &items[byst[lo]];
		if (it->start < s->start - gap - maxlen)
			break;
		if (it->end < s->start - gap)
			continue;
		if (it->start <= s->end && it->end >= s->start)
			ndirect++, direct = byst[lo];
		else
			nnear++, near = byst[lo];
	}
	if (ndirect == 1)
		s->item = direct, s->place = PLACE_OVERLAP;
	else if (ndirect == 0 && nnear == 1)
		s->item = near, s->place = PLACE_GAP;
	else
		s->place = ndirect || nnear ? PLACE_AMBIGUOUS : PLACE_NONE;
	if (s->item != NONE)
		sdc_note("%s: joins the work item of %s (%s)",
		    sdc_intern_str(ids, s->id),
		    sdc_intern_str(custkeys, items[s->item].cust),
		    group_place_name[s->place]);
	else
		sdc_note("%s: own work item (%s)", sdc_intern_str(ids, s->id),
		    group_place_name[s->place]);
}

/* Build every item: customers' gap runs first, then the sessions without
 * a customer placed against those (fixed) runs, then the rest of them
 * gap-merged into items of their own. */
static void
build_items(void)
{
	uint32_t *ord = sdc_xmalloc((nsess + 1) * sizeof(*ord));
	uint32_t *byst;
	size_t i, n, nplain, nchat = 0, ncustitems;
	int64_t maxlen = 0;

	for (i = n = 0; i < nsess; i++)
		if (sess[i].cust != NONE)
			ord[n++] = (uint32_t)i;
	nplain = n;
	for (i = 0; i < nsess; i++)
		if (sess[i].cust == NONE)
			ord[n++] = (uint32_t)i;
	qsort(ord, nplain, sizeof(*ord), cmp_cust_time);
	merge_runs(ord, nplain);

	ncustitems = nitems;
	byst = sdc_xmalloc((ncustitems + 1) * sizeof(*byst));
	for (i = 0; i < ncustitems; i++) {
		byst[i] = (uint32_t)i;
		if (items[i].end - items[i].start > maxlen)
			maxlen = items[i].end - items[i].start;
	}
	qsort(byst, ncustitems, sizeof(*byst), cmp_item_start);
	for (i = nplain; i < nsess; i++) {
		place(&sess[ord[i]], byst, ncustitems, maxlen);
		if (sess[ord[i]].item == NONE)
			ord[nplain + nchat++] = ord[i];
	}
	free(byst);
	qsort(ord + nplain, nchat, sizeof(*ord), cmp_cust_time);
	merge_runs(ord + nplain, nchat);
	free(ord);
}

static int
cmp_member(const void *pa, const void *pb)
{
	return by_time(&sess[*(const uint32_t *)pa], &sess[*(const uint32_t *)pb]);
}

/* members[] = sessions grouped by item (a counting sort), each item's in
 * time order; items get their final extent (placed chats may widen it). */
static void
collect_members(void)
{
	size_t i, *pos = sdc_xcalloc(nitems + 1, sizeof(*pos));
	struct item *it;

	for (i = 0; i < nitems; i++)
		items[i].n = 0;
	for (i = 0; i < nsess; i++) {
		it = &items[sess[i].item];
		if (sess[i].start < it->start)
			it->start = sess[i].start;
		if (sess[i].end > it->end)
			it->end = sess[i].end;
		it->n++;
	}
	for (i = 1; i <= nitems; i++)
		pos[i] = pos[i - 1] + items[i - 1].n;
	members = sdc_xmalloc((nsess + 1) * sizeof(*members));
	for (i = 0; i < nitems; i++)
		items[i].first = (uint32_t)pos[i];
	for (i = 0; i < nsess; i++)
		members[pos[sess[i].item]++] = (uint32_t)i;
	for (i = 0; i < nitems; i++)
		qsort(members + items[i].first, items[i].n, sizeof(*members),
		    cmp_member);
	free(pos);
}

static int
cmp_item_out(const void *pa, const void *pb)
{
	const struct item *a = &items[*(const uint32_t *)pa];
	const struct item *b = &items[*(const uint32_t *)pb];

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return strcmp(sdc_intern_str(ids, sess[members[a->first]].id),
	    sdc_intern_str(ids, sess[members[b->first]].id));
}

/* The item as render.h's view: its sessions' strings from the tables. */
static struct gmember *
view_of(const struct item *it, const char ***links)
{
	struct gmember *g = sdc_xmalloc((it->n + 1) * sizeof(*g));
	const struct sess *s;
	size_t nl = 0, k = 0;
	uint32_t i, j;

	for (i = 0; i < it->n; i++)
		nl += sess[members[it->first + i]].nlinks;
	*links = sdc_xmalloc((nl + 1) * sizeof(**links));
	for (i = 0; i < it->n; i++) {
		s = &sess[members[it->first + i]];
		g[i] = (struct gmember){ s->start, s->end, sdc_intern_str(ids, s->id),
		    sdc_intern_str(strs, s->source), *links + k, s->nlinks, s->place };
		for (j = 0; j < s->nlinks; j++)
			(*links)[k++] = sdc_intern_str(strs, sess_links[s->link0 + j]);
	}
	return g;
}

static void
emit(const struct item *it)
{
	const struct customer *c = it->cust == NONE ? NULL : &custs[it->cust];
	const char **links;
	struct gmember *g = view_of(it, &links);
	struct gview v = { it->start, it->end, c ? c->id : -1,
	    c && c->name != NONE ? sdc_intern_str(strs, c->name) : NULL, g, it->n };
	json_object *o = group_render(&v, &opt);

	if (o) {
		sdc_write_record(o);
		json_object_put(o);
	} else
		sdc_count("filtered", 1);
	free(links);
	free(g);
}

static void
emit_all(void)
{
	uint32_t *order = sdc_xmalloc((nitems + 1) * sizeof(*order));
	size_t i;

	for (i = 0; i < nitems; i++)
		order[i] = (uint32_t)i;
	qsort(order, nitems, sizeof(*order), cmp_item_out);
	for (i = 0; i < nitems; i++)
		emit(&items[order[i]]);
	free(order);
}

static const char *
cust_name(uint32_t k)
{
	return custs[k].name != NONE ? sdc_intern_str(strs, custs[k].name) : NULL;
}

static int64_t
cust_id(uint32_t k)
{
	return custs[k].id;
}

static const char *
cust_key(uint32_t k)
{
	return sdc_intern_str(custkeys, k);
}

void
group_begin(const struct group_opts *o)
{
	static const struct stream_cust cf = { cust_id, cust_name, cust_key };

	opt = *o;
	ids = sdc_intern_new();
	strs = sdc_intern_new();
	custkeys = sdc_intern_new();
	spoiled = 0;
	mode = opt.in_memory ? MODE_MEMORY : MODE_STREAM;
	if (mode == MODE_MEMORY)
		return;
	stream_out = sdc_file_tmp("work items");
	stream_notes = sdc_verbose ? sdc_file_tmp("notes") : NULL;
	stream_begin(&opt, &cf, stream_out, stream_notes);
	spill_begin();
}

void
group_read_args(int argc, char **argv, int first)
{
	sdc_records_each_arg_quick(argc, argv, first, quick_session, add_session, NULL);
}

void
group_read(const char *path)
{
	char *argv[] = { (char *)path };

	sdc_records_each_arg_quick(1, argv, 0, quick_session, add_session, NULL);
}

/* Copy the temporary file of work items to stdout, n records, a block
 * at a time. */
static void
copy_items(FILE *fp, long n)
{
	static char chunk[1 << 16];
	size_t got;

	sdc_file_tmp_check(fp, "work items");
	rewind(fp);
	while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		sdc_write_lines(chunk, got, 0);
	if (ferror(fp))
		sdc_err(SDC_EXIT_FATAL, "reading back the temporary file of work items");
	sdc_stats.written += n;
}

/* The -v notes the stream kept (each NUL-terminated), to stderr. */
static void
copy_notes(FILE *fp)
{
	struct sdc_buf b = SDC_BUF_INIT;
	int c;

	sdc_file_tmp_check(fp, "notes");
	rewind(fp);
	while ((c = getc(fp)) != EOF) {
		if (c) {
			sdc_buf_addc(&b, (char)c);
			continue;
		}
		sdc_note("%s", b.p ? b.p : "");
		sdc_buf_reset(&b);
	}
	if (ferror(fp))
		sdc_err(SDC_EXIT_FATAL, "reading back the temporary file of notes");
	sdc_buf_free(&b);
}

/* The stream's work items, unless the input had a session twice or a
 * customer named after its items went out: then the path in memory. */
static int
stream_write(void)
{
	stream_finish();
	if (spoiled || spill_dups()) {
		to_memory();
		return 0;
	}
	if (stream_notes)
		copy_notes(stream_notes);
	copy_items(stream_out, stream_written());
	if (stream_filtered())
		sdc_count("filtered", stream_filtered());
	return 1;
}

void
group_write(void)
{
	if (mode == MODE_STREAM && stream_write())
		return;
	build_items();
	collect_members();
	emit_all();
}

/* Free everything, so that valgrind and LeakSanitizer see a clean exit. */
void
group_end(void)
{
	if (mode == MODE_STREAM) {
		stream_free();
		spill_end();
		fclose(stream_out);
		if (stream_notes)
			fclose(stream_notes);
		stream_out = stream_notes = NULL;
	}
	sdc_buf_free(&linkbuf);
	sdc_intern_free(ids);
	sdc_intern_free(strs);
	sdc_intern_free(custkeys);
	free(sess);
	free(sess_links);
	free(custs);
	free(items);
	free(members);
	sess = NULL;
	sess_links = members = NULL;
	custs = NULL;
	items = NULL;
	nsess = capsess = nsess_links = capsess_links = 0;
	ncusts = capcusts = nitems = capitems = 0;
}
