/* nearby - see nearby.h. */
#include "nearby.h"
#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "jsonl.h"
#include "sdctime.h"

#include <stdlib.h>
#include <string.h>

#define WINDOW_MS ((int64_t)NEARBY_HOURS * 3600 * 1000)

struct ticket {
	char *subject;
	uint64_t customer;
	int64_t start;
	int wanted;		/* a remote session is near (file scan) */
};

/* Tickets by customer.  From standard input the tickets are a ring of
 * the last RING read, so memory stays flat whatever the input. */
static struct ticket *tk;
static size_t nt, cap, ring_next;
static struct sdc_hmap bycust;
static int ring;

const struct sdc_jscan_want sdc_nearby_wants[SDC_NEARBY_WANTS] = {
	{ "meta", "source_system", NULL, 0, 0 },
	{ "context", "customer_id", NULL, 0, 0 },
	{ "context", "customer_name", NULL, 0, 0 },
	{ "insights", "session_start_time_utc", NULL, 0, 0 },
	{ "insights", "source_title", NULL, 0, 0 },
};

/* The customer: Syncro id once linked, else the name as guessed. */
static uint64_t
customer_of(int has_id, long long id, const char *name, size_t len)
{
	char buf[32];

	if (has_id) {
		snprintf(buf, sizeof(buf), "#%lld", id);
		return sdc_hash(buf, strlen(buf));
	}
	return name && len ? sdc_hash(name, len) : 0;
}

static int
is(const char *s, size_t n, const char *lit)
{
	return s && n == strlen(lit) && memcmp(s, lit, n) == 0;
}

/* Session times are UTC with a Z (sdc-session(5)); nothing else is read
 * without a zone. */
static void
of_set(struct sdc_nearby_of *k, const char *sys, size_t syslen,
    uint64_t customer, const char *start, size_t slen)
{
	k->kind = is(sys, syslen, "ScreenConnect") ? NEARBY_REMOTE :
	    is(sys, syslen, "SyncroRMM") || is(sys, syslen, "notes.json") ?
	    NEARBY_TICKET : NEARBY_OTHER;
	k->customer = customer;
	k->has_start = start && slen && start[slen - 1] == 'Z' &&
	    sdc_time_parse_n(start, slen, NULL, 0, &k->start) == SDC_TIME_OK;
}

void
sdc_nearby_of_json(json_object *session, struct sdc_nearby_of *k)
{
	json_object *ctx = sdc_json_get(session, "context");
	json_object *id = sdc_json_get(ctx, "customer_id");
	json_object *ins = sdc_json_get(session, "insights");
	const char *name = sdc_json_str(ctx, "customer_name");
	const char *sys = sdc_json_str(sdc_json_get(session, "meta"), "source_system");
	const char *s = sdc_json_str(ins, "session_start_time_utc");
	int is_id = id && json_object_is_type(id, json_type_int);

	of_set(k, sys, sys ? strlen(sys) : 0, customer_of(is_id, is_id ?
	    (long long)json_object_get_int64(id) : 0, name, name ? strlen(name) : 0),
	    s, s ? strlen(s) : 0);
	k->subject = sdc_json_str(ins, "source_title");
	k->subject_len = k->subject ? strlen(k->subject) : 0;
}

/* A number's text is an int to json-c without a fraction or exponent
 * (jscan passes only short ones: no overflow). */
void
sdc_nearby_of_values(struct sdc_nearby_of *k, const char *system,
    size_t syslen, const char *id, size_t idlen, const char *name,
    size_t namelen, const char *start, size_t startlen)
{
	int is_id = id && !memchr(id, '.', idlen) && !memchr(id, 'e', idlen) &&
	    !memchr(id, 'E', idlen);

	of_set(k, system, syslen, customer_of(is_id, is_id ? strtoll(id, NULL,
	    10) : 0, name, namelen), start, startlen);
	k->subject = NULL;
	k->subject_len = 0;
}

void
sdc_nearby_of_text(const struct sdc_jscan_want *w, struct sdc_nearby_of *k)
{
#define S(i) (w[i].kind == 's' ? w[i].s : NULL), (w[i].kind == 's' ? w[i].len : 0)
	sdc_nearby_of_values(k, S(0), w[1].kind == 'n' ? w[1].s : NULL, w[1].len,
	    S(2), S(3));
	k->subject = w[4].kind == 's' ? w[4].s : NULL;
	k->subject_len = w[4].kind == 's' ? w[4].len : 0;
#undef S
}

/* The closest ticket of customer h within the window of ms. */
static const struct ticket *
closest(uint64_t h, int64_t ms)
{
	const struct ticket *best = NULL;
	int64_t d, bestd = WINDOW_MS + 1;
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&bycust, h, &it, &v)) {
		if (v >= nt || tk[v].customer != h)
			continue;
		d = tk[v].start > ms ? tk[v].start - ms : ms - tk[v].start;
		if (d < bestd) {
			bestd = d;
			best = &tk[v];
		}
	}
	return best;
}

static void
put(uint64_t h, int64_t ms, const char *subject, size_t len)
{
	size_t i = nt;

	if (ring && nt == NEARBY_RING) {
		/* the slot keeps its index: the hash map stays right once
		 * the customer check above skips a reused slot's old key */
		i = ring_next++ % NEARBY_RING;
		free(tk[i].subject);
	} else {
		tk = sdc_grow(tk, &cap, nt + 1, sizeof(*tk));
		nt++;
	}
	tk[i] = (struct ticket){ sdc_xstrndup(subject, len), h, ms, 0 };
	sdc_hmap_put(&bycust, h, (uint32_t)i);
}

static int
is_ticket(const struct sdc_nearby_of *k)
{
	return k->kind == NEARBY_TICKET && k->subject_len && k->customer &&
	    k->has_start;
}

void
sdc_nearby_add_of(const struct sdc_nearby_of *k)
{
	if (!is_ticket(k))
		return;
	ring = 1;
	put(k->customer, k->start, k->subject, k->subject_len);
}

void
sdc_nearby_add(json_object *session)
{
	struct sdc_nearby_of k;

	sdc_nearby_of_json(session, &k);
	sdc_nearby_add_of(&k);
}

/* ---- the scan of the input files ---- */

/* A line read without a tree when jscan is sure of it, else by json-c
 * (bad lines are skipped: the real reader reports them).  1 when read;
 * *o is the tree to put afterwards (NULL on the quick way). */
static int
read_line(const char *line, size_t len, struct sdc_nearby_of *k, json_object **o)
{
	struct sdc_jscan_want w[SDC_NEARBY_WANTS];
	const char *why;

	memcpy(w, sdc_nearby_wants, sizeof(w));
	*o = NULL;
	if (sdc_jscan(line, len, w, SDC_NEARBY_WANTS) == 1) {
		sdc_nearby_of_text(w, k);
		return 1;
	}
	if (!(*o = sdc_json_parse(line, len, &why)))
		return 0;
	sdc_nearby_of_json(*o, k);
	return 1;
}

/* Tickets as the former two scans found them: those of lines holding
 * "SyncroRMM" first, then those holding "notes.json" (a line with both,
 * twice), so ties between tickets go the same way. */
struct found {
	struct ticket *t;
	size_t n, cap;
};

static void
found_add(struct found *f, const struct sdc_nearby_of *k)
{
	f->t = sdc_grow(f->t, &f->cap, f->n + 1, sizeof(*f->t));
	f->t[f->n++] = (struct ticket){ sdc_xstrndup(k->subject, k->subject_len),
	    k->customer, k->start, 0 };
}

static void
scan_tickets(const char *path, struct found *syncro, struct found *notes)
{
	struct sdc_lines *l = sdc_lines_open_path(path, SDC_MAX_LINE_DEFAULT);
	struct sdc_nearby_of k;
	json_object *o;
	char *line;
	size_t len;
	int rc, a, b;

	while (l && (rc = sdc_lines_next(l, &line, &len)) != 0) {
		o = NULL;
		if (rc < 0)
			continue;
		a = memmem(line, len, "\"SyncroRMM\"", 11) != NULL;
		b = memmem(line, len, "\"notes.json\"", 12) != NULL;
		if ((a || b) && read_line(line, len, &k, &o) && is_ticket(&k)) {
			if (a)
				found_add(syncro, &k);
			if (b)
				found_add(notes, &k);
		}
		json_object_put(o);
	}
	if (l)
		sdc_lines_close(l);
}

/* Mark the tickets a remote session of path is near. */
static void
scan_remote(const char *path)
{
	struct sdc_lines *l = sdc_lines_open_path(path, SDC_MAX_LINE_DEFAULT);
	struct sdc_nearby_of k;
	json_object *o;
	char *line;
	size_t len, it;
	uint32_t v;
	int rc;

	while (l && (rc = sdc_lines_next(l, &line, &len)) != 0) {
		if (rc < 0 || !memmem(line, len, "\"ScreenConnect\"", 15))
			continue;
		if (read_line(line, len, &k, &o) && k.kind == NEARBY_REMOTE &&
		    k.customer && k.has_start)
			for (it = 0; sdc_hmap_find(&bycust, k.customer, &it, &v); )
				if (tk[v].customer == k.customer && (tk[v].start > k.start ?
				    tk[v].start - k.start : k.start - tk[v].start) <= WINDOW_MS)
					tk[v].wanted = 1;
		json_object_put(o);
	}
	if (l)
		sdc_lines_close(l);
}

static void
take(struct found *f)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		put(f->t[i].customer, f->t[i].start, f->t[i].subject,
		    strlen(f->t[i].subject));
	for (i = 0; i < f->n; i++)
		free(f->t[i].subject);
	free(f->t);
}

/* Keep the wanted tickets, in their order, indexed again. */
static void
keep_wanted(void)
{
	struct found f = { NULL, 0, 0 };
	size_t i;

	for (i = 0; i < nt; i++) {
		if (tk[i].wanted) {
			f.t = sdc_grow(f.t, &f.cap, f.n + 1, sizeof(*f.t));
			f.t[f.n++] = tk[i];
		} else
			free(tk[i].subject);
	}
	free(tk);
	tk = NULL;
	nt = cap = 0;
	sdc_hmap_free(&bycust);
	take(&f);
}

void
sdc_nearby_scan(const char *const *paths, int n, const char *context)
{
	struct found syncro = { NULL, 0, 0 }, notes = { NULL, 0, 0 };
	const char *const *from = context ? &context : paths;
	int i, nfrom = context ? 1 : n;

	for (i = 0; i < nfrom; i++)
		scan_tickets(from[i], &syncro, &notes);
	take(&syncro);
	take(&notes);
	if (n == 0 && context)	/* standard input: every ticket of context */
		return;
	for (i = 0; nt > 0 && i < n; i++)
		scan_remote(paths[i]);
	keep_wanted();
}

const char *
sdc_nearby_subject_of(const struct sdc_nearby_of *k)
{
	const struct ticket *t;

	if (!k->customer || !nt || !k->has_start)
		return NULL;
	t = closest(k->customer, k->start);
	return t ? t->subject : NULL;
}

const char *
sdc_nearby_subject(json_object *session)
{
	struct sdc_nearby_of k;

	if (!nt)
		return NULL;
	sdc_nearby_of_json(session, &k);
	return sdc_nearby_subject_of(&k);
}

int
sdc_nearby_any(void)
{
	return nt > 0;
}

void
sdc_nearby_free(void)
{
	size_t i;

	for (i = 0; i < nt; i++)
		free(tk[i].subject);
	free(tk);
	tk = NULL;
	nt = cap = ring_next = 0;
	ring = 0;
	sdc_hmap_free(&bycust);
}
