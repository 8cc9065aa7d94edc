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

struct ticket {
	char *subject;
	int64_t start;
};

static struct ticket *tickets;
static size_t nt, cap;
static struct sdc_hmap byclient;	/* hash of the customer -> index */

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

void
sdc_nearby_add(json_object *session)
{
	const char *sys = sdc_json_str(sdc_json_get(session, "meta"),
	    "source_system");
	const char *subject = sdc_json_str(sdc_json_get(session, "insights"),
	    "source_title");
	uint64_t h = customer_hash(session);
	int64_t ms;

	if (!sys || (strcmp(sys, "SyncroRMM") != 0 &&
	    strcmp(sys, "notes.json") != 0) || !subject || !*subject || !h ||
	    start_of(session, &ms) < 0)
		return;
	tickets = sdc_grow(tickets, &cap, nt + 1, sizeof(*tickets));
	tickets[nt].subject = sdc_xstrdup(subject);
	tickets[nt].start = ms;
	sdc_hmap_put(&byclient, h, (uint32_t)nt);
	nt++;
}

void
sdc_nearby_scan(const char *path)
{
	struct sdc_lines *l = sdc_lines_open_path(path, SDC_MAX_LINE_DEFAULT);
	json_object *o;
	const char *why;
	char *line;
	size_t len;
	int rc;

	while (l && (rc = sdc_lines_next(l, &line, &len)) != 0) {
		/* Most records are no tickets: skip them unparsed. */
		if (rc < 0 || (!memmem(line, len, "\"SyncroRMM\"", 11) &&
		    !memmem(line, len, "\"notes.json\"", 12)))
			continue;
		if ((o = sdc_json_parse(line, len, &why))) {
			sdc_nearby_add(o);
			json_object_put(o);
		}
	}
	if (l)
		sdc_lines_close(l);
}

const char *
sdc_nearby_subject(json_object *session)
{
	uint64_t h = customer_hash(session);
	int64_t ms, d, bestd = (int64_t)NEARBY_HOURS * 3600 * 1000 + 1;
	const char *best = NULL;
	size_t it = 0;
	uint32_t v;

	if (!h || !nt || start_of(session, &ms) < 0)
		return NULL;
	while (sdc_hmap_find(&byclient, h, &it, &v)) {
		d = tickets[v].start - ms;
		if (d < 0)
			d = -d;
		if (d < bestd) {
			bestd = d;
			best = tickets[v].subject;
		}
	}
	return best;
}

void
sdc_nearby_free(void)
{
	size_t i;

	for (i = 0; i < nt; i++)
		free(tickets[i].subject);
	free(tickets);
	tickets = NULL;
	nt = cap = 0;
	sdc_hmap_free(&byclient);
}
