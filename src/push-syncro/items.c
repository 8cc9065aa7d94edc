/* items - work items (sdc-group) and their sessions to planned timer
 * entries: who did the work, for how long, at what rate, on which Syncro
 * ticket when a session says so.  See push.h. */
#include "push.h"
#include "billing.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "jsonl.h"
#include "recio.h"
#include "sdctime.h"
#include "session.h"
#include "workitem.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_NOTES 2000

/* session id -> {"techs": [...], "ticket": id, "title", "category",
 * "start", "end"}: only what a timer entry needs. */
static json_object *sessions;

static void
add_unique(json_object *arr, const char *s)
{
	size_t i;

	for (i = 0; i < json_object_array_length(arr); i++)
		if (strcmp(json_object_get_string(json_object_array_get_idx(
		    arr, i)), s) == 0)
			return;
	json_object_array_add(arr, json_object_new_string(s));
}

/* Does this segment name the technician who did the work?  ScreenConnect:
 * the Host side (ParticipantName); Syncro: a comment written by a user
 * (tech); SillyTavern: the user's own messages; other sources: any
 * author. */
static int
tech_segment(const char *src, json_object *seg)
{
	json_object *md = sdc_json_get(seg, "metadata"), *v;
	const char *pt;

	if (strcmp(src, "ScreenConnect") == 0) {
		pt = sdc_json_str(md, "process_type");
		return !pt || strcmp(pt, "Host") == 0;
	}
	if (strcmp(src, "SillyTavern") == 0) {
		v = sdc_json_get(md, "is_user");
		return v && json_object_get_boolean(v);
	}
	if (strcmp(src, "SyncroRMM") == 0) {
		v = sdc_json_get(md, "user_id");
		return v && json_object_is_type(v, json_type_int);
	}
	return 1;
}

static json_object *
session_techs(json_object *s, const char *src)
{
	json_object *segs = sdc_json_get(s, "segments"), *seg;
	json_object *techs = json_object_new_array();
	size_t i, n = segs && json_object_is_type(segs, json_type_array) ?
	    json_object_array_length(segs) : 0;
	const char *a;

	for (i = 0; i < n; i++) {
		seg = json_object_array_get_idx(segs, i);
		a = sdc_json_str(seg, "author");
		if (a && *a && tech_segment(src, seg))
			add_unique(techs, a);
	}
	return techs;
}

/* The Syncro ticket a session came from ("/tickets/ID"); -1: none. */
static long long
session_ticket(json_object *s, const char *src)
{
	json_object *ids = sdc_json_path(s, "meta.source_identifiers");
	size_t i, n = ids && json_object_is_type(ids, json_type_array) ?
	    json_object_array_length(ids) : 0;
	const char *p;
	char *end;
	long long id;

	if (strcmp(src, "SyncroRMM") != 0)
		return -1;
	for (i = 0; i < n; i++) {
		p = json_object_get_string(json_object_array_get_idx(ids, i));
		if (!p || strncmp(p, "/tickets/", 9) != 0)
			continue;
		id = strtoll(p + 9, &end, 10);
		if (end != p + 9 && !*end && id > 0)
			return id;
	}
	return -1;
}

static void
add_session(struct sdc_records *r, json_object *o, void *ctx)
{
	const char *id = sdc_json_path(o, "meta.session_id") ?
	    json_object_get_string(sdc_json_path(o, "meta.session_id")) : NULL;
	const char *src = sdc_json_str(sdc_json_get(o, "meta"),
	    "source_system");
	json_object *ins = sdc_json_get(o, "insights");
	json_object *info = json_object_new_object();
	const char *title = sdc_json_str(ins, "llm_generated_title");
	const char *cat = sdc_json_str(ins, "llm_generated_category");

	(void)ctx;
	if (!id || !*id) {
		json_object_put(info);
		sdc_reject_record(r, o, "no meta.session_id");
		return;
	}
	if (!src)
		src = "";
	if (!title || !*title)
		title = sdc_json_str(ins, "source_title");
	json_object_object_add(info, "techs", session_techs(o, src));
	json_object_object_add(info, "ticket",
	    json_object_new_int64(session_ticket(o, src)));
	json_object_object_add(info, "title", title ?
	    json_object_new_string(title) : NULL);
	json_object_object_add(info, "category", cat && *cat ?
	    json_object_new_string(cat) : NULL);
	json_object_object_add(info, "start", json_object_new_int64(
	    sdc_json_time(ins, "session_start_time_utc")));
	json_object_object_add(info, "end", json_object_new_int64(
	    sdc_json_time(ins, "session_end_time_utc")));
	json_object_object_add(sessions, id, info);
}

void
push_sessions_load(const char *path)
{
	sessions = json_object_new_object();
	sdc_records_each(path, add_session, NULL);
}

void
push_sessions_free(void)
{
	json_object_put(sessions);
	sessions = NULL;
}

char *
push_notes(const char *text, const char *wid)
{
	size_t n = strlen(text);
	char *s;

	/* Cut long titles, never the marker: it is what makes a re-run
	 * find the entry. */
	if (n > MAX_NOTES)
		n = MAX_NOTES;
	if (asprintf(&s, "%.*s%s" PUSH_MARK "%s]", (int)n, text, n ? " " : "",
	    wid) < 0)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	return s;
}

int
push_marker(const char *notes, char *out)
{
	const char *p = notes ? strstr(notes, PUSH_MARK) : NULL, *q;

	/* The last marker counts: a title could quote an old one. */
	while (p && (q = strstr(p + 1, PUSH_MARK)) != NULL)
		p = q;
	if (!p)
		return -1;
	p += strlen(PUSH_MARK);
	q = strchr(p, ']');
	if (!q || q - p != 36)
		return -1;
	memcpy(out, p, 36);
	out[36] = '\0';
	return 0;
}

/* The Syncro user of a technician (billing.technicians): exact name
 * first, then ignoring case; -1 when unmapped. */
static long long
tech_user(const char *name)
{
	json_object *map = sdc_config_get("billing.technicians"), *v = NULL;

	if (!map || !json_object_is_type(map, json_type_object))
		return -1;
	if (!json_object_object_get_ex(map, name, &v)) {
		json_object_object_foreach(map, k, val)
			if (strcasecmp(k, name) == 0) {
				v = val;
				break;
			}
	}
	return v && json_object_is_type(v, json_type_int) ?
	    (long long)json_object_get_int64(v) : -1;
}

/* What a work item's sessions say, gathered once per item. */
struct iteminfo {
	json_object *sids;	/* component_session_ids */
	json_object *techs;	/* distinct technicians, in session order */
	long long ticket;	/* first Syncro ticket session's; -1: none */
	const char *category;
	struct sdc_buf titles;
	const char *missing;	/* a session not in --sessions */
};

static json_object *
info_of(json_object *sids, size_t i)
{
	json_object *v = NULL;
	const char *id = json_object_get_string(json_object_array_get_idx(
	    sids, i));

	json_object_object_get_ex(sessions, id ? id : "", &v);
	return v;
}

static void
gather(json_object *wi, struct iteminfo *ii)
{
	size_t i, j;
	json_object *s, *t;
	const char *title;

	memset(ii, 0, sizeof *ii);
	ii->ticket = -1;
	ii->techs = json_object_new_array();
	ii->sids = sdc_json_get(wi, "component_session_ids");
	for (i = 0; ii->sids && i < json_object_array_length(ii->sids); i++) {
		if ((s = info_of(ii->sids, i)) == NULL) {
			ii->missing = json_object_get_string(
			    json_object_array_get_idx(ii->sids, i));
			continue;
		}
		t = sdc_json_get(s, "techs");
		for (j = 0; j < json_object_array_length(t); j++)
			add_unique(ii->techs, json_object_get_string(
			    json_object_array_get_idx(t, j)));
		if (ii->ticket < 0)
			ii->ticket = push_int(s, "ticket");
		if (!ii->category)
			ii->category = sdc_json_str(s, "category");
		title = sdc_json_str(s, "title");
		if (title && *title && !strstr(ii->titles.p ? ii->titles.p :
		    "", title))
			sdc_buf_printf(&ii->titles, "%s%s", ii->titles.len ?
			    "; " : "", title);
	}
}

/* Minutes and first start of the sessions technician tech took part in,
 * rounded as sdc-group rounds. */
static long
tech_minutes(struct iteminfo *ii, const char *tech,
    const struct push_opts *o, int64_t *start)
{
	size_t i, j, n = 0, len = json_object_array_length(ii->sids);
	struct sdc_span *v = sdc_xcalloc(len + 1, sizeof *v), tmp;
	json_object *s, *t;
	long m;

	for (i = 0; i < len; i++) {
		if ((s = info_of(ii->sids, i)) == NULL)
			continue;
		t = sdc_json_get(s, "techs");
		for (j = 0; j < json_object_array_length(t); j++)
			if (strcmp(json_object_get_string(
			    json_object_array_get_idx(t, j)), tech) == 0)
				break;
		if (j == json_object_array_length(t))
			continue;
		v[n].start = push_int(s, "start");
		v[n].end = push_int(s, "end");
		/* insertion sort: items hold a handful of sessions */
		for (j = n++; j > 0 && v[j - 1].start > v[j].start; j--) {
			tmp = v[j - 1];
			v[j - 1] = v[j];
			v[j] = tmp;
		}
	}
	*start = n ? v[0].start : SDC_TIME_NONE;
	m = sdc_billable_minutes(sdc_span_union(v, n, o->min_minutes *
	    SDC_MINUTE_MS), o->round);
	free(v);
	return m;
}

static json_object *
jstr(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

static json_object *
jid(long long id)
{
	return id >= 0 ? json_object_new_int64(id) : NULL;
}

static json_object *
jtime(int64_t ms)
{
	char buf[SDC_TIME_BUFSZ];

	return ms == SDC_TIME_NONE ? NULL :
	    json_object_new_string(sdc_time_format(ms, buf));
}

/* An entry with every key in plan order, most of them null. */
static json_object *
new_entry(const char *action, json_object *wi)
{
	static const char *const keys[] = { "technician", "user_id",
	    "customer_id", "customer_name", "ticket_id", "new_ticket",
	    "timer_id", "start_at", "end_at", "duration_minutes", "notes",
	    "product_id", "rate", "amount", "currency", "session_ids",
	    "reason" };
	json_object *e = json_object_new_object(), *v;
	size_t i;

	json_object_object_add(e, "action", json_object_new_string(action));
	json_object_object_add(e, "work_item_id",
	    jstr(sdc_json_str(wi, "work_item_id")));
	for (i = 0; i < sizeof keys / sizeof *keys; i++)
		json_object_object_add(e, keys[i], NULL);
	json_object_object_add(e, "customer_id",
	    jid(push_int(wi, "customer_id")));
	json_object_object_add(e, "customer_name",
	    jstr(sdc_json_str(wi, "customer_name")));
	v = sdc_json_get(wi, "component_session_ids");
	json_object_object_add(e, "session_ids", v ? json_object_get(v) :
	    json_object_new_array());
	return e;
}

static void
skip(json_object *out, json_object *wi, const char *why)
{
	json_object *e = new_entry("skip", wi);

	json_object_object_add(e, "reason", json_object_new_string(why));
	json_object_array_add(out, e);
}

static void
set_money(json_object *e, json_object *wi, struct iteminfo *ii, long min)
{
	struct sdc_bill_item bi = { push_int(wi, "customer_id"),
	    sdc_json_str(wi, "customer_name"), sdc_json_get(wi, "sources"),
	    ii->category };
	struct sdc_rate r;
	char buf[32];
	int64_t cents;

	sdc_billing_rate(&bi, &r);
	cents = sdc_billing_cents(r.rate, min);
	json_object_object_add(e, "product_id", jid(r.product_id));
	json_object_object_add(e, "rate", json_object_new_double(r.rate));
	json_object_object_add(e, "amount", json_object_new_double_s(
	    (double)cents / 100.0, sdc_billing_fmt(cents, buf)));
	json_object_object_add(e, "currency",
	    json_object_new_string(sdc_billing_currency()));
}

/* One timer entry: technician tech, minutes from start. */
static void
entry(json_object *out, json_object *wi, struct iteminfo *ii,
    const char *tech, long min, int64_t start)
{
	json_object *e = new_entry("create", wi);
	const char *wid = sdc_json_str(wi, "work_item_id");
	char *notes = push_notes(ii->titles.p ? ii->titles.p : "", wid);

	json_object_object_add(e, "technician", json_object_new_string(tech));
	json_object_object_add(e, "user_id", jid(tech_user(tech)));
	json_object_object_add(e, "ticket_id", jid(ii->ticket));
	json_object_object_add(e, "start_at", jtime(start));
	json_object_object_add(e, "end_at", jtime(start + min *
	    SDC_MINUTE_MS));
	json_object_object_add(e, "duration_minutes",
	    json_object_new_int64(min));
	json_object_object_add(e, "notes", json_object_new_string(notes));
	set_money(e, wi, ii, min);
	json_object_array_add(out, e);
	free(notes);
}

/* The most minutes one timer entry may hold: ten years.  A work item
 * claiming more (a hand-edited or corrupt file: billable_minutes
 * 9223372036854775807) is skipped, said why, so that its end time and
 * amount are never computed out of range. */
#define MAX_ENTRY_MINUTES (10L * 366 * 24 * 60)

void
push_item_entries(json_object *wi, const struct push_opts *o,
    json_object *out, json_object *unmapped)
{
	struct iteminfo ii;
	json_object *ci = sdc_json_get(wi, "calculated_insights");
	long billable = (long)push_int(ci, "billable_minutes"), min;
	size_t i, n;
	const char *tech;
	int64_t start;

	if (!sdc_json_str(wi, "work_item_id"))
		return skip(out, wi, "no work_item_id");
	if (push_int(wi, "customer_id") < 0)
		return skip(out, wi, "no linked customer");
	if (billable <= 0)
		return skip(out, wi, "not billable (0 minutes)");
	if (billable > MAX_ENTRY_MINUTES)
		return skip(out, wi, "billable_minutes over ten years");
	gather(wi, &ii);
	if (ii.missing) {
		char why[128];

		snprintf(why, sizeof why, "session %s not in --sessions",
		    ii.missing);
		skip(out, wi, why);
	} else if ((n = json_object_array_length(ii.techs)) == 0 &&
	    !o->default_tech) {
		json_object_object_add(unmapped, "(none: set "
		    "billing.default_technician)", NULL);
	} else if (n <= 1) {
		/* One technician: the work item's own billable time. */
		tech = n ? json_object_get_string(json_object_array_get_idx(
		    ii.techs, 0)) : o->default_tech;
		if (tech_user(tech) < 0)
			json_object_object_add(unmapped, tech, NULL);
		entry(out, wi, &ii, tech, billable,
		    push_time(ci, "work_item_start_time_utc"));
	} else
		for (i = 0; i < n; i++) {
			tech = json_object_get_string(
			    json_object_array_get_idx(ii.techs, i));
			if (tech_user(tech) < 0)
				json_object_object_add(unmapped, tech, NULL);
			min = tech_minutes(&ii, tech, o, &start);
			if (min > MAX_ENTRY_MINUTES)
				skip(out, wi, "a technician's minutes over ten years");
			else if (min > 0)
				entry(out, wi, &ii, tech, min, start);
		}
	json_object_put(ii.techs);
	sdc_buf_free(&ii.titles);
}

long long
push_int(json_object *o, const char *key)
{
	json_object *v = sdc_json_get(o, key);

	return v && json_object_is_type(v, json_type_int) ?
	    (long long)json_object_get_int64(v) : -1;
}

int64_t
push_time(json_object *o, const char *key)
{
	return sdc_json_time(o, key);
}
