/* tickets - see tickets.h. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "jsonl.h"
#include "sdctime.h"
#include "tickets.h"

#define SLACK_MS ((int64_t)TICKET_SLACK_HOURS * 3600 * 1000)

struct ticket {
	long long customer;
	int64_t start, end;	/* end < 0: open */
};

struct sdc_tickets {
	struct ticket *t;
	size_t n, cap;
	struct sdc_hmap bycust;
};

static uint64_t
hcust(long long c)
{
	return sdc_hash(&c, sizeof(c));
}

struct sdc_tickets *
sdc_tickets_new(void)
{
	return sdc_xcalloc(1, sizeof(struct sdc_tickets));
}

void
sdc_tickets_free(struct sdc_tickets *t)
{
	if (t == NULL)
		return;
	free(t->t);
	sdc_hmap_free(&t->bycust);
	free(t);
}

void
sdc_tickets_add(struct sdc_tickets *t, long long customer, int64_t start,
    int64_t end)
{
	t->t = sdc_grow(t->t, &t->cap, t->n + 1, sizeof(*t->t));
	t->t[t->n] = (struct ticket){ customer, start, end };
	sdc_hmap_put(&t->bycust, hcust(customer), (uint32_t)t->n++);
}

int
sdc_tickets_time(json_object *session, const char *key, int64_t *ms)
{
	const char *s = sdc_json_str(sdc_json_get(session, "insights"), key);

	/* session times are UTC with a Z (sdc-session(5)) */
	return s && *s && s[strlen(s) - 1] == 'Z' &&
	    sdc_time_parse(s, NULL, 0, ms) == SDC_TIME_OK ? 0 : -1;
}

/* Resolved or Closed: the status of the ticket's creation segment. */
static int
closed(json_object *s)
{
	json_object *segs = sdc_json_get(s, "segments");
	size_t i, n = json_object_is_type(segs, json_type_array) ?
	    json_object_array_length(segs) : 0;

	for (i = 0; i < n; i++) {
		json_object *g = json_object_array_get_idx(segs, i);
		const char *type = sdc_json_str(g, "type"), *st;

		if (type == NULL || strcmp(type, "TicketCreation") != 0)
			continue;
		st = sdc_json_str(sdc_json_get(g, "metadata"), "status");
		return st && (strcasecmp(st, "Resolved") == 0 ||
		    strcasecmp(st, "Closed") == 0);
	}
	return 1;	/* no status: taken as its span only */
}

/* A SyncroRMM record with a customer and a start: one ticket. */
static int
add_record(struct sdc_tickets *t, json_object *s)
{
	const char *sys = sdc_json_str(sdc_json_get(s, "meta"), "source_system");
	json_object *id = sdc_json_get(sdc_json_get(s, "context"), "customer_id");
	int64_t start, end;

	if (!sys || strcmp(sys, "SyncroRMM") != 0 || !id ||
	    !json_object_is_type(id, json_type_int) ||
	    sdc_tickets_time(s, "session_start_time_utc", &start) < 0)
		return 0;
	if (sdc_tickets_time(s, "session_end_time_utc", &end) < 0 ||
	    end < start)
		end = start;
	sdc_tickets_add(t, (long long)json_object_get_int64(id), start,
	    closed(s) ? end : -1);
	return 1;
}

long
sdc_tickets_load(struct sdc_tickets *t, const char *path)
{
	static const char marker[] = "\"SyncroRMM\"";
	struct sdc_lines *l = sdc_lines_open_path(path, SDC_MAX_LINE_DEFAULT);
	json_object *o;
	const char *why;
	char *line;
	size_t len;
	long n = 0;
	int rc;

	if (l == NULL)
		return -1;
	while ((rc = sdc_lines_next(l, &line, &len)) != 0) {
		if (rc < 0 || !memmem(line, len, marker, sizeof(marker) - 1))
			continue;
		if ((o = sdc_json_parse(line, len, &why)) != NULL) {
			n += add_record(t, o);
			json_object_put(o);
		}
	}
	sdc_lines_close(l);
	return n;
}

int
sdc_tickets_open_at(const struct sdc_tickets *t, long long customer,
    int64_t ms)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&t->bycust, hcust(customer), &it, &v)) {
		const struct ticket *k = &t->t[v];

		if (k->customer == customer && ms >= k->start - SLACK_MS &&
		    (k->end < 0 || ms <= k->end + SLACK_MS))
			return 1;
	}
	return 0;
}

size_t
sdc_tickets_count(const struct sdc_tickets *t)
{
	return t->n;
}
