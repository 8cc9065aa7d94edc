/* nearby - see nearby.h. */
#include "nearby.h"
#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "jsonl.h"
#include "sdctime.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW_MS ((int64_t)NEARBY_HOURS * 3600 * 1000)

struct ticket {
	char *subject;		/* NULL: a remote session's place holder */
	uint64_t customer;
	int64_t start;
};

/* Tickets (and, while scanning files, the remote sessions that want
 * one), by customer.  From standard input the tickets are a ring of the
 * last RING read, so memory stays flat whatever the input. */
static struct ticket *tk;
static size_t nt, cap, ring_next;
static struct sdc_hmap bycust;
static int ring;

/* The customer: Syncro id once linked, else the name as guessed. */
static uint64_t
customer_hash(json_object *session)
{
	json_object *ctx = sdc_json_get(session, "context");
	json_object *id = sdc_json_get(ctx, "customer_id");
	const char *name = sdc_json_str(ctx, "customer_name");
	char buf[32];

	if (id && json_object_is_type(id, json_type_int)) {
		snprintf(buf, sizeof(buf), "#%lld",
		    (long long)json_object_get_int64(id));
		return sdc_hash(buf, strlen(buf));
	}
	return name && *name ? sdc_hash(name, strlen(name)) : 0;
}

static int
start_of(json_object *session, int64_t *ms)
{
	const char *s = sdc_json_str(sdc_json_get(session, "insights"),
	    "session_start_time_utc");

	/* Session times are UTC with a Z (sdc-session(5)); nothing else
	 * is read without a zone. */
	return s && *s && s[strlen(s) - 1] == 'Z' &&
	    sdc_time_parse(s, NULL, 0, ms) == SDC_TIME_OK ? 0 : -1;
}

static int
is_source(json_object *session, const char *a, const char *b)
{
	const char *sys = sdc_json_str(sdc_json_get(session, "meta"),
	    "source_system");

	return sys && (strcmp(sys, a) == 0 || (b && strcmp(sys, b) == 0));
}

/* The closest entry of customer h within the window of ms: a ticket's
 * subject (want_subject) or any remote session (!want_subject). */
static const struct ticket *
closest(uint64_t h, int64_t ms, int want_subject)
{
	const struct ticket *best = NULL;
	int64_t d, bestd = WINDOW_MS + 1;
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&bycust, h, &it, &v)) {
		if (v >= nt || tk[v].customer != h ||
		    !tk[v].subject != !want_subject)
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
put(uint64_t h, int64_t ms, const char *subject)
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
	tk[i].subject = subject ? sdc_xstrdup(subject) : NULL;
	tk[i].customer = h;
	tk[i].start = ms;
	sdc_hmap_put(&bycust, h, (uint32_t)i);
}

void
sdc_nearby_add(json_object *session)
{
	const char *subject = sdc_json_str(sdc_json_get(session, "insights"),
	    "source_title");
	uint64_t h = customer_hash(session);
	int64_t ms;

	if (!is_source(session, "SyncroRMM", "notes.json") || !subject ||
	    !*subject || !h || start_of(session, &ms) < 0)
		return;
	ring = 1;
	put(h, ms, subject);
}

/* One quiet pass over path: the lines holding marker are parsed and
 * given to fn; bad lines are the real reader's to report. */
static void
scan(const char *path, const char *marker, void (*fn)(json_object *))
{
	struct sdc_lines *l = sdc_lines_open_path(path, SDC_MAX_LINE_DEFAULT);
	json_object *o;
	const char *why;
	char *line;
	size_t len, mlen = strlen(marker);
	int rc;

	while (l && (rc = sdc_lines_next(l, &line, &len)) != 0) {
		if (rc < 0 || !memmem(line, len, marker, mlen))
			continue;
		if ((o = sdc_json_parse(line, len, &why))) {
			fn(o);
			json_object_put(o);
		}
	}
	if (l)
		sdc_lines_close(l);
}

static void
add_remote(json_object *session)
{
	uint64_t h = customer_hash(session);
	int64_t ms;

	if (is_source(session, "ScreenConnect", NULL) && h &&
	    start_of(session, &ms) == 0)
		put(h, ms, NULL);
}

/* A ticket is kept only when a remote session wants it. */
static void
add_wanted(json_object *session)
{
	const char *subject = sdc_json_str(sdc_json_get(session, "insights"),
	    "source_title");
	uint64_t h = customer_hash(session);
	int64_t ms;

	if (is_source(session, "SyncroRMM", "notes.json") && subject &&
	    *subject && h && start_of(session, &ms) == 0 &&
	    closest(h, ms, 0))
		put(h, ms, subject);
}

void
sdc_nearby_scan(const char *const *paths, int n, const char *context)
{
	const char *const *from = context ? &context : paths;
	int i, nfrom = context ? 1 : n;

	for (i = 0; i < n; i++)
		scan(paths[i], "\"ScreenConnect\"", add_remote);
	for (i = 0; nt > 0 && i < nfrom; i++) {
		scan(from[i], "\"SyncroRMM\"", add_wanted);
		scan(from[i], "\"notes.json\"", add_wanted);
	}
}

const char *
sdc_nearby_subject(json_object *session)
{
	const struct ticket *t;
	uint64_t h = customer_hash(session);
	int64_t ms;

	if (!h || !nt || start_of(session, &ms) < 0)
		return NULL;
	t = closest(h, ms, 1);
	return t ? t->subject : NULL;
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
