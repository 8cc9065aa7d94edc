/* linkio - see linkio.h.  Nearly every record sdc-link reads is a
 * converter's, in json-c's own compact form; parsing and rendering it
 * whole cost 80% of a run, the decision itself under 10% (callgrind, issue
 * 17).  So the walk notes where meta's and context's members and the
 * first segments' machine, session and technician fields sit, the
 * decision code runs on a tree of just those, and the line is written
 * again with only the members it replaced or added, and the log entries
 * it appended. */
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "diag.h"
#include "grow.h"
#include "jscan.h"
#include "jsonl.h"
#include "jsonw.h"
#include "linkio.h"
#include "linkrec.h"

#define MAXM 48		/* members of meta or context (jscan's MAX_KEYS) */

static const char machine_prefix[] = "Connected to machine: ";

/* A member of meta or context as the line has it. */
struct member {
	const char *k, *v;	/* key; the value's whole text (quotes too) */
	size_t kn, vn;
	int kind, esc;
	json_object *orig;	/* what the tree got for it (held) */
	size_t alen;		/* an array's length then */
};

/* An object of the line the tree mirrors: meta or context. */
struct section {
	const char *name;
	struct member m[MAXM];
	size_t n;
	const char *close;	/* its '}' */
	int seen;
};

/* A segment's fields that say its machine, ScreenConnect session and
 * technician (owners.h): strings only, as the decision code reads no
 * other kind. */
struct segment {
	struct sdc_jscan_item content, gmn, GMN, sid, author, pt;
	int md;			/* has a metadata object */
};

struct scan {
	struct section sec[2];		/* meta, context */
	struct segment cur, *seg;	/* the segments that say something */
	size_t nseg, cap;
	int segs, done;			/* segments is an array; enough seen */
	int in;				/* 1 meta, 2 context, 3 segments,
					 * 4 insights */
	struct sdc_jscan_item start;	/* insights' session start (the
					 * time evidence) */
};

static int
is(const struct sdc_jscan_item *it, const char *key)
{
	return it->key && it->klen == strlen(key) && memcmp(it->key, key, it->klen) == 0;
}

static void
note_member(struct section *s, const struct sdc_jscan_item *it)
{
	struct member *m = &s->m[s->n++];
	int str = it->kind == 's';

	m->k = it->key;
	m->kn = it->klen;
	m->v = it->v - str;
	m->vn = it->vlen + 2 * str;
	m->kind = it->kind == '}' ? 'o' : it->kind == ']' ? 'a' : it->kind;
	m->esc = it->esc;
}

/* Does a segment give a machine, as owners.c's sdc_session_keys reads
 * it?  An escaped name ("\u0000...") may read as empty there: not
 * counted, so that more segments are kept rather than too few. */
static int
seg_machine(const struct segment *g)
{
	size_t pl = sizeof(machine_prefix) - 1;

	return (g->gmn.kind && g->gmn.vlen && !g->gmn.esc) || (!g->gmn.kind &&
	    g->GMN.kind && g->GMN.vlen && !g->GMN.esc) || (g->content.kind &&
	    !g->content.esc && g->content.vlen > pl &&
	    memcmp(g->content.v, machine_prefix, pl) == 0);
}

/* Is the segment's process type one sdc_session_keys may read as "Host"
 * (an escaped one may)?  Then its author may be the technician. */
static int
host_type(const struct segment *g)
{
	return g->pt.kind && (g->pt.esc || (g->pt.vlen == 4 &&
	    strncasecmp(g->pt.v, "Host", 4) == 0));
}

/* Does a segment give the technician, as sdc_session_keys reads it?
 * Escaped values are not counted, as for machines. */
static int
seg_host(const struct segment *g)
{
	return host_type(g) && !g->pt.esc && g->author.kind &&
	    g->author.vlen && !g->author.esc;
}

/* Is content one sdc_session_keys may read a machine from? */
static int
machine_content(const struct sdc_jscan_item *c)
{
	size_t pl = sizeof(machine_prefix) - 1;

	return c->kind && c->vlen >= pl && memcmp(c->v, machine_prefix, pl) == 0;
}

/* A segment with none of the fields adds nothing to what
 * sdc_session_keys finds, so only the others are kept, until one has
 * given a machine, one a session and one a technician. */
static void
end_segment(struct scan *sc)
{
	size_t i;
	int machine = 0, session = 0, host = 0;
	const struct segment *g = &sc->cur;

	if (!machine_content(&g->content) && !g->gmn.kind && !g->GMN.kind &&
	    !g->sid.kind && !host_type(g))
		return;
	sc->seg = sdc_grow(sc->seg, &sc->cap, sc->nseg + 1, sizeof(*sc->seg));
	sc->seg[sc->nseg++] = *g;
	for (i = 0; i < sc->nseg; i++) {
		machine |= seg_machine(&sc->seg[i]);
		session |= sc->seg[i].sid.kind != 0;
		host |= seg_host(&sc->seg[i]);
	}
	sc->done = machine && session && host;
}

/* Inside segments: depth 2 a segment, 3 its members, 4 its metadata's. */
static int
visit_segment(struct scan *sc, const struct sdc_jscan_item *it)
{
	struct segment *g = &sc->cur;

	if (it->depth == 2) {
		if (it->kind == 'o' && !sc->done) {
			memset(g, 0, sizeof(*g));
			return 1;
		}
		if (it->kind == '}' && !sc->done)
			end_segment(sc);
		return 0;
	}
	if (it->depth == 3 && is(it, "metadata") && it->kind == 'o')
		return g->md = 1;
	if (it->kind != 's')
		return 0;
	if (it->depth == 3 && is(it, "content"))
		g->content = *it;
	else if (it->depth == 3 && is(it, "author"))
		g->author = *it;
	else if (it->depth == 4 && is(it, "process_type"))
		g->pt = *it;
	else if (it->depth == 4 && is(it, "guest_machine_name"))
		g->gmn = *it;
	else if (it->depth == 4 && is(it, "GuestMachineName"))
		g->GMN = *it;
	else if (it->depth == 4 && is(it, "session_id"))
		g->sid = *it;
	return 0;
}

/* Depth 1: meta and context (objects, else json-c decides), segments. */
static int
visit_top(struct scan *sc, const struct sdc_jscan_item *it)
{
	int i;

	if (it->kind == '}' || it->kind == ']') {
		if (sc->in == 1 || sc->in == 2)
			sc->sec[sc->in - 1].close = it->v + it->vlen - 1;
		sc->in = 0;
		return 0;
	}
	for (i = 0; i < 2; i++)
		if (is(it, sc->sec[i].name)) {
			sc->sec[i].seen = it->kind == 'o' ? 1 : -1;
			sc->in = it->kind == 'o' ? i + 1 : 0;
			return it->kind == 'o';
		}
	if (is(it, "segments") && it->kind == 'a') {
		sc->in = 3;
		return sc->segs = 1;
	}
	if (is(it, "insights") && it->kind == 'o') {
		sc->in = 4;
		return 1;
	}
	return 0;
}

static int
visit(void *ctx, const struct sdc_jscan_item *it)
{
	struct scan *sc = ctx;

	if (it->depth == 1)
		return visit_top(sc, it);
	if (sc->in == 3)
		return visit_segment(sc, it);
	if (sc->in == 4) {
		if (it->depth == 2 && it->kind == 's' &&
		    is(it, "session_start_time_utc"))
			sc->start = *it;
		return 0;
	}
	if (it->depth == 2 && it->kind != 'o' && it->kind != 'a')
		note_member(&sc->sec[sc->in - 1], it);
	return 0;
}

/* --- the tree the decision code sees --- */

/* An array of plain strings (processing_log, source_identifiers, links):
 * made here, as a json-c parser costs more than the whole decision.  NULL
 * for any other array. */
static json_object *
string_array(const char *v, size_t vn)
{
	json_object *a = json_object_new_array();
	const char *p = v, *s;
	size_t n;
	int rc;

	while ((rc = sdc_jscan_next_string(&p, v + vn, &s, &n)) == 1)
		json_object_array_add(a, json_object_new_string_len(s, (int)n));
	if (rc < 0) {
		json_object_put(a);
		return NULL;
	}
	return a;
}

/* A value of the line as json-c reads it: the simple ones made here, the
 * rest (numbers, objects, other arrays, escaped strings) parsed from their
 * text. */
static json_object *
value_of(const char *v, size_t vn, int kind, int esc, int *ok)
{
	const char *why;
	json_object *o;

	if (kind == 's' && !esc)
		return json_object_new_string_len(v + 1, (int)vn - 2);
	if (kind == 'l')
		return *v == 'n' ? NULL : json_object_new_boolean(*v == 't');
	if (vn == 2 && *v == '{')
		return json_object_new_object();
	if (kind == 'a' && (o = string_array(v, vn)) != NULL)
		return o;
	if ((o = sdc_json_parse(v, vn, &why)) == NULL)
		*ok = 0;
	return o;
}

static json_object *
section_tree(struct section *s, int *ok)
{
	json_object *o = json_object_new_object();
	char key[256];
	size_t i;

	for (i = 0; i < s->n && *ok; i++) {
		struct member *m = &s->m[i];

		if (m->kn >= sizeof(key)) {
			*ok = 0;
			break;
		}
		memcpy(key, m->k, m->kn);
		key[m->kn] = '\0';
		m->orig = value_of(m->v, m->vn, m->kind, m->esc, ok);
		m->alen = m->kind == 'a' && m->orig ? json_object_array_length(m->orig) : 0;
		json_object_object_add_ex(o, key, json_object_get(m->orig),
		    JSON_C_OBJECT_ADD_KEY_IS_NEW);
	}
	return o;
}

static void
seg_field(json_object *o, const char *key, const struct sdc_jscan_item *it, int *ok)
{
	if (it->kind)
		json_object_object_add(o, key, value_of(it->v - 1, it->vlen + 2, 's',
		    it->esc, ok));
}

static json_object *
segments_tree(const struct scan *sc, int *ok)
{
	json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < sc->nseg; i++) {
		const struct segment *g = &sc->seg[i];
		json_object *o = json_object_new_object(), *md;

		if (machine_content(&g->content))
			seg_field(o, "content", &g->content, ok);
		if (host_type(g))
			seg_field(o, "author", &g->author, ok);
		if (g->md) {
			md = json_object_new_object();
			seg_field(md, "guest_machine_name", &g->gmn, ok);
			seg_field(md, "GuestMachineName", &g->GMN, ok);
			seg_field(md, "session_id", &g->sid, ok);
			seg_field(md, "process_type", &g->pt, ok);
			json_object_object_add(o, "metadata", md);
		}
		json_object_array_add(a, o);
	}
	return a;
}

/* {"meta":..., "context":..., "segments":[...]}: NULL when a value will
 * not parse as it should (then json-c reads the whole line). */
static json_object *
tree(struct scan *sc)
{
	json_object *t = json_object_new_object();
	int ok = 1;

	json_object_object_add(t, "meta", section_tree(&sc->sec[0], &ok));
	json_object_object_add(t, "context", section_tree(&sc->sec[1], &ok));
	if (sc->segs)
		json_object_object_add(t, "segments", segments_tree(sc, &ok));
	if (sc->start.kind) {
		json_object *in = json_object_new_object();

		seg_field(in, "session_start_time_utc", &sc->start, &ok);
		json_object_object_add(t, "insights", in);
	}
	if (!ok) {
		json_object_put(t);
		return NULL;
	}
	return t;
}

/* --- what changed, put into the line --- */

struct edit {
	const char *at;		/* where in the line */
	size_t drop;		/* bytes of the line it replaces */
	size_t off, len;	/* its text in edits.text */
};

static struct {
	struct edit *e;
	size_t n, cap;
	struct sdc_buf text;
} ed;

static void
edit(const char *at, size_t drop, size_t off)
{
	ed.e = sdc_grow(ed.e, &ed.cap, ed.n + 1, sizeof(*ed.e));
	ed.e[ed.n++] = (struct edit){ at, drop, off, ed.text.len - off };
}

/* A new value's text as json-c writes it: strings and integers by jsonw
 * (the same escaping, tested against json-c), as json-c's own rendering
 * allocates a buffer per object; the rest by json-c. */
static void
add_text(json_object *v)
{
	size_t len;
	const char *t;

	switch (json_object_get_type(v)) {
	case json_type_null:
		sdc_buf_add(&ed.text, "null", 4);
		return;
	case json_type_string:
		sdc_jsonw_string_n(&ed.text, json_object_get_string(v),
		    (size_t)json_object_get_string_len(v));
		return;
	case json_type_int:
		sdc_jsonw_i64(&ed.text, json_object_get_int64(v));
		return;
	default:
		t = sdc_json_text(v, &len);
		sdc_buf_add(&ed.text, t, len);
	}
}

static struct member *
member_of(struct section *s, const char *key)
{
	size_t i, n = strlen(key);

	for (i = 0; i < s->n; i++)
		if (s->m[i].kn == n && memcmp(s->m[i].k, key, n) == 0)
			return &s->m[i];
	return NULL;
}

/* Elements appended to an array the line has (the processing_log). */
static void
appended(const struct member *m, json_object *v)
{
	size_t i, n = json_object_array_length(v), off = ed.text.len;

	for (i = m->alen; i < n; i++) {
		if (i > 0)
			sdc_buf_addc(&ed.text, ',');
		add_text(json_object_array_get_idx(v, i));
	}
	edit(m->v + m->vn - 1, 0, off);
}

/* The edits for one section: members replaced (a new value object) or
 * added (at the end, as json-c adds them), arrays appended to.  The
 * decision code removes nothing and changes no value in place but by
 * appending; a tree with fewer members than the line is a bug here. */
static void
section_edits(struct section *s, json_object *o)
{
	size_t seen = 0, members = s->n, off;

	json_object_object_foreach(o, k, v) {
		struct member *m = member_of(s, k);

		off = ed.text.len;
		if (m && (seen++, v != m->orig))
			add_text(v), edit(m->v, m->vn, off);
		else if (m && m->kind == 'a' && json_object_array_length(v) > m->alen)
			appended(m, v);
		else if (!m) {
			if (members++ > 0)
				sdc_buf_addc(&ed.text, ',');
			sdc_jsonw_string_n(&ed.text, k, strlen(k));
			sdc_buf_addc(&ed.text, ':');
			add_text(v);
			edit(s->close, 0, off);
		}
	}
	if (seen != s->n)
		sdc_errx(SDC_EXIT_FATAL, "internal error: the link removed a member");
}

/* The line with the edits, in the line's order (stable: what is added at
 * one place goes in the order it was made). */
static void
put_edits(const char *line, size_t len, struct sdc_buf *out)
{
	const char *p = line;
	size_t i, j;

	for (i = 1; i < ed.n; i++)
		for (j = i; j > 0 && ed.e[j - 1].at > ed.e[j].at; j--) {
			struct edit t = ed.e[j];

			ed.e[j] = ed.e[j - 1];
			ed.e[j - 1] = t;
		}
	sdc_buf_reserve(out, len + ed.text.len);
	for (i = 0; i < ed.n; i++) {
		sdc_buf_add(out, p, (size_t)(ed.e[i].at - p));
		sdc_buf_add(out, ed.text.p + ed.e[i].off, ed.e[i].len);
		p = ed.e[i].at + ed.e[i].drop;
	}
	sdc_buf_add(out, p, (size_t)(line + len - p));
}

static void
release(struct scan *sc, json_object *t)
{
	size_t i, k;

	for (k = 0; k < 2; k++)
		for (i = 0; i < sc->sec[k].n; i++)
			json_object_put(sc->sec[k].m[i].orig);
	json_object_put(t);
}

int
sdc_linkio_quick(const char *line, size_t len, struct sdc_buf *out)
{
	static struct scan sc;
	json_object *t;
	int r;

	memset(&sc.sec, 0, sizeof(sc.sec));
	sc.sec[0].name = "meta";
	sc.sec[1].name = "context";
	sc.nseg = 0;
	sc.segs = sc.done = sc.in = 0;
	memset(&sc.start, 0, sizeof(sc.start));
	if (sdc_jscan_walk(line, len, visit, &sc) != 1 || sc.sec[0].seen != 1 ||
	    sc.sec[1].seen != 1 || (t = tree(&sc)) == NULL)
		return 0;
	if ((r = sdc_linkrec_session(t)) < 0)
		sdc_errx(SDC_EXIT_FATAL, "internal error: a session taken for none");
	ed.n = 0;
	sdc_buf_reset(&ed.text);
	if (r > 0) {
		section_edits(&sc.sec[0], sdc_json_get(t, "meta"));
		section_edits(&sc.sec[1], sdc_json_get(t, "context"));
	}
	put_edits(line, len, out);
	release(&sc, t);
	return 1;
}

int
sdc_linkio_full(const char *line, size_t len, struct sdc_buf *out)
{
	const char *why, *t;
	json_object *s = sdc_json_parse(line, len, &why);
	size_t n;
	int r;

	if (s == NULL || !json_object_is_type(s, json_type_object)) {
		json_object_put(s);
		return 0;
	}
	if ((r = sdc_linkrec_session(s)) >= 0) {
		t = sdc_json_text(s, &n);
		sdc_buf_add(out, t, n);
	}
	json_object_put(s);
	return r < 0 ? -1 : 1;
}

static int
quick(struct sdc_records *r, const char *line, size_t len, void *ctx)
{
	(void)r;
	(void)ctx;
	if (!sdc_linkio_quick(line, len, sdc_record_begin()))
		return 0;
	sdc_record_end();
	return 1;
}

/* A record json-c read: linked and written, or rejected at FILE:LINE. */
static void
link_object(const char *name, long lineno, json_object *s)
{
	size_t len;
	const char *t;

	if (sdc_linkrec_session(s) < 0) {
		t = sdc_json_text(s, &len);
		sdc_reject(name, lineno, "not a session (no meta or context object)");
		sdc_reject_write(t, len);
	} else
		sdc_write_record(s);
	json_object_put(s);
}

/* --- -j: a window of records whose names are decided ahead --- */

#define WINDOW_LINES 2048
#define WINDOW_BYTES (16UL << 20)

/* A record waiting: its text (json-c's own form), or json-c's tree. */
struct waiting {
	char *text;
	size_t len;
	json_object *obj;
	long lineno;
};

static struct {
	struct waiting *w;
	size_t n, cap, bytes;
	int jobs;
} win = { NULL, 0, 0, 0, 1 };

void
sdc_linkio_jobs(int jobs)
{
	win.jobs = jobs < 1 ? 1 : jobs;
}

/* The name a record's link will decide, handed to the decision code
 * ahead of it: from the text (jscan; a name with escapes is decided when
 * its record comes, one at a time as before), or from json-c's tree. */
static void
prefetch(const struct waiting *e)
{
	struct sdc_jscan_want w[] = { { "meta", "processing_status", NULL, 0, 0 },
	    { "meta", "source_system", NULL, 0, 0 },
	    { "context", "customer_name", NULL, 0, 0 },
	    { "context", "customer_id", NULL, 0, 0 } };
	char *v[3] = { NULL, NULL, NULL };
	json_object *ctx = sdc_json_get(e->obj, "context"), *id = sdc_json_get(ctx, "customer_id");
	int i, has_id = id != NULL;

	if (e->obj) {
		sdc_linkrec_prefetch(sdc_json_str(sdc_json_get(e->obj, "meta"),
		    "processing_status"), sdc_json_str(sdc_json_get(e->obj, "meta"),
		    "source_system"), has_id, sdc_json_str(ctx, "customer_name"));
		return;
	}
	if (sdc_jscan(e->text, e->len, w, 4) != 1)
		return;
	for (i = 0; i < 3; i++)
		if (w[i].kind == 's')
			v[i] = sdc_xstrndup(w[i].s, w[i].len);
	has_id = w[3].kind && !(w[3].kind == 'l' && *w[3].s == 'n');
	sdc_linkrec_prefetch(v[0], v[1], has_id, v[2]);
	for (i = 0; i < 3; i++)
		free(v[i]);
}

/* Every waiting record: names decided (the LLM asked, jobs at a time),
 * then linked and written in input order. */
static void
window_flush(const char *name)
{
	struct sdc_buf *out;
	const char *why;
	size_t i;

	for (i = 0; i < win.n; i++)
		prefetch(&win.w[i]);
	sdc_linkrec_settle(win.jobs);
	for (i = 0; i < win.n; i++) {
		struct waiting *e = &win.w[i];

		if (e->text && sdc_linkio_quick(e->text, e->len, (out = sdc_record_begin())))
			sdc_record_end();
		else if (e->text)	/* valid JSON, but no session: as json-c says */
			link_object(name, e->lineno, sdc_json_parse(e->text, e->len, &why));
		else
			link_object(name, e->lineno, e->obj);
		free(e->text);
	}
	win.n = win.bytes = 0;
}

static void
window_add(struct sdc_records *r, char *text, size_t len, json_object *obj)
{
	win.w = sdc_grow(win.w, &win.cap, win.n + 1, sizeof(*win.w));
	win.w[win.n++] = (struct waiting){ text, len, obj, sdc_records_lineno(r) };
	win.bytes += len;
	if (win.n == WINDOW_LINES || win.bytes >= WINDOW_BYTES)
		window_flush(sdc_records_name(r));
}

static int
nothing(void *ctx, const struct sdc_jscan_item *it)
{
	(void)ctx;
	(void)it;
	return 0;
}

/* A line in json-c's own form waits as text; any other, json-c reads
 * (and reports) now, and it waits as a tree. */
static int
wait_text(struct sdc_records *r, const char *line, size_t len, void *ctx)
{
	(void)ctx;
	if (sdc_jscan_walk(line, len, nothing, NULL) != 1)
		return 0;
	window_add(r, sdc_xstrndup(line, len), len, NULL);
	return 1;
}

void
sdc_linkio_filter(const char *path)
{
	struct sdc_records *r = sdc_records_open(path, SDC_MAX_LINE_DEFAULT);
	int ahead = win.jobs > 1 && sdc_linkrec_asks();
	json_object *s;
	int rc;

	if (r == NULL)
		sdc_err(SDC_EXIT_FATAL, "%s", path);
	sdc_records_quick(r, ahead ? wait_text : quick, NULL);
	while ((rc = sdc_records_next(r, &s)) != 0) {
		if (rc < 0)
			continue;
		if (ahead)
			window_add(r, NULL, 0, s);
		else
			link_object(sdc_records_name(r), sdc_records_lineno(r), s);
	}
	if (ahead)
		window_flush(sdc_records_name(r));
	sdc_records_close(r);
}
